"""Settings: one source of truth; read-only can be switched on from the environment or a secret, never off."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline import settings
from timeline.errors import ReadOnlyError


@pytest.mark.parametrize(
    ("env", "secrets", "read_only"),
    [
        ({}, None, False),
        ({"TIMELINE_READ_ONLY": "1"}, None, True),
        ({"TIMELINE_READ_ONLY": "true"}, None, True),
        ({"TIMELINE_READ_ONLY": " YES "}, None, True),
        ({"TIMELINE_READ_ONLY": "0"}, None, False),
        ({"TIMELINE_READ_ONLY": ""}, None, False),
        ({"TIMELINE_READ_ONLY": "off"}, None, False),
        ({}, {"TIMELINE_READ_ONLY": True}, True),
        ({}, {"TIMELINE_READ_ONLY": 1}, True),
        ({}, {"TIMELINE_READ_ONLY": "1"}, True),
        ({}, {"TIMELINE_READ_ONLY": False}, False),
        # either source switches it on; the other cannot switch it back off
        ({"TIMELINE_READ_ONLY": "0"}, {"TIMELINE_READ_ONLY": True}, True),
        ({"TIMELINE_READ_ONLY": "1"}, {"TIMELINE_READ_ONLY": False}, True),
        # a value that is neither yes nor no fails safe
        ({"TIMELINE_READ_ONLY": "maybe"}, None, True),
    ],
)
def test_read_only_flag(env: dict[str, str], secrets: dict[str, object] | None, read_only: bool) -> None:
    assert settings.load(env, secrets).read_only is read_only


def test_unclear_value_leaves_a_note() -> None:
    loaded = settings.load({"TIMELINE_READ_ONLY": "maybe"})
    assert loaded.notes and "stays read-only" in loaded.notes[0]


class _NoSecrets(dict[str, object]):
    """Behaves like st.secrets without a secrets.toml: every lookup raises."""

    def __contains__(self, key: object) -> bool:
        raise FileNotFoundError("no secrets.toml")


def test_missing_secrets_file_is_not_an_error() -> None:
    assert settings.load({}, _NoSecrets()).read_only is False


def test_paths_default_under_data(tmp_path: Path) -> None:
    loaded = settings.load({}, root=tmp_path)
    assert loaded.articles_dir == tmp_path / "data" / "articles"
    assert loaded.curation_path == tmp_path / "data" / "curation.csv"
    assert loaded.events_path == tmp_path / "data" / "events.parquet"
    assert loaded.meta_path == tmp_path / "data" / "events.meta.json"
    assert loaded.max_article_bytes > 100_000


def test_paths_can_be_moved(tmp_path: Path) -> None:
    loaded = settings.load({"TIMELINE_DATA_DIR": "other", "TIMELINE_EVENTS": "/srv/ev.csv"}, root=tmp_path)
    assert loaded.articles_dir == tmp_path / "other" / "articles"
    assert loaded.events_path == Path("/srv/ev.csv")


def test_require_writable_names_the_setting() -> None:
    settings.load({}).require_writable("add an article")
    with pytest.raises(ReadOnlyError, match=r"TIMELINE_READ_ONLY: cannot add an article.*Fix: run the app locally"):
        settings.load({"TIMELINE_READ_ONLY": "1"}).require_writable("add an article")
