"""Merge: mentions (one row per sentence-event) -> events (one per real-world happening).

Entry point: `merge_mentions(frame)` (in the library's public interface, `timeline.__all__`) fills `event_id`,
`sources` and `merge_reason`.

Two mentions may join only when they have the same event type, the same subtype family
(`lexicon.event_types.SUBTYPES`), the same canonical actor, date ranges that overlap, and no conflicting targets
(two targets conflict when they share no content word: "U.S. embassies" and "American Embassies" agree,
"Cartel de los Soles" and "Tren de Aragua" do not); then they join when their sentences are similar enough
(token Jaccard on content words), with a lower bar when both name the same target or the same explicitly
dated day (the actor's own name never counts as shared content). A mention dated only by its article's
publication date is taken to cover the `LOOKBACK_DAYS` before publication. Clusters are checked as a whole
(every pair must have compatible dates and targets), so a chain never links incompatible reports.

Within one article, the headline or lede (the article's first event sentence) restates the body: a
compatible mention there joins a body mention on a lower bar (`SIMILAR_IN_ARTICLE`). For deployments
only, a state and its own armed forces ("China" and "People's Liberation Army", registry `country` and
role) count as one actor; two countries never do. `merge_reason` names each of these rules when used.
The event id is a hash of the smallest mention id in the cluster: the same mentions give the same id
on every run, in any row order.

A merged event's headline (`summary`, written per mention by `timeline.extract.headlines`) is the best of its mentions'
(`headline_rank`): the most complete first (one that names the event's target, then the actor's clause: its
name then a verb),
then the most specific (the most names and figures beyond the actor's name), then the longest in content
words, then the smallest mention id; every mention of the event gets it, and `merge_reason` says which
mention it came from and why.
"""

from __future__ import annotations

import gc
import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from timeline.extract.actors.registry import Registry
from timeline.extract.lexicon import words
from timeline.extract.lexicon.event_types import SUBTYPES

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
_NONE = frozenset({""})
_ACRONYM = re.compile(r"\b[A-Z]{2}\b")
_OPENERS = "“\"'‘(«„"


@dataclass(frozen=True)
class _Item:
    row: int
    mention_id: str
    article: str
    key: tuple[str, str, str]
    lo: date
    hi: date
    target: frozenset[str]  # the target's content words (empty: no target)
    words: frozenset[str]
    day: date | None  # the one calendar day an explicitly dated mention names, else None
    group: tuple[str, str, str]  # key, with a state and its own forces as one actor for deployments
    lead: bool  # the article's first event sentence (its headline or lede)


def _family(subtype: str, event_type: str) -> str:
    known = SUBTYPES.get(subtype)
    return known.family if known is not None else f"{event_type}:{subtype}"


def _content_word(word: str) -> str:
    """The form of `word` (casefolded) that similarity compares, or "" when it does not count."""
    word = word.removesuffix("'s")
    if word in STOPWORDS or len(word) < 3:
        return ""
    return _SUFFIX.sub("", word) if len(word) > 5 else word  # launches, launched -> launch


def _words(text: str, memo: dict[str, str] | None = None) -> frozenset[str]:
    """The content words of `text`; `memo` keeps each word's form across calls (one merge's sentences)."""
    memo = {} if memo is None else memo
    found = _WORD.findall(text.casefold().replace("’", "'"))
    for word in found:
        if word not in memo:
            memo[word] = _content_word(word)
    return frozenset(map(memo.__getitem__, found)) - _NONE


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not (a and b):
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def _forces_of(event_type: str, actor: str, country: str, registry: Registry) -> str:
    """For a deployment by a state or by that state's own armed forces: the state; else ""."""
    if event_type != "deployment" or not country:
        return ""
    if actor in {country, registry.military(country).name, f"{country} armed forces"}:  # (the last: tables
        # written before generic forces took the demonym)
        return country
    named, _, service = actor.rpartition(" ")
    if service in {"Army", "Navy"} and registry.country(named) == country:
        return country  # an unlisted country's service, named as the story names it ("Indian Navy")
    known = registry.lookup(actor)
    return country if known is not None and known.is_military and known.country == country else ""


def _items(frame: pd.DataFrame) -> list[_Item]:
    """One `_Item` per row of `frame`, in row order. Columns are read as lists once (row access in a frame
    costs far more than the merge); the words of an actor or country name and an actor's forces group are
    worked out once per distinct name."""
    if not len(frame):
        return []
    registry = Registry.default()  # read once per merge, not per row
    first = frame.groupby("article_id", sort=False)["char_start"].min().to_dict()
    text = {c: frame[c].astype("string").fillna("").tolist()
            for c in ("mention_id", "article_id", "event_type", "subtype", "actor", "actor_country", "target",
                      "sentence", "date_basis")}
    starts, ends = frame["date_start"].dt.date.tolist(), frame["date_end"].dt.date.tolist()
    name_words: dict[str, frozenset[str]] = {}
    target_words: dict[str, frozenset[str]] = {}
    memo: dict[str, str] = {}
    groups: dict[tuple[str, str, str, str], tuple[tuple[str, str, str], tuple[str, str, str]]] = {}
    items = []
    for pos, (mention, article, event_type, subtype, actor, country, target, sentence, basis, lo, hi, char_start) in \
            enumerate(zip(*text.values(), starts, ends, frame["char_start"].tolist(), strict=True)):
        if basis == "publication":
            lo = lo - timedelta(days=LOOKBACK_DAYS)
        day = lo if lo == hi and basis != "publication" else None
        found = groups.get((event_type, subtype, actor, country))
        if found is None:
            key = (event_type, _family(subtype, event_type), actor)
            forces = _forces_of(event_type, actor, country, registry)
            found = groups[event_type, subtype, actor, country] = (
                key, (key[0], key[1], f"forces of {forces}") if forces else key)
        for name in (actor, country):
            if name not in name_words:
                name_words[name] = _words(name)
        if target not in target_words:
            target_words[target] = _target_words(target, memo)
        items.append(_Item(pos, mention, article, found[0], lo, hi, target_words[target],
                           _words(sentence, memo) - name_words[actor] - name_words[country],
                           day, found[1], char_start == first.get(article)))
    return items


def _target_words(target: str, memo: dict[str, str]) -> frozenset[str]:
    """The words two targets are compared on: content words, and names of two capitals ("UN", "EU")."""
    return _words(target, memo) | frozenset(w.casefold() for w in _ACRONYM.findall(target))


def _compatible(a: _Item, b: _Item) -> bool:
    if a.group != b.group or a.lo > b.hi or b.lo > a.hi:
        return False
    return not (a.target and b.target and a.target.isdisjoint(b.target))


def _similar(a: _Item, b: _Item) -> float:
    return jaccard(a.words, b.words)


def _joins(a: _Item, b: _Item) -> bool:
    sim = _similar(a, b)
    same_target = not a.target.isdisjoint(b.target)
    same_day = a.day is not None and a.day == b.day
    restated = a.article == b.article and (a.lead or b.lead) and a.lead != b.lead
    return sim >= SIMILAR or ((same_target or same_day) and sim >= SIMILAR_WITH_TARGET) or (
        restated and sim >= SIMILAR_IN_ARTICLE)


def _weeks(item: _Item) -> range:
    """The 7-day buckets (days since 0001-01-01, floor-divided by 7) that `item`'s date range touches."""
    return range(item.lo.toordinal() // 7, item.hi.toordinal() // 7 + 1)


class _Cluster:
    """Mentions merged so far into one event, and what a newcomer must be compatible with and similar to.

    Every pair of members is compatible, so a newcomer is compatible with all of them exactly when its date
    range meets the members' common range (`lo`..`hi`: pairwise-overlapping ranges share one) and its target
    conflicts with none of the members' distinct targets (`targets`). It joins when it joins any member
    (`_joins`); members with the same content words are checked once (`texts`: their targets, days and
    (article, lead) places)."""

    __slots__ = ("hi", "items", "lo", "targets", "texts")

    def __init__(self, item: _Item) -> None:
        self.items: list[_Item] = []
        self.lo, self.hi = item.lo, item.hi
        self.targets: set[frozenset[str]] = set()
        self.texts: dict[frozenset[str], tuple[set[frozenset[str]], set[date], set[tuple[str, bool]]]] = {}
        self.add(item)

    def add(self, item: _Item) -> None:
        self.items.append(item)
        self.lo, self.hi = max(self.lo, item.lo), min(self.hi, item.hi)
        if item.target:
            self.targets.add(item.target)
        targets, days, places = self.texts.setdefault(item.words, (set(), set(), set()))
        if item.target:
            targets.add(item.target)
        if item.day is not None:
            days.add(item.day)
        places.add((item.article, item.lead))

    def admits(self, item: _Item) -> bool:
        """`_compatible(item, member)` for every member."""
        if item.lo > self.hi or self.lo > item.hi:
            return False
        target = item.target
        return not target or not any(target.isdisjoint(t) for t in self.targets)

    def joined_by(self, item: _Item) -> bool:
        """`_joins(item, member)` for some member."""
        words, size = item.words, len(item.words)
        if not size:
            return False  # no similarity to anything: jaccard() is 0.0, below every bar
        if words in self.texts:
            return True  # a member with the same words: similarity 1.0
        for text, (targets, days, places) in self.texts.items():
            if not text:
                continue
            shared = len(words & text)
            sim = shared / (size + len(text) - shared)  # jaccard(words, text), inlined: this is the merge's loop
            if sim >= SIMILAR:
                return True
            if sim >= SIMILAR_WITH_TARGET and ((item.day is not None and item.day in days) or any(
                    not item.target.isdisjoint(t) for t in targets)):
                return True
            if sim >= SIMILAR_IN_ARTICLE and (item.article, not item.lead) in places:
                return True
        return False


def event_id_of(mention_id: str) -> str:
    """The id of an event whose smallest mention id is `mention_id` (stable across runs and row orders)."""
    return "e-" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:12]


def merge_mentions(frame: pd.DataFrame) -> pd.DataFrame:
    """Give mentions of the same happening one `event_id`; fill `sources` and `merge_reason`."""
    out = frame.copy()
    if out.empty:
        return out
    # The merge makes a few small objects per mention and no reference cycles: the cyclic garbage collector's
    # passes over them would grow with the archive, so it is paused (bench/RESULTS.md, "Merge at 1k and 10k").
    paused = gc.isenabled()
    gc.disable()
    try:
        return _merge(out)
    finally:
        if paused:
            gc.enable()


def _merge(out: pd.DataFrame) -> pd.DataFrame:
    items = sorted(_items(out), key=lambda it: it.mention_id)
    # Only mentions of one key whose dates overlap can ever join, so each cluster is filed under its key and
    # the weeks its first mention covers (every later member overlaps it); a mention is tried only against the
    # clusters filed under its own key and weeks, oldest first. A cluster keeps what a newcomer is checked
    # against (`_Cluster`), so a check costs one comparison per distinct sentence, not per pair of mentions.
    filed: dict[tuple[tuple[str, str, str], int], list[int]] = {}
    clusters: list[_Cluster] = []
    for item in items:
        weeks = _weeks(item)
        candidates = (filed.get((item.group, weeks[0]), []) if len(weeks) == 1 else  # filed in ascending order
                      sorted({c for week in weeks for c in filed.get((item.group, week), ())}))
        home = next((clusters[c] for c in candidates if clusters[c].admits(item) and clusters[c].joined_by(item)),
                    None)
        if home is None:
            for week in weeks:
                filed.setdefault((item.group, week), []).append(len(clusters))
            clusters.append(_Cluster(item))
        else:
            home.add(item)
    event_ids = [""] * len(out)
    sources = [1] * len(out)
    reasons = [""] * len(out)
    texts = {c: out[c].astype("string").fillna("").tolist() for c in ("target", "date_text", "date_basis", "summary")}
    summaries = texts["summary"]
    ranks: dict[tuple[str, str, str], tuple[int, int, int, int]] = {}
    for found in clusters:
        cluster = found.items
        ident = event_id_of(cluster[0].mention_id)
        articles = {it.article for it in cluster}
        reason = _reason(found, texts) if len(cluster) > 1 else ""
        if len({summaries[it.row] for it in cluster}) > 1:
            best, why = _headline(cluster, texts, ranks)
            reason += "; " + why
            for it in cluster:
                summaries[it.row] = best
        for it in cluster:
            event_ids[it.row] = ident
            sources[it.row] = len(articles)
            reasons[it.row] = reason
    out["event_id"] = pd.array(event_ids, dtype="string")
    out["sources"] = pd.array(sources, dtype="Int64")
    out["merge_reason"] = pd.array(reasons, dtype="string")
    out["summary"] = pd.array(summaries, dtype="string")
    return out


def headline_rank(summary: str, actor: str, target: str) -> tuple[int, int, int, int]:
    """How good a headline is for its event, best highest: whether its mention names a target and whether it is
    the actor's clause (complete: the actor's name then a verb, not "ACTOR: a noun phrase" nor a participle or
    infinitive after the name), how many names and figures it holds beyond the actor's name (specific: "Cartel de
    los Soles", "$50 million"), how many content words."""
    own = summary.startswith(actor)
    told = summary.removeprefix(actor).split() if own else summary.split()[1:]  # a capital first word is no name
    clause = own and bool(told) and not (summary.startswith(actor + ":") or told[0] == "to"
                                         or told[0].endswith("ing"))
    names = sum(1 for word in told if word.lstrip(_OPENERS)[:1].isupper() or word.lstrip(_OPENERS)[:1].isdigit())
    return (1 if target else 0, 1 if clause else 0, names, len(_words(" ".join(told))))


def _headline(cluster: list[_Item], texts: dict[str, list[str]],
              ranks: dict[tuple[str, str, str], tuple[int, int, int, int]]) -> tuple[str, str]:
    """The best headline of `cluster`'s mentions (`headline_rank`, then the smallest mention id) and why, for
    `merge_reason`. `ranks` keeps the rank of each (headline, actor, target) across clusters."""
    summary, target = texts["summary"], texts["target"]
    scored = []
    for it in cluster:  # in mention id order
        key = (summary[it.row], it.key[2], target[it.row])
        if key not in ranks:
            ranks[key] = headline_rank(*key)
        scored.append((ranks[key], it))
    rank, best = max(scored, key=lambda pair: pair[0])  # the first of equals: the smallest mention id
    aimed, clause, names, words = rank
    headlines = len({summary[it.row] for it in cluster})
    why = (f"headline from mention {best.mention_id} ({best.article}), the best of {headlines}: "
           + ("names the target, " if aimed else "") + ("the actor's clause, " if clause else "")
           + f"{names} names or figures, {words} content words")
    return summary[best.row], why


def _reason(found: _Cluster, texts: dict[str, list[str]]) -> str:
    """Why `found`'s mentions were merged; `texts` holds the frame's target, date_text and date_basis
    columns as lists (row lookups in a frame cost far more than the merge itself)."""
    target, date_text, basis = texts["target"], texts["date_text"], texts["date_basis"]
    cluster, lo, hi = found.items, found.lo, found.hi  # lo..hi: the date range every member covers
    event_type, family, actor = cluster[0].key
    actors = sorted({it.key[2] for it in cluster})
    targets = sorted({target[it.row] for it in cluster if it.target}, key=str.casefold)
    sim = _closest(cluster)
    articles = len({it.article for it in cluster})
    parts = [f"same type {event_type} ({family}), actor {actor}" if len(actors) == 1 else
             f"same type {event_type} ({family}), actors {' ~ '.join(actors)} (a state and its own armed forces)"]
    if targets:
        parts.append(f"target {' ~ '.join(targets)}")
    parts.append(f"same day {lo.isoformat()}" if lo == hi and all(it.day == lo for it in cluster)
                 else f"dates overlap {lo.isoformat()}..{hi.isoformat()}")
    parts.append(f"similarity {sim:.2f}")
    places = {(it.article, it.lead) for it in cluster}
    if any((article, not lead) in places for article, lead in places):
        parts.append("headline/lede restated in the body")
    explicit = sorted({date_text[it.row] for it in cluster if basis[it.row] != "publication" and date_text[it.row]})
    if explicit and any(basis[it.row] == "publication" for it in cluster):
        parts.append(f"dated by {explicit[0]!r} (publication-dated mentions cover it)")
    parts.append(f"{len(cluster)} mentions from {articles} article(s)")
    return "; ".join(parts)


def _closest(cluster: list[_Item]) -> float:
    """The highest similarity between two mentions of `cluster` (0.0 for one mention), comparing each pair
    of distinct content-word sets once: two mentions with the same non-empty words are 1.0."""
    counts: dict[frozenset[str], int] = {}
    for it in cluster:
        counts[it.words] = counts.get(it.words, 0) + 1
    if any(text and n > 1 for text, n in counts.items()):
        return 1.0
    distinct = list(counts)
    return max((jaccard(a, b) for i, a in enumerate(distinct) for b in distinct[i + 1:]), default=0.0)
