"""The open event's detail: pick an event (or click one in the chart or table); its sentences, facts and sources."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from timeline import schema
from timeline.present import views
from ui.components.notes import show_load_error
from ui.sources import Source, View

MAX_PICK = 1_000  # events listed in the detail picker; the table and chart select any event


def detail_panel(source: Source, view: View) -> None:
    """Pick an event (or click one); show its sentences, sources and why it was merged."""
    labels = views.pick_label(view.events.tail(MAX_PICK))
    current = st.session_state.get("event", "")
    if current and current not in labels:
        known = source.known_events(view)
        labels.update(views.pick_label(known.loc[known["event_id"] == current]))
    st.selectbox("Event detail", ["", *labels], key="event",
                 format_func=lambda v: labels.get(v, "— choose an event, or click one in the chart or table —"))
    event = st.session_state.get("event", "")
    if not event:
        return
    try:
        chosen = views.detail(source.rows_of(view, [event], cached=True), event)  # every column of its mentions
    except Exception as exc:  # a dataset removed or rebuilt since this view was read: no traceback reaches a user
        show_load_error(exc)
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
