"""Store benchmark: the month-partitioned Parquet dataset at 10k / 100k / 1M events.

Events come from the dashboard's generator (`timeline.store.synthetic.synthetic_events`, schema-valid);
a dataset once written is kept in .cache/bench/ and reused by later runs (generating 1M events takes
longer than everything measured here). For each size:
- write: the whole frame -> `dataset.write` (sort, partition by month, atomic swap);
- first paint: `dataset.summary` (choices, counts, date range from _summary.json) plus the query of
  the dashboard's default view (events that happened, i.e. asserted or claimed) for the columns a
  timeline figure needs;
- filters: a one-month window of one event type (the figure's columns; then every mention and column
  of the matching events), a free-text search, and a count; each a fresh read from disk with the
  filter pushed down;
- the peak memory of this process and the size on disk.

Usage: python -m bench.store [--sizes 10000,100000,1000000] [--fresh]
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from bench.common import Row, peak_mb, report, timed
from timeline import schema
from timeline.store import dataset
from timeline.store.query import Filters

NAME = "store"
ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "bench"
FIGURE_COLUMNS = ("event_id", "event_type", "subtype", "modality", "actor", "actor_country", "target",
                  "date_start", "date_end", "date_precision", "summary", "sources", "confidence")
Factory = Callable[[int], pd.DataFrame]


def synthetic(n: int) -> pd.DataFrame:
    from timeline.store.synthetic import synthetic_events

    return synthetic_events(n, seed=7)


def _disk_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def measure(n: int, factory: Factory, *, fresh: bool) -> list[Row]:
    size = f"{n:,}"
    rows: list[Row] = []

    def add(metric: str, value: float, unit: str, note: str = "") -> None:
        rows.append(Row(NAME, size, metric, value, unit, note))

    path = CACHE / f"events-{n}"
    if fresh or not dataset.is_dataset(path):
        with timed() as t_gen:
            frame = factory(n)
        add("generate events (not the store)", t_gen.wall, "s", "timeline.store.synthetic")
        with timed() as t_write:
            dataset.write(frame, path)
        add("write dataset", t_write.wall, "s", f"{len(frame):,} rows")
        del frame
    add("size on disk", _disk_mb(path), "MB", f"{sum(1 for _ in path.glob('month=*'))} month partitions")

    with timed() as t_paint:
        info = dataset.summary(path)
        default = Filters()  # the dashboard's: asserted and claimed
        shown = dataset.query(path, default, FIGURE_COLUMNS)
    add("first paint: summary + default view", t_paint.wall, "s", f"{len(shown):,} rows, {len(FIGURE_COLUMNS)} columns")

    last = date.fromisoformat(info["date_max"]) if info["date_max"] else date(2025, 1, 1)
    window = Filters(types=("deployment",), date_from=last - timedelta(days=60), date_to=last - timedelta(days=30),
                     modalities=schema.MODALITIES)
    with timed() as t_window:
        hits = dataset.query(path, window, FIGURE_COLUMNS)
    add("filter: one type, one month", t_window.wall, "s", f"{len(hits):,} rows, {len(FIGURE_COLUMNS)} columns")
    with timed() as t_whole:
        whole = dataset.query(path, window, whole_events=True)
    add("filter: same, whole events, all columns", t_whole.wall, "s",
        f"{len(whole):,} rows: event ids, their months, then those months")
    actor = next(iter(info["actor"]), "")
    with timed() as t_text:
        found = dataset.query(path, Filters(text=actor.split()[0] if actor else "x", modalities=schema.MODALITIES),
                              FIGURE_COLUMNS)
    add("filter: free-text search", t_text.wall, "s", f"{len(found):,} rows")
    with timed() as t_count:
        counted = dataset.count(path, window)
    add("count matching (no columns decoded)", t_count.wall, "s", f"{counted:,} rows")
    add("peak memory, this process", peak_mb(), "MB", "since the start of the run")
    return rows


def run(sizes: list[int], *, factory: Factory = synthetic, fresh: bool = False) -> list[Row]:
    out: list[Row] = []
    for n in sizes:
        out += measure(n, factory, fresh=fresh)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=["10000,100000,1000000"], help="event counts, comma-separated")
    parser.add_argument("--fresh", action="store_true", help="regenerate and rewrite the cached datasets")
    parser.add_argument("--smoke", action="store_true", help="a tiny run for CI (1,000 events, not cached)")
    parser.add_argument("--json", help="also write the rows as JSON to this file")
    args = parser.parse_args(argv)
    sizes = [1000] if args.smoke else [int(s) for part in args.sizes for s in part.split(",") if s.strip()]
    rows = run(sizes, fresh=args.fresh or args.smoke)
    if args.smoke:
        shutil.rmtree(CACHE / "events-1000", ignore_errors=True)
    report(rows, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
