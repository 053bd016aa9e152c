"""Extraction: sentences of an article -> `Mention`s of deployments, designations and statements.

Public interface: `Mention` and `extract_mentions(article, timexes, registry=None)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from timeline.actors import Registry
from timeline.articles import Article
from timeline.temporal import TimeSpan


@dataclass(frozen=True)
class Mention:
    """One event reported in one sentence. Offsets point into `Article.text`."""

    event_type: str  # deployment, designation, statement
    subtype: str
    modality: str  # asserted, planned, threatened, denied, hypothetical, claimed
    actor: str
    actor_country: str
    target: str
    date_start: date
    date_end: date
    date_precision: str
    date_text: str
    date_basis: str  # explicit, relative, publication
    timex: str
    summary: str
    sentence: str
    char_start: int
    char_end: int
    confidence: float


def extract_mentions(article: Article, timexes: Sequence[TimeSpan],
                     registry: Registry | None = None) -> list[Mention]:
    """Every event mention in `article`, dated with `timexes` (from `temporal.find_timexes`)."""
    raise NotImplementedError("filled in by the event extractor (issue 4)")
