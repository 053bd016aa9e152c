"""Organisations a phrase names: ministries, institutions, armed groups and police (armed forces: `forces`).

"the military", "Maduro's forces", "the Chinese coast guard", "US Central Command", "the Foreign Ministry",
"the Venezuelan National Assembly", "Hamas fighters": registered when the registry knows them, else named
from their country (or the country in the news). Used by `timeline.extract.actors.resolve`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from timeline.extract.actors.context import Context, Resolved
from timeline.extract.actors.phrases import (
    after_pro_or_anti,
    country_of_tokens,
    entity_of,
    left_modifiers,
    organisation_role,
)
from timeline.extract.actors.pronouns import body_that_spoke
from timeline.extract.actors.registry import ARMED_GROUP, Actor, Registry
from timeline.extract.lexicon.actors import (
    ARMED_GROUP_NOUNS,
    BODY_NOUNS,
    BODY_SPEAKERS,
    DEFINITE_BODY_HEADS,
    INSTITUTION_HEADS,
    LOCAL_GOVERNMENT_WORDS,
    MINISTRY_KINDS,
    NO_MINISTRIES,
    REGION_WORDS,
    ROOTLESS_GROUP_NOUNS,
    STATE_BODY_WORDS,
    STATE_BRANCH_WORDS,
    VAGUE_GROUP_WORDS,
    WORLD_WORDS,
)

POLICE = "police"


def own_subtree(head: Token) -> list[Token]:
    """`head`'s subtree without its conjuncts ("Sudanese troops and RSF fighters": not the fighters)."""
    skip = {t.i for c in head.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    return [t for t in head.subtree if t.i not in skip]


def registered_among(registry: Registry, tokens: Iterable[Token], accept: Callable[[Actor], bool]) -> Resolved | None:
    """The registered actor `accept` takes whose name is the first among `tokens` to be one ("the UN General
    Assembly": UN; "Hamas fighters": Hamas): the named entity a token belongs to, by its registry id (countries
    aside: a country's name names its state, not an organisation)."""
    for tok in tokens:
        ent = entity_of(tok)
        if ent is not None and ent.ent_id_ and not ent.ent_id_.startswith("country:"):
            known = registry.lookup(ent.ent_id_)
            if known is not None and accept(known):
                return Resolved(known, "registry")
    return None


def ministry(ctx: Context, head: Token, mods: list[Token], context_country: Callable[[Token], str]) -> Resolved | None:
    """"the Foreign Ministry", "Russia's Defence Ministry": registered, else named from its country."""
    reg = ctx.registry
    span = head.doc[mods[0].i: head.i + 1].text if mods else head.text
    known = reg.lookup(span)
    if known is not None:
        return Resolved(known, "registry")
    named = [*mods, *(t for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree)]
    if head.ent_id_ and not head.ent_id_.startswith("country:"):  # "the Ministry of External Affairs": the
        listed = reg.lookup(head.ent_id_)  # gazetteer named the whole of it
        if listed is not None:
            return Resolved(listed, "registry")
    kind = next((MINISTRY_KINDS[t.lower_] for t in named if t.lower_ in MINISTRY_KINDS), "")
    if not kind:  # "the Unification Ministry", "Japan's Health Ministry": the kind as written; else "the ministry"
        kind = " ".join(t.lower_ for t in named if t.is_title and t.pos_ in {"PROPN", "NOUN", "ADJ"} and not (
            ctx.registry.country(t.text))) or "foreign"  # (of a bare "Ministry" the foreign one, as news means it)
    country = country_of_tokens(mods, reg) or country_of_tokens(  # "the Commerce Ministry in Beijing"
        [t for p in head.children if p.dep_ == "prep" and p.lower_ in {"in", "of"} for t in p.subtree], reg)
    source = "country"
    if not country:
        country, source = home_country(ctx, head), "context"
    if not country:  # "President X said ... The foreign ministry said": the state whose leader or government
        country, source = _state_just_named(ctx, head), "coref"  # the sentence before named
    if not country:  # "the Foreign Ministry said": the country the article is about there, not one named beside it
        country, source = context_country(head), "coref"
    return Resolved(reg.ministry(country, kind), source) if country else None


def _state_just_named(ctx: Context, head: Token) -> str:
    """The country of the governing actor (a state, its government, its leader) that is the main subject of the
    sentence before ("President Maduro went on state TV ... The foreign ministry said": Venezuela's); else none."""
    sent = head.sent
    if sent.start == 0:
        return ""
    before = head.doc[sent.start - 1].sent
    subject = next((t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    if subject is None:
        return ""
    lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
    found = next((m.actor for m in ctx.mentions if lo <= m.offset < hi and m.governing and m.actor.country), None)
    return found.country if found is not None else ""


def court(ctx: Context, head: Token, mods: list[Token], context_country: Callable[[Token], str]) -> Resolved | None:
    """A court or judge with no name of its own and no country's ("a federal appeals court", "a Miami federal
    judge"): the court as written, of the country the article is about there ("a US court" is the state's)."""
    words = [t for t in mods if t.dep_ not in {"det", "poss"} and not t.is_punct]
    if not words or country_of_tokens(mods, ctx.registry):
        return None
    return Resolved(Actor(head.doc[words[0].i: head.i + 1].text, context_country(head), "organisation", "court"),
                    "ner")


def home_country(ctx: Context, head: Token) -> str:
    """A ministry named without its country that speaks or acts in its own clause, in a story told from one
    country's capital ("MANILA — ... The Department of Foreign Affairs said"): that country's, as a wire story's
    reader takes it; not in another's words ("Hungary's premier said the Foreign Ministry would ...")."""
    country = ctx.told_from()
    if not country or head.dep_ not in {"nsubj", "nsubjpass"} or any(
            g.dep_ in {"ccomp", "xcomp"} for g in [head.head, *head.head.ancestors]):
        return ""
    return "" if country in NO_MINISTRIES and head.lemma_.lower() == "ministry" else country


def department(ctx: Context, head: Token, mods: list[Token],
               context_country: Callable[[Token], str]) -> Resolved | None:
    """A ministry named a department: "the South African Foreign Affairs Department", "the Department of
    Foreign Affairs" (of the country the article is about there). Named as written, with its country's demonym
    when the text leaves it out; registered if listed ("the State Department")."""
    reg = ctx.registry
    of = [t for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
    if not any(t.lower_ in MINISTRY_KINDS for t in [*mods, *of]):
        return None
    words = [t for t in mods if t.dep_ not in {"det", "poss"} and t.pos_ != "PUNCT"]
    written = " ".join(t.text for t in [*words, head, *of])
    known = reg.lookup(written)
    if known is not None:
        return Resolved(known, "registry")
    inner = registered_among(reg, of, lambda actor: actor.kind == "organisation")
    if inner is not None:  # "the Department of the Treasury's Office of Foreign Assets Control": registered
        return inner
    country, source = country_of_tokens(mods, reg), "country"
    if not country:
        country, source = home_country(ctx, head), "context"
    if not country:
        country, source = context_country(head), "coref"
    if not country:
        return None
    demonym = (reg.demonyms.get(country) or [country])[0]
    named = written if source == "country" else f"{demonym} {written}"
    return Resolved(Actor(named, country, "organisation", "ministry"), source)


def mission(ctx: Context, head: Token, mods: list[Token]) -> Resolved | None:
    """An embassy or consulate speaks for its state: "the U.S. Embassy in Nairobi", "Kenya's embassy"; "the
    embassy" is the one last named. Where it stands ("in Nairobi") is the host, not the owner."""
    country = country_of_tokens(mods, ctx.registry)
    if country:
        return Resolved(ctx.registry.state(country), "country")
    if any(t.lower_ == "the" for t in head.lefts):
        prev = ctx.last_named(head.idx, head.lemma_.lower(), any_kind=True)
        if prev is not None:
            return Resolved(prev, "coref")
    return None


def institution(ctx: Context, head: Token, mods: list[Token], country: str) -> Resolved | None:
    """An institution the model did not tag: "the Venezuelan National Assembly" (proper-noun name), "China's
    Taiwan Affairs Office" (a place inside the name, before another of its words)."""
    if head.pos_ != "PROPN" or head.lemma_.lower() not in INSTITUTION_HEADS:
        return None
    doc = head.doc
    name = [t.text for t in mods if t.pos_ == "PROPN" and (not entity_of(t) or (
        t.ent_type_ == "GPE" and t.dep_ != "poss" and doc[t.i + 1].pos_ == "PROPN" and t.i + 1 < head.i))] + [
        head.text]
    if len(name) < 2:
        return None
    named = " ".join(name)
    return Resolved(Actor(named, country or state_body_country(ctx, named, head), "organisation",
                          organisation_role(named)), "ner")


def state_body_country(ctx: Context, name: str, head: Token) -> str:
    """An unregistered state body named without its country ("ABUJA — The Defence Headquarters said", "SEOUL --
    The Joint Chiefs of Staff said"): the country the story is told from, when it speaks or acts in its own clause;
    not a body of no one state ("the International Criminal Court") nor a news outlet."""
    named = {w.casefold() for w in name.split()}
    if not named & STATE_BODY_WORDS or named & (REGION_WORDS | WORLD_WORDS) or organisation_role(name):
        return ""
    return home_country(ctx, head)


def body_of(registry: Registry, mods: list[Token]) -> Resolved | None:
    """"the UN General Assembly", "Hamas fighters": a part or members of a registered organisation."""
    return registered_among(registry, mods, lambda actor: actor.kind == "organisation")


def armed_group(ctx: Context, head: Token, mods: list[Token]) -> Resolved | None:
    """Members of an armed group that is no state's forces: "Rwandan rebels", "the militants", "rebel forces",
    "Islamist insurgents in Mali". A registered group named in the phrase is that group; "the rebels" is the
    group last named; else the group is named by its country's demonym (from a modifier, an "in" place, or the
    country the article is about) and its words: "Rwandan rebels", "Islamist insurgents"."""
    reg = ctx.registry
    phrase = [*mods, *own_subtree(head)]
    registered = registered_among(reg, phrase, lambda actor: actor.role == ARMED_GROUP)
    if registered is not None:
        return registered
    noun = next((t for t in [head, *mods] if t.lemma_.lower() in ARMED_GROUP_NOUNS), head)
    plural = ARMED_GROUP_NOUNS.get(noun.lemma_.lower(), "")
    if not plural:
        return None
    described = [t for t in mods if t.i < noun.i and t.pos_ in {"ADJ", "PROPN", "NOUN"}
                 and t.lower_ not in VAGUE_GROUP_WORDS and t.dep_ != "poss" and not after_pro_or_anti(t)]
    country = country_of_tokens(mods, reg)
    if not country:
        country = country_of_tokens([o for p in head.children if p.dep_ == "prep" and p.lower_ in {"in", "from"}
                                     for o in p.children if o.dep_ == "pobj"], reg)
    words = [t.text for t in described if not reg.country(t.text)]
    if not country and not words:
        prev = ctx.last(head.idx, armed=True)
        if prev is not None:
            return Resolved(prev, "coref")  # "the rebels", "rebel strikes": the group last named
    demonym = (reg.demonyms.get(country) or [""])[0] if country else ""
    source = "nationality"
    if not country:
        rootless = noun.lemma_.lower() in ROOTLESS_GROUP_NOUNS
        country, source = ("" if rootless else ctx.topic(head.sent.start_char)), "context"
        if not country and not words:
            return None  # "rebels", "terrorists" with nothing said of who they are or where
        demonym = "" if words else (reg.demonyms.get(country) or [""])[0]
    name = " ".join([w for w in [demonym, *words] if w] + [plural])
    return Resolved(Actor(name[0].upper() + name[1:], country, "organisation", ARMED_GROUP), source)


def police(ctx: Context, head: Token, mods: list[Token], country: str) -> Resolved | None:
    """A state's police or gendarmerie: "Egyptian police", "police in the Comoros" (where they serve), "the police"
    (of the country in the news)."""
    if not country:
        country = country_of_tokens([t for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                                     for o in p.children if o.dep_ == "pobj" for t in o.subtree], ctx.registry)
    if not country:
        country = ctx.topic(head.sent.start_char)
    if not country:
        return None
    return Resolved(Actor(f"{ctx.registry.demonym(country)} police", country, "organisation", POLICE),
                    "nationality" if mods else "coref")


def speakers_body(head: Token, mods: list[Token]) -> Token | None:
    """What officials or a spokesperson speak for, when the phrase names it: an organisation no registry knows
    ("Red Cross officials", "an INS spokeswoman", "officials of the Immigration and Naturalization Service"), or
    a body named before ("an official from the organization"). The head to resolve, or None."""
    lemma = head.lemma_.lower()
    if lemma not in BODY_SPEAKERS:
        return None
    if lemma == "office":  # "Modi's office said", "South Korea's presidential office said": its owner speaks
        return next((c for c in head.children if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}), None)
    spoken_for = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
                       if o.dep_ == "pobj"), None)
    if spoken_for is not None and lemma.startswith("spokes"):
        return spoken_for  # "a spokesman for the Ukrainian air force"
    placed = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                   if o.dep_ == "pobj" and o.ent_id_.startswith("country:")), None)
    if placed is not None and lemma in {"official", "authority"} and not mods:
        return placed  # "officials in Seoul said": of the state whose capital they are in
    of = [o for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for o in p.children
          if o.dep_ == "pobj"]
    named = next((t for t in [*mods, *of] if t.ent_type_ == "ORG" and not t.ent_id_), None)
    if named is not None:
        return named
    return next((o for o in of if o.lemma_.lower() in BODY_NOUNS | DEFINITE_BODY_HEADS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in o.children)), None)


def state_officials(ctx: Context, head: Token, mods: list[Token], registry: Registry) -> Resolved | None:
    """Officials named by their government's branch but not their country ("a law enforcement official", "federal
    immigration officials") are of the country a wire story is told from ("WASHINGTON (AP) --"); "the official"
    is the state or body that just spoke ("a law enforcement official said ... the official added"); bare
    "officials" (of a hospital, an airline, anyone) and a story with no dateline give none."""
    if not mods and head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        spoke = body_that_spoke(ctx, head.sent.start_char, governing_too=True)
        return Resolved(spoke, "coref") if spoke is not None else None
    if head.lemma_.lower() == "authority" and head.tag_ == "NNS" and all(
            m.lower_ in LOCAL_GOVERNMENT_WORDS for m in mods) and head.dep_ != "conj":
        country = ctx.told_from() or ctx.topic(head.sent.start_char)  # "authorities said", "local authorities":
        return Resolved(registry.state(country), "context") if country else None  # the state the story is about
    if not ctx.told_from() or not any(m.lemma_.lower() in STATE_BRANCH_WORDS for m in mods):
        return None
    shared = left_modifiers(head.head) if head.dep_ == "conj" else []  # "Western diplomats and intelligence
    if any(m.ent_type_ == "NORP" or m.lower_ in REGION_WORDS for m in [*mods, *shared]):  # officials"
        return None  # "Western officials", "foreign intelligence officials": of no one state
    return Resolved(registry.state(ctx.told_from()), "context")
