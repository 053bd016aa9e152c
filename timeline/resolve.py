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

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from timeline import lexicon as lx
from timeline.actors import PRIVATE, Actor, Registry
from timeline.phrases import (
    MEDIA_NAME,
    THINK_TANK_NAME,
    blocked,
    clean_name,
    country_of_tokens,
    entity_of,
    left_modifiers,
    sentence_ents,
    sentence_state,
    titles_of,
)
from timeline.triggers import is_military_token

GENERIC_FORCES = frozenset({"military", "force", "troop", "army", "soldier"})



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
    words: frozenset[str] = frozenset()  # the words it was named with and its name's words ("command", "ministry")


@dataclass
class Context:
    """Actors already mentioned in one article, in text order."""

    registry: Registry
    mentions: list[Mention] = field(default_factory=list)
    people: dict[str, Actor] = field(default_factory=dict)  # unregistered persons by full name and surname

    def remember(self, offset: int, actor: Actor, titles: frozenset[str] = frozenset(),
                 governing: bool = False, surface: str = "") -> None:
        named = frozenset(f"{surface} {actor.name}".casefold().replace("defense", "defence").split())
        self.mentions.append(Mention(offset, actor, titles | _role_words(actor.role), governing, named))

    def last_named(self, before: int, word: str, *, also: str = "") -> Actor | None:
        """The last organisation named with `word` ("ministry", "command", "agency") and, if given, `also`
        ("defence"): the antecedent of "the ministry", "the command"."""
        wanted = {word.casefold(), also.casefold()} - {""}
        for m in reversed(self.mentions):
            if m.offset < before and m.actor.kind == "organisation" and wanted <= m.words:
                return m.actor
        return None

    def last_countries(self, before: int, count: int) -> list[str]:
        """The last `count` distinct countries of actors named before `before`, latest first."""
        found: list[str] = []
        for m in reversed(self.mentions):
            if m.offset < before and m.actor.country and m.actor.country not in found:
                found.append(m.actor.country)
                if len(found) == count:
                    break
        return found

    def last(self, before: int, *, person: bool = False, title: str = "", governing: bool = False,
             military: bool = False, country: str = "", body: bool = False) -> Actor | None:
        for m in reversed(self.mentions):
            if m.offset >= before:
                continue
            a = m.actor
            if (person and a.kind != "person") or (body and (a.kind != "organisation" or not a.acts)):
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


class Resolver:
    """Resolves phrases of one article (a fresh one per article)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.ctx = Context(registry)

    # ---- recording the article's mentions -------------------------------------------------------

    def observe(self, sent: Span) -> None:
        """Remember every actor named in `sent` (call before resolving phrases inside it)."""
        for ent in sentence_ents(sent):
            if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"}:
                continue
            head = ent.root
            res = self._ministry(head, left_modifiers(head)) if head.lemma_.lower() == "ministry" and \
                not ent.ent_id_ else self._entity(ent, head)  # named as `phrase` names it
            if res is None and ent.label_ == "NORP" and ent.ent_id_.startswith("country:"):
                res = self._demonym_head(ent)
            if res is None:
                continue
            governing = res.actor.is_government and (ent.label_ != "GPE" or head.dep_ in {"nsubj", "nsubjpass"})
            if head.dep_ in {"nsubj", "nsubjpass", "poss", "compound", "amod"} and head.head.lemma_.lower() in \
                    lx.GOVERNMENT_NOUNS:
                governing = True
            surface = sent.doc[left_modifiers(head)[0].i if left_modifiers(head) else ent.start: ent.end].text
            self.ctx.remember(ent.start_char, res.actor, titles_of(head), governing, surface)
        for tok in sent:  # "Minister of Defense Kenji Morishita instructed ...": a titled name the model left untagged
            if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and not tok.ent_type_:
                self._untagged_person(tok, left_modifiers(tok))

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
        if event_type == "deployment" and actor.country and actor.kind != "organisation" and not actor.is_military:
            actor = self.registry.military(actor.country)  # "Venezuela deployed troops": then "the troops"
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
        name = clean_name(ent.text)
        if not name or name in lx.TIME_ZONES or name.endswith(" of"):  # "The Government of" cut before "Japan"
            return None
        if ent.label_ == "PERSON" or name in self.ctx.people:  # the model may tag a known surname as ORG
            name = clean_name(ent.text, person=True)
            return self._person(name, head)
        if ent.label_ == "ORG":
            known = reg.lookup(name)
            if known is not None:
                return Resolved(known, "registry")
            if head.lemma_.lower() in lx.MILITARY_HEADS:  # "the Army": the country's force (`phrase`), no person
                return self._proper_force(ent, head)
            country = country_of_tokens(left_modifiers(head), reg)
            if " " not in name and not name.isupper():
                return self._person(name, head)  # "said Olena": a one-word "organisation" is a person's name
            role = "media" if MEDIA_NAME.search(name) else "think tank" if THINK_TANK_NAME.search(name) else ""
            return Resolved(Actor(name, country, "organisation", role), "ner")
        if ent.label_ == "GPE":
            named = reg.country(name)
            if named:
                return Resolved(reg.state(named), "country")
        return None

    def _person(self, name: str, head: Token, title_head: Token | None = None) -> Resolved | None:
        if not name:  # only titles ("Lt Col", "Brig Gen"): no name to act under
            return None
        reg = self.registry
        surname = name.split()[-1]
        known = reg.lookup(name) or (reg.by_surname(name) if " " not in name else None)
        if known is not None:
            return Resolved(known, "registry")
        seen = self.ctx.people.get(name) or self.ctx.people.get(surname)
        if seen is not None and " " not in name and name in seen.name.split():
            name, surname = seen.name, seen.name.split()[-1]  # "Minister Morishita": Kenji Morishita, named before
        titles = titles_of(head)
        is_blocked = blocked(head)
        mods = left_modifiers(head) + [t for c in head.children if c.dep_ == "appos" for t in c.subtree]
        if head.dep_ == "appos":  # "Taiwan's Premier, Cho Jung-tai": the title's modifiers give the country
            mods += left_modifiers(head.head)
        if title_head is not None:  # "army chief Abdel Fattah al-Burhan" parsed as two phrases
            titles |= {title_head.lower_} | titles_of(title_head)
            is_blocked = is_blocked or blocked(title_head)
            mods += left_modifiers(title_head)
        if seen is not None and not titles and not is_blocked:
            return Resolved(seen, "coref")
        country = country_of_tokens(mods, reg) or (seen.country if seen else "")
        if not country and titles:  # a subject state before a titled person; "Defense Minister X": that ministry's
            country = sentence_state(head, reg) or self._office_country(mods)
        # A person with no office title (a quoted resident, a cook) or an analyst never acts in the crisis.
        role = "commentator" if is_blocked else PRIVATE if not titles else " ".join(sorted(titles))
        actor = Actor(name, country, "person", role)
        self.ctx.people[name] = actor
        for part in {surname, name.split()[0]} - {name}:  # "Lai Ching-te" is later "Lai"
            earlier = self.ctx.people.get(part)
            if len(part) > 2 and (earlier is None or earlier.name == name or (earlier.name == part and " " in name)):
                self.ctx.people[part] = actor  # a full name replaces a bare one met before (a headline's "Lai")
        return Resolved(actor, "ner")

    def _office_country(self, mods: list[Token]) -> str:
        """"Defense Minister X" with no nationality: the country of the defence ministry last named, if any."""
        kind = next((lx.MINISTRY_KINDS[t.lower_] for t in mods if t.lower_ in lx.MINISTRY_KINDS), "")
        prev = self.ctx.last_named(mods[-1].idx if mods else 0, "ministry", also=kind) if kind else None
        return prev.country if prev is not None else ""


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
        if head.text in lx.TIME_ZONES:  # "14:10 GMT — Russia's foreign ministry spokeswoman ... warned"
            appos = next((c for c in head.children if c.dep_ == "appos"), None)
            return self.phrase(appos) if appos is not None else None
        if lemma in lx.NON_ACTOR_ROLES:  # analysts, sources, residents, "Pentagon lawyers"
            return Resolved(Actor(head.text, "", "person", "commentator"), "ner")
        mods = left_modifiers(head)
        span_text = head.doc[mods[0].i if mods else head.i: head.i + 1].text if mods else head.text
        known = reg.lookup(span_text)
        if known is not None and not (mods and mods[0].lower_ in lx.NON_ACTOR_MODIFIERS):
            return Resolved(known, "registry")
        if not mods and lemma in lx.DEFINITE_BODY_HEADS and any(t.lower_ == "the" for t in head.lefts):
            prev = self.ctx.last_named(head.idx, lemma)  # "the ministry said": the ministry last named
            if prev is not None:
                return Resolved(prev, "coref")
        if lemma in lx.GOVERNMENT_NOUNS - {"official", "authority"}:  # "the Government of Japan"
            of_country = country_of_tokens([t for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                                            for t in p.subtree], reg)
            if of_country:
                return Resolved(reg.state(of_country), "country")
        if lemma == "ministry" or (lemma in lx.MINISTRY_KINDS and head.head.lemma_.lower() == "ministry"):
            return self._ministry(head, mods)
        nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if lemma in lx.OFFICE_TITLES and nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
            named = entity_of(nxt)
            if named is not None and not named.ent_id_:
                return self._person(clean_name(named.text, person=True), named.root, title_head=head)
        ent = entity_of(head)
        if (ent is None or (len(ent) == 1 and not ent.ent_id_)) and head.pos_ == "PROPN" and \
                head.text in self.ctx.people:
            return Resolved(self.ctx.people[head.text], "coref")  # a name seen before, untagged this time
        if ent is not None and ent.label_ == "ORG" and not ent.ent_id_ and lemma in lx.MILITARY_HEADS:
            proper = self._proper_force(ent, head)
            if proper is not None:
                return proper
            ent = None  # "the Navy" untagged by the registry: a force of the country in the news
        if ent is not None and ent.label_ in {"PERSON", "ORG", "GPE"}:
            res = self._entity(ent, ent.root)
            if res is not None and ent.label_ == "PERSON" and blocked(head):
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
        if ent is None and lemma in lx.MILITARY_HEADS and head.pos_ == "PROPN" and head.is_title:
            start = head.left_edge.i  # "Poland's Operational Command" the model left untagged: the name before the head
            start += head.doc[start].pos_ == "DET"
            proper = self._proper_force(head.doc[start: head.i + 1], head) if start < head.i else None
            if proper is not None:
                return proper
        if lemma in lx.MILITARY_HEADS or is_military_token(head) or any(
                is_military_token(t) for c in head.children if c.dep_ == "appos" for t in c.subtree):
            return self._military(head, mods, country)
        if lemma in lx.OFFICE_TITLES - lx.TITLE_ADJECTIVES:  # "Israeli defences" is no defence minister
            return self._title(head, lemma, country)
        if lemma in lx.BODY_NOUNS and any(t.lower_ == "the" for t in head.lefts):
            prev = self.ctx.last(head.idx, body=True)  # "the group said", "the bloc imposed"
            return Resolved(prev, "coref") if prev is not None else None
        if ent is None and reg.country(head.text) and head.pos_ == "PROPN":
            return Resolved(reg.state(reg.country(head.text) or ""), "country")
        return self._body_of(mods) or self._institution(head, mods, country) or self._untagged_person(head, mods)

    def _proper_force(self, ent: Span, head: Token) -> Resolved | None:
        """A force with a proper name of its own ("US Central Command", "the Eastern Theater Command"), kept
        as itself; a bare "the Navy" or "the Venezuelan Army" is none (the country's armed forces)."""
        words = [t for t in ent if t.i != head.i and t.is_title and not self.registry.country(t.text)
                 and t.lower_ not in lx.MILITARY_HEADS and t.lower_ not in {"the", "army", "armed", "national"}]
        if not words or head.i != ent.end - 1:
            return None
        start = max([ent.start, *(t.i + 1 for t in ent if t.tag_ == "POS")])  # "the Army's Northern Command"
        name = clean_name(ent.doc[start: ent.end].text)
        country = country_of_tokens([*left_modifiers(head), *ent], self.registry)
        if not country:
            prev = self.ctx.last(head.idx, governing=True)
            country = prev.country if prev is not None else ""
        return Resolved(Actor(name, country, "organisation", "military"), "ner")

    def _untagged_person(self, head: Token, mods: list[Token]) -> Resolved | None:
        """"Lt Col Vikram Sethi" left untagged by the model: a titled proper name is a person."""
        lemma = head.lemma_.lower()
        if head.pos_ != "PROPN" or entity_of(head) is not None or not mods or lemma in lx.OFFICE_TITLES | \
                lx.INSTITUTION_HEADS | lx.MILITARY_HEADS or any(t.ent_type_ for t in mods):
            return None
        titles = {t.lower_.rstrip(".") for t in mods} & lx.OFFICE_TITLES
        name = [t.text for t in mods if t.pos_ == "PROPN" and t.lower_.rstrip(".") not in lx.OFFICE_TITLES]
        if not titles or not name or any(t.pos_ not in {"PROPN", "PUNCT"} for t in mods):
            return None
        return self._person(" ".join([*name, head.text]), head)

    def _institution(self, head: Token, mods: list[Token], country: str) -> Resolved | None:
        """An institution the model did not tag: "the Venezuelan National Assembly" (proper-noun name), "China's
        Taiwan Affairs Office" (a place inside the name, before another of its words)."""
        if head.pos_ != "PROPN" or head.lemma_.lower() not in lx.INSTITUTION_HEADS:
            return None
        doc = head.doc
        name = [t.text for t in mods if t.pos_ == "PROPN" and (not entity_of(t) or (
            t.ent_type_ == "GPE" and t.dep_ != "poss" and doc[t.i + 1].pos_ == "PROPN" and t.i + 1 < head.i))] + [
            head.text]
        if len(name) < 2:
            return None
        return Resolved(Actor(" ".join(name), country, "organisation", ""), "ner")

    def _body_of(self, mods: list[Token]) -> Resolved | None:
        """"the UN General Assembly", "Hamas fighters": a part or members of a registered organisation."""
        for tok in mods:
            ent = entity_of(tok)
            if ent is not None and ent.ent_id_ and not ent.ent_id_.startswith("country:"):
                known = self.registry.lookup(ent.ent_id_)
                if known is not None and known.kind == "organisation":
                    return Resolved(known, "registry")
        return None

    def _ministry(self, head: Token, mods: list[Token]) -> Resolved | None:
        """"the Foreign Ministry", "Russia's Defence Ministry": registered, else named from its country."""
        reg = self.registry
        span = head.doc[mods[0].i: head.i + 1].text if mods else head.text
        known = reg.lookup(span)
        if known is not None:
            return Resolved(known, "registry")
        named = [*mods, *(t for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree)]
        kind = next((lx.MINISTRY_KINDS[t.lower_] for t in named if t.lower_ in lx.MINISTRY_KINDS), "foreign")
        country = country_of_tokens(mods, reg)
        source = "country"
        if not country:
            prev = self.ctx.last(head.idx, governing=True)
            country, source = (prev.country if prev else ""), "coref"
        return Resolved(reg.ministry(country, kind), source) if country else None

    def force(self, head: Token) -> Resolved | None:
        """The armed force a military noun names, even bare ("militia members would be deployed")."""
        return self._military(head, left_modifiers(head), country_of_tokens(left_modifiers(head), self.registry),
                              definite=True)

    def _military(self, head: Token, mods: list[Token], country: str, definite: bool = False) -> Resolved | None:
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
        lemma = head.lemma_.lower()
        service = next((c.lower_ for c in head.children if c.dep_ == "compound" and c.lower_ in {"coast", "border"}),
                       "") if lemma == "guard" else ""
        if country and service:  # "the Chinese coast guard": its own service, not the registered army
            return Resolved(Actor(f"{country} {service} guard", country, "organisation", "military"), "country")
        if country:
            force = reg.military(country)
            if lemma in {"army", "military"} and not any(word in name.casefold() for name in (
                    force.name, *reg.aliases.get(force.name, ())) for word in ("army", "armed forces", "military")):
                force = Actor(f"{country} armed forces", country, "organisation", "military")  # not a branch (IRGC)
            return Resolved(force, "country")
        if lemma not in lx.MILITARY_HEADS or not (definite or any(
                t.lower_ in {"the", "its", "his", "her", "their"} for t in head.lefts)):
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
        named_here = {country_of_tokens([t], reg) for t in head.sent if t.ent_type_ in {"GPE", "NORP"}} - {""}
        if len(named_here) == 1:  # "The Navy is sending ships, two U.S. officials said"
            only = named_here.pop()
            return Resolved(self._named_force(lemma, only) or reg.military(only), "context")
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
        for appos in (c for c in head.children if c.dep_ == "appos"):
            named = entity_of(appos)
            personal = named is not None and named.label_ == "ORG" and not named.ent_id_ and all(
                t.pos_ == "PROPN" and t.is_title for t in named) and 2 <= len(named) <= 5 and \
                named.root.lemma_.lower() not in lx.INSTITUTION_HEADS  # a name the model took for an organisation
            if named is not None and (named.label_ == "PERSON" or personal):  # "Russia's foreign minister, X,"
                if named.ent_id_:
                    return self._entity(named, named.root)
                return self._person(clean_name(named.text, person=True), named.root, title_head=head)
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
