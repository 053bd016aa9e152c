"""`timeline.nlp.repairs`: a trailing attribution after an apposition is the sentence's speaker and root."""

from __future__ import annotations

import pytest

from timeline.extract.actors.registry import Registry
from timeline.nlp.pipeline import _load_model, parse_one

REATTACHED = [
    # name, text, the reporting verb, the word it gets as its subject
    ("title-then-name", "The army will not leave the valley, the Minister of Mines, Joseph Kamau, announced on Friday.",
     "announced", "Minister"),
    ("title-then-name-said", "The port will stay shut, the Minister of Transport, Ana Ruiz, said.", "said", "Minister"),
    ("name-then-title", "The port will stay shut, Ana Ruiz, the Minister of Transport, announced on Friday.",
     "announced", "Ruiz"),
]


@pytest.mark.parametrize(("text", "verb", "subject"), [pytest.param(t, v, s, id=n) for n, t, v, s in REATTACHED])
def test_a_trailing_attribution_gets_its_speaker(text: str, verb: str, subject: str) -> None:
    doc = parse_one(text, Registry.default())
    said = next(t for t in doc if t.text == verb)
    assert said.dep_ == "ROOT"
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == [subject]
    assert any(c.dep_ == "ccomp" for c in said.children)


@pytest.mark.parametrize("text", [
    "The plan, which the minister announced on Friday, was shelved.",  # its own subject: no trailing attribution
    "Troops will stay in the valley, the ministry said on Friday.",  # parsed right: nothing to mend
    "The strikes, first announced in May, resumed.",  # a participle with no speaker before it
])
def test_other_sentences_keep_their_parse(text: str) -> None:
    registry = Registry.default()
    before = [(t.dep_, t.head.i) for t in parse_one(text, registry)]  # against the model alone, unrepaired
    bare = [(t.dep_, t.head.i) for t in _load_model()(text)]
    assert before == bare
