"""The events shown as a table (a click opens an event's detail) and the downloads of the view."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pandas as pd
import streamlit as st

from timeline.export import tables as export
from timeline.present import views
from timeline.store.query import Filters
from ui.sources import Source, View

TABLE_ROWS = 5_000  # events listed in the table (the latest); the chart and the downloads have them all


def table_panel(source: Source, view: View, filters: Filters) -> None:
    """The events shown as a table (the latest `TABLE_ROWS` when there are more, and says so), and downloads
    of every mention of every event shown, and of their chronology brief (which names `filters`)."""
    shown = view.events
    st.subheader(f"Events ({len(shown):,})")
    listed = shown.tail(TABLE_ROWS)  # events are in date order: the latest ones, like the detail picker
    if len(listed) < len(shown):
        first, last = listed["date_start"].iloc[0], listed["date_start"].iloc[-1]
        st.info(f"**Listing the {len(listed):,} latest of {len(shown):,} events** (those starting {first:%Y-%m-%d} to "
                f"{last:%Y-%m-%d}); sorting a column sorts these rows only. Narrow the filters to list the others "
                f"here, or download the whole view below: the files hold every mention of all {len(shown):,} "
                "events, and the chart draws them all.")
    st.session_state["_table_ids"] = listed["event_id"].astype(str).tolist()
    st.dataframe(with_curated(views.table(listed), listed), key="table", on_select=select_from_table,
                 selection_mode="single-row", hide_index=True, width="stretch")
    left, middle, right = st.columns(3)
    # the files (and the mentions they hold) are made only when a button is pressed, not on every rerun
    left.download_button("Download this view as CSV", partial(view_file, export.to_csv_bytes, source, view),
                         "events.csv", "text/csv", on_click="ignore", width="stretch",
                         help="One row per mention of the events shown, every column. Cells that a spreadsheet "
                         "would run as a formula are neutralised.")
    middle.download_button("Download this view as JSON", partial(view_file, export.to_json_bytes, source, view),
                           "events.json", "application/json", on_click="ignore", width="stretch")
    brief = partial(export.export_bytes, fmt="markdown", filters=filters)
    right.download_button("Download brief", partial(view_file, brief, source, view), "brief.md", "text/markdown",
                          on_click="ignore", width="stretch",
                          help="The chronology of the events shown, as Markdown to paste into a document or an "
                          "e-mail: by day, each with its headline, actor → target, status and sources, the shortest "
                          "sentence that reports it and its linked sources.")


def view_file(write: Callable[[pd.DataFrame], bytes], source: Source, view: View) -> bytes:
    """The bytes of a download: every mention of the events of `view`, every column, written by `write`."""
    return write(source.rows_of(view, view.events["event_id"]))


def select_from_table() -> None:
    state = st.session_state.get("table")
    rows = state.selection.rows if state is not None else []
    ids = st.session_state.get("_table_ids", [])
    if rows and rows[0] < len(ids):
        st.session_state["event"] = ids[rows[0]]


def with_curated(table: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """The events table with a "Curated" column (✓ where a person's correction touched the event)."""
    if "curated" not in events.columns or len(table) != len(events):
        return table
    out = table.copy()
    out.insert(0, "Curated", events["curated"].fillna(False).map({True: "✓", False: ""}).to_numpy())
    return out
