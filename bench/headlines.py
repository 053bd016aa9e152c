"""Benchmark: the headlines (`summary`) and targets the extractor writes, on news we did and did not write.

    .venv/bin/python -m bench.headlines                  # seeds, unseen test articles, TempEval-3 train
    .venv/bin/python -m bench.headlines --show 20        # also the first 20 failures of each check
    .venv/bin/python -m bench.headlines --smoke          # seeds and unseen articles only (CI)

Corpora: the seed articles (data/articles), the hand-written test articles (tests/fixtures/unseen) and the
TempEval-3 training documents (TimeBank + AQUAINT beside the checkout, read as `bench/extract.py --timeml`
reads them: tags stripped into a temporary folder, the document creation time as publication date; nothing
is copied into the repository). Each is extracted as `python -m timeline extract` does, and for every mention:

- **own words**: every word of the headline (letters and digits, case-folded) is a word of its sentence or of
  the actor's name (the issue asks for at least 90%);
- **finite verb**: the headline, parsed by the same spaCy pipeline, holds a finite verb or modal (VBD, VBZ,
  VBP, MD): a clause rather than a noun phrase ("US military: recent strikes on drug boats");
- **target fragments**: a non-empty target that names nothing: only stop words or numbers, a pronoun,
  determiner or number as the head of its parse, "that", or the actor itself (must be 0);
- the median and largest headline length in words (as a reader counts them: what stands between spaces, with
  a letter or digit), the share within `headlines.LIMIT`;
- the CPU time spent in `headlines.write`, per mention.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from time import process_time
from typing import Any

from bench import tempeval  # its TimeML -> articles conversion
from bench.common import Row, table
from timeline.extract import headlines
from timeline.extract.actors.registry import Registry
from timeline.extract.events import Mention, extract_many
from timeline.ingest.articles import Article, load_folder
from timeline.nlp.pipeline import pipeline
from timeline.timex.temporal import find_timexes

ROOT = Path(__file__).resolve().parent.parent

WORD = re.compile(r"[^\W_]+")
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
TRAIN = tempeval.DEFAULT_SCORER.parent / "data" / "train"


@dataclass
class Checked:
    """The figures of one corpus, and the failures of each check (headline, sentence, actor or target)."""

    name: str
    mentions: int = 0
    own_words: int = 0
    finite: int = 0
    targets: int = 0
    fragments: int = 0
    lengths: list[int] = field(default_factory=list)
    seconds: float = 0.0
    failures: dict[str, list[str]] = field(default_factory=dict)

    def fail(self, check: str, text: str) -> None:
        self.failures.setdefault(check, []).append(text)


def words(text: str) -> list[str]:
    return WORD.findall(text.replace("’", "'").casefold())


@contextmanager
def timing_writes(spent: list[float]) -> Iterator[None]:
    """Add the CPU seconds of every `headlines.write` call to `spent[0]` (events.py calls it through the module)."""
    original: Callable[..., Any] = headlines.write

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += process_time() - start

    headlines.write = timed  # type: ignore[assignment]
    try:
        yield
    finally:
        headlines.write = original  # type: ignore[assignment]


def extract(articles: list[Article], registry: Registry) -> tuple[list[Mention], float]:
    """Every mention of `articles` (as the extract command finds them) and the CPU seconds spent writing headlines."""
    spent = [0.0]
    items = [(a, find_timexes(a.text, a.published)) for a in articles if a.published is not None]
    with timing_writes(spent):
        found = extract_many(items, registry)
    return [m for mentions in found for m in mentions], spent[0]


def fragment(target: str, actor: str, nlp: Any) -> str:
    """Why `target` names nothing ("" when it names something)."""
    if target.casefold() == actor.casefold():
        return "the actor itself"
    doc = nlp(target)
    if all(t.is_stop or t.is_punct or t.like_num for t in doc):
        return "no content word"
    root = next((t for t in doc if t.head.i == t.i), doc[0])
    if root.pos_ in {"PRON", "DET", "NUM"} or root.lower_ == "that" or root.like_num:
        return f"head is {root.pos_.lower()}"
    return ""


def check(name: str, mentions: list[Mention], seconds: float, registry: Registry) -> Checked:
    nlp = pipeline(registry)
    out = Checked(name, len(mentions), seconds=seconds)
    for m, doc in zip(mentions, nlp.pipe([m.summary for m in mentions]), strict=True):
        said = words(m.summary)
        out.lengths.append(sum(1 for chunk in m.summary.split() if WORD.search(chunk)))
        allowed = set(words(m.sentence)) | set(words(m.actor))
        strangers = [w for w in said if w not in allowed]
        if strangers:
            out.fail("own words", f"{m.summary!r} (not in sentence or actor: {', '.join(strangers)}) <- {m.sentence!r}")
        else:
            out.own_words += 1
        if any(t.tag_ in FINITE for t in doc):
            out.finite += 1
        else:
            out.fail("finite verb", f"{m.summary!r} <- {m.sentence!r}")
        if m.target:
            out.targets += 1
            why = fragment(m.target, m.actor, nlp)
            if why:
                out.fragments += 1
                out.fail("target fragments", f"{m.target!r} ({why}) of {m.summary!r}")
    return out


def rows(c: Checked) -> list[Row]:
    n = max(c.mentions, 1)
    within = sum(1 for x in c.lengths if x <= headlines.LIMIT)
    median = statistics.median(c.lengths) if c.lengths else 0.0
    return [
        Row("headlines", c.name, "mentions", c.mentions, "mentions"),
        Row("headlines", c.name, "own words", 100 * c.own_words / n, "%",
            "every word from the sentence or the actor's name (target >= 90%)"),
        Row("headlines", c.name, "finite verb", 100 * c.finite / n, "%", "a clause, not a noun phrase"),
        Row("headlines", c.name, "target fragments", c.fragments, "targets",
            f"of {c.targets} non-empty targets: pronoun, determiner, number, the actor (target 0)"),
        Row("headlines", c.name, "median length", median, "words",
            f"largest {max(c.lengths, default=0)}; {100 * within / n:.1f}% within {headlines.LIMIT}"),
        Row("headlines", c.name, "time per mention", 1e6 * c.seconds / n, "us", "CPU in headlines.write"),
    ]


def corpora(smoke: bool) -> Iterator[tuple[str, list[Article]]]:
    seeds = load_folder(ROOT / "data" / "articles").articles
    yield "seed articles", seeds
    yield "unseen test articles", load_folder(ROOT / "tests" / "fixtures" / "unseen").articles
    if smoke:
        return
    folders = [TRAIN / "TimeBank", TRAIN / "AQUAINT"]
    if not all(f.is_dir() for f in folders):
        print(f"TempEval-3 training documents not found in {TRAIN}: left out", file=sys.stderr)
        return
    scorer = tempeval.load_scorer(tempeval.DEFAULT_SCORER)
    gold: dict[str, dict[str, object]] = {}
    for folder in folders:
        gold.update(scorer.load_gold(str(folder)))
    with tempfile.TemporaryDirectory() as tmp:
        tempeval.write_articles(gold, Path(tmp))
        yield "TempEval-3 train", load_folder(Path(tmp)).articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="the seed and unseen articles only")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print the first N failures of each check")
    parser.add_argument("--json", type=Path, help="also write the rows here (bench/run_all.py reads them)")
    args = parser.parse_args(argv)
    registry = Registry.default()
    extract(load_folder(ROOT / "data" / "articles").articles[:1], registry)  # warm-up: model, caches
    found: list[Row] = []
    for name, articles in corpora(args.smoke):
        mentions, seconds = extract(articles, registry)
        checked = check(name, mentions, seconds, registry)
        found += rows(checked)
        for kind, failures in checked.failures.items():
            for text in failures[: args.show]:
                print(f"[{name}] {kind}: {text}")
    print(table(found))
    if args.json:
        args.json.write_text(json.dumps([r.as_dict() for r in found], ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
