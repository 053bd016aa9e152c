"""Which date an event mention takes (docs/events.md, "Dates").

`ArticleDates` holds one article's time expressions (from `timeline.timex.temporal`, datelines left out) and
what the article has dated so far. An event takes, in order:

1. the expression of its own clause or of a clause governing it (`clause_date`), never one of another clause
   or of another event's noun;
2. the date the article already gave the same event, when the mention names an event told before ("the
   bombings", "Iraq's invasion") or is an attack by no one named (one attack told again);
3. for an attack by no one named, the past day the sentence before opened with ("On Aug. 7, X had just
   ended a news conference. They were talking when the bomb went off");
4. else the publication date; an attack by no one named dated so is held (`note`) and, at the end of the
   article, takes the date the article gives the attack later on (`dated_later`), also in passing ("the
   probe into the August 7 bombings", `passing_attack`); one told again ("the blast") that the article never
   dates gives no new row (`retold_undated`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from timeline.extract.lexicon.clauses import ATTRIBUTION_VERBS, RELATIVE_TIME_PREPOSITIONS, SETTING_NOUNS
from timeline.extract.lexicon.event_types import SUBTYPES
from timeline.extract.syntax import is_verbal
from timeline.extract.triggers import Hit
from timeline.timex.temporal import TimeSpan

Key = tuple[str, str, str]  # event type, family, actor name: "one event" within an article


@dataclass(frozen=True)
class EventDate:
    """The dates of one mention, as the events table writes them."""

    start: date
    end: date
    precision: str
    text: str  # the expression as written ("" when none)
    basis: str  # explicit, relative or publication (schema.DATE_BASES)
    value: str  # its TIMEX3 value


def names_an_event_told(hit: Hit) -> bool:
    """A noun that names an event the article has told already: "the bombings", "these attacks", "Iraq's invasion"."""
    return hit.noun and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these",
                                                                                  "those"})
                            for c in hit.token.children)


def own_time_clause(tok: Token) -> bool:
    """A clause whose time is not its head's: a relative clause on the subject ("the man who threw a grenade
    seconds before the bomb exploded was identified on Thursday"). A relative clause on another noun often
    tells what the main clause did ("imposed sanctions on firms it accused of ...") and shares its time."""
    return tok.dep_ == "relcl" and is_verbal(tok) and tok.head.dep_ in {"nsubj", "nsubjpass"}


def _settings(chain: list[Token], rank: dict[int, int]) -> dict[int, int]:
    """Where the words were said, in the clause of a statement: "at a meeting", "in a statement" (also hung on the
    object: "condemned the message as a threat in a statement issued late on Saturday"), each with the rank of the
    nearest clause word above it, reached without crossing another verb."""
    words = {t.i for t in chain}
    found: dict[int, int] = {}
    for tok in chain[-1].subtree:  # (the chain's last word, the clause's top, holds every setting)
        if tok.dep_ != "pobj" or tok.lemma_.lower() not in SETTING_NOUNS or tok.head.lower_ not in {"at", "during",
                                                                                                  "in"}:
            continue
        for anc in tok.ancestors:
            if anc.i in words:
                found[tok.i] = rank[anc.i]
                break
            if is_verbal(anc):
                break
    return found


def _misplaced(root: Token) -> bool:
    """"arrested in connection with the bombings ... last year that killed 224 people": a date the parser gives
    a restrictive "that" clause belongs, with that clause, to the noun before it, not to the verb."""
    return any(c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ == "that" for s in c.children)
               for c in root.children)


class ArticleDates:
    """The time expressions of one article and the dates it has given its events so far, in text order."""

    def __init__(self, doc: Doc, text: str, timexes: Sequence[TimeSpan], published: date) -> None:
        self.published = published
        self.timexes = [(s, doc.char_span(s.start, s.end, alignment_mode="expand")) for s in timexes
                        if s.resolved and 0 <= s.start < s.end <= len(text) and not s.dateline]
        self.times = frozenset(i for _, toks in self.timexes if toks is not None for i in range(toks.start, toks.end))
        self.dated: dict[Key, EventDate] = {}  # the last explicit dates of each event, for later mentions of it
        self.first_dated: dict[Key, EventDate] = {}
        self.held: dict[int, tuple[object, Key]] = {}  # undated attacks, by id(); holding the object keeps the id
        self.told: set[Key] = set()  # every event mentioned so far
        self.retold: set[int] = set()  # ids of held attacks that name an attack told before ("the bombing")
        self.scene: EventDate | None = None  # the past day the sentence before opened with
        self._next_scene: EventDate | None = None

    def next_sentence(self, sent: Span) -> None:
        """Move on to `sent`: the scene the sentence before set becomes the current one."""
        self.scene, self._next_scene = self._next_scene, self._scene_set(sent)

    def _scene_set(self, sent: Span) -> EventDate | None:
        """The past day a sentence opens with ("On Aug. 7, the ambassador had just ended a news conference.")."""
        for span, tokens in self.timexes:
            if tokens is not None and sent.start <= tokens.start <= sent.start + 1 and span.precision == "day" and \
                    span.date_start is not None and span.date_end is not None and span.date_end < self.published:
                return EventDate(span.date_start, span.date_end, "day", span.text, "relative", span.value)
        return None

    def remember(self, key: Key, when: EventDate) -> None:
        self.dated[key] = when
        self.first_dated.setdefault(key, when)

    def clause_date(self, hit: Hit, sent: Span, others: set[int]) -> TimeSpan | None:
        """The time expression governing the trigger's clause: attached to it or to a governing word, not
        to another clause (a verb or copula outside the chain) or to another event's noun (`others`)."""
        chain = [hit.token]  # a conjunct shares its head's dates ("in recent weeks, X moved ships and targeted
        for anc in hit.token.ancestors:  # boats"), and so does a clause of the same time ("while warning, he said")
            if own_time_clause(chain[-1]):
                break
            chain.append(anc)
        rank = {t.i: n for n, t in enumerate(chain)}
        if hit.event_type == "statement":  # "dismissed the report as fake news, writing on X on Friday that": the
            for extra in (c for c in hit.token.children if c.dep_ == "advcl" and c.tag_ == "VBG"  # words' own day
                          and c.lemma_.lower() in ATTRIBUTION_VERBS):
                rank.setdefault(extra.i, len(rank))
        settings = _settings(chain, rank) if hit.event_type == "statement" else {}
        best: tuple[int, int, TimeSpan | None] = (99, 0, None)
        for span, tokens in self.timexes:
            if tokens is None or not (sent.start <= tokens.root.i < sent.end) or _misplaced(tokens.root):
                continue
            if tokens.root.i in rank:  # "That same day, the President ... signed": the parser made the date the
                cand = (rank[tokens.root.i], abs(tokens.root.i - hit.token.i), span)  # root the clause hangs on
                if cand[:2] < best[:2]:
                    best = cand
                continue
            prev = tokens.root
            for anc in tokens.root.ancestors:
                if anc.dep_ == "prep" and anc.lower_ in RELATIVE_TIME_PREPOSITIONS and prev.dep_ == "pobj" and not (
                        tokens.start <= prev.i < tokens.end):
                    break  # "launches since the collapse of the ceasefire in March": the date of the event the
                    # clause is timed against ("since March" itself is the clause's own)
                prev = anc
                if anc.i in rank:
                    cand = (rank[anc.i], abs(tokens.root.i - hit.token.i), span)
                    if cand[:2] < best[:2]:
                        best = cand
                    break
                if anc.dep_ == "xcomp" and anc.i not in others and anc.head.i in rank and span.date_end is not None \
                        and span.date_end < self.published and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in anc.children):
                    continue  # "invited Sinn Fein to rejoin two weeks ago": a past date the parser hangs on the
                    # infinitive is its verb's (not "agreed to hold exercises in May", "urged X to act next year")
                if anc.dep_ == "acl" and anc.i not in others and (anc.tag_ == "VBG" or (
                        anc.tag_ == "VBN" and anc.head.i == hit.token.i)):
                    continue  # "shot down drones carrying weapons ... on Thursday night": the participle is no clause;
                    # "remarks made last week", "the strikes carried out on Monday": the event's own participle
                if anc.dep_ == "acl" and anc.head.i in settings:
                    continue  # "a statement issued late on Saturday": the statement's own participle
                if anc.i in settings:  # "at a meeting with the government on Wednesday", "in a statement
                    cand = (settings[anc.i], abs(tokens.root.i - hit.token.i), span)  # issued late on Saturday":
                    if cand[:2] < best[:2]:  # where the words were said, whose date is theirs
                        best = cand
                    break
                if is_verbal(anc) or anc.pos_ == "AUX" or anc.i in others:
                    break  # the expression dates another clause or another event
        return best[2]

    def event_date(self, hit: Hit, sent: Span, others: set[int], key: Key, unattributed: bool,
                   anonymous: Key | None = None) -> EventDate:
        """The dates of the mention of `hit` whose event is `key` (see the module's docstring for the order);
        `anonymous` is the key of the same kind of event by no one named: "the attacks were plotted by X" are
        the attacks the article told before without saying who carried them out."""
        span = self.clause_date(hit, sent, others)
        if span is not None and span.date_start is not None and span.date_end is not None:
            when = EventDate(span.date_start, span.date_end, span.precision or "day", span.text, span.basis,
                             span.value)
            self.remember(key, when)
            return when
        told_again = names_an_event_told(hit)
        if key not in self.dated and told_again and anonymous is not None and anonymous in self.dated:
            key = anonymous
        if key in self.dated and (told_again or unattributed):
            # "Bombs exploded on Friday ... The bombings killed 200": the event already dated in the article (an
            # article's attacks by no one named are one attack told again: "the bomb went off, killing 247")
            told = self.dated[key]
            return EventDate(told.start, told.end, told.precision, told.text, "relative", told.value)
        if unattributed and self.scene is not None:
            self.remember(key, self.scene)
            return self.scene
        return EventDate(self.published, self.published, "day", "", "publication", self.published.isoformat())

    def note(self, mention: object, key: Key, *, held: bool, told_again: bool) -> None:
        """A mention of the event `key` was made; `held`: an attack by no one named dated by the publication,
        which may take a date the article gives it later; `told_again`: it names an event told before."""
        if held:
            self.held[id(mention)] = (mention, key)
            if told_again and key in self.told:
                self.retold.add(id(mention))
        self.told.add(key)

    def retold_undated(self, mention: object, basis: str) -> bool:
        """An attack by no one named told again ("the embassy bombing", "the blast") on a day the article never
        gives: no new row."""
        return id(mention) in self.retold and basis == "publication"

    def dated_later(self, mention: object) -> EventDate | None:
        """The date the article gives a held attack later on ("Bombs blew apart buildings ... The bombings
        occurred on Friday"), if any and not after the publication."""
        held, key = self.held.get(id(mention), (None, ("", "", "")))
        when = self.first_dated.get(key) if held is mention else None
        if when is None or when.start > self.published:
            return None
        return EventDate(when.start, min(when.end, self.published), when.precision, when.text, "relative", when.value)

    def passing_attack(self, hit: Hit, sent: Span, key: Key) -> None:
        """An attack named in passing with its own date ("the probe into the August 7 bombings", "last Friday's
        bombings", "the bombings which killed 224 people on Aug. 7"): no event of its own, but the date of the
        attack the article tells again (`key`: an attack by no one named)."""
        if not hit.noun or hit.event_type != "deployment" or SUBTYPES[hit.subtype].family != "force":
            return
        for span, tokens in self.timexes:
            if tokens is None or not (sent.start <= tokens.root.i < sent.end) or span.date_start is None \
                    or span.date_end is None:
                continue
            for anc in tokens.root.ancestors:
                if anc.i == hit.token.i:
                    self.remember(key, EventDate(span.date_start, span.date_end, span.precision or "day", span.text,
                                                 "relative", span.value))
                    return
                if anc.dep_ == "relcl" and anc.head.i == hit.token.i:
                    continue  # "the bombings which killed 224 people on Aug. 7"
                if is_verbal(anc) or anc.pos_ == "AUX":
                    break
