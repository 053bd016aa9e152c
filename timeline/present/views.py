"""What the dashboard shows: mentions -> merged events, the table's columns, event details, safe text.

Pure (no Streamlit): the app reads widgets into a `timeline.store.query.Filters`, calls its `apply_filters` on
`events_of(mentions)`, and draws the result. The events frame (`events_of`) has one row per `event_id`: the
most confident mention's fields plus `mentions` (rows merged into it), `sources`, `outlets` and
`first_published`. A store's view reads only `VIEW_COLUMNS` of its mentions; the detail of an event and the
downloads read every column of the events they show.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from timeline import schema
from timeline.store.query import Filters, among, apply_filters

Ints = npt.NDArray[np.intp]
Dates = npt.NDArray[np.datetime64]

# --- mentions -> events -------------------------------------------------------------------------------

# The mention columns the view reads: `events_of`, `apply_filters` (its text search aside: a store matches the
# text itself, `timeline.store.dataset.query`), the figure with its hover texts, the table and the event picker. The
# rest (sentence, title, url, mention_id, offsets, timex, merge_reason: 2/3 of a store's bytes) are read only for
# the open event's detail and the downloads. A test checks that the view made from these alone is the same.
VIEW_COLUMNS: Final = ("event_id", "event_type", "subtype", "modality", "actor", "actor_country", "target",
                       "date_start", "date_end", "date_precision", "date_text", "date_basis", "summary",
                       "article_id", "outlet", "published", "confidence", "sources", "curated")


def events_of(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per `event_id`: the fields of its most confident mention dated by its own words (else the most
    confident one), plus `mentions`, `outlets`, `sources`; dates as in `_event_dates`. Rows by date_start
    (missing last), then event_id.

    `sources` is the number of distinct articles among the event's mentions (at least the stored value).
    Only the columns of `VIEW_COLUMNS` are needed; `merge_reason`, when present, is joined over the mentions.
    """
    if mentions.empty:
        out = mentions.copy()
        for col, dtype in (("mentions", "int64"), ("outlets", "string"), ("first_published", "datetime64[s]")):
            out[col] = pd.Series(dtype=dtype)
        return out.reset_index(drop=True)
    # Computed on integer codes (events numbered in event_id order; a missing id is one event) and the
    # positions of the mentions sorted by event: the columns are taken once, for the rows shown.
    codes, _ = pd.factorize(mentions["event_id"], sort=True, use_na_sentinel=False)
    # a mention dated by its own words outranks one dated only by its article's publication date
    texted = (mentions["date_basis"] != "publication").fillna(False).to_numpy(dtype=bool)
    keys = pd.DataFrame({"event": codes, "texted": texted, "confidence": mentions["confidence"].array})
    order = keys.sort_values(["event", "texted", "confidence"], ascending=[True, False, False],
                             kind="stable").index.to_numpy()
    event = codes[order]  # event of each sorted mention
    starts = np.flatnonzero(np.r_[True, event[1:] != event[:-1]])  # first sorted mention of each event
    first = order[starts]  # the event's representative mention (ranked first)
    date_start, date_end = _event_dates(mentions, order, starts, texted[order])
    shown = np.lexsort((np.arange(len(starts)), date_start.view("int64"), np.isnat(date_start)))
    out = mentions.take(first[shown]).reset_index(drop=True)
    out.insert(0, "event_id", out.pop("event_id"))
    out["mentions"] = np.diff(np.r_[starts, len(order)])[shown]
    articles = _articles(mentions, codes, len(starts))[shown]
    out["sources"] = pd.Series(np.maximum(articles, out["sources"].fillna(1).astype("int64")), dtype="Int64")
    out["first_published"] = _reduced(mentions["published"].to_numpy()[order], starts, np.minimum)[shown]
    out["date_start"], out["date_end"] = date_start[shown], date_end[shown]
    out["outlets"] = _joined(mentions, "outlet", ", ", order, event, len(starts))[shown]
    # why merged: every reason given by any of its mentions (a store's view reads no reasons: VIEW_COLUMNS)
    if "merge_reason" in mentions and (mentions["merge_reason"] != "").any():
        out["merge_reason"] = _joined(mentions, "merge_reason", "; ", order, event, len(starts))[shown]
    return out


def _articles(mentions: pd.DataFrame, codes: Ints, events: int) -> Ints:
    """Per event (numbered by `codes`): its number of distinct articles (missing article ids not counted)."""
    articles, names = pd.factorize(mentions["article_id"])
    counted = np.flatnonzero(articles >= 0)
    counted = counted[~pd.Series(codes[counted] * len(names) + articles[counted]).duplicated().to_numpy()]
    return np.bincount(codes[counted], minlength=events)


def _event_dates(mentions: pd.DataFrame, order: Ints, starts: Ints,
                 texted: npt.NDArray[np.bool_]) -> tuple[Dates, Dates]:
    """An event's date range: where its mentions dated by their own words agree (the intersection of their
    ranges), else the span of all of them. Publication-dated mentions count only when no other one exists.
    Per event in event_id order; `order` sorts the mentions by event, `starts` the first of each, `texted`
    (sorted) marks those dated by their words."""
    start, end = mentions["date_start"].to_numpy()[order], mentions["date_end"].to_numpy()[order]
    union_start, union_end = _reduced(start, starts, np.minimum), _reduced(end, starts, np.maximum)
    nat = np.datetime64("NaT")
    texted_start = _reduced(np.where(texted, start, nat), starts, np.maximum)
    texted_end = _reduced(np.where(texted, end, nat), starts, np.minimum)
    agree = texted_start <= texted_end  # False when either is NaT
    return np.where(agree, texted_start, union_start), np.where(agree, texted_end, union_end)


def _reduced(values: Dates, starts: Ints, ufunc: np.ufunc) -> Dates:
    """`ufunc` (np.minimum or np.maximum) of the datetimes `values` over each run beginning at `starts`,
    NaT skipped (NaT when the run holds no date)."""
    nat = np.iinfo(np.int64).min  # NaT as int64: already skipped by a maximum
    skip = np.iinfo(np.int64).max if ufunc is np.minimum else nat
    reduced = ufunc.reduceat(np.where(np.isnat(values), skip, values.view("int64")), starts)
    return np.asarray(np.where(reduced == skip, nat, reduced).view(values.dtype))


def _joined(mentions: pd.DataFrame, column: str, sep: str, order: Ints, event: Ints,
            events: int) -> pd.api.extensions.ExtensionArray:
    """Per event (in event_id order): the distinct non-empty values of `column` among its mentions in `order`
    (`event` their events), in order of first appearance, joined by `sep` ("" for none); a string array."""
    values, uniques = pd.factorize(mentions[column], use_na_sentinel=False)
    values = values[order]
    pos = np.flatnonzero((mentions[column] != "").fillna(False).to_numpy(dtype=bool)[order])
    pos = pos[~pd.Series(event[pos] * len(uniques) + values[pos]).duplicated().to_numpy()]
    text = pa.array([str(value) for value in uniques], pa.string()).take(values[pos])
    offsets = pa.array(np.searchsorted(event[pos], np.arange(events + 1)), pa.int32())
    return pd.array(pc.binary_join(pa.ListArray.from_arrays(offsets, text), sep), dtype="string")


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


# The headline right after the dates, as a news timeline reads: what happened when, then who, to whom, of what kind.
TABLE_COLUMNS: Final = ("date_start", "date_end", "summary", "actor", "target", "event_type", "subtype", "modality",
                        "actor_country", "date_precision", "date_text", "sources", "outlets", "confidence",
                        "event_id")


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


def headline_origin(merge_reason: str) -> str:
    """Why an event shows its headline, from its `merge_reason` (`timeline.merge` names the mention whose
    headline it chose and why): "from mention m-… (article), the best of 3: …"."""
    _, chosen, rest = merge_reason.partition("headline from ")
    if chosen:
        return "from " + rest.split("; ")[0]
    return "the same in every mention" if merge_reason else "its only mention's"


def shown_mentions(mentions: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Every mention of the events of `mentions` that `filters` keep (what a download of the view holds)."""
    shown = apply_filters(events_of(mentions), filters, mentions)
    return mentions.loc[among(mentions["event_id"], shown["event_id"])]


def curated_events(mentions: pd.DataFrame) -> pd.DataFrame:
    """`events_of(mentions)` with `curated` true when any of an event's mentions is (the exports mark them)."""
    events = events_of(mentions)
    if mentions.empty:
        events["curated"] = pd.Series(dtype="boolean")
        return events
    curated = mentions.groupby("event_id", observed=True)["curated"].any()
    events["curated"] = events["event_id"].map(curated).astype("boolean").fillna(False)
    return events


def mention_sources(mentions: pd.DataFrame) -> dict[str, list[dict[str, str]]]:
    """event_id -> its mentions, by publication and place in the article, as plain strings: sentence, title,
    outlet, url (only a web address, see `safe_url`), article_id, published (YYYY-MM-DD or "")."""
    out: dict[str, list[dict[str, str]]] = {}
    ordered = mentions.sort_values(["event_id", "published", "char_start"], kind="stable")
    for row in ordered.itertuples(index=False):
        published = getattr(row, "published", None)
        out.setdefault(str(row.event_id), []).append({
            "sentence": str(row.sentence), "title": str(row.title), "outlet": str(row.outlet),
            "url": safe_url(row.url), "article_id": str(row.article_id),
            "published": published.strftime("%Y-%m-%d") if isinstance(published, pd.Timestamp) else "",
        })
    return out


def headline(event: Any) -> str:
    """What an event is called first (an `events_of` row): its summary, else "actor: type"."""
    summary = "" if pd.isna(event.summary) else str(event.summary).strip()
    return summary or f"{event.actor}: {event.event_type}"


def safe_url(url: object) -> str:
    """`url` when it is a web address (`schema.is_web_url`: http or https, nothing that could leave an attribute),
    else "" (no javascript: or data: links)."""
    text = str(url if url is not None and not pd.isna(url) else "").strip()
    return text if schema.is_web_url(text) else ""


# Text from articles and tables goes to two kinds of place, each escaped once, for that place:
# - Markdown without HTML (Streamlit's alerts, captions): `safe_text`. Every character Markdown or HTML would read
#   as syntax becomes a character reference in one pass (so `'` shows as ', never as &#x27;), and the places where
#   GitHub-flavoured Markdown would make a link of plain words ("www.", "http://", "name@host") get an invisible
#   WORD JOINER: the link step runs on the decoded text, so character references alone do not stop it.
# - HTML (`st.markdown(..., unsafe_allow_html=True)`): `safe_html`, inside `html_block`, a block Markdown leaves
#   alone: no emphasis, maths, emoji or link is made from the text, and nothing needs a second escape.
_MARKDOWN_CHARS: Final = "\\`*_{}[]()#+-!|~$:.<>&\"'"
_TO_ENTITY: Final = {ord(c): f"&#{ord(c)};" for c in _MARKDOWN_CHARS}
_JOINER: Final = "\u2060"  # WORD JOINER: zero width, breaks no line, ends an autolink literal's match
_AUTOLINK: Final = re.compile(r"(?i)(?<=\bwww)(?=\.)|(?<=:)(?=//)|(?<=@)(?=\w)")


def safe_text(text: str) -> str:
    """`text` for a place that reads Markdown (alerts, captions, `st.markdown` without HTML): shown exactly as
    written, with no tag, emphasis, maths or link made from it."""
    return _AUTOLINK.sub(_JOINER, text).translate(_TO_ENTITY)


def safe_html(text: str) -> str:
    """`text` as HTML text (inside `html_block`): escaped once, line breaks kept as <br>."""
    return html.escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def html_block(markup: str, tag: str = "div") -> str:
    """`markup` (already safe HTML) wrapped so that `st.markdown(..., unsafe_allow_html=True)` takes it as one HTML
    block and never reads it as Markdown: it starts with a block tag and holds no blank line."""
    return f"<{tag}>" + markup.replace("\r", " ").replace("\n", " ") + f"</{tag}>"


def highlight(sentence: str, expression: str) -> str:
    """`sentence` as safe HTML with the first occurrence of `expression` wrapped in <mark>."""
    if expression:
        at = sentence.lower().find(expression.lower())
        if at >= 0:
            end = at + len(expression)
            return (safe_html(sentence[:at]) + "<mark>" + safe_html(sentence[at:end]) + "</mark>"
                    + safe_html(sentence[end:]))
    return safe_html(sentence)
