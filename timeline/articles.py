"""Ingest: an articles folder (texts plus an optional manifest.csv) -> `Article` values.

Articles are `.txt`, `.md` or `.html` files; HTML and Markdown are reduced to their text by
`ingest_html` (page metadata fills what the manifest leaves blank). Problems with single files never
stop the load: each becomes an `Issue` naming the file, the line or field, and the fix, and the rest
of the folder still loads. `add_article` / `add_text` put a new article in the folder: the text file
and its manifest row are each written atomically, and a failed manifest write removes the new file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline import ingest_html, temporal
from timeline.errors import InputError
from timeline.settings import MAX_ARTICLE_BYTES
from timeline.store import write_text_atomic

MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ("file", "title", "outlet", "url", "published")
TEXT_SUFFIXES = (".txt", *ingest_html.MARKDOWN_SUFFIXES, *ingest_html.HTML_SUFFIXES)
MAX_BYTES = MAX_ARTICLE_BYTES  # a news article is far smaller; bigger files are almost always a mistake


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


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """Read an article file as UTF-8, with a clear error for empty, binary, oversized or non-UTF-8 files."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"is {size:,} bytes, over the {max_bytes:,}-byte limit for one article",
                             where=str(path), fix="split it into single articles")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", where=str(path),
                         fix="check the path and its permissions") from exc
    return decode_text(raw, where=str(path), max_bytes=max_bytes)


def decode_text(raw: bytes, *, where: str, max_bytes: int = MAX_BYTES) -> str:
    """Bytes of an article (a file or an upload) as text; `InputError` naming `where` and the fix."""
    if len(raw) > max_bytes:
        raise InputError(f"is {len(raw):,} bytes, over the {max_bytes:,}-byte limit for one article",
                         where=where, fix="split it into single articles")
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
                         fix="pass the folder that holds the article files (.txt, .md, .html) and manifest.csv")
    issues: list[Issue] = []
    manifest = read_manifest(root, issues)
    files = _article_files(root)
    if not files:
        raise InputError("holds no article files (*.txt, *.md, *.html)", where=str(root),
                         fix="put one article per .txt, .md or .html file in the folder")
    articles: list[Article] = []
    seen_text: dict[str, str] = {}
    seen_id: dict[str, str] = {}
    for path in files:
        try:
            page = ingest_html.convert(path.name, read_text(path), where=str(path))
        except InputError as exc:
            issues.append(Issue(exc.where, exc.what, exc.fix, level="error"))
            continue
        if path.stem in seen_id:
            issues.append(Issue(str(path), f"has the same article id ({path.stem}) as {seen_id[path.stem]}; "
                                "it is skipped", "rename one of the two files", level="error"))
            continue
        digest = text_digest(page.text)
        if digest in seen_text:
            issues.append(Issue(str(path), f"has the same text as {seen_text[digest]}; it is skipped",
                                "remove one of the two copies"))
            continue
        seen_text[digest] = path.name
        seen_id[path.stem] = path.name
        articles.append(make_article(path, page.text, manifest.get(path.name, {}), issues,
                                     where=str(root / MANIFEST), page=page))
    for name, row in manifest.items():
        if not (root / name).exists():
            issues.append(Issue(f"{root / MANIFEST}, line {row['_line']}", f"lists {name}, which is not in the folder",
                                "add the file or remove the row"))
    return Loaded(articles, issues)


def text_digest(text: str) -> str:
    """What two copies of one article share (surrounding white space ignored)."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def make_article(path: Path, text: str, row: dict[str, str], issues: list[Issue], *, where: str = "",
                 published: date | None = None, page: ingest_html.Extracted | None = None) -> Article:
    """One `Article` from its text and manifest row; the date comes from the row, else the page's own
    metadata (HTML, Markdown front matter), else a dateline. The row's title, outlet and url win too."""
    date_source = "given" if published else ""
    if published is None and row.get("published"):
        try:
            published = parse_day(row["published"], where=f"{where}, line {row.get('_line', '?')}, field published")
            date_source = "manifest"
        except InputError as exc:
            issues.append(Issue(exc.where, exc.what + "; the article's own dateline is tried instead", exc.fix))
    if published is None and page is not None and page.published is not None:
        published, date_source = page.published, page.date_source
    reading = None
    if published is None:
        reading = temporal.read_dateline(text)
        published = reading.day
        updated = reading.source is not None and reading.source.kind == "updated"
        date_source = ("dateline (last update)" if updated else "dateline") if published else ""
    if published is None:
        found = f"has no publication date in the manifest, and {reading.problem}" if reading and reading.problem \
            else "has no publication date in the manifest or its text"
        issues.append(Issue(str(path), found + ", so its relative dates cannot be resolved and it is left out of the "
                            "timeline", "add its date to manifest.csv (column published, YYYY-MM-DD)"))
    meta = {k: v for k, v in row.items() if k not in MANIFEST_COLUMNS and not k.startswith("_")}
    page = page or ingest_html.Extracted(text=text)
    title = row.get("title") or page.title or _first_line(text)
    url = row.get("url") or page.url
    if url and not is_web_url(url):
        issues.append(Issue(f"{where}, line {row.get('_line', '?')}, field url",
                            f"{url[:80]!r} is not a web address, so it is not shown as a link",
                            "write the article's address starting with http:// or https://"))
        url = ""
    return Article(id=path.stem, text=text, published=published, title=title,
                   outlet=row.get("outlet") or page.outlet, url=url, path=str(path),
                   date_source=date_source, meta=meta)


def is_web_url(url: str) -> bool:
    """Only http(s) addresses become links (never javascript:, data: or file: URLs)."""
    return re.match(r"(?i)^https?://[^\s<>\"']+$", url.strip()) is not None


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip().removeprefix("Home » ")[:200]
    return ""


def ids(articles: Iterable[Article]) -> list[str]:
    return [a.id for a in articles]


# --- adding articles ------------------------------------------------------------------------------------

@dataclass
class Added:
    article: Article
    path: Path  # the article file written
    issues: list[Issue]  # warnings about the new article (e.g. undated)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_stem(name: str, fallback: str = "article") -> str:
    """A file-name stem that cannot leave the folder or clash with the manifest's CSV."""
    stem = _UNSAFE.sub("-", Path(name.replace("\\", "/")).stem).strip(".-_")[:80]
    return stem or fallback


def manifest_rows(folder: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The manifest's header and rows as written (an absent manifest has the standard header, no rows)."""
    path = folder / MANIFEST
    if not path.exists():
        return list(MANIFEST_COLUMNS), []
    reader = csv.DictReader(io.StringIO(read_text(path)))
    header = [c.strip() for c in (reader.fieldnames or []) if c is not None]
    rows = [{(k or "").strip(): v or "" for k, v in row.items() if k is not None} for row in reader]
    return header, rows


def append_manifest_row(folder: Path, row: dict[str, str]) -> None:
    """Rewrite manifest.csv atomically with `row` added; missing standard columns are added to the header."""
    header, rows = manifest_rows(folder)
    header += [c for c in MANIFEST_COLUMNS if c not in header]
    header += [c for c in row if c not in header]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows([*rows, row])
    write_text_atomic(folder / MANIFEST, buffer.getvalue())


def add_article(folder: str | Path, name: str, data: bytes, *, published: date | None = None, title: str = "",
                outlet: str = "", url: str = "", max_bytes: int = MAX_BYTES) -> Added:
    """Put one uploaded or named file into the articles folder as `<id>.txt` plus a manifest row.

    HTML and Markdown are reduced to their text first. Refused with `InputError` (nothing written) when
    the file is empty, binary, too big, not UTF-8, holds no article text, or repeats an article already
    there (same id or same text). A missing date is only a warning: the article is kept, undated.
    """
    root = Path(folder)
    suffix = Path(name).suffix.lower() or ".txt"
    if suffix not in TEXT_SUFFIXES:
        raise InputError(f"has the extension {suffix!r}, which is not an article format", where=name,
                         fix="upload a .txt, .md or .html file, or paste the text")
    if url.strip() and not is_web_url(url):
        raise InputError(f"has the address {url.strip()[:80]!r}, which is not a web address", where=name,
                         fix="give the article's URL starting with http:// or https://, or leave it empty")
    page = ingest_html.convert(name, decode_text(data, where=name, max_bytes=max_bytes), where=name)
    article_id = safe_stem(name)
    target = root / f"{article_id}.txt"
    existing = load_folder(root).articles if root.is_dir() and _article_files(root) else []
    same = next((a for a in existing if text_digest(a.text) == text_digest(page.text)), None)
    if same is not None:
        raise InputError(f"has the same text as the article {Path(same.path).name}; nothing was added",
                         where=name, fix="there is nothing to do: the article is already in the folder")
    clash = next((a for a in existing if a.id == article_id), None)
    if clash is not None or target.exists():
        raise InputError(f"would be stored as {target.name}, but an article with the id {article_id} exists",
                         where=name, fix="rename the file before adding it, or remove the old article")
    day = published or page.published
    row = {"file": target.name, "title": title.strip() or page.title, "outlet": outlet.strip() or page.outlet,
           "url": url.strip() or page.url, "published": day.isoformat() if day else ""}
    if suffix != ".txt":
        row["source_file"] = Path(name).name
    root.mkdir(parents=True, exist_ok=True)
    write_text_atomic(target, page.text)
    try:
        append_manifest_row(root, row)
    except BaseException:
        target.unlink(missing_ok=True)  # no article without its row: the folder stays as it was
        raise
    issues: list[Issue] = []
    article = make_article(target, page.text, row | {"published": "", "_line": "new"}, issues,
                           where=str(root / MANIFEST), published=published, page=page)
    return Added(article=article, path=target, issues=issues)


def add_text(folder: str | Path, text: str, *, published: date | None = None, title: str = "", outlet: str = "",
             url: str = "", max_bytes: int = MAX_BYTES) -> Added:
    """Add pasted text; its id is made from the title (or first line) and a short hash of the text."""
    first = title.strip() or _first_line(text)
    digest = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:8]
    name = f"{safe_stem(first.lower(), 'pasted')[:60]}-{digest}.txt"
    return add_article(folder, name, text.encode("utf-8"), published=published, title=title, outlet=outlet,
                       url=url, max_bytes=max_bytes)
