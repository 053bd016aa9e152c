"""Which tokens of the sentence a headline keeps: a noun phrase with the modifiers that carry meaning, a
prepositional phrase unless it frames the event (time, cause, attribution), a verb's objects and complements,
an embedded clause, the verb group; each part that may be cut is registered with how soon it goes (the deeper
and the further right, the sooner; clauses that modify a noun or give a purpose before phrases, phrases saying
where or at whom the event is aimed and coordinated words later).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from timeline.extract.headlines.wording import Wording
from timeline.extract.lexicon.headlines import (
    AIMED,
    DESTINATION,
    FRAMING_PREPS,
    NEGATORS,
    PARTICLES,
    QUANTITY_HEADS,
    SAME_PAST,
    STATEMENT_ON_VERBS,
    STATEMENT_PREPS,
    TIME_NOUNS,
    TIME_UNITS,
)
from timeline.extract.syntax import is_verbal

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
CORE_ARGS = frozenset({"dobj", "dative", "attr", "oprd"})
NP_LEFT = frozenset({"det", "predet", "poss", "nummod", "quantmod", "amod", "compound", "nmod", "case", "advmod",
                     "npadvmod", "neg"})
# How much sooner a part is cut than others at its depth: a clause that modifies a noun or gives a purpose, then
# a prepositional phrase, then one saying where or at whom the event is aimed, or a coordinated word.
CUT_CLAUSE, CUT_PHRASE, CUT_AIMED, CUT_CONJUNCT = 2, 0, -2, -1


class Phrases(Wording):
    """The parts of the sentence a headline keeps, walked down the parse from its verb or noun."""

    def is_time(self, tok: Token) -> bool:
        return tok.i not in self.protected and (tok.i in self.times or tok.ent_type_ in {"DATE", "TIME"}
                                                or (tok.lower_ in TIME_NOUNS and tok.dep_ == "pobj"))

    def flat(self, tok: Token, timed: bool = False) -> None:
        """A modifier with everything under it except clauses and appositions ("at least six", "its sixth known",
        "general, insurrectionary, and revolutionary", "a six-month state of emergency"); not the event's time
        expression, unless `timed` ("two days of exercises")."""
        if tok.dep_ in {"relcl", "appos", "acl", "advcl", "punct"} or (tok.i in self.times and not timed):
            return
        self.keep(tok)
        for child in kids(tok):
            self.flat(child, timed)

    def noun_phrase(self, head: Token, depth: int) -> None:
        self.keep(head)
        children = list(kids(head))
        counted = head.pos_ in {"NUM", "PRON", "DET"} or head.lemma_.lower() in QUANTITY_HEADS
        for pos, child in enumerate(children):
            dep = child.dep_
            if dep in NP_LEFT and child.i < head.i:
                self.flat(child, timed=head.i in self.protected)
            elif dep == "advmod" and head.i in self.quoted:  # a quotation loses no word silently
                self.flat(child)
            elif dep == "prep" and child.lower_ == "of" and (counted or _name_of(head, child)):
                self.phrase(child, depth)  # "one of the largest attacks", "the Sea of Japan": one phrase
            elif dep == "prep" and not self.framing(child):
                self.cuttable_phrase(child, depth + 1)
            elif dep == "conj":
                with self.unit(CUT_CONJUNCT, depth + 1, child):
                    for cc in children[:pos]:
                        if cc.dep_ == "cc":
                            self.keep(cc)
                    if is_verbal(child):  # "disrupt narcotics trafficking and dismantle ..."
                        self.embedded(child, depth + 1)
                    else:
                        self.noun_phrase(child, depth + 1)
            elif dep in {"acl", "advcl", "relcl"} and _complement(child, self.protected):
                # "the means to defeat", "the need for X to go", "reports that": as a phrase; "a plane linked to
                # Maduro": a clause
                marked = any(c.dep_ in {"mark", "aux"} for c in kids(child))
                with self.unit(CUT_PHRASE if marked else CUT_CLAUSE, depth + 1, child):
                    self.embedded(child, depth + 1)

    def cuttable_phrase(self, prep: Token, depth: int) -> None:
        """A prepositional phrase that may be cut; one that says where or at whom the event is aimed ("at
        Ukraine", "to the border", "as a terrorist group") later than others at its depth."""
        kind = CUT_AIMED if prep.lower_ in AIMED | DESTINATION | {"as"} else CUT_PHRASE
        with self.unit(kind, depth, prep):
            self.phrase(prep, depth)

    def phrase(self, prep: Token, depth: int) -> None:
        """A prepositional phrase: the preposition and its object or clause ("to and from Iraq" whole); a
        preposition whose object the parser lost is left out."""
        if not any(c.dep_ in {"pobj", "pcomp", "prep", "conj"} for c in kids(prep)):
            return
        self.keep(prep)
        for child in kids(prep):
            if child.dep_ in {"cc", "conj"}:
                if child.dep_ == "cc":
                    self.keep(child)
                else:
                    self.phrase(child, depth)
            elif child.dep_ == "pobj":
                self.noun_phrase(child, depth)
            elif child.dep_ == "pcomp":
                if is_verbal(child):
                    self.embedded(child, depth)
                else:
                    self.noun_phrase(child, depth)
            elif child.dep_ == "prep":  # "out of"
                self.phrase(child, depth)

    def framing(self, prep: Token, statement: bool = False) -> bool:
        """Whether a prepositional phrase frames the event instead of telling it (time, cause, attribution; for
        a statement, where it was said; for a passive told in the active voice, its agent)."""
        if prep.i in self.protected:
            return False
        lower = prep.lower_
        if lower in FRAMING_PREPS or (self.drop_by and lower == "by"):
            return True
        if any(self.is_time(o) for o in kids(prep) if o.dep_ in {"pobj", "pcomp"}):
            return True
        previous = self.doc[prep.i - 1] if prep.i > self.start else None
        if previous is not None and previous.dep_ == "npadvmod" and previous.lemma_.lower() in TIME_UNITS:
            return True  # "retiring just one year into his tenure"
        if statement:
            return not (lower in STATEMENT_PREPS or (lower in {"on", "upon"}
                                                     and prep.head.lemma_.lower() in STATEMENT_ON_VERBS))
        return False

    def arguments(self, verb: Token, depth: int, skip: Collection[int], *, statement: bool = False) -> None:
        """A verb's objects and complements (not its subject, auxiliaries or the verbs in `skip`); in a
        quotation, its adverbs too (a quotation loses no word silently)."""
        has_object = any(c.dep_ in {"dobj", "dative"} for c in kids(verb))
        quoted = verb.i in self.quoted
        seen: set[str] = set()
        for child in kids(verb):
            dep = child.dep_
            if child.i in skip or dep in SUBJECTS or self.is_time(child) or self.relative(child):
                continue
            if dep in CORE_ARGS:
                if child.pos_ == "ADP":  # "send a destroyer to the region" (a dative)
                    self.cuttable_phrase(child, depth + 1)
                elif dep not in seen or child.i in self.protected or not self._comma_before(child):
                    self.noun_phrase(child, depth + 1)  # "designated the group a terrorist organization"; not
                seen.add(dep)  # "mobilizing millions of members, a sign of defiance" (an aside)
            elif dep == "acomp":
                self.adjective(child, depth + 1)
            elif dep == "ccomp" or (dep == "xcomp" and not has_object):
                self.embedded(child, depth + 1)  # what was said; "declared X a terrorist"
            elif dep == "xcomp":  # "sent troops to combat drug trafficking": a purpose
                with self.unit(CUT_CLAUSE, depth + 1, child):
                    self.embedded(child, depth + 1)
            elif dep in {"prep", "agent"} and (child.i > verb.i or child.i in self.protected) and \
                    not self.framing(child, statement):
                self.cuttable_phrase(child, depth + 1)
            elif (dep == "advmod" and child.lower_ in NEGATORS) or (quoted and dep in {"advmod", "intj", "npadvmod"}):
                self.flat(child)

    def _comma_before(self, tok: Token) -> bool:
        """Whether a comma stands between `tok`'s phrase and the word before it."""
        edge = tok.left_edge.i
        return edge > self.start and self.doc[edge - 1].text == ","

    def relative(self, tok: Token) -> bool:
        """A relative pronoun before the headline's verb ("which Tehran said was", "what X called"): it stands
        for a phrase outside the headline."""
        return tok.i < self.top and (tok.tag_ in {"WP", "WDT"} or (tok.lower_ == "that" and tok.dep_ != "mark"))

    def adjective(self, adj: Token, depth: int) -> None:
        """"prepared to defend our peace", "ready for war"."""
        self.keep(adj)
        for child in kids(adj):
            if child.dep_ in {"advmod", "neg"} and child.i < adj.i:
                self.flat(child)
            elif child.dep_ in {"xcomp", "ccomp"}:
                self.embedded(child, depth + 1)
            elif child.dep_ == "prep" and not self.framing(child):
                self.cuttable_phrase(child, depth + 1)

    def embedded(self, verb: Token, depth: int) -> None:
        """A clause inside the headline (what was said, a purpose, a participle), with its own subject; a
        coordinated verb may be cut ("to target and dismantle these cartels")."""
        if not is_verbal(verb) and verb.pos_ != "AUX":
            self.noun_phrase(verb, depth)
            return
        self.keep(verb)
        children = list(kids(verb))
        for pos, child in enumerate(children):
            if child.dep_ in {"aux", "auxpass", "neg", "prt", "mark"} or (
                    child.dep_ == "advmod" and child.i == verb.i + 1 and child.lower_ in PARTICLES):
                self.keep(child)
            elif child.dep_ in SUBJECTS and not self.relative(child):
                if is_verbal(child):  # "Whoever attacks Israel will pay"
                    self.embedded(child, depth + 1)
                else:
                    self.noun_phrase(child, depth + 1)
            elif child.dep_ == "conj" and is_verbal(child) and not any(c.dep_ in SUBJECTS for c in kids(child)):
                with self.unit(CUT_CONJUNCT, depth + 1, child):
                    for cc in children[:pos]:
                        if cc.dep_ == "cc":
                            self.keep(cc)
                    self.embedded(child, depth + 1)
        self.arguments(verb, depth, ())

    def verb_group(self, chain: list[Token], *, drop_aux: bool) -> set[int]:
        """The chain's verbs with their particles, negations and auxiliaries (not the top's when `drop_aux`:
        a passive told in the active voice; not a perfect "has" before a participle that reads as the past)."""
        top = chain[0]
        group: set[int] = set()
        for pos, verb in enumerate(chain):
            group.add(verb.i)
            for child in kids(verb):
                dep = child.dep_
                particle = dep == "advmod" and child.i == verb.i + 1 and child.lower_ in PARTICLES  # "shot down"
                if dep in {"prt", "neg"} or particle or (dep == "advmod" and child.lower_ in NEGATORS) or (
                        dep in {"aux", "auxpass"} and (pos > 0 or not drop_aux)):
                    group.add(child.i)
        perfect = [c for c in kids(top) if c.dep_ == "aux"]
        if top.tag_ == "VBN" and same_past(top) and perfect and all(a.lemma_ == "have" for a in perfect) and \
                not any(c.dep_ in {"auxpass", "neg"} for c in kids(top)):
            group -= {a.i for a in perfect}  # "has elevated" -> "elevated"
        self.kept |= group
        self.protected |= group
        return group


def same_past(verb: Token) -> bool:
    """Whether `verb`, a past participle, is also the past tense ("designated", "shut"; not "taken")."""
    lower = verb.lower_
    return lower.endswith("ed") or lower in SAME_PAST


def kids(tok: Token) -> tuple[Token, ...]:
    """`tok.children`, made once per token of a document (spaCy builds the Token objects anew on each call)."""
    cache: dict[int, tuple[Token, ...]] = tok.doc.user_data.setdefault("timeline_children", {})
    found = cache.get(tok.i)
    if found is None:
        found = cache[tok.i] = tuple(tok.children)
    return found


def _complement(clause: Token, protected: Collection[int]) -> bool:
    """A clause that completes a noun rather than adds to it: a participle without a subject ("a plane linked
    to Maduro"), an infinitive ("the means to defeat"), a "that" or "for" clause ("reports that X had", "the need
    for X to go"); not a relative clause with its own subject ("boats it says are transporting drugs")."""
    if clause.i in protected:
        return True
    marks = {c.lower_ for c in kids(clause) if c.dep_ in {"mark", "aux"}}
    if clause.dep_ == "relcl":
        return "to" in marks and not any(c.dep_ in SUBJECTS for c in kids(clause))
    return bool(marks & {"that", "for", "to"}) or not any(c.dep_ in SUBJECTS for c in kids(clause))


def _name_of(head: Token, prep: Token) -> bool:
    """"Sea of Japan", "Republic of Korea": a proper noun whose "of" phrase is part of its name."""
    return head.pos_ == "PROPN" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in kids(prep))
