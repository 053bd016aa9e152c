"""Benchmark: time to filter the events and build the dashboard's figure at 1k, 10k and 100k mentions.

    .venv/bin/python bench/dashboard.py [--sizes 1000 10000 100000] [--repeat 3] [--smoke] [--json FILE]

Frames come from `timeline.synthetic.synthetic_events` (schema-valid, seeded). For each size it times,
as the median of `--repeat` runs:
  load    `views.events_of` + `figures.with_hover`: mentions -> one row per event with its hover text
          (done once per load; the app caches it)
  filter  `views.apply_filters` with the default view, and with actor + date + text filters
  figure  `figures.timeline_figure` on the default view's events
  json    `plotly.io.to_json` of that figure (what Streamlit sends to the browser)
The target is filter + figure under 1 s at 100k mentions; the last column says how the cost grows
per tenfold increase in size.

    .venv/bin/python bench/dashboard.py --dataset 1000000 [--days 365]

times the app's dataset path instead (`app_dataset.py` on a month-partitioned store, `timeline.dataset`): the
store is written first (not timed), then, once each (cold OS cache aside): `first paint` = the summary
and widget choices + `app_dataset.query_view` on the default view (the last 90 days when the store is large) +
the figure; `filter change` = `app_dataset.query_view` with three actors added + the figure.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import plotly.io as pio

from timeline import figures, views
from timeline.synthetic import synthetic_events

TARGET_S = 1.0


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
        merge_s, events = timed(lambda m=mentions: figures.with_hover(views.events_of(m)), repeat)
        default = views.Filters()
        narrow = views.Filters(actors=tuple(events["actor"].value_counts().index[:5]), text="navy",
                               date_from=date(2025, 9, 1), date_to=date(2025, 11, 30))
        filter_s, shown = timed(lambda e=events, m=mentions, f=default: views.apply_filters(e, f, m), repeat)
        narrow_s, _ = timed(lambda e=events, m=mentions, f=narrow: views.apply_filters(e, f, m), repeat)
        figure_s, fig = timed(lambda s=shown: figures.timeline_figure(s), repeat)
        json_s, spec = timed(lambda f=fig: pio.to_json(f, validate=False), repeat)
        rows.append({"mentions": n, "events": len(events), "drawn": len(shown), "merge": merge_s,
                     "filter": filter_s, "filter_narrow": narrow_s, "figure": figure_s, "json": json_s,
                     "json_mb": len(spec) / 1e6, "webgl": len(shown) >= figures.WEBGL_FROM,
                     "markers": len(figures.event_points(fig)), "grouped": figures.aggregated(shown)})
    return rows


def run_dataset(n: int, days: int) -> list[tuple[str, float, str]]:
    """(step, seconds, what it returned) for the app's dataset path on an `n`-mention store over `days` days."""
    import tempfile
    from dataclasses import replace

    import app_dataset
    from timeline import dataset

    frame = synthetic_events(n, seed=42, n_actors=60, days=days)
    out: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = str(dataset.write(frame, Path(tmp) / "events"))
        del frame
        start = time.perf_counter()
        info = dataset.summary(path)
        options = views.summary_choices(info)
        default = app_dataset.default_filters(int(info["rows"]), (date.fromisoformat(info["date_min"]),
                                                          date.fromisoformat(info["date_max"])))
        summary_s = time.perf_counter() - start
        out.append(("summary + choices", summary_s, f"{info['rows']:,} mentions, {len(options['actors'])} actors"))
        steps = (("first paint", default), ("filter change: 3 actors", replace(default, actors=tuple(
            list(options["actors"])[:3]))))
        for name, chosen in steps:
            start = time.perf_counter()
            result = app_dataset.query_view(path, chosen)
            query_s = time.perf_counter() - start
            fig = figures.timeline_figure(result.events)
            total = time.perf_counter() - start + (summary_s if name == "first paint" else 0.0)
            out.append((f"{name}: query_view", query_s,
                        f"{result.loaded:,} mentions read, {len(result.events):,} events shown"))
            out.append((f"{name}: total incl. figure", total, f"{len(figures.event_points(fig)):,} markers, "
                        f"window from {chosen.date_from}"))
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
    args = parser.parse_args()
    if args.dataset:
        print(f"| step ({args.dataset:,} mentions over {args.days} days) | s | result |\n|---|---:|---|")
        for step, seconds, note in run_dataset(args.dataset, args.days):
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
                f"{' (grouped by lane and day)' if r['grouped'] else ''}, {'WebGL' if r['webgl'] else 'SVG'}")
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
