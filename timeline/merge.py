"""Merge: mentions (one row per sentence-event) -> events (one per real-world happening).

Public interface: `merge_mentions(frame)` fills `event_id`, `sources` and `merge_reason`.

Two mentions may join only when they have the same event type, the same subtype family
(`lexicon.SUBTYPES`), the same canonical actor, date ranges that overlap, and no conflicting targets;
then they join when their sentences are similar enough (token Jaccard on content words), with a lower
bar when both name the same target or the same explicitly dated day (the actor's own name never
counts as shared content). A mention dated only by its article's publication date is taken to cover
the `LOOKBACK_DAYS` before publication. Clusters are checked as a whole (every pair must have
compatible dates and targets), so a chain never links incompatible reports.

Within one article, the headline or lede (the article's first event sentence) restates the body: a
compatible mention there joins a body mention on a lower bar (`SIMILAR_IN_ARTICLE`). For deployments
only, a state and its own armed forces ("China" and "People's Liberation Army", registry `country` and
role) count as one actor; two countries never do. `merge_reason` names each of these rules when used.
The event id is a hash of the smallest mention id in the cluster: the same mentions give the same id
on every run, in any row order.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from timeline.actors import Registry
from timeline.lexicon import SUBTYPES, words

LOOKBACK_DAYS = 31
SIMILAR = 0.3  # content-word Jaccard above which two compatible mentions report the same happening
SIMILAR_WITH_TARGET = 0.12  # lower bar when both name the same target, or the same single day
SIMILAR_IN_ARTICLE = 0.08  # lower bar between an article's headline/lede and a body sentence of that article
STOPWORDS = frozenset(
    words("a an the and or but of to in on at by for with from as is are was were be been has have had it its this "
          "that these those he she they his her their them which who whom what when where while after before over "
          "into about said says say also not no than then there here will would could can may might more most some "
          "any all such other up out"))
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]+")
_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")


@dataclass(frozen=True)
class _Item:
    row: int
    mention_id: str
    article: str
    key: tuple[str, str, str]
    lo: date
    hi: date
    target: str
    words: frozenset[str]
    day: date | None  # the one calendar day an explicitly dated mention names, else None
    group: tuple[str, str, str]  # key, with a state and its own forces as one actor for deployments
    lead: bool  # the article's first event sentence (its headline or lede)


def _family(subtype: str, event_type: str) -> str:
    known = SUBTYPES.get(subtype)
    return known.family if known is not None else f"{event_type}:{subtype}"


def _words(text: str) -> frozenset[str]:
    out = set()
    for word in _WORD.findall(text.casefold().replace("’", "'")):
        word = word.removesuffix("'s")
        if word in STOPWORDS or len(word) < 3:
            continue
        out.add(_SUFFIX.sub("", word) if len(word) > 5 else word)  # launches, launched -> launch
    return frozenset(out)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _day(value: object) -> date:
    day: date = pd.Timestamp(str(value)).date()
    return day


def _forces_of(event_type: str, actor: str, country: str, registry: Registry) -> str:
    """For a deployment by a state or by that state's own armed forces: the state; else ""."""
    if event_type != "deployment" or not country:
        return ""
    if actor == country or actor == f"{country} armed forces":
        return country
    known = registry.lookup(actor)
    return country if known is not None and known.is_military and known.country == country else ""


def _items(frame: pd.DataFrame) -> list[_Item]:
    items = []
    registry = Registry.default()  # read once per merge, not per row
    first = frame.groupby("article_id", sort=False)["char_start"].min().to_dict() if len(frame) else {}
    for pos, row in enumerate(frame.itertuples(index=False)):
        lo, hi = _day(row.date_start), _day(row.date_end)
        if str(row.date_basis) == "publication":
            lo = lo - timedelta(days=LOOKBACK_DAYS)
        day = lo if lo == hi and str(row.date_basis) != "publication" else None
        key = (str(row.event_type), _family(str(row.subtype), str(row.event_type)), str(row.actor))
        forces = _forces_of(key[0], key[2], str(row.actor_country or ""), registry)
        group = (key[0], key[1], f"forces of {forces}") if forces else key
        items.append(_Item(pos, str(row.mention_id), str(row.article_id), key, lo, hi, str(row.target or "").casefold(),
                           _words(str(row.sentence)) - _words(str(row.actor)) - _words(str(row.actor_country or "")),
                           day, group, row.char_start == first.get(row.article_id)))
    return items


def _compatible(a: _Item, b: _Item) -> bool:
    if a.group != b.group or a.lo > b.hi or b.lo > a.hi:
        return False
    return not (a.target and b.target and a.target != b.target)


def _similar(a: _Item, b: _Item) -> float:
    return jaccard(a.words, b.words)


def _joins(a: _Item, b: _Item) -> bool:
    sim = _similar(a, b)
    same_target = bool(a.target) and a.target == b.target
    same_day = a.day is not None and a.day == b.day
    restated = a.article == b.article and (a.lead or b.lead) and a.lead != b.lead
    return sim >= SIMILAR or ((same_target or same_day) and sim >= SIMILAR_WITH_TARGET) or (
        restated and sim >= SIMILAR_IN_ARTICLE)


def _weeks(item: _Item) -> range:
    """The 7-day buckets (days since 0001-01-01, floor-divided by 7) that `item`'s date range touches."""
    return range(item.lo.toordinal() // 7, item.hi.toordinal() // 7 + 1)


def merge_mentions(frame: pd.DataFrame) -> pd.DataFrame:
    """Give mentions of the same happening one `event_id`; fill `sources` and `merge_reason`."""
    out = frame.copy()
    if out.empty:
        return out
    items = sorted(_items(out), key=lambda it: it.mention_id)
    # Only mentions of one key whose dates overlap can ever join, so each cluster is filed under its key and
    # the weeks its first mention covers (every later member overlaps it); a mention is tried only against the
    # clusters filed under its own key and weeks, oldest first, which keeps the merge near-linear in mentions.
    filed: dict[tuple[tuple[str, str, str], int], list[int]] = {}
    clusters: list[list[_Item]] = []
    for item in items:
        candidates = sorted({c for week in _weeks(item) for c in filed.get((item.group, week), ())})
        home = next((clusters[c] for c in candidates
                     if all(_compatible(item, o) for o in clusters[c]) and any(_joins(item, o) for o in clusters[c])),
                    None)
        if home is None:
            for week in _weeks(item):
                filed.setdefault((item.group, week), []).append(len(clusters))
            clusters.append([item])
        else:
            home.append(item)
    event_ids = [""] * len(out)
    sources = [1] * len(out)
    reasons = [""] * len(out)
    texts = {c: out[c].astype("string").fillna("").tolist() for c in ("target", "date_text", "date_basis")}
    for cluster in clusters:
        ident = "e-" + hashlib.sha1(cluster[0].mention_id.encode("utf-8")).hexdigest()[:12]
        articles = {it.article for it in cluster}
        reason = _reason(cluster, texts) if len(cluster) > 1 else ""
        for it in cluster:
            event_ids[it.row] = ident
            sources[it.row] = len(articles)
            reasons[it.row] = reason
    out["event_id"] = pd.array(event_ids, dtype="string")
    out["sources"] = pd.array(sources, dtype="Int64")
    out["merge_reason"] = pd.array(reasons, dtype="string")
    return out


def _reason(cluster: list[_Item], texts: dict[str, list[str]]) -> str:
    """Why `cluster`'s mentions were merged; `texts` holds the frame's target, date_text and date_basis
    columns as lists (row lookups in a frame cost far more than the merge itself)."""
    target, date_text, basis = texts["target"], texts["date_text"], texts["date_basis"]
    event_type, family, actor = cluster[0].key
    actors = sorted({it.key[2] for it in cluster})
    lo = max(it.lo for it in cluster)
    hi = min(it.hi for it in cluster)
    targets = sorted({target[it.row] for it in cluster if it.target})
    sim = max((_similar(a, b) for a in cluster for b in cluster if a.mention_id < b.mention_id), default=0.0)
    articles = len({it.article for it in cluster})
    parts = [f"same type {event_type} ({family}), actor {actor}" if len(actors) == 1 else
             f"same type {event_type} ({family}), actors {' ~ '.join(actors)} (a state and its own armed forces)"]
    if targets:
        parts.append(f"target {targets[0]}")
    parts.append(f"same day {lo.isoformat()}" if lo == hi and all(it.day == lo for it in cluster)
                 else f"dates overlap {lo.isoformat()}..{hi.isoformat()}")
    parts.append(f"similarity {sim:.2f}")
    if any(a.article == b.article and a.lead != b.lead for a in cluster for b in cluster):
        parts.append("headline/lede restated in the body")
    explicit = sorted({date_text[it.row] for it in cluster if basis[it.row] != "publication" and date_text[it.row]})
    if explicit and any(basis[it.row] == "publication" for it in cluster):
        parts.append(f"dated by {explicit[0]!r} (publication-dated mentions cover it)")
    parts.append(f"{len(cluster)} mentions from {articles} article(s)")
    return "; ".join(parts)
