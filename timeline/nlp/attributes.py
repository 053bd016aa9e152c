"""The model's attribute ruler (POS, morphology and some lemmas from the tag), with its results cached.

en_core_web_sm's `attribute_ruler` runs a spaCy Matcher with ~180 token patterns over every token, and
evaluates Python predicates (tag sets, regular expressions) per token: 15-20 us a token, ~15 ms for a
news article, more than the tagger and the lemmatizer together. Its patterns only read the token's text
(LOWER, IS_SPACE...), TAG and DEP, and almost all are one token long, so what they do to a token is a
function of (text, tag, dep), plus, for the few longer patterns, of the tokens that follow.

`CachedAttributeRuler` gives the same result: per distinct (text, tag, dep) it asks the model's own
matcher once (on a one-token document) which one-token patterns match, and remembers the attributes they
set, folded in the ruler's order (later rules win); a longer pattern is checked, with the model's matcher,
only on the windows whose first token can start it. The attributes are then written in one `Doc.from_array`.
If the ruler has a pattern this scheme cannot reproduce (quantifiers, other token attributes), the
model's ruler is used unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

import numpy as np
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from thinc.types import Ints2d

# Pattern keys that depend only on a token's text (lexeme attributes), or on TAG and DEP, which the key holds.
_TEXT_KEYS = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "LENGTH", "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER",
                        "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP", "LIKE_NUM", "SHAPE",
                        "PREFIX", "SUFFIX"})
_KEYS = _TEXT_KEYS | {"TAG", "DEP"}
_SETTABLE = frozenset({POS, MORPH, LEMMA, TAG, DEP})
Key = tuple[int, int, int]  # (orth, tag, dep)
Effect = tuple[tuple[int, int], ...]  # (column, value) pairs to write
MAX_KEYS = 500_000  # distinct (text, tag, dep) remembered; the caches start afresh past this


class CachedAttributeRuler:
    """Callable pipe equivalent to `ruler` (a spaCy AttributeRuler); see the module docstring."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        self.attrs: list[dict[int, int]] = list(ruler.attrs)
        self.indices: list[int] = list(ruler.indices)
        self.exact = _reproducible(ruler.patterns, self.attrs)
        self.columns: list[int | str] = sorted({a for attrs in self.attrs for a in attrs})
        self.column: dict[int | str, int] = {a: i for i, a in enumerate(self.columns)}
        self.single = Matcher(self.vocab)  # one-token patterns, under the ruler's keys
        self.first = Matcher(self.vocab)  # first token of each longer pattern
        self.longer = Matcher(self.vocab)  # the longer patterns
        self.length: dict[int, int] = {}
        for aid, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if len(pattern) == 1:
                    self.single.add(str(aid), [pattern])
                else:
                    self.first.add(str(aid), [pattern[:1]])
                    self.longer.add(str(aid), [pattern])
                    self.length[aid] = len(pattern)
        self.singles: dict[Key, tuple[tuple[int, ...], tuple[int, ...]]] = {}  # key -> (rule ids, first ids)
        self.effects: dict[Key, Effect] = {}
        self.windows: dict[tuple[Key, ...], tuple[int, ...]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self.exact:
            return self.ruler(doc)  # type: ignore[no-any-return]
        if not len(doc):
            return doc
        keys: list[Key] = [tuple(row) for row in doc.to_array([ORTH, TAG, DEP]).tolist()]  # type: ignore[misc]
        if len(self.singles) > MAX_KEYS:
            self.singles.clear()
            self.effects.clear()
            self.windows.clear()
        self._learn(k for k in keys if k not in self.singles)
        values = doc.to_array(self.columns)
        extra = self._longer_matches(keys)
        for i, key in enumerate(keys):
            effect = self._effect(key, extra.get(i, ()))
            for column, value in effect:
                values[i, column] = value
        doc.from_array(self.columns, cast(Ints2d, values))
        return doc

    def _effect(self, key: Key, more: Iterable[int]) -> Effect:
        more = tuple(more)
        if not more:
            cached = self.effects.get(key)
            if cached is not None:
                return cached
        folded: dict[int, int] = {}
        for aid in sorted(self.singles[key][0] + more):
            folded.update(self.attrs[aid])
        effect = tuple((self.column[a], v) for a, v in folded.items())
        if not more:
            self.effects[key] = effect
        return effect

    def _learn(self, new: Iterable[Key]) -> None:
        """Which one-token patterns (and which first tokens of longer ones) match each new key."""
        todo = list(dict.fromkeys(new))
        if not todo:
            return
        synthetic = self._doc(todo)
        found: list[list[int]] = [[] for _ in todo]
        starts: list[list[int]] = [[] for _ in todo]
        for matcher, out in ((self.single, found), (self.first, starts)):
            for match_id, start, _end in matcher(synthetic, allow_missing=True, as_spans=False):
                out[start].append(int(self.vocab.strings[match_id]))
        for key, ids, first in zip(todo, found, starts, strict=True):
            self.singles[key] = (tuple(ids), tuple(first))

    def _doc(self, keys: list[Key]) -> Doc:
        strings = self.vocab.strings
        doc = Doc(self.vocab, words=[strings[k[0]] for k in keys], spaces=[False] * len(keys))
        doc.from_array([TAG, DEP], cast(Ints2d, np.array([[k[1], k[2]] for k in keys], dtype="uint64")))
        return doc

    def _longer_matches(self, keys: list[Key]) -> dict[int, list[int]]:
        """Token index -> ids of the longer patterns that set its attributes."""
        out: dict[int, list[int]] = {}
        for i, key in enumerate(keys):
            for aid in self.singles[key][1]:
                window = tuple(keys[i: i + self.length[aid]])
                if len(window) < self.length[aid]:
                    continue
                if window not in self.windows:
                    self.windows[window] = tuple(
                        int(self.vocab.strings[m]) for m, s, e in
                        self.longer(self._doc(list(window)), allow_missing=True, as_spans=False)
                        if s == 0 and e == len(window))
                if aid in self.windows[window]:
                    out.setdefault(i + _target(self.indices[aid], len(window)), []).append(aid)
        return out


def _target(index: int, length: int) -> int:
    return index if index >= 0 else length + index


def _reproducible(patterns: list[dict[str, Any]], attrs: list[dict[int, int]]) -> bool:
    for entry, set_attrs in zip(patterns, attrs, strict=True):
        if not set(set_attrs) <= _SETTABLE:
            return False
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list):
                return False  # a phrase pattern (a Doc): leave it to the model's ruler
            index = entry.get("index", 0)
            if not -len(pattern) <= index < len(pattern):
                return False
            if len(pattern) > 1 and len({len(p) for p in entry["patterns"]}) > 1:
                return False  # alternatives of different lengths under one rule
            for spec in pattern:
                if not set(spec) <= _KEYS:
                    return False  # OP, POS, LEMMA, ENT_TYPE, "_"...: not a function of (text, tag, dep)
    return True


@Language.factory("cached_attribute_ruler")
def make_cached_attribute_ruler(nlp: Language, name: str) -> CachedAttributeRuler:
    """The model's `attribute_ruler`, cached (it must already be in the pipeline)."""
    return CachedAttributeRuler(nlp.get_pipe("attribute_ruler"))

