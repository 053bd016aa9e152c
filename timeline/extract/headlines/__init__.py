"""Headlines and targets: one event mention told as an analyst's timeline tells it, in the article's own words.

Offers: `Headline`, `write(hit, sent, actor, times)` (`timeline.extract.events` calls it once per mention),
`quotation(sent, actor, times)` (a sentence of a quotation whose speaker a later sentence names), `LIMIT`
(`wording`). The rooms: `phrases` (which tokens a headline keeps), `clause` (the frame it is told in), `wording`
(cutting to length, punctuation, quotation marks, the text), `target` (whom or what the event is aimed at); their
words are in `timeline.extract.lexicon.headlines`.

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

A target (`target`) names whom or what the event is aimed at, or is empty rather than wrong.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Span

from timeline.extract.actors.registry import Actor
from timeline.extract.headlines.clause import Draft
from timeline.extract.headlines.phrases import SUBJECTS, kids
from timeline.extract.headlines.target import target_of
from timeline.extract.headlines.wording import LIMIT, shorten
from timeline.extract.syntax import host_verb, light_verb, responsibility_claimer
from timeline.extract.triggers import Hit

UNATTRIBUTED = "unattributed"  # the kind of the actor of an attack no one is said to have carried out


@dataclass(frozen=True)
class Headline:
    text: str  # the `summary` column
    target: str  # the `target` column


def write(hit: Hit, sent: Span, actor: Actor, times: Collection[int]) -> Headline:
    """The headline and target of the event `hit` reports in `sent`, done by `actor`; `times` are the indices of
    the document's tokens inside time expressions, left out of the headline."""
    tok = hit.token
    draft = Draft(tok, sent, times, hit)
    target = target_of(hit, actor.name, draft)
    name = "" if actor.kind == UNATTRIBUTED else actor.name  # "Bombs exploded outside the embassies": as written
    if hit.noun:
        verb = light_verb(tok) or host_verb(tok)
        if verb is None and responsibility_claimer(tok) is not None:
            verb = tok.head.head.head  # "X claimed responsibility for the attack": claimed
        text = draft.nominal(tok, actor, name) if verb is None else draft.clause(verb, name, hit)
    elif tok.dep_ in {"amod", "acl"} and tok.tag_ == "VBN" and not any(c.dep_ in SUBJECTS for c in kids(tok)):
        text = draft.participle(tok, name)  # "drones launched by Russia at Kyiv"
    else:
        text = draft.clause(tok, name, hit)
    return Headline(text, target)


def quotation(sent: Span, actor: str, times: Collection[int]) -> str:
    """The headline of a sentence inside a quotation whose speaker a later sentence names ("“X. Y,” he said."):
    "ACTOR: “its main clause”"."""
    root = sent.root
    draft = Draft(root, sent, times)
    draft.embedded(root, 0)
    draft.finish(len(actor.split()))
    text = draft.run(sorted(draft.kept))
    if text and min(draft.kept) not in draft.facts.marks:
        text = f"“{text}”"
    return f"{actor}: {shorten(text, LIMIT - len(actor.split()))}"
