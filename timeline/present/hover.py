"""The hover box of each event on the timeline (`hover_text`), made once for a cached events frame (`with_hover`)
rather than on every redraw. Every text from an article is HTML-escaped: it never becomes markup. Pure."""

from __future__ import annotations

import html
from typing import Final

import pandas as pd

from timeline import schema
from timeline.present import views

HOVER: Final = "hover"  # optional column of prepared hover texts (see `with_hover`)


def hover_text(events: pd.DataFrame) -> list[str]:
    """The hover box per event, HTML-escaped (article text never becomes markup).

    Built with one f-string per row over plain lists: much faster than column-wise string arithmetic.
    """
    def col(name: str) -> list[str]:
        return [str(v) for v in events[name].astype("string").fillna("").tolist()]

    seen: dict[str, str] = {}

    def esc(text: str) -> str:  # actors, types and dates repeat: escape each distinct text once
        out = seen.get(text)
        if out is None:
            out = seen[text] = html.escape(text)
        return out

    written = views.written_text(events).tolist()
    resolved = views.resolved_text(events).tolist()
    sources = events["sources"].fillna(1).astype("int64").tolist()
    rows = zip(col("actor"), col("target"), col("event_type"), col("subtype"), col("modality"), written,
               resolved, col("summary"), sources, strict=True)
    written_label, sources_label = schema.LABELS["date_text"], schema.LABELS["sources"]
    return [f"<b>{esc(actor)}</b> → {esc(target) or '—'}<br>"
            f"{esc(kind)}{' / ' + esc(sub) if sub else ''} · {modality}<br>"
            f"{written_label}: {esc(str(w))}<br>Resolved: {r}<br>"
            f"{esc(summary if len(summary) <= 140 else summary[:139] + '…')}<br>{sources_label}: {n}"
            for actor, target, kind, sub, modality, w, r, summary, n in rows]


def with_hover(events: pd.DataFrame) -> pd.DataFrame:
    """`events` with a `hover` column, so a cached events frame pays for hover texts once, not per redraw."""
    return events.assign(**{HOVER: pd.Series(hover_text(events), index=events.index, dtype="string")})
