"""Merge benchmark: merge + curation + validate (`build.finish_frame`) on the mention rows of 1k and 10k articles.

Rows: the first `--real` articles of the bench corpus (bench/corpus.py) are extracted for real (row cache in
`--keep`, so a rerun extracts nothing). For a size N, article i (seed i % 5, variant k = i // 5) gets the rows
of the real article of the same seed and of variant k' = k when k was extracted, else k mod 180 (the largest
multiple of 60 that was extracted, so the *same people*: the corpus swaps names with a period of 60 variants);
its dates are then moved by week_shift(k) - week_shift(k') like the corpus moves the text: date_start,
date_end, published, and the dates written in sentence, date_text, timex and title (`corpus.shift_dates`).
Article and mention ids are rewritten as the build makes them. So each replicated article has the rows its
own text would give, up to what extraction does differently on other dates (bare years are not moved).

Measured per size: rows, events, wall and CPU seconds of `build.finish_frame`, microseconds of CPU per
mention; then the no-change rebuild of the largest size as the build runs it (`build.build_with` with the
cache's pack and the merge the build before it stored: load folder + pack read + merged read + curation +
validate).

Usage: python -m bench.merge [--sizes 1000,10000] [--real 1000] [--keep DIR] [--profile] [--json OUT]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from bench.common import Row, Timing, cores, peak_mb, report, timed
from bench.corpus import make_corpus, shift_dates, week_shift
from timeline import schema
from timeline.build import runner as build
from timeline.build.cache import RowCache
from timeline.ingest.articles import load_folder
from timeline.merge import merge_mentions

NAME = "merge"
SEEDS = 5
NAME_PERIOD = 60  # corpus.swap_names repeats every 60 variants (lcm of the stand-in list lengths)


def real_rows(n: int, work: Path, workers: int) -> pd.DataFrame:
    """Unmerged rows of the first `n` corpus articles, extracted for real (cached in `work`)."""
    corpus = make_corpus(n, work / f"corpus-{n}")
    articles = load_folder(corpus).articles
    per_article = build.collect_rows(articles, workers=workers, cache=RowCache(work / "cache"))
    return build.frame_from_rows([r for rows in per_article for r in rows])


def source_variant(k: int, extracted: int) -> int:
    """The extracted variant whose rows variant `k` reuses (same people; dates moved afterwards)."""
    if k < extracted:
        return k
    period = NAME_PERIOD * (extracted // NAME_PERIOD)
    return k % period if period else k % extracted


def replicate(real: pd.DataFrame, n: int) -> pd.DataFrame:
    """Rows for an `n`-article corpus made from `real` (see the module docstring)."""
    by_article = {str(a): g for a, g in real.groupby("article_id", sort=False)}
    stems = {int(a.split("_")[0]): a for a in by_article}  # corpus file names: 00042_003
    extracted = (max(stems) + 1) // SEEDS
    parts = []
    for i in range(n):
        seed, k = i % SEEDS, i // SEEDS
        k_source = source_variant(k, extracted)
        source_id = stems.get(k_source * SEEDS + seed)
        if source_id is None:
            continue  # that article gave no rows
        rows = by_article[source_id].copy()
        article = f"{i:05d}{source_id[5:]}"
        delta = week_shift(k) - week_shift(k_source)
        if delta:
            around = rows["published"].iloc[0].date()
            for col in ("date_start", "date_end", "published"):
                rows[col] = rows[col] + delta
            for col in ("sentence", "date_text", "timex", "title"):
                rows[col] = [shift_dates(str(v), delta, around) if isinstance(v, str) else v for v in rows[col]]
        rows["article_id"] = article
        rows["url"] = f"https://example.org/bench/{i:05d}"
        rows["mention_id"] = [
            "m-" + hashlib.sha1(f"{article}|{c}|{t}|{s}|{a}".encode()).hexdigest()[:12]
            for c, t, s, a in zip(rows["char_start"], rows["event_type"], rows["subtype"], rows["actor"], strict=True)]
        parts.append(rows)
    return schema.coerce(pd.concat(parts, ignore_index=True))


def measure(frames: dict[int, pd.DataFrame], labels: dict[int, str], *, repeat: int,
            profile: Path | None) -> list[Row]:
    """Best CPU time of `build.finish_frame` per size, the sizes taking turns (every frame made beforehand, so
    each run sees the same process: its heap, and with it the garbage collector's work, is not the size's)."""
    best: dict[int, Timing] = {}
    events: dict[int, int] = {}
    for _ in range(max(1, repeat)):
        for n, frame in frames.items():
            with timed() as t:
                merged = build.finish_frame(frame)
            if n not in best or t.cpu < best[n].cpu:
                best[n] = t
            events[n] = merged["event_id"].nunique()
    rows = []
    for n, frame in frames.items():
        note = f"{len(frame):,} mentions, {events[n]:,} events, best of {max(1, repeat)} by CPU, sizes in turn"
        rows += [Row(NAME, labels[n], "merge + curation + validate", best[n].wall, "s", note),
                 Row(NAME, labels[n], "merge + curation + validate, CPU", best[n].cpu, "s", note),
                 Row(NAME, labels[n], "CPU per mention", 1e6 * best[n].cpu / len(frame), "us/mention", note)]
        if profile is not None:
            profiler = cProfile.Profile()
            profiler.runcall(build.finish_frame, frame)
            profiler.dump_stats(profile / f"merge-{n}.prof")
            pstats.Stats(str(profile / f"merge-{n}.prof")).sort_stats("cumulative").print_stats(25)
    return rows


def no_change_rebuild(frame: pd.DataFrame, n: int, work: Path) -> list[Row]:
    """The build of an unchanged `n`-article archive: load folder, the cache's pack, merge, curation, validate."""
    corpus = make_corpus(n, work / f"corpus-{n}")
    cache_dir = work / f"rebuild-cache-{n}"
    shutil.rmtree(cache_dir, ignore_errors=True)
    RowCache(cache_dir).write_pack(load_folder(corpus).articles, frame)

    def from_pack() -> list[list[dict[str, object]]]:
        raise AssertionError("the pack should have been used")

    with timed() as t_first:  # the build that wrote the pack also stored its merge: do that build's merge once
        build.build_with(load_folder(corpus).articles, from_pack, cache=RowCache(cache_dir), progress=None,
                         merge=merge_mentions)
    with timed() as t_load:
        articles = load_folder(corpus).articles
    cache = RowCache(cache_dir)

    with timed() as t_build:
        out = build.build_with(articles, from_pack, cache=cache, progress=None, merge=merge_mentions)
    assert len(out) == len(frame)
    size = f"{n:,}"
    note = f"{len(frame):,} mentions, cache hits {cache.stats.hits}/{len(articles)}"
    return [Row(NAME, size, "no-change rebuild (load folder + pack + stored merge + curation + validate)",
                t_load.wall + t_build.wall, "s", note),
            Row(NAME, size, "  of which load folder", t_load.wall, "s"),
            Row(NAME, size, "the build before it (pack + merge + curation + validate, merge stored)",
                t_first.wall, "s")]


def run(sizes: list[int], *, real: int, work: Path, workers: int, repeat: int, profile: bool,
        rebuild: bool) -> list[Row]:
    rows: list[Row] = []
    source = real_rows(real, work, workers)
    frames = {n: source if n == real else replicate(source, n) for n in sizes}
    labels = {n: f"{n:,} articles" + ("" if n == real else " (replicated rows)") for n in sizes}
    found = measure(frames, labels, repeat=repeat, profile=work if profile else None)
    rows += found
    per_mention = {n: next(r.value for r in found if r.size == labels[n] and r.unit == "us/mention") for n in sizes}
    if len(per_mention) > 1:
        low, high = min(per_mention), max(per_mention)
        rows.append(Row(NAME, f"{low:,} -> {high:,}", "change of CPU per mention",
                        100 * (per_mention[high] / per_mention[low] - 1), "%", "target: within 20%"))
    if rebuild:
        n = max(sizes)
        rows += no_change_rebuild(frames[n], n, work)
    rows.append(Row(NAME, "", "peak memory, this process", peak_mb(), "MB"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=["1000,10000"], help="corpus sizes, comma-separated")
    parser.add_argument("--real", type=int, default=1000, help="articles extracted for real")
    parser.add_argument("--workers", type=int, default=0, help="worker processes for the extraction")
    parser.add_argument("--repeat", type=int, default=1, help="time each merge this many times (best CPU kept)")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of each merge")
    parser.add_argument("--no-rebuild", action="store_true", help="skip the no-change rebuild")
    parser.add_argument("--smoke", action="store_true", help="a tiny run for CI (10 real articles, 10 and 40)")
    parser.add_argument("--json", help="also write the rows as JSON to this file")
    parser.add_argument("--keep", help="keep corpora and the row cache in this folder (reruns extract nothing)")
    args = parser.parse_args(argv)
    sizes = [10, 40] if args.smoke else [int(s) for part in args.sizes for s in part.split(",") if s.strip()]
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-merge-"))
    try:
        rows = run(sizes, real=10 if args.smoke else args.real, work=work, workers=args.workers or cores(),
                   repeat=args.repeat, profile=args.profile, rebuild=not args.no_rebuild)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    report(rows, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
