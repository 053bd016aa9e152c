"""The build step: articles -> time expressions -> mentions -> merged events frame.

The one place where stages are chained (and, later, where parallelism and caching live).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

import pandas as pd

from timeline import schema
from timeline.actors import Registry
from timeline.articles import Article
from timeline.events import Mention, extract_mentions
from timeline.merge import merge_mentions
from timeline.temporal import TimeSpan, find_timexes

Progress = Callable[[int, int, str], None]  # (done, total, article id)


def mention_id(article_id: str, mention: Mention) -> str:
    key = f"{article_id}|{mention.char_start}|{mention.event_type}|{mention.subtype}|{mention.actor}"
    return "m-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def mention_rows(article: Article, mentions: Iterable[Mention]) -> list[dict[str, Any]]:
    """One contract row per mention, with the article's metadata."""
    rows = []
    for m in mentions:
        row: dict[str, Any] = dict(m.__dict__)
        row.update(mention_id=mention_id(article.id, m), event_id="", article_id=article.id, title=article.title,
                   outlet=article.outlet, url=article.url, published=article.published, sources=1,
                   merge_reason="", curated=False)
        rows.append(row)
    return rows


def article_mentions(article: Article, registry: Registry | None = None) -> list[dict[str, Any]]:
    """Rows for one dated article (the unit of work a parallel build hands out)."""
    if article.published is None:
        return []
    spans = find_timexes(article.text, article.published)
    return mention_rows(article, extract_mentions(article, spans, registry))


def frame_from_rows(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    if not rows:
        return schema.empty_frame()
    return schema.coerce(pd.DataFrame(list(rows), columns=list(schema.COLUMN_NAMES)))


def build_events(articles: Sequence[Article], registry: Registry | None = None,
                 progress: Progress | None = None) -> pd.DataFrame:
    """The events table for `articles`: one row per mention, merged event ids filled in, validated."""
    rows: list[dict[str, Any]] = []
    for done, article in enumerate(articles, start=1):
        rows.extend(article_mentions(article, registry))
        if progress:
            progress(done, len(articles), article.id)
    frame = merge_mentions(frame_from_rows(rows))
    return schema.validate(frame)


def timex_records(article: Article, published: date | None = None) -> list[dict[str, Any]]:
    """The `timex` command's JSON objects for one article."""
    base = published or article.published
    if base is None:
        return []
    return [
        {"article_id": article.id, "start": s.start, "end": s.end, "text": s.text, "type": s.type,
         "value": s.value, "date_start": s.date_start.isoformat() if s.date_start else None,
         "date_end": s.date_end.isoformat() if s.date_end else None, "precision": s.precision,
         "basis": s.basis}
        for s in find_timexes(article.text, base)
    ]


def spans_to_records(spans: Iterable[TimeSpan]) -> list[dict[str, Any]]:
    return [s.__dict__ for s in spans]
