"""Headlines and targets: one event mention told as an analyst's timeline tells it, in the article's own words.

Public interface: `Headline`, `write(hit, sent, actor, times)` (`timeline.extract.events` calls it once per mention),
`quotation(sent, actor, times)` (a sentence of a quotation whose speaker a later sentence names), `LIMIT`.

A headline is a short clause built from the parse of the mention's sentence: the actor's canonical name (as in the
`actor` column), the trigger's verb group as written (with the words that govern it when they carry its status:
"plans to deploy", "threatened to strike", "is set to send"; a perfect auxiliary dropped when the participle reads
as the past tense: "has elevated" -> "elevated"), then its objects and complements with the modifiers that carry
meaning (amounts, places, what was designated as what, what was said). Left out: the subject as written (the
actor's name stands for it), attribution ("officials said", "according to"), time expressions (the date is shown
beside the headline), framing phrases before the verb ("In a significant escalation,"), subordinate and relative
clauses, appositions, adverbs of manner and the other events the sentence reports. A passive is told in the
active voice when its participle is also the past tense ("This cartel has been designated a terrorist
organization by the U.S." -> "United States designated this cartel a terrorist organization"), else as written
after "ACTOR:". An event named only by a noun that no verb of the sentence carries out is its noun phrase, as
written when the phrase names the actor ("Recent US military strikes on drug boats"), else after "ACTOR:" ("US
military: deployment of multiple warships and 4,000 troops to the Caribbean"). The subject is kept as written when
the actor is the verb's object ("Thousands of Venezuelans lined up in Caracas to join the militia"), when forces
are named with their owner ("Three US Air Force B-52 bombers flew"), when the verb agrees with a plural subject,
and for an attack no one is said to have carried out.

At most `LIMIT` words: the least important parts are cut first (the deepest and rightmost; clauses that modify a
noun or give a purpose sooner, phrases saying where or at whom the event is aimed and coordinated words later);
a quotation cut inside shows "…" where words were left out. Every word comes from the sentence or from the
actor's name; nothing is reworded.

A target is a noun phrase that names whom or what the event is aimed at: a named entity by its canonical name
("Cartel de los Soles", "Nicolás Maduro"), else the head noun with its compound, adjective and number modifiers
and one "of"/"with" phrase or "in"/"to" phrase naming a place ("two survivors of its sixth known strike",
"Venezuelan airspace" for "all of Venezuelan airspace", "border with Colombia"). Never a pronoun, a determiner, a
number alone, a time, a direction, the weapon fired, the actor itself or the forces a deployment moves; empty
rather than wrong.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from timeline.extract import lexicon as lx
from timeline.extract.actors.phrases import entity_of
from timeline.extract.actors.registry import Actor
from timeline.extract.triggers import Hit, host_verb, is_military_token, is_verbal, light_verb, responsibility_claimer

LIMIT = 14  # words in a headline, the actor's name included
UNATTRIBUTED = "unattributed"  # the kind of the actor of an attack no one is said to have carried out

# Irregular verbs whose past participle is also their past tense: "has shut" reads as "shut", "was struck by X"
# as "X struck". A participle ending in -ed always does; "taken", "given", "flown" never do.
SAME_PAST: frozenset[str] = frozenset(lx.words(
    "bent bet bid bled bound bred brought broadcast built burnt burst bought cast caught clung cost crept cut dealt "
    "dug dwelt fed felt fled flung fought forecast found ground had heard held hit hung hurt kept knelt laid led leapt "
    "learnt left lent let lit lost made meant met offset paid put quit read reset rid said sat sent set shed shot "
    "shut slid sold sought sped spent spat split spread stood struck stuck stung swept swung taught told thought "
    "thrust understood upheld upset wept withheld won wound"))
MODALS: frozenset[str] = frozenset(lx.words("will would could can may might must shall should 'll 'd"))
# Prepositions that frame an event rather than tell it (time, cause, attribution, examples): never in a headline.
FRAMING_PREPS: frozenset[str] = frozenset(lx.words(
    "according amid amidst despite following after before since until till during because due like unlike per via "
    "including besides except ahead prior throughout"))
# The prepositions a statement's verb keeps: what it is about or aimed at ("warned of", "called for", "accused X
# of"), not where or how it was said ("in a statement", "on state television", "at a news conference").
STATEMENT_PREPS: frozenset[str] = frozenset(lx.words("for of against about over with to into toward towards upon as"))
STATEMENT_ON_VERBS: frozenset[str] = frozenset(lx.words("call insist agree comment focus blame"))  # "called on X to"
# Words a shortened headline does not end on.
DANGLING: frozenset[str] = frozenset(lx.words(
    "a an the of to in on at by for with from into as and or but that which who its their his her our"))
NEGATORS: frozenset[str] = frozenset(lx.words("not n't never"))
PARTICLES: frozenset[str] = frozenset(lx.words("down up off out back away"))  # "shot down", tagged an adverb
# Heads that only count or measure what their "of" phrase names: "thousands of Venezuelans", "all of Venezuelan
# airspace", "several rounds of strikes".
QUANTITY_HEADS: frozenset[str] = frozenset(lx.words(
    "all some most many much few several part rest remainder majority bulk half none any each both number "
    "thousand hundred dozen million billion score ten lot one two three four five six seven eight nine "
    "round package wave series batch set pair couple string spate flurry volley"))
# What an act is aimed at ("strikes on drug boats", "sanctions against X"), where forces are sent ("troops to
# the border"), whom a statement is aimed at ("lashed out against X").
AIMED: frozenset[str] = frozenset(lx.words("on against at upon"))
DESTINATION: frozenset[str] = frozenset(lx.words("into inside to toward towards over"))
STATEMENT_AIMED: frozenset[str] = frozenset(lx.words("against toward towards upon"))
# Nouns that make a time of a phrase the time expressions do not cover: "to date", "at the moment", "for now".
TIME_NOUNS: frozenset[str] = frozenset(lx.words("date moment now present"))
TIME_UNITS: frozenset[str] = frozenset(lx.words("minute hour day night week month year decade"))
# Nouns that say where or how often, not at whom: "toward the east", "on five occasions", "struck targets".
NOT_TARGETS: frozenset[str] = frozenset(lx.words(
    "east west north south northeast northwest southeast southwest occasion time way direction target"))
# What is fired rather than aimed at: "fired 400 drones and 30 missiles at Ukraine".
PROJECTILES: frozenset[str] = frozenset(lx.words(
    "missile rocket drone torpedo bomb shell warhead munition projectile round salvo barrage cannon"))
NAMED_LABELS: frozenset[str] = frozenset(lx.words("PERSON ORG GPE NORP LOC FAC"))
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_CORE_ARGS = frozenset({"dobj", "dative", "attr", "oprd"})
_NP_LEFT = frozenset({"det", "predet", "poss", "nummod", "quantmod", "amod", "compound", "nmod", "case", "advmod",
                      "npadvmod", "neg"})
_OPENING, _CLOSING = "``", "''"  # spaCy's tags of opening and closing quotation marks
_ALNUM = re.compile(r"[^\W_]")
_HYPHENS = frozenset({"-", "–", "/", "&"})  # inside a word when nothing separates them from its parts
_PARTNER = {"”": "“", "“": "”", "»": "«", "«": "»"}
# How much sooner a part is cut than others at its depth: a clause that modifies a noun or gives a purpose, then
# a prepositional phrase, then one saying where or at whom the event is aimed, or a coordinated word.
_CLAUSE, _PHRASE, _AIMED, _CONJUNCT = 2, 0, -2, -1


@dataclass(frozen=True)
class Headline:
    text: str  # the `summary` column
    target: str  # the `target` column


def write(hit: Hit, sent: Span, actor: Actor, times: Collection[int]) -> Headline:
    """The headline and target of the event `hit` reports in `sent`, done by `actor`; `times` are the indices of
    the document's tokens inside time expressions, left out of the headline."""
    tok = hit.token
    draft = _Draft(tok, sent, times, hit)
    target = _target(hit, actor.name, draft)
    name = "" if actor.kind == UNATTRIBUTED else actor.name  # "Bombs exploded outside the embassies": as written
    if hit.noun:
        verb = light_verb(tok) or host_verb(tok)
        if verb is None and responsibility_claimer(tok) is not None:
            verb = tok.head.head.head  # "X claimed responsibility for the attack": claimed
        text = draft.nominal(tok, actor, name) if verb is None else draft.clause(verb, name, hit)
    elif tok.dep_ in {"amod", "acl"} and tok.tag_ == "VBN" and not any(c.dep_ in _SUBJECTS for c in _kids(tok)):
        text = draft.participle(tok, name)  # "drones launched by Russia at Kyiv"
    else:
        text = draft.clause(tok, name, hit)
    return Headline(text, target)


def quotation(sent: Span, actor: str, times: Collection[int]) -> str:
    """The headline of a sentence inside a quotation whose speaker a later sentence names ("“X. Y,” he said."):
    "ACTOR: “its main clause”"."""
    root = sent.root
    draft = _Draft(root, sent, times)
    draft.embedded(root, 0)
    draft.finish(len(actor.split()))
    text = draft.run(sorted(draft.kept))
    if text and min(draft.kept) not in draft.facts.marks:
        text = f"“{text}”"
    return f"{actor}: {_shorten(text, LIMIT - len(actor.split()))}"


def same_past(verb: Token) -> bool:
    """Whether `verb`, a past participle, is also the past tense ("designated", "shut"; not "taken")."""
    lower = verb.lower_
    return lower.endswith("ed") or lower in SAME_PAST


def _is_word(tok: Token) -> bool:
    """A token counted as a word of a headline: not punctuation, not "’s" or "’d" after a word."""
    text = tok.text
    return _ALNUM.search(text) is not None and not text.startswith(("'", "’"))


class _Draft:
    """One headline being written: the sentence's tokens kept, the parts that may be cut, what must stay."""

    def __init__(self, trigger: Token, sent: Span, times: Collection[int], hit: Hit | None = None) -> None:
        self.doc: Doc = trigger.doc
        self.start, self.end = sent.start, sent.end
        self.times = times
        self.kept: set[int] = set()
        self.cuts: list[tuple[tuple[int, int], set[int]]] = []  # (importance, position), tokens
        self.protected: set[int] = {trigger.i, *(a.i for a in trigger.ancestors)}  # the trigger and its governors
        self.open_units: list[set[int]] = []
        self.drop_by = False  # a passive told in the active voice: its "by X" is the actor's name
        self.top = trigger.i  # the headline's first verb (`clause` sets it)
        self.facts = _facts(self.doc, self.start, self.end)
        self.runs = self.facts.runs
        self.pairs = self._pairs(hit)
        self.quoted = {i: n for n, (lo, hi) in enumerate(self.pairs) for i in range(lo, hi + 1)}
        self.added: dict[int, tuple[str, str]] = {}  # token -> quotation marks added before and after it

    # ---- what is kept ----------------------------------------------------------------------------------

    def keep(self, tok: Token) -> None:
        if tok.is_space:
            return
        self.kept.add(tok.i)
        for unit in self.open_units:
            unit.add(tok.i)

    @contextmanager
    def unit(self, kind: int, depth: int, head: Token) -> Iterator[None]:
        """The tokens kept inside the block form a part that may be cut (unless it holds the trigger): the deeper
        and the further right, the sooner, with `kind` added to its depth (`_CLAUSE`, `_PHRASE`, ...)."""
        tokens: set[int] = set()
        self.open_units.append(tokens)
        try:
            yield
        finally:
            self.open_units.pop()
            if tokens and not tokens & self.protected:
                self.cuts.append(((depth + kind, head.i), tokens))

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
        for child in _kids(tok):
            self.flat(child, timed)

    def noun_phrase(self, head: Token, depth: int) -> None:
        self.keep(head)
        children = list(_kids(head))
        counted = head.pos_ in {"NUM", "PRON", "DET"} or head.lemma_.lower() in QUANTITY_HEADS
        for pos, child in enumerate(children):
            dep = child.dep_
            if dep in _NP_LEFT and child.i < head.i:
                self.flat(child, timed=head.i in self.protected)
            elif dep == "advmod" and head.i in self.quoted:  # a quotation loses no word silently
                self.flat(child)
            elif dep == "prep" and child.lower_ == "of" and (counted or _name_of(head, child)):
                self.phrase(child, depth)  # "one of the largest attacks", "the Sea of Japan": one phrase
            elif dep == "prep" and not self.framing(child):
                self.cuttable_phrase(child, depth + 1)
            elif dep == "conj":
                with self.unit(_CONJUNCT, depth + 1, child):
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
                marked = any(c.dep_ in {"mark", "aux"} for c in _kids(child))
                with self.unit(_PHRASE if marked else _CLAUSE, depth + 1, child):
                    self.embedded(child, depth + 1)

    def cuttable_phrase(self, prep: Token, depth: int) -> None:
        """A prepositional phrase that may be cut; one that says where or at whom the event is aimed ("at
        Ukraine", "to the border", "as a terrorist group") later than others at its depth."""
        kind = _AIMED if prep.lower_ in AIMED | DESTINATION | {"as"} else _PHRASE
        with self.unit(kind, depth, prep):
            self.phrase(prep, depth)

    def phrase(self, prep: Token, depth: int) -> None:
        """A prepositional phrase: the preposition and its object or clause ("to and from Iraq" whole); a
        preposition whose object the parser lost is left out."""
        if not any(c.dep_ in {"pobj", "pcomp", "prep", "conj"} for c in _kids(prep)):
            return
        self.keep(prep)
        for child in _kids(prep):
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
        if any(self.is_time(o) for o in _kids(prep) if o.dep_ in {"pobj", "pcomp"}):
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
        has_object = any(c.dep_ in {"dobj", "dative"} for c in _kids(verb))
        quoted = verb.i in self.quoted
        seen: set[str] = set()
        for child in _kids(verb):
            dep = child.dep_
            if child.i in skip or dep in _SUBJECTS or self.is_time(child) or self.relative(child):
                continue
            if dep in _CORE_ARGS:
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
                with self.unit(_CLAUSE, depth + 1, child):
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
        for child in _kids(adj):
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
        children = list(_kids(verb))
        for pos, child in enumerate(children):
            if child.dep_ in {"aux", "auxpass", "neg", "prt", "mark"} or (
                    child.dep_ == "advmod" and child.i == verb.i + 1 and child.lower_ in PARTICLES):
                self.keep(child)
            elif child.dep_ in _SUBJECTS and not self.relative(child):
                if is_verbal(child):  # "Whoever attacks Israel will pay"
                    self.embedded(child, depth + 1)
                else:
                    self.noun_phrase(child, depth + 1)
            elif child.dep_ == "conj" and is_verbal(child) and not any(c.dep_ in _SUBJECTS for c in _kids(child)):
                with self.unit(_CONJUNCT, depth + 1, child):
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
            for child in _kids(verb):
                dep = child.dep_
                particle = dep == "advmod" and child.i == verb.i + 1 and child.lower_ in PARTICLES  # "shot down"
                if dep in {"prt", "neg"} or particle or (dep == "advmod" and child.lower_ in NEGATORS) or (
                        dep in {"aux", "auxpass"} and (pos > 0 or not drop_aux)):
                    group.add(child.i)
        perfect = [c for c in _kids(top) if c.dep_ == "aux"]
        if top.tag_ == "VBN" and same_past(top) and perfect and all(a.lemma_ == "have" for a in perfect) and \
                not any(c.dep_ in {"auxpass", "neg"} for c in _kids(top)):
            group -= {a.i for a in perfect}  # "has elevated" -> "elevated"
        self.kept |= group
        self.protected |= group
        return group

    # ---- frames ----------------------------------------------------------------------------------------

    def clause(self, anchor: Token, actor: str, hit: Hit) -> str:
        """A verb (the trigger, or the verb a noun trigger is the object or means of) told as a clause; `actor`
        is the name standing for its subject ("" to keep the subject as written)."""
        chain = _chain(anchor)
        top = chain[0]
        self.top = top.i
        self.protected |= {t.i for t in chain}
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in _kids(anchor))
        patient = next((c for c in _kids(anchor) if c.dep_ == "nsubjpass"), None)
        self.drop_by = agent = passive and _has_agent(anchor)
        active = agent and len(chain) == 1 and anchor.tag_ == "VBN" and same_past(anchor) and \
            not any(c.dep_ == "aux" and c.lower_ in MODALS for c in _kids(anchor))
        group = self.verb_group(chain, drop_aux=active)
        skip = {t.i for t in chain}
        for verb in chain[:-1]:  # a governor's own objects and places ("lined up in Caracas to join")
            for child in _kids(verb):
                if child.i not in skip and child.dep_ in {"dobj", "prep"} and child.i > verb.i and \
                        not self.framing(child):
                    if child.dep_ == "prep":
                        self.cuttable_phrase(child, 1)
                        continue
                    with self.unit(_PHRASE, 1, child):
                        self.noun_phrase(child, 1)
        self.arguments(anchor, 0, skip, statement=hit.event_type == "statement" and anchor.i == hit.token.i)
        if patient is not None:
            self.noun_phrase(patient, 1)
        lead = None if passive else _lead(hit, top, group)
        if lead is None and not passive and not actor:  # no actor's name: the subject as written
            lead = next((c for c in _kids(top) if c.dep_ in _SUBJECTS), None)
        if lead is not None:
            self.noun_phrase(lead, 1)
            self.kept -= {c.i for c in _kids(lead) if c.dep_ == "det" and c.i == lead.left_edge.i}
        self.finish(0 if lead is not None else len(actor.split()))
        if passive and not active:
            # as written: "X will be designated ... by Y" (after the actor's name), "Russian troops were deployed"
            names = patient is not None and any(t.ent_type_ in NAMED_LABELS for t in patient.subtree)
            return self._text([sorted(self.kept)], prefix="" if not agent and names else actor)
        lead_part = _within(self.kept, lead)
        patient_part = _within(self.kept, patient) if active else set()
        rest = self.kept - lead_part - patient_part
        told = [sorted(i for i in rest if i in group), sorted(patient_part), sorted(i for i in rest
                                                                                    if i > top.i and i not in group)]
        if not active:
            told = [sorted(i for i in rest if i >= top.i or i in group)]
        front = sorted(i for i in rest if i < top.i and i not in group)  # a quotation said before its verb
        return self._text([sorted(lead_part) if lead is not None else actor, *told, front])

    def participle(self, verb: Token, actor: str) -> str:
        """"drones launched by Russia at Kyiv": told as "Russia launched drones at Kyiv" when it reads so."""
        noun = verb.head
        self.protected |= {verb.i, noun.i}
        self.drop_by = True
        self.keep(verb)
        self.arguments(verb, 0, ())
        self.keep(noun)
        for child in _kids(noun):
            leading_det = child.dep_ == "det" and child.i == noun.left_edge.i
            if child.dep_ in _NP_LEFT and child.i < noun.i and not leading_det:
                self.flat(child)
        self.finish(len(actor.split()))
        noun_part = {i for i in self.kept if i < verb.i}
        if same_past(verb) and _has_agent(verb):
            return self._text([actor, [verb.i], sorted(noun_part), sorted(self.kept - noun_part - {verb.i})])
        return self._text([sorted(self.kept)], prefix=actor)

    def nominal(self, noun: Token, actor: Actor, name: str) -> str:
        """A noun trigger no verb carries out, told as its noun phrase: as written when it names the actor ("Iraq's
        invasion of Kuwait", "recent US military strikes on drug boats", "new exercises by the armed forces") or
        `name` is "", else after `name` ("US military: deployment of multiple warships and 4,000 troops")."""
        self.noun_phrase(noun, 0)
        self.kept -= {noun.left_edge.i} if noun.left_edge.dep_ == "det" else set()
        own = [t for c in _kids(noun) if c.i < noun.i or (c.dep_ in {"prep", "agent"} and c.lower_ == "by")
               for t in c.subtree if t.i in self.kept]
        named = not name or any(_names(t, actor) for t in own)
        self.finish(0 if named else len(name.split()))
        return self._text([sorted(self.kept)], prefix="" if named else name)

    # ---- length and text -------------------------------------------------------------------------------

    def _pairs(self, hit: Hit | None) -> list[tuple[int, int]]:
        """The sentence's quotations (`_Facts.pairs`), less one begun or left open around the verb of the statement
        the headline tells: then the marks are unbalanced, not the words quoted."""
        pairs = list(self.facts.pairs)
        if hit is not None and hit.event_type == "statement":
            verb = hit.token.i
            pairs = [(lo, hi) for lo, hi in pairs if (self.start <= lo and hi < self.end) or not lo < verb < hi]
        return pairs

    def finish(self, named: int) -> None:
        """Cut parts, least important first, until the headline has at most `LIMIT` words (`named`: the words
        of the actor's name before them; words as a reader counts them, "Aegis-equipped" one); then its
        punctuation and quotation marks."""
        counted = self.facts.counted
        words = named + len(self.kept & counted)
        for _, tokens in sorted(self.cuts, key=lambda c: c[0], reverse=True):
            if words <= LIMIT:
                break
            words -= len(tokens & self.kept & counted)
            self.kept -= tokens
        self._punctuate()
        self._quotes()

    def _punctuate(self) -> None:
        """Keep the commas between coordinated words and the hyphens inside words whose neighbours are kept."""
        doc, kept, marks = self.doc, self.kept, self.facts.marks
        for i in self.facts.puncts:
            if i in kept:
                continue
            tok = doc[i]
            before, after = self._neighbour(i, -1), self._neighbour(i, 1)
            if before is None or after is None or before.i not in kept or after.i not in kept:
                continue
            inside_word = tok.text in _HYPHENS and not doc[i - 1].whitespace_ and not tok.whitespace_
            listed = after.dep_ in {"conj", "cc"} or (i in self.quoted and i + 1 not in marks)
            if inside_word or (tok.text == "," and listed):
                kept.add(i)

    def _neighbour(self, i: int, step: int) -> Token | None:
        j = i + step
        while self.start <= j < self.end and j in self.facts.marks:
            j += step
        return self.doc[j] if self.start <= j < self.end else None

    def _quotes(self) -> None:
        """Quotation marks around kept words stay (or are added where the sentence closes a quotation begun
        before it, or opens one it does not close); marks around no kept word go."""
        doc, kept = self.doc, self.kept
        for opening, closing in self.pairs:
            inner = sorted(i for i in kept if opening < i < closing and i in self.facts.words)
            real = {t for m in (opening, closing) if self.start <= m < self.end for t in self.runs[m]}
            kept -= real
            if not inner:
                continue
            kept |= real
            if opening < self.start:
                before, after = self.added.get(inner[0], ("", ""))
                mark = "".join(doc[t].text for t in self.runs[closing])
                self.added[inner[0]] = (_PARTNER.get(mark, "``" if mark == "''" else mark) + before, after)
            if closing >= self.end:
                before, after = self.added.get(inner[-1], ("", ""))
                mark = "".join(doc[t].text for t in self.runs[opening])
                self.added[inner[-1]] = (before, after + _PARTNER.get(mark, "''" if mark == "``" else mark))

    def _text(self, pieces: list[list[int] | str], prefix: str = "") -> str:
        """The headline: `pieces` in this order (the actor's name, or runs of kept sentence tokens), after
        "`prefix`: " when given."""
        parts = [p if isinstance(p, str) else self.run(p, lower_first=n > 0) for n, p in enumerate(pieces)]
        text = _shorten(" ".join(p for p in parts if p))
        if prefix:
            text = f"{prefix}: {text}" if text else prefix
        return text[:1].upper() + text[1:]

    def run(self, tokens: list[int], lower_first: bool = False) -> str:
        """Kept tokens in this order, spaced as in the sentence; "…" where a quotation loses words."""
        doc, words, marks = self.doc, self.facts.words, self.facts.marks
        out: list[str] = []
        previous: int | None = None
        for i in tokens:
            tok = doc[i]
            text = tok.text
            if (i == self.start or (previous is None and lower_first)) and i not in self.quoted and \
                    tok.pos_ != "PROPN" and tok.ent_type_ not in NAMED_LABELS and text[:1].isupper() and \
                    not text.isupper():
                text = text[:1].lower() + text[1:]  # "This cartel has been designated" -> "designated this cartel"
            gap = False
            if previous is not None:
                gap = self.quoted.get(previous, -1) == self.quoted.get(i, -2) and any(
                    j in words for j in range(previous + 1, i))
                if gap:
                    out.append("…" if marks.get(i) == _CLOSING else "… " if marks.get(previous) == _OPENING else " … ")
                elif marks.get(previous) != _OPENING and marks.get(i) != _CLOSING:
                    out.append(" " if i != previous + 1 or doc[previous].whitespace_ else "")
            before, after = self.added.get(i, ("", ""))
            if previous is None and i in self.quoted and marks.get(i) != _OPENING:
                lo = self.pairs[self.quoted[i]][0]
                if any(j in words for j in range(max(lo + 1, self.start), i)):
                    before += "…"  # a quotation begun before the headline's first word
            out.append(before + text + after)
            previous = i
        return "".join(out).strip()


@dataclass(frozen=True)
class _Facts:
    """What every headline of one sentence reads about its tokens, worked out once per sentence."""

    marks: dict[int, str]  # a quotation mark -> _OPENING or _CLOSING
    runs: dict[int, list[int]]  # a quotation mark -> the marks written together with it ("`", "`" is one)
    pairs: tuple[tuple[int, int], ...]  # quotations (opening, closing); `start - 1` or `end` where outside
    words: frozenset[int]  # tokens that are words (`_is_word`)
    counted: frozenset[int]  # words as a reader counts them: "Aegis-equipped" is one
    puncts: tuple[int, ...]  # punctuation other than quotation marks, inside the sentence


def _facts(doc: Doc, start: int, end: int) -> _Facts:
    cache: dict[int, _Facts] = doc.user_data.setdefault("timeline_headline_sentences", {})
    found = cache.get(start)
    if found is not None:
        return found
    marks: dict[int, str] = {}
    runs: dict[int, list[int]] = {}
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    words: set[int] = set()
    counted: set[int] = set()
    puncts: list[int] = []
    for tok in doc[start:end]:
        i = tok.i
        punct = tok.is_punct
        kind = _mark(tok) if punct else ""
        if not punct and _is_word(tok):
            words.add(i)
            glued = i - 2 >= start and doc[i - 1].text in _HYPHENS and not doc[i - 1].whitespace_ and \
                not doc[i - 2].whitespace_
            if not glued:
                counted.add(i)
        elif punct and not kind and start < i < end - 1:
            puncts.append(i)
        if not kind:
            continue
        marks[i] = kind
        if i - 1 in marks and marks[i - 1] == kind and not doc[i - 1].whitespace_:
            runs[i - 1].append(i)
            runs[i] = runs[i - 1]
            continue
        runs[i] = [i]
        if kind == _OPENING:
            stack.append(i)
        else:
            pairs.append((stack.pop() if stack else start - 1, i))
    pairs += [(i, end) for i in stack]
    found = cache[start] = _Facts(marks, runs, tuple(pairs), frozenset(words), frozenset(counted), tuple(puncts))
    return found


def _kids(tok: Token) -> tuple[Token, ...]:
    """`tok.children`, made once per token of a document (spaCy builds the Token objects anew on each call)."""
    cache: dict[int, tuple[Token, ...]] = tok.doc.user_data.setdefault("timeline_children", {})
    found = cache.get(tok.i)
    if found is None:
        found = cache[tok.i] = tuple(tok.children)
    return found


def _mark(tok: Token) -> str:
    """_OPENING or _CLOSING for a quotation mark (spaCy's tag, on a token made only of quotation marks), else ""."""
    if tok.tag_ in {_OPENING, _CLOSING} and tok.text.strip("\"“”«»„‘’`'") == "":
        return str(tok.tag_)
    return ""


def _shorten(text: str, limit: int = LIMIT) -> str:
    """A headline still over `limit` words (a long quotation): its first `limit` words, "…", and the
    quotation's closing mark if it was left open."""
    words = text.split()
    counted = [n for n, word in enumerate(words) if any(ch.isalnum() for ch in word)]
    if len(counted) <= limit:
        return text
    kept = words[:counted[limit - 1] + 1]
    while len(kept) > 1 and kept[-1].casefold() in DANGLING:
        kept.pop()  # not "… a second Type 45 destroyer to…"
    short = " ".join(kept).rstrip(",;:") + "…"
    opened = short.count("“") - short.count("”") + short.count("«") - short.count("»") + short.count('"') % 2
    return short + ("”" if "“" in short else '"') * (opened > 0)


def _within(kept: set[int], head: Token | None) -> set[int]:
    """The kept tokens of the phrase `head` heads."""
    if head is None:
        return set()
    return {i for i in kept if head.left_edge.i <= i <= head.right_edge.i}


def _chain(anchor: Token) -> list[Token]:
    """The verbs from the one whose subject acts down to `anchor`, through the complements that share its
    subject: "plans to deploy", "threatened to strike", "is set to send", "lined up to join". Not through an
    object-control verb ("ordered troops to leave": the troops leave) or a clause with its own subject."""
    chain = [anchor]
    cur = anchor
    for _ in range(6):
        head = cur.head
        if head.i == cur.i or any(c.dep_ in _SUBJECTS for c in _kids(cur)) or not (is_verbal(head)
                                                                                      or head.pos_ == "AUX"):
            break
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in _kids(cur))
        shared = cur.dep_ == "xcomp" and not any(c.dep_ in {"dobj", "dative"} for c in _kids(head))
        if not (shared or (cur.dep_ == "advcl" and infinitive and head.i < cur.i)):
            break
        chain.insert(0, head)
        cur = head
    return chain


def _complement(clause: Token, protected: Collection[int]) -> bool:
    """A clause that completes a noun rather than adds to it: a participle without a subject ("a plane linked
    to Maduro"), an infinitive ("the means to defeat"), a "that" or "for" clause ("reports that X had", "the need
    for X to go"); not a relative clause with its own subject ("boats it says are transporting drugs")."""
    if clause.i in protected:
        return True
    marks = {c.lower_ for c in _kids(clause) if c.dep_ in {"mark", "aux"}}
    if clause.dep_ == "relcl":
        return "to" in marks and not any(c.dep_ in _SUBJECTS for c in _kids(clause))
    return bool(marks & {"that", "for", "to"}) or not any(c.dep_ in _SUBJECTS for c in _kids(clause))


def _name_of(head: Token, prep: Token) -> bool:
    """"Sea of Japan", "Republic of Korea": a proper noun whose "of" phrase is part of its name."""
    return head.pos_ == "PROPN" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in _kids(prep))


def _has_agent(verb: Token) -> bool:
    """A passive with its agent: "by X" on the verb, or hung by the parser on its object."""
    if any(c.dep_ == "agent" for c in _kids(verb)):
        return True
    return any(t.dep_ == "prep" and t.lower_ == "by" for c in _kids(verb)
               if c.dep_ in {"dobj", "oprd", "attr", "prep"} for t in c.subtree)


def _lead(hit: Hit, top: Token, group: set[int]) -> Token | None:
    """The subject kept as written instead of the actor's name: when the actor is the verb's object ("thousands
    joined the militia", "Taiwan detected 25 Chinese aircraft"), when the verb agrees with a plural subject
    ("Venezuelans are discussing"), or when forces named with their owner move ("Three US Air Force B-52
    bombers flew", "the USS Gerald R. Ford arrived"); else None."""
    if not hit.noun and hit.token.lemma_.lower() in lx.OBJECT_ACTOR_VERBS:
        seen = None
        for verb in [top, *top.ancestors]:  # the subject of the clause the verb hangs on; for "it", the speaker's
            subject = next((c for c in _kids(verb) if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON":
                return subject
            seen = seen or subject
        return seen
    subject = next((c for c in _kids(top) if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    finite = top.doc[min(group)]  # the verb group's first word, as the headline writes it
    if subject.pos_ != "PRON" and (finite.tag_ == "VBP" or finite.lower_ == "were"):
        return subject  # "Venezuelans are discussing": not "Venezuela are discussing"
    if hit.event_type != "deployment" or not _military(subject):
        return None
    named = any(t.ent_type_ in NAMED_LABELS | {"PRODUCT"} or t.pos_ == "PROPN" for t in subject.lefts)
    return subject if named or subject.pos_ == "PROPN" else None


# ---- targets --------------------------------------------------------------------------------------------

def _target(hit: Hit, actor: str, draft: _Draft) -> str:
    """Whom or what the event is aimed at (see the module's docstring); "" when nothing names it."""
    tok = hit.token
    posture = lx.SUBTYPES[hit.subtype].family == "posture"
    statement = hit.event_type == "statement"
    candidates: list[Token] = []
    if hit.noun:  # "strikes on drug boats", "the seizure of a plane", "the deployment ... to its border"
        candidates += _objects_of(tok, AIMED)
        verb = light_verb(tok)
        if verb is not None:  # "doubled its bounty on Maduro", "approved the deployment of troops to Libya"
            candidates += _objects_of(verb, AIMED | DESTINATION if posture else AIMED)
        candidates += [o for o in _objects_of(tok, DESTINATION if posture else {"of"}) if not _military(o)]
        if posture:  # "the deployment of troops to Libya", the destination hung on the troops
            candidates += [d for o in _objects_of(tok, {"of"}) for d in _objects_of(o, DESTINATION)]
    else:
        observed = tok.lemma_.lower() in lx.OBJECT_ACTOR_VERBS  # its object is the actor
        objects = [c for c in _kids(tok) if not observed and (
            c.dep_ in {"dobj", "dative"} or (c.dep_ == "nsubjpass" and not posture))]
        if tok.dep_ in {"amod", "acl"} and tok.tag_ == "VBN" and not posture:
            objects.append(tok.head)  # "boats seized by X"
        objects = [next((o for o in _kids(c) if o.dep_ == "pobj"), c) if c.pos_ == "ADP" else c for c in objects]
        objects += [c for obj in objects for c in _kids(obj) if c.dep_ == "conj"]
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
        if lx.SUBTYPES[hit.subtype].family == "force":  # "struck targets in western Ukraine": the place struck
            candidates += [o for o in _objects_of(tok, {"in"}) if o.ent_type_ in {"GPE", "LOC", "FAC"}]
    for cand in candidates:
        if statement and not _names_actor(cand):
            continue  # "told reporters", "denied reports", "demanded a halt": no one aimed at
        name = _name(cand, draft)
        if name and name.casefold() != actor.casefold():
            return name
    return ""


def _objects_of(tok: Token, preps: Collection[str]) -> list[Token]:
    return [o for p in _kids(tok) if p.dep_ == "prep" and p.lower_ in preps for o in _kids(p)
            if o.dep_ == "pobj"]


def _names(tok: Token, actor: Actor) -> bool:
    """Whether `tok` is part of a name of `actor` ("U.S." for the US military, "Maduro" for Nicolás Maduro)."""
    ent = entity_of(tok)
    if ent is None or ent.label_ not in NAMED_LABELS:
        return False
    canonical = ent.ent_id_.removeprefix("country:") if ent.ent_id_ else ent.text
    words = set(ent.text.casefold().split())
    return canonical in {actor.name, actor.country} or words <= set(actor.name.casefold().split())


def _military(head: Token) -> bool:
    return is_military_token(head) or any(is_military_token(c) for c in _kids(head) if c.dep_ == "compound")


def _names_actor(head: Token) -> bool:
    """A phrase that may name an actor: a person, organisation, state or people, or a government or force."""
    return head.ent_type_ in NAMED_LABELS or head.lemma_.lower() in lx.GOVERNMENT_NOUNS | lx.MILITARY_HEADS or \
        _military(head)


def _counted(head: Token) -> Token:
    """What a count or measure counts: "all of Venezuelan airspace" -> airspace, "dozens of rockets" -> rockets."""
    for _ in range(3):
        of = next((o for p in _kids(head) if p.dep_ == "prep" and p.lower_ == "of" for o in _kids(p)
                   if o.dep_ == "pobj"), None)
        if of is None or not (head.pos_ in {"PRON", "DET", "NUM"} or head.lemma_.lower() in QUANTITY_HEADS):
            break
        head = of
    return head


def _name(head: Token, draft: _Draft) -> str:
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
    for prep in _kids(head):  # "two survivors of its sixth known strike", "targets in western Ukraine"
        obj = next((o for o in _kids(prep) if o.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
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
