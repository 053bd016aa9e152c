"""The chronology brief: the events shown as dated lines an analyst can paste into a document or an e-mail. Pure.

What an analyst writes from a timeline is a chronology: under each day (or week, month, season: said as such), one
paragraph per event with its headline (the `summary`), actor → target, its status when not asserted, its number of
sources and whether only its article's publication dates it; below it, the shortest sentence that proves it and
every source, linked. `to_markdown` writes it as plain Markdown; `to_html` as the same text in HTML (the offline
page shows it); `entries` gives each event's part alone, so the offline page can put together the brief of the
events its filters keep (`timeline.export.page`), and `describe` says the filters in words for its header.

Both forms are made from one small tree (`Block`, `Inline`), so they say the same. Text from articles is never
markup: in Markdown every character that could start markup, a link or an HTML tag is backslash-escaped, in HTML
everything is entity-escaped; the only links are source addresses that pass `views.safe_url`, and no line starts
with a character a spreadsheet would read as a formula.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Final
from urllib.parse import quote

import pandas as pd

from timeline import schema
from timeline.present import views
from timeline.store.query import Filters

STATUS_SHOWN: Final = "asserted"  # the one status a line does not name
_SEASONS: Final = {12: "Winter", 1: "Winter", 2: "Winter", 3: "Spring", 4: "Spring", 5: "Spring", 6: "Summer",
                   7: "Summer", 8: "Summer", 9: "Autumn", 10: "Autumn", 11: "Autumn"}
# what could start Markdown (emphasis, code, links, images, HTML, headings, tables, strike-through, maths) inside a
# line; `&` only where it would start an entity, `:` of a scheme and `.` of "www." (GFM links those), `@` (e-mails)
_MD_SPECIAL: Final = re.compile(r"[\\`*_\[\]<>#|~$@]|&(?=#?\w+;)|(?<=[A-Za-z]):(?=//)|(?<=\bwww)\.",
                                re.IGNORECASE | re.ASCII)
_SPACE: Final = re.compile(r"\s+")  # Python's whitespace (str.isspace); page.js spells the same class out
_URL_SAFE: Final = ":/?#@!$&'*+,;=%~-._"  # characters kept in a link's address; the rest (spaces, brackets) quoted


# --- a tiny document tree, written out as Markdown or HTML ----------------------------------------------------

@dataclass(frozen=True)
class Inline:
    """A run of text: plain, strong, or a link to `url` (already checked by `views.safe_url`)."""

    text: str
    kind: str = "text"  # text | strong | link
    url: str = ""


@dataclass(frozen=True)
class Block:
    """A heading (level 1 or 2), a paragraph (level 0) or a quotation (level -1, one paragraph per line)."""

    level: int
    lines: tuple[tuple[Inline, ...], ...]


def one_line(text: str) -> str:
    """`text` with every run of whitespace (line breaks included) as one space."""
    return _SPACE.sub(" ", str(text))


def md_escape(text: str) -> str:
    """`text` on one line (`one_line`), every character that could start markup escaped."""
    return _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), one_line(text))


def _md_inline(run: Inline) -> str:
    text = md_escape(run.text)
    if run.kind == "strong":
        return f"**{text}**"
    if run.kind == "link":
        return f"[{text}]({quote(run.url, safe=_URL_SAFE)})"
    return text


def _html_inline(run: Inline) -> str:
    text = html.escape(one_line(run.text))
    if run.kind == "strong":
        return f"<strong>{text}</strong>"
    if run.kind == "link":
        return f'<a href="{html.escape(run.url, quote=True)}" rel="noopener noreferrer">{text}</a>'
    return text


def _markdown(block: Block) -> str:
    lines = ["".join(_md_inline(r) for r in line) for line in block.lines]
    if block.level > 0:
        return "#" * block.level + " " + lines[0]
    if block.level < 0:  # a quotation: one paragraph per line, an empty quoted line between them
        return "\n>\n".join("> " + line for line in lines)
    return "\n".join(lines)


def _html(block: Block) -> str:
    lines = ["".join(_html_inline(r) for r in line) for line in block.lines]
    if block.level > 0:
        return f"<h{block.level + 1}>{lines[0]}</h{block.level + 1}>"  # the page has its own <h1>
    if block.level < 0:
        return "<blockquote>" + "".join(f"<p>{line}</p>" for line in lines) + "</blockquote>"
    return f"<p>{lines[0]}</p>"


def markdown_of(blocks: list[Block]) -> str:
    """The blocks as Markdown, a blank line between them."""
    return "\n\n".join(_markdown(b) for b in blocks) + "\n"


def html_of(blocks: list[Block]) -> str:
    return "\n".join(_html(b) for b in blocks)


# --- dates said as a reader would ---------------------------------------------------------------------------

def day_text(day: date | pd.Timestamp) -> str:
    """'5 Nov 2025'."""
    return f"{day.day} {day:%b %Y}"


def period_text(start: pd.Timestamp, end: pd.Timestamp, precision: str) -> str:
    """The heading an event goes under: its day ('Wed 5 Nov 2025'), or its period said as such ('Week of 10 Nov
    2025', 'November 2025', 'Autumn 2025', 'Q4 2025', '2025', '2020s'), else its span ('3 Nov – 12 Nov 2025')."""
    if pd.isna(start) or pd.isna(end):
        return "Undated"
    days = (end - start).days
    if days == 0:
        return f"{start:%a} {day_text(start)}"
    if precision == "week" and days == 6:
        return f"Week of {day_text(start)}"
    if days == 1 and start.day_of_week == 5:
        return f"Weekend of {day_text(start)}"
    if start.day == 1 and end == start + pd.offsets.MonthEnd(0):
        return f"{start:%B %Y}"
    if precision == "season" and 80 <= days <= 100:
        middle = start + (end - start) / 2
        years = str(start.year) if start.year == end.year else f"{start.year}–{end.year % 100:02d}"
        return f"{_SEASONS[middle.month]} {years}"
    if start.day == 1 and start.month % 3 == 1 and end == start + pd.offsets.QuarterEnd(0):
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        if start.year == end.year:
            return str(start.year)
        if start.year % 10 == 0 and end.year == start.year + 9:
            return f"{start.year}s"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{day_text(end)}"
    return f"{day_text(start) if start.year != end.year else f'{start.day} {start:%b}'} – {day_text(end)}"


# --- the brief ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    """One event's part of the brief: the heading it goes under and its blocks (line, quotation)."""

    event_id: str
    period: str
    blocks: tuple[Block, ...]


def entries(mentions: pd.DataFrame) -> list[Entry]:
    """One entry per event of `mentions` (every mention of each), in date order: by first, then last possible day,
    then as `views.events_of` lists them."""
    events = views.curated_events(mentions)
    if events.empty:
        return []
    events = events.sort_values(["date_start", "date_end"], kind="stable", na_position="last")
    sources = views.mention_sources(mentions)
    return [Entry(str(e.event_id), period_text(e.date_start, e.date_end, str(e.date_precision)),
                  _event_blocks(e, sources.get(str(e.event_id), [])))
            for e in events.itertuples(index=False)]


def _event_blocks(event: Any, mentions: list[dict[str, str]]) -> tuple[Block, ...]:
    """The event's line (headline, actor → target, status, sources, dating) and the quotation of its shortest
    sentence with every source."""
    target = "" if pd.isna(event.target) else str(event.target).strip()
    facts = [str(event.actor) + (f" → {target}" if target else "")]
    if str(event.modality) != STATUS_SHOWN:
        facts.append(str(event.modality))
    n = int(event.sources)
    facts.append(f"{n} source{'s' if n != 1 else ''}")
    if str(event.date_basis) == "publication":
        facts.append("dated only by its article's publication")
    if bool(event.curated):
        facts.append("curated")
    line = (Inline(views.headline(event), "strong"), Inline(" — " + " · ".join(facts)))
    blocks = [Block(0, (line,))]
    if mentions:
        shortest = one_line(min(mentions, key=lambda m: len(one_line(m["sentence"]).strip()))["sentence"]).strip()
        cited: list[Inline] = [Inline("— ")]
        seen: set[str] = set()
        for m in mentions:
            if m["article_id"] in seen:
                continue
            seen.add(m["article_id"])
            if cited[1:]:
                cited.append(Inline("; "))
            name = m["outlet"] or m["title"] or m["article_id"]
            cited.append(Inline(name, "link", m["url"]) if m["url"] else Inline(name))
            if m["published"]:
                cited.append(Inline(", " + day_text(date.fromisoformat(m["published"]))))
        blocks.append(Block(-1, ((Inline(f"“{shortest}”"),), tuple(cited))))
    return tuple(blocks)


def describe(filters: Filters | None) -> str:
    """The filters in words, for the brief's header: 'actor A or B; status asserted or claimed; from 1 Oct 2025'."""
    if filters is None:
        return "none (every event, every status)"
    parts = []
    for name, values in (("actor", filters.actors), ("country/side", filters.countries), ("type", filters.types),
                         ("outlet", filters.outlets), ("article", filters.articles)):
        if values:
            parts.append(f"{name} {' or '.join(values)}")
    if set(filters.modalities) != set(schema.MODALITIES):
        parts.append("status " + (" or ".join(filters.modalities) if filters.modalities else "none"))
    if filters.date_from:
        parts.append(f"from {day_text(filters.date_from)}")
    if filters.date_to:
        parts.append(f"to {day_text(filters.date_to)}")
    if filters.text.strip():
        parts.append(f"text “{' '.join(filters.text.split())}”")
    if filters.min_sources > 1:
        parts.append(f"at least {filters.min_sources} sources")
    return "; ".join(parts) if parts else "none (every event, every status)"


def header(title: str, counts: tuple[int, int, int], span: str, filters: str, built: str = "") -> list[Block]:
    """The title, what the brief holds (`counts`: events, mentions, articles; `span`: first to last day), the
    filters in words and when the data was built."""
    events, mentions, articles = counts

    def n(k: int, word: str) -> str:
        return f"{k:,} {word}{'' if k == 1 else 's'}"

    what = f"Chronology of {n(events, 'event')} ({n(mentions, 'mention')}) from {n(articles, 'article')}"
    blocks = [Block(1, ((Inline(title),),)), Block(0, ((Inline(what + (f", {span}." if span else ".")),),)),
              Block(0, ((Inline(f"Filters: {filters}."),),))]
    if built:
        blocks.append(Block(0, ((Inline(f"Data built {built}."),),)))
    return blocks


def header_of(mentions: pd.DataFrame, *, title: str, filters: Filters | None, built: str) -> list[Block]:
    """The `header` of the brief of `mentions` (the mentions of the events shown)."""
    events = views.events_of(mentions)
    counts = (len(events), len(mentions), int(mentions["article_id"].nunique()) if len(mentions) else 0)
    return header(title, counts, span_of(events), describe(filters), built)


def span_of(events: pd.DataFrame) -> str:
    """'12 Aug 2025 – 2 Dec 2025': the first possible day of the earliest event to the last of the latest (one day
    said once)."""
    if events.empty or events["date_start"].isna().all():
        return ""
    first, last = day_text(events["date_start"].min()), day_text(events["date_end"].max())
    return first if first == last else f"{first} – {last}"


def blocks_of(mentions: pd.DataFrame, *, title: str = "Crisis timeline", filters: Filters | None = None,
              built: str = "") -> list[Block]:
    """The whole brief of `mentions` (every mention of each event), of the events `filters` keep when given:
    header, then each period's heading once before its events."""
    if filters is not None:
        mentions = views.shown_mentions(mentions, filters)
    out = header_of(mentions, title=title, filters=filters, built=built)
    period = None
    for entry in entries(mentions):
        if entry.period != period:
            out.append(Block(2, ((Inline(entry.period),),)))
            period = entry.period
        out.extend(entry.blocks)
    return out


def to_markdown(mentions: pd.DataFrame, *, title: str = "Crisis timeline", filters: Filters | None = None,
                built: str = "") -> str:
    """The brief as plain Markdown (see the module's docstring)."""
    return markdown_of(blocks_of(mentions, title=title, filters=filters, built=built))


def to_html(mentions: pd.DataFrame, *, title: str = "Crisis timeline", filters: Filters | None = None,
            built: str = "") -> str:
    """The same brief as an HTML fragment (headings from <h2>, paragraphs, quotations, links)."""
    return html_of(blocks_of(mentions, title=title, filters=filters, built=built))

