"""The unit of work of a build: one article -> its mention rows (the contract's columns, before merging).

Everything this module imports, directly or not, decides what a row holds, so the row cache's version key is
the source of exactly these modules (`timeline.build.cache.extraction_modules`): editing a view, an exporter or the
merge leaves cached rows valid; editing anything extraction runs discards them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from timeline.extract.actors.registry import Registry
from timeline.ingest.articles import Article
from timeline.timex.temporal import find_timexes

if TYPE_CHECKING:
    from timeline.extract.events import Mention

Rows = list[dict[str, Any]]


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
    from timeline.extract.events import extract_mentions  # spaCy loads only when something must be extracted

    spans = find_timexes(article.text, article.published)
    return mention_rows(article, extract_mentions(article, spans, registry))


def batch_mentions(batch: Sequence[Article], registry: Registry | None = None) -> list[Rows]:
    """`article_mentions` of each article of `batch`, with spaCy parsing their texts together
    (`events.extract_many`); the rows are the same as one article at a time."""
    from timeline.extract.events import extract_many

    positions: list[int] = []
    items = []
    for i, article in enumerate(batch):
        if article.published is not None:
            positions.append(i)
            items.append((article, find_timexes(article.text, article.published)))
    out: list[Rows] = [[] for _ in batch]
    for i, (article, _), mentions in zip(positions, items, extract_many(items, registry), strict=True):
        out[i] = mention_rows(article, mentions)
    return out
