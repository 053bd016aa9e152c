"""Trigger words in a parsed sentence: which token reports which kind of event (the first sense of the word whose
needs hold: a military argument, an object of a kind, a particle ...), and which words name armed forces (the
event's status, asserted to denied, is in `timeline.extract.modality`; who does what, in `timeline.extract.syntax`).

Reads the tables in `timeline.extract.lexicon`; the rules here are about syntax only (objects, subjects,
governing verbs), never about particular sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from timeline.extract import syntax
from timeline.extract.lexicon.actors import (
    AIRLINE_SENSE_WORDS,
    ARMED_GROUP_NOUNS,
    CLAIMED_PLACES,
    DEFENCE_KINDS,
    DEFENCE_NOUNS,
    DEFENCE_SYSTEMS,
    MILITARY_NOUNS,
    MILITARY_TOKEN_PATTERN,
    MISSION_NOUNS,
    WARSHIP_CARRIER_WORDS,
    WHOLE_BODY_HEADS,
)
from timeline.extract.lexicon.clauses import (
    DATED_ATTACK_NOUNS,
    DEADLINE_UNITS,
    DEVICES,
    ENVOY_NOUNS,
    LEAVING_VERBS,
    LIGHT_VERBS,
    SPEECH_COMPLEMENTS,
)
from timeline.extract.lexicon.triggers import (
    CALL_REQUEST_PREPS,
    NOT_MILITARY_MODIFIERS,
    NOUN_TRIGGERS,
    OCCUPIABLE,
    VERB_TRIGGERS,
    Sense,
)

_MILITARY_TOKEN = re.compile(MILITARY_TOKEN_PATTERN)
_TRIGGER_LEMMAS = frozenset({"call", *VERB_TRIGGERS, *NOUN_TRIGGERS})


@dataclass(frozen=True)
class Hit:
    token: Token
    sense: Sense
    noun: bool  # a noun trigger ("the deployment of"), else a verb trigger

    @property
    def event_type(self) -> str:
        return self.sense.event_type

    @property
    def subtype(self) -> str:
        return self.sense.subtype


def is_military_token(tok: Token) -> bool:
    """A word for armed forces or their arms: "troops", "warship", "F-35", and air or missile defences ("its air
    defences", "Russian air defense systems": the units that shoot down what is fired at a country; not "the
    defence ministry" or "in his defence")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB", "ADJ"} and tok.lower_ != lemma:
        return False  # a verb's form ("a guarded response", "guarded the border"), not a guard
    if lemma == "carrier" and _an_airline(tok):
        return False
    if lemma in MILITARY_NOUNS or _MILITARY_TOKEN.match(tok.text) or (
            lemma.endswith("s") and lemma[:-1] in MILITARY_NOUNS):  # "Marines" tagged a proper noun, unlemmatised
        return True
    if lemma not in DEFENCE_NOUNS and lemma not in DEFENCE_SYSTEMS:
        return False
    modifiers = [c for c in tok.children if c.dep_ in {"compound", "amod"}]
    if lemma in DEFENCE_SYSTEMS and not any(m.lemma_.lower() in DEFENCE_NOUNS for m in modifiers):
        return False  # a system, but not a defence system
    words = {m.lower_ for m in modifiers} | {g.lower_ for m in modifiers for g in m.children if g.dep_ == "compound"}
    return bool(words & DEFENCE_KINDS)


def _an_airline(carrier: Token) -> bool:
    """"The carriers that suspended flights": a sentence about air travel, no word making the carrier a warship."""
    before = {t.lower_ for t in carrier.doc[max(carrier.i - 3, carrier.sent.start):carrier.i]}
    return not before & WARSHIP_CARRIER_WORDS and any(t.lemma_.lower() in AIRLINE_SENSE_WORDS for t in carrier.sent)


def _named_operation(tok: Token) -> Token | None:
    """The name "Operation" opens ("Operation Sindoor", "Operation Southern Spear"), which the parser makes the
    head of the phrase, or None."""
    if tok.dep_ != "compound" or tok.text != "Operation" or tok.head.pos_ != "PROPN" or tok.head.i < tok.i:
        return None
    return tok.head if tok.head.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "appos", "ROOT"} else None


def _bare_operations(noun: Token) -> bool:
    """"Resume operations", "halt operations" with no word saying whose or what kind: an airline's or a firm's
    business (a force's is "military operations", "an operation", "operations against X")."""
    return noun.lemma_.lower() == "operation" and noun.tag_ == "NNS" and not any(
        c.dep_ in {"det", "amod", "compound", "nummod", "poss", "prep", "nmod", "acl", "relcl"} for c in noun.children)


def military_near(tok: Token, noun: bool) -> bool:
    """A military noun (troops, warships, B-52) among the trigger's arguments or modifiers (for a noun
    under a light verb, "the military carried out strikes", the light verb's subject too)."""
    heads = [tok] if noun else syntax.argument_heads(tok)
    if noun:  # "an offensive by government troops", "clashes between the army and rebels"
        heads += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "between"
                  for o in p.children if o.dep_ == "pobj"]
        agent = syntax.noun_agent(tok)
        if agent is not None:
            heads.append(agent)
    verb = syntax.light_verb(tok) if noun else None
    if verb is not None:
        subject = syntax.subject_of(verb)
        if subject is not None:
            heads.append(subject)
    elif not noun and not any(h.dep_ in {"nsubj", "nsubjpass"} for h in heads):
        subject = syntax.subject_of(tok)  # "ordered French troops to leave": the troops leave
        if subject is not None:
            heads.append(subject)
    for pronoun in [h for h in heads if h.dep_ == "nsubj" and h.pos_ == "PRON"]:
        speaker = next((c for g in syntax.governors(pronoun) if syntax.is_verbal(g) for c in g.children
                        if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if speaker is not None:  # "the army said it had destroyed": the army
            heads.append(speaker)
    return any(is_military_token(t) for h in heads for t in syntax.core(h) if t.i != tok.i) or any(
        carries_forces(h) for h in heads)


def carries_forces(vessel: Token) -> bool:
    """"An amphibious group carrying about 4,000 sailors and marines was also sent south": what carries forces."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in {"carry", "transport"} and any(
        is_military_token(m) for o in c.children if o.dep_ == "dobj" for m in [o, *o.conjuncts])
        for c in vessel.children)


def armed_party(tok: Token, fighters: frozenset[str]) -> bool:
    """Whether a noun's owner, modifier or "by" agent is an armed group or force: "Hamas's attack", "a Taliban
    attack", "Houthi attacks", "an attack by the Houthis", "the rebels' offensive" (`fighters`: the registered
    ones' names, `Registry.fighters`; a word for a group, "rebels", "militants", is one too)."""
    parties = [c for c in tok.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
    parties += syntax.nested_modifiers(tok)
    agent = syntax.noun_agent(tok)
    if agent is not None:
        parties.append(agent)
    return any((t.ent_id_ and t.ent_id_ in fighters) or t.lemma_.lower() in ARMED_GROUP_NOUNS for t in parties)


def _dated_attack(tok: Token) -> bool:
    """"The October 7 attack", "Sunday's attack on the convoy": an attack named by its date is an armed one, unless
    a person or body owns it ("Trump's Tuesday attack on the Fed": words)."""
    if tok.lemma_.lower() not in DATED_ATTACK_NOUNS or not syntax.own_dates(tok):
        return False
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.ent_type_ != "DATE"), None) or \
        syntax.noun_agent(tok)
    return owner is None


def _satisfied(hit_tok: Token, sense: Sense, noun: bool, fighters: frozenset[str] = frozenset()) -> bool:
    if not sense.needs:
        return True
    return all(any(_holds(hit_tok, either, noun, fighters) for either in _alternatives(need))
               for need in sense.needs.split("+"))


def _alternatives(need: str) -> list[str]:
    """"light|owned" is either need; a "obj:a|b" list is one need."""
    return [need] if ":" in need else need.split("|")


def _holds(hit_tok: Token, needs: str, noun: bool, fighters: frozenset[str] = frozenset()) -> bool:
    """One constraint of a sense (see `lexicon.Sense`)."""
    if needs == "military":
        return military_near(hit_tok, noun)
    if needs == "force":
        return military_near(hit_tok, noun) or (noun and syntax.under_light_verb(hit_tok) and not _bare_operations(
            hit_tok)) or (
            noun and any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in DEVICES for c in hit_tok.children)
        ) or (  # "a car bomb attack", "rocket attacks"
            noun and (syntax.responsibility_claimer(hit_tok) is not None
                      or syntax.host_verb(hit_tok) is not None)) or (
            noun and (armed_party(hit_tok, fighters) or _dated_attack(hit_tok))) or any(
            c.dep_ in {"compound", "amod", "poss", "nmod"} and c.ent_type_ in {"GPE", "NORP"}
            for c in [*hit_tok.children, *syntax.nested_modifiers(hit_tok)])
    if needs == "armed":  # "the RSF has besieged El Fasher", "rebels advanced on the town"
        subject = None if noun else syntax.subject_of(hit_tok)
        return subject is not None and any((t.ent_id_ and t.ent_id_ in fighters) or t.lemma_.lower() in
                                           ARMED_GROUP_NOUNS for t in syntax.core(subject))
    if needs == "state":  # "Israel attacked Iran": a state as the subject (a person's attack may be words)
        subject = None if noun else syntax.subject_of(hit_tok)
        return subject is not None and subject.ent_id_.startswith("country:")
    if needs == "mover":
        subject = None if noun else syntax.subject_of(hit_tok)
        return subject is not None and any(is_military_token(t) for t in syntax.core(subject))
    if needs == "terror":
        scope = list(hit_tok.subtree) + ([hit_tok.head] if noun else [])
        return any(t.lemma_.lower().startswith("terror") for t in scope)
    if needs == "entity":
        return any(c.ent_type_ in {"PERSON", "ORG", "GPE"} or (c.dep_ == "prep" and c.lower_ == "as")
                   for c in hit_tok.children)
    if needs == "light":
        return noun and syntax.under_light_verb(hit_tok)
    if needs == "owned":  # "the U.S.'s demand ... was refused", "stern warnings from Moscow came on Thursday"
        told = hit_tok.dep_ in {"nsubj", "nsubjpass", "ROOT", "attr"} or (  # not "to confront threats from the U.S."
            hit_tok.dep_ == "pobj" and hit_tok.head.lower_ in {"in", "to"})  # "in a statement by", "according to"
        return noun and ((told and any(c.dep_ == "poss" or (c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"})
                                       for c in hit_tok.children)) or syntax.drawn_from(hit_tok) is not None)
    if needs == "possdated":  # "Hegseth's announcement on Thursday": an utterance its owner made that day
        return noun and any(c.dep_ == "poss" and c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
                            for c in hit_tok.children) and (bool(syntax.own_dates(hit_tok)) or any(
            c.dep_ == "prep" and c.lower_ in {"on", "of"} and any(o.ent_type_ == "DATE" for o in c.children)
            for c in hit_tok.children))
    if needs == "sendsout":  # "ordered French troops to leave the country", "ordered the ambassador to leave"
        sent_out = next((c for c in hit_tok.children if c.dep_ == "dobj"), None)
        return sent_out is not None and any(c.dep_ == "xcomp" and c.lemma_.lower() in LEAVING_VERBS
                                            for c in hit_tok.children) and (
            any(t.lemma_.lower() in ENVOY_NOUNS for t in [sent_out, *sent_out.children] if t.dep_ in {
                "dobj", "compound", "appos"})  # "ordered French ambassador Joël Meyer to leave"
            or any(t.lemma_.lower() in MISSION_NOUNS for t in sent_out.subtree)
            or (is_military_token(sent_out) and any(
                c.ent_type_ in {"NORP", "GPE"} and c.dep_ in {"amod", "compound", "poss"} for c in sent_out.children)))
    if needs == "deadline":  # "gave the carriers 48 hours to resume operations", "gave Iraq a week to comply"
        spans = [c for c in hit_tok.children if c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in DEADLINE_UNITS]
        spans += [a for c in hit_tok.children if c.dep_ == "dative" for a in c.children if a.dep_ == "appos" and
                  a.lemma_.lower() in DEADLINE_UNITS]  # ("the ambassador 48 hours" read as an apposition)
        return bool(spans) and any(c.dep_ in {"dative", "dobj"} and c not in spans for c in hit_tok.children) and any(
            a.lower_ == "to" for t in [hit_tok, *spans] for c in t.children if c.dep_ in {"advcl", "xcomp", "acl",
                                                                                       "relcl"}
            for a in c.children if a.dep_ == "aux")
    if needs == "withforce":  # "an encounter with security forces"
        return any(is_military_token(o) for p in hit_tok.children if p.dep_ == "prep" and p.lower_ == "with"
                   for o in p.children if o.dep_ == "pobj")
    if needs == "comp":  # "pressed Iraq to comply", "pushed for a vote", "declined to resign"
        return any(c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ in {"for", "on"})
                   for c in hit_tok.children)
    if needs == "verdict":  # "ruled that he must return", "ruled against them", "ruled in favor of", not "ruled
        # for 30 years", "ruled the country" nor "ruled out talks"
        return any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "against") or (
            c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() in {"favor", "favour"} for o in c.children))
            for c in hit_tok.children)
    if needs == "active":
        return not any(c.dep_ in {"nsubjpass", "auxpass"} for c in hit_tok.children)
    if needs == "passive":  # "was charged with the slaying": done to its subject by no one named
        return not noun and any(c.dep_ == "nsubjpass" for c in hit_tok.children) and not any(
            c.dep_ == "agent" for c in hit_tok.children)
    if needs == "airmen":  # "a notice to airmen" (a NOTAM spelled out), however the parser hangs "airmen"
        doc = hit_tok.doc
        return hit_tok.i + 2 < len(doc) and doc[hit_tok.i + 1].lower_ == "to" and \
            doc[hit_tok.i + 2].lower_ in {"airmen", "air", "aviators"}
    if needs == "notplace":  # "the Senkakus ... are claimed by China and Taiwan": a claim to a place
        subject = next((c for c in hit_tok.children if c.dep_ == "nsubjpass"), None)
        if subject is None and hit_tok.dep_ == "conj":  # "are administered by Japan but claimed by China"
            subject = next((c for c in hit_tok.head.children if c.dep_ == "nsubjpass"), None)
        named = [t for c in subject.children if c.dep_ == "appos" for t in c.subtree] if subject is not None else []
        return subject is None or not (subject.ent_type_ in {"GPE", "LOC", "FAC"} or subject.lemma_.lower() in
                                       CLAIMED_PLACES or any(t.lemma_.lower() in CLAIMED_PLACES for t in named))
    if needs == "person":  # "Kopp was charged with", not "the FANB is charged with guaranteeing" (a duty)
        subject = next((c for c in hit_tok.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
        return subject is None or not (subject.lemma_.lower() in WHOLE_BODY_HEADS or (
            subject.ent_id_ and subject.ent_id_ in fighters and subject.ent_type_ != "PERSON"))
    if needs == "nospeech":  # "refused to comment", "declined to say": no refusal of anything in the crisis
        return not any(c.dep_ == "xcomp" and c.lemma_.lower() in SPEECH_COMPLEMENTS for c in hit_tok.children)
    if needs.startswith("prt:"):  # "took off", "handed over", "forced [X] out of" (parsed as a preposition too)
        return any(c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in needs[4:].split("|") for c in hit_tok.children)
    if needs.startswith("prep:"):
        preps = needs[5:].split("|")
        return any(c.dep_ == "prep" and c.lower_ in preps for c in hit_tok.children) or ("to" in preps and any(
            c.dep_ == "xcomp" and c.tag_ in {"NN", "NNS"} and any(a.lower_ == "to" for a in c.children)
            for c in hit_tok.children))  # "ordered three destroyers – the USS ... – to waters off": a noun the
        # parser read as the verb of an infinitive after a parenthesis
    if needs.startswith("notwith:"):  # "hit China with tariffs" is trade, not a strike
        banned = set(needs[8:].split("|"))
        return not any(o.lemma_.lower() in banned for p in hit_tok.children if p.dep_ == "prep" and p.lower_ == "with"
                       for o in p.children if o.dep_ == "pobj")
    if needs.startswith("objhead:"):  # "holding 100 hostages", "held civilians as human shields", not "held talks
        # on the hostages" (the object's own head, or what it is held as)
        wanted = set(needs[8:].split("|"))
        heads = [c for c in hit_tok.children if c.dep_ in {"dobj", "nsubjpass", "xcomp", "oprd", "ccomp"}]
        heads += [o for h in [hit_tok, *heads] for p in h.children if p.dep_ == "prep" and p.lower_ == "as"
                  for o in p.children if o.dep_ == "pobj"]
        return any(h.lemma_.lower() in wanted for h in heads)
    if needs.startswith("notobj:"):
        banned = set(needs[7:].split("|"))
        objects = [c for c in hit_tok.children if c.dep_ in {"dobj", "attr"}]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        scope = objects or [t for t in hit_tok.subtree if t.i != hit_tok.i]  # "struck a deal", not "an oil refinery"
        return not any(t.lemma_.lower() in banned for t in scope)
    if needs.startswith("dobj:") and not noun:  # "stopped the tankers", not "the tankers stopped" nor "in a town"
        words, labels = _object_words(needs)
        objects = [c for c in hit_tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        return any((t.lemma_.lower() in words and not (needs == OCCUPIABLE and _modifies_another(t, words))) or (
            t.ent_type_ in labels and _taken(t, hit_tok)) for c in objects for t in c.subtree)
    if needs.startswith(("obj:", "dobj:")):
        words, labels = _object_words(needs)
        scope = [t for t in hit_tok.subtree if t.i != hit_tok.i]
        if hit_tok.dep_ in {"amod", "acl"}:
            scope.append(hit_tok.head)  # "drones launched by Russia": the noun is the object
        return any(t.lemma_.lower() in words or (t.ent_type_ in labels and _taken(t, hit_tok)) for t in scope)
    return False


def _modifies_another(word: Token, words: set[str] | frozenset[str]) -> bool:
    """A listed word that only modifies an unlisted noun: "took necessary control measures" takes no control (a
    place taken is the object's head; what is ended, suspended or cut may be named by a modifier: "ended mediation
    efforts")."""
    return word.dep_ in {"compound", "amod"} and word.head.lemma_.lower() not in words


def _taken(place: Token, verb: Token) -> bool:
    """A named place that is what a verb takes: its object ("captured Goma"), or the object of "control of"."""
    if place.dep_ == "compound":
        if place.head.pos_ != "PROPN":
            return False  # "attacked the U.S. proposal" takes a proposal (a place named by a common noun is in the
            # lists: "captured the Kherson region")
        place = place.head
    return (place.dep_ in {"dobj", "nsubjpass"} and place.head.i == verb.i) or (
        place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.lemma_.lower() == "control")


_OBJECT_WORDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def _object_words(needs: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas and entity labels ("@GPE") of an "obj:" constraint, split once per table entry."""
    found = _OBJECT_WORDS.get(needs)
    if found is None:
        items = needs.split(":", 1)[1].split("|")
        found = (frozenset(i for i in items if not i.startswith("@")),
                 frozenset(i[1:] for i in items if i.startswith("@")))
        _OBJECT_WORDS[needs] = found
    return found


def _call_sense(tok: Token) -> Sense | None:
    """"call on/for" is a request, "called Maduro" a call between leaders, "called it X" a statement."""
    for child in tok.children:
        if child.dep_ in {"prt", "prep"} and child.lower_ in CALL_REQUEST_PREPS:
            return Sense("request", 0.8)
        if child.dep_ == "oprd":  # "called it a provocation"; not "what he calls an eternal merger", a naming
            return None if any(c.dep_ == "dobj" and c.lower_ == "what" for c in tok.children) else \
                Sense("statement", 0.6)
        if child.dep_ == "dobj" and child.ent_type_ in {"PERSON", "GPE", "ORG"}:
            if any(c.dep_ in {"appos", "oprd"} for c in child.children) or any(
                    c.dep_ == "oprd" for c in tok.children):  # 'called Petro "an illegal drug leader"': a naming
                return Sense("statement", 0.6)
            return Sense("consultation", 0.75)
    return None


def find_hits(sent: Span | Sequence[Token], fighters: frozenset[str] = frozenset()) -> list[Hit]:
    """Every trigger in `sent` (a sentence, or its tokens) with the first sense whose constraint holds
    (`fighters`: the registered armed groups and forces, `Registry.fighters`)."""
    hits: list[Hit] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma not in _TRIGGER_LEMMAS:
            continue  # no table holds the word: neither branch below could find a sense
        if syntax.is_verbal(tok):
            if tok.dep_ in {"amod", "compound"} and not any(c.dep_ == "agent" for c in tok.children):
                continue  # "the bombed embassy", "bombing victims", "alleged drug boats": a modifier, not an event
            if lemma == "call":
                sense = _call_sense(tok)
                if sense is not None:
                    hits.append(Hit(tok, sense, False))
                continue
            for sense in VERB_TRIGGERS.get(lemma, ()):
                if sense.event_type == "statement" and tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(
                        c.dep_ in {"agent", "nsubj"} for c in tok.children):
                    continue  # "extremists opposed to the truce": a stance, not an utterance
                if _satisfied(tok, sense, False, fighters):
                    hits.append(Hit(tok, sense, False))
                    break
        elif tok.pos_ in {"NOUN", "PROPN"}:
            named = _named_operation(tok)  # "launched Operation Sindoor": the operation is the name it heads
            if (tok.dep_ == "compound" and named is None) or any(
                    c.lower_ in NOT_MILITARY_MODIFIERS for c in tok.children if c.dep_ in {"amod", "compound"}):
                continue  # "a carrier battle group", "strike force", "general strike": no event named
            source = tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
            for sense in NOUN_TRIGGERS.get(lemma, ()):
                if source and sense.event_type != "statement":
                    continue  # "according to the EU's naval mission Aspides": who tells, not an event told
                if _satisfied(named or tok, sense, True, fighters):
                    hits.append(Hit(named or tok, sense, True))
                    break
    return hits


def light_statement(hit: Hit, nouns: set[int]) -> bool:
    """"offered a $25 million reward", "issued a decree", "announced the deployment of 15,000 troops": the noun is
    the event, not a separate statement of the same actor telling it (one happening, one row on the timeline)."""
    tok = hit.token
    if hit.event_type == "statement" and tok.dep_ in {"acl", "relcl"} and tok.head.i in nouns:
        return True  # "a reward announced by the FBI": the reward is the event
    return (hit.event_type == "statement" and tok.lemma_.lower() in LIGHT_VERBS
            and any(c.dep_ == "dobj" and c.i in nouns for c in tok.children))
