"""Extraction: sentences of an article -> `Mention`s of deployments, designations and statements.

Entry points: `Mention`, `extract_mentions(article, timexes, registry=None)` and `extract_many(items)` (many
articles, parsed in batches), in the library's public interface, `timeline.__all__`.

What counts as an event is docs/events.md, "What counts as an event": deployments (armed forces moved,
positioned, exercised or used), designations (formal acts that label or bind: listings, sanctions,
bounties, seizures, decrees, closures) and statements by actors in the crisis. Not events: analysts'
opinions, ordinary people's quotes, background, equipment, bylines, datelines, boilerplate. One sentence
may report several events. Per sentence, a trigger word (`timeline.extract.lexicon`) gives type and subtype; the
actor is who acts or speaks (`timeline.extract.actors.event_actors`), resolved in the article's context
(`timeline.extract.actors.resolve`); the date is the time expression governing the trigger's clause (never a
dateline's), else the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from timeline.extract import headlines
from timeline.extract.actors import places
from timeline.extract.actors.context import Resolved
from timeline.extract.actors.event_actors import ActorFinder
from timeline.extract.actors.phrases import country_of_tokens, media_attributed
from timeline.extract.actors.registry import SILENT_ROLES, Actor, Registry
from timeline.extract.actors.resolve import Resolver
from timeline.extract.dating import ArticleDates, names_an_event_told
from timeline.extract.lexicon.actors import FACELESS_ATTACKERS, NEWS_VERBS, RANK_AND_FILE
from timeline.extract.lexicon.clauses import (
    ATTACK_VERBS,
    BOILERPLATE,
    DEVICES,
    HAPPENING_VERBS,
    OFF_RECORD_WORDS,
    datelines,
)
from timeline.extract.lexicon.event_types import SUBTYPES
from timeline.extract.lexicon.modality import HAPPENED
from timeline.extract.modality import modality
from timeline.extract.syntax import governors, is_verbal, own_dates, subject_of, under_light_verb
from timeline.extract.triggers import Hit, find_hits, light_statement
from timeline.ingest.articles import Article
from timeline.nlp.pipeline import parse, parse_one
from timeline.timex.temporal import TimeSpan

_BOILERPLATE = re.compile(BOILERPLATE, re.IGNORECASE)
_HAPPENING_SUBJECTS = DEVICES | FACELESS_ATTACKERS  # "bombs exploded", "gunmen attacked": an attack by no one named
_SPACES = re.compile(r"\s+")
_OPENING_QUOTES = ("“", "«", "„")  # with the straight '"', which opens or closes by parity
_CLOSING_QUOTES = ("”", "»")
ACTOR_EVIDENCE = {"registry": 1.0, "country": 0.85, "nationality": 0.85, "coref": 0.7, "ner": 0.65, "context": 0.5,
                  "unattributed": 0.3}
# How an actor was found (`Resolved.source`) -> the row's `actor_basis` (schema.ACTOR_BASES).
ACTOR_BASIS = {"registry": "sentence", "ner": "sentence", "country": "sentence", "nationality": "nationality",
               "coref": "context", "context": "context", "unattributed": "unattributed"}
# The actor of an attack no one is said to have carried out ("bombs exploded outside the embassy").
UNATTRIBUTED = Actor("Unattributed", "", "unattributed", "unattributed")
ANONYMOUS_ATTACK = ("deployment", "force", UNATTRIBUTED.name)  # the event key of an attack by no one named
DATE_EVIDENCE = {"explicit": 1.0, "relative": 0.85, "publication": 0.55}


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
    actor_basis: str = "sentence"  # sentence, nationality, context or unattributed (schema.ACTOR_BASES)


def extract_mentions(article: Article, timexes: Sequence[TimeSpan],
                     registry: Registry | None = None, *, doc: Doc | None = None) -> list[Mention]:
    """Every event mention in `article`, dated with `timexes` (from `temporal.find_timexes`).

    `doc` is the article's parse when the caller already has it (`timeline.nlp.pipeline.parse` batches many)."""
    if article.published is None:
        return []
    reg = registry if registry is not None else Registry.default()
    parsed = doc if doc is not None else parse_one(article.text, reg)
    return _Extractor(article, article.published, timexes, reg, parsed).run()


def extract_many(items: Sequence[tuple[Article, Sequence[TimeSpan]]],
                 registry: Registry | None = None) -> list[list[Mention]]:
    """`extract_mentions` for many (article, timexes) pairs, in order; spaCy parses the texts in batches."""
    reg = registry if registry is not None else Registry.default()
    docs = parse([article.text for article, _ in items], reg)
    return [extract_mentions(article, spans, reg, doc=doc) for (article, spans), doc in zip(items, docs, strict=True)]


class Quotes(NamedTuple):
    """The quotation marks of a stretch of text (see `quotes`)."""

    starts: bool  # it begins with an opening mark: “ « „ or "
    closes: bool  # it closes a quotation opened before it: a closing mark (” »), or an odd number of " not at its start
    open: bool  # its end stands inside a quotation: more opening than closing marks, or an odd number of "


def quotes(text: str) -> Quotes:
    """Where `text` stands with respect to quotation marks; the one reading of them in extraction."""
    straight = text.count('"') % 2 == 1
    opening = sum(text.count(q) for q in _OPENING_QUOTES)
    closing = sum(text.count(q) for q in _CLOSING_QUOTES)
    starts_straight = text.startswith('"')
    return Quotes(starts=starts_straight or text.startswith(_OPENING_QUOTES),
                  closes=closing > 0 or (straight and not starts_straight),
                  open=opening > closing or straight)


def dateline_countries(text: str, registry: Registry) -> frozenset[str]:
    """The country of a wire story's dateline ("NAIROBI, Kenya (AP) _", "MOSCOW, Nov. 28 —", "KARACHI:", "BUFFALO,
    N.Y. (AP) --", "New Delhi, May 10 (PTI)": a city or US state the registry lacks is placed by `actors.places`):
    where it is reported from, which the article is most likely about."""
    for _, found in datelines(text):
        place, region = found.group(1).strip(), (found.group(2) or "").strip()
        country = (registry.country(region) or places.region_country(region, registry) if region else None) or \
            registry.country(place.title()) or places.city_country(place, registry)
        if country:
            return frozenset({country})
    return frozenset()


def _passive(verb: Token) -> bool:
    """A verb in the passive, a participle modifying a noun ("others wounded in the blasts"), or a conjunct
    sharing a passive's subject ("were killed and wounded in the blasts")."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return True  # "1,000 others wounded in the blasts"
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and _passive(verb.head)


def _only_imagined(hit: Hit, status: str) -> bool:
    """A noun event nobody is said to carry out: a "possible attack" nobody is said to weigh, or "will respond to
    an Iraqi attack" (an attack someone plans for, not one the attacker plans); not under a light verb ("will
    launch an attack")."""
    if not hit.noun or status not in {"hypothetical", "planned"} or under_light_verb(hit.token):
        return False
    return status == "hypothetical" or (hit.event_type != "statement" and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in hit.token.children))


def off_the_record(verb: Token) -> bool:
    """Whether what `verb` reports was said in private ("said privately"): no public utterance. (A spokesman
    "speaking on condition of anonymity" still speaks for the body: news reports it as the body's word.)"""
    return any(c.lower_ in OFF_RECORD_WORDS for c in verb.children if c.dep_ == "advmod")


def rank_and_file(verb: Token) -> bool:
    """Whether the speaker of `verb` is a service member of no speaking rank ("a U.S. soldier said", "Air Force
    fliers say"): words a reporter gathered, not the force's."""
    subject = subject_of(verb)
    return subject is not None and subject.lemma_.lower() in RANK_AND_FILE


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text.replace("’", "'")).strip().casefold()


class _Extractor:
    def __init__(self, article: Article, published: date, timexes: Sequence[TimeSpan], registry: Registry,
                 doc: Doc) -> None:
        self.article = article
        self.published = published
        self.registry = registry
        self.doc = doc
        # `doc.text` is rebuilt from every token on each access; spaCy's tokenizer is lossless, so the parse of
        # `article.text` (the only doc callers pass) spans exactly that string.
        end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        self.text = article.text if end == len(article.text) else doc.text
        self.resolver = Resolver(registry)
        self.resolver.ctx.dateline_countries = dateline_countries(article.text, registry)
        self.resolver.ctx.title_countries = registry.countries_in(article.title) | self.resolver.ctx.dateline_countries
        self.finder = ActorFinder(self.resolver)
        self.dates = ArticleDates(doc, self.text, timexes, published)
        self.times = self.dates.times
        self.title = _norm(article.title)

    def run(self) -> list[Mention]:
        out: list[Mention] = []
        opened: list[Span] = []  # sentences of a quotation still open ("“X. Y,” he said.": X waits for "he said")
        for sent in self.doc.sents:
            self.resolver.observe(sent)
            self.dates.next_sentence(sent)
            tokens = list(sent)  # one walk of the sentence's tokens, shared by the checks below
            if self._skip(sent, tokens):
                continue
            found = self._sentence(sent, tokens)
            out.extend(found)
            marks = quotes(self.text[sent.start_char: sent.end_char].strip())
            if opened and marks.closes:
                said = next((m for m in found if m.event_type == "statement"), None)
                out.extend(self._quoted(s, said) for s in opened if said is not None)
            opens = marks.starts and marks.open and not marks.closes  # not '"No," he said.': a quotation closed
            opened = [*opened, sent] if opens or (opened and not marks.closes and not found) else []
        out = [self._dated_later(m) for m in out] if self.dates.held else out
        # an attack by no one named, told again ("the embassy bombing", "the blast") on a day the article never gives
        out = [m for m in out if not self.dates.retold_undated(m, m.date_basis)]
        # one mention per sentence, kind and actor (the identity `rows.mention_id` hashes): a quotation and its
        # "says X" once both yielded the same statement, and the store refuses a table with a repeated id
        unique = {(m.char_start, m.event_type, m.subtype, m.actor): m for m in reversed(out)}
        return [m for m in out if unique[(m.char_start, m.event_type, m.subtype, m.actor)] is m]

    def _dated_later(self, mention: Mention) -> Mention:
        """An attack by no one named told before the article dates it: the date the article gives it later on."""
        when = self.dates.dated_later(mention)
        if when is None:
            return mention
        gain = 0.2 * (DATE_EVIDENCE["relative"] - DATE_EVIDENCE["publication"])
        return replace(mention, date_start=when.start, date_end=when.end, date_precision=when.precision,
                       date_text=when.text, date_basis=when.basis, timex=when.value,
                       confidence=round(min(1.0, mention.confidence + gain), 3))

    def _quoted(self, sent: Span, said: Mention) -> Mention:
        """An earlier sentence of a quotation, a statement of the speaker its last sentence names."""
        text = self.text[sent.start_char: sent.end_char]
        lead = len(text) - len(text.lstrip())
        body = text.strip()
        start = sent.start_char + lead
        return replace(said, sentence=body, char_start=start, char_end=start + len(body),
                       summary=headlines.quotation(sent, said.actor, self.times))

    def _skip(self, sent: Span, tokens: list[Token]) -> bool:
        full = self.text
        text = full[sent.start_char: sent.end_char].strip()  # `sent.text`, without rebuilding it from tokens
        words, verbal = 0, False
        for t in tokens:  # alphabetic words and whether any token is a verb
            words += t.is_alpha
            verbal = verbal or is_verbal(t)
        if (words < 4 and not (quotes(text).starts or text.startswith("``"))) or _BOILERPLATE.match(text) or \
                not verbal:
            return True  # a fragment, but not a short quotation with its speaker ("“Never,” Peskov said.")
        if text.endswith("?") and not quotes(text).starts:
            return True  # a question ("What do the Houthis say?", "Will China invade?") asserts nothing
        line_start = full.rfind("\n", 0, sent.start_char) + 1
        line_end = full.find("\n", sent.start_char)
        line = full[line_start: line_end if line_end >= 0 else len(full)]
        # The headline repeated at the top of the text (a lede that happens to be the title ends like a sentence).
        headline = not line.rstrip().endswith((".", "”", '"', "'"))
        return headline and bool(self.title) and _norm(line).removeprefix("home » ") == self.title

    # ---- one sentence ----------------------------------------------------------------------------

    def _sentence(self, sent: Span, tokens: list[Token]) -> list[Mention]:
        hits = find_hits(tokens, self.registry.fighters())
        nouns = {h.token.i for h in hits if h.noun}
        hits = [h for h in hits if not light_statement(h, nouns)]
        by_token = {h.token.i: h for h in hits}
        best: dict[tuple[str, str, str], tuple[float, Mention]] = {}
        every = {h.token.i: self.finder.find(h) or self._unattributed(h) for h in hits}
        actors = {i: (found[0] if found else None) for i, found in every.items()}
        reported = bool(hits) and media_attributed(tokens, self.registry)
        for hit in hits:
            if names_an_event_told(hit) and (not every[hit.token.i] or every[hit.token.i][0].actor == UNATTRIBUTED):
                self.dates.passing_attack(hit, sent, ANONYMOUS_ATTACK)
            status = modality(hit, by_token)
            if status is None or _only_imagined(hit, status):
                continue  # negated, denied, or a noun event nobody is said to carry out
            if hit.event_type == "statement" and (off_the_record(hit.token) or rank_and_file(hit.token)):
                continue  # "said privately", "a soldier said": no public utterance of an actor
            quoted = hit.event_type == "statement" and quotes(self.text[sent.start_char: hit.token.idx]).open
            if (status != "asserted" or quoted) and self._commentary(hit, by_token, actors):
                continue  # "analysts said Russia could launch an offensive": an opinion, not an event; nor are
                # the words a commentator puts in others' mouths ("“governments kept telling us,” counters X")
            if status == "asserted" and reported and hit.event_type != "statement":
                status = "claimed"  # "X sent troops, The Times reported, citing unnamed sources"
            asker = self._asker(hit, by_token, actors) if status == "planned" else None
            for resolved in every[hit.token.i]:
                if resolved.actor == UNATTRIBUTED and status not in {"asserted", "claimed"}:
                    continue  # "interdiction would begin": no attack is reported to have happened
                if asker is not None and asker.actor != resolved.actor and not (
                        asker.actor.country and asker.actor.country == resolved.actor.country):
                    continue  # "EU ministers demanded that Serbia withdraw": the demand is the event, not Serbia's
                    # plan; a side's own forces asked to act are its plan ("Maduro called for exercises by the militia")
                if hit.subtype == "expulsion" and self._sends_out_its_own(hit, resolved.actor):
                    continue  # "Putin ordered Russian troops to withdraw": a plan of its own forces, no expulsion
                if not resolved.actor.name or not (resolved.acts or (
                        resolved.actor.role in SILENT_ROLES and hit.event_type != "statement")):
                    continue  # a commentator, an outlet, or a private person's words
                mention = self._mention(sent, hit, status, resolved, set(by_token) - {hit.token.i})
                family = SUBTYPES[hit.subtype].family
                if resolved.actor != UNATTRIBUTED:
                    self.resolver.remember_event(hit.token.idx, resolved.actor, hit.event_type, family)
                key = (hit.event_type, family, resolved.actor.name)
                rank = mention.confidence + (0.05 if hit.subtype not in {"statement", "deployment"} else 0.0)
                if key not in best or rank > best[key][0]:
                    best[key] = (rank, mention)
        return [m for _, m in sorted(best.values(), key=lambda rm: (rm[1].event_type, rm[1].actor))]

    def _sends_out_its_own(self, hit: Hit, actor: Actor) -> bool:
        """Whether an order to leave is given to the orderer's own country's forces ("Putin ordered Russian troops
        to withdraw"), not another's ("the junta ordered French troops to leave the country")."""
        sent_out = next((c for c in hit.token.children if c.dep_ == "dobj"), None)
        if sent_out is None or not actor.country:
            return False
        return country_of_tokens([c for c in sent_out.children if c.dep_ in {"amod", "compound", "poss"}],
                                 self.registry) == actor.country

    def _unattributed(self, hit: Hit) -> list[Resolved]:
        """An attack the sentence reports as happening without saying who did it ("bombs exploded outside the
        embassies", "the blast killed 12", "four people were killed in an explosion", "gunmen attacked a village"
        when no group or country is named for them): an event whose actor is
        `UNATTRIBUTED`. A passing mention ("condemned the bombings", "in connection with the attacks") is none."""
        if SUBTYPES[hit.subtype].family != "force" or hit.event_type != "deployment":
            return []
        tok = hit.token
        if hit.noun and own_dates(tok):  # "since the October 7 attack", "after the Aug. 7 bombings": an attack
            happened = True  # named by its date is one that happened, whatever the sentence says of it
        elif not hit.noun:  # "bombs exploded", "the towns were bombed" (not "soldiers were killed": an accident too)
            subject = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            agent = next((o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
            happened = subject is not None and (subject.lemma_.lower() in _HAPPENING_SUBJECTS or (
                subject.dep_ == "nsubjpass" and (  # "the town was shelled", "killed by a roadside bomb"
                    (agent is None and tok.lemma_.lower() in ATTACK_VERBS)
                    or (agent is not None and agent.lemma_.lower() in DEVICES))))
        elif tok.dep_ in {"nsubj", "nsubjpass"}:  # "the blast killed 12", not "the bombings will not cause ..."
            happened = is_verbal(tok.head) and tok.head.lemma_.lower() in HAPPENING_VERBS
        elif tok.dep_ == "pobj" and tok.head.lower_ in {"in", "by"}:  # "were killed in an explosion"
            verb = tok.head.head  # a harm suffered, not "facilities that had played key roles in the attacks"
            happened = is_verbal(verb) and _passive(verb) and verb.lemma_.lower() in HAPPENING_VERBS and not (
                names_an_event_told(hit) and ANONYMOUS_ATTACK in self.dates.told)
            # (not "the ambassador was injured in the blast" after the blast was told: the harm, no new attack)
        else:
            happened = tok.dep_ == "ROOT"  # "A bomb blast at the Olympic games."
        return [Resolved(UNATTRIBUTED, "unattributed")] if happened else []

    @staticmethod
    def _asker(hit: Hit, by_token: dict[int, Hit], actors: dict[int, Resolved | None]) -> Resolved | None:
        """Who asks for what `hit` reports, when a request or demand governs it ("urged X to", "called for")."""
        for gov in governors(hit.token):
            other = by_token.get(gov.i)
            if other is not None and other.event_type == "statement":
                return actors.get(gov.i) if other.subtype in {"request", "demand"} else None
        return None

    @staticmethod
    def _commentary(hit: Hit, by_token: dict[int, Hit], actors: dict[int, Resolved | None]) -> bool:
        """Whether `hit` is what an analyst, expert or other non-actor says may happen."""
        for gov in governors(hit.token):
            if gov.i not in by_token or by_token[gov.i].event_type != "statement":
                continue
            speaker = actors.get(gov.i)
            if speaker is not None and not speaker.acts and gov.lemma_.lower() not in NEWS_VERBS:
                return True  # (what an outlet reports happened is kept, claimed: `phrases.media_attributed`)
            if speaker is None and by_token[gov.i].subtype in {"request", "demand"}:
                return True  # "a grassroots movement calling for Israel's withdrawal": no actor asked for it
        return False

    # ---- date, confidence ----------------------------------------------------------------

    def _mention(self, sent: Span, hit: Hit, status: str, resolved: Resolved, others: set[int]) -> Mention:
        actor = resolved.actor
        key = (hit.event_type, SUBTYPES[hit.subtype].family, actor.name)
        when = self.dates.event_date(hit, sent, others, key, unattributed=actor == UNATTRIBUTED,
                                     anonymous=ANONYMOUS_ATTACK if key[:2] == ANONYMOUS_ATTACK[:2] else None)
        start, end, precision, date_text, basis, value = (when.start, when.end, when.precision, when.text,
                                                         when.basis, when.value)
        if status in HAPPENED and start <= self.published < end:
            end = self.published  # "met this week", said on Wednesday: not after the article was published
        line = headlines.write(hit, sent, actor, self.times)
        confidence = (0.35 * hit.sense.strength + 0.35 * ACTOR_EVIDENCE.get(resolved.source, 0.5)
                      + 0.2 * DATE_EVIDENCE.get(basis, 0.6) + 0.1 * (1.0 if status == "asserted" else 0.7))
        text = self.text[sent.start_char: sent.end_char]  # `sent.text`, without rebuilding it from tokens
        lead = len(text) - len(text.lstrip())
        body = text.strip()
        mention = Mention(
            event_type=hit.event_type, subtype=hit.subtype, modality=status, actor=actor.name,
            actor_country=actor.country, target=line.target, date_start=start, date_end=end,
            date_precision=precision, date_text=date_text, date_basis=basis, timex=value, summary=line.text,
            sentence=body, char_start=sent.start_char + lead, char_end=sent.start_char + lead + len(body),
            confidence=round(max(0.0, min(1.0, confidence)), 3),
            actor_basis=ACTOR_BASIS.get(resolved.source, "sentence"),
        )
        self.dates.note(mention, key, held=basis == "publication" and actor == UNATTRIBUTED,
                        told_again=names_an_event_told(hit))
        return mention
