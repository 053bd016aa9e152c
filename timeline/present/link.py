"""A view as the query string of its link: what the dashboard mirrors in its URL, so that a copied link reopens
the same view, and what `python -m timeline export --view QUERY` reads to export the events of that view.

`to_params` writes a `timeline.store.query.Filters` (only what differs from the defaults, lists as repeated keys),
`from_params` reads one back; unknown keys and unreadable values are ignored, so a link never fails to open.
`PARAM_KEYS` are the keys the view owns (other panels may add their own to the same URL).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Final

from timeline import schema
from timeline.store.query import Filters

_LIST_PARAMS: Final = {"actors": "actor", "countries": "country", "types": "type", "outlets": "outlet",
                       "articles": "article", "modalities": "status"}
PARAM_KEYS: Final = (*_LIST_PARAMS.values(), "from", "to", "q", "min_sources", "event")


def to_params(filters: Filters) -> dict[str, str | list[str]]:
    """The query-string form of `filters`: only what differs from the defaults, lists as repeated keys."""
    default = Filters()
    out: dict[str, str | list[str]] = {}
    for attr, key in _LIST_PARAMS.items():
        value = getattr(filters, attr)
        if value != getattr(default, attr):
            out[key] = list(value) if value else ["none"] if attr == "modalities" else []
    if filters.date_from:
        out["from"] = filters.date_from.isoformat()
    if filters.date_to:
        out["to"] = filters.date_to.isoformat()
    if filters.text.strip():
        out["q"] = filters.text.strip()
    if filters.min_sources > 1:
        out["min_sources"] = str(filters.min_sources)
    if filters.event:
        out["event"] = filters.event
    return {k: v for k, v in out.items() if v != []}


def from_params(params: Mapping[str, str | Sequence[str]]) -> Filters:
    """`Filters` from a query string; unknown keys and unreadable values are ignored (a link never crashes)."""

    def many(key: str) -> tuple[str, ...]:
        raw = params.get(key, ())
        values = [raw] if isinstance(raw, str) else list(raw)
        return tuple(dict.fromkeys(v for v in (s.strip() for s in values) if v))

    def one(key: str) -> str:
        values = many(key)
        return values[-1] if values else ""

    kwargs: dict[str, object] = {}
    for attr, key in _LIST_PARAMS.items():
        if key in params:
            kwargs[attr] = many(key)
    modalities = kwargs.get("modalities")
    if isinstance(modalities, tuple):
        kwargs["modalities"] = tuple(m for m in modalities if m in schema.MODALITIES)
    types = kwargs.get("types")
    if isinstance(types, tuple):
        kwargs["types"] = tuple(t for t in types if t in schema.EVENT_TYPES)
    min_sources = one("min_sources")
    return Filters(**kwargs,  # type: ignore[arg-type]
                   date_from=_day(one("from")), date_to=_day(one("to")), text=one("q"),
                   min_sources=int(min_sources) if min_sources.isdigit() and int(min_sources) > 0 else 1,
                   event=one("event"))


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
