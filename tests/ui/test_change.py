"""AppTest: read-only mode has no page that changes data (and the URL cannot add one); local mode has one
(ui/pages/change.py), which adds articles (upload and paste) and corrections (save, undo); the timeline shows them.

The extractor is replaced by the small fake of tests/build/test_runner.py (in this process, where AppTest runs
the script), so these tests check the dashboard's workflow, not extraction.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.build.test_runner import fake_extract, fake_merge
from tests.fixtures import BAD_INPUT
from timeline import curation, settings
from timeline.build import runner as build
from timeline.ingest.articles import add_text
from timeline.store import workspace

APP = Path(__file__).resolve().parents[2] / "app.py"
CHANGE = "ui/pages/change.py"  # the pages, relative to app.py
TIMELINE = "ui/pages/explore.py"
BUILT_AT = "2026-01-02T03:04:05+00:00"
WRITE_LABELS = ("Rebuild", "Add and rebuild", "Save correction", "Undo")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Two dated articles, built with the fake extractor; the environment points the app at them."""
    data = tmp_path / "data"
    for key in (settings.READ_ONLY_KEY, settings.EVENTS_KEY):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv(settings.DATA_DIR_KEY, str(data))
    monkeypatch.setattr(build, "build_events",
                        functools.partial(build.build_events, extract=fake_extract, merge=fake_merge))
    config = settings.load({settings.DATA_DIR_KEY: str(data)})
    add_text(config.articles_dir, "Russia deployed armoured brigades near Kharkiv.\n", published=date(2024, 5, 2))
    add_text(config.articles_dir, "China sent warships into the Taiwan Strait.\n", published=date(2024, 5, 3))
    curation.write(config.curation_path, [])
    workspace.rebuild(config, built_at=BUILT_AT)
    yield data


def _app() -> AppTest:
    return AppTest.from_file(str(APP), default_timeout=60)


def _snapshot(folder: Path) -> list[tuple[str, int, int]]:
    return sorted((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file())


def _texts(elements: object) -> list[str]:
    return [html.unescape(str(e.value)) for e in elements]  # type: ignore[attr-defined]


def _change(at: AppTest) -> AppTest:
    """`at` run on the page that changes data."""
    return at.run().switch_page(CHANGE).run()


def _timeline(at: AppTest) -> AppTest:
    """`at` run on the timeline page again."""
    return at.switch_page(TIMELINE).run()


def _actors(at: AppTest) -> list[str]:
    return sorted(_timeline(at).dataframe[0].value["Actor"].astype(str))


def _assert_read_only(at: AppTest) -> None:
    assert not at.exception, at.exception
    assert len(at.file_uploader) == 0 and len(at.text_area) == 0
    labels = [b.label for b in at.button]
    assert not any(label in labels for label in WRITE_LABELS), labels
    assert [s for s in at.selectbox if str(s.key).startswith("cur_")] == []
    banner = " ".join(_texts(at.info))
    assert "Read-only view" in banner and BUILT_AT in banner


@pytest.mark.parametrize("how", ["environment", "secret"])
def test_read_only_has_no_upload_editor_or_rebuild(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                   how: str) -> None:
    before = _snapshot(data_dir)
    at = _app()
    if how == "environment":
        monkeypatch.setenv(settings.READ_ONLY_KEY, "1")
    else:
        at.secrets[settings.READ_ONLY_KEY] = True
    at.run()
    _assert_read_only(at)
    assert _actors(at) == ["China", "Russia"]  # the prebuilt events are served
    assert _snapshot(data_dir) == before  # nothing written


@pytest.mark.parametrize("query", [
    {"TIMELINE_READ_ONLY": "0"}, {"read_only": "false", "mode": "local"}, {"edit": "1", "upload": "1"},
])
def test_query_parameters_cannot_leave_read_only(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                 query: dict[str, str]) -> None:
    monkeypatch.setenv(settings.READ_ONLY_KEY, "1")
    before = _snapshot(data_dir)
    at = _app()
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    _assert_read_only(at)
    assert _snapshot(data_dir) == before


def test_read_only_registers_no_page_that_changes_data(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(settings.READ_ONLY_KEY, "1")
    before = _snapshot(data_dir)
    at = _app().run()
    with pytest.raises(ValueError, match=r"Known pages: \['[^,]*explore\.py'\]"):  # the timeline only
        at.switch_page(CHANGE)
    _assert_read_only(at.run())
    assert _actors(at) == ["China", "Russia"]
    assert _snapshot(data_dir) == before


def test_read_only_without_a_built_store_says_how_to_build_it(data_dir: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(settings.READ_ONLY_KEY, "1")
    (data_dir / "events.parquet").unlink()
    at = _app().run()
    assert not at.exception
    shown = " ".join(_texts(at.error) + _texts(at.markdown))
    assert "holds no built events yet" in shown and "commit data/events.parquet" in shown
    assert not (data_dir / "events.parquet").exists()


def test_local_mode_shows_the_workflow_and_build_time(data_dir: Path) -> None:
    at = _app().run()
    assert not at.exception
    assert len(at.info) == 0 or "Read-only" not in " ".join(_texts(at.info))
    assert any(BUILT_AT in c and "Local mode" in c for c in _texts(at.caption))
    assert not [b for b in at.button if b.label in WRITE_LABELS]  # the timeline page changes nothing
    _change(at)
    assert not at.exception, at.exception
    labels = [b.label for b in at.button]
    assert {"Rebuild", "Add and rebuild", "Save correction"} <= set(labels)
    assert len(at.file_uploader) == 1


def test_upload_adds_the_article_and_rebuilds(data_dir: Path) -> None:
    at = _change(_app())
    at.file_uploader(key="add_files").set_value(("sudan.txt", b"Sudan's army moved artillery toward El Fasher.\n",
                                                 "text/plain"))
    at.date_input(key="add_published").set_value(date(2024, 5, 4))
    at.text_input(key="add_outlet").set_value("Example Wire")
    at.button(key="FormSubmitter:add_articles-Add and rebuild").click().run()
    assert not at.exception, at.exception
    assert (data_dir / "articles" / "sudan.txt").exists()
    assert "sudan.txt,,Example Wire,,2024-05-04" in (data_dir / "articles" / "manifest.csv").read_text()
    assert any("Added sudan.txt (2024-05-04" in s for s in _texts(at.success))
    assert _actors(at) == ["China", "Russia", "Sudan's"]


def test_pasted_text_and_bad_uploads(data_dir: Path) -> None:
    at = _change(_app())
    at.file_uploader(key="add_files").set_value([
        ("cp1252.txt", (BAD_INPUT / "cp1252.txt").read_bytes(), "text/plain"),
        ("empty.txt", b"", "text/plain"),
    ])
    at.text_area(key="add_pasted").set_value("Iran moved missile batteries to the coast.\n")
    at.text_input(key="add_title").set_value("Iran: batteries")
    at.date_input(key="add_published").set_value(date(2024, 5, 5))
    at.button(key="FormSubmitter:add_articles-Add and rebuild").click().run()
    assert not at.exception, at.exception
    errors = " ".join(_texts(at.error))
    assert "cp1252.txt: is not UTF-8" in errors and "Fix: re-save it as UTF-8" in errors
    assert "empty.txt: is empty" in errors
    assert "Iran" in _actors(at)
    assert not (data_dir / "articles" / "cp1252.txt").exists()


def test_hide_then_undo(data_dir: Path) -> None:
    at = _app().run()
    event_id = _event_id(at, "Russia")
    _change(at)
    at.selectbox(key="cur_event").set_value(event_id)
    at.radio(key="cur_action").set_value("hide").run()
    at.text_input(key="cur_note").set_value("not in this crisis")
    at.button(key="cur_save").click().run()
    assert not at.exception, at.exception
    assert _actors(at) == ["China"]
    rows, _ = curation.read(data_dir / "curation.csv")
    assert [(r.event_id, r.action, r.note) for r in rows] == [(event_id, "hide", "not in this crisis")]
    assert rows[0].created  # stamped by the app
    at.switch_page(CHANGE).run()
    undo = next(b for b in at.button if b.label == "Undo")
    undo.click().run()
    assert not at.exception, at.exception
    assert _actors(at) == ["China", "Russia"]
    assert curation.read(data_dir / "curation.csv") == ([], [])


def test_set_actor_is_shown_and_marked_curated(data_dir: Path) -> None:
    at = _app().run()
    event_id = _event_id(at, "China")
    _change(at).selectbox(key="cur_event").set_value(event_id)
    at.radio(key="cur_action").set_value("set").run()
    at.selectbox(key="cur_field").set_value("actor").run()
    at.text_input(key="cur_value_actor").set_value("People's Liberation Army Navy")
    at.button(key="cur_save").click().run()
    assert not at.exception, at.exception
    table = _timeline(at).dataframe[0].value
    row = table.loc[table["Actor"] == "People's Liberation Army Navy"]
    assert len(row) == 1 and row["Curated"].item() == "✓"
    assert table.loc[table["Actor"] == "Russia", "Curated"].item() == ""


def _event_id(at: AppTest, actor: str) -> str:
    table = at.dataframe[0].value
    return str(table.loc[table["Actor"] == actor, "Event"].item())
