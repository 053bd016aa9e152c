"""Benchmark: time to filter the events and build the dashboard's figure at 1k, 10k and 100k mentions.

    .venv/bin/python -m bench.dashboard [--sizes 1000 10000 100000] [--repeat 3] [--smoke] [--json FILE]

Frames come from `timeline.store.synthetic.synthetic_events` (schema-valid, seeded). For each size it times,
as the median of `--repeat` runs:
  load    `views.events_of` + `hover.with_hover`: mentions -> one row per event with its hover text
          (done once per load; the app caches it)
  filter  `filters.apply_filters` with the default view, and with actor + date + text filters
  figure  `figures.timeline_figure` on the default view's events
  json    `plotly.io.to_json` of that figure (what Streamlit sends to the browser)
The target is filter + figure under 1 s at 100k mentions; the last column says how the cost grows
per tenfold increase in size.

    .venv/bin/python -m bench.dashboard --dataset 1000000 [--days 365]

times the app's dataset path instead (`ui/sources.py` on a month-partitioned store, `timeline.store.dataset`): the
store is written first (not timed), then, once each (cold OS cache aside): `first paint` = the summary
and widget choices + `ui.sources.query_view` on the default view, read from the first view the writer stored beside
the summary (when the store is large, its latest days holding at most `summary.FIRST_VIEW` mentions) + the
figure; `filter change` = `ui.sources.query_view` with three actors added (a query of the store) + the figure.

    .venv/bin/python -m bench.dashboard --dataset 1000000 --browser [--store DIR] [--repeat 3]

times what a user sees instead: the app served by `streamlit run` on 127.0.0.1 on
the store, opened in Debian's headless Chromium with Playwright; seconds from navigation to the chart
drawn, the table shown and the script run over, for a cold first visit (the server's first query, an
empty browser), a new visitor (server cached, a new browser context with empty caches) and a returning
visitor (a new tab of that browser), then from choosing one actor to the chart redrawn; the last three
are the median of `--repeat` runs. `--store DIR` keeps the store there (written if missing) so that runs
can be repeated without writing it again.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import plotly.io as pio

from bench.common import serve_app
from timeline.present import figures, hover, views
from timeline.store import dataset, summary
from timeline.store import query as filters
from timeline.store.synthetic import synthetic_events

TARGET_S = 1.0
BROAD_WORD = "navy"  # a broad search: in 19% of the 1M store's mentions (191,520), its events over every month
ROOT = Path(__file__).resolve().parents[1]


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times: list[float] = []
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run(sizes: list[int], repeat: int) -> list[dict[str, Any]]:
    figures.timeline_figure(views.events_of(synthetic_events(50, seed=0)))  # warm imports and templates
    rows: list[dict[str, Any]] = []
    for n in sizes:
        mentions = synthetic_events(n, seed=42, n_actors=60)
        merge_s, events = timed(lambda m=mentions: hover.with_hover(views.events_of(m)), repeat)
        default = filters.Filters()
        narrow = filters.Filters(actors=tuple(events["actor"].value_counts().index[:5]), text="navy",
                                 date_from=date(2025, 9, 1), date_to=date(2025, 11, 30))
        filter_s, shown = timed(lambda e=events, m=mentions, f=default: filters.apply_filters(e, f, m), repeat)
        narrow_s, _ = timed(lambda e=events, m=mentions, f=narrow: filters.apply_filters(e, f, m), repeat)
        figure_s, fig = timed(lambda s=shown: figures.timeline_figure(s), repeat)
        json_s, spec = timed(lambda f=fig: pio.to_json(f, validate=False), repeat)
        rows.append({"mentions": n, "events": len(events), "drawn": len(shown), "merge": merge_s,
                     "filter": filter_s, "filter_narrow": narrow_s, "figure": figure_s, "json": json_s,
                     "json_mb": len(spec) / 1e6, "webgl": any(t.type == "scattergl" for t in fig.data),
                     "markers": len(figures.event_points(fig)), "grouped": figures.aggregated(shown)})
    return rows


def make_store(n: int, days: int, where: Path) -> str:
    """The `n`-mention synthetic store over `days` days at `where` (written unless already there)."""
    if where.exists() and not dataset.is_dataset(where):
        raise SystemExit(f"{where} is not an events dataset: give --store a new folder or one this script wrote")
    if dataset.is_dataset(where):
        rows = int(dataset.summary(where)["rows"])
        if rows != n:
            raise SystemExit(f"{where} holds {rows:,} mentions, not {n:,}: remove it or choose another --store")
        return str(where)
    return str(dataset.write(synthetic_events(n, seed=42, n_actors=60, days=days), where))


def run_dataset(n: int, days: int, store: Path | None = None, browser: bool = False,
                root: Path = ROOT, repeat: int = 1) -> list[tuple[str, float, str]]:
    """(step, seconds, what it returned) for the app's dataset path on an `n`-mention store over `days` days."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = make_store(n, days, store or Path(tmp) / "events")
        if browser:
            return run_browser(path, root, repeat)
        return time_loaders(path)


def time_loaders(path: str) -> list[tuple[str, float, str]]:
    """The app's dataset loaders on the store at `path`, called directly (no Streamlit, no browser)."""
    from dataclasses import replace

    from ui import sources

    out: list[tuple[str, float, str]] = []
    start = time.perf_counter()
    info = dataset.summary(path)
    options = filters.summary_choices(info)
    window = summary.first_window(info)
    default = filters.Filters(date_from=window.date_from if window else None)
    summary_s = time.perf_counter() - start
    out.append(("summary + choices", summary_s, f"{info['rows']:,} mentions, {len(options['actors'])} actors"))
    steps = (("first paint", default), ("filter change: 3 actors", replace(default, actors=tuple(
        list(options["actors"])[:3]))))
    for name, chosen in steps:
        start = time.perf_counter()
        result = sources.query_view(path, chosen, stored=name == "first paint")
        query_s = time.perf_counter() - start
        fig = figures.timeline_figure(result.events)
        total = time.perf_counter() - start + (summary_s if name == "first paint" else 0.0)
        out.append((f"{name}: query_view", query_s,
                    f"{result.loaded:,} mentions read, {len(result.events):,} events shown"))
        out.append((f"{name}: total incl. figure", total, f"{len(figures.event_points(fig)):,} markers, "
                    f"window from {chosen.date_from}"))
    return out


# --- browser mode: the page as a user sees it ------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 180_000
# Points of the chart's event traces once Plotly has drawn them and the page shows them (0 until then): the sum
# of their customdata lengths, when the SVG points or the WebGL canvas are in the page and the chart is visible.
# Streamlit often draws a new chart hidden (CSS visibility), measures its container, then sets the layout's
# width and draws it again before showing it: the first draw is not a paint (before 2026-11-30 it was counted).
DRAWN_JS = """() => {
  const gd = document.querySelector('.js-plotly-plot');
  if (!gd || !gd._fullData || !gd._fullLayout || getComputedStyle(gd).visibility !== 'visible') return 0;
  const traces = gd._fullData.filter(t => t.meta === 'events' && t.visible !== false);
  const n = traces.reduce((s, t) => s + (t.customdata ? t.customdata.length : 0), 0);
  const svg = gd.querySelectorAll('.scatterlayer path.point').length > 0;
  const gl = !!gd._fullLayout._glcanvas && gd.querySelectorAll('canvas').length > 0;
  return (svg || gl) ? n : 0;
}"""
TABLE = '[data-testid="stDataFrame"] canvas'
RUNNING = '[data-testid="stStatusWidget"]'


@contextmanager
def served(store: str, log: Path, root: Path = ROOT) -> Iterator[str]:
    """`streamlit run app.py` (of the checkout `root`) on a free loopback port, pointed at `store`; stopped on exit."""
    with serve_app(root, {**os.environ, "TIMELINE_EVENTS": store}, log) as url:
        yield url


class Received:
    """Bytes the page received over Streamlit's WebSocket since the last `take`, and when the first large
    message (the chart's, >= 100 kB) came: the server's part of a step, the rest is the browser's."""

    def __init__(self, page: Any) -> None:
        self.bytes = 0
        self.first_large: float | None = None
        page.on("websocket", lambda ws: ws.on("framereceived", self._add))

    def _add(self, payload: str | bytes) -> None:
        self.bytes += len(payload)
        if self.first_large is None and len(payload) >= 100_000:
            self.first_large = time.perf_counter()

    def take(self, start: float) -> tuple[float, float]:
        """(megabytes received, seconds from `start` to the first large message) since the last take."""
        megabytes, self.bytes = self.bytes / 1e6, 0
        large, self.first_large = (self.first_large or float("nan")) - start, None
        return megabytes, large


def _done(page: Any) -> None:
    """Wait until Streamlit's script run is over (its status widget shows only while it runs)."""
    page.wait_for_timeout(100)
    page.wait_for_selector(RUNNING, state="detached", timeout=TIMEOUT_MS)


def open_page(page: Any, url: str, received: Received) -> dict[str, float]:
    """Navigate to `url`; seconds to chart drawn, table shown and page done, and the points drawn."""
    start = time.perf_counter()
    page.goto(url, timeout=TIMEOUT_MS)
    page.wait_for_function(DRAWN_JS, timeout=TIMEOUT_MS, polling=50)
    chart = time.perf_counter() - start
    page.wait_for_selector(TABLE, timeout=TIMEOUT_MS)
    table = time.perf_counter() - start
    _done(page)
    done = time.perf_counter() - start
    megabytes, large = received.take(start)
    return {"chart": chart, "table": table, "done": done, "points": float(page.evaluate(DRAWN_JS)),
            "mb": megabytes, "server": large}


def redrawn(page: Any, received: Received, act: Callable[[], None]) -> dict[str, float]:
    """Do `act` (a filter change); seconds from it to the chart drawn with another number of points, and to the
    script run over, the points drawn, the megabytes received and the server's part (`Received.take`)."""
    before = page.evaluate(DRAWN_JS)
    start = time.perf_counter()
    act()
    page.wait_for_function(f"() => {{ const n = ({DRAWN_JS})(); return n > 0 && n !== {before}; }}",
                           timeout=TIMEOUT_MS, polling=50)
    chart = time.perf_counter() - start
    _done(page)
    done = time.perf_counter() - start
    megabytes, large = received.take(start)
    return {"chart": chart, "done": done, "points": float(page.evaluate(DRAWN_JS)), "mb": megabytes,
            "server": large}


def choose_actor(page: Any, received: Received) -> tuple[str, dict[str, float]]:
    """Pick the first (most frequent) actor; its name and `redrawn`'s seconds."""
    actor = page.get_by_test_id("stMultiSelect").filter(has=page.get_by_text("Actor", exact=True))
    actor.locator("input").click()
    option = page.get_by_role("option").filter(has_text=re.compile(r"\(\d[\d,]*\)$")).first
    name = str(option.inner_text())

    def pick() -> None:
        option.click()
        page.keyboard.press("Escape")

    return name, redrawn(page, received, pick)


def type_search(page: Any, received: Received, word: str) -> dict[str, float]:
    """Type `word` in the search box and press Enter; `redrawn`'s seconds, from the key press."""
    box = page.get_by_label(SEARCH_LABEL)
    box.fill(word)
    return redrawn(page, received, lambda: box.press("Enter"))


def search_words(store: str) -> list[str]:
    """Words of the store's actor names, most frequent first: a different search for each run, so that no run
    finds the previous one's result in the server's cache."""
    counts: dict[str, int] = {}
    for name, n in dataset.summary(store)["actor"].items():
        for word in re.findall(r"[A-Za-z]{4,}", str(name)):
            counts[word.lower()] = counts.get(word.lower(), 0) + int(n)
    return sorted(counts, key=lambda w: -counts[w])


def broad_search(store: str, run: int) -> str:
    """The query string of a search for a frequent word over every date of `store` (what a filter change from
    the first view reads least selectively). Each run ends one day earlier, so that no run finds the previous
    one's result in the server's cache."""
    info = dataset.summary(store)
    last = date.fromisoformat(str(info["date_max"])) - timedelta(days=run)
    return f"?q={BROAD_WORD}&from={info['date_min']}&to={last}"


VISITS = ("first visit (cold caches)", "new visitor (server cached)", "returning visitor (cached)")
SEARCH = f"search '{BROAD_WORD}' over all dates (returning visitor, new query)"
SEARCH_LABEL = "Search headlines and sentences"  # the app's search box


def run_browser(store: str, root: Path = ROOT, repeat: int = 1) -> list[tuple[str, float, str]]:
    """(step, seconds, note) for a fresh server on `store`, each the median of `repeat` runs (range in the note):
    a cold first visit (the server's first run, an empty browser cache; once), a new visitor (server cached, a new
    browser context: empty HTTP and code caches), a returning visitor (a new tab in the browser that already opened
    the page), one actor chosen in that tab, and a search for `BROAD_WORD` over every date in another tab
    (`broad_search`)."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install -y chromium")
    steps: dict[str, list[float]] = {}
    notes: dict[str, str] = {}

    def add(step: str, seconds: float, note: str = "") -> None:
        steps.setdefault(step, []).append(seconds)
        notes[step] = note

    def visit(name: str, context: Any, query: str = "") -> tuple[Any, Received]:
        """Open the page (with the query string `query`) in a new tab of `context`; record its steps under `name`."""
        page = context.new_page()
        received = Received(page)
        t = open_page(page, url + query, received)
        add(f"{name}: chart data received", t["server"], "the server's part")
        add(f"{name}: chart drawn", t["chart"], f"{t['points']:,.0f} points drawn, {t['mb']:.1f} MB sent")
        add(f"{name}: table shown", t["table"])
        add(f"{name}: page done", t["done"])
        return page, received

    log = Path(os.environ.get("TMPDIR", "/tmp")) / "bench_dashboard_streamlit.log"
    viewport = {"width": 1400, "height": 1100}
    with served(store, log, root) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            for run in range(repeat):
                if run == 0:  # the server's first query: once per server
                    context = browser.new_context(viewport=viewport)
                    visit(VISITS[0], context)
                    context.close()
                context = browser.new_context(viewport=viewport)  # empty HTTP and code caches
                visit(VISITS[1], context)
                page, received = visit(VISITS[2], context)  # a new tab of the browser that has the page cached
                name, f = choose_actor(page, received)
                add("filter change (one actor): chart data received", f["server"], "the server's part")
                add("filter change (one actor): chart redrawn", f["chart"],
                    f"{name}: {f['points']:,.0f} points drawn, {f['mb']:.1f} MB sent")
                add("filter change (one actor): page done", f["done"])
                words = search_words(store)
                word = words[run % len(words)]
                page = context.new_page()
                received = Received(page)
                open_page(page, url, received)
                f = type_search(page, received, word)
                add("filter change (a word searched): chart data received", f["server"], "the server's part")
                add("filter change (a word searched): chart redrawn", f["chart"],
                    f"'{word}': {f['points']:,.0f} points drawn, {f['mb']:.1f} MB sent")
                add("filter change (a word searched): page done", f["done"])
                visit(SEARCH, context, broad_search(store, run))
                context.close()
        finally:
            browser.close()
    out: list[tuple[str, float, str]] = []
    for step, values in steps.items():
        spread = f"{min(values):.2f}-{max(values):.2f} s over {len(values)} runs" if len(values) > 1 else ""
        out.append((step, statistics.median(values), "; ".join(n for n in (notes[step], spread) if n)))
    return out


def report(rows: list[dict[str, Any]]) -> str:
    lines = ["| mentions | events shown | markers | load (s, cached) | filter (s) | filter narrow (s) | figure (s) | "
             "filter + figure (s) | to_json (s) | spec MB | WebGL | growth of filter + figure |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    previous: dict[str, Any] | None = None
    for r in rows:
        total = r["filter"] + r["figure"]
        growth = "—"
        if previous is not None:
            factor = r["mentions"] / previous["mentions"]
            growth = f"×{total / (previous['filter'] + previous['figure']):.1f} for ×{factor:.0f} data"
        markers = f"{r['markers']:,}" + (" (grouped)" if r["grouped"] else "")
        lines.append(f"| {r['mentions']:,} | {r['drawn']:,} | {markers} | {r['merge']:.3f} | {r['filter']:.3f} | "
                     f"{r['filter_narrow']:.3f} | {r['figure']:.3f} | {total:.3f} | {r['json']:.3f} | "
                     f"{r['json_mb']:.1f} | {'yes' if r['webgl'] else 'no'} | {growth} |")
        previous = r
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="a tiny run for CI (1,000 mentions, once)")
    parser.add_argument("--json", help="also write the rows for bench/run_all.py as JSON to this file")
    parser.add_argument("--dataset", type=int, help="time the app's dataset path on a store of this many mentions")
    parser.add_argument("--days", type=int, default=365, help="days the --dataset store spans")
    parser.add_argument("--store", type=Path, help="where the --dataset store is kept (written if missing)")
    parser.add_argument("--browser", action="store_true",
                        help="with --dataset: time the page in headless Chromium")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="with --browser: serve the app.py of this checkout (to compare two versions)")
    args = parser.parse_args()
    if args.dataset:
        print(f"| step ({args.dataset:,} mentions over {args.days} days) | s | result |\n|---|---:|---|")
        for step, seconds, note in run_dataset(args.dataset, args.days, args.store, args.browser,
                                                  args.root.resolve(), args.repeat if args.browser else 1):
            print(f"| {step} | {seconds:.2f} | {note} |")
        return 0
    rows = run([1_000] if args.smoke else args.sizes, 1 if args.smoke else args.repeat)
    print(report(rows))
    largest = rows[-1]
    total = largest["filter"] + largest["figure"]
    verdict = "meets" if total < TARGET_S else "misses"
    print(f"\nfilter + figure at {largest['mentions']:,} mentions: {total:.3f} s "
          f"({verdict} the {TARGET_S:.0f} s target)")
    if args.json:
        Path(args.json).write_text(json.dumps(json_rows(rows), indent=1), encoding="utf-8")
    return 0


def json_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows in bench/common.py's shape (bench, size, metric, value, unit, note)."""
    out: list[dict[str, Any]] = []
    for r in rows:
        size = f"{r['mentions']:,} mentions"
        note = (f"{r['drawn']:,} events shown as {r['markers']:,} markers"
                f"{' (grouped by lane and period)' if r['grouped'] else ''}, {'WebGL' if r['webgl'] else 'SVG'}")
        for metric, value, unit in (("load: merge mentions, hover texts (cached)", r["merge"], "s"),
                                    ("filter, default view", r["filter"], "s"),
                                    ("filter, actor + date + text", r["filter_narrow"], "s"),
                                    ("build figure", r["figure"], "s"),
                                    ("filter + figure", r["filter"] + r["figure"], "s"),
                                    ("figure to JSON", r["json"], "s"), ("figure JSON size", r["json_mb"], "MB")):
            out.append({"bench": "dashboard", "size": size, "metric": metric, "value": round(value, 4),
                        "unit": unit, "note": note})
    return out


if __name__ == "__main__":
    raise SystemExit(main())
