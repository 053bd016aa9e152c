"""The timeline page (every deployment): the filters in the sidebar, then the chart, the open event's detail, the
table with its downloads and the notes. What it reads comes from the deployment's data source (`ui.sources`)."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from timeline.present import views
from ui import context, sources, url_state
from ui.components.chart import chart_panel
from ui.components.detail import detail_panel
from ui.components.filters import filter_panel
from ui.components.notes import notes_panel, show_load_error
from ui.components.table import table_panel


def page() -> None:
    config = context.app_settings()
    source = sources.open_source(config)
    try:
        catalog = source.catalog
    except Exception as exc:  # no traceback reaches a user
        show_load_error(exc)
        return
    for error in catalog.errors:  # what was refused or could not be read comes first, never folded away
        st.error(views.safe_text(error), icon="⚠️")
    if catalog.errors and catalog.events == 0 and config.read_only:  # nothing to explore: the errors say why
        return
    url_state.init_state(catalog)
    filters = filter_panel(catalog)
    if source.no_writes and not config.read_only:
        st.sidebar.caption(source.no_writes)
    try:
        view = source.view(filters)
    except Exception as exc:  # no traceback reaches a user
        show_load_error(exc)
        return
    if filters.event and not source.keeps(view, filters.event):  # an event gone from the data: its detail closes
        st.session_state["event"] = ""
        filters = replace(filters, event="")
    url_state.sync_query_params(filters)
    if view.notice:
        st.info(view.notice)
    st.caption(f"{view.caption} · the URL keeps these filters: copy it to share this view")
    if view.events.empty:
        st.info(url_state.empty_hint(filters))
    else:
        chart_panel(view.events, view.figure)
    detail_panel(source, view)
    table_panel(source, view, filters)
    notes_panel(catalog)


if __name__ == "__main__":  # st.navigation runs the page as __main__; an import does not
    page()
