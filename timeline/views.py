"""What the dashboard shows: mentions -> merged events, the table's columns, event details, safe text.

Pure (no Streamlit): the app reads widgets into a `Filters` (`timeline.filters`), calls `apply_filters` on
`events_of(mentions)`, and draws the result. The events frame (`events_of`) has one row per `event_id`: the
most confident mention's fields plus `mentions` (rows merged into it), `sources`, `outlets` and
`first_published`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any, Final

import pandas as pd

from timeline import schema

# The filters live in timeline.filters; app.py, app_dataset.py and timeline/figures.py name these views.*:
from timeline.filters import HAPPENED as HAPPENED
from timeline.filters import PARAM_KEYS as PARAM_KEYS
from timeline.filters import Filters as Filters
from timeline.filters import among as among
from timeline.filters import apply_filters as apply_filters
from timeline.filters import choices as choices
from timeline.filters import empty_hint as empty_hint
from timeline.filters import from_params as from_params
from timeline.filters import restrict as restrict
from timeline.filters import restrict_to as restrict_to
from timeline.filters import summary_choices as summary_choices
from timeline.filters import to_params as to_params

# --- mentions -> events -------------------------------------------------------------------------------

def events_of(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per `event_id`: the fields of its most confident mention dated by its own words (else the most
    confident one), plus `mentions`, `outlets`, `sources`; dates as in `_event_dates`.

    `sources` is the number of distinct articles among the event's mentions (at least the stored value).
    """
    if mentions.empty:
        out = mentions.copy()
        for col, dtype in (("mentions", "int64"), ("outlets", "string"), ("first_published", "datetime64[s]")):
            out[col] = pd.Series(dtype=dtype)
        return out.reset_index(drop=True)
    # a mention dated by its own words outranks one dated only by its article's publication date
    ordered = mentions.assign(_texted=(mentions["date_basis"] != "publication").fillna(False))
    ordered = ordered.sort_values(["event_id", "_texted", "confidence"], ascending=[True, False, False],
                                  kind="stable")
    grouped = ordered.groupby("event_id", sort=False, observed=True)
    first = ordered.drop_duplicates("event_id").set_index("event_id")
    first["mentions"] = grouped.size()
    articles = grouped["article_id"].nunique()
    first["sources"] = pd.concat([articles, first["sources"].fillna(1).astype("int64")], axis=1).max(axis=1)
    first["sources"] = first["sources"].astype("Int64")
    first["first_published"] = grouped["published"].min()
    first["date_start"], first["date_end"] = _event_dates(ordered, grouped)
    first = first.drop(columns="_texted")
    first["outlets"] = pd.Series(_joined(ordered, "outlet"), dtype="string").reindex(first.index).fillna("")
    if (ordered["merge_reason"] != "").any():  # why merged: every reason given by any of its mentions
        reasons = pd.Series(_joined(ordered, "merge_reason", "; "), dtype="string").reindex(first.index)
        first["merge_reason"] = reasons.fillna("")
    out = first.reset_index()
    return out.sort_values(["date_start", "event_id"], kind="stable").reset_index(drop=True)


def _event_dates(ordered: pd.DataFrame, grouped: Any) -> tuple[pd.Series, pd.Series]:
    """An event's date range: where its mentions dated by their own words agree (the intersection of their
    ranges), else the span of all of them. Publication-dated mentions count only when no other one exists."""
    union_start, union_end = grouped["date_start"].min(), grouped["date_end"].max()
    texted = ordered[ordered["_texted"]].groupby("event_id", sort=False, observed=True)
    start, end = texted["date_start"].max(), texted["date_end"].min()
    agree = (start <= end).reindex(union_start.index, fill_value=False)
    return (start.reindex(union_start.index).where(agree, union_start),
            end.reindex(union_end.index).where(agree, union_end))


def _joined(ordered: pd.DataFrame, column: str, sep: str = ", ") -> dict[str, str]:
    """event_id -> distinct non-empty values of `column`, comma-joined (rows grouped by event_id)."""
    pairs = ordered.loc[ordered[column] != "", ["event_id", column]].drop_duplicates()
    out: dict[str, list[str]] = {}
    for key, value in zip(pairs["event_id"].to_numpy(), pairs[column].to_numpy(), strict=True):
        out.setdefault(str(key), []).append(str(value))
    return {k: sep.join(v) for k, v in out.items()}


# --- labels, tables and details -----------------------------------------------------------------------

def resolved_text(events: pd.DataFrame) -> pd.Series:
    """'2025-10-15' for a day, '2025-10-01 – 2025-10-31 (month)' for a range."""
    start = events["date_start"].dt.strftime("%Y-%m-%d")
    end = events["date_end"].dt.strftime("%Y-%m-%d")
    precision = events["date_precision"].astype("string").fillna("")
    ranged = start + " – " + end + " (" + precision + ")"
    return start.where(start == end, ranged).astype("string")


def written_text(events: pd.DataFrame) -> pd.Series:
    """The time expression as written, or a note that only the publication date dates the event."""
    text = events["date_text"].astype("string").fillna("")
    published = events["published"].dt.strftime("%Y-%m-%d").astype("string").fillna("?")
    by_pub = events["date_basis"].astype("string") == "publication"
    return text.mask(by_pub | (text == ""), "(no date in text; published " + published + ")")


TABLE_COLUMNS: Final = ("date_start", "date_end", "date_precision", "date_text", "event_type", "subtype",
                        "modality", "actor", "actor_country", "target", "summary", "sources", "outlets",
                        "confidence", "event_id")


def table(events: pd.DataFrame) -> pd.DataFrame:
    """The filtered events as the accessible table, with the schema's labels as headers."""
    cols = [c for c in TABLE_COLUMNS if c in events.columns]
    out = events[cols].copy()
    out["date_start"] = out["date_start"].dt.date
    out["date_end"] = out["date_end"].dt.date
    return out.rename(columns={**schema.LABELS, "outlets": "Outlets"}).reset_index(drop=True)


def pick_label(events: pd.DataFrame) -> dict[str, str]:
    """event_id -> 'YYYY-MM-DD · actor · summary' for the event picker."""
    label = (events["date_start"].dt.strftime("%Y-%m-%d") + " · " + events["actor"].astype("string") + " · "
             + events["summary"].astype("string").str.slice(0, 80))
    return dict(zip(events["event_id"].astype(str), label.astype(str), strict=True))


@dataclass(frozen=True)
class Detail:
    """Everything the detail panel shows for one event."""

    event: dict[str, object]
    mentions: pd.DataFrame  # one row per mention: sentence, date_text, article metadata
    sources: pd.DataFrame  # one row per article: title, outlet, published, url


def detail(mentions: pd.DataFrame, event_id: str) -> Detail | None:
    """The event `event_id` with all its mentions and sources; None when it does not exist."""
    rows = mentions.loc[mentions["event_id"] == event_id]
    if rows.empty:
        return None
    rows = rows.sort_values(["confidence", "published"], ascending=[False, True], kind="stable")
    event = events_of(rows).iloc[0].to_dict()
    sources = (rows[["title", "outlet", "published", "url", "article_id"]].drop_duplicates("article_id")
               .sort_values("published", kind="stable").reset_index(drop=True))
    sources["published"] = sources["published"].dt.date
    sources["url"] = sources["url"].map(safe_url).astype("string")
    return Detail(event=event, mentions=rows.reset_index(drop=True), sources=sources)


def safe_url(url: object) -> str:
    """`url` when it is a web address (http or https), else "" (no javascript: or data: links)."""
    text = str(url if url is not None and not pd.isna(url) else "").strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


def safe_text(text: str) -> str:
    """`text` escaped so Markdown with HTML enabled shows it literally (no tags, links, maths or emphasis)."""
    escaped = html.escape(text, quote=True)
    return re.sub(r"[\\`*_{}\[\]()#+\-!|~$:]", lambda m: f"&#{ord(m.group(0))};", escaped)


def highlight(sentence: str, expression: str) -> str:
    """`sentence` as safe HTML with the first occurrence of `expression` wrapped in <mark>."""
    if expression:
        at = sentence.lower().find(expression.lower())
        if at >= 0:
            end = at + len(expression)
            return (safe_text(sentence[:at]) + "<mark>" + safe_text(sentence[at:end]) + "</mark>"
                    + safe_text(sentence[end:]))
    return safe_text(sentence)
