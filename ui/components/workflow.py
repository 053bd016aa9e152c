"""The panels that change data (the local workflow): rebuild, add articles, correct events and undo corrections.

Drawn only on the page `ui/pages/change.py`, which `ui.frame` registers only when the deployment is writable.
Every decision and every write is made in `timeline/` (`articles`, `curation`, `workspace`), and every write also
checks `Settings.require_writable`, so that no widget state can reach a write in a read-only deployment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st

from timeline import curation, schema
from timeline.curation import Correction
from timeline.errors import TimelineError
from timeline.ingest.articles import Added, add_article, add_text
from timeline.present import views
from timeline.settings import Settings
from timeline.store import workspace
from ui import context

UPLOAD_TYPES = ["txt", "md", "markdown", "html", "htm"]
ACTION_LABELS = {"set": "Change a field", "hide": "Hide (not a real event)", "merge_into": "Merge into another event",
                 "split": "Split a mention off"}
DATE_FIELDS = ("date_start", "date_end")
CHOICES: dict[str, tuple[str, ...]] = {"event_type": schema.EVENT_TYPES, "modality": schema.MODALITIES,
                                       "date_precision": schema.PRECISIONS}


def safe(text: str) -> str:
    return views.safe_text(text)


def rebuild_with_progress(config: Settings, *, force: bool = False,
                          on_change: Callable[[], None] | None = None) -> workspace.View | None:
    """Rebuild (only what changed) with a progress bar; errors are shown, never raised."""
    bar = st.progress(0.0, text="Checking what changed…")

    def report(done: int, total: int, name: str) -> None:
        bar.progress(done / total if total else 1.0, text=f"Extracting {done}/{total}: {name}")

    try:
        view = workspace.rebuild(config, built_at=context.now_iso(), progress=report, force=force)
    except TimelineError as exc:
        bar.empty()
        st.error(safe(exc.message))
        return None
    bar.empty()
    if view.rebuilt and on_change is not None:
        on_change()
    st.session_state["_workflow_note"] = (
        f"Rebuilt: {len(view.frame):,} mention(s) of {view.frame['event_id'].nunique():,} event(s)."
        if view.rebuilt else "Nothing changed since the last build.")
    return view


def _add_all(config: Settings, files: Sequence[Any], pasted: str, title: str, published: date | None,
             outlet: str, url: str) -> tuple[list[Added], list[str]]:
    config.require_writable("add articles")
    added: list[Added] = []
    errors: list[str] = []
    for upload in files[: config.max_upload_files]:
        try:
            added.append(add_article(config.articles_dir, upload.name, upload.getvalue(), published=published,
                                     title=title if len(files) == 1 and not pasted.strip() else "",
                                     outlet=outlet, url=url, max_bytes=config.max_article_bytes))
        except TimelineError as exc:
            errors.append(exc.message)
    if len(files) > config.max_upload_files:
        errors.append(f"only the first {config.max_upload_files} files were taken; add the rest in another round")
    if pasted.strip():
        try:
            added.append(add_text(config.articles_dir, pasted, published=published, title=title, outlet=outlet,
                                  url=url, max_bytes=config.max_article_bytes))
        except TimelineError as exc:
            errors.append(exc.message)
    return added, errors


def add_articles_panel(config: Settings, on_change: Callable[[], None]) -> None:
    """Upload `.txt`/`.md`/`.html` files or paste text, with date, outlet and URL; then rebuild."""
    with st.expander("Add articles", expanded=False), st.form("add_articles", clear_on_submit=True):
        if not st.get_option("server.maxUploadSize"):
            st.caption("This server takes no file uploads (`server.maxUploadSize` is 0, as for a read-only "
                       "deployment): start it with `bash scripts/run.sh`, or paste the text below.")
        files = st.file_uploader("Article files (.txt, .md, .html)", type=UPLOAD_TYPES, accept_multiple_files=True,
                                 key="add_files", help="HTML pages are reduced to their article text.")
        pasted = st.text_area("…or paste an article's text", key="add_pasted", height=140)
        title = st.text_input("Title (optional)", key="add_title")
        published = st.date_input("Publication date", value=None, min_value=date(1900, 1, 1),
                                  max_value=date(2100, 12, 31), format="YYYY-MM-DD", key="add_published",
                                  help="Leave empty to read it from the page's metadata or a dateline.")
        outlet = st.text_input("Outlet", key="add_outlet")
        url = st.text_input("URL", key="add_url", placeholder="https://…")
        submitted = st.form_submit_button("Add and rebuild")
    if not submitted:
        return
    day = published if isinstance(published, date) else None
    try:
        added, errors = _add_all(config, files or [], pasted or "", title, day, outlet, url)
    except TimelineError as exc:
        st.error(safe(exc.message))
        return
    messages = [("error", message) for message in errors]
    if not added and not errors:
        messages.append(("warning", "Choose a file or paste a text first."))
    for item in added:
        when = item.article.published.isoformat() if item.article.published else "undated"
        messages.append(("success", f"Added {item.path.name} ({when}, {item.article.date_source or 'no date found'})."))
        messages += [("warning", str(issue)) for issue in item.issues]
    if added and rebuild_with_progress(config, on_change=on_change) is not None:
        st.session_state["_workflow_messages"] = messages
        st.rerun()  # show the new data; the messages are shown again after the rerun
    show_messages(messages)


def show_messages(messages: Sequence[tuple[str, str]]) -> None:
    draw = {"error": st.error, "warning": st.warning, "success": st.success}
    for kind, text in messages:
        draw.get(kind, st.info)(safe(text))


def _value_widget(field: str, current: object) -> str:
    key = f"cur_value_{field}"
    if field in CHOICES:
        options = list(CHOICES[field])
        index = options.index(str(current)) if str(current) in options else 0
        return str(st.selectbox("New value", options, index=index, key=key))
    if field in DATE_FIELDS:
        start = current.date() if isinstance(current, pd.Timestamp) else date(2000, 1, 1)
        picked = st.date_input("New value", value=start, min_value=date(1900, 1, 1), max_value=date(2100, 12, 31),
                               format="YYYY-MM-DD", key=key)
        return picked.isoformat() if isinstance(picked, date) else ""
    return str(st.text_input("New value", value=str(current or ""), key=key))


def curation_panel(config: Settings, mentions: pd.DataFrame, on_change: Callable[[], None]) -> None:
    """Correct the machine: change a field, hide, merge or split an event; list corrections with Undo."""
    with st.expander("Correct events", expanded=False):
        events = views.events_of(mentions)
        labels = views.pick_label(events) if not events.empty else {}
        event_id = st.selectbox("Event", ["", *labels], key="cur_event",
                                format_func=lambda v: labels.get(v, "— choose the event to correct —"))
        action = st.radio("Correction", list(ACTION_LABELS), format_func=ACTION_LABELS.__getitem__,
                          horizontal=True, key="cur_action")
        rows = mentions.loc[mentions["event_id"] == event_id] if event_id else mentions.iloc[0:0]
        field, value = "", ""
        if action == "set":
            field = str(st.selectbox("Field", curation.EDITABLE_FIELDS, key="cur_field",
                                     format_func=lambda f: schema.LABELS.get(f, f)))
            value = _value_widget(field, rows[field].iloc[0] if len(rows) else "")
        elif action == "merge_into":
            others = [e for e in labels if e != event_id]
            value = str(st.selectbox("Merge into", ["", *others], key="cur_merge",
                                     format_func=lambda v: labels.get(v, "— choose the event to merge into —")))
        elif action == "split":
            sentences = dict(zip(rows["mention_id"].astype(str), rows["sentence"].astype(str).str.slice(0, 100),
                                 strict=True))
            value = str(st.selectbox("Mention to split off", ["", *sentences], key="cur_split",
                                     format_func=lambda v: sentences.get(v, "— choose a mention —")))
        note = st.text_input("Note (why)", key="cur_note")
        if st.button("Save correction", key="cur_save", disabled=not event_id):
            try:
                config.require_writable("save a correction")
                curation.append(config.curation_path, Correction(event_id, action, field, value, note,
                                                                 created=context.now_iso()))
            except TimelineError as exc:
                st.error(safe(exc.message))
            else:
                if rebuild_with_progress(config, on_change=on_change) is not None:
                    st.rerun()
        corrections_list(config, on_change)


def corrections_list(config: Settings, on_change: Callable[[], None]) -> None:
    corrections, issues = curation.read(config.curation_path)
    for issue in issues:
        st.error(safe(str(issue)))
    if not corrections:
        st.caption(f"No corrections yet. They are kept in {safe(str(config.curation_path.name))}.")
        return
    st.markdown(f"**Corrections** ({len(corrections)}), applied in this order after every build:")
    for index, item in enumerate(corrections):
        stamp = f" · {item.created}" if item.created else ""
        note = f" · “{item.note}”" if item.note else ""
        st.markdown(views.html_block(views.safe_html(f"{index + 1}. {item.describe()}{note}{stamp}"), "p"),
                    unsafe_allow_html=True)
        if st.button("Undo", key=f"undo_{index}_{item.event_id}_{item.action}"):
            try:
                config.require_writable("undo a correction")
                curation.remove(config.curation_path, index)
            except TimelineError as exc:
                st.error(safe(exc.message))
            else:
                if rebuild_with_progress(config, on_change=on_change) is not None:
                    st.rerun()


def rebuild_panel(config: Settings, on_change: Callable[[], None]) -> None:
    """The Rebuild button (local mode only) and the last rebuild's outcome."""
    note = st.session_state.pop("_workflow_note", "")
    if note:
        st.caption(safe(note))
    show_messages(st.session_state.pop("_workflow_messages", []))
    if st.button("Rebuild", key="rebuild", help="Re-extract the articles that changed and re-apply corrections.") \
            and rebuild_with_progress(config, on_change=on_change) is not None:
        st.rerun()


def workflow_panels(config: Settings, mentions: pd.DataFrame, on_change: Callable[[], None]) -> None:
    """Everything that changes data: Rebuild, Add articles, Correct events."""
    rebuild_panel(config, on_change)
    add_articles_panel(config, on_change)
    curation_panel(config, mentions, on_change)
