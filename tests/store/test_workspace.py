"""The workspace: rebuild only when articles, curation or extractor changed; never write when read-only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.build.test_runner import fake_extract, fake_merge
from timeline import curation, settings
from timeline.curation import Correction
from timeline.errors import ReadOnlyError
from timeline.ingest.articles import add_text, load_folder
from timeline.settings import Settings
from timeline.store import workspace

STAGES = {"extract": fake_extract, "merge": fake_merge}


@pytest.fixture
def local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """A data folder with two dated articles; TIMELINE_DATA_DIR points the build's curation stage at it."""
    data = tmp_path / "data"
    monkeypatch.setenv("TIMELINE_DATA_DIR", str(data))
    config = settings.load({"TIMELINE_DATA_DIR": str(data)})
    add_text(config.articles_dir, "Russia deployed armoured brigades near Kharkiv.\n", published=date(2024, 5, 2))
    add_text(config.articles_dir, "China sent warships into the Taiwan Strait.\n", published=date(2024, 5, 3))
    return config


def _count_calls(calls: list[str]):  # type: ignore[no-untyped-def]
    def extract(article, registry=None):  # type: ignore[no-untyped-def]
        calls.append(article.id)
        return fake_extract(article, registry)

    return extract


def test_first_build_writes_store_and_meta(local: Settings) -> None:
    view = workspace.rebuild(local, built_at="2026-01-01T10:00:00Z", **STAGES)  # type: ignore[arg-type]
    assert view.rebuilt and len(view.frame) == 2
    assert local.events_path.exists() and local.meta_path.exists()
    loaded = workspace.load(local)
    assert loaded.meta is not None and loaded.meta.built_at == "2026-01-01T10:00:00Z"
    assert loaded.meta.articles == 2 and loaded.meta.events == 2
    assert list(loaded.frame["mention_id"]) == list(view.frame["mention_id"])


def test_unchanged_inputs_skip_the_build(local: Settings) -> None:
    workspace.rebuild(local, built_at="t1", **STAGES)  # type: ignore[arg-type]
    calls: list[str] = []
    again = workspace.rebuild(local, built_at="t2", extract=_count_calls(calls), merge=fake_merge)
    assert not again.rebuilt and calls == []
    assert again.meta is not None and again.meta.built_at == "t1"


def test_only_the_new_article_is_extracted(local: Settings) -> None:
    workspace.rebuild(local, built_at="t1", **STAGES)  # type: ignore[arg-type]
    add_text(local.articles_dir, "Sudan's army moved artillery toward El Fasher.\n", published=date(2024, 5, 4))
    calls: list[str] = []
    view = workspace.rebuild(local, built_at="t2", extract=_count_calls(calls), merge=fake_merge)
    assert view.rebuilt and len(calls) == 1 and len(view.frame) == 3


def test_a_correction_triggers_a_rebuild_and_is_applied(local: Settings) -> None:
    first = workspace.rebuild(local, built_at="t1", **STAGES)  # type: ignore[arg-type]
    victim = str(first.frame["event_id"].iloc[0])
    curation.append(local.curation_path, Correction(victim, "hide", created="2026-01-01T10:00:00Z"))
    view = workspace.rebuild(local, built_at="t2", **STAGES)  # type: ignore[arg-type]
    assert view.rebuilt and victim not in set(view.frame["event_id"])
    assert view.meta is not None and view.meta.hidden == 1
    curation.remove(local.curation_path, 0)
    back = workspace.rebuild(local, built_at="t3", **STAGES)  # type: ignore[arg-type]
    assert victim in set(back.frame["event_id"])


def test_unknown_event_in_curation_is_an_issue(local: Settings) -> None:
    curation.write(local.curation_path, [Correction("e-missing", "hide")])
    view = workspace.rebuild(local, built_at="t1", **STAGES)  # type: ignore[arg-type]
    assert any("e-missing" in str(i) and "curation.csv, line 2" in str(i) for i in view.issues)
    assert len(view.frame) == 2


def test_read_only_never_rebuilds_or_writes(local: Settings) -> None:
    workspace.rebuild(local, built_at="t1", **STAGES)  # type: ignore[arg-type]
    before = sorted((p, p.stat().st_mtime_ns) for p in local.data_dir.rglob("*"))
    frozen = settings.load({"TIMELINE_DATA_DIR": str(local.data_dir), "TIMELINE_READ_ONLY": "1"})
    with pytest.raises(ReadOnlyError):
        workspace.rebuild(frozen, built_at="t2", **STAGES)  # type: ignore[arg-type]
    view = workspace.load(frozen)
    assert len(view.frame) == 2 and view.meta is not None and view.meta.built_at == "t1"
    assert sorted((p, p.stat().st_mtime_ns) for p in local.data_dir.rglob("*")) == before


@pytest.mark.parametrize(("content", "fragment"), [(None, "holds no built events yet"),
                                                   (b"PAR1 garbage", "cannot be read as parquet")])
def test_missing_or_corrupted_store_is_an_issue(tmp_path: Path, content: bytes | None, fragment: str) -> None:
    config = settings.load({"TIMELINE_DATA_DIR": str(tmp_path), "TIMELINE_READ_ONLY": "1"})
    if content is not None:
        config.events_path.write_bytes(content)
    view = workspace.load(config)
    assert view.frame.empty and len(view.issues) == 1
    assert fragment in str(view.issues[0]) and "events.parquet" in str(view.issues[0])
    assert "redeploy" in view.issues[0].fix


def test_corrupted_meta_means_stale(local: Settings) -> None:
    workspace.rebuild(local, built_at="t1", **STAGES)  # type: ignore[arg-type]
    local.meta_path.write_text("{not json")
    assert workspace.read_meta(local.meta_path) is None
    assert workspace.rebuild(local, built_at="t2", **STAGES).rebuilt  # type: ignore[arg-type]


def test_without_a_given_time_the_store_file_time_is_recorded(local: Settings) -> None:
    view = workspace.rebuild(local, **STAGES)  # type: ignore[arg-type]
    assert view.meta is not None and view.meta.built_at == workspace.file_time(local.events_path)
    assert view.meta.built_at.endswith("+00:00")


def test_the_bundled_store_was_built_by_this_code() -> None:
    """data/events.parquet is what the read-only deployment serves: it must come from these articles, this
    curation file and this extractor. When this fails, run `python -m timeline build` and commit data/."""
    bundled = settings.load({})
    assert workspace.is_current(bundled, load_folder(bundled.articles_dir)), (
        "data/events.meta.json does not match the code: run `python -m timeline build` and commit data/")
