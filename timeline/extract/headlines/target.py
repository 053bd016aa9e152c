"""A target: the noun phrase that names whom or what an event is aimed at (the `target` column).

A named entity by its canonical name ("Cartel de los Soles", "Nicolás Maduro"), else the head noun with its
compound, adjective and number modifiers and one "of"/"with" phrase or "in"/"to" phrase naming a place ("two
survivors of its sixth known strike", "Venezuelan airspace" for "all of Venezuelan airspace", "border with
Colombia"). Never a pronoun, a determiner, a number alone, a time, a direction, the weapon fired, the actor itself
or the forces a deployment moves; empty rather than wrong.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from timeline.extract.actors.phrases import entity_of
from timeline.extract.headlines.phrases import Phrases, kids
from timeline.extract.lexicon.actors import GOVERNMENT_NOUNS, MILITARY_HEADS
from timeline.extract.lexicon.clauses import OBJECT_ACTOR_VERBS
from timeline.extract.lexicon.event_types import SUBTYPES
from timeline.extract.lexicon.headlines import (
    AIMED,
    DESTINATION,
    NAMED_LABELS,
    NOT_TARGETS,
    PROJECTILES,
    QUANTITY_HEADS,
    STATEMENT_AIMED,
)
from timeline.extract.syntax import light_verb
from timeline.extract.triggers import Hit, is_military_token


def target_of(hit: Hit, actor: str, draft: Phrases) -> str:
    """Whom or what the event is aimed at (see the module's docstring); "" when nothing names it."""
    tok = hit.token
    posture = SUBTYPES[hit.subtype].family == "posture"
    statement = hit.event_type == "statement"
    candidates: list[Token] = []
    if hit.noun:  # "strikes on drug boats", "the seizure of a plane", "the deployment ... to its border"
        candidates += _objects_of(tok, AIMED)
        verb = light_verb(tok)
        if verb is not None:  # "doubled its bounty on Maduro", "approved the deployment of troops to Libya"
            candidates += _objects_of(verb, AIMED | DESTINATION if posture else AIMED)
        candidates += [o for o in _objects_of(tok, DESTINATION if posture else {"of"}) if not is_military_phrase(o)]
        if posture:  # "the deployment of troops to Libya", the destination hung on the troops
            candidates += [d for o in _objects_of(tok, {"of"}) for d in _objects_of(o, DESTINATION)]
    else:
        observed = tok.lemma_.lower() in OBJECT_ACTOR_VERBS  # its object is the actor
        objects = [c for c in kids(tok) if not observed and (
            c.dep_ in {"dobj", "dative"} or (c.dep_ == "nsubjpass" and not posture))]
        if tok.dep_ in {"amod", "acl"} and tok.tag_ == "VBN" and not posture:
            objects.append(tok.head)  # "boats seized by X"
        objects = [next((o for o in kids(c) if o.dep_ == "pobj"), c) if c.pos_ == "ADP" else c for c in objects]
        objects += [c for obj in objects for c in kids(obj) if c.dep_ == "conj"]
        candidates += [o for obj in objects for o in _objects_of(obj, AIMED)]  # "sanctions on X", "missiles at X"
        for obj in objects:
            if posture and obj.dep_ != "pobj":  # the object of a posture verb is the actor's forces or its alert,
                candidates += _objects_of(obj, DESTINATION)  # "deploy a brigade to Lithuania" (hung on the brigade)
                continue
            if hit.subtype == "strike" and _counted(obj).lemma_.lower() in PROJECTILES:
                continue  # "launched a drone at a tanker": the drone is the means, the tanker the target
            candidates.append(obj)
        candidates += _objects_of(tok, STATEMENT_AIMED if statement else DESTINATION if posture else
                                  AIMED | DESTINATION)
        if SUBTYPES[hit.subtype].family == "force":  # "struck targets in western Ukraine": the place struck
            candidates += [o for o in _objects_of(tok, {"in"}) if o.ent_type_ in {"GPE", "LOC", "FAC"}]
    for cand in candidates:
        if statement and not _names_actor(cand):
            continue  # "told reporters", "denied reports", "demanded a halt": no one aimed at
        name = _name(cand, draft)
        if name and name.casefold() != actor.casefold():
            return name
    return ""


def _objects_of(tok: Token, preps: Collection[str]) -> list[Token]:
    return [o for p in kids(tok) if p.dep_ == "prep" and p.lower_ in preps for o in kids(p)
            if o.dep_ == "pobj"]


def is_military_phrase(head: Token) -> bool:
    return is_military_token(head) or any(is_military_token(c) for c in kids(head) if c.dep_ == "compound")


def _names_actor(head: Token) -> bool:
    """A phrase that may name an actor: a person, organisation, state or people, or a government or force."""
    return head.ent_type_ in NAMED_LABELS or head.lemma_.lower() in GOVERNMENT_NOUNS | MILITARY_HEADS or \
        is_military_phrase(head)


def _counted(head: Token) -> Token:
    """What a count or measure counts: "all of Venezuelan airspace" -> airspace, "dozens of rockets" -> rockets."""
    for _ in range(3):
        of = next((o for p in kids(head) if p.dep_ == "prep" and p.lower_ == "of" for o in kids(p)
                   if o.dep_ == "pobj"), None)
        if of is None or not (head.pos_ in {"PRON", "DET", "NUM"} or head.lemma_.lower() in QUANTITY_HEADS):
            break
        head = of
    return head


def _name(head: Token, draft: Phrases) -> str:
    """What the noun phrase headed by `head` names, or "" when it names nothing."""
    head = _counted(head)
    if head.pos_ not in {"NOUN", "PROPN"} or head.like_num or draft.is_time(head) or \
            head.lemma_.lower() in NOT_TARGETS:
        return ""  # a pronoun, determiner, number, time or direction names nothing here
    ent = entity_of(head)
    if ent is not None and ent.label_ in NAMED_LABELS and not ent.text.endswith(" of"):  # not "the Sea of" (Japan)
        if ent.ent_id_.startswith("country:"):
            return ent.ent_id_.removeprefix("country:")
        name = ent.ent_id_ or ent.text
        for article in ("the ", "The "):
            name = name.removeprefix(article)
        return name.removesuffix("’s").removesuffix("'s")
    tokens = _modifiers(head, top=True)
    for prep in kids(head):  # "two survivors of its sixth known strike", "targets in western Ukraine"
        obj = next((o for o in kids(prep) if o.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
        if obj is None or prep.lower_ not in {"of", "with", "in", "to"}:
            continue
        if prep.lower_ in {"in", "to"} and obj.ent_type_ not in NAMED_LABELS:
            break  # "in the region" says where, not what; "its ambassador to Uganda" does
        if obj.pos_ in {"NOUN", "PROPN"} and not draft.is_time(obj):
            tokens += [prep, *_modifiers(obj, top=False)]
        break
    tokens.sort(key=lambda t: t.i)
    text = "".join(t.text + (" " if t.whitespace_ else "") for t in tokens if not t.is_punct or t.text == "-")
    return text.strip()


def _modifiers(head: Token, *, top: bool) -> list[Token]:
    """`head` with its left modifiers (compounds, adjectives, numbers, possessors; a determiner or a possessive
    pronoun only inside the phrase, not leading it)."""
    out = [head]
    for child in head.lefts:
        if child.dep_ in {"compound", "amod", "nummod", "nmod", "quantmod", "poss", "det", "case"}:
            if top and (child.dep_ == "det" or (child.dep_ == "poss" and child.pos_ == "PRON")):
                continue
            out += [t for t in child.subtree if t.dep_ not in {"relcl", "appos"} and not t.is_space
                    and (t.dep_ != "punct" or t.text == "-")]
    return out
