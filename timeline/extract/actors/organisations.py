"""Organisations a phrase names: armed forces, ministries and institutions.

"the military", "Maduro's forces", "the Chinese coast guard", "US Central Command", "the Foreign Ministry",
"the Venezuelan National Assembly", "Hamas fighters": registered when the registry knows them, else named
from their country (or the country in the news). Used by `timeline.extract.actors.resolve`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from timeline.extract.actors.context import Context, Resolved
from timeline.extract.actors.phrases import (
    after_pro_or_anti,
    clean_name,
    country_of_tokens,
    entity_of,
    left_modifiers,
    organisation_role,
)
from timeline.extract.actors.pronouns import body_that_spoke
from timeline.extract.actors.registry import ARMED_GROUP, Actor, Registry
from timeline.extract.lexicon.actors import (
    ALLIANCE_FORCES,
    ARMED_GROUP_NOUNS,
    BODY_NOUNS,
    BODY_SPEAKERS,
    CRAFT_NOUNS,
    DEFENCE_KINDS,
    DEFENCE_NOUNS,
    DEFENCE_SYSTEMS,
    DEFINITE_BODY_HEADS,
    FORCE_NAME_FILLERS,
    GENERIC_FORCES,
    INSTITUTION_HEADS,
    LOCAL_GOVERNMENT_WORDS,
    MILITARY_HEADS,
    MINISTRY_KINDS,
    NAVAL_PREFIXES,
    NO_MINISTRIES,
    REGION_WORDS,
    ROOTLESS_GROUP_NOUNS,
    SERVICE_NAME_WORDS,
    SOLE_OPERATOR_MODELS,
    STATE_BODY_WORDS,
    STATE_BRANCH_WORDS,
    TARGET_PREPOSITIONS,
    VAGUE_GROUP_WORDS,
    WORLD_WORDS,
)
from timeline.extract.triggers import is_military_token

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


def proper_force(ctx: Context, ent: Span, head: Token) -> Resolved | None:
    """A force with a proper name of its own ("US Central Command", "the Eastern Theater Command"), kept
    as itself; a bare "the Navy" or "the Venezuelan Army" is none (the country's armed forces)."""
    words = [t for t in ent if t.i != head.i and t.is_title and not ctx.registry.country(t.text)
             and t.lower_ not in MILITARY_HEADS and t.lower_ not in FORCE_NAME_FILLERS]
    if not words or head.i != ent.end - 1:
        return None
    start = max([ent.start, *(t.i + 1 for t in ent if t.tag_ == "POS")])  # "the Army's Northern Command"
    name = clean_name(ent.doc[start: ent.end].text)
    country = country_of_tokens([*left_modifiers(head), *ent], ctx.registry)
    if not country:  # of the state named before this sentence; a service every state has ("KYIV — Russia launched
        prev = ctx.last(head.sent.start_char, governing=True)  # 117 drones, the Air Force reported") of the dateline's
        before = prev.country if prev is not None else ""
        generic = all(t.lower_ in SERVICE_NAME_WORDS for t in words)
        country = (ctx.told_from() or before) if generic else (before or ctx.told_from())
    return Resolved(Actor(name, country, "organisation", "military"), "ner")


def military(ctx: Context, head: Token, mods: list[Token], country: str, definite: bool = False,
             speaker_country: Callable[[Token], str] | None = None) -> Resolved | None:
    """The armed force a military noun names: registered, of the country named, the speaker's own in what a
    speaker says ("the army said troops killed 30 insurgents"), else (when definite, "the troops") the force or
    the government last named, the country of the story's dateline ("ISLAMABAD: The military said it had shot
    down 25 Indian drones" is Pakistan's), or the only country the sentence names."""
    reg = ctx.registry
    phrase = [*mods, *own_subtree(head)]
    registered = registered_among(reg, phrase, lambda actor: actor.is_military or actor.role == ARMED_GROUP)
    if registered is not None:  # "Hamas fighters" are Hamas, not a state's forces
        return registered
    if any(t.lower_ == "government" for t in mods) and not country:  # "government troops": the state in the news
        country = ctx.topic(head.sent.start_char)
    alliance = next((ALLIANCE_FORCES[t.lower_] for t in mods if t.lower_ in ALLIANCE_FORCES), "")
    if alliance and not country:  # "allied forces", "coalition troops": the alliance, no one state
        return Resolved(Actor(alliance, "", "organisation", "military"), "ner")
    for tok in phrase:
        if tok.text in NAVAL_PREFIXES:
            country = country or NAVAL_PREFIXES[tok.text]
        country = country or SOLE_OPERATOR_MODELS.get(tok.text.upper(), "")  # "two B-1B bombers"
    if not country:  # "forces of Chad"; not what they act on ("forces against villages of ethnic Albanians")
        owned = [t for c in head.children if not (c.dep_ == "prep" and c.lower_ in TARGET_PREPOSITIONS)
                 for t in c.subtree]
        country = country_of_tokens(owned, reg) or ""
    if not country and head.i > 0 and entity_of(head.doc[head.i - 1]) is not None:
        country = country_of_tokens([head.doc[head.i - 1]], reg)  # "Azerbaijani forces" split by the parser
    lemma = head.lemma_.lower()
    guard = head if lemma == "guard" else next((c for c in _modifier_tree(head) if c.dep_ in {"compound", "nmod"}
                                                and c.lemma_.lower() == "guard"), None)  # "a coast guard ship",
    # "China Coast Guard (CCG) vessels" (the parser makes the name a modifier across the parentheses)
    service = next((c.lower_ for c in guard.children if c.dep_ == "compound" and c.lower_ in {"coast", "border"}),
                   "") if guard is not None else ""
    if service and guard is not None and guard.is_title:  # "China Coast Guard (CCG) vessels": its proper name
        service = f"{service.title()} Guard"
    elif service:
        service = f"{service} guard"  # "the Chinese coast guard"
    if country and service:  # "the Chinese coast guard": its own service, not the registered army
        return Resolved(Actor(f"{country} {service}", country, "organisation", "military"), "nationality")
    if country:
        force = reg.military(country)
        before = head.doc[head.i - 1] if head.i > 0 else None
        if lemma in {"army", "navy"} and before is not None and reg.lookup(force.name) is None and \
                country_of_tokens([before], reg) == country:  # "the Indian Army", "the Nigerian navy": an
            country_ent = entity_of(before)
            words = country_ent.text if country_ent is not None and country_ent.end == head.i else before.text
            force = Actor(f"{words} {head.text.title()}", country, "organisation", "military")  # unlisted
            # country's service, named as the story names it ("South Korean Navy"), as a reader would name it
        elif lemma in {"army", "military"} and not any(word in name.casefold() for name in (
                force.name, *reg.aliases.get(force.name, ())) for word in ("army", "armed forces", "military")):
            force = Actor(f"{reg.demonym(country)} armed forces", country, "organisation", "military")  # not a
            # branch (IRGC)
        return Resolved(force, "nationality")  # "Dutch fighters", "U.S. troops"
    units_of = lemma == "unit" and head.tag_ == "NNS" and any(c.dep_ == "prep" and c.lower_ == "of" for c in
                                                               head.children)  # "Units of the Battlegroup North"
    said_by = speaker_country(head) if speaker_country is not None and (lemma in GENERIC_FORCES or units_of) else ""
    if said_by:
        return Resolved(reg.military(said_by), "context")
    if not (definite or any(t.lower_ in {"the", "its", "his", "her", "their"} for t in head.lefts)):
        return _bare_in_a_lede(ctx, head, lemma)
    if lemma not in MILITARY_HEADS:  # "the carrier entered the Caribbean, Southern Command said": a vessel or
        craft = lemma in CRAFT_NOUNS or any(t.lemma_.lower() in CRAFT_NOUNS for t in _modifier_tree(head))
        said_by = speaker_country(head) if speaker_country is not None and craft else ""  # aircraft ("the carrier
        # strike group")
        if said_by and ctx.last(head.idx, military=True) is None:  # no force was named before is the speaker's own
            return Resolved(reg.military(said_by), "context")
        return None
    owner = next((t for t in head.lefts if t.dep_ == "poss" and t.lower_ in {"its", "their"}), None)
    near = ctx.last(head.idx, within=head.idx - head.sent.start_char) if owner is not None else None
    if near is not None and near.country and near.kind != "person":  # "Beijing said its coast guard": China's
        if near.is_military:
            return Resolved(near, "coref")  # "the army said its troops": that force's own
        if service:
            return Resolved(Actor(f"{near.country} {service}", near.country, "organisation", "military"), "coref")
        return Resolved(_named_force(reg, lemma, near.country) or reg.military(near.country), "coref")
    prev = ctx.last(head.idx, military=True)
    gov = ctx.last(head.idx, governing=True)
    named = _named_force(reg, lemma, gov.country) if gov is not None and lemma not in GENERIC_FORCES else None
    if named is not None:
        return Resolved(named, "coref")  # "the militia", "the navy": that force of the country in the news
    if prev is not None:
        return Resolved(prev, "coref")  # "the military", "the troops": the force last named
    if gov is not None and gov.country:
        return Resolved(reg.military(gov.country), "coref")
    told_from = ctx.told_from()  # where the story is told from (not the topic, which may be the country of a
    if told_from:  # broadcaster's own news: "the security forces" in a Kosovo report)
        return Resolved(_named_force(reg, lemma, told_from) or reg.military(told_from), "context")
    acted_on = {t.i for c in head.head.children if c.dep_ == "dobj" for t in c.subtree} \
        if head.dep_ == "nsubj" else set()  # what the force acts on ("chased away three Vietnamese boats")
    named_here = {country_of_tokens([t], reg) for t in head.sent if t.i not in acted_on and (t.ent_type_ == "GPE" or (
        t.ent_type_ == "NORP" and t.dep_ in {"amod", "compound"}))} - {""}  # not a people ("ethnic Albanians")
    if len(named_here) == 1:  # "The Navy is sending ships, two U.S. officials said"
        only = named_here.pop()
        return Resolved(_named_force(reg, lemma, only) or reg.military(only), "context")
    return None


def _modifier_tree(head: Token) -> list[Token]:
    """The compound and "nmod" words before a noun, nested ("Japan Coast Guard patrol ships": patrol, Guard,
    Coast, Japan)."""
    out: list[Token] = []
    todo = [c for c in head.children if c.dep_ in {"compound", "nmod"} and c.i < head.i]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ in {"compound", "nmod"} and c.i < tok.i)
    return out


def _bare_in_a_lede(ctx: Context, head: Token, lemma: str) -> Resolved | None:
    """Bare "Troops" or "Soldiers" that act in the story's own words, in a story told from a country's city
    ("MAIDUGURI, Nigeria (AP) — Soldiers killed eight insurgents"): that country's forces, as its press and the
    wire write of them; so are "air defence systems" that shoot something down, and "security forces" anywhere
    in the story. Not with any other word before them ("some troops", "two soldiers", "foreign troops"), nor in
    someone's words."""
    told_from = ctx.told_from()
    lefts = list(head.lefts)
    security = lemma == "force" and head.tag_ == "NNS" and [t.lower_ for t in lefts] == ["security"]
    if told_from and security:  # "an encounter with security forces": the state's own, wherever they stand
        return Resolved(ctx.registry.military(told_from), "context")
    if not told_from or head.tag_ != "NNS" or head.dep_ != "nsubj" or head.head.dep_ != "ROOT":
        return None
    forces = lemma in MILITARY_HEADS | GENERIC_FORCES and not lefts  # not "Gunmen": no state's
    defences = lemma in DEFENCE_NOUNS | DEFENCE_SYSTEMS and is_military_token(head) and all(
        t.dep_ == "compound" and (t.lower_ in DEFENCE_KINDS or t.lemma_.lower() in DEFENCE_NOUNS) for t in head.lefts)
    if not (forces or defences):
        return None
    return Resolved(_named_force(ctx.registry, lemma, told_from) or ctx.registry.military(told_from), "context")


def _named_force(registry: Registry, word: str, country: str) -> Actor | None:
    """The registered force of `country` whose name holds `word` ("militia" -> Bolivarian Militia)."""
    for actor in registry.actors:
        if actor.country == country and actor.is_military and any(
                word in alias.casefold().split() for alias in registry.aliases[actor.name]):
            return actor
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
    if not country:  # "the Foreign Ministry said": the country the article is about there, not one named beside it
        country, source = context_country(head), "coref"
    return Resolved(reg.ministry(country, kind), source) if country else None


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
