"""Benchmarks: the corpus maker is correct, and `python -m bench.run_all --smoke` runs every benchmark at CI size.

Speed targets live in bench/RESULTS.md, never here: these tests only check that the benchmarks run and
report what they should.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from bench import corpus
from timeline.ingest.articles import load_folder

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "weeks", "expected"),
    [
        ("Strikes began on October 17, the ministry said.", 2, "Strikes began on October 31, the ministry said."),
        ("Published: Dec 1, 2025 10:45 am", -4, "Published: Nov 3, 2025 10:45 am"),
        ("By 30 December 2024 the brigade had left.", 1, "By 6 January 2025 the brigade had left."),
        ("Drills in March 2024 near Taiwan.", 8, "Drills in May 2024 near Taiwan."),
        ("Listed on 2024-02-24.", 1, "Listed on 2024-03-02."),
        ("Troops moved on Wednesday and in 2025.", 5, "Troops moved on Wednesday and in 2025."),
        ("A Sept. 3 decree.", 1, "A Sept. 10 decree."),
    ],
    ids=["month-day", "dateline", "day-month-year", "month-year", "iso", "weekday-and-bare-year", "abbreviated"],
)
def test_dates_move_by_whole_weeks(text: str, weeks: int, expected: str) -> None:
    assert corpus.shift_dates(text, timedelta(weeks=weeks), date(2025, 11, 1)) == expected


def test_week_shifts_keep_weekdays_and_vary() -> None:
    shifts = [corpus.week_shift(v) for v in range(200)]
    assert shifts[0] == timedelta(0) and all(s.days % 7 == 0 and abs(s.days) <= 78 * 7 for s in shifts)
    assert len(set(shifts)) > 100


def test_names_are_swapped_by_full_name_then_surname() -> None:
    text = "President Donald Trump spoke. Trump's envoy met Delcy Rodríguez and Jorge Rodríguez."
    swapped = corpus.swap_names(text, 0)
    assert "Trump" not in swapped and "Joe Biden spoke. Biden's envoy" in swapped
    assert "Delcy Rodríguez" in swapped  # a surname two people share is never swapped alone


def test_corpus_loads_with_every_article_dated_and_distinct(tmp_path: Path) -> None:
    folder = corpus.make_corpus(12, tmp_path / "c")
    loaded = load_folder(folder)
    assert len(loaded.articles) == 12 and loaded.issues == []
    assert all(a.published is not None for a in loaded.articles)
    assert {a.date_source for a in loaded.articles} == {"manifest", "dateline"}
    assert len({a.content_hash for a in loaded.articles}) == 12


@pytest.mark.slow
def test_every_benchmark_runs_at_smoke_size() -> None:
    done = subprocess.run([sys.executable, "-m", "bench.run_all", "--smoke"], cwd=ROOT,
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    status = {line.split("|")[1].strip(): line.split("|")[2].strip() for line in done.stdout.splitlines()
              if line.startswith("| ") and line.count("|") == 4 and "benchmark script" not in line}
    scripts = {p.stem for p in (ROOT / "bench").glob("*.py")} - {"run_all", "common", "corpus", "__init__"}
    assert set(status) == scripts
    assert all(s == "ok" or s.startswith("skipped") for s in status.values())
    for metric in ("extractor throughput", "no-change rebuild", "first paint", "peak memory"):
        assert metric in done.stdout


@pytest.mark.slow
def test_extract_bench_runs_on_a_folder_of_texts(tmp_path: Path) -> None:
    """`python -m bench.extract --texts DIR` measures a folder of articles as the seed mode does (tokens/article)."""
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "dated.txt").write_text("WASHINGTON, March 3, 2024 (AP) — The United States deployed two destroyers "
                                      "to the Red Sea on Monday, officials said.\n", encoding="utf-8")
    (folder / "undated.txt").write_text("Russia said it would respond.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bench.extract", "--copies", "--texts", str(folder),
                           "--ceiling"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "1 dated articles (1 undated skipped); 1 run:" in done.stdout and "tokens/article" in done.stdout
    assert "batched (extract_many)" in done.stdout and "neural (tok2vec+parser+ner)" in done.stdout
    assert "seed articles" not in done.stdout
