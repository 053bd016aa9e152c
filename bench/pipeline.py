"""Build benchmark: ingest, normaliser, extractor, merge and store on corpora of 100 / 1,000 / 10,000 articles.

For each size (corpus from bench/corpus.py):
- stages, serially in this process on a sample of the corpus (all of it up to `--sample` articles):
  CPU seconds per article of the normaliser (`temporal.find_timexes`) and of the extractor
  (`events.extract_mentions`), so articles per second per core = 1 / (CPU s per article);
- the parallel build over every core (`build.collect_rows(workers=N)`, cold cache): wall time,
  articles/s, and articles/s/core from the workers' CPU time;
- merge, curation and validation once over all rows; writing the month-partitioned dataset;
- a no-change rebuild from the row cache (load folder + cache read, then merge + write), in this process;
- above `--merge-limit` rows the merge and the write are skipped (the merge is near-linear, ~35-45 us of CPU
  per mention; bench/merge.py measures it alone at 1k and 10k articles);
- each stage's share of the cold build's time and the memory peaks (this process, largest worker).

Usage: python -m bench.pipeline [--sizes 100,1000] [--sample 200] [--workers N] [--json OUT]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from bench.common import Row, Timing, children_cpu, cores, peak_mb, report, timed
from bench.corpus import make_corpus
from timeline.build import runner as build
from timeline.build.cache import RowCache
from timeline.extract.rows import article_mentions
from timeline.ingest.articles import load_folder
from timeline.store import dataset

NAME = "pipeline"


def measure(n: int, work: Path, *, sample: int, workers: int, merge_limit: int) -> list[Row]:
    from timeline.extract.events import extract_mentions
    from timeline.timex.temporal import find_timexes

    size = f"{n:,}"
    rows: list[Row] = []

    def add(metric: str, value: float, unit: str, note: str = "") -> None:
        rows.append(Row(NAME, size, metric, value, unit, note))

    corpus = make_corpus(n, work / f"corpus-{n}")
    with timed() as t_load:
        articles = load_folder(corpus).articles
    add("ingest (load folder)", t_load.wall, "s", f"{len(articles)} articles")

    # Stage costs, serial, in this process (spaCy and the date parser warmed first).
    build.warm_up(article_mentions, None)
    picked = [a for a in articles if a.published is not None][: max(1, sample)]
    t_norm = t_extract = 0.0
    for article in picked:
        assert article.published is not None
        with timed() as t:
            spans = find_timexes(article.text, article.published)
        t_norm += t.cpu
        with timed() as t:
            extract_mentions(article, spans, None)
        t_extract += t.cpu
    per_norm, per_extract = t_norm / len(picked), t_extract / len(picked)
    sample_note = f"serial, CPU time, {len(picked)} articles"
    add("normaliser throughput", 1 / per_norm if per_norm else 0.0, "articles/s/core", sample_note)
    add("extractor throughput", 1 / per_extract if per_extract else 0.0, "articles/s/core", sample_note)
    add("normaliser + extractor cost", 1000 * (per_norm + per_extract), "ms CPU/article", sample_note)

    # The cold parallel build, filling the cache.
    cache_dir = work / f"cache-{n}"
    shutil.rmtree(cache_dir, ignore_errors=True)
    cpu_before = children_cpu()
    with timed() as t_collect:
        per_article = build.collect_rows(articles, workers=workers, cache=RowCache(cache_dir))
    worker_cpu = children_cpu() - cpu_before + t_collect.cpu
    used = build.effective_workers(workers, len(articles))
    add("parallel extraction", t_collect.wall, "s", f"{used} worker process(es)")
    add("parallel throughput", len(articles) / t_collect.wall, "articles/s", f"{used} worker process(es)")
    add("parallel throughput per core", len(articles) / worker_cpu if worker_cpu else 0.0, "articles/s/core",
        "articles / CPU s of all workers")
    n_rows = sum(len(r) for r in per_article)
    merging = n_rows <= merge_limit
    skipped = f"not run: {n_rows:,} rows is over --merge-limit {merge_limit:,}"
    t_merge = t_write = Timing()
    if merging:
        with timed() as t_merge:
            frame = build.finish(per_article)
        add("merge + curation + validate", t_merge.wall, "s", f"{len(frame):,} mentions")
        with timed() as t_write:
            dataset.write(frame, work / f"events-{n}")
        add("write dataset", t_write.wall, "s")
    else:
        add("merge + curation + validate", 0.0, "s", skipped)
    total = t_load.wall + t_collect.wall + t_merge.wall + t_write.wall
    for label, part in (("ingest", t_load.wall), ("extraction (normaliser + extractor)", t_collect.wall),
                        ("merge", t_merge.wall), ("write", t_write.wall)):
        add(f"share of cold build: {label}", 100 * part / total, "%", "" if merging else "without merge and write")
    share_norm = per_norm / (per_norm + per_extract) if per_norm + per_extract else 0.0
    add("share of extraction: normaliser", 100 * share_norm, "%", "from the serial stage costs")

    # The no-change rebuild: everything comes from the cache (its pack, written by the cold build).
    RowCache(cache_dir).write_pack(articles, build.frame_from_rows([r for a in per_article for r in a]))
    with timed() as t_reload:
        again = load_folder(corpus).articles
    cached = RowCache(cache_dir)
    with timed() as t_cached:
        packed = cached.read_pack(again)
        if packed is None:  # the code or registry changed during the run: per-article entries
            packed = build.frame_from_rows([r for a in build.collect_rows(again, cache=cached) for r in a])
    rebuild = t_reload.wall + t_cached.wall
    hits = f"cache hits {cached.stats.hits}/{len(again)}"
    add("no-change rebuild: ingest + cache read", rebuild, "s", hits)
    if merging:
        with timed() as t_finish:
            dataset.write(build.finish_frame(packed), work / f"events-{n}")
        add("no-change rebuild: merge + write", t_finish.wall, "s")
        add("no-change rebuild", rebuild + t_finish.wall, "s", hits)
    else:
        add("no-change rebuild", rebuild, "s", f"{hits}; without merge and write")
    add("peak memory, this process", peak_mb(), "MB")
    add("peak memory, largest worker", peak_mb(children=True), "MB")
    return rows


def replicated_rebuild(n: int, work: Path, *, real: int = 50, workers: int = 1) -> list[Row]:
    """The no-change rebuild's ingest + cache read at size `n` without extracting `n` articles: the first
    `real` articles are extracted for real, and article i gets the rows of article i % `real` (ids rewritten
    to its own). Measures the cache's input/output cost only; the rows are not those articles' own events."""
    size = f"{n:,} (replicated rows)"
    corpus = make_corpus(n, work / f"corpus-{n}")
    articles = load_folder(corpus).articles
    cache_dir = work / f"replicated-cache-{n}"
    shutil.rmtree(cache_dir, ignore_errors=True)
    cache = RowCache(cache_dir)
    source = build.collect_rows(articles[:real], workers=workers)
    for i, article in enumerate(articles):
        rows = [{**row, "article_id": article.id, "mention_id": f"{row['mention_id']}-{i}"}
                for row in source[i % len(source)]]
        cache.put(article, rows)
    again = load_folder(corpus).articles
    cached = RowCache(cache_dir)
    with timed() as t_read:
        per_article = build.collect_rows(again, cache=cached)
    frame = build.frame_from_rows([r for a in per_article for r in a])
    cached.write_pack(again, frame)
    with timed() as t_pack_load:
        again = load_folder(corpus).articles
    with timed() as t_pack:
        packed = RowCache(cache_dir).read_pack(again)
    assert packed is not None and len(packed) == len(frame)
    note = f"{len(frame):,} rows; rows of {len(source)} real extractions reused"
    return [Row(NAME, size, "no-change rebuild: ingest + cache pack", t_pack_load.wall + t_pack.wall, "s", note),
            Row(NAME, size, "  of which ingest (load folder)", t_pack_load.wall, "s"),
            Row(NAME, size, "  of which cache pack read", t_pack.wall, "s", "one Parquet file"),
            Row(NAME, size, "  cache read without the pack", t_read.wall, "s",
                f"one JSON file per article, hits {cached.stats.hits}/{len(again)}")]


def run(sizes: list[int], *, sample: int = 200, workers: int | None = None, keep: Path | None = None,
        merge_limit: int = 1_000_000) -> list[Row]:
    work = keep or Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    try:
        out: list[Row] = []
        for n in sizes:
            out += measure(n, work, sample=sample, workers=workers or cores(), merge_limit=merge_limit)
        return out
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=["100,1000,10000"], help="corpus sizes, comma-separated")
    parser.add_argument("--sample", type=int, default=200, help="articles timed stage by stage (serially)")
    parser.add_argument("--workers", type=int, default=0, help="worker processes (default: every core)")
    parser.add_argument("--merge-limit", type=int, default=1_000_000, help="skip merge and write above this many rows")
    parser.add_argument("--replicated", nargs="*", default=[], help="also time the no-change rebuild's cache read "
                        "at these sizes with replicated rows (no full extraction; see replicated_rebuild)")
    parser.add_argument("--smoke", action="store_true", help="a tiny run for CI (10 articles)")
    parser.add_argument("--json", help="also write the rows as JSON to this file")
    parser.add_argument("--keep", help="keep corpora, caches and datasets in this folder")
    args = parser.parse_args(argv)
    sizes = [10] if args.smoke else [int(s) for part in args.sizes for s in part.split(",") if s.strip()]
    rows = run(sizes, sample=5 if args.smoke else args.sample, workers=args.workers or None,
               keep=Path(args.keep) if args.keep else None, merge_limit=args.merge_limit)
    replicated = [20] if args.smoke else [int(s) for part in args.replicated for s in part.split(",") if s.strip()]
    if replicated:
        with tempfile.TemporaryDirectory(prefix="bench-replicated-") as tmp:
            for n in replicated:
                rows += replicated_rebuild(n, Path(tmp), real=5 if args.smoke else 50, workers=args.workers or cores())
    report(rows, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
