"""The sidebar's filters: every filter of the view and a Reset, set from and mirrored to the URL (`ui.url_state`)."""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from timeline import schema
from timeline.store.query import Filters
from ui import url_state
from ui.sources import Catalog


def filter_panel(catalog: Catalog) -> Filters:
    """The sidebar: every filter, and a reset. Returns the filters as chosen."""
    options = catalog.options
    sb = st.sidebar
    sb.header("Filters")
    sb.button("Reset filters", key="reset", on_click=url_state.reset, args=(catalog,), width="stretch")

    def multi(label: str, attr: str, help_text: str = "", names: dict[str, str] | None = None) -> list[str]:
        counts = options.get(attr, {})  # a dataset's summary lists no articles: only chosen ones
        current = [v for v in st.session_state.get(url_state.WIDGETS[attr], []) if v not in counts]
        shown = names or {}
        return sb.multiselect(label, list(counts) + current, key=url_state.WIDGETS[attr],
                              format_func=lambda v: f"{shown.get(v) or v} ({counts.get(v, 0)})",
                              help=help_text or None, placeholder="All")

    sb.text_input("Search headlines and sentences", key="f_text", placeholder="e.g. carrier, sanctions")
    actors = multi(schema.LABELS["actor"], "actors", "Type to search. The number is how many events.")
    countries = multi(schema.LABELS["actor_country"] + " / side", "countries")
    types = multi(schema.LABELS["event_type"], "types")
    modalities = sb.multiselect(schema.LABELS["modality"], list(schema.MODALITIES), key="f_modalities",
                                help="By default only what happened (asserted or claimed). Add planned, "
                                "threatened, denied or hypothetical events: they are drawn crossed.")
    lo, hi = catalog.bounds
    picked = sb.date_input("Dates", min_value=lo, max_value=hi, key="f_dates", format="YYYY-MM-DD")
    outlets = multi(schema.LABELS["outlet"], "outlets")
    articles = multi(schema.LABELS["article_id"], "articles", names=catalog.titles)
    min_sources = sb.number_input("Minimum number of sources", min_value=1, max_value=max(catalog.most, 1), step=1,
                                  key="f_min_sources")
    day_from, day_to = date_pair(picked, lo, hi)
    return Filters(
        actors=tuple(actors), countries=tuple(countries), types=tuple(types), outlets=tuple(outlets),
        articles=tuple(articles), modalities=tuple(modalities), text=st.session_state.get("f_text", ""),
        date_from=day_from if day_from != lo else None, date_to=day_to if day_to != hi else None,
        min_sources=int(min_sources), event=st.session_state.get("event", ""))


def date_pair(picked: Any, lo: date, hi: date) -> tuple[date, date]:
    """The (from, to) of a date_input that may hold one day while the user is still choosing."""
    values = list(picked) if isinstance(picked, list | tuple) else [picked]
    days = [v for v in values if isinstance(v, date)]
    if not days:
        return lo, hi
    return days[0], days[1] if len(days) > 1 else hi
