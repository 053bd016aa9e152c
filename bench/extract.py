"""Benchmark: event extraction speed on the seed articles (and repeated copies of them), or on real texts.

    .venv/bin/python -m bench.extract [--copies N ...] [--repeat R]
    .venv/bin/python -m bench.extract --copies 20 --repeat 3 --ceiling \\
        --timeml ../shared/tempeval/data/train/TimeBank ../shared/tempeval/data/train/AQUAINT
    .venv/bin/python -m bench.extract --copies --texts DIR          # only a folder of articles

Prints articles per second on one core (this process, no pool; CPU time of this process, so other
load on the machine does not count, and wall time beside it) for the whole per-article chain
(date normalisation, spaCy, extraction rules) plus the merge, and the share of time spent in each
stage (CPU time): date normalisation (`temporal.find_timexes`), NER (the registry gazetteer and the model's NER),
parsing (tokenizer, tok2vec, tagger, parser, lemmatizer and the other pipes), extraction rules and merge,
and the extraction rules' CPU milliseconds per article (the part of the time our own code takes).
A second line per size runs the same chain through `events.extract_many` (spaCy parses in batches; no
per-stage shares there).

Other corpora run through exactly the same two functions, after the seed sizes:
`--texts DIR` is a folder of articles read by `load_folder`, as `python -m timeline extract` reads it (.txt
files, publication date from manifest.csv or the dateline; undated articles are skipped and counted);
`--timeml DIR [DIR ...]` is one corpus of TimeML .tml files, parsed by the TempEval scorer's `load_gold` and
written as articles by `bench/tempeval.py`'s `write_articles` (tags stripped, the document creation time as
publication date), then read by `load_folder` the same way. Each corpus prints its mean tokens per article
(the pipeline's tokenizer), so rates on corpora of different lengths can be compared. `--repeat R` runs
each measurement R times, serial and batched interleaved, and prints the least CPU time (the median beside
it). `--ceiling` adds, per corpus, the model's own cost: `en_core_web_sm` with none of our pipes (AVX2
kernels as in the build), one document at a time, CPU ms per article for each pipe; "neural" is
tok2vec + parser + NER, the part no change of ours can remove.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from time import process_time as clock  # per-stage CPU time: other load on the machine does not count
from typing import Any

from bench import tempeval  # its TimeML -> articles conversion
from bench.common import timed
from timeline.build import runner as build
from timeline.extract.actors.registry import Registry
from timeline.extract.events import extract_many, extract_mentions
from timeline.extract.rows import mention_rows
from timeline.ingest.articles import Article, load_folder
from timeline.merge import merge_mentions
from timeline.nlp.pipeline import _load_model, pipeline
from timeline.timex.temporal import find_timexes

ROOT = Path(__file__).resolve().parent.parent

NER_PIPES = {"entity_ruler", "ner", "names_over_places"}


def articles(copies: int) -> list[Article]:
    seeds = [a for a in load_folder(ROOT / "data" / "articles").articles if a.published is not None]
    return [replace(a, id=f"{a.id}-{n}") for n in range(copies) for a in seeds]


def sampled(batch: list[Article], size: int | None) -> list[Article]:
    """A fixed sample: every k-th article in id order (all of them without `size`)."""
    batch = sorted(batch, key=lambda a: a.id)
    if size is None or size >= len(batch):
        return batch
    step = len(batch) / size
    return [batch[int(i * step)] for i in range(size)]


def read_texts(folder: Path) -> tuple[list[Article], str]:
    loaded = load_folder(folder)
    dated = [a for a in loaded.articles if a.published is not None]
    skipped = len(loaded.articles) - len(dated)
    return dated, f"{folder}: {len(dated)} dated articles" + (f" ({skipped} undated skipped)" if skipped else "")


def read_timeml(folders: list[Path], scorer_path: Path) -> tuple[list[Article], str]:
    scorer = tempeval.load_scorer(scorer_path)
    gold: dict[str, dict[str, object]] = {}
    for folder in folders:
        if not folder.is_dir():
            raise SystemExit(f"{folder}: no such folder; pass a folder of TimeML .tml files")
        gold.update(scorer.load_gold(str(folder)))
    with tempfile.TemporaryDirectory() as tmp:
        tempeval.write_articles(gold, Path(tmp))
        batch, _ = read_texts(Path(tmp))
    names = " + ".join(f.name for f in folders)
    return batch, f"TimeML {names}: {len(gold)} documents, {len(batch)} articles after ingest (identical texts skipped)"


def parse_timed(nlp: Any, text: str, spent: dict[str, float], label: Callable[[str], str]) -> Any:
    """`nlp(text)` one step at a time (the tokenizer, then each pipe), adding each step's CPU seconds to
    `spent[label(step name)]`."""
    t = clock()
    doc = nlp.make_doc(text)
    spent[label("tokenizer")] += clock() - t
    for name, pipe in nlp.pipeline:
        t = clock()
        doc = pipe(doc)
        spent[label(name)] += clock() - t
    return doc


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
        doc = parse_timed(nlp, article.text, spent, lambda name: "NER" if name in NER_PIPES else "parsing")
        t3 = clock()
        mentions = extract_mentions(article, spans, registry, doc=doc)
        rows.extend(mention_rows(article, mentions))
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
            for row in mention_rows(article, found)]
    merge_mentions(build.frame_from_rows(rows))


def ceiling(batch: list[Article], repeat: int) -> str:
    """The bare model's CPU ms per article, per pipe (best pass of `repeat`), one document at a time."""
    nlp = _load_model()
    nlp(batch[0].text)  # warm-up
    passes = []
    for _ in range(repeat):
        spent: dict[str, float] = defaultdict(float)
        for article in batch:
            parse_timed(nlp, article.text, spent, lambda name: name)
        passes.append(spent)
    ms = {k: 1000 * v / len(batch) for k, v in min(passes, key=lambda d: sum(d.values())).items()}
    neural = sum(ms.get(k, 0.0) for k in ("tok2vec", "parser", "ner"))
    whole = sum(ms.values())
    pipes = ", ".join(f"{k} {v:.1f}" for k, v in ms.items())
    return (f"  model alone, ms/article: {pipes}\n"
            f"  neural (tok2vec+parser+ner) {neural:.1f} ms = {1000 / neural:.1f} articles/s/core; "
            f"whole model {whole:.1f} ms = {1000 / whole:.1f}/s")


def mean_tokens(batch: list[Article], registry: Registry) -> float:
    nlp = pipeline(registry)
    return sum(len(nlp.make_doc(a.text)) for a in batch) / len(batch)


def measure(batch: list[Article], registry: Registry, repeat: int) -> None:
    """The two lines of one size: serial (with per-stage shares) and batched, each the least CPU of `repeat`
    runs (serial and batched interleaved, so a change of load hits both), the median beside it."""
    serial: list[tuple[float, float, dict[str, float]]] = []
    batched: list[tuple[float, float]] = []
    for _ in range(repeat):
        with timed() as t:
            spent = run(batch, registry)
        serial.append((t.cpu, t.wall, spent))
        with timed() as t:
            run_batched(batch, registry)
        batched.append((t.cpu, t.wall))

    def median(cpus: list[float]) -> str:
        return f" (median of {repeat}: {len(batch) / statistics.median(cpus):.1f})" if repeat > 1 else ""

    cpu, wall, spent = min(serial, key=lambda r: r[0])
    measured = sum(spent.values())
    shares = ", ".join(f"{k} {100 * v / measured:.0f}%" for k, v in sorted(spent.items(), key=lambda kv: -kv[1]))
    rules = 1000 * spent["extraction rules"] / len(batch)
    print(f"{len(batch):>8} {cpu:>8.2f} {wall:>8.2f} {len(batch) / cpu:>10.1f}  {shares} "
          f"(rules {rules:.1f} ms/article){median([r[0] for r in serial])}")
    cpu, wall = min(batched)
    print(f"{len(batch):>8} {cpu:>8.2f} {wall:>8.2f} {len(batch) / cpu:>10.1f}  batched (extract_many)"
          f"{median([r[0] for r in batched])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="*", default=[1, 10, 40],
                        help="how many copies of the seed articles to run (one run per value; none: no seed run)")
    parser.add_argument("--texts", type=Path, action="append", default=[], metavar="DIR",
                        help="also a folder of articles, read as `python -m timeline extract` reads it (repeatable)")
    parser.add_argument("--timeml", type=Path, nargs="+", metavar="DIR",
                        help="also one corpus of these TimeML folders (tags stripped, creation time as date)")
    parser.add_argument("--tempeval-score", type=Path, default=tempeval.DEFAULT_SCORER,
                        help="the TempEval scorer whose load_gold reads TimeML (default: ../shared/tempeval)")
    parser.add_argument("--sample", type=int, metavar="N", help="a fixed sample of N articles of each such corpus")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; the least CPU is printed")
    parser.add_argument("--ceiling", action="store_true", help="also the bare model's CPU cost per article")
    args = parser.parse_args()
    corpora: list[tuple[list[Article], str]] = [read_texts(folder) for folder in args.texts]
    if args.timeml:
        corpora.append(read_timeml(args.timeml, args.tempeval_score))
    for batch, name in corpora:
        if not batch:
            raise SystemExit(f"{name}: no dated article to run; give articles a date (manifest.csv or dateline)")
    registry = Registry.default()
    run(articles(1), registry)  # warm-up: model load, dateparser, caches
    print(f"{'articles':>8} {'cpu s':>8} {'wall s':>8} {'art/s/core':>10}  shares of time")
    if args.copies:
        print(f"== seed articles (data/articles, copies): {mean_tokens(articles(1), registry):.0f} tokens/article")
    for copies in args.copies:
        measure(articles(copies), registry, args.repeat)
    if args.copies and args.ceiling:
        print(ceiling(articles(1), max(args.repeat, 3)))
    for batch, name in corpora:
        batch = sampled(batch, args.sample)
        print(f"== {name}; {len(batch)} run: {mean_tokens(batch, registry):.0f} tokens/article")
        measure(batch, registry, args.repeat)
        if args.ceiling:
            print(ceiling(batch, args.repeat))


if __name__ == "__main__":
    main()
