"""What an article has mentioned so far: the antecedents of "he", "the president", "the ministry".

`Context` remembers every actor named in one article, in text order, with the titles and words it was named
with; `Resolved` is an actor a phrase names and how it was found (`timeline.extract.actors.resolve` uses both).
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field

from timeline.extract.actors.registry import Actor, Registry

TITLE_WEIGHT = 1.5  # the title's countries: worth a governing mention a paragraph back, never forgotten
TOPIC_HALF_LIFE = 1500.0  # characters
TOPIC_LEAD = 1.25  # the country in the news outweighs the next by at least this much, else the article is about none


@dataclass(frozen=True)
class Resolved:
    actor: Actor
    source: str  # registry, country, ner, coref

    @property
    def acts(self) -> bool:
        return self.actor.acts


@dataclass(frozen=True)
class Roles:
    """What a mention is in its sentence (`timeline.extract.actors.pronouns` reads them)."""

    sentence: int = -1  # where its sentence starts
    subject: bool = False  # the subject of a clause
    main: bool = False  # the subject of its sentence's main clause (`pronouns.main_subject`)
    spoke: bool = False  # ... of a sentence that reports what it said
    quoted: bool = False  # named inside a quotation


@dataclass
class Mention:
    offset: int
    actor: Actor
    titles: frozenset[str]
    governing: bool  # a government, head of state or state as subject: antecedent of "the government"
    words: frozenset[str] = frozenset()  # the words it was named with and its name's words ("command", "ministry")
    did: str = ""  # the family of the event it was the actor of here ("statement", "legal", "force"), if any
    roles: Roles = Roles()


@dataclass
class Context:
    """Actors already mentioned in one article, in text order."""

    registry: Registry
    mentions: list[Mention] = field(default_factory=list)
    people: dict[str, Actor] = field(default_factory=dict)  # unregistered persons by full name and surname
    title_countries: frozenset[str] = frozenset()  # countries the article's title names: what it is about
    dateline_countries: frozenset[str] = frozenset()  # the country of a wire story's dateline: where it is told
    named_in: dict[str, set[int]] = field(default_factory=dict)  # a person's name -> the sentences naming them
    genders: dict[str, str] = field(default_factory=dict)  # a person's name -> "f" or "m", as the article tells

    def remember(self, offset: int, actor: Actor, titles: frozenset[str] = frozenset(),
                 governing: bool = False, surface: str = "", did: str = "", roles: Roles = Roles()) -> None:
        """Remember a mention of `actor` at `offset` (kept in text order)."""
        named = frozenset(f"{surface} {actor.name}".casefold().replace("defense", "defence").split())
        mention = Mention(offset, actor, titles | _role_words(actor.role), governing, named, did, roles)
        insort(self.mentions, mention, key=lambda m: m.offset)

    def last_named(self, before: int, word: str, *, also: str = "", any_kind: bool = False) -> Actor | None:
        """The last organisation (with `any_kind`, actor of any kind) named with `word` ("ministry", "command",
        "junta") and, if given, `also` ("defence"): the antecedent of "the ministry", "the junta"."""
        wanted = {word.casefold(), also.casefold()} - {""}
        for m in reversed(self.mentions):
            if m.offset < before and (any_kind or m.actor.kind == "organisation") and wanted <= m.words:
                return m.actor
        return None

    def last_offset(self, actor: Actor, before: int) -> int:
        """Where `actor` was last mentioned before `before` (-1: never)."""
        return next((m.offset for m in reversed(self.mentions) if m.offset < before and m.actor == actor), -1)

    def last_countries(self, before: int, count: int) -> list[str]:
        """The last `count` distinct countries of actors named before `before`, latest first."""
        found: list[str] = []
        for m in reversed(self.mentions):
            if m.offset < before and m.actor.country and m.actor.country not in found:
                found.append(m.actor.country)
                if len(found) == count:
                    break
        return found

    def told_from(self) -> str:
        """The one country of the story's dateline ("ISLAMABAD:" -> Pakistan), or "" (none, or a dateline naming
        two)."""
        return next(iter(self.dateline_countries)) if len(self.dateline_countries) == 1 else ""

    def topic(self, before: int) -> str:
        """The country the article is about at `before` (a sentence's start, so that no country named in the
        sentence itself counts): the most salient country of the actors named so far, a governing actor (a
        state, a government, a head of state) counting twice and every mention fading with distance (half its
        weight every ~1,500 characters, a few paragraphs), plus a standing weight for the title's countries; none
        when two countries the text has named are about as salient."""
        score: dict[str, float] = dict.fromkeys(self.title_countries, TITLE_WEIGHT)
        for m in self.mentions:
            if m.offset >= before or not m.actor.country:
                continue
            weight = (2.0 if m.governing else 1.0) * 0.5 ** ((before - m.offset) / TOPIC_HALF_LIFE)
            score[m.actor.country] = score.get(m.actor.country, 0.0) + weight
        ranked = sorted(score.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] < TOPIC_LEAD * ranked[1] and ranked[0] != TITLE_WEIGHT:
            return ""  # two countries the text named about as much: no guess (the title's alone keep their order)
        return max(score.items(), key=lambda kv: (kv[1], kv[0]))[0] if score else ""

    def last(self, before: int, *, person: bool = False, title: str = "", governing: bool = False,
             military: bool | None = None, country: str = "", body: bool = False, armed: bool = False,
             governing_too: bool = False, did: str = "", within: int = 0, speaking_body: bool = False) -> Actor | None:
        """The last actor named before `before` that has every property asked for (`governing_too` widens `body`
        to governing actors; `military`: True for armed forces only, False for anything else; `did`: the actor of
        an event of that family, "statement" for one who spoke; `within`: at most that many characters back;
        `speaking_body`: a state, a government body or an international organisation, what "it said" names)."""
        for m in reversed(self.mentions):
            if m.offset >= before:
                continue
            a = m.actor
            if within and before - m.offset > within:
                return None
            if (person and a.kind != "person") or (body and not (a.kind == "organisation" and a.acts) and not (
                    governing_too and m.governing and a.kind != "person")):
                continue
            if did and m.did != did:
                continue
            if speaking_body and (a.kind == "person" or a.is_military or not (
                    m.governing or a.role == "international organisation")):
                continue
            if title and title not in m.titles:
                continue
            if governing and not m.governing:
                continue
            if military is not None and a.is_military != military:
                continue
            if armed and a.role != "armed group":
                continue
            if country and a.country != country:
                continue
            return a
        return None


def _role_words(role: str) -> frozenset[str]:
    return frozenset(role.casefold().split())
