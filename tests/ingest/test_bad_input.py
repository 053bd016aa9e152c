"""Every kind of bad input gets a message naming the file and the fix, and the rest of the data still loads.

One table per loader: article folders (`load_folder`), the built events store (`workspace.load`) and
the curation file (`curation.apply_file`). The inputs are small hand-made files in tests/fixtures/bad_input.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.fixtures import BAD_INPUT
from tests.test_schema import frame, one_row
from timeline import curation, settings
from timeline.ingest import files
from timeline.ingest.articles import load_folder
from timeline.store import workspace

GOOD = ("good_a.txt", "good_b.txt")
OVERSIZED = "oversized.txt"  # written by the test: a fixture over the limit would bloat the repository


@pytest.mark.parametrize(
    ("bad_file", "manifest", "where", "what", "fix"),
    [
        pytest.param("empty.txt", None, "empty.txt", "is empty", "remove it or paste", id="empty file"),
        pytest.param("binary.txt", None, "binary.txt", "looks binary", "save the article as plain UTF-8",
                     id="binary file"),
        pytest.param("cp1252.txt", None, "cp1252.txt", "is not UTF-8 (byte 0xe9 on line 1)",
                     "re-save it as UTF-8", id="cp1252 text"),
        pytest.param(OVERSIZED, None, OVERSIZED, "over the 5,000,000-byte limit", "split it into single articles",
                     id="over the size limit"),
        pytest.param("scripts.html", None, "scripts.html", "holds no article text once scripts",
                     "save the article page itself", id="html full of scripts"),
        pytest.param("undated.txt", None, "undated.txt", "has no publication date in the manifest or its text",
                     "add its date to manifest.csv", id="no date anywhere"),
        pytest.param(None, "manifest_missing_columns.csv", "manifest.csv",
                     "has no column(s) outlet, url, published", "add them to the header", id="manifest columns"),
        pytest.param(None, "manifest_bad_date.csv", "manifest.csv, line 2, field published",
                     "'2024-31-12' is not a date", "write the publication date as YYYY-MM-DD",
                     id="manifest bad date"),
        pytest.param(None, "manifest_absent_file.csv", "manifest.csv, line 3",
                     "lists ghost.txt, which is not in the folder", "add the file or remove the row",
                     id="manifest row for an absent file"),
        pytest.param("repeat_of_a.txt", None, "repeat_of_a.txt", "has the same text as good_a.txt",
                     "remove one of the two copies", id="duplicate article"),
    ],
)
def test_bad_article_input(tmp_path: Path, bad_file: str | None, manifest: str | None, where: str, what: str,
                           fix: str) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(BAD_INPUT / name, folder / name)
    if bad_file == OVERSIZED:
        (folder / OVERSIZED).write_bytes(b"Troops moved. " * (files.MAX_BYTES // 14 + 1))
    elif bad_file:
        shutil.copy(BAD_INPUT / bad_file, folder / bad_file)
    if manifest:
        shutil.copy(BAD_INPUT / manifest, folder / "manifest.csv")
    loaded = load_folder(folder)
    messages = [str(i) for i in loaded.issues]
    assert any(where in m and what in m and f"Fix: {fix}" in m for m in messages), messages
    assert {"good_a", "good_b"} <= {a.id for a in loaded.articles}
    assert all(a.published is not None for a in loaded.articles if a.id in ("good_a", "good_b"))


def test_bad_date_in_manifest_falls_back_to_the_dateline(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(BAD_INPUT / "good_a.txt", folder / "good_a.txt")
    shutil.copy(BAD_INPUT / "manifest_bad_date.csv", folder / "manifest.csv")
    article = load_folder(folder).articles[0]
    assert article.date_source == "dateline" and str(article.published) == "2024-03-04"


def test_corrupted_events_store(tmp_path: Path) -> None:
    config = settings.load({"TIMELINE_DATA_DIR": str(tmp_path), "TIMELINE_READ_ONLY": "1"})
    shutil.copy(BAD_INPUT / "corrupted_events.parquet", config.events_path)
    view = workspace.load(config)
    message = str(view.issues[0])
    assert "events.parquet" in message and "cannot be read as parquet" in message and "Fix: rebuild" in message
    assert view.frame.empty  # the page still opens, with an empty table


def test_curation_row_for_an_unknown_event(tmp_path: Path) -> None:
    path = tmp_path / "curation.csv"
    shutil.copy(BAD_INPUT / "curation_unknown_event.csv", path)
    events = frame(one_row(event_id="e-1"), one_row(event_id="e-2", mention_id="m-2"))
    result = curation.apply_file(events, path)
    message = str(result.issues[0])
    assert "curation.csv, line 2" in message and "'e-404'" in message and "Fix: correct the event_id" in message
    assert list(result.frame["event_id"]) == ["e-1", "e-2"]  # the rest still loads, untouched
