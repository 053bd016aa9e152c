"""Armed forces a phrase names: "the military", "Maduro's forces", "the Chinese coast guard", "US Central Command",
"two B-1B bombers", "Units of the Battlegroup North": registered when the registry knows them, else the forces of
the country named, of the speaker who reports them, of the state named before or of the story's dateline. Used by
`timeline.extract.actors.resolve`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from timeline.extract.actors.context import Context, Resolved
from timeline.extract.actors.organisations import own_subtree, registered_among
from timeline.extract.actors.phrases import clean_name, country_of_tokens, entity_of, left_modifiers
from timeline.extract.actors.registry import ARMED_GROUP, Actor, Registry
from timeline.extract.lexicon.actors import (
    ALLIANCE_FORCES,
    BLOC_DEMONYMS,
    CRAFT_NOUNS,
    DEFENCE_KINDS,
    DEFENCE_NOUNS,
    DEFENCE_SYSTEMS,
    FORCE_NAME_FILLERS,
    GENERIC_FORCES,
    MILITARY_HEADS,
    NAVAL_PREFIXES,
    SERVICE_BRANCHES,
    SERVICE_NAME_WORDS,
    SOLE_OPERATOR_MODELS,
    TARGET_PREPOSITIONS,
)
from timeline.extract.triggers import is_military_token


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
    bloc = registered_among(reg, mods, lambda actor: actor.role == "international organisation") \
        if not country else None
    if bloc is not None:  # "NATO aircraft", "UN peacekeepers", "African Union troops": the body's own forces
        return bloc
    if any(t.lower_ == "government" for t in mods) and not country:  # "government troops": the state in the news
        country = ctx.topic(head.sent.start_char)
    union = next((reg.lookup(BLOC_DEMONYMS[t.lower_]) for t in mods if t.lower_ in BLOC_DEMONYMS), None) \
        if not country else None
    if union is not None:  # "a European warship shot the drone down": the EU's (its naval mission's)
        return Resolved(union, "nationality")
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
    branch = next((t.lower_ for t in mods if (t.lower_ in SERVICE_BRANCHES and (t.is_title or t.dep_ == "compound"))
                   or (t.lower_ == "military" and t.i == head.left_edge.i)), "")
    if branch:  # "Marine F-35B jets", "Navy destroyers", "army warplanes", "Military aircraft bombed": that service
        # (or the military), as definite as "the Navy"
        definite, lemma = True, branch
    if not (definite or any(t.lower_ in {"the", "its", "his", "her", "their"} for t in head.lefts)):
        return _bare_in_a_lede(ctx, head, lemma)
    if lemma not in MILITARY_HEADS | SERVICE_BRANCHES:
        # "the carrier entered the Caribbean, Southern Command said": a vessel or aircraft ("the carrier strike
        # group") the speaker reports, with no force named before, is the speaker's own
        craft = lemma in CRAFT_NOUNS or any(t.lemma_.lower() in CRAFT_NOUNS for t in _modifier_tree(head))
        said_by = speaker_country(head) if speaker_country is not None and craft else ""
        if said_by and ctx.last(head.idx, military=True) is None:
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
