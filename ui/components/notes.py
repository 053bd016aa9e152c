"""What the page says besides the events: why they could not be read, and what was left out or warned about."""

from __future__ import annotations

import streamlit as st

from timeline import settings
from timeline.errors import TimelineError
from timeline.present import views
from ui.sources import Catalog


def show_load_error(exc: Exception) -> None:
    """A loading failure as one message on the page (no traceback reaches a user)."""
    if isinstance(exc, TimelineError):
        st.error(views.safe_text(exc.message), icon="⚠️")
    elif isinstance(exc, NotImplementedError):
        st.warning(f"The event extractor is not available in this build yet ({views.safe_text(str(exc))}). "
                   f"Set {settings.EVENTS_KEY} to a prebuilt events table to explore it.")
    else:
        st.error(f"Could not load the events ({type(exc).__name__}: {views.safe_text(str(exc)[:300])}).")


def notes_panel(catalog: Catalog) -> None:
    """The articles left out for want of a date (and how to date them), and the warnings of reading them."""
    if catalog.undated:
        with st.expander(f"{len(catalog.undated)} undated article(s) left out of the timeline"):
            st.markdown("These articles have no publication date in `manifest.csv` or in their text, so their "
                        "relative dates (\"last week\") cannot be resolved. Add the date to manifest.csv "
                        "(column `published`, YYYY-MM-DD) to include them.")
            st.markdown(views.html_block("".join(f"<li>{views.safe_html(title or article_id)} "
                                                 f"({views.safe_html(article_id)})</li>"
                                                 for article_id, title in catalog.undated), "ul"),
                        unsafe_allow_html=True)
    if catalog.issues:
        with st.expander(f"{len(catalog.issues)} warning(s) while reading the articles"):
            st.markdown(views.html_block("".join(f"<li>{views.safe_html(issue)}</li>" for issue in catalog.issues),
                                         "ul"), unsafe_allow_html=True)
