"""Reading one input safely: an article or manifest file, an upload's bytes, a date field, a link.

Each check raises an `InputError` naming the file (or the field) and the fix: empty, binary, oversized, not UTF-8,
too long for the parser, a date that is not one or lies outside `EARLIEST_DAY`..`LATEST_DAY`. A problem that does
not stop a load is reported as an `Issue` instead (`timeline.ingest.articles.load_folder` collects them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline.errors import InputError
from timeline.settings import EARLIEST_DAY, LATEST_DAY, MAX_ARTICLE_BYTES, MAX_ARTICLE_CHARS

MAX_BYTES = MAX_ARTICLE_BYTES  # a news article is far smaller; bigger files are almost always a mistake


@dataclass(frozen=True)
class Issue:
    """A problem found while loading, shown to the user; `level` is 'warning' or 'error'."""

    where: str
    what: str
    fix: str
    level: str = "warning"

    def __str__(self) -> str:
        return f"{self.where}: {self.what}. Fix: {self.fix}"


def read_text(path: Path, max_bytes: int = MAX_BYTES, what: str = "one article") -> str:
    """Read an article file as UTF-8, with a clear error for empty, binary, oversized or non-UTF-8 files
    (`max_bytes`: the limit for `what` the file holds)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_big(size, max_bytes, what, where=str(path))
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", where=str(path),
                         fix="check the path and its permissions") from exc
    return decode_text(raw, where=str(path), max_bytes=max_bytes, what=what)


def _too_big(size: int, limit: int, what: str, *, where: str, unit: str = "byte") -> InputError:
    fix = "split it into single articles" if what == "one article" else f"make it smaller than {limit:,} {unit}s"
    return InputError(f"is {size:,} {unit}s, over the {limit:,}-{unit} limit for {what}", where=where, fix=fix)


def check_length(text: str, *, where: str) -> str:
    """`text` when the parser can take it whole (`MAX_ARTICLE_CHARS`, spaCy's `max_length`), else `InputError`:
    an oversized article is refused alone, before any parsing."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise _too_big(len(text), MAX_ARTICLE_CHARS, "one article", where=where, unit="character")
    return text


def decode_text(raw: bytes, *, where: str, max_bytes: int = MAX_BYTES, what: str = "one article") -> str:
    """Bytes of an article (a file or an upload) as text; `InputError` naming `where` and the fix."""
    if len(raw) > max_bytes:
        raise _too_big(len(raw), max_bytes, what, where=where)
    if b"\x00" in raw[:4096]:
        raise InputError("looks binary (it holds NUL bytes), not text", where=where,
                         fix="save the article as plain UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"is not UTF-8 (byte 0x{raw[exc.start]:02x} on line {line})", where=where,
                         fix="re-save it as UTF-8, e.g. `iconv -f cp1252 -t utf-8`") from exc
    if not text.strip():
        raise InputError("is empty", where=where, fix="remove it or paste the article's text into it")
    return text


def parse_day(value: str, *, where: str) -> date:
    """An ISO calendar day from a manifest or command-line field, within `EARLIEST_DAY`..`LATEST_DAY`."""
    try:
        day = date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise InputError(f"{value!r} is not a date", where=where,
                         fix="write the publication date as YYYY-MM-DD, or leave it blank") from exc
    return check_day(day, where=where)


def check_day(day: date, *, where: str) -> date:
    """`day` when it lies in `EARLIEST_DAY`..`LATEST_DAY`, else `InputError` (9999-12-31 or 0001-01-03 are typos,
    and dates past 2262 break every timestamp downstream)."""
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise InputError(f"{day.isoformat()} is outside {EARLIEST_DAY.isoformat()}..{LATEST_DAY.isoformat()}",
                         where=where, fix="write the article's real publication date (YYYY-MM-DD), or leave it blank")
    return day


def outside_folder(path: Path, folder: Path) -> bool:
    """True when `path` is a link that leads out of `folder` (or nowhere): it is never read."""
    if not path.is_symlink():
        return False
    try:
        return not path.resolve(strict=True).is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a dangling or looping link
        return True
