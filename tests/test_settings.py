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


class _Secrets(dict[str, object]):
    """Behaves like st.secrets whose files raise `error` when read (Streamlit's FileNotFoundError subclass)."""

    def __init__(self, error_id: str) -> None:
        super().__init__()
        self.error_id = error_id

    def items(self):  # type: ignore[no-untyped-def, override]
        error = FileNotFoundError("secrets")
        error.error_id = self.error_id  # type: ignore[attr-defined]
        raise error


@pytest.mark.parametrize(("error_id", "read_only"), [
    (settings.NO_SECRETS_FILE, False),  # no secrets file at all: nothing set
    ("failed-parsing-secrets-file", True),  # a file that does not parse: fail closed
    ("invalid-secrets-path", True),
])
def test_secrets_that_cannot_be_read_fail_closed(error_id: str, read_only: bool) -> None:
    loaded = settings.load({}, _Secrets(error_id))
    assert loaded.read_only is read_only and bool(loaded.notes) is read_only


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
