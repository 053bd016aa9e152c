"""The query: what narrows the events, for the events in memory and for the store on disk alike.

`Filters` says what a view keeps; `apply_filters` narrows an events frame (`timeline.present.views.events_of`) by
it, and `timeline.store.dataset.query` turns the same `Filters` into a read of a Parquet store (pushed down to
pyarrow; it ignores `event`, the open detail). `choices` and `summary_choices` list what each list filter can take,
with counts. How a view is written in a link is `timeline.present.link`; the dashboard's widgets and hints are in
the `dashboard` package.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

HAPPENED: Final = ("asserted", "claimed")  # shown by default; the rest are drawn differently on request
UNKNOWN_COUNTRY: Final = "(unknown)"  # the label of an empty actor_country
TEXT_COLUMNS: Final = ("summary", "sentence", "actor", "target")  # what the search text is looked for in


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


# --- choices ---------------------------------------------------------------------------------------------

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


def summary_choices(summary: Mapping[str, Any]) -> dict[str, dict[str, int]]:
    """The filter choices of a dataset's summary (`timeline.store.dataset.summary`), most frequent first. The
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


def text_haystack(frame: pd.DataFrame) -> pd.Series:
    """Per row, the text the search looks in: its summary, sentence, actor and target, one per line."""
    haystack = frame[TEXT_COLUMNS[0]].astype("string").fillna("")
    for column in TEXT_COLUMNS[1:]:
        haystack = haystack + "\n" + frame[column].astype("string").fillna("")
    return haystack


def text_match(frame: pd.DataFrame, query: str) -> pd.Series:
    """Rows whose summary, sentence, actor or target contain every word of `query` (case-insensitive)."""
    haystack = text_haystack(frame)
    mask = pd.Series(True, index=frame.index)
    for word in query.split():
        mask &= haystack.str.contains(word, case=False, regex=False)
    return mask.fillna(False)
