"""The local-workflow subcommands: `add`, `export`, `export-html` (run in process through `cli.main`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures import BAD_INPUT
from tests.test_schema import frame, one_row
from timeline import cli
from timeline.store import tables as store


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TIMELINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TIMELINE_READ_ONLY", raising=False)
    monkeypatch.delenv("TIMELINE_EVENTS", raising=False)
    return tmp_path / "data"


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    table = frame(one_row(), one_row(event_id="e-2", mention_id="m-2", actor="Treasury", event_type="designation",
                                     sentence="<script>alert(1)</script> sanctions"))
    return store.write_table(table, tmp_path / "events.csv")


def test_add_reports_each_file_and_keeps_going(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["add", str(BAD_INPUT / "good_a.txt"), str(BAD_INPUT / "cp1252.txt"),
                     str(BAD_INPUT / "good_b.txt"), "--published", "2024-03-04", "--outlet", "Wire"])
    err = capsys.readouterr().err
    assert code == 2
    assert "cp1252.txt: is not UTF-8" in err and "1 of 3 file(s) not added; the others were added" in err
    assert sorted(p.name for p in (data_dir / "articles").iterdir()) == ["good_a.txt", "good_b.txt", "manifest.csv"]
    manifest = (data_dir / "articles" / "manifest.csv").read_text()
    assert "good_a.txt,,Wire,,2024-03-04" in manifest  # a blank title is read from the first line on load


def test_add_is_refused_when_read_only(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TIMELINE_READ_ONLY", "1")
    assert cli.main(["add", str(BAD_INPUT / "good_a.txt")]) == 2
    assert "read-only" in capsys.readouterr().err
    assert not data_dir.exists()


def test_add_rejects_a_bad_date(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["add", str(BAD_INPUT / "good_a.txt"), "--published", "31/12/2024"]) == 2
    assert "--published: '31/12/2024' is not a date. Fix: write the publication date as YYYY-MM-DD" in \
        capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "extra", "check"),
    [
        ("out.csv", [], lambda text: text.startswith("event_id,mention_id")),
        ("out.json", [], lambda text: len(json.loads(text)) == 2),
        ("story.json", ["--format", "timelinejs"], lambda text: len(json.loads(text)["events"]) == 2),
    ],
)
def test_export_formats(data_dir: Path, events_file: Path, tmp_path: Path, name: str, extra: list[str],
                        check) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / name
    assert cli.main(["export", str(out), "--events", str(events_file), *extra]) == 0
    assert check(out.read_text(encoding="utf-8"))


def test_export_needs_a_format_it_can_guess(data_dir: Path, events_file: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", str(tmp_path / "out.xlsx"), "--events", str(events_file)]) == 2
    assert "Fix: name the file .csv, .json or .md, or pass --format timelinejs" in capsys.readouterr().err


def test_export_without_a_built_store_names_the_fix(data_dir: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert "events.parquet: holds no built events yet" in err and "pass --events FILE" in err
    assert not (tmp_path / "out.csv").exists()


def test_export_html(data_dir: Path, events_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "timeline.html"
    assert cli.main(["export-html", str(out), "--events", str(events_file), "--title", "Test"]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script>alert(1)</script>" not in page[page.index("<body>"):]
    assert cli.main(["export-html", str(tmp_path / "timeline.txt"), "--events", str(events_file)]) == 2


@pytest.mark.parametrize("command", ["export", "export-html"])
@pytest.mark.parametrize("form", ["positional", "option", "both-the-same"])
def test_writing_commands_take_out_as_argument_or_option(data_dir: Path, events_file: Path, tmp_path: Path,
                                                         command: str, form: str) -> None:
    out = str(tmp_path / ("events.csv" if command == "export" else "page.html"))
    where = {"positional": [out], "option": ["--out", out], "both-the-same": [out, "--out", out]}[form]
    assert cli.main([command, *where, "--events", str(events_file)]) == 0
    assert Path(out).stat().st_size > 0


@pytest.mark.parametrize(("argv", "message"), [
    (["export", "--format", "csv"], "export: no output file given. Fix: add the file to write, as OUT or --out OUT"),
    (["export", "a.csv", "--out", "b.csv"], "export: two output files given"),
    (["export-html", "a.html", "--out", "b.html"], "export-html: two output files given"),
    (["export", "brief.md", "--view", "actor=Nobody"], "--view: actor 'Nobody' is not in the events. Fix: use one of: "
     "United States, Treasury"),
], ids=["none", "two-exports", "two-pages", "unknown-actor"])
def test_export_refuses_an_unclear_output_or_view(data_dir: Path, events_file: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str], argv: list[str],
                                                  message: str) -> None:
    argv = [str(tmp_path / a) if a.endswith((".csv", ".html", ".md")) else a for a in argv]
    assert cli.main([*argv, "--events", str(events_file)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert [p.name for p in tmp_path.iterdir() if p != events_file] == []  # nothing written


def test_export_markdown_brief_of_a_view(data_dir: Path, events_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    assert cli.main(["export", str(out), "--events", str(events_file), "--view", "actor=Treasury&status=asserted",
                     "--title", "Sanctions"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Sanctions\n\nChronology of 1 event (1 mention) from 1 article")
    assert "Filters: actor Treasury; status asserted." in text and "— United States ·" not in text
    assert "\\<script\\>alert(1)\\</script\\> sanctions" in text  # the sentence, escaped
    every = tmp_path / "all.json"
    assert cli.main(["export", "--out", str(every), "--events", str(events_file), "--view", "type=deployment"]) == 0
    assert {row["event_id"] for row in json.loads(every.read_text())} == {"e-1"}


def test_a_duplicated_manifest_row_is_a_warning_and_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing is refused when a manifest lists a file twice (the first row is kept): the article is read, so
    `extract` exits 0 with a warning, as outside checks that build such folders expect."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia deployed troops to the border on Monday, officials said.\n", encoding="utf-8")
    (folder / "manifest.csv").write_text("file,title,outlet,url,published\na.txt,A,,,2024-05-01\n"
                                         "a.txt,A again,,,2024-05-02\n", encoding="utf-8")
    assert cli.main(["extract", str(folder), "--out", str(tmp_path / "e.csv"), "--quiet"]) == 0
    assert "warning:" in capsys.readouterr().err
