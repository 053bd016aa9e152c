"""The status of an event a trigger reports: asserted, planned, threatened, denied, hypothetical or claimed.

Negation ("did not deploy", "no strikes"), a governing denial or threat, a condition inside what someone says,
modal words on the trigger or on the words governing its clause ("plans to deploy", "could strike"), requests
and orders ("urged allies to send"). Reads the tables of `timeline.extract.lexicon.modality`; syntax only.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from timeline.extract.lexicon.clauses import HOLDING_VERBS, LEMMA_FIXES
from timeline.extract.lexicon.event_types import SUBTYPES
from timeline.extract.lexicon.modality import (
    CONDITIONAL_MARKS,
    DECIDED_NOUNS,
    DURATION_UNITS,
    EXCLUDING_VERBS,
    FORECAST_VERBS,
    FUTURE_CLAUSE_MARKS,
    HABITUAL_ADVERBS,
    MODAL_ADJECTIVES,
    MODAL_ADVERBS,
    MODAL_AUX,
    MODAL_HEADS,
    MODAL_VERBS_ONLY,
    NEGATIVE_SUBJECTS,
    ORDER_NOUNS,
    ORDER_VERBS,
    REFUSAL_VERBS,
    REPEAT_NOUNS,
    STANCE_ADVERBS,
)
from timeline.extract.syntax import governors, is_verbal, light_verb
from timeline.extract.triggers import Hit


def _complement_governors(tok: Token) -> Iterator[Token]:
    """Governors whose complement `tok` is ("plans to deploy", "considering strikes"); an adverbial clause
    ("building up forces as he weighs action") or a conjunct does not take its head's status."""
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i or cur.dep_ in {"advcl", "parataxis", "relcl"}:
            return
        via_conj = cur.dep_ == "conj"
        cur = cur.head
        if not via_conj:
            yield cur


def _lemma(tok: Token) -> str:
    return LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())


def habitual(tok: Token) -> bool:
    """Background, a habit or a stance of long standing, not a new act: "has said for nearly forty years", "has
    often claimed", "indicated in the past", "has long opposed"."""
    perfect = any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in tok.children)
    for c in tok.children:
        if c.dep_ == "advmod" and (c.lower_ in HABITUAL_ADVERBS or (perfect and c.lower_ in STANCE_ADVERBS)):
            return True
        if perfect and c.dep_ == "npadvmod" and c.lemma_.lower() in REPEAT_NOUNS and c.tag_ == "NNS" and not any(
                t.ent_type_ in {"DATE", "TIME"} for d in tok.children if d.dep_ == "prep" for t in d.subtree):
            return True  # "has been arrested more than a dozen times" (not "has shelled it three times since Monday")
        if c.dep_ == "prep" and c.lower_ in {"for", "in"}:
            for obj in c.children:
                if obj.dep_ != "pobj":
                    continue
                if c.lower_ == "in" and obj.lower_ == "past":
                    return True  # "in the past" (not "in the past week")
                if c.lower_ == "for" and obj.lemma_.lower() in DURATION_UNITS and obj.tag_ == "NNS" and perfect:
                    return True  # "has said for forty years" (not "extended the sanctions for two years")
    return False


def _earlier_aside(tok: Token) -> bool:
    """A relative clause in the past perfect with no date of its own ("a treaty he had rejected in peace talks"):
    background from before the story, on a day the sentence does not give."""
    return tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children) and not any(
        t.ent_type_ in {"DATE", "TIME"} for t in tok.subtree)


def _where_forces_are(hit: Hit) -> bool:
    """A posture participle that only says where forces are, on forces another clause is about ("criticized the
    multinational force dispatched to Saudi Arabia", "part of a force camped in the desert"): with no agent and no
    time of its own, a description (but "has 10,000 troops stationed in the region" tells its deployment)."""
    tok = hit.token
    if hit.noun or tok.dep_ != "acl" or tok.tag_ != "VBN" or SUBTYPES[hit.subtype].family != "posture":
        return False
    forces = tok.head
    return forces.dep_ in {"dobj", "pobj"} and _lemma(forces.head) not in HOLDING_VERBS and not any(
        c.dep_ == "agent" for c in tok.children) and not any(t.ent_type_ in {"DATE", "TIME"} for t in tok.subtree)


def _described(tok: Token) -> bool:
    """A noun that only says what something is ("It is the US embargo which has kept Cuba in a box", "This is
    the largest reward ever offered"): the attribute of a copula whose subject is "it", "this" or "that"."""
    head = tok.head
    return tok.dep_ == "attr" and head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in {"it", "this", "that"} for c in head.children)


def negated(tok: Token) -> bool:
    """"did not deploy", "no strikes", "neither government has confirmed"."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in {"no", "neither"}):
            return True
        if c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in NEGATIVE_SUBJECTS or any(
                d.dep_ == "det" and d.lower_ in {"no", "neither"} for d in c.children)):
            return True
    return False


def modality(hit: Hit, trigger_tokens: dict[int, Hit]) -> str | None:
    """asserted, planned, threatened, denied, hypothetical or claimed; None when negated or when the event
    is only the content of a denial or threat (then the statement is the event)."""
    tok = hit.token
    verb = light_verb(tok) if hit.noun else None
    if negated(tok) or (verb is not None and negated(verb)):
        return None  # "did not deploy", "no strikes", "has not issued a public threat"
    for gov in governors(tok):
        other = trigger_tokens.get(gov.i)
        if other is not None and other.subtype in {"denial", "threat"}:
            return None
        if any(c.dep_ == "prt" and c.lower_ == EXCLUDING_VERBS.get(gov.lemma_.lower()) for c in gov.children):
            return None  # "ruled out sending Taurus missiles": the rejection is the event
    if hit.event_type != "statement" and _conditional_in_statement(tok, trigger_tokens):
        return None  # "warned Russia of consequences if it invaded": the warning is the event
    clause = tok.head if tok.dep_ == "xcomp" else tok  # "until sanctions force Saddam to withdraw"
    if clause.tag_ in {"VBZ", "VBP"} and any(c.dep_ in {"mark", "advmod"} and c.lower_ in FUTURE_CLAUSE_MARKS
                                             for c in clause.children):
        return None  # "no talks until Serbia withdraws", "once the troops withdraw": a condition yet to be met
    if habitual(tok) or (verb is not None and habitual(verb)) or _earlier_aside(tok) or \
            (hit.noun and _described(tok)) or _where_forces_are(hit):
        return None  # "has said for forty years", "has often claimed", "it is the largest reward": background
    told = _participle_of(hit, trigger_tokens)
    if told is not None:
        return modality(told, trigger_tokens)  # "will drive them out, leaving their tanks destroyed"
    default = SUBTYPES[hit.subtype].modality
    found = _reported_future(tok, _own_modality(tok, hit.noun), trigger_tokens)
    if found in {"planned", "hypothetical"}:
        found = _weighed(tok, trigger_tokens) or found  # "fears Iraq will invade", "hopes its troops will drive"
    if found == "hoped":
        return None  # what someone hopes for is no event
    if found == "capability" or (found == "hypothetical" and not _said(tok, trigger_tokens)):
        return None  # "the bomber can fly 8,000 miles", "Iraq could strike": a description or the writer's guess
    if found:
        return found
    if hit.event_type == "statement":
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSAL_VERBS:
            return None  # "declined to say", "refused to comment": nothing was said
        if _requested(tok, trigger_tokens):
            return None  # "urged Albright to tell Americans": the asker's request is the event, not yet a statement
        head = _statement_head(tok, trigger_tokens)
        if head == "":
            return None  # "is considering urging Bush to", "hopes to meet": not said yet
        return head or default
    for gov in _complement_governors(tok):
        if negated(gov):
            return None  # "has not issued a threat to invade", "did not decide to deploy"
        if gov.i in trigger_tokens and trigger_tokens[gov.i].event_type == "statement":
            break
    if _requested(tok, trigger_tokens):
        return "planned"
    purpose_of = _lemma(tok.head) if tok.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) else ""
    if purpose_of in MODAL_HEADS:  # "sought support from the Kremlin to bolster its air defences" (but "lined
        return _event_status(MODAL_HEADS[purpose_of])  # up to join the militia" is done by lining up)
    for gov in _complement_governors(tok):
        lemma = _lemma(gov)
        if lemma in DECIDED_NOUNS and gov.pos_ == "NOUN" and tok.dep_ == "acl" and tok.head.i == gov.i:
            break  # "rejected India's decision to suspend the treaty": the suspension was decided all the same
        if lemma in MODAL_HEADS and (lemma not in MODAL_VERBS_ONLY or (is_verbal(gov) and (
                tok.head.i != gov.i or any(c.dep_ == "xcomp" for c in gov.children)))) and not (
                MODAL_HEADS[lemma] == "claimed" and tok.dep_ == "nsubj" and tok.head.i == gov.i):
            # (an active subject is not what its verb reports: "the bombings claimed 217 lives", "an attack set
            # the ship ablaze" (but "the offensive is set to begin"); "capable of deploying" is a capability)
            return _event_status(MODAL_HEADS[lemma])
        if lemma in ORDER_NOUNS and gov.pos_ == "NOUN" and hit.event_type != "designation":
            return "planned"  # "gave the order to withdraw" (the verb "ordered troops to" is a request above)
        other = trigger_tokens.get(gov.i)
        if other is not None and other.event_type == "statement":
            break  # what an actor says happened keeps the status the actor's words give it
        own = _reported_future(gov, _own_modality(gov, gov.pos_ in {"NOUN", "PROPN"}), trigger_tokens)
        if own == "capability" or (own == "hypothetical" and not _said(gov, trigger_tokens)):
            return None
        if own:
            return own
        if gov.dep_ in {"ROOT"}:
            break
    return default


def _participle_of(hit: Hit, trigger_tokens: dict[int, Hit]) -> Hit | None:
    """The event a bare participial clause tells part of ("shelled the town, killing 12", "will drive them out,
    leaving their tanks destroyed"): a participle with no subject, mark or auxiliary of its own on a trigger; it
    has that event's status."""
    tok = hit.token
    if hit.noun or hit.event_type == "statement" or tok.dep_ != "advcl" or tok.tag_ not in {"VBG", "VBN"} or any(
            c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in tok.children):
        return None
    head = trigger_tokens.get(tok.head.i)
    return head if head is not None and head.event_type != "statement" else None


def _event_status(head: str) -> str | None:
    """The status a head word gives what it governs; None when that is no event: a capability ("capable of
    deploying") or a hope ("hopes to drive them out")."""
    return None if head in {"capability", "hoped"} else head


def _weighed(tok: Token, trigger_tokens: dict[int, Hit]) -> str:
    """"hypothetical" or "hoped" when a head that weighs, fears or hopes governs `tok`'s clause (up to the nearest
    statement): "fears Iraq will invade", "is considering urging", "hopes its troops will drive", "expects that
    Iraqi soldiers will surrender" (a forecast of what a that-clause says); else ""."""
    below = tok
    for gov in _complement_governors(tok):
        other = trigger_tokens.get(gov.i)
        if other is not None and other.event_type == "statement":
            return ""
        lemma = _lemma(gov)
        while below.head.i != gov.i:
            below = below.head
        if lemma in FORECAST_VERBS and below.dep_ == "ccomp" and is_verbal(gov):
            return "hypothetical"
        below = gov
        if MODAL_HEADS.get(lemma) in {"hypothetical", "hoped"} and (lemma not in MODAL_VERBS_ONLY or is_verbal(gov)):
            return MODAL_HEADS[lemma]
    return ""


def _statement_head(tok: Token, trigger_tokens: dict[int, Hit]) -> str | None:
    """A statement's status from a head over it: none when only weighed or hoped for ("is considering urging Bush
    to", "hopes to meet"), planned when planned ("plans to announce", "is expected to address")."""
    for gov in _complement_governors(tok):
        other = trigger_tokens.get(gov.i)
        if other is not None and other.event_type == "statement":
            break
        lemma = _lemma(gov)
        status = MODAL_HEADS.get(lemma) if lemma not in MODAL_VERBS_ONLY or is_verbal(gov) else None
        if status in {"hypothetical", "hoped"}:
            return ""
        if status == "planned":
            return "planned"
    return None


def _said(tok: Token, trigger_tokens: dict[int, Hit]) -> bool:
    """Whether `tok` is inside what someone is reported to say (a statement trigger governs it)."""
    return any(g.i in trigger_tokens and trigger_tokens[g.i].event_type == "statement" for g in governors(tok))


def _conditional_in_statement(tok: Token, trigger_tokens: dict[int, Hit]) -> bool:
    """Whether `tok` is in a condition ("if it invaded", "unless troops withdraw") inside what someone says, or is
    what a condition bears on ("said he will withdraw his troops only if Israel withdraws": an offer, the statement
    is the event)."""
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
                      for c in tok.children)
    for word in [tok, *governors(tok)]:
        if word.i != tok.i and conditional and word.i in trigger_tokens and \
                trigger_tokens[word.i].event_type == "statement":
            return True
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in word.children):
            conditional = True
    return False


def _requested(tok: Token, trigger_tokens: dict[int, Hit]) -> bool:
    """What a request, demand or order asks for: "urged allies to send", "called for new exercises"."""
    head = tok.head
    own = trigger_tokens.get(tok.i)
    if tok.dep_ in {"xcomp", "dobj"} and head.lemma_.lower() in ORDER_VERBS and is_verbal(head):
        # "ordered troops to leave", "authorized strikes"; but ordering a closure or a freeze is the act itself
        return own is None or own.event_type != "designation"
    if tok.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif tok.dep_ not in {"xcomp", "ccomp", "dobj"}:  # "demanded the withdrawal of Serbian forces"
        return False
    other = trigger_tokens.get(head.i)
    return other is not None and other.subtype in {"request", "demand"}


def _reported_future(tok: Token, found: str, trigger_tokens: dict[int, Hit]) -> str:
    """"X said the troops would ...": "would" under a statement is the future seen from the past."""
    if found == "hypothetical" and any(c.lower_ == "would" for c in tok.children) and any(
            g.i in trigger_tokens and trigger_tokens[g.i].event_type == "statement" for g in governors(tok)):
        return "planned"
    return found


def _own_modality(tok: Token, noun: bool) -> str:
    for child in tok.children:
        text = child.lower_
        if child.dep_ in {"aux", "auxpass"} and text in MODAL_AUX:
            return MODAL_AUX[text]
        if child.dep_ == "aux" and text == "going":
            return "planned"
        if child.dep_ == "mark" and text in CONDITIONAL_MARKS:
            return "hypothetical"
        if child.dep_ == "advmod" and text in MODAL_ADVERBS:
            return MODAL_ADVERBS[text]
        if noun and child.dep_ in {"amod", "compound"} and text in MODAL_ADJECTIVES:
            return MODAL_ADJECTIVES[text]
    return ""
