"""Crisis Timeline dashboard: read widgets, call `timeline`, draw. Logic lives in `timeline/`.

Data: the events table named by `TIMELINE_EVENTS` (CSV, Parquet or JSON lines written by
`python -m timeline extract`) when that variable is set; otherwise the articles in
`TIMELINE_DATA_DIR`/articles (default data/articles) are read and extracted once per process.
When the events path is a month-partitioned dataset (`--dataset DIR`), it is never loaded whole: the
widgets come from its summary and each filter change queries only the matching events (`app_dataset.py`).
Filters are mirrored in the URL's query string, so a copied link reopens the same view.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

import app_dataset
import app_workflow
from app_dataset import Data
from timeline import schema, settings
from timeline.build.runner import build_events
from timeline.errors import TimelineError
from timeline.export import tables as export
from timeline.ingest.articles import load_folder
from timeline.present import figures, views
from timeline.store import dataset, workspace
from timeline.store.tables import read_table

MAX_PICK = 1_000  # events listed in the detail picker; the table and chart select any event
TABLE_ROWS = 5_000  # events listed in the table (the latest); the chart and the downloads have them all
WIDGETS = {  # Filters field -> widget key
    "actors": "f_actors", "countries": "f_countries", "types": "f_types", "modalities": "f_modalities",
    "outlets": "f_outlets", "articles": "f_articles", "text": "f_text", "min_sources": "f_min_sources",
}


def app_settings() -> settings.Settings:
    """The one place the app reads its configuration (environment and Streamlit secrets)."""
    try:
        secrets: Any = st.secrets
    except Exception:  # no secrets file: nothing set there
        secrets = None
    return settings.load(os.environ, secrets)


@st.cache_data(show_spinner="Reading the articles and extracting events…")
def load_data(events_path: str | None, articles_dir: str) -> Data:
    """The events table: read from `events_path` when given, else extracted from `articles_dir`."""
    if events_path:
        mentions = read_table(events_path)
        return Data(mentions, event_frame(mentions), source=events_path)
    loaded = load_folder(articles_dir)
    mentions = build_events([a for a in loaded.articles if a.published is not None])
    return Data(mentions, event_frame(mentions), issues=[str(i) for i in loaded.issues],
                undated=[(a.id, a.title) for a in loaded.undated], source=articles_dir)


def event_frame(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per event, with its hover text prepared once (inside the cached loader)."""
    return figures.with_hover(views.events_of(mentions))


@st.cache_data(show_spinner="Loading the built events…")
def load_store(config: settings.Settings, stamp: str) -> Data:
    """The built store: read as is when read-only; rebuilt first (only if anything changed) when local.
    `stamp` (the store's and its sidecar's modification times) makes a rebuild elsewhere reload it."""
    view = workspace.load(config) if config.read_only else workspace.current(config, built_at=app_workflow.now_iso())
    return Data(view.frame, event_frame(view.frame), issues=[str(i) for i in view.issues if i.level != "error"],
                undated=[(a.id, a.title) for a in view.undated], source=str(config.events_path),
                errors=[str(i) for i in view.issues if i.level == "error"])


def store_stamp(config: settings.Settings) -> str:
    paths = (config.events_path, config.meta_path)
    return "|".join(str(p.stat().st_mtime_ns) if p.exists() else "-" for p in paths)


def data_changed() -> None:
    """After an add, a correction or a rebuild: reload, and re-read the filters from the URL so the date
    range widens to the new data."""
    load_store.clear()
    load_data.clear()
    app_dataset.clear()
    st.session_state["_init"] = False


def get_data() -> Data | None:
    config = app_settings()
    explicit = settings.EVENTS_KEY in os.environ
    try:
        if config.read_only or not explicit:  # read-only never builds; local mode keeps the store current
            return load_store(config, store_stamp(config))
        return load_data(str(config.events_path), str(config.articles_dir))
    except TimelineError as exc:
        st.error(views.safe_text(exc.message), icon="⚠️")
    except NotImplementedError as exc:
        st.warning(f"The event extractor is not available in this build yet ({views.safe_text(str(exc))}). "
                   f"Set {settings.EVENTS_KEY} to a prebuilt events table to explore it.")
    except Exception as exc:  # no traceback reaches a user
        st.error(f"Could not load the events ({type(exc).__name__}: {views.safe_text(str(exc)[:300])}).")
    return None


# --- filter state <-> URL ------------------------------------------------------------------------------

def init_state(data: Data) -> None:
    """On a session's first run, set the widgets from the URL's query string."""
    if st.session_state.get("_init"):
        keep_state_valid(data)
        return
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    wanted = views.from_params(params)
    if data.store_rows:  # a dataset: checked against its summary; no link dates -> the default window
        if wanted.date_from is None and wanted.date_to is None:
            wanted = replace(wanted, date_from=data.default.date_from)
        start = views.restrict_to(wanted, data.options, date_bounds(data), most_sources(data))
    else:
        start = views.restrict(wanted, data.events)
    set_widgets(start, data)
    st.session_state["_init"] = True


def keep_state_valid(data: Data) -> None:
    """After the data changed (a rebuild), bring widget values back inside what the new data allows."""
    if st.session_state.get("event") and not data.store_rows \
            and st.session_state["event"] not in set(data.events["event_id"]):
        st.session_state["event"] = ""
    lo, hi = date_bounds(data)
    picked = st.session_state.get("f_dates")
    if isinstance(picked, list | tuple) and any(isinstance(d, date) and not lo <= d <= hi for d in picked):
        st.session_state["f_dates"] = tuple(min(max(d, lo), hi) for d in picked if isinstance(d, date))
    most = most_sources(data)
    if int(st.session_state.get("f_min_sources", 1)) > max(most, 1):
        st.session_state["f_min_sources"] = max(most, 1)


def set_widgets(filters: views.Filters, data: Data) -> None:
    for attr, key in WIDGETS.items():
        value = getattr(filters, attr)
        st.session_state[key] = list(value) if isinstance(value, tuple) else value
    lo, hi = date_bounds(data)
    st.session_state["f_dates"] = (filters.date_from or lo, filters.date_to or hi)
    known = data.store_rows or filters.event in set(data.events["event_id"])  # a dataset checks it once loaded
    st.session_state["event"] = filters.event if known else ""


def sync_query_params(params: dict[str, str | list[str]]) -> None:
    """Mirror the view in the URL, touching only the view's own keys (other panels may add theirs)."""
    for key in views.PARAM_KEYS:
        if key in params:
            value = params[key]
            current = st.query_params.get_all(key)
            if current != ([value] if isinstance(value, str) else value):
                st.query_params[key] = value
        elif key in st.query_params:
            del st.query_params[key]


def reset_filters(data: Data) -> None:
    set_widgets(data.default, data)


def most_sources(data: Data) -> int:
    if data.most is not None:
        return data.most
    return int(data.events["sources"].max()) if not data.events.empty else 1


def date_bounds(data: Data) -> tuple[date, date]:
    if data.bounds is not None:
        return data.bounds
    if data.events.empty:
        return date(2000, 1, 1), date(2000, 1, 1)
    return data.events["date_start"].min().date(), data.events["date_end"].max().date()


# --- panels --------------------------------------------------------------------------------------------

def filter_panel(data: Data) -> views.Filters:
    """The sidebar: every filter, and a reset. Returns the filters as chosen."""
    options = data.options
    sb = st.sidebar
    sb.header("Filters")
    sb.button("Reset filters", key="reset", on_click=reset_filters, args=(data,), width="stretch")

    def multi(label: str, attr: str, help_text: str = "", names: dict[str, str] | None = None) -> list[str]:
        counts = options.get(attr, {})  # a dataset's summary lists no articles: only chosen ones
        current = [v for v in st.session_state.get(WIDGETS[attr], []) if v not in counts]
        shown = names or {}
        return sb.multiselect(label, list(counts) + current, key=WIDGETS[attr],
                              format_func=lambda v: f"{shown.get(v) or v} ({counts.get(v, 0)})",
                              help=help_text or None, placeholder="All")

    sb.text_input("Search headlines and sentences", key="f_text", placeholder="e.g. carrier, sanctions")
    actors = multi(schema.LABELS["actor"], "actors", "Type to search. The number is how many events.")
    countries = multi(schema.LABELS["actor_country"] + " / side", "countries")
    types = multi(schema.LABELS["event_type"], "types")
    modalities = sb.multiselect(schema.LABELS["modality"], list(schema.MODALITIES), key="f_modalities",
                                help="By default only what happened (asserted or claimed). Add planned, "
                                "threatened, denied or hypothetical events: they are drawn crossed.")
    lo, hi = date_bounds(data)
    picked = sb.date_input("Dates", min_value=lo, max_value=hi, key="f_dates", format="YYYY-MM-DD")
    outlets = multi(schema.LABELS["outlet"], "outlets")
    articles = multi(schema.LABELS["article_id"], "articles", names=data.titles)
    most = most_sources(data)
    min_sources = sb.number_input("Minimum number of sources", min_value=1, max_value=max(most, 1), step=1,
                                  key="f_min_sources")
    day_from, day_to = _date_pair(picked, lo, hi)
    return views.Filters(
        actors=tuple(actors), countries=tuple(countries), types=tuple(types), outlets=tuple(outlets),
        articles=tuple(articles), modalities=tuple(modalities), text=st.session_state.get("f_text", ""),
        date_from=day_from if day_from != lo else None, date_to=day_to if day_to != hi else None,
        min_sources=int(min_sources), event=st.session_state.get("event", ""))


def _date_pair(picked: Any, lo: date, hi: date) -> tuple[date, date]:
    """The (from, to) of a date_input that may hold one day while the user is still choosing."""
    values = list(picked) if isinstance(picked, list | tuple) else [picked]
    days = [v for v in values if isinstance(v, date)]
    if not days:
        return lo, hi
    return days[0], days[1] if len(days) > 1 else hi


def chart_panel(shown: pd.DataFrame, fig: go.Figure | None = None) -> None:
    """The timeline of `shown` (`fig` when already made for it), its notes and its key."""
    fig = fig if fig is not None else figures.timeline_figure(shown)
    period = figures.period_of(fig)
    if period:
        st.caption(f"Over {figures.MARKER_BUDGET:,} events: each marker stands for one actor's events of one type "
                   f"{period}, sized by their number; a click opens the most reported. "
                   "Narrow the filters to see single events.")
    hidden = figures.outside_initial_range(shown)
    if hidden:
        st.caption(f"{hidden} earlier event(s) lie before the initial view: press **All** above the chart to "
                   "see them, or drag the chart to the right.")
    st.plotly_chart(fig, key="chart", on_select=select_from_chart, selection_mode="points", theme=None,
                    config={"scrollZoom": True, "displaylogo": False},
                    alt="Timeline of events by actor; the table below lists the same events.")
    st.caption("Colour and shape: event type · hollow: dated only by the publication date · crossed: "
               "planned, threatened, denied or hypothetical · bar: a week, month or season · size and label: "
               "number of sources. Click a marker to open its detail; drag to pan, scroll to zoom.")


def select_from_chart() -> None:
    state = st.session_state.get("chart")
    points = state.selection.points if state is not None else []
    for point in points:
        event_id = point.get("customdata")
        if isinstance(event_id, list):
            event_id = event_id[0] if event_id else None
        if event_id:
            st.session_state["event"] = str(event_id)
            return


def select_from_table() -> None:
    state = st.session_state.get("table")
    rows = state.selection.rows if state is not None else []
    ids = st.session_state.get("_table_ids", [])
    if rows and rows[0] < len(ids):
        st.session_state["event"] = ids[rows[0]]


def detail_panel(data: Data, shown: pd.DataFrame) -> None:
    """Pick an event (or click one); show its sentences, sources and why it was merged."""
    labels = views.pick_label(shown.tail(MAX_PICK))
    current = st.session_state.get("event", "")
    if current and current not in labels:
        labels.update(views.pick_label(data.events.loc[data.events["event_id"] == current]))
    st.selectbox("Event detail", ["", *labels], key="event",
                 format_func=lambda v: labels.get(v, "— choose an event, or click one in the chart or table —"))
    event = st.session_state.get("event", "")
    if not event:
        return
    try:
        chosen = views.detail(data.rows_of([event], cached=True), event)  # every column of its mentions
    except Exception as exc:  # a dataset removed or rebuilt since this view was read: no traceback reaches a user
        app_dataset.show_load_error(exc)
        return
    if chosen is None:
        return
    ev = chosen.event
    with st.container(border=True):
        block = views.html_block  # article text as HTML that Markdown leaves alone: no tag, link or emphasis from it
        st.markdown(block(f"<strong>{views.safe_html(str(ev['summary']))}</strong>", "p"), unsafe_allow_html=True)
        facts = {
            schema.LABELS["actor"]: ev["actor"], schema.LABELS["target"]: ev["target"] or "—",
            schema.LABELS["event_type"]: f"{ev['event_type']} / {ev['subtype']}" if ev["subtype"]
            else ev["event_type"],
            schema.LABELS["modality"]: ev["modality"],
            "When": views.resolved_text(pd.DataFrame([ev])).iloc[0],
            schema.LABELS["date_text"]: views.written_text(pd.DataFrame([ev])).iloc[0],
            schema.LABELS["confidence"]: f"{float(str(ev['confidence'])):.2f}",
            schema.LABELS["sources"]: str(ev["sources"]),
            schema.LABELS["merge_reason"]: ev["merge_reason"] or "not merged (one mention)",
            schema.LABELS["summary"]: views.headline_origin(str(ev["merge_reason"] or "")),
        }
        left, right = st.columns([1, 2])
        left.markdown(block("<br>".join(f"<strong>{k}:</strong> {views.safe_html(str(v))}" for k, v in facts.items())),
                      unsafe_allow_html=True)
        right.markdown("**Sentences** (time expression highlighted)")
        for row in chosen.mentions.itertuples():
            quote = views.highlight(str(row.sentence), str(row.date_text))
            right.markdown(block(f"{quote}<br>— {views.safe_html(str(row.title))}, "
                                f"{views.safe_html(str(row.outlet) or 'unknown outlet')}", "blockquote"),
                           unsafe_allow_html=True)
        st.dataframe(chosen.sources.drop(columns=["article_id"]), hide_index=True, width="stretch",
                     column_config={"title": schema.LABELS["title"], "outlet": schema.LABELS["outlet"],
                                    "published": schema.LABELS["published"],
                                    "url": st.column_config.LinkColumn(schema.LABELS["url"])})


def table_panel(data: Data, shown: pd.DataFrame, filters: views.Filters) -> None:
    """The events shown as a table (the latest `TABLE_ROWS` when there are more, and says so), and downloads
    of every mention of every event shown, and of their chronology brief (which names `filters`)."""
    st.subheader(f"Events ({len(shown):,})")
    listed = shown.tail(TABLE_ROWS)  # events are in date order: the latest ones, like the detail picker
    if len(listed) < len(shown):
        first, last = listed["date_start"].iloc[0], listed["date_start"].iloc[-1]
        st.info(f"**Listing the {len(listed):,} latest of {len(shown):,} events** (those starting {first:%Y-%m-%d} to "
                f"{last:%Y-%m-%d}); sorting a column sorts these rows only. Narrow the filters to list the others "
                f"here, or download the whole view below: the files hold every mention of all {len(shown):,} "
                "events, and the chart draws them all.")
    st.session_state["_table_ids"] = listed["event_id"].astype(str).tolist()
    table = app_workflow.with_curated(views.table(listed), listed)  # "Curated" column
    st.dataframe(table, key="table", on_select=select_from_table, selection_mode="single-row",
                 hide_index=True, width="stretch")
    left, middle, right = st.columns(3)
    # the files (and the mentions they hold) are made only when a button is pressed, not on every rerun
    left.download_button("Download this view as CSV", partial(view_file, export.to_csv_bytes, data, shown),
                         "events.csv", "text/csv", on_click="ignore", width="stretch",
                         help="One row per mention of the events shown, every column. Cells that a spreadsheet "
                         "would run as a formula are neutralised.")
    middle.download_button("Download this view as JSON", partial(view_file, export.to_json_bytes, data, shown),
                           "events.json", "application/json", on_click="ignore", width="stretch")
    brief = partial(export.export_bytes, fmt="markdown", filters=filters)
    right.download_button("Download brief", partial(view_file, brief, data, shown), "brief.md", "text/markdown",
                          on_click="ignore", width="stretch",
                          help="The chronology of the events shown, as Markdown to paste into a document or an "
                          "e-mail: by day, each with its headline, actor → target, status and sources, the shortest "
                          "sentence that reports it and its linked sources.")


def view_file(write: Callable[[pd.DataFrame], bytes], data: Data, shown: pd.DataFrame) -> bytes:
    """The bytes of a download: every mention of the events `shown`, every column, written by `write`."""
    return write(data.rows_of(shown["event_id"]))


def notes_panel(data: Data) -> None:
    if data.undated:
        with st.expander(f"{len(data.undated)} undated article(s) left out of the timeline"):
            st.markdown("These articles have no publication date in `manifest.csv` or in their text, so their "
                        "relative dates (\"last week\") cannot be resolved. Add the date to manifest.csv "
                        "(column `published`, YYYY-MM-DD) to include them.")
            st.markdown(views.html_block("".join(f"<li>{views.safe_html(title or article_id)} "
                                                 f"({views.safe_html(article_id)})</li>"
                                                 for article_id, title in data.undated), "ul"), unsafe_allow_html=True)
    if data.issues:
        with st.expander(f"{len(data.issues)} warning(s) while reading the articles"):
            st.markdown(views.html_block("".join(f"<li>{views.safe_html(issue)}</li>" for issue in data.issues), "ul"),
                        unsafe_allow_html=True)


def choose_filters(data: Data) -> views.Filters:
    """The sidebar's filters, set from the URL on a session's first run and mirrored back into it."""
    init_state(data)
    filters = filter_panel(data)
    sync_query_params(views.to_params(filters))
    return filters


def view_panels(data: Data, shown: pd.DataFrame, filters: views.Filters, fig: go.Figure | None = None) -> None:
    """The chart (or why it is empty), the event detail and the table of the events shown."""
    if shown.empty:
        st.info(views.empty_hint(filters))
    else:
        chart_panel(shown, fig)
    detail_panel(data, shown)
    table_panel(data, shown, filters)


def main() -> None:
    st.set_page_config(page_title="Crisis Timeline", page_icon="🗓️", layout="wide")
    st.title("Crisis Timeline")
    config = app_settings()
    app_workflow.guard_uploads(config)
    app_workflow.status_banner(config, workspace.read_meta(config.meta_path))
    if dataset.is_dataset(config.events_path):
        app_dataset.dataset_page(config, choose_filters, view_panels)
        return
    data = get_data()
    if data is None:
        return
    for error in data.errors:  # what was refused or could not be read comes first, never folded away
        st.error(views.safe_text(error), icon="⚠️")
    if data.errors and data.events.empty and config.read_only:  # nothing to explore: the errors say why
        return
    init_state(data)
    filters = filter_panel(data)
    with st.sidebar:  # local mode only: rebuild, add articles, correct events (under the filters)
        app_workflow.workflow_panels(config, data.mentions, on_change=data_changed)
    sync_query_params(views.to_params(filters))
    shown = views.apply_filters(data.events, filters, data.mentions)
    st.caption(f"{len(shown):,} of {len(data.events):,} events · {data.mentions['article_id'].nunique():,} "
               "articles · the URL keeps these filters: copy it to share this view")
    view_panels(data, shown, filters)
    notes_panel(data)


if __name__ == "__main__":  # `streamlit run` and AppTest run the script as __main__; an import does not
    main()
