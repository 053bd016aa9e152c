"""The cached attribute ruler sets exactly what the model's attribute ruler sets."""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, POS
from spacy.tokens import Doc

from tests.fixtures import ROOT
from timeline.extract.actors.registry import Registry
from timeline.ingest.articles import load_folder
from timeline.nlp.attributes import CachedAttributeRuler, _reproducible
from timeline.nlp.pipeline import pipeline

TEXTS = [
    "There are two frigates in the port, and there is no sign they ain't leaving. Y'all know that.",
    "\"We're gonna stay, we gotta stay,\" he said. Let's see: c'mon, they can't and won't go. I'm sure.",
    "The ministry said it had deployed 2,000 troops on Monday.\n\nIt's not clear whether they'd return.",
    "Ain't it odd?  There were   spaces\tand tabs.\n",
]


def _before_ruler(text: str) -> Doc:
    nlp = pipeline(Registry.default())
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == "cached_attribute_ruler":
            return doc
        doc = pipe(doc)
    raise AssertionError("cached_attribute_ruler is not in the pipeline")


def _attrs(doc: Doc) -> list[tuple[Any, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_same_attributes_as_the_model_ruler() -> None:
    nlp = pipeline(Registry.default())
    ruler = nlp.get_pipe("attribute_ruler")
    cached = CachedAttributeRuler(ruler)
    assert cached.exact
    texts = TEXTS + [a.text for a in load_folder(ROOT / "data" / "articles").articles]
    for _ in range(2):  # the second pass reads every token from the cache
        for text in texts:
            doc = _before_ruler(text)
            want = ruler(Doc(doc.vocab).from_bytes(doc.to_bytes()))
            assert _attrs(cached(doc)) == _attrs(want)
    assert any(cached.windows.values())  # two-token rules ("ai n't", "gon na", "there are") matched


def test_unreproducible_patterns_fall_back() -> None:
    pos, lemma = POS, LEMMA
    assert _reproducible([{"patterns": [[{"LOWER": "x"}]], "index": 0}], [{pos: 1}])
    assert not _reproducible([{"patterns": [[{"LOWER": "x", "OP": "?"}]], "index": 0}], [{pos: 1}])
    assert not _reproducible([{"patterns": [[{"POS": "NOUN"}]], "index": 0}], [{lemma: 1}])
    assert not _reproducible([{"patterns": [[{"LOWER": "x"}]], "index": 2}], [{pos: 1}])
