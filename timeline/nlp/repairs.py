"""Repairs of parses the small English model gets wrong in a way news copy makes common, so every later stage
reads the sentence as a reader does.

- A trailing attribution after an apposition: "The government will not negotiate, the Minister of
  Information, Mohammed Idris, announced on Tuesday." The model hangs "announced" on the last noun of the
  clause as a reduced relative ("the kidnappers ... announced"), so the sentence has no speaker and its words
  are nobody's. The repair makes the reporting verb the sentence's root, the clause before it what was said,
  and the titled name between the commas its subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from timeline.extract.lexicon.actors import BODY_SPEAKERS, DEFINITE_BODY_HEADS, OFFICE_TITLES
from timeline.extract.lexicon.clauses import ATTRIBUTION_VERBS

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
SPEAKER_HEADS = OFFICE_TITLES | BODY_SPEAKERS | DEFINITE_BODY_HEADS | frozenset({"ministry"})
# What may follow the reporting verb to the end of the sentence: "announced on Tuesday", "said in a statement".
AFTER_VERB = frozenset({"prep", "npadvmod", "advmod", "punct", "dobj", "dative", "tmod"})


@Language.component("trailing_attributions")
def trailing_attributions(doc: Doc) -> Doc:
    """See the module's docstring."""
    for sent in list(doc.sents):
        for verb in sent:
            if verb.lemma_.lower() not in ATTRIBUTION_VERBS or verb.i == sent.start:
                continue
            if verb.dep_ in {"acl", "relcl"}:
                _reattach(sent, verb)
                break
            if verb.dep_ == "ROOT" and not any(c.dep_ in SUBJECTS for c in verb.children):
                said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
                if said is not None:
                    _reattach(sent, verb, said)
                break
    return doc


def _reattach(sent: Span, verb: Token, said: Token | None = None) -> None:
    """Make `verb` the root of `sent` with the clause before it (`said`, or the sentence's root) as what it
    reports and the speaker named between the commas before it as its subject; or leave the parse as it is."""
    doc, root = sent.doc, said if said is not None else sent.root
    if root.i >= verb.i or root.pos_ not in {"VERB", "AUX"}:
        return
    if any((c.dep_ not in AFTER_VERB or c.i < verb.i) and (said is None or c.i != said.i) for c in verb.children):
        return  # "the plan, which the minister announced": the verb has its own subject or object before it
    if any(t.i > verb.i and t.head.i < verb.i and not t.is_punct for t in sent):
        return  # the clause goes on after the verb: it ends no sentence
    end = verb.i - 1 if doc[verb.i - 1].text == "," else verb.i
    commas = [i for i in range(end - 1, root.i, -1) if doc[i].text == ","][:2]
    if not commas:
        return
    named = doc[commas[0] + 1:end]
    if len(commas) == 2 and {_kind(named), _kind(doc[commas[1] + 1:commas[0]])} == {"name", "title"}:
        named = doc[commas[1] + 1:end]  # "the Minister of Information, X," or "X, the Minister of Information,"
    tops = [t for t in named if not named.start <= t.head.i < named.end and not t.is_punct]
    if not tops or len(tops) > 2 or not all(_speaks(t) for t in tops):
        return
    head = tops[0]
    if said is None:
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "ccomp"
    head.head, head.dep_ = verb, "nsubj"
    for tok in named:
        if tok.i != head.i and (tok.i in {t.i for t in tops} or (tok.dep_ == "conj" and tok.head.i == head.i)):
            tok.head, tok.dep_ = head, "appos"  # "the Minister of Information, Mohammed Idris": one person, not two


def _kind(words: Span) -> str:
    """"name" for a person's name, "title" for an office (no name in it), "" for anything else."""
    if len(words) and all(t.ent_type_ == "PERSON" or t.is_punct for t in words):
        return "name"
    if not any(t.ent_type_ == "PERSON" for t in words) and any(t.lemma_.lower() in SPEAKER_HEADS for t in words):
        return "title"
    return ""


def _speaks(head: Token) -> bool:
    """Whether the head of the words between the commas names a speaker: a person, a body or an office holder."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return head.lemma_.lower() in SPEAKER_HEADS or head.ent_type_ in SPEAKER_ENTITIES
