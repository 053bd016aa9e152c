"""The frames a headline is told in: a clause (the actor's name, the verb group as written, its objects and
complements; a passive told in the active voice when its participle reads as the past tense), a participle
after its noun ("drones launched by Russia at Kyiv"), or a noun phrase for an event no verb carries out.
"""

from __future__ import annotations

from spacy.tokens import Token

from timeline.extract.actors.phrases import entity_of
from timeline.extract.actors.registry import Actor
from timeline.extract.headlines.phrases import CUT_PHRASE, NP_LEFT, SUBJECTS, Phrases, kids, same_past
from timeline.extract.headlines.target import is_military_phrase
from timeline.extract.lexicon.clauses import OBJECT_ACTOR_VERBS
from timeline.extract.lexicon.headlines import MODALS, NAMED_LABELS
from timeline.extract.syntax import is_verbal
from timeline.extract.triggers import Hit


class Draft(Phrases):
    """One headline being written, told as a clause, a participle or a noun phrase."""

    def clause(self, anchor: Token, actor: str, hit: Hit) -> str:
        """A verb (the trigger, or the verb a noun trigger is the object or means of) told as a clause; `actor`
        is the name standing for its subject ("" to keep the subject as written)."""
        chain = _chain(anchor)
        top = chain[0]
        self.top = top.i
        self.protected |= {t.i for t in chain}
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in kids(anchor))
        patient = next((c for c in kids(anchor) if c.dep_ == "nsubjpass"), None)
        self.drop_by = agent = passive and _has_agent(anchor)
        active = agent and len(chain) == 1 and anchor.tag_ == "VBN" and same_past(anchor) and \
            not any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids(anchor))
        group = self.verb_group(chain, drop_aux=active)
        skip = {t.i for t in chain}
        for verb in chain[:-1]:  # a governor's own objects and places ("lined up in Caracas to join")
            for child in kids(verb):
                if child.i not in skip and child.dep_ in {"dobj", "prep"} and child.i > verb.i and \
                        not self.framing(child):
                    if child.dep_ == "prep":
                        self.cuttable_phrase(child, 1)
                        continue
                    with self.unit(CUT_PHRASE, 1, child):
                        self.noun_phrase(child, 1)
        self.arguments(anchor, 0, skip, statement=hit.event_type == "statement" and anchor.i == hit.token.i)
        if patient is not None:
            self.noun_phrase(patient, 1)
        lead = None if passive else _lead(hit, top, group)
        if lead is None and not passive and not actor:  # no actor's name: the subject as written
            lead = next((c for c in kids(top) if c.dep_ in SUBJECTS), None)
        if lead is not None:
            self.noun_phrase(lead, 1)
            self.kept -= {c.i for c in kids(lead) if c.dep_ == "det" and c.i == lead.left_edge.i}
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
        for child in kids(noun):
            leading_det = child.dep_ == "det" and child.i == noun.left_edge.i
            if child.dep_ in NP_LEFT and child.i < noun.i and not leading_det:
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
        own = [t for c in kids(noun) if c.i < noun.i or (c.dep_ in {"prep", "agent"} and c.lower_ == "by")
               for t in c.subtree if t.i in self.kept]
        named = not name or any(_names(t, actor) for t in own)
        self.finish(0 if named else len(name.split()))
        return self._text([sorted(self.kept)], prefix="" if named else name)


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
        if head.i == cur.i or any(c.dep_ in SUBJECTS for c in kids(cur)) or not (is_verbal(head)
                                                                                    or head.pos_ == "AUX"):
            break
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(cur))
        shared = cur.dep_ == "xcomp" and not any(c.dep_ in {"dobj", "dative"} for c in kids(head))
        if not (shared or (cur.dep_ == "advcl" and infinitive and head.i < cur.i)):
            break
        chain.insert(0, head)
        cur = head
    return chain


def _has_agent(verb: Token) -> bool:
    """A passive with its agent: "by X" on the verb, or hung by the parser on its object."""
    if any(c.dep_ == "agent" for c in kids(verb)):
        return True
    return any(t.dep_ == "prep" and t.lower_ == "by" for c in kids(verb)
               if c.dep_ in {"dobj", "oprd", "attr", "prep"} for t in c.subtree)


def _lead(hit: Hit, top: Token, group: set[int]) -> Token | None:
    """The subject kept as written instead of the actor's name: when the actor is the verb's object ("thousands
    joined the militia", "Taiwan detected 25 Chinese aircraft"), when the verb agrees with a plural subject
    ("Venezuelans are discussing"), or when forces named with their owner move ("Three US Air Force B-52
    bombers flew", "the USS Gerald R. Ford arrived"); else None."""
    if not hit.noun and hit.token.lemma_.lower() in OBJECT_ACTOR_VERBS:
        seen = None
        for verb in [top, *top.ancestors]:  # the subject of the clause the verb hangs on; for "it", the speaker's
            subject = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON":
                return subject
            seen = seen or subject
        return seen
    subject = next((c for c in kids(top) if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    finite = top.doc[min(group)]  # the verb group's first word, as the headline writes it
    if subject.pos_ != "PRON" and (finite.tag_ == "VBP" or finite.lower_ == "were"):
        return subject  # "Venezuelans are discussing": not "Venezuela are discussing"
    if hit.event_type != "deployment" or not is_military_phrase(subject):
        return None
    named = any(t.ent_type_ in NAMED_LABELS | {"PRODUCT"} or t.pos_ == "PROPN" for t in subject.lefts)
    return subject if named or subject.pos_ == "PROPN" else None


def _names(tok: Token, actor: Actor) -> bool:
    """Whether `tok` is part of a name of `actor` ("U.S." for the US military, "Maduro" for Nicolás Maduro)."""
    ent = entity_of(tok)
    if ent is None or ent.label_ not in NAMED_LABELS:
        return False
    canonical = ent.ent_id_.removeprefix("country:") if ent.ent_id_ else ent.text
    words = set(ent.text.casefold().split())
    return canonical in {actor.name, actor.country} or words <= set(actor.name.casefold().split())
