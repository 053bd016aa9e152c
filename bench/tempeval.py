"""TempEval-3 Task A yardstick for the temporal normaliser.

    .venv/bin/python -m bench.tempeval ../shared/tempeval/data/train/TimeBank
    .venv/bin/python -m bench.tempeval ../shared/tempeval/data/platinum --errors 0   # report only

Turns a TimeML folder into an articles folder in a temporary directory (one .txt per document, its text exactly
as the scorer sees it, and manifest.csv with the document creation time as publication date), runs
`python -m timeline timex` on it, converts the output to the scorer's JSONL and scores it with the TempEval
scorer, which is imported by path (--score; the corpus and the scorer stay in ../shared, never copied here).
Speed is measured in-process on the same texts (`find_timexes` per document, after one warm-up call).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# ../shared/tempeval/score.py next to the repository, or next to the folder of worktrees holding this checkout
DEFAULT_SCORER = next((p / "shared" / "tempeval" / "score.py" for p in ROOT.parents
                       if (p / "shared" / "tempeval" / "score.py").is_file()),
                      ROOT.parent / "shared" / "tempeval" / "score.py")
HEIDELTIME_SECONDS_PER_DOC = 2.3  # ../shared/tempeval/RESULTS.md, measured on platinum with the same scorer


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("tempeval_score", path)
    if not path.is_file() or spec is None or spec.loader is None:
        raise SystemExit(f"{path}: not a Python file; pass --score path/to/score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_articles(gold: dict[str, dict[str, Any]], folder: Path) -> None:
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["file", "title", "outlet", "url", "published"])
        for doc, d in gold.items():
            (folder / f"{doc}.txt").write_bytes(d["text"].encode("utf-8"))
            writer.writerow([f"{doc}.txt", doc, "TempEval-3", "", str(d["dct"])[:10]])


def run_timex(folder: Path, out: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "timeline", "timex", str(folder), "--out", str(out), "--quiet"],
                   cwd=ROOT, check=True)
    return time.perf_counter() - started


def to_scorer_jsonl(timex_out: Path, scorer_in: Path, gold: dict[str, dict[str, Any]]) -> int:
    """The scorer's records; a document whose text duplicates another's (ingest skips the copy) gets its twin's."""
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for line in timex_out.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        by_doc.setdefault(r["article_id"], []).append(
            {"doc": r["article_id"], "start": r["start"], "end": r["end"], "text": r["text"], "type": r["type"],
             "value": r["value"]})
    twin = {d["text"].strip(): doc for doc, d in gold.items() if doc in by_doc}
    n = 0
    with scorer_in.open("w", encoding="utf-8") as f:
        for doc, d in gold.items():
            source = doc if doc in by_doc else twin.get(d["text"].strip(), "")
            for r in by_doc.get(source, []):
                f.write(json.dumps(dict(r, doc=doc), ensure_ascii=False) + "\n")
                n += 1
    return n


def time_in_process(gold: dict[str, dict[str, Any]], repeat: int) -> float:
    """Seconds per document for `find_timexes` alone (parser built, one warm-up call made)."""
    from timeline.timex.temporal import find_timexes

    docs = [(d["text"], date.fromisoformat(str(d["dct"])[:10])) for d in gold.values()]
    find_timexes("The accord was signed on March 3, 2020 in Doha, officials said on Wednesday.", date(2020, 3, 6))
    find_timexes(docs[0][0], docs[0][1])
    started = time.perf_counter()
    for _ in range(repeat):
        for text, dct in docs:
            find_timexes(text, dct)
    return (time.perf_counter() - started) / (repeat * len(docs))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("timeml_dir", help="folder of TimeML .tml files (e.g. ../shared/tempeval/data/train/TimeBank)")
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORER, help="path to the TempEval score.py")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print the first N errors")
    ap.add_argument("--keep", type=Path, help="also write the scorer JSONL here")
    ap.add_argument("--repeat", type=int, default=3, help="timing repetitions over the whole folder")
    a = ap.parse_args(argv)
    if not Path(a.timeml_dir).is_dir():
        raise SystemExit(f"{a.timeml_dir}: no such folder; pass a TimeML folder such as "
                         "../shared/tempeval/data/train/TimeBank")
    scorer = load_scorer(a.score)
    gold = scorer.load_gold(a.timeml_dir)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_articles(gold, folder)
        timex_out = Path(tmp) / "timex.jsonl"
        wall = run_timex(folder, timex_out)
        system_path = a.keep or Path(tmp) / "system.jsonl"
        to_scorer_jsonl(timex_out, system_path, gold)
        system = scorer.load_system(str(system_path), gold)
        res, _, errors = scorer.score(gold, system)
    scorer.print_report(res, errors=errors, n_errors=a.errors)
    per_doc = time_in_process(gold, a.repeat)
    print(f"\nvalue F1 {100 * res['value']['F1']:.2f} | relaxed extent F1 {100 * res['relaxed']['F1']:.2f} | "
          f"strict extent F1 {100 * res['strict']['F1']:.2f}")
    print(f"speed: find_timexes {1000 * per_doc:.2f} ms/doc in process "
          f"({HEIDELTIME_SECONDS_PER_DOC / per_doc:.0f}x faster than HeidelTime's {HEIDELTIME_SECONDS_PER_DOC} s/doc); "
          f"whole `timex` command {wall:.1f} s for {len(gold)} docs including start-up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
