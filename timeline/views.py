"""What the dashboard shows: mentions -> merged events, filters, the URL's filter state, event details.

Pure (no Streamlit): the app reads widgets into a `Filters`, calls `apply_filters`, and draws the result.
The events frame (`events_of`) has one row per `event_id`: the most confident mention's fields plus
`mentions` (rows merged into it), `sources`, `outlets` and `first_published`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Final

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from timeline import schema

HAPPENED: Final = ("asserted", "claimed")  # shown by default; the rest are drawn differently on request
UNKNOWN_COUNTRY: Final = "(unknown)"
_LIST_PARAMS: Final = {"actors": "actor", "countries": "country", "types": "type", "outlets": "outlet",
                       "articles": "article", "modalities": "status"}
PARAM_KEYS: Final = (*_LIST_PARAMS.values(), "from", "to", "q", "min_sources", "event")  # what the view owns


@dataclass(frozen=True)
class Filters:
    """Everything that narrows the view; the defaults show every event that happened."""

    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    modalities: tuple[str, ...] = HAPPENED
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    min_sources: int = 1
    event: str = ""  # the event whose detail is open (not a filter, but part of the view a link reopens)

    def active(self) -> list[str]:
        """Human names of the filters that narrow the view (for the empty-result hint)."""
        default = Filters()
        names = {"actors": "actor", "countries": "country/side", "types": "event type", "outlets": "outlet",
                 "articles": "article", "modalities": "status", "date_from": "start date", "date_to": "end date",
                 "text": "search text", "min_sources": "minimum sources"}
        return [label for key, label in names.items() if getattr(self, key) != getattr(default, key)]


# --- query string <-> filters -------------------------------------------------------------------------

def to_params(filters: Filters) -> dict[str, str | list[str]]:
    """The query-string form of `filters`: only what differs from the defaults, lists as repeated keys."""
    default = Filters()
    out: dict[str, str | list[str]] = {}
    for attr, key in _LIST_PARAMS.items():
        value = getattr(filters, attr)
        if value != getattr(default, attr):
            out[key] = list(value) if value else ["none"] if attr == "modalities" else []
    if filters.date_from:
        out["from"] = filters.date_from.isoformat()
    if filters.date_to:
        out["to"] = filters.date_to.isoformat()
    if filters.text.strip():
        out["q"] = filters.text.strip()
    if filters.min_sources > 1:
        out["min_sources"] = str(filters.min_sources)
    if filters.event:
        out["event"] = filters.event
    return {k: v for k, v in out.items() if v != []}


def from_params(params: Mapping[str, str | Sequence[str]]) -> Filters:
    """`Filters` from a query string; unknown keys and unreadable values are ignored (a link never crashes)."""

    def many(key: str) -> tuple[str, ...]:
        raw = params.get(key, ())
        values = [raw] if isinstance(raw, str) else list(raw)
        return tuple(dict.fromkeys(v for v in (s.strip() for s in values) if v))

    def one(key: str) -> str:
        values = many(key)
        return values[-1] if values else ""

    kwargs: dict[str, object] = {}
    for attr, key in _LIST_PARAMS.items():
        if key in params:
            kwargs[attr] = many(key)
    modalities = kwargs.get("modalities")
    if isinstance(modalities, tuple):
        kwargs["modalities"] = tuple(m for m in modalities if m in schema.MODALITIES)
    types = kwargs.get("types")
    if isinstance(types, tuple):
        kwargs["types"] = tuple(t for t in types if t in schema.EVENT_TYPES)
    min_sources = one("min_sources")
    return Filters(**kwargs,  # type: ignore[arg-type]
                   date_from=_day(one("from")), date_to=_day(one("to")), text=one("q"),
                   min_sources=int(min_sources) if min_sources.isdigit() and int(min_sources) > 0 else 1,
                   event=one("event"))


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def restrict(filters: Filters, events: pd.DataFrame) -> Filters:
    """`filters` made valid for `events`: choices that do not exist dropped (an actor from an old link),
    dates swapped when reversed and kept inside the data's span, the minimum of sources at most the largest."""
    options = choices(events)

    def keep(attr: str) -> tuple[str, ...]:
        return tuple(v for v in getattr(filters, attr) if v in options[attr])

    date_from, date_to = filters.date_from, filters.date_to
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    most = 1
    if not events.empty:
        lo, hi = events["date_start"].min().date(), events["date_end"].max().date()
        date_from = None if date_from is None or date_from <= lo else min(date_from, hi)
        date_to = None if date_to is None or date_to >= hi else max(date_to, lo)
        most = int(events["sources"].fillna(1).max())
    return replace(filters, actors=keep("actors"), countries=keep("countries"), outlets=keep("outlets"),
                   articles=keep("articles"), date_from=date_from, date_to=date_to,
                   min_sources=min(filters.min_sources, max(most, 1)))


def restrict_to(filters: Filters, options: Mapping[str, Mapping[str, int]], bounds: tuple[date, date],
                most: int) -> Filters:
    """`filters` made valid for a store known only by its summary: choices missing from `options` dropped
    (a list filter with no entry in `options` is kept as is), dates swapped when reversed and kept inside
    `bounds`, the minimum of sources at most `most`."""

    def keep(attr: str) -> tuple[str, ...]:
        values: tuple[str, ...] = getattr(filters, attr)
        return tuple(v for v in values if v in options[attr]) if attr in options else values

    lo, hi = bounds
    date_from, date_to = filters.date_from, filters.date_to
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    date_from = None if date_from is None or date_from <= lo else min(date_from, hi)
    date_to = None if date_to is None or date_to >= hi else max(date_to, lo)
    return replace(filters, actors=keep("actors"), countries=keep("countries"), outlets=keep("outlets"),
                   articles=keep("articles"), date_from=date_from, date_to=date_to,
                   min_sources=min(filters.min_sources, max(most, 1)))


def summary_choices(summary: Mapping[str, Any]) -> dict[str, dict[str, int]]:
    """The filter choices of a dataset's summary (`timeline.dataset.summary`), most frequent first. The
    numbers count mentions (the summary has no per-event counts); an empty country is `UNKNOWN_COUNTRY`."""

    def counts(key: str, empty: str = "") -> dict[str, int]:
        raw: Mapping[str, Any] = summary.get(key) or {}
        out: dict[str, int] = {}
        for value, n in raw.items():
            name = str(value).strip() or empty
            if name:
                out[name] = out.get(name, 0) + int(n)
        return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))

    return {"actors": counts("actor"), "countries": counts("actor_country", UNKNOWN_COUNTRY),
            "types": counts("event_type"), "modalities": counts("modality"), "outlets": counts("outlet")}


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


def choices(events: pd.DataFrame, mentions: pd.DataFrame | None = None) -> dict[str, dict[str, int]]:
    """For each list filter, its values with how many events carry them, most frequent first."""
    def counts(series: pd.Series) -> dict[str, int]:
        vc = series.astype("string").fillna("").value_counts()
        return {str(k): int(v) for k, v in vc.items() if str(k)}

    source = mentions if mentions is not None else events
    per_event = source.drop_duplicates(["event_id", "outlet"]) if "outlet" in source else source
    per_article = source.drop_duplicates(["event_id", "article_id"]) if "article_id" in source else source
    return {
        "actors": counts(events["actor"]),
        "countries": counts(country_of(events)),
        "types": counts(events["event_type"]),
        "modalities": counts(events["modality"]),
        "outlets": counts(per_event["outlet"]) if "outlet" in per_event else {},
        "articles": counts(per_article["article_id"]) if "article_id" in per_article else {},
    }


def country_of(events: pd.DataFrame) -> pd.Series:
    """The actor's country, with `UNKNOWN_COUNTRY` where it is empty."""
    country = events["actor_country"].astype("string").fillna("")
    return country.mask(country.str.strip() == "", UNKNOWN_COUNTRY)


# --- filtering ----------------------------------------------------------------------------------------

def apply_filters(events: pd.DataFrame, filters: Filters, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """The events that pass every filter. Outlet, article and text match when ANY mention of the event does
    (pass `mentions` for that; without it they are matched on the event's own row)."""
    mask = pd.Series(True, index=events.index)
    if filters.actors:
        mask &= events["actor"].isin(filters.actors)
    if filters.countries:
        mask &= country_of(events).isin(filters.countries)
    if filters.types:
        mask &= events["event_type"].astype("string").isin(filters.types)
    mask &= events["modality"].astype("string").isin(filters.modalities)
    if filters.date_from:
        mask &= events["date_end"] >= pd.Timestamp(filters.date_from)
    if filters.date_to:
        mask &= events["date_start"] <= pd.Timestamp(filters.date_to)
    if filters.min_sources > 1:
        mask &= events["sources"].fillna(1) >= filters.min_sources
    if filters.outlets or filters.articles or filters.text.strip():
        source = mentions if mentions is not None else events
        keep = pd.Series(True, index=source.index)
        if filters.outlets:
            keep &= source["outlet"].isin(filters.outlets)
        if filters.articles:
            keep &= source["article_id"].isin(filters.articles)
        if filters.text.strip():
            keep &= text_match(source, filters.text)
        mask &= among(events["event_id"], source.loc[keep, "event_id"])
    return events.loc[mask.fillna(False)]


def among(column: pd.Series, values: pd.Series | Sequence[str]) -> np.ndarray:
    """`column.isin(values)` as a bool array (missing -> False), for many values such as event ids: pandas'
    `isin` on an Arrow string column makes a pyarrow scalar of each value first (0.3 s for the 36,000 event
    ids of a first view of 1M mentions); `pyarrow.compute.is_in` on the two arrays takes 4 ms."""
    left = pa.array(column.astype("string"))
    right = pa.array(pd.Series(values, dtype="string"))
    right = right.cast(left.type) if right.type != left.type else right
    return np.asarray(pc.fill_null(pc.is_in(left, value_set=right), False).to_numpy(zero_copy_only=False), dtype=bool)


def text_match(frame: pd.DataFrame, query: str) -> pd.Series:
    """Rows whose summary, sentence, actor or target contain every word of `query` (case-insensitive)."""
    haystack = (frame["summary"].astype("string").fillna("") + "\n" + frame["sentence"].astype("string").fillna("")
                + "\n" + frame["actor"].astype("string").fillna("") + "\n"
                + frame["target"].astype("string").fillna(""))
    mask = pd.Series(True, index=frame.index)
    for word in query.split():
        mask &= haystack.str.contains(word, case=False, regex=False)
    return mask.fillna(False)


def empty_hint(filters: Filters) -> str:
    """What to do when nothing matches: name the narrowing filters."""
    active = filters.active()
    if not active:
        return "No events to show: the table is empty. Add articles, or check the warnings below."
    tip = ", ".join(active)
    extra = "" if set(filters.modalities) >= set(schema.MODALITIES) else (
        " To include planned, threatened, denied or hypothetical events, add them under Status.")
    return f"No events match these filters ({tip}). Remove one of them or press Reset to widen the view.{extra}"


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
