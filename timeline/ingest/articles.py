"""Ingest: an articles folder (texts plus an optional manifest.csv) -> `Article` values.

Articles are `.txt`, `.md` or `.html` files; HTML and Markdown are reduced to their text by
`ingest_html` (page metadata fills what the manifest leaves blank). Problems with single files never
stop the load: each becomes an `Issue` naming the file, the line or field, and the fix, and the rest
of the folder still loads. An `Issue` of level "error" means something given was left out (a file, a manifest
row); a "warning" that it was used with a caveat. A manifest that cannot be read at all stops the load
(`InputError`): every article would lose its date, title and link, and a store built from that would shrink.
Links in the folder are never followed out of it. `add_article` / `add_text` put a new article in the folder
under the folder's lock (`store.locked`, so parallel adds never lose a manifest row): the text file and its
manifest row are each written atomically, and a failed manifest write removes the new file.
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

from timeline.errors import InputError
from timeline.ingest import html as ingest_html
from timeline.schema import is_web_url as is_web_url  # the url column's rule
from timeline.settings import EARLIEST_DAY, LATEST_DAY, MAX_ARTICLE_BYTES, MAX_ARTICLE_CHARS, MAX_MANIFEST_BYTES
from timeline.store.tables import locked, write_text_atomic
from timeline.timex import temporal

MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ("file", "title", "outlet", "url", "published")
TEXT_SUFFIXES = (".txt", *ingest_html.MARKDOWN_SUFFIXES, *ingest_html.HTML_SUFFIXES)
MAX_BYTES = MAX_ARTICLE_BYTES  # a news article is far smaller; bigger files are almost always a mistake


@dataclass(frozen=True)
class Article:
    """One news article as read from a folder (`load_folder`) or added to one (`add_article`): its text and what
    the manifest, a dateline or the caller says about it. `published` is the date every relative date resolves
    against; None when nothing dated the article (extraction then skips it)."""

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
    """What `load_folder` read: the articles, in file-name order, and the problems found on the way."""

    articles: list[Article]
    issues: list[Issue]

    @property
    def undated(self) -> list[Article]:
        return [a for a in self.articles if a.published is None]


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


def parse_manifest(text: str, where: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The manifest's header and its rows as (line, row), values stripped. `InputError` when it cannot be read
    as one table: a quote left open (it would swallow every row after it) or a column named twice (one of the
    two values would win unseen)."""
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        header = [c.strip() for c in next(reader, [])]
        twice = sorted({c for c in header if c and header.count(c) > 1})
        if twice:
            raise InputError(f"names the column(s) {', '.join(twice)} twice in its header", where=where,
                             fix="keep one column of each name")
        rows: list[tuple[int, dict[str, str]]] = []
        start = reader.line_num + 1
        for values in reader:
            rows.append((start, {name: value.strip() for name, value in zip(header, values, strict=False) if name}))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(f"cannot be read as CSV from line {start} on ({exc}): a quote is probably left open",
                         where=where, fix="close the quote, or write a field that holds a quote or comma as "
                         "\"...\" with inner quotes doubled") from exc
    return header, rows


def read_manifest(folder: Path, issues: list[Issue]) -> dict[str, dict[str, str]]:
    """Rows of `manifest.csv` keyed by file name; a missing or empty manifest is allowed. `InputError` when it
    exists but cannot be read (too big, not UTF-8, a link out of the folder, not one CSV table, no 'file' column)."""
    path = folder / MANIFEST
    if not path.exists() and not path.is_symlink():
        return {}
    if _outside(path, folder):
        raise InputError("is a link to a file outside the articles folder", where=str(path),
                         fix="replace the link with the manifest itself")
    try:
        text = read_text(path, MAX_MANIFEST_BYTES, what="the manifest")
    except InputError as exc:
        if exc.what == "is empty":
            return {}
        raise InputError(exc.what + "; no article could get its date, title or link from it", where=exc.where,
                         fix=exc.fix) from exc
    columns, table = parse_manifest(text, str(path))
    if "file" not in columns:
        raise InputError("has no 'file' column, so no row can be matched to an article", where=str(path),
                         fix=f"make the first line a header with the columns {','.join(MANIFEST_COLUMNS)}")
    missing = [c for c in MANIFEST_COLUMNS if c not in columns]
    if missing:
        issues.append(Issue(str(path), f"has no column(s) {', '.join(missing)}; they are taken as blank",
                            f"add them to the header: {','.join(MANIFEST_COLUMNS)}"))
    rows: dict[str, dict[str, str]] = {}
    for line_no, clean in table:
        if not any(clean.values()):
            continue
        name = Path(clean.get("file", "")).name
        if not name:
            issues.append(Issue(f"{path}, line {line_no}", "has an empty 'file' field; the row is not used",
                                "name the article file", level="error"))
            continue
        if name in rows:
            # a warning: the article itself is read (with the first row), so nothing is refused (exit status 0)
            issues.append(Issue(f"{path}, line {line_no}", f"lists {name} a second time; the first row is kept",
                                "remove the duplicate row"))
            continue
        clean["_line"] = str(line_no)
        rows[name] = clean
    return rows


def _outside(path: Path, folder: Path) -> bool:
    """True when `path` is a link that leads out of `folder` (or nowhere): it is never read."""
    if not path.is_symlink():
        return False
    try:
        return not path.resolve(strict=True).is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a dangling or looping link
        return True


def _article_files(folder: Path, issues: list[Issue] | None = None) -> list[Path]:
    """The article files of `folder`, sorted; links out of it are left out (and reported in `issues`)."""
    found = []
    for p in sorted(folder.iterdir()):
        if p.suffix.lower() not in TEXT_SUFFIXES:
            continue
        if _outside(p, folder):
            if issues is not None:
                issues.append(Issue(str(p), "is a link to a file outside the articles folder; it is not read",
                                    "copy the article into the folder (`python -m timeline add FILE`)", level="error"))
            continue
        if p.is_file():
            found.append(p)
    return found


def load_folder(folder: str | Path) -> Loaded:
    """Load every article in `folder`; raise `InputError` only when the folder itself is unusable."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError("is not a folder", where=str(root),
                         fix="pass the folder that holds the article files (.txt, .md, .html) and manifest.csv")
    issues: list[Issue] = []
    manifest = read_manifest(root, issues)
    files = _article_files(root, issues)
    if not files:
        raise InputError("holds no article files (*.txt, *.md, *.html)", where=str(root),
                         fix="put one article per .txt, .md or .html file in the folder")
    articles: list[Article] = []
    seen_text: dict[str, str] = {}
    seen_id: dict[str, str] = {}
    for path in files:
        try:
            page = ingest_html.convert(path.name, read_text(path), where=str(path))
            check_length(page.text, where=str(path))
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
    listed = {p.name for p in files}
    for name, row in manifest.items():
        if name not in listed and not (root / name).exists():
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
    found: list[tuple[date | None, str]] = [(page.published, page.date_source)] if page is not None else []
    reading = None
    if published is None:
        reading = temporal.read_dateline(text)
        updated = reading.source is not None and reading.source.kind == "updated"
        found.append((reading.day, "dateline (last update)" if updated else "dateline"))
    for day, source in found:
        if published is not None or day is None:
            continue
        try:
            published, date_source = check_day(day, where=f"{path}, {source or 'page'} date"), source
        except InputError as exc:
            issues.append(Issue(exc.where, exc.what + "; it is not used", exc.fix))
    if published is None:
        date_source = ""
        why = f"has no publication date in the manifest, and {reading.problem}" if reading and reading.problem \
            else "has no publication date in the manifest or its text"
        issues.append(Issue(str(path), why + ", so its relative dates cannot be resolved and it is left out of the "
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
    if not path.exists() or path.stat().st_size == 0:
        return list(MANIFEST_COLUMNS), []
    header, rows = parse_manifest(read_text(path, MAX_MANIFEST_BYTES, what="the manifest"), str(path))
    return [c for c in header if c], [row for _, row in rows]


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
    check_length(page.text, where=name)
    day = published or page.published
    if day is not None:
        check_day(day, where=name)
    with locked(root):  # the check for copies and the manifest's read-modify-write, one add at a time
        return _add_page(root, name, suffix, page, day, published=published, title=title, outlet=outlet, url=url)


def _add_page(root: Path, name: str, suffix: str, page: ingest_html.Extracted, day: date | None, *,
              published: date | None, title: str, outlet: str, url: str) -> Added:
    article_id = safe_stem(name)
    target = root / f"{article_id}.txt"
    existing = load_folder(root).articles if _article_files(root) else []
    same = next((a for a in existing if text_digest(a.text) == text_digest(page.text)), None)
    if same is not None:
        raise InputError(f"has the same text as the article {Path(same.path).name}; nothing was added",
                         where=name, fix="there is nothing to do: the article is already in the folder")
    clash = next((a for a in existing if a.id == article_id), None)
    if clash is not None or target.exists():
        raise InputError(f"would be stored as {target.name}, but an article with the id {article_id} exists",
                         where=name, fix="rename the file before adding it, or remove the old article")
    row = {"file": target.name, "title": title.strip() or page.title, "outlet": outlet.strip() or page.outlet,
           "url": url.strip() or page.url, "published": day.isoformat() if day else ""}
    if suffix != ".txt":
        row["source_file"] = Path(name).name
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
