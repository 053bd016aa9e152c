"""The temporal normaliser against plain `dateparser.search.search_dates`, on the same texts, in one run.

    .venv/bin/python -m bench.temporal                        # the seed articles, scored with the seed gold
    .venv/bin/python -m bench.temporal --timeml ../shared/tempeval/data/train/TimeBank   # also TempEval texts

Accuracy: the seed scorer (../shared/eval/score_timex.py, imported by path) for both systems; with --timeml,
also the TempEval scorer (score.py next to that folder's corpus, or --tempeval-score). Speed: milliseconds per
article for each system after a warm-up call (our parser is built once and cached; `search_dates` keeps its own
module-level searcher, so neither pays set-up costs per article), and the ratio.

The baseline is the one the issue measured: `search_dates(text, languages=['en'], settings={'RELATIVE_BASE':
publication date, 'PREFER_DATES_FROM': 'past', 'RETURN_AS_TIMEZONE_AWARE': False})`, every hit a day.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from dateparser.search import search_dates  # the baseline itself

from timeline.ingest.articles import load_folder
from timeline.timex.temporal import find_timexes

ROOT = Path(__file__).resolve().parent.parent

# ../shared next to the repository, or next to the folder of worktrees holding this checkout
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()), ROOT.parent / "shared")
Doc = tuple[str, str, date]  # id, text, publication date
System = Callable[[str, date], list[dict[str, Any]]]


def load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: cannot be imported; check the path")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ours(text: str, published: date) -> list[dict[str, Any]]:
    return [{"start": s.start, "end": s.end, "text": s.text, "type": s.type, "value": s.value,
             "date_start": s.date_start.isoformat() if s.date_start else None,
             "date_end": s.date_end.isoformat() if s.date_end else None} for s in find_timexes(text, published)]


def baseline(text: str, published: date) -> list[dict[str, Any]]:
    settings = {"RELATIVE_BASE": datetime(published.year, published.month, published.day),
                "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    hits = search_dates(text, languages=["en"], settings=settings) or []
    records, pos = [], 0
    for sub, found in hits:
        at = text.find(sub, pos)
        if at < 0:
            continue
        pos = at + len(sub)
        day = found.date().isoformat()
        records.append({"start": at, "end": pos, "text": sub, "type": "DATE", "value": day, "date_start": day,
                        "date_end": day})
    return records


def timed(system: System, docs: list[Doc], repeat: int) -> tuple[dict[str, list[dict[str, Any]]], float]:
    """Each document's records, and milliseconds per document, after warm-up calls that load each library's
    language data (a sentence with a full date, and the first document)."""
    system("The accord was signed on March 3, 2020 in Doha, officials said on Wednesday.", date(2020, 3, 6))
    system(docs[0][1], docs[0][2])
    out: dict[str, list[dict[str, Any]]] = {}
    started = time.perf_counter()
    for _ in range(repeat):
        for doc_id, text, published in docs:
            out[doc_id] = system(text, published)
    return out, 1000 * (time.perf_counter() - started) / (repeat * len(docs))


def seed_score(scorer: ModuleType, gold: Path, articles: Path, records: dict[str, list[dict[str, Any]]]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for doc_id, rows in records.items():
            for r in rows:
                f.write(json.dumps(dict(r, article_id=doc_id), ensure_ascii=False) + "\n")
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        scorer.main([str(gold), str(articles), f.name])
    Path(f.name).unlink()
    return buffer.getvalue().strip().splitlines()[-1]


def tempeval_score(scorer: ModuleType, gold: dict[str, Any], records: dict[str, list[dict[str, Any]]]) -> str:
    system = {doc: [{"start": r["start"], "end": r["end"], "text": r["text"], "type": r["type"],
                     "value": r["value"]} for r in rows] for doc, rows in records.items()}
    res, _, _ = scorer.score(gold, system)
    return (f"value F1 {100 * res['value']['F1']:.2f}, relaxed extent F1 {100 * res['relaxed']['F1']:.2f}, "
            f"strict extent F1 {100 * res['strict']['F1']:.2f}")


def report(name: str, docs: list[Doc], repeat: int, score: Callable[[dict[str, list[dict[str, Any]]]], str],
           rows: list[dict[str, Any]]) -> None:
    mine, mine_ms = timed(ours, docs, repeat)
    base, base_ms = timed(baseline, docs, max(1, repeat // 3))
    mine_score, base_score = score(mine), score(base)
    print(f"== {name}: {len(docs)} texts, {sum(len(d[1]) for d in docs) // len(docs):,} characters on average")
    print(f"  timeline.timex.temporal : {mine_score} | {mine_ms:8.2f} ms/article")
    print(f"  plain search_dates: {base_score} | {base_ms:8.2f} ms/article")
    print(f"  speed ratio: {base_ms / mine_ms:.1f}x faster than search_dates per article")
    size = f"{len(docs)} {name}"
    rows += [
        {"bench": "temporal", "size": size, "metric": "find_timexes", "value": round(mine_ms, 2),
         "unit": "ms/article", "note": mine_score},
        {"bench": "temporal", "size": size, "metric": "search_dates baseline", "value": round(base_ms, 2),
         "unit": "ms/article", "note": base_score},
        {"bench": "temporal", "size": size, "metric": "speed ratio", "value": round(base_ms / mine_ms, 1),
         "unit": "x", "note": "target >= 5x"},
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=Path, default=ROOT / "data" / "articles")
    ap.add_argument("--gold", type=Path, default=SHARED / "eval" / "seed_timex.csv")
    ap.add_argument("--seed-score", type=Path, default=SHARED / "eval" / "score_timex.py")
    ap.add_argument("--timeml", type=Path, help="also a TimeML folder (document creation time as publication date)")
    ap.add_argument("--tempeval-score", type=Path, default=SHARED / "tempeval" / "score.py")
    ap.add_argument("--repeat", type=int, default=6, help="timing repetitions (the baseline runs a third as many)")
    ap.add_argument("--json", type=Path, help="also write the figures as rows for bench/run_all.py")
    a = ap.parse_args(argv)
    rows: list[dict[str, Any]] = []

    loaded = load_folder(a.articles)
    docs = [(art.id, art.text, art.published) for art in loaded.articles if art.published is not None]
    seed_scorer = load_module(a.seed_score, "score_timex")
    report("seed articles", docs, a.repeat, lambda recs: seed_score(seed_scorer, a.gold, a.articles, recs), rows)
    if a.timeml:
        te = load_module(a.tempeval_score, "tempeval_score")
        gold = te.load_gold(str(a.timeml))
        te_docs = [(doc, d["text"], date.fromisoformat(str(d["dct"])[:10])) for doc, d in gold.items()]
        report(f"TempEval {a.timeml.name}", te_docs, max(1, a.repeat // 3),
               lambda recs: tempeval_score(te, gold, recs), rows)
    if a.json:
        a.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
