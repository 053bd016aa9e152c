"""Where the dashboard's events come from: a data source, of two kinds with the same methods.

- `TableSource`: an events table (`python -m timeline extract`, or the workspace's built store), read whole once per
  version and kept (`st.cache_data`). The local workflow can change it (`writable`).
- `DatasetSource`: a month-partitioned events dataset (`extract ... --dataset DIR`), never loaded whole. The filters
  come from its `_summary.json`; each filter change reads only the events the filters can match, and of them only
  the columns the view needs (`views.VIEW_COLUMNS`; the last `RESULTS_KEPT` results stay cached, keyed by path,
  summary version and filters). The first view (the default filters) is read from the small file the writer stored
  beside the summary (`dataset.read_first_view`), not queried. Every column is read only for the events whose rows
  are asked for (`rows_of`: the open event's detail, cached, and the downloads, when pressed).

A page asks its source (`open_source`) for the `Catalog` (what the filters offer), then for the `View` of the chosen
filters (the events shown, their mentions, the chart, what to say of them), then for every column of the events it
shows in full (`rows_of`). Streamlit code only: reading, merging and filtering are in `timeline/`.
"""

from __future__ import annotations

import json
import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from timeline import settings
from timeline.present import figures, hover, link, views
from timeline.store import dataset, summary, workspace
from timeline.store.query import Filters, among, apply_filters, choices, summary_choices
from timeline.store.tables import read_table
from ui import context

DATASET_MAX_SOURCES = 100  # the summary has no maximum of sources; the widget allows up to this
RESULTS_KEPT = 8  # filter results of a dataset kept in memory (the most recent ones)


@dataclass(frozen=True)
class Catalog:
    """What the filters offer: each list filter's choices with counts, the date range, the largest minimum of sources,
    the view a visitor starts on (and Reset goes back to), and what went wrong reading the events."""

    options: dict[str, dict[str, int]]
    bounds: tuple[date, date]
    most: int
    events: int  # in the whole store
    mentions: int
    titles: dict[str, str] = field(default_factory=dict)  # article id -> title, for the article filter
    default: Filters = field(default_factory=Filters)
    errors: tuple[str, ...] = ()  # what was refused or could not be read: shown first
    issues: tuple[str, ...] = ()  # warnings: the events are used with a caveat
    undated: tuple[tuple[str, str], ...] = ()  # (article id, title) of articles left out


@dataclass(frozen=True)
class View:
    """The events some filters keep (one row each), every mention of them (a dataset's: `views.VIEW_COLUMNS`
    only), their chart (None when nothing is shown), how many they are, and what to tell of a first view."""

    events: pd.DataFrame
    mentions: pd.DataFrame
    figure: go.Figure | None
    caption: str
    notice: str = ""


class Source(ABC):
    """A place the dashboard reads events from. Made for one run of the page (what it read is kept for that run)."""

    path: str
    #: why the app cannot change this source and how to change it ("": the local workflow's page can)
    no_writes: str = ""

    @property
    def writable(self) -> bool:
        return not self.no_writes

    @property
    @abstractmethod
    def catalog(self) -> Catalog:
        """What the filters offer; raises (a `TimelineError` saying why) when the events cannot be read."""

    @abstractmethod
    def view(self, filters: Filters) -> View:
        """The events `filters` keep."""

    @abstractmethod
    def rows_of(self, view: View, event_ids: Sequence[str] | pd.Series, *, cached: bool = False) -> pd.DataFrame:
        """Every column of every mention of `event_ids` (events of `view`), in table order. `cached` keeps what was
        read (the open event's detail, asked for on every rerun); a download's rows are never kept."""

    @abstractmethod
    def known_events(self, view: View) -> pd.DataFrame:
        """The events whose detail can stay open beside `view` (one row each)."""

    def keeps(self, view: View, event_id: str) -> bool:
        """Whether the detail of `event_id` stays open beside `view`."""
        return bool((self.known_events(view)["event_id"] == event_id).any())


# --- an events table ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Table:
    """An events table read whole: its mentions, its events (hover texts made once) and its catalog."""

    mentions: pd.DataFrame
    events: pd.DataFrame
    catalog: Catalog


def table_of(mentions: pd.DataFrame, *, errors: Sequence[str] = (), issues: Sequence[str] = (),
             undated: Sequence[tuple[str, str]] = ()) -> Table:
    """`mentions` merged into events, with what the filters offer (made once, inside the cached loaders)."""
    events = hover.with_hover(views.events_of(mentions))
    if events.empty:
        bounds = (date(2000, 1, 1), date(2000, 1, 1))
    else:
        bounds = (events["date_start"].min().date(), events["date_end"].max().date())
    firsts = mentions.drop_duplicates("article_id")
    titles = dict(zip(firsts["article_id"].astype(str), firsts["title"].astype(str), strict=True))
    most = int(events["sources"].max()) if not events.empty else 1
    catalog = Catalog(choices(events, mentions), bounds, most, len(events), len(mentions), titles,
                      errors=tuple(errors), issues=tuple(issues), undated=tuple(undated))
    return Table(mentions, events, catalog)


@st.cache_data(show_spinner="Loading the built events…")
def load_workspace(config: settings.Settings, stamp: str) -> Table:
    """The built store: read as is when read-only; rebuilt first (only if anything changed) when local.
    `stamp` (the store's and its sidecar's modification times) makes a rebuild elsewhere reload it."""
    built = workspace.load(config) if config.read_only else workspace.current(config, built_at=context.now_iso())
    return table_of(built.frame, errors=[str(i) for i in built.issues if i.level == "error"],
                    issues=[str(i) for i in built.issues if i.level != "error"],
                    undated=[(a.id, a.title) for a in built.undated])


@st.cache_data(show_spinner="Reading the events table…")
def load_table(path: str) -> Table:
    """An events table named by `TIMELINE_EVENTS` in local mode, read as written."""
    return table_of(read_table(path))


def store_stamp(config: settings.Settings) -> str:
    paths = (config.events_path, config.meta_path)
    return "|".join(str(p.stat().st_mtime_ns) if p.exists() else "-" for p in paths)


class TableSource(Source):
    """An events table, read whole by `load` (once per run; the loaders keep it per version)."""

    def __init__(self, path: str, load: Callable[[], Table]) -> None:
        self.path = path
        self._load = load

    @cached_property
    def table(self) -> Table:
        return self._load()

    @cached_property
    def catalog(self) -> Catalog:
        return self.table.catalog

    @property
    def mentions(self) -> pd.DataFrame:
        """Every mention (what the corrections panel picks from)."""
        return self.table.mentions

    def view(self, filters: Filters) -> View:
        table = self.table
        shown = apply_filters(table.events, filters, table.mentions)
        caption = (f"{len(shown):,} of {len(table.events):,} events · {table.mentions['article_id'].nunique():,} "
                   "articles")
        return View(shown, table.mentions, figures.timeline_figure(shown) if not shown.empty else None, caption)

    def rows_of(self, view: View, event_ids: Sequence[str] | pd.Series, *, cached: bool = False) -> pd.DataFrame:
        return self.table.mentions.loc[among(self.table.mentions["event_id"], event_ids)]

    def known_events(self, view: View) -> pd.DataFrame:
        return self.table.events  # any event of the table


# --- a month-partitioned dataset ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Summary:
    """A dataset's catalog, the latest days it opens on (None: all of it) and the filters of its stored first view."""

    catalog: Catalog
    window: summary.Window | None
    stored: Filters | None


@st.cache_data(show_spinner="Reading the events dataset's summary…")
def load_summary(path: str, stamp: int) -> Summary:
    """A dataset's filters (choices, date range, size) from its `_summary.json`; no rows are read.
    `stamp` (the summary's modification time) makes a rebuilt dataset reload."""
    info = dataset.summary(path)
    lo = date.fromisoformat(info["date_min"]) if info.get("date_min") else date(2000, 1, 1)
    hi = date.fromisoformat(info["date_max"]) if info.get("date_max") else lo
    window = summary.first_window(info)
    default = Filters(date_from=window.date_from) if window else Filters()
    catalog = Catalog(summary_choices(info), (lo, hi), DATASET_MAX_SOURCES, int(info.get("events", 0)),
                      int(info.get("rows", 0)), default=default)
    return Summary(catalog, window, summary.first_view_filters(info))


@dataclass(frozen=True)
class Result:
    """One filter result of a dataset: the events shown, their mentions (`views.VIEW_COLUMNS` only), how many
    rows were read, and the chart of the events (made once per result by `load_view`; None when not made or
    nothing to draw)."""

    events: pd.DataFrame
    mentions: pd.DataFrame
    loaded: int
    figure: go.Figure | None = None


def query_view(path: str, filters: Filters, *, stored: bool = False) -> Result:
    """Read only the events that can match `filters` (every mention of each, the view's columns only), merge
    and filter them; `stored`: the filters are the stored first view's, read from its file instead of the store.
    With no status chosen the view shows nothing, so nothing is read (the store would read every status: seconds
    on a large store, in passing while a visitor swaps one status for another)."""
    if not filters.modalities:
        mentions = dataset.mentions_of(path, (), views.VIEW_COLUMNS)
        return Result(views.events_of(mentions), mentions, 0)
    if stored:
        mentions = dataset.read_first_view(path, views.VIEW_COLUMNS)
    else:
        mentions = dataset.query(path, filters, views.VIEW_COLUMNS, whole_events=True)
    # The store kept only the events with a mention that matches every filter, the search text included (it
    # looked in the sentences, not read here): the text needs no second look, the merged event's row does.
    shown = apply_filters(views.events_of(mentions), replace(filters, text=""), mentions)
    if not figures.aggregated(shown):  # each event is a marker: its hover text is made once, here (cached)
        shown = hover.with_hover(shown)  # (grouped markers: the figure makes the texts of those drawn only)
    kept = mentions.loc[among(mentions["event_id"], shown["event_id"])].reset_index(drop=True)
    return Result(shown.reset_index(drop=True), kept, len(mentions))


@st.cache_resource(show_spinner="Querying the events…", max_entries=RESULTS_KEPT)
def load_view(path: str, stamp: int, params: str, stored: bool) -> Result:
    """`query_view` for the filters in `params` (`link.to_params` as JSON) with its chart, cached per dataset
    version. Shared by every session and rerun without a copy (a large result is ~100 MB pickled, so
    `cache_data`'s copy would cost a fraction of a second a rerun): the page only reads it."""
    result = query_view(path, link.from_params(json.loads(params)), stored=stored)
    return replace(result, figure=figures.timeline_figure(result.events) if not result.events.empty else None)


@st.cache_data(show_spinner=False, max_entries=64)
def load_rows(path: str, stamp: int, event_ids: tuple[str, ...], months: tuple[str, ...]) -> pd.DataFrame:
    """Every column of every mention of `event_ids` (in the partitions `months`, or found when empty)."""
    return dataset.mentions_of(path, event_ids, months=months)


def summary_stamp(path: str) -> int:
    return os.stat(os.path.join(path, dataset.SUMMARY)).st_mtime_ns


def window_note(catalog: Catalog, window: summary.Window) -> str:
    """What the first view of a large dataset shows, why, and how to see more."""
    about = "about " if window.estimated else ""
    first = catalog.bounds[0]
    return (f"This store holds {catalog.mentions:,} mentions, so the view opens on its latest {window.days} days, "
            f"{window.date_from} to {window.latest} (the latest event start), with the events that began earlier "
            f"and were still going on: {about}{window.mentions:,} mentions (a first view holds the latest days "
            f"with at most {summary.FIRST_VIEW:,}, and at least {summary.MIN_DAYS} days). To see earlier events, "
            f"widen **Dates** in the sidebar or set `from=YYYY-MM-DD` in the URL (`from={first}` shows everything); "
            "narrowing by actor or type first keeps a wide range fast.")


class DatasetSource(Source):
    """A month-partitioned events dataset at `path`."""

    no_writes = ("This events store is a dataset built by `python -m timeline extract ... --dataset DIR`: rebuild "
                 "it there. Adding articles and corrections work on an events table.")

    def __init__(self, path: str) -> None:
        self.path = path

    @cached_property
    def stamp(self) -> int:
        return summary_stamp(self.path)

    @cached_property
    def info(self) -> Summary:
        return load_summary(self.path, self.stamp)

    @cached_property
    def catalog(self) -> Catalog:
        return self.info.catalog

    def view(self, filters: Filters) -> View:
        chosen = replace(filters, event="")  # the open detail reads nothing
        key = json.dumps(link.to_params(chosen), sort_keys=True)
        result = load_view(self.path, self.stamp, key, chosen == self.info.stored)
        window = self.info.window
        windowed = window is not None and filters.date_from == window.date_from and filters.date_to is None
        caption = (f"{len(result.events):,} events · {result.loaded:,} of {self.catalog.mentions:,} mentions read for "
                   "these filters (the dataset is never loaded whole)")
        return View(result.events, result.mentions, result.figure, caption,
                    window_note(self.catalog, window) if window is not None and windowed else "")

    def rows_of(self, view: View, event_ids: Sequence[str] | pd.Series, *, cached: bool = False) -> pd.DataFrame:
        """Read from the store: only the months holding the events, known from the view's mentions."""
        inside = view.mentions.loc[among(view.mentions["event_id"], event_ids)]
        ids = tuple(dict.fromkeys(pd.Series(event_ids, dtype="string").dropna().astype(str)))
        months = dataset.months_of(inside) if inside["event_id"].nunique() == len(ids) else ()  # else: found
        if cached:
            return load_rows(self.path, self.stamp, ids, months)
        return dataset.mentions_of(self.path, ids, months=months)

    def known_events(self, view: View) -> pd.DataFrame:
        return view.events  # a dataset reads no event outside the view


# --- which ---------------------------------------------------------------------------------------------------

def open_source(config: settings.Settings) -> Source:
    """The source `config` names: a dataset when its events path is one; else the events table named by
    `TIMELINE_EVENTS` in local mode (read as written), or the workspace's built store (read-only: as built; local:
    rebuilt first when anything changed)."""
    path = str(config.events_path)
    if dataset.is_dataset(config.events_path):
        return DatasetSource(path)
    if settings.EVENTS_KEY in os.environ and not config.read_only:
        return TableSource(path, lambda: load_table(path))
    return TableSource(path, lambda: load_workspace(config, store_stamp(config)))


def forget() -> None:
    """Forget every cached table, summary and result (after the data changed)."""
    for cached in (load_workspace, load_table, load_summary, load_view, load_rows):
        cached.clear()

