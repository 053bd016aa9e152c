"""The view in the URL: a session's first run sets the filter widgets from the link's query string
(`timeline.present.link` reads it), made valid for the events at hand; every run mirrors the filters back into the
URL, so that a copied link reopens the same view. Also what the page says when the filters leave nothing to show.

The widgets' values live in `st.session_state` under `WIDGETS` (and `f_dates`, `event`). Streamlit forgets the
values of widgets a run does not draw (the write page draws none of them), so the last view is kept apart
(`LAST_VIEW`) and restored when the timeline is drawn again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

import streamlit as st

from timeline import schema
from timeline.present import link
from timeline.store.query import Filters
from ui.sources import Catalog

WIDGETS = {  # Filters field -> widget key
    "actors": "f_actors", "countries": "f_countries", "types": "f_types", "modalities": "f_modalities",
    "outlets": "f_outlets", "articles": "f_articles", "text": "f_text", "min_sources": "f_min_sources",
}
READ = "_init"  # session key: the widgets hold the view (False: read it from the URL on the next run)
LAST_VIEW = "_last_view"  # session key: the query string of the view last shown


def restrict_to(filters: Filters, options: Mapping[str, Mapping[str, int]], bounds: tuple[date, date] | None,
                most: int) -> Filters:
    """`filters` made valid for data known by its filter choices: choices missing from `options` dropped (an actor
    from an old link; a list filter with no entry in `options` is kept as is), dates swapped when reversed and kept
    inside `bounds` (when there are any), the minimum of sources at most `most`."""

    def keep(attr: str) -> tuple[str, ...]:
        values: tuple[str, ...] = getattr(filters, attr)
        return tuple(v for v in values if v in options[attr]) if attr in options else values

    date_from, date_to = filters.date_from, filters.date_to
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    if bounds is not None:
        lo, hi = bounds
        date_from = None if date_from is None or date_from <= lo else min(date_from, hi)
        date_to = None if date_to is None or date_to >= hi else max(date_to, lo)
    return replace(filters, actors=keep("actors"), countries=keep("countries"), outlets=keep("outlets"),
                   articles=keep("articles"), date_from=date_from, date_to=date_to,
                   min_sources=min(filters.min_sources, max(most, 1)))


def start_view(wanted: Filters, catalog: Catalog) -> Filters:
    """The view a link asks for, made valid for `catalog`; a link without dates opens on the default's."""
    if wanted.date_from is None and wanted.date_to is None:
        wanted = replace(wanted, date_from=catalog.default.date_from)
    return restrict_to(wanted, catalog.options, catalog.bounds, catalog.most)


def init_state(catalog: Catalog) -> None:
    """Set the widgets from the URL's query string (or the view last shown, when the URL has none) on a session's
    first run, after the data changed and when the widgets were forgotten; else keep them inside what the data
    allows."""
    if st.session_state.get(READ) and "f_dates" in st.session_state:
        keep_state_valid(catalog)
        return
    params: Mapping[str, str | list[str]] = {key: st.query_params.get_all(key) for key in st.query_params}
    if not any(key in params for key in link.PARAM_KEYS):
        params = st.session_state.get(LAST_VIEW, {})
    set_widgets(start_view(link.from_params(params), catalog), catalog)
    st.session_state[READ] = True


def keep_state_valid(catalog: Catalog) -> None:
    """After the data changed (a rebuild), bring widget values back inside what the new data allows."""
    lo, hi = catalog.bounds
    picked = st.session_state.get("f_dates")
    if isinstance(picked, list | tuple) and any(isinstance(d, date) and not lo <= d <= hi for d in picked):
        st.session_state["f_dates"] = tuple(min(max(d, lo), hi) for d in picked if isinstance(d, date))
    if int(st.session_state.get("f_min_sources", 1)) > max(catalog.most, 1):
        st.session_state["f_min_sources"] = max(catalog.most, 1)


def set_widgets(filters: Filters, catalog: Catalog) -> None:
    for attr, key in WIDGETS.items():
        value = getattr(filters, attr)
        st.session_state[key] = list(value) if isinstance(value, tuple) else value
    lo, hi = catalog.bounds
    st.session_state["f_dates"] = (filters.date_from or lo, filters.date_to or hi)
    st.session_state["event"] = filters.event  # checked against the view once it is read


def reset(catalog: Catalog) -> None:
    """Back to the view a visitor starts on."""
    set_widgets(catalog.default, catalog)


def reread() -> None:
    """Read the view from the URL again on the next run (after the data changed: the date range may widen)."""
    st.session_state[READ] = False


def sync_query_params(filters: Filters) -> None:
    """Mirror the view in the URL, touching only the view's own keys (other panels may add theirs)."""
    params = link.to_params(filters)
    st.session_state[LAST_VIEW] = params
    for key in link.PARAM_KEYS:
        if key in params:
            value = params[key]
            current = st.query_params.get_all(key)
            if current != ([value] if isinstance(value, str) else value):
                st.query_params[key] = value
        elif key in st.query_params:
            del st.query_params[key]


# --- what to say when nothing is shown ----------------------------------------------------------------------

_NAMES = {"actors": "actor", "countries": "country/side", "types": "event type", "outlets": "outlet",
          "articles": "article", "modalities": "status", "date_from": "start date", "date_to": "end date",
          "text": "search text", "min_sources": "minimum sources"}


def active(filters: Filters) -> list[str]:
    """Human names of the filters that narrow the view."""
    default = Filters()
    return [label for key, label in _NAMES.items() if getattr(filters, key) != getattr(default, key)]


def empty_hint(filters: Filters) -> str:
    """What to do when nothing matches: name the narrowing filters."""
    narrowing = active(filters)
    if not narrowing:
        return "No events to show: the table is empty. Add articles, or check the warnings below."
    tip = ", ".join(narrowing)
    extra = "" if set(filters.modalities) >= set(schema.MODALITIES) else (
        " To include planned, threatened, denied or hypothetical events, add them under Status.")
    return f"No events match these filters ({tip}). Remove one of them or press Reset to widen the view.{extra}"
