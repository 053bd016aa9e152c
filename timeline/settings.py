"""Settings: the one place that says where the data lives and whether this deployment may write.

`load(env, secrets)` takes the process environment and (optionally) the Streamlit secrets as plain
mappings, so it stays pure and testable. Read-only is switched on by `TIMELINE_READ_ONLY` in either
of them; once on, nothing lower down (a query parameter, a widget, another setting) can switch it off.
Values that are neither clearly on nor clearly off count as on: a typo must never open a public
deployment for writing, and neither must a secrets file that cannot be read (a TOML error, a bad encoding):
then the deployment is read-only too, and a note says why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline.errors import ReadOnlyError

READ_ONLY_KEY = "TIMELINE_READ_ONLY"
DATA_DIR_KEY = "TIMELINE_DATA_DIR"
EVENTS_KEY = "TIMELINE_EVENTS"

_ON = frozenset({"1", "true", "yes", "on", "y", "t"})
_OFF = frozenset({"", "0", "false", "no", "off", "n", "f"})

MAX_ARTICLE_BYTES = 5_000_000  # one news article is far smaller; bigger files are almost always a mistake
# characters of one article's text (after HTML is reduced): spaCy's `max_length`, so no article reaches the parser
# only to be refused there (tests/test_attacks.py checks that the two agree)
MAX_ARTICLE_CHARS = 1_000_000
MAX_MANIFEST_BYTES = 100_000_000  # manifest.csv: 100,000 rows of long titles and URLs are ~30 MB
MAX_UPLOAD_FILES = 50  # files accepted in one upload
MAX_SESSION_UPLOAD_BYTES = 50_000_000  # what one browser session may hold in uploads at once (local mode)
MAX_CURATION_BYTES = 5_000_000
# publication dates (and dates set by a correction) outside these are refused: no news archive needs them, and
# pandas' nanosecond timestamps (the charts, the exports) end in 2262
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2100, 12, 31)

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    read_only: bool
    data_dir: Path
    articles_dir: Path
    curation_path: Path
    events_path: Path  # the built events store (raw build output; curation is applied when it is read)
    max_article_bytes: int = MAX_ARTICLE_BYTES
    max_upload_files: int = MAX_UPLOAD_FILES
    notes: tuple[str, ...] = field(default=())  # how the settings were decided, for the UI or logs

    @property
    def meta_path(self) -> Path:
        """Sidecar of the events store: when it was built and from what."""
        return meta_path(self.events_path)

    def require_writable(self, action: str) -> None:
        """Raise `ReadOnlyError` when this deployment is read-only (call before every write)."""
        if self.read_only:
            raise ReadOnlyError(f"cannot {action}: this deployment is read-only", where=READ_ONLY_KEY,
                                fix=f"run the app locally without {READ_ONLY_KEY} (or set it to 0) to change data")


def meta_path(events_path: Path) -> Path:
    return events_path.with_name(events_path.stem + ".meta.json")


def parse_flag(value: object) -> tuple[bool, str]:
    """(is on, note). Booleans and numbers are taken as such; unknown text counts as on, with a note."""
    if isinstance(value, bool):
        return value, ""
    if isinstance(value, int | float):
        return value != 0, ""
    text = str(value).strip().lower()
    if text in _ON:
        return True, ""
    if text in _OFF:
        return False, ""
    return True, f"{READ_ONLY_KEY}={value!r} is not a yes/no value, so the app stays read-only to be safe"


# Streamlit's error id when no secrets file exists at all (its `StreamlitSecretNotFoundError`, a FileNotFoundError,
# is also raised for a file that does not parse, so the type alone cannot tell "not set" from "unreadable")
NO_SECRETS_FILE = "no-secrets-found"


def _secrets_problem(exc: BaseException) -> str:
    """Why the secrets could not be read, in a few words and without a server path; "" when none exist."""
    if getattr(exc, "error_id", None) == NO_SECRETS_FILE:
        return ""
    cause = exc.__cause__ or exc
    if isinstance(cause, UnicodeDecodeError):
        detail = f"not UTF-8 at byte {cause.start}"
    elif isinstance(cause, OSError):  # its text would name the file's path on the server
        detail = cause.strerror or "cannot be read"
    else:
        detail = str(cause)
    return f"{type(cause).__name__}: {detail}"[:200]


def read_secrets(secrets: Mapping[str, object] | None) -> tuple[dict[str, object], str]:
    """(the secrets as a plain dict, why they could not be read). Reading a lazy mapping such as `st.secrets`
    parses its files; a missing file gives ({}, ""), a file that cannot be read ({}, the reason)."""
    if secrets is None:
        return {}, ""
    try:
        return dict(secrets.items()), ""
    except Exception as exc:  # a TOML error, a bad encoding, an unreadable file: the reason is reported
        return {}, _secrets_problem(exc)


def _lookup(env: Mapping[str, str], secrets: Mapping[str, object], key: str) -> list[object]:
    found: list[object] = []
    if key in env:
        found.append(env[key])
    if key in secrets:
        found.append(secrets[key])
    return found


def load(env: Mapping[str, str], secrets: Mapping[str, object] | None = None,
         root: Path | None = None) -> Settings:
    """Settings from the environment and the Streamlit secrets (either can switch read-only on). Secrets that
    exist but cannot be read switch it on as well, with a note saying why."""
    base = root if root is not None else REPO_ROOT
    notes: list[str] = []
    values, problem = read_secrets(secrets)
    read_only = bool(problem)
    if problem:
        notes.append(f"The deployment's settings (Streamlit secrets) cannot be read ({problem}), so this app is "
                     "read-only until they are fixed")
    for value in _lookup(env, values, READ_ONLY_KEY):
        on, note = parse_flag(value)
        read_only = read_only or on
        if note:
            notes.append(note)
    data_values = _lookup(env, values, DATA_DIR_KEY)
    data_dir = Path(str(data_values[0])) if data_values else Path("data")
    if not data_dir.is_absolute():
        data_dir = base / data_dir
    events_values = _lookup(env, values, EVENTS_KEY)
    events_path = Path(str(events_values[0])) if events_values else data_dir / "events.parquet"
    if not events_path.is_absolute():
        events_path = base / events_path
    return Settings(read_only=read_only, data_dir=data_dir, articles_dir=data_dir / "articles",
                    curation_path=data_dir / "curation.csv", events_path=events_path, notes=tuple(notes))
