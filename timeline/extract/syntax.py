"""Who does what in a parsed sentence, read from the dependency tree: whether a word acts as a verb, the words that
govern it, a verb's subject (through passives, control verbs, participles and conjuncts), the light verb a noun
event is the object of ("carried out strikes") or the verb it is the means of ("killed ... in an airstrike"), who
claimed responsibility for it, and a noun phrase's core.

Rules about syntax only, never about particular sentences or words of the crisis (the word lists are in
`timeline.extract.lexicon.clauses`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from timeline.extract.lexicon.clauses import (
    AGREEMENT_VERBS,
    DRAWING_VERBS,
    HOST_VERBS,
    JUDGING_VERBS,
    LEMMA_FIXES,
    LIGHT_VERBS,
    MEANS_NOUNS,
    NAMING_VERBS,
    OBJECT_CONTROL_VERBS,
    PACKAGE_NOUNS,
    QUOTING_VERBS,
    RESPONSIBILITY_VERBS,
    STATE_PASSIVES,
)
from timeline.extract.lexicon.triggers import STATEMENT_VERBS

ARG_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "appos", "dative", "pobj"})


def is_verbal(tok: Token) -> bool:
    return tok.pos_ == "VERB" or (tok.tag_ in {"VBG", "VBN", "VBD", "VBZ", "VBP", "VB"} and tok.pos_ != "AUX")


def light_verb(tok: Token) -> Token | None:
    """The light verb a noun trigger is the object of: "carried out strikes", "announced the deployment",
    "launched two days of drills" (through a quantity noun)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (tok.head.head.dep_ in {"dobj", "nsubjpass"} or
                                                            tok.head.head.lemma_.lower() in PACKAGE_NOUNS):
        tok = tok.head.head  # "launched two days of drills", "agreed on a 14th package of sanctions"
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":  # "imposed travel bans and asset freezes"
        tok = tok.head
    verb = tok.head
    if tok.dep_ in {"oprd", "dobj", "attr"} and verb.lemma_.lower() in NAMING_VERBS and verb.dep_ == "ccomp" and any(
            c.lower_ == "what" for c in [*verb.children, *verb.head.children]) and \
            _light(verb.head, verb.head.lemma_.lower()):
        return verb.head  # "launched what it called anti-terror operations": the operations were launched
    if tok.dep_ in {"dobj", "nsubjpass"} and _light(verb, LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower())):
        return tok.head
    if tok.dep_ == "pobj" and verb.lower_ in {"to", "on"} and verb.head.lemma_.lower() in AGREEMENT_VERBS:
        return verb.head  # "agreed to a ceasefire"
    if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.lemma_.lower() in LIGHT_VERBS and verb.i > verb.head.i:
        return verb.head  # "were engaged in ethnic cleansing", "took part in the raids" (not "In response, X resumed")
    for child in tok.children:  # "the embargo [that] the UN has imposed", "a reward announced by the FBI"
        if child.dep_ in {"relcl", "acl"} and _light(child, child.lemma_.lower()) and is_verbal(child) and any(
                c.dep_ in {"nsubj", "agent"} for c in child.children):
            return child
    return None


def _light(verb: Token, lemma: str) -> bool:
    """Whether `verb` (lemma `lemma`) is light: "carry" only as "carry out" (a paper that "carried a statement", "a
    statement carried by KCNA", published it and is not its author)."""
    return lemma in LIGHT_VERBS and (lemma != "carry" or any(c.dep_ == "prt" and c.lower_ == "out"
                                                              for c in verb.children))


def drawn_from(tok: Token) -> Token | None:
    """Whom a reaction noun was drawn from: "drawing a sharp rebuke from Beijing", "the move prompted condemnation
    from Moscow" (the "from" phrase on the noun or on the verb that drew it)."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in DRAWING_VERBS:
        return None
    return next((o for h in (tok, verb) for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                 for o in p.children if o.dep_ == "pobj"), None)


def under_light_verb(tok: Token) -> bool:
    return light_verb(tok) is not None


def host_verb(tok: Token) -> Token | None:
    """The verb a noun trigger is the means of: "killed a commander in an airstrike" -> killed."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in {"in", "with", "during"} and is_verbal(prep.head) and \
            prep.head.lemma_.lower() in HOST_VERBS:  # not "Kenyans who suffered in the bombing"
        verb: Token = prep.head
        if any(c.dep_ == "nsubj" for c in verb.children):
            return verb
    return None


def core(head: Token) -> Iterator[Token]:
    """A noun phrase's head, its left modifiers, appositions, "of" objects and conjuncts."""
    yield head
    for child in head.children:
        if child.dep_ in {"compound", "amod", "nmod", "poss", "appos", "conj"}:
            yield from core(child)
        elif child.dep_ == "prep" and child.lower_ in {"of", "in"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield from core(obj)


def argument_heads(tok: Token) -> list[Token]:
    """Subject and objects of a verb trigger (for an adjectival participle, the noun it modifies)."""
    args = [c for c in tok.children if c.dep_ in ARG_DEPS - {"pobj"}]
    for prep in (c for c in tok.children if c.dep_ in {"prep", "agent"}):
        args += [c for c in prep.children if c.dep_ == "pobj"]
    if tok.dep_ == "amod":
        args.append(tok.head)
    return args


def governors(tok: Token) -> Iterator[Token]:
    """The words that govern `tok`'s clause, nearest first (a conjunct's head is a sibling, not a governor)."""
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i:
            return
        via_conj = cur.dep_ == "conj"
        cur = cur.head
        if not via_conj:
            yield cur


def subject_of(tok: Token) -> Token | None:
    """Who does what `tok` (a verb) says: its subject, the agent of a passive, the controller of an
    infinitive, or the subject inherited from the clause a participle or conjunct hangs on."""
    speaker = _inverted_speaker(tok)
    if speaker is not None:
        return speaker
    came_from_adverbial = came_from_complement = False
    for _ in range(8):
        for child in tok.children:
            if child.dep_ == "agent":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "csubj"}]
        if subjects and not (came_from_adverbial and _infinitive_complement(tok)):
            before = [c for c in subjects if c.i < tok.i]
            return before[-1] if before else subjects[0]  # the nearest, not a dateline the parser hung on
        if came_from_adverbial and _infinitive_complement(tok):
            tok, came_from_adverbial = tok.head, False
            continue
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            # "Germany is set to deploy", "the carrier is expected to arrive": the raised subject acts; so does the
            # subject of a passive that is a state ("Israel is opposed to", "forces were engaged in fighting")
            if came_from_complement or tok.lemma_.lower() in STATE_PASSIVES:
                return passive
            return _misattached_agent(tok)
        dep, head = tok.dep_, tok.head
        if dep == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in STATEMENT_VERBS and head.dep_ == "ccomp" \
                and head.head.lemma_.lower() in STATEMENT_VERBS and tok.doc[tok.i - 1].is_punct:
            tok = head.head  # 'Katz said the strikes were "a warning," cautioning al-Sharaa that': Katz cautions
            continue
        came_from_adverbial = dep in {"advcl", "conj"}
        came_from_complement = dep == "xcomp"
        if head.i == tok.i:
            return _relative_speaker(tok)
        if dep == "pcomp" and head.dep_ == "prep" and head.lower_ == "as" and \
                head.head.lemma_.lower() in QUOTING_VERBS:  # "quoted X as saying", "X was quoted as saying"
            quoted = next((c for c in head.head.children if c.dep_ in {"dobj", "nsubjpass"}), None)
            if quoted is not None:
                return quoted
        accused = judged(tok) if dep == "pcomp" else None
        if accused is not None:
            return accused  # "accused Russian forces of shelling": the forces shell
        if dep == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL_VERBS:
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        if dep == "pcomp" and head.dep_ == "prep" and not is_verbal(head.head) and head.head.pos_ in {"NOUN", "PROPN"}:
            owner = next((c for c in head.head.children if c.dep_ == "poss"), None)
            return owner  # "an embargo ... for seizing Kuwait": not the embargo's author; "X's plan for sending": X
        if dep in {"acl"} and not is_verbal(head):
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            return owner if owner is not None else head  # "Trump's decision to send", "troops stationed"
        if dep == "relcl":
            return head
        if dep in {"xcomp", "advcl", "conj", "pcomp", "amod", "acl", "prep", "pobj", "dobj", "npadvmod", "acomp"} or (
                dep == "dep" and tok.tag_ in {"VBD", "VBZ", "VBP"} and is_verbal(head) and head.i < tok.i):
            tok = head  # ("..., then told the crowd that": a second verb the parser left unlabelled, a conjunct)
            continue
        return None
    return None


_CLOSING_MARKS = frozenset({'"', "''", "\u201d", "\u00bb", "'"})


def _inverted_speaker(tok: Token) -> Token | None:
    """The speaker after a verb that follows a quotation ("“Bravo,” exclaimed Kovacs", "“We will respond,”
    warned the minister"): the parser takes the quotation's first word for the subject, or the speaker for the
    object. Only when the verb comes straight after the closing mark and the speaker straight after the verb."""
    doc = tok.doc
    if tok.i < 2 or tok.i + 1 >= len(doc) or not is_verbal(tok) or tok.tag_ in {"VBG", "VBN"}:
        return None  # ('... a warning," cautioning al-Sharaa that': a participle, whose object is the one warned)
    before = doc[tok.i - 1]
    if before.text == "," and tok.i >= 3:
        before = doc[tok.i - 2]
    if before.text not in _CLOSING_MARKS or not any(t.is_alpha for t in doc[tok.sent.start:before.i]):
        return None
    after = [c for c in tok.children if c.i > tok.i and c.dep_ in {"nsubj", "dobj"}]
    if not after or after[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    speaker = after[0]
    if any(t.is_punct for t in doc[tok.i + 1:speaker.left_edge.i + 1]):
        return None
    return speaker


def _relative_speaker(root: Token) -> Token | None:
    """"Sen. Adam Schiff, who co-led the measure with Sen. Tim Kaine, said": a relative clause the parser took for
    what the subjectless root says, with the speaker as its subject. Only when the clause comes first, its subject
    opens the sentence and a relative pronoun follows that subject."""
    if root.lemma_.lower() not in STATEMENT_VERBS or root.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subject is None or subject.pos_ != "PROPN" or subject.left_edge.i != root.sent.start:
        return None
    between = root.doc[subject.i + 1:clause.i]
    if not any(t.tag_ in {"WP", "WDT"} and t.lower_ in {"who", "which"} for t in between):
        return None
    return subject


def judged(tok: Token) -> Token | None:
    """Who is accused of, blamed or punished for what a noun or a gerund names: "accused India of ceasefire
    violations", "accused Russian forces of shelling"."""
    prep = tok.head
    if tok.dep_ not in {"pobj", "pcomp"} or prep.dep_ != "prep" or prep.lower_ not in {"of", "for"} or \
            not is_verbal(prep.head) or prep.head.lemma_.lower() not in JUDGING_VERBS:
        return None
    return next((c for c in reversed(list(prep.head.children)) if c.dep_ == "dobj" and c.i < prep.i), None)


def nested_modifiers(tok: Token) -> list[Token]:
    """The modifiers of a noun's compound modifiers: "US" in "US Predator attacks"."""
    return [g for c in tok.children if c.dep_ == "compound" for g in c.children if g.dep_ in {"compound", "amod"}]


_CALENDAR_DATE = re.compile(r"\b(?:1[89]\d\d|20\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|"
                            r"thu|fri|sat|sun|yesterday|last|this)", re.IGNORECASE)


def own_dates(tok: Token) -> list[Token]:
    """The date a noun names its event by, before it: "the October 7 attack", "Sunday's raid", "the January 1998
    bombing", "last week's strikes" (a calendar date among its modifiers; not a length: "a three-day offensive")."""
    mods = [c for c in [*tok.children, *nested_modifiers(tok)] if c.i < tok.i and c.ent_type_ == "DATE"
            and c.dep_ in {"compound", "nmod", "amod", "poss", "nummod", "npadvmod"}]
    return [m for m in mods if _CALENDAR_DATE.search(" ".join(t.text for t in m.subtree))]


def _infinitive_complement(tok: Token) -> bool:
    """"requested [the UN to intervene]": the subject of such a clause is the matrix verb's object, so a
    participle hanging on it ("..., demanding a halt") belongs to the matrix subject."""
    return tok.dep_ in {"ccomp", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _misattached_agent(tok: Token) -> Token | None:
    """The "by X" of a passive that the parser hung on an object ("designated a group by the U.S.")."""
    for child in tok.children:
        if child.dep_ in {"dobj", "oprd", "attr", "prep"}:
            for inner in child.subtree:
                if inner.dep_ == "prep" and inner.lower_ == "by" and not any(
                        is_verbal(a) for a in inner.ancestors if a.i != tok.i and tok in a.ancestors):
                    return next((c for c in inner.children if c.dep_ == "pobj"), None)
    return None


def noun_agent(tok: Token) -> Token | None:
    """Who does what a noun names, told by "by": "an offensive by government troops", and the same "by X" when the
    parser hung it on a word above the noun although it follows the noun's phrase at once ("the second day of an
    offensive by the security forces", "protested the killings of Albanians by Serb police"). Not the agent of a
    passive ("was condemned by the UN") nor a means ("by air")."""
    by = next((c for c in tok.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"), None)
    if by is None:
        end = max(t.i for t in tok.subtree)
        after = tok.doc[end + 1] if end + 1 < len(tok.doc) else None
        if after is None or after.lower_ != "by" or after.dep_ != "prep" or \
                after.head.i not in {a.i for a in tok.ancestors}:
            return None
        if is_verbal(after.head) and any(c.dep_ in {"auxpass", "nsubjpass"} for c in after.head.children):
            return None  # the agent of the passive the noun is in
        by = after
    agent = next((c for c in by.children if c.dep_ == "pobj"), None)
    if agent is None or agent.pos_ not in {"NOUN", "PROPN", "PRON"} or agent.lemma_.lower() in MEANS_NOUNS:
        return None  # "by doing", "by sea"
    return agent


def responsibility_claimer(tok: Token) -> Token | None:
    """"X claimed responsibility for the attack", "X was behind the killings": X carried it out."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "behind" and prep.head.lemma_.lower() == "be":
        return next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    if tok.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() != "responsibility":
        return None
    verb = prep.head.head
    if verb.lemma_.lower() not in RESPONSIBILITY_VERBS:
        return None
    return subject_of(verb)
