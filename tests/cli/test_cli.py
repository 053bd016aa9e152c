"""The command-line contract: extract and timex on the bundled articles, and clear failures."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import threading
from pathlib import Path

import pandas as pd
import pytest

from tests.fixtures import ROOT
from timeline import schema
from timeline.cli import main
from timeline.store import tables as store

ARTICLES = ROOT / "data" / "articles"
TIMEX_FIELDS = {"article_id", "start", "end", "text", "type", "value", "date_start", "date_end", "precision"}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    out = tmp_path_factory.mktemp("cli") / "events.csv"
    # the real entry point, as outside checks call it
    done = subprocess.run([sys.executable, "-m", "timeline", "extract", str(ARTICLES), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "5/5" not in done.stderr and "\r" not in done.stderr  # standard error is a pipe here: no progress bar
    return store.read_table(out)


def test_extract_writes_a_valid_table_for_every_article(extracted: pd.DataFrame) -> None:
    assert schema.problems(extracted) == []
    assert set(extracted["article_id"]) == {p.stem for p in ARTICLES.glob("*.txt")}
    assert set(extracted["event_type"]) == set(schema.EVENT_TYPES)


def test_extract_dates_article_002_by_its_dateline(extracted: pd.DataFrame) -> None:
    published = extracted.loc[extracted["article_id"].str.startswith("002"), "published"].unique()
    assert list(published) == [pd.Timestamp("2025-12-01")]


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl"])
def test_extract_other_formats_match_csv(tmp_path: Path, extracted: pd.DataFrame, suffix: str) -> None:
    out = tmp_path / f"events{suffix}"
    assert main(["extract", str(ARTICLES), "--out", str(out), "--quiet"]) == 0
    pd.testing.assert_frame_equal(store.read_table(out), extracted)


def on_terminal(argv: list[str]) -> tuple[int, str]:
    """Run `python -m timeline argv` with standard error on a pseudo-terminal (120 columns); its status and what it
    wrote there."""
    main_fd, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "timeline", *argv], stderr=terminal, stdout=subprocess.DEVNULL,
                            cwd=ROOT)
    os.close(terminal)
    chunks: list[bytes] = []

    def read() -> None:  # while the command runs, so a full terminal buffer never blocks it
        while True:
            try:
                chunk = os.read(main_fd, 65536)
            except OSError:  # EIO: the command closed its end
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    status = proc.wait(timeout=300)
    reader.join(timeout=10)
    os.close(main_fd)
    return status, b"".join(chunks).decode("utf-8", errors="replace")


@pytest.mark.parametrize(("command", "out", "more"),
                         [("timex", "t.jsonl", []), ("extract", "e.csv", ["--workers", "1"])])
def test_a_terminal_gets_a_progress_bar_with_rate_and_time_left(tmp_path: Path, command: str, out: str,
                                                                more: list[str]) -> None:
    status, shown = on_terminal([command, str(ARTICLES), "--out", str(tmp_path / out), *more])
    assert status == 0, shown
    # the bar as it is left: done, count, time taken < time left, rate, the last article
    assert re.search(r"\r100%\|[^\r\n]*\| 5/5 \[\d\d:\d\d<00:00, +[\d.]+article/s, 004_[0-9a-f]+\]\r?\n", shown), shown
    assert shown.rstrip().endswith(f"from 5 article(s) -> {tmp_path / out}")


def test_quiet_shows_no_progress_even_on_a_terminal(tmp_path: Path) -> None:
    status, shown = on_terminal(["timex", str(ARTICLES), "--out", str(tmp_path / "t.jsonl"), "--quiet"])
    assert status == 0 and "\r" not in shown.replace("\r\n", "\n") and "5/5" not in shown, shown


def test_timex_writes_every_field(tmp_path: Path) -> None:
    out = tmp_path / "t.jsonl"
    assert main(["timex", str(ARTICLES), "--out", str(out), "--quiet"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(row.keys() >= TIMEX_FIELDS for row in rows)
    texts = {a.stem: a.read_text(encoding="utf-8") for a in ARTICLES.glob("*.txt")}
    for row in rows:  # offsets point into the original text, which holds non-ASCII punctuation
        assert texts[row["article_id"]][row["start"]:row["end"]] == row["text"]
        assert row["type"] in {"DATE", "TIME", "DURATION", "SET"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "no/such/folder", "--out", "x.csv"], "no/such/folder: is not a folder"),
        (["extract", str(ARTICLES), "--out", "events.xlsx"], "unknown extension '.xlsx'"),
        (["timex", str(ARTICLES), "--out", "t.csv"], "name the output FILE.jsonl"),
        (["timex", str(ROOT / "tests"), "--out", "t.jsonl"], "holds no article files"),
    ],
    ids=["missing-folder", "bad-extract-format", "bad-timex-format", "empty-folder"],
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
                                         message: str) -> None:
    argv = [a if not a.startswith(("x.", "events.", "t.")) else str(tmp_path / a) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and message in err[0], err
    assert not any(tmp_path.iterdir())  # nothing half-written
