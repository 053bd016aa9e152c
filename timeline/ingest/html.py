"""HTML and Markdown articles -> plain article text plus the metadata the page carries.

HTML goes through trafilatura (a maintained main-text extractor: it drops scripts, menus, footers and
comments) and its date reader htmldate, limited to the page's own markup (meta tags, `<time>`, JSON-LD),
never a guess from running prose. Markdown keeps its words: front matter (`title:`, `date:`, `outlet:`,
`url:`) becomes metadata, and link/emphasis/heading marks are dropped so sentences read as prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath
from typing import Any

from timeline.errors import InputError

HTML_SUFFIXES = (".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")
# htmldate drops dates after `max_date`, which defaults to the clock; a fixed far bound keeps this pure.
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True, "max_date": "2099-12-31"}
_PRUNE = ["//noscript", "//template"]  # "please enable JavaScript" notices are not the article
MIN_WORDS = 4  # fewer words than this is a page shell, a cookie wall or an error page, not an article


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str = ""
    published: date | None = None
    outlet: str = ""
    url: str = ""
    date_source: str = ""  # "page metadata" or "front matter" when `published` came with the file


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value or "").strip()[:10])
    except ValueError:
        return None


def from_html(source: str, *, where: str) -> Extracted:
    """The article text and metadata of an HTML page; `InputError` when no article text is left."""
    import trafilatura  # imported here: loading it costs time that plain-text folders never need

    try:
        doc = trafilatura.bare_extraction(source, with_metadata=True, include_comments=False, include_tables=False,
                                          include_images=False, include_links=False, prune_xpath=_PRUNE,
                                          date_extraction_params=dict(_DATE_PARAMS))
    except Exception as exc:  # a parser failure on malformed markup means the same as "no text"
        raise InputError(f"cannot be parsed as HTML ({type(exc).__name__})", where=where,
                         fix="save the page again from the browser, or paste its text instead") from exc
    text = str(getattr(doc, "text", "") or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_WORDS:
        raise InputError("holds no article text once scripts, menus and markup are removed", where=where,
                         fix="save the article page itself (not a front page or an app shell), or paste its text")
    published = _day(getattr(doc, "date", None))
    return Extracted(text=_paragraphs(text) + "\n", title=str(getattr(doc, "title", "") or ""),
                     published=published, outlet=str(getattr(doc, "sitename", "") or ""),
                     url=str(getattr(doc, "url", "") or ""), date_source="page metadata" if published else "")


def _paragraphs(text: str) -> str:
    """One blank line between paragraphs, as in the plain-text articles."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*\n", re.S)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$", re.M)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M)
_EMPHASIS = re.compile(r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1|(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\3(?!\w)")
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def from_markdown(source: str, *, where: str) -> Extracted:
    """Markdown reduced to prose, with front-matter metadata when present."""
    meta: dict[str, str] = {}
    body = source
    match = _FRONT_MATTER.match(source)
    if match:
        meta = {m["key"].lower(): m["value"].strip("\"'") for m in _FIELD.finditer(match["body"])}
        body = source[match.end():]
    title = meta.get("title", "")
    heading = _HEADING.search(body)
    if not title and heading:
        title = heading.group(1).strip()
    text = _IMAGE.sub(r"\1", body)
    text = _LINK.sub(r"\1", text)
    text = _HEADING.sub(r"\1", text)
    text = _QUOTE.sub("", text)
    text = _HTML_TAG.sub("", text)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)  # no intraword underscores (CommonMark)
    text = text.strip()
    if not text:
        raise InputError("holds no text after its front matter", where=where, fix="paste the article's text into it")
    published = _day(meta.get("date") or meta.get("published"))
    return Extracted(text=text + "\n", title=title, published=published,
                     outlet=meta.get("outlet") or meta.get("source") or meta.get("publisher", ""),
                     url=meta.get("url") or meta.get("link", ""), date_source="front matter" if published else "")


def convert(name: str, source: str, *, where: str = "") -> Extracted:
    """Text and metadata of a file by its suffix: HTML and Markdown are reduced, anything else kept as is."""
    suffix = PurePath(name).suffix.lower()
    place = where or name
    if suffix in HTML_SUFFIXES:
        return from_html(source, where=place)
    if suffix in MARKDOWN_SUFFIXES:
        return from_markdown(source, where=place)
    return Extracted(text=source)
