"""Export the (curated) events table: CSV, JSON, TimelineJS JSON, the Markdown chronology brief, and one
self-contained HTML page.

Entry points: `to_csv_bytes`, `to_json_bytes`, `to_timelinejs`, `export_bytes` (by name, one of `FORMATS`), with
`to_html` (the page, `timeline.export.page`) in the library's public interface, `timeline.__all__`. Every function
takes the mentions frame of the contract (one row per mention, `curated` included) and returns plain values;
writing them to disk is the caller's job (`store.write_text_atomic`).

Safety: CSV cells that a spreadsheet would run as a formula are neutralised; in HTML and TimelineJS
every piece of article text is escaped, links are kept only when they are http(s), and the HTML
carries a Content-Security-Policy that forbids any network request; the brief escapes Markdown
(`timeline.export.brief`).
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import re
from typing import Any, Final

import pandas as pd

from timeline.export import brief
from timeline.export.page import source_html
from timeline.export.page import to_html as to_html
from timeline.present import views
from timeline.store.query import Filters
from timeline.store.tables import to_records

FORMATS: Final = ("csv", "json", "timelinejs", "markdown")
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


# --- CSV and JSON ---------------------------------------------------------------------------------------

def neutralise(value: str) -> str:
    """A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets a leading quote."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for col in out.columns:
        if str(out[col].dtype).startswith("datetime64"):
            out[col] = out[col].dt.strftime("%Y-%m-%d").astype("string").fillna("")
    return out


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """The table as UTF-8 CSV, dates as YYYY-MM-DD, formula-like text cells neutralised."""
    out = _plain(frame)
    for col in out.columns:
        dtype = str(out[col].dtype)
        if dtype in ("string", "object", "category", "str"):
            out[col] = out[col].astype("string").fillna("").map(neutralise)
    buffer = io.StringIO()
    out.to_csv(buffer, index=False, lineterminator="\r\n")  # RFC 4180; also makes pandas quote a lone CR
    return buffer.getvalue().encode("utf-8")


def to_json_bytes(frame: pd.DataFrame) -> bytes:
    """The table as a JSON array of row objects (dates as ISO days, missing values as null)."""
    return json.dumps(to_records(frame), ensure_ascii=False, indent=1).encode("utf-8")


# --- TimelineJS -----------------------------------------------------------------------------------------

def _day_parts(day: pd.Timestamp, precision: str) -> dict[str, int]:
    parts = {"year": int(day.year)}
    if precision not in ("year", "decade"):
        parts["month"] = int(day.month)
    if precision in ("day", "week"):
        parts["day"] = int(day.day)
    return parts


# --- TimelineJS -----------------------------------------------------------------------------------------

_SLIDE_ID: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")


def slide_id(event_id: str) -> str:
    """A TimelineJS `unique_id` (an HTML id and the page's URL fragment): the event id when it is plain letters,
    digits, `-` and `_` (every id this tool makes), else a hash of it, so a crafted table cannot inject markup."""
    if _SLIDE_ID.fullmatch(event_id):
        return event_id
    return "e-x" + hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:12]


def to_timelinejs(frame: pd.DataFrame, title: str = "Crisis timeline") -> dict[str, Any]:
    """TimelineJS3 JSON: one slide per event, grouped by actor, the first source link as media."""
    events = views.curated_events(frame)
    sources = views.mention_sources(frame)
    slides: list[dict[str, Any]] = []
    for event in events.itertuples(index=False):
        precision = str(event.date_precision or "day")
        mentions = sources.get(str(event.event_id), [])
        body = "".join(f"<p>{html.escape(m['sentence'])}</p>" for m in mentions[:3])
        links = ", ".join(source_html(m) for m in mentions)
        mark = " <em>(curated)</em>" if bool(event.curated) else ""
        slide: dict[str, Any] = {
            "unique_id": slide_id(str(event.event_id)),
            "start_date": _day_parts(event.date_start, precision),
            "text": {"headline": html.escape(views.headline(event)) + mark,
                     "text": body + (f"<p>Sources: {links}</p>" if links else "")},
            "group": html.escape(str(event.actor)),
        }
        if event.date_end != event.date_start:
            slide["end_date"] = _day_parts(event.date_end, precision)
        if event.date_text:
            slide["display_date"] = html.escape(str(event.date_text))
        linked = next((m for m in mentions if m["url"]), None)
        if linked:
            slide["media"] = {"url": linked["url"], "credit": html.escape(linked["outlet"] or linked["title"])}
        slides.append(slide)
    return {"title": {"text": {"headline": html.escape(title),
                               "text": f"{len(slides)} event(s) from {frame['article_id'].nunique()} article(s)"}},
            "events": slides}


def export_bytes(frame: pd.DataFrame, fmt: str, title: str = "Crisis timeline", *,
                 filters: Filters | None = None, built: str = "") -> bytes:
    """The bytes of one export format from `FORMATS` (the CLI and the app's download buttons share it); `filters`
    and `built` are named in the brief's header (`frame` already holds only the events they keep)."""
    if fmt == "markdown":
        return brief.to_markdown(frame, title=title, filters=filters, built=built).encode("utf-8")
    if fmt == "csv":
        return to_csv_bytes(frame)
    if fmt == "json":
        return to_json_bytes(frame)
    if fmt == "timelinejs":
        return json.dumps(to_timelinejs(frame, title), ensure_ascii=False, indent=1).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")

