"""Benchmark: event extraction speed on the seed articles (and repeated copies of them).

    .venv/bin/python bench/extract.py [--copies N] [--repeat R]

Prints articles per second on one core (this process, no pool; CPU time of this process, so other
load on the machine does not count, and wall time beside it) for the whole per-article chain
(date normalisation, spaCy, extraction rules) plus the merge, and the share of time spent in each
stage (CPU time): date normalisation (`temporal.find_timexes`), NER (the registry gazetteer and the model's NER),
parsing (tokenizer, tok2vec, tagger, parser, lemmatizer and the other pipes), extraction rules and merge,
and the extraction rules' CPU milliseconds per article (the part of the time our own code takes).
A second line per size runs the same chain through `events.extract_many` (spaCy parses in batches; no
per-stage shares there).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from time import process_time as clock  # per-stage CPU time: other load on the machine does not count

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import build  # noqa: E402
from timeline.actors import Registry  # noqa: E402
from timeline.articles import Article, load_folder  # noqa: E402
from timeline.events import extract_many, extract_mentions  # noqa: E402
from timeline.merge import merge_mentions  # noqa: E402
from timeline.nlp import pipeline  # noqa: E402
from timeline.temporal import find_timexes  # noqa: E402

NER_PIPES = {"entity_ruler", "ner", "names_over_places"}


def articles(copies: int) -> list[Article]:
    seeds = [a for a in load_folder(ROOT / "data" / "articles").articles if a.published is not None]
    return [replace(a, id=f"{a.id}-{n}") for n in range(copies) for a in seeds]


def run(batch: list[Article], registry: Registry) -> dict[str, float]:
    nlp = pipeline(registry)
    spent: dict[str, float] = defaultdict(float)
    rows = []
    for article in batch:
        t0 = clock()
        assert article.published is not None
        spans = find_timexes(article.text, article.published)
        t1 = clock()
        spent["date normalisation"] += t1 - t0
        t2 = clock()
        doc = nlp.make_doc(article.text)
        spent["parsing"] += clock() - t2
        for name, pipe in nlp.pipeline:
            t = clock()
            doc = pipe(doc)
            spent["NER" if name in NER_PIPES else "parsing"] += clock() - t
        t3 = clock()
        mentions = extract_mentions(article, spans, registry, doc=doc)
        rows.extend(build.mention_rows(article, mentions))
        spent["extraction rules"] += clock() - t3
    t4 = clock()
    merge_mentions(build.frame_from_rows(rows))
    spent["merge"] += clock() - t4
    return spent


def run_batched(batch: list[Article], registry: Registry) -> None:
    items = []
    for article in batch:
        assert article.published is not None
        items.append((article, find_timexes(article.text, article.published)))
    rows = [row for (article, _), found in zip(items, extract_many(items, registry), strict=True)
            for row in build.mention_rows(article, found)]
    merge_mentions(build.frame_from_rows(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="*", default=[1, 10, 40],
                        help="how many copies of the seed articles to run (one run per value)")
    args = parser.parse_args()
    registry = Registry.default()
    run(articles(1), registry)  # warm-up: model load, dateparser, caches
    print(f"{'articles':>8} {'cpu s':>8} {'wall s':>8} {'art/s/core':>10}  shares of time")
    for copies in args.copies:
        batch = articles(copies)
        start, cpu_start = time.perf_counter(), time.process_time()
        spent = run(batch, registry)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        measured = sum(spent.values())
        shares = ", ".join(f"{k} {100 * v / measured:.0f}%"
                           for k, v in sorted(spent.items(), key=lambda kv: -kv[1]))
        rules = 1000 * spent["extraction rules"] / len(batch)
        print(f"{len(batch):>8} {cpu:>8.2f} {wall:>8.2f} {len(batch) / cpu:>10.1f}  {shares} "
              f"(rules {rules:.1f} ms/article)")
        start, cpu_start = time.perf_counter(), time.process_time()
        run_batched(batch, registry)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        print(f"{len(batch):>8} {cpu:>8.2f} {wall:>8.2f} {len(batch) / cpu:>10.1f}  batched (extract_many)")


if __name__ == "__main__":
    main()
