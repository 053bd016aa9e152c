"""The timeline chart of the events shown, its notes and its key; a click on a marker opens that event's detail."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from timeline.present import figures, layout


def chart_panel(shown: pd.DataFrame, fig: go.Figure | None = None) -> None:
    """The timeline of `shown` (`fig` when already made for it), its notes and its key."""
    fig = fig if fig is not None else figures.timeline_figure(shown)
    period = figures.period_of(fig)
    if period:
        st.caption(f"Over {figures.MARKER_BUDGET:,} events: each marker stands for one actor's events of one type "
                   f"{period}, sized by their number; a click opens the most reported. "
                   "Narrow the filters to see single events.")
    hidden = layout.outside_initial_range(shown)
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
