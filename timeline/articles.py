"""Ingest: an articles folder (texts plus an optional manifest.csv) -> `Article` values.

Problems with single files never stop the load: each becomes an `Issue` naming the file, the line
or field, and the fix, and the rest of the folder still loads.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline import temporal
from timeline.errors import InputError

MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ("file", "title", "outlet", "url", "published")
TEXT_SUFFIXES = (".txt",)
MAX_BYTES = 5_000_000  # a news article is far smaller; bigger files are almost always a mistake


@dataclass(frozen=True)
class Article:
    id: str  # file name without extension
    text: str  # the text exactly as read (UTF-8); every offset points into it
    published: date | None
    title: str = ""
    outlet: str = ""
    url: str = ""
    path: str = ""
    date_source: str = ""  # manifest, dateline, given, or "" when undated
    meta: dict[str, str] = field(default_factory=dict)  # other manifest columns, kept as metadata

    @property
    def content_hash(self) -> str:
        """Hash of everything extraction reads, so a rebuild can skip unchanged articles."""
        key = "\x1f".join([self.id, self.text, str(self.published), self.title, self.outlet, self.url])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Issue:
    """A problem found while loading, shown to the user; `level` is 'warning' or 'error'."""

    where: str
    what: str
    fix: str
    level: str = "warning"

    def __str__(self) -> str:
        return f"{self.where}: {self.what}. Fix: {self.fix}"


@dataclass
class Loaded:
    articles: list[Article]
    issues: list[Issue]

    @property
    def undated(self) -> list[Article]:
        return [a for a in self.articles if a.published is None]


def read_text(path: Path) -> str:
    """Read an article file as UTF-8, with a clear error for empty, binary, oversized or non-UTF-8 files."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", where=str(path),
                         fix="check the path and its permissions") from exc
    if len(raw) > MAX_BYTES:
        raise InputError(f"is {len(raw):,} bytes, over the {MAX_BYTES:,}-byte limit for one article",
                         where=str(path), fix="split it into single articles")
    if b"\x00" in raw[:4096]:
        raise InputError("looks binary (it holds NUL bytes), not text", where=str(path),
                         fix="save the article as plain UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"is not UTF-8 (byte 0x{raw[exc.start]:02x} on line {line})", where=str(path),
                         fix="re-save it as UTF-8, e.g. `iconv -f cp1252 -t utf-8`") from exc
    if not text.strip():
        raise InputError("is empty", where=str(path), fix="remove it or paste the article's text into it")
    return text


def parse_day(value: str, *, where: str) -> date:
    """An ISO calendar day from a manifest or command-line field."""
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise InputError(f"{value!r} is not a date", where=where,
                         fix="write the publication date as YYYY-MM-DD, or leave it blank") from exc


def read_manifest(folder: Path, issues: list[Issue]) -> dict[str, dict[str, str]]:
    """Rows of `manifest.csv` keyed by file name; a missing manifest is allowed."""
    path = folder / MANIFEST
    if not path.exists():
        return {}
    try:
        text = read_text(path)
    except InputError as exc:
        issues.append(Issue(str(path), exc.what, exc.fix))
        return {}
    reader = csv.DictReader(io.StringIO(text))
    columns = [c.strip() for c in (reader.fieldnames or [])]
    if "file" not in columns:
        issues.append(Issue(str(path), "has no 'file' column, so no row can be matched to an article",
                            f"make the first line a header with the columns {','.join(MANIFEST_COLUMNS)}"))
        return {}
    missing = [c for c in MANIFEST_COLUMNS if c not in columns]
    if missing:
        issues.append(Issue(str(path), f"has no column(s) {', '.join(missing)}; they are taken as blank",
                            f"add them to the header: {','.join(MANIFEST_COLUMNS)}"))
    rows: dict[str, dict[str, str]] = {}
    for line_no, row in enumerate(reader, start=2):
        clean = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None}
        name = Path(clean.get("file", "")).name
        if not name:
            issues.append(Issue(f"{path}, line {line_no}", "has an empty 'file' field", "name the article file"))
            continue
        if name in rows:
            issues.append(Issue(f"{path}, line {line_no}", f"lists {name} a second time; the first row is kept",
                                "remove the duplicate row"))
            continue
        clean["_line"] = str(line_no)
        rows[name] = clean
    return rows


def _article_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)


def load_folder(folder: str | Path) -> Loaded:
    """Load every article in `folder`; raise `InputError` only when the folder itself is unusable."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError("is not a folder", where=str(root),
                         fix="pass the folder that holds the article .txt files and manifest.csv")
    issues: list[Issue] = []
    manifest = read_manifest(root, issues)
    files = _article_files(root)
    if not files:
        raise InputError("holds no article files (*.txt)", where=str(root),
                         fix="put one article per .txt file in the folder")
    articles: list[Article] = []
    seen_text: dict[str, str] = {}
    for path in files:
        try:
            text = read_text(path)
        except InputError as exc:
            issues.append(Issue(exc.where, exc.what, exc.fix, level="error"))
            continue
        digest = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()
        if digest in seen_text:
            issues.append(Issue(str(path), f"has the same text as {seen_text[digest]}; it is skipped",
                                "remove one of the two copies"))
            continue
        seen_text[digest] = path.name
        articles.append(make_article(path, text, manifest.get(path.name, {}), issues, where=str(root / MANIFEST)))
    for name, row in manifest.items():
        if not (root / name).exists():
            issues.append(Issue(f"{root / MANIFEST}, line {row['_line']}", f"lists {name}, which is not in the folder",
                                "add the file or remove the row"))
    return Loaded(articles, issues)


def make_article(path: Path, text: str, row: dict[str, str], issues: list[Issue], *, where: str = "",
                 published: date | None = None) -> Article:
    """One `Article` from its text and manifest row; the date comes from the row, else a dateline."""
    date_source = "given" if published else ""
    if published is None and row.get("published"):
        try:
            published = parse_day(row["published"], where=f"{where}, line {row.get('_line', '?')}, field published")
            date_source = "manifest"
        except InputError as exc:
            issues.append(Issue(exc.where, exc.what + "; the article's own dateline is tried instead", exc.fix))
    if published is None:
        published = temporal.find_dateline(text)
        date_source = "dateline" if published else ""
    if published is None:
        issues.append(Issue(str(path), "has no publication date in the manifest or its text, so its relative "
                            "dates cannot be resolved and it is left out of the timeline",
                            "add its date to manifest.csv (column published, YYYY-MM-DD)"))
    meta = {k: v for k, v in row.items() if k not in MANIFEST_COLUMNS and not k.startswith("_")}
    title = row.get("title") or _first_line(text)
    return Article(id=path.stem, text=text, published=published, title=title, outlet=row.get("outlet", ""),
                   url=row.get("url", ""), path=str(path), date_source=date_source, meta=meta)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip().removeprefix("Home » ")[:200]
    return ""


def ids(articles: Iterable[Article]) -> list[str]:
    return [a.id for a in articles]
