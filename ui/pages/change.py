"""The page that changes data (registered by `ui.frame` only in a writable deployment whose events are a table the
local workflow builds): rebuild, add articles, correct events. After a change the timeline reloads its data and
re-reads its filters, so that its date range widens to the new events."""

from __future__ import annotations

import streamlit as st

from ui import context, sources, url_state
from ui.components.notes import show_load_error
from ui.components.workflow import workflow_panels


def data_changed() -> None:
    """After an add, a correction or a rebuild: forget what was read, and re-read the filters from the URL."""
    sources.forget()
    url_state.reread()


def page() -> None:
    config = context.app_settings()
    source = sources.open_source(config)
    st.header("Change the data")
    if not isinstance(source, sources.TableSource):  # frame registers this page for an events table only
        st.info(source.no_writes)
        return
    try:
        mentions = source.mentions
    except Exception as exc:  # no traceback reaches a user
        show_load_error(exc)
        return
    workflow_panels(config, mentions, on_change=data_changed)


if __name__ == "__main__":  # st.navigation runs the page as __main__; an import does not
    page()
