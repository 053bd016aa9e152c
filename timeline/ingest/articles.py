"""Ingest: an articles folder (texts plus an optional manifest.csv) -> `Article` values.

Articles are `.txt`, `.md` or `.html` files; HTML and Markdown are reduced to their text by
`ingest_html` (page metadata fills what the manifest leaves blank). Problems with single files never
stop the load: each becomes an `Issue` naming the file, the line or field, and the fix, and the rest
of the folder still loads. An `Issue` of level "error" means something given was left out (a file, a manifest
row); a "warning" that it was used with a caveat. A manifest that cannot be read at all stops the load
(`InputError`): every article would lose its date, title and link, and a store built from that would shrink.
Links in the folder are never followed out of it. Reading one file safely is `timeline.ingest.files`; the
manifest, `timeline.ingest.manifest`. `add_article` / `add_text` put a new article in the folder
under the folder's lock (`store.locked`, so parallel adds never lose a manifest row): the text file and its
manifest row are each written atomically, and a failed manifest write removes the new file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline.errors import InputError
from timeline.ingest import html as ingest_html
from timeline.ingest.files import (
    MAX_BYTES,
    Issue,
    check_day,
    check_length,
    decode_text,
    outside_folder,
    parse_day,
    read_text,
)
from timeline.ingest.manifest import MANIFEST, MANIFEST_COLUMNS, append_manifest_row, read_manifest
from timeline.schema import is_web_url as is_web_url  # the url column's rule
from timeline.store.tables import locked, write_text_atomic
from timeline.timex import temporal

TEXT_SUFFIXES = (".txt", *ingest_html.MARKDOWN_SUFFIXES, *ingest_html.HTML_SUFFIXES)


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


@dataclass
class Loaded:
    """What `load_folder` read: the articles, in file-name order, and the problems found on the way."""

    articles: list[Article]
    issues: list[Issue]

    @property
    def undated(self) -> list[Article]:
        return [a for a in self.articles if a.published is None]


def _article_files(folder: Path, issues: list[Issue] | None = None) -> list[Path]:
    """The article files of `folder`, sorted; links out of it are left out (and reported in `issues`)."""
    found = []
    for p in sorted(folder.iterdir()):
        if p.suffix.lower() not in TEXT_SUFFIXES:
            continue
        if outside_folder(p, folder):
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
