"""The dashboard on a month-partitioned events dataset (`extract ... --dataset DIR`), and what any loader
hands the page (`Data`).

A dataset is never loaded whole: the widgets come from its `_summary.json` (`load_summary`), and each
filter change reads only the events the filters can match, and of them only the columns the view needs
(`views.VIEW_COLUMNS`; `load_view`: the last `RESULTS_KEPT` results stay cached, keyed by path, summary
modification time and filters). Every column is read only for the events whose rows are asked for
(`Data.rows_of`: the open event's detail, cached, and the downloads, when pressed). A store of more than
`FIRST_VIEW` mentions opens on its latest days that hold at most that many (`dataset.recent_window`: at least
the last `MIN_DAYS` days up to the latest event start). Streamlit code only: reading and filtering are in `timeline/`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from timeline import schema, settings
from timeline.errors import TimelineError
from timeline.present import figures, views
from timeline.store import dataset

# mentions: a bigger dataset opens on its latest days holding at most this many. On the 1M synthetic store:
# 11 days, 21k events, 2,181 grouped markers; the cached first paint in headless Chromium 2.78 s against 2.98 s
# for 60,000 (23 days, 4,007 markers), medians of 10 alternating visits. Whatever it holds, the chart draws at
# most figures.MARKER_BUDGET markers; 15,000 (7 days) was no faster for a new visitor (3.10 vs 3.00 s,
# 8 alternating visits each; bench/RESULTS.md)
FIRST_VIEW = 30_000
MIN_DAYS = 7  # ... but never on fewer days than this (up to the latest event start)
DATASET_MAX_SOURCES = 100  # the summary has no maximum of sources; the widget allows up to this
RESULTS_KEPT = 8  # filter results of a dataset kept in memory (the most recent ones)


@dataclass
class Data:
    """What the loader hands the page: mentions, merged events, and what to warn about."""

    mentions: pd.DataFrame
    events: pd.DataFrame
    issues: list[str] = field(default_factory=list)  # warnings: used with a caveat
    errors: list[str] = field(default_factory=list)  # what was refused or could not be read: shown first
    undated: list[tuple[str, str]] = field(default_factory=list)  # (article id, title)
    source: str = ""
    options: dict[str, dict[str, int]] = field(default_factory=dict)  # filter choices with counts
    titles: dict[str, str] = field(default_factory=dict)  # article id -> title, for the article filter
    bounds: tuple[date, date] | None = None  # date range of a dataset (else taken from `events`)
    most: int | None = None  # largest minimum of sources offered (else taken from `events`)
    store_rows: int = 0  # mentions in a dataset store (0: the whole table is in `mentions`; else the store is at
    # `source` and `mentions` are a view's, only `views.VIEW_COLUMNS` of every mention of its events)
    default: views.Filters = field(default_factory=views.Filters)  # what Reset goes back to
    window: dataset.Window | None = None  # the latest days a large dataset opens on (`default.date_from`)

    def __post_init__(self) -> None:
        if not self.options:
            self.options = views.choices(self.events, self.mentions)
        if not self.titles and not self.mentions.empty and not self.store_rows:  # a dataset's filters: its summary
            firsts = self.mentions.drop_duplicates("article_id")
            self.titles = dict(zip(firsts["article_id"].astype(str), firsts["title"].astype(str), strict=True))

    def rows_of(self, event_ids: Sequence[str] | pd.Series, *, cached: bool = False) -> pd.DataFrame:
        """Every mention of the events `event_ids` with every column, in table order: taken from `mentions`,
        or for a dataset read from the store (only the months holding them, known from the view's rows).
        `cached` keeps what a dataset read, per dataset version: for the open event's detail, asked for on every
        rerun (10-30 ms a read on the 1M store); a download's rows are read when its button is pressed, never kept."""
        inside = self.mentions.loc[views.among(self.mentions["event_id"], event_ids)]
        if not self.store_rows:
            return inside
        ids = tuple(dict.fromkeys(pd.Series(event_ids, dtype="string").dropna().astype(str)))
        months = dataset.months_of(inside) if inside["event_id"].nunique() == len(ids) else ()  # else: found
        if cached:
            return load_rows(self.source, summary_stamp(self.source), ids, months)
        return dataset.mentions_of(self.source, ids, months=months)


@st.cache_data(show_spinner=False, max_entries=64)
def load_rows(path: str, stamp: int, event_ids: tuple[str, ...], months: tuple[str, ...]) -> pd.DataFrame:
    """Every column of every mention of `event_ids` (in the partitions `months`, or found when empty)."""
    return dataset.mentions_of(path, event_ids, months=months)


@st.cache_data(show_spinner="Reading the events dataset's summary…")
def load_summary(path: str, stamp: int) -> Data:
    """A dataset's widgets (choices, date range, size) from its `_summary.json`; no rows are read.
    `stamp` (the summary's modification time) makes a rebuilt dataset reload."""
    info = dataset.summary(path)
    empty = views.events_of(schema.empty_frame())
    lo = date.fromisoformat(info["date_min"]) if info.get("date_min") else date(2000, 1, 1)
    hi = date.fromisoformat(info["date_max"]) if info.get("date_max") else lo
    window = first_window(info)
    default = views.Filters(date_from=window.date_from) if window else views.Filters()
    return Data(schema.empty_frame(), empty, source=path, options=views.summary_choices(info), bounds=(lo, hi),
                most=DATASET_MAX_SOURCES, store_rows=int(info.get("rows", 0)), default=default, window=window)


def first_window(info: dict[str, object]) -> dataset.Window | None:
    """The latest days a dataset with summary `info` opens on: at most `FIRST_VIEW` mentions, at least
    `MIN_DAYS` days; None (everything) when the whole store fits."""
    return dataset.recent_window(info, FIRST_VIEW, MIN_DAYS)


def window_note(data: Data) -> str:
    """What the first view of a large dataset shows, why, and how to see more."""
    window = data.window
    if window is None:
        return ""
    about = "about " if window.estimated else ""
    first = data.bounds[0] if data.bounds else window.date_from
    return (f"This store holds {data.store_rows:,} mentions, so the view opens on its latest {window.days} days, "
            f"{window.date_from} to {window.latest} (the latest event start), with the events that began earlier "
            f"and were still going on: {about}{window.mentions:,} mentions (a first view holds the latest days "
            f"with at most {FIRST_VIEW:,}, and at least {MIN_DAYS} days). To see earlier events, widen **Dates** in "
            f"the sidebar or set `from=YYYY-MM-DD` in the URL (`from={first}` shows everything); narrowing by "
            "actor or type first keeps a wide range fast.")


@dataclass(frozen=True)
class Result:
    """One filter result of a dataset: the events shown, their mentions (`views.VIEW_COLUMNS` only), how many
    rows were read, and the chart of the events (made once per result by `load_view`; None when not made or
    nothing to draw)."""

    events: pd.DataFrame
    mentions: pd.DataFrame
    loaded: int
    figure: go.Figure | None = None


def query_view(path: str, filters: views.Filters) -> Result:
    """Read only the events that can match `filters` (every mention of each, the view's columns only), merge
    and filter them. With no status chosen the view shows nothing, so nothing is read (the store would read
    every status: 2.0-3.5 s on the 1M store, in passing while a visitor swaps one status for another)."""
    if not filters.modalities:
        mentions = dataset.mentions_of(path, (), views.VIEW_COLUMNS)
        return Result(views.events_of(mentions), mentions, 0)
    mentions = dataset.query(path, filters, views.VIEW_COLUMNS, whole_events=True)
    # The store kept only the events with a mention that matches every filter, the search text included (it
    # looked in the sentences, not read here): the text needs no second look, the merged event's row does.
    shown = views.apply_filters(views.events_of(mentions), replace(filters, text=""), mentions)
    if not figures.aggregated(shown):  # each event is a marker: its hover text is made once, here (cached)
        shown = figures.with_hover(shown)  # (grouped markers: the figure makes the texts of those drawn only)
    kept = mentions.loc[views.among(mentions["event_id"], shown["event_id"])].reset_index(drop=True)
    return Result(shown.reset_index(drop=True), kept, len(mentions))


@st.cache_resource(show_spinner="Querying the events…", max_entries=RESULTS_KEPT)
def load_view(path: str, stamp: int, params: str) -> Result:
    """`query_view` for the filters in `params` (`views.to_params` as JSON) with its chart, cached per dataset
    version. Shared by every session and rerun without a copy (a result is ~100 MB pickled at 1M mentions,
    so `cache_data`'s copy cost 0.2-0.5 s a rerun): the page only reads it."""
    result = query_view(path, views.from_params(json.loads(params)))
    return replace(result, figure=figures.timeline_figure(result.events) if not result.events.empty else None)


def summary_stamp(path: str) -> int:
    return os.stat(os.path.join(path, dataset.SUMMARY)).st_mtime_ns


def clear() -> None:
    """Forget every cached summary and result (after a rebuild)."""
    load_summary.clear()
    load_view.clear()
    load_rows.clear()


def show_load_error(exc: Exception) -> None:
    """A loading failure as one message on the page (no traceback reaches a user)."""
    if isinstance(exc, TimelineError):
        st.error(views.safe_text(exc.message), icon="⚠️")
    else:
        st.error(f"Could not load the events ({type(exc).__name__}: {views.safe_text(str(exc)[:300])}).")


def dataset_page(config: settings.Settings, choose: Callable[[Data], views.Filters],
                 draw: Callable[[Data, pd.DataFrame, views.Filters, go.Figure | None], None]) -> None:
    """A month-partitioned events dataset: the widgets come from its summary, and each filter change reads
    only the events the filters can match. `choose` draws the filters (mirrored in the URL) and returns
    them; `draw` draws the chart (the result's, made once), the detail and the table of the events shown."""
    path = str(config.events_path)
    try:
        data = load_summary(path, summary_stamp(path))
    except Exception as exc:  # no traceback reaches a user
        show_load_error(exc)
        return
    filters = choose(data)
    if not config.read_only:
        st.sidebar.caption("This events store is a dataset built by `python -m timeline extract ... --dataset "
                           "DIR`: rebuild it there. Adding articles and corrections work on an events table.")
    params = views.to_params(filters)
    key = json.dumps({k: v for k, v in params.items() if k != "event"}, sort_keys=True)  # the detail reads nothing
    try:
        result = load_view(path, summary_stamp(path), key)
    except Exception as exc:  # no traceback reaches a user
        show_load_error(exc)
        return
    view = Data(result.mentions, result.events, source=path, options=data.options, bounds=data.bounds, most=data.most,
                store_rows=data.store_rows, default=data.default, window=data.window)
    if st.session_state.get("event") and st.session_state["event"] not in set(view.events["event_id"]):
        st.session_state["event"] = ""
    windowed = data.window is not None and filters.date_from == data.window.date_from
    if windowed and filters.date_to is None:
        st.info(window_note(data))
    st.caption(f"{len(view.events):,} events · {result.loaded:,} of {data.store_rows:,} mentions read for these "
               "filters (the dataset is never loaded whole) · the URL keeps these filters: copy it to share this view")
    draw(view, view.events, filters, result.figure)
