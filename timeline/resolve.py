"""Who a phrase names, in the context of its article.

`Context` walks an article's sentences in order and remembers every actor mentioned, so that "he",
"the president", "the regime", "the military" or "the Foreign Ministry" resolve to the last compatible
actor before them. A phrase resolves through, in order: the registry gazetteer (exact), a country
name, demonym or seat ("Washington", "the U.S."), a named entity with its title and nationality
("Brazilian Foreign Minister Mauro Vieira" -> Mauro Vieira, Brazil), a government or military head
noun with a country modifier ("the Trump administration", "Maduro's forces"), and last the
article context. Analysts, experts, former officials, ordinary people and news outlets resolve to
an actor that does not act (`Actor.acts` is False) so the caller can drop their sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from timeline import lexicon as lx
from timeline.actors import PRIVATE, Actor, Registry
from timeline.triggers import is_military_token

GENERIC_FORCES = frozenset({"military", "force", "troop", "army", "soldier"})
HONORIFICS = frozenset({"the", "mr", "mrs", "ms", "dr", "adm", "gen", "lt", "col", "sen", "rep", "gov", "sgt"})
MEDIA_NAME = re.compile(r"\b(?:News|Times|Post|Journal|Herald|Tribune|Guardian|Gazette|Telegraph|Press|"
                        r"Agency|Television|TV|Radio|Magazine|Daily|Reuters)\b")


@dataclass(frozen=True)
class Resolved:
    actor: Actor
    source: str  # registry, country, ner, coref

    @property
    def acts(self) -> bool:
        return self.actor.acts


@dataclass
class Mention:
    offset: int
    actor: Actor
    titles: frozenset[str]
    governing: bool  # a government, head of state or state as subject: antecedent of "the government"


@dataclass
class Context:
    """Actors already mentioned in one article, in text order."""

    registry: Registry
    mentions: list[Mention] = field(default_factory=list)
    people: dict[str, Actor] = field(default_factory=dict)  # unregistered persons by full name and surname

    def remember(self, offset: int, actor: Actor, titles: frozenset[str] = frozenset(),
                 governing: bool = False) -> None:
        self.mentions.append(Mention(offset, actor, titles | _role_words(actor.role), governing))

    def last(self, before: int, *, person: bool = False, title: str = "", governing: bool = False,
             military: bool = False, country: str = "") -> Actor | None:
        for m in reversed(self.mentions):
            if m.offset >= before:
                continue
            a = m.actor
            if person and a.kind != "person":
                continue
            if title and title not in m.titles:
                continue
            if governing and not m.governing:
                continue
            if military and not a.is_military:
                continue
            if country and a.country != country:
                continue
            return a
        return None


def _role_words(role: str) -> frozenset[str]:
    return frozenset(role.casefold().split())


def entity_of(token: Token) -> Span | None:
    """The named entity `token` belongs to (an index built once per document)."""
    if not token.ent_type_:
        return None
    index: dict[int, Span] | None = token.doc.user_data.get("timeline_ents")
    if index is None:
        index = {i: ent for ent in token.doc.ents for i in range(ent.start, ent.end)}
        token.doc.user_data["timeline_ents"] = index
    return index.get(token.i)


def _left_modifiers(head: Token) -> list[Token]:
    """Compound, amod, poss and nmod tokens before `head` in its noun phrase (recursively)."""
    out: list[Token] = []
    for child in head.lefts:
        if child.dep_ in {"compound", "amod", "poss", "nmod", "nummod"}:
            out.extend(_left_modifiers(child))
            out.append(child)
    return out


def country_of_tokens(tokens: list[Token], registry: Registry) -> str:
    """The country a list of modifier tokens names ("U.S.", "Venezuelan", "Colombia's", "Maduro's")."""
    for tok in tokens:
        ent = entity_of(tok)
        if ent is not None and ent.ent_id_:
            if ent.ent_id_.startswith("country:"):
                return ent.ent_id_.removeprefix("country:")
            known = registry.lookup(ent.ent_id_)
            if known is not None and known.country:
                return known.country
        country = registry.country(tok.text)
        if country:
            return country
    return ""


def _blocked(head: Token) -> bool:
    """An analyst, expert, former official, source or ordinary person: never a crisis actor."""
    if head.lemma_.lower() in lx.NON_ACTOR_ROLES:
        return True
    phrase = [t for t in head.subtree if t.i <= head.i or t.dep_ in {"appos", "relcl", "acl"}
              or any(a.dep_ in {"appos", "relcl"} for a in t.ancestors if a.i > head.i and head in a.ancestors)]
    for tok in phrase:
        if tok.lower_ in lx.NON_ACTOR_MODIFIERS:
            return True
    for child in head.children:
        if child.dep_ in {"appos", "relcl"}:
            for tok in child.subtree:
                if tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.NON_ACTOR_ROLES:
                    return True
                if tok.lower_ in lx.NON_ACTOR_MODIFIERS:
                    return True
    return False


def _titles(head: Token) -> frozenset[str]:
    words = {t.lower_ for t in _left_modifiers(head) if t.lower_ in lx.OFFICE_TITLES}
    for child in head.children:
        if child.dep_ == "appos":
            words |= {t.lower_ for t in child.subtree if t.lower_ in lx.OFFICE_TITLES}
    return frozenset(words)


class Resolver:
    """Resolves phrases of one article (a fresh one per article)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.ctx = Context(registry)

    # ---- recording the article's mentions -------------------------------------------------------

    def observe(self, sent: Span) -> None:
        """Remember every actor named in `sent` (call before resolving phrases inside it)."""
        for ent in sent.ents:
            if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"}:
                continue
            head = ent.root
            res = self._entity(ent, head)
            if res is None and ent.label_ == "NORP" and ent.ent_id_.startswith("country:"):
                res = self._demonym_head(ent)
            if res is None:
                continue
            governing = res.actor.is_government and (ent.label_ != "GPE" or head.dep_ in {"nsubj", "nsubjpass"})
            if head.dep_ in {"nsubj", "nsubjpass", "poss", "compound", "amod"} and head.head.lemma_.lower() in \
                    lx.GOVERNMENT_NOUNS:
                governing = True
            self.ctx.remember(ent.start_char, res.actor, _titles(head), governing)

    def _demonym_head(self, ent: Span) -> Resolved | None:
        """"the Venezuelan government" -> Venezuela; "Russian troops" -> Russia's armed forces."""
        country = ent.ent_id_.removeprefix("country:")
        noun = ent.root.head
        lemma = noun.lemma_.lower()
        if ent.root.dep_ not in {"amod", "compound", "nmod"}:
            return None
        if lemma in lx.GOVERNMENT_NOUNS - {"official", "authority"}:
            return Resolved(self.registry.state(country), "country")
        if lemma in lx.MILITARY_HEADS:
            return Resolved(self.registry.military(country), "country")
        return None

    def remember_event(self, offset: int, actor: Actor, event_type: str) -> None:
        """An event's actor becomes the antecedent of later "the troops", "the government"."""
        if event_type == "deployment" and actor.country and not actor.is_military:
            actor = self.registry.military(actor.country)
        self.ctx.remember(offset, actor, governing=actor.is_government)

    # ---- entities ----------------------------------------------------------------------------------

    def _entity(self, ent: Span, head: Token) -> Resolved | None:
        reg = self.registry
        if ent.ent_id_.startswith("country:"):
            country = ent.ent_id_.removeprefix("country:")
            if ent.label_ == "NORP":
                return None
            return Resolved(reg.state(country), "country")
        if ent.ent_id_:
            known = reg.lookup(ent.ent_id_)
            if known is not None:
                return Resolved(known, "registry")
        name = _clean_name(ent.text)
        if not name:
            return None
        if ent.label_ == "PERSON" or name in self.ctx.people:  # the model may tag a known surname as ORG
            name = _clean_name(ent.text, person=True)
            return self._person(name, head)
        if ent.label_ == "ORG":
            known = reg.lookup(name)
            if known is not None:
                return Resolved(known, "registry")
            country = country_of_tokens(_left_modifiers(head), reg)
            if " " not in name and not name.isupper():
                return self._person(name, head)  # "said Olena": a one-word "organisation" is a person's name
            role = "media" if MEDIA_NAME.search(name) else ""
            return Resolved(Actor(name, country, "organisation", role), "ner")
        if ent.label_ == "GPE":
            named = reg.country(name)
            if named:
                return Resolved(reg.state(named), "country")
        return None

    def _person(self, name: str, head: Token, title_head: Token | None = None) -> Resolved:
        reg = self.registry
        surname = name.split()[-1]
        known = reg.lookup(name) or (reg.by_surname(name) if " " not in name else None)
        if known is not None:
            return Resolved(known, "registry")
        seen = self.ctx.people.get(name) or self.ctx.people.get(surname)
        titles = _titles(head)
        blocked = _blocked(head)
        mods = _left_modifiers(head) + [t for c in head.children if c.dep_ == "appos" for t in c.subtree]
        if title_head is not None:  # "army chief Abdel Fattah al-Burhan" parsed as two phrases
            titles |= {title_head.lower_} | _titles(title_head)
            blocked = blocked or _blocked(title_head)
            mods += _left_modifiers(title_head)
        if seen is not None and not titles and not blocked:
            return Resolved(seen, "coref")
        country = country_of_tokens(mods, reg) or (seen.country if seen else "") or _sentence_state(head, reg)
        # A person with no office title (a quoted resident, a cook) or an analyst never acts in the crisis.
        role = "commentator" if blocked else PRIVATE if not titles else " ".join(sorted(titles))
        actor = Actor(name, country, "person", role)
        self.ctx.people[name] = actor
        self.ctx.people.setdefault(surname, actor)
        return Resolved(actor, "ner")

    # ---- phrases -----------------------------------------------------------------------------------

    def phrase(self, head: Token) -> Resolved | None:
        """The actor a noun phrase headed by `head` names, or None when it names none."""
        reg = self.registry
        lower, lemma = head.lower_, head.lemma_.lower()
        if lower in lx.PRONOUNS_PERSON:
            prev = self.ctx.last(head.idx, person=True)
            return Resolved(prev, "coref") if prev is not None else None
        if lower in lx.PRONOUNS_RELATIVE and head.head.dep_ == "relcl":
            return self.phrase(head.head.head)
        if lemma in lx.NON_ACTOR_ROLES and not any(t.ent_type_ for t in _left_modifiers(head)):
            return Resolved(Actor(head.text, "", "person", "commentator"), "ner")
        mods = _left_modifiers(head)
        span_text = head.doc[mods[0].i if mods else head.i: head.i + 1].text if mods else head.text
        known = reg.lookup(span_text)
        if known is not None and not (mods and mods[0].lower_ in lx.NON_ACTOR_MODIFIERS):
            return Resolved(known, "registry")
        if lemma == "ministry" or (lemma in lx.MINISTRY_KINDS and head.head.lemma_.lower() == "ministry"):
            return self._ministry(head, mods)
        nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if lemma in lx.OFFICE_TITLES and nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
            named = entity_of(nxt)
            if named is not None and not named.ent_id_:
                return self._person(_clean_name(named.text, person=True), named.root, title_head=head)
        ent = entity_of(head)
        if ent is not None and ent.label_ in {"PERSON", "ORG", "GPE"}:
            res = self._entity(ent, ent.root)
            if res is not None and ent.label_ == "PERSON" and _blocked(head):
                return Resolved(Actor(res.actor.name, res.actor.country, "person", "commentator"), "ner")
            if res is not None:
                return res
        country = country_of_tokens(mods, reg)
        if lemma in lx.GOVERNMENT_NOUNS:
            if lemma in {"official", "authority"} and not country:
                return None
            if not country:
                prev = self.ctx.last(head.idx, governing=True)
                country = prev.country if prev else ""
            return Resolved(reg.state(country), "coref" if not mods else "country") if country else None
        if lemma in lx.MILITARY_HEADS or lemma in lx.MILITARY_NOUNS or any(
                is_military_token(t) for c in head.children if c.dep_ == "appos" for t in c.subtree):
            return self._military(head, mods, country)
        if lemma in lx.OFFICE_TITLES:
            return self._title(head, lemma, country)
        if ent is None and reg.country(head.text) and head.pos_ == "PROPN":
            return Resolved(reg.state(reg.country(head.text) or ""), "country")
        return None

    def _ministry(self, head: Token, mods: list[Token]) -> Resolved | None:
        """"the Foreign Ministry", "Russia's Defence Ministry": registered, else named from its country."""
        reg = self.registry
        span = head.doc[mods[0].i: head.i + 1].text if mods else head.text
        known = reg.lookup(span)
        if known is not None:
            return Resolved(known, "registry")
        kind = next((lx.MINISTRY_KINDS[t.lower_] for t in mods if t.lower_ in lx.MINISTRY_KINDS), "foreign")
        country = country_of_tokens(mods, reg)
        source = "country"
        if not country:
            prev = self.ctx.last(head.idx, governing=True)
            country, source = (prev.country if prev else ""), "coref"
        return Resolved(reg.ministry(country, kind), source) if country else None

    def _military(self, head: Token, mods: list[Token], country: str) -> Resolved | None:
        reg = self.registry
        for tok in [*mods, *head.subtree]:
            ent = entity_of(tok)
            if ent is not None and ent.ent_id_ and not ent.ent_id_.startswith("country:"):
                known = reg.lookup(ent.ent_id_)
                if known is not None and known.is_military:
                    return Resolved(known, "registry")
            if tok.text in lx.NAVAL_PREFIXES:
                country = country or lx.NAVAL_PREFIXES[tok.text]
        if not country:
            country = country_of_tokens([t for t in head.subtree if t.i != head.i], reg) or ""
        if not country and head.i > 0 and entity_of(head.doc[head.i - 1]) is not None:
            country = country_of_tokens([head.doc[head.i - 1]], reg)  # "Azerbaijani forces" split by the parser
        if country:
            return Resolved(reg.military(country), "country")
        lemma = head.lemma_.lower()
        if lemma not in lx.MILITARY_HEADS or not any(t.lower_ in {"the", "its", "his", "her", "their"}
                                                     for t in head.lefts):
            return None
        prev = self.ctx.last(head.idx, military=True)
        gov = self.ctx.last(head.idx, governing=True)
        named = self._named_force(lemma, gov.country) if gov is not None and lemma not in GENERIC_FORCES else None
        if named is not None:
            return Resolved(named, "coref")  # "the militia", "the navy": that force of the country in the news
        if prev is not None:
            return Resolved(prev, "coref")  # "the military", "the troops": the force last named
        if gov is not None and gov.country:
            return Resolved(reg.military(gov.country), "coref")
        return None

    def _named_force(self, word: str, country: str) -> Actor | None:
        """The registered force of `country` whose name holds `word` ("militia" -> Bolivarian Militia)."""
        for actor in self.registry.actors:
            if actor.country == country and actor.is_military and any(
                    word in alias.casefold().split() for alias in self.registry.aliases[actor.name]):
                return actor
        return None

    def _title(self, head: Token, lemma: str, country: str) -> Resolved | None:
        reg = self.registry
        for tok in head.subtree:
            if tok.i == head.i:
                continue
            ent = entity_of(tok)
            if ent is not None and ent.ent_id_ and not ent.ent_id_.startswith("country:"):
                known = reg.lookup(ent.ent_id_)
                if known is not None and known.kind == "organisation" and known.acts:
                    return Resolved(known, "registry")
        prev = self.ctx.last(head.idx, person=True, title=lemma, country=country)
        if prev is None and lemma == "leader":
            prev = self.ctx.last(head.idx, person=True, title="president", country=country)
        if prev is not None:
            return Resolved(prev, "coref")
        return Resolved(reg.state(country), "country") if country else None


def _clean_name(text: str, person: bool = False) -> str:
    text = re.sub(r"[’']s$", "", text.strip())
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while person and words and words[0].lower().strip(".") in lx.OFFICE_TITLES | HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _sentence_state(head: Token, registry: Registry) -> str:
    """For a titled person with no nationality: the state that is a subject earlier in the sentence."""
    for tok in head.sent:
        if tok.i >= head.i:
            break
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            ent = entity_of(tok)
            if ent is not None and ent.ent_id_.startswith("country:"):
                return ent.ent_id_.removeprefix("country:")
    return ""


def doc_mentions(doc: Doc) -> int:
    return len(doc.ents)
