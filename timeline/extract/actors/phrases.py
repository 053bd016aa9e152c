"""Noun-phrase helpers for actor resolution: entities, modifiers, titles, nationality, names.

Pure functions of a parsed sentence (spaCy tokens) and the registry; `timeline.extract.actors.resolve` uses them with
the article's context.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from timeline.extract.actors.registry import Registry
from timeline.extract.lexicon.actors import (
    HONORIFICS,
    HUMANITARIAN_NAMES,
    MEDIA_NAMES,
    NON_ACTOR_MODIFIERS,
    NON_ACTOR_ROLES,
    OFFICE_TITLES,
    REPORT_SOURCES,
    REPORT_VERBS,
    THINK_TANK_NAMES,
)

_MEDIA_NAME = re.compile(MEDIA_NAMES)
_THINK_TANK_NAME = re.compile(THINK_TANK_NAMES)
_HUMANITARIAN_NAME = re.compile(HUMANITARIAN_NAMES)
_POSSESSIVE_END = re.compile(r"[’']s$")
_INITIAL = re.compile(r"^[A-Z]\.?$")
_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV)\.?,?$")


def organisation_role(name: str) -> str:
    """The role an unregistered organisation's name gives it: "media" (…News, …Times), "think tank" (…Institute,
    …Watch, Amnesty), "humanitarian" (Red Cross, an aid agency), else "" (it may act)."""
    if _MEDIA_NAME.search(name):
        return "media"
    if _THINK_TANK_NAME.search(name):
        return "think tank"
    return "humanitarian" if _HUMANITARIAN_NAME.search(name) else ""


def entity_of(token: Token) -> Span | None:
    """The named entity `token` belongs to (an index built once per document)."""
    if not token.ent_type_:
        return None
    index: dict[int, Span] | None = token.doc.user_data.get("timeline_ents")
    if index is None:
        index = {i: ent for ent in _doc_ents(token.doc)[0] for i in range(ent.start, ent.end)}
        token.doc.user_data["timeline_ents"] = index
    return index.get(token.i)


def _doc_ents(doc: Doc) -> tuple[list[Span], list[int]]:
    """`doc.ents` and their start tokens, built once per document (`Doc.ents` walks every token on each call)."""
    cached: tuple[list[Span], list[int]] | None = doc.user_data.get("timeline_ent_list")
    if cached is None:
        ents = list(doc.ents)
        cached = (ents, [ent.start for ent in ents])
        doc.user_data["timeline_ent_list"] = cached
    return cached


def sentence_ents(sent: Span) -> list[Span]:
    """`sent.ents` (the entities wholly inside `sent`, in order) from a list of the document's entities built
    once per document: `Span.ents` rebuilds `Doc.ents` from every token of the document on each call."""
    ents, starts = _doc_ents(sent.doc)
    out: list[Span] = []
    for ent in ents[bisect_left(starts, sent.start):]:  # the same walk as `Span.ents`
        if ent.end > sent.end:
            break
        out.append(ent)
    return out


def left_modifiers(head: Token) -> list[Token]:
    """Compound, amod, poss and nmod tokens before `head` in its noun phrase (recursively)."""
    out: list[Token] = []
    for child in head.lefts:
        if child.dep_ in {"compound", "amod", "poss", "nmod", "nummod"}:
            out.extend(left_modifiers(child))
            out.append(child)
    return out


def after_pro_or_anti(tok: Token) -> bool:
    """"pro-Russian separatists", "an anti-Iraq blockade": the country is what they support or oppose."""
    doc = tok.doc
    return (tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in {"pro", "anti"}) or \
        tok.lower_.startswith(("pro-", "anti-"))


COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})


def country_of_tokens(tokens: list[Token], registry: Registry) -> str:
    """The country a list of modifier tokens names ("U.S.", "Venezuelan", "Colombia's", "Maduro's"); not one that is
    what the phrase is for or against ("pro-Russian separatists", "an anti-Iraq blockade")."""
    for tok in tokens:
        if after_pro_or_anti(tok):
            continue
        ent = entity_of(tok)
        if ent is not None and ent.label_ == "PERSON" and not ent.ent_id_:
            continue  # "Wellington" in "Minister Wellington Koo" is a name, not New Zealand
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.lower_ in COMPASS_WORDS:  # "northern Ireland police", "north Korean troops"
            compound = registry.country(f"{prev.text.title()} {tok.text}")
            if compound:
                return compound
        if ent is not None and ent.ent_id_:
            if ent.ent_id_.startswith("country:"):
                return ent.ent_id_.removeprefix("country:")
            known = registry.lookup(ent.ent_id_)
            if known is not None and known.country:
                return known.country
        country = registry.country(tok.text)
        if country:
            return country
    return ""


def blocked(head: Token) -> bool:
    """An analyst, expert, former official, source or ordinary person: never a crisis actor."""
    if head.lemma_.lower() in NON_ACTOR_ROLES:
        return True
    apposed = head.head if head.dep_ == "appos" else None
    while apposed is not None and apposed.dep_ == "pobj" and apposed.head.dep_ == "prep":
        apposed = apposed.head.head  # "A refugee in Switzerland, X": the parser hangs X on the place
    if apposed is not None and apposed.lemma_.lower() in NON_ACTOR_ROLES:
        return True  # "An Afghan refugee in Switzerland, Homira Atimadi, ..."
    phrase = [t for t in head.subtree if t.i <= head.i or t.dep_ in {"appos", "relcl", "acl"}
              or any(a.dep_ in {"appos", "relcl"} for a in t.ancestors if a.i > head.i and head in a.ancestors)]
    for tok in phrase:
        if tok.lower_ in NON_ACTOR_MODIFIERS:
            return True
    titled = titles_before(head)[0]  # "Prime Minister X, a vocal supporter of the campaign,": an office holder
    for child in head.children:
        if child.dep_ in {"appos", "relcl"}:
            for tok in child.subtree:
                if tok.pos_ == "NOUN" and tok.lemma_.lower() in NON_ACTOR_ROLES and not titled:
                    return True
                if tok.lower_ in NON_ACTOR_MODIFIERS:
                    return True
    return False


def titles_before(head: Token) -> tuple[frozenset[str], Token | None]:
    """Office titles right before a person's name that the parser did not attach to it ("Trinidad and Tobago's
    Prime Minister Kamla Persad-Bissessar", parsed as a list of places and titles), and the word before them
    that may say whose office it is ("Tobago"), or no titles and None."""
    if head.ent_type_ != "PERSON":
        return frozenset(), None
    start = head.i
    while start > head.sent.start and head.doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    found: set[str] = set()
    while start > head.sent.start and head.doc[start - 1].is_title and (
            word := head.doc[start - 1].lower_.rstrip(".")) in OFFICE_TITLES | {"prime"}:
        found.add(word)
        start -= 1
    if not found & OFFICE_TITLES:
        return frozenset(), None
    owner = start - 1 - (start > head.sent.start and head.doc[start - 1].lower_ in {"'s", "’s"})
    return frozenset(found & OFFICE_TITLES), head.doc[owner] if owner >= head.sent.start else None


def titles_of(head: Token) -> frozenset[str]:
    """Office titles before a name or in its apposition: "Gen. X", "X, the spokesman", "Taiwan's Premier, X"."""
    near = list(left_modifiers(head))
    for child in head.children:
        if child.dep_ == "appos":
            near += list(child.subtree)
    if head.dep_ == "appos":  # the name is the apposition of a title: "Taiwan's Premier, Cho Jung-tai,"
        near += [head.head, *left_modifiers(head.head)]
        near += phrase_head(head.head)
    first = head
    while first.dep_ == "conj" and (first.head.ent_type_ == "PERSON" or (first.head.dep_ == "pobj" and (
            first.head.head.lower_ == "of" and first.head.head.head.ent_type_ == "PERSON"))):
        first = first.head  # "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia": a plural title
        if first.ent_type_ != "PERSON":  # the parser hung the second name on the first one's country
            first = first.head.head
    if first is not head:  # is every conjunct's
        near += [t for t in left_modifiers(first) if _title_word(t) != t.lower_.rstrip(".")]
    return frozenset(w for w in (_title_word(t) for t in near) if w in OFFICE_TITLES)


def _title_word(tok: Token) -> str:
    """A title as listed: "Gen." -> "gen", "Presidents" -> "president" (else the word, lower-cased)."""
    word = tok.lower_.rstrip(".")
    return word[:-1] if word not in OFFICE_TITLES and word.endswith("s") and word[:-1] in OFFICE_TITLES else word


def phrase_head(named: Token) -> list[Token]:
    """For a place or body a person's name is in apposition with ("The head of the FBI inquiry in Nairobi, X," parsed
    as "Nairobi, X"): the head of the whole phrase the place ends ("head"), which the name is really in apposition
    with. (A person is no apposition of a place.)"""
    if named.ent_type_ not in {"GPE", "LOC", "FAC", "ORG", "NORP"}:
        return []
    tok = named
    while tok.dep_ in {"pobj", "compound"} and tok.head.dep_ in {"prep", "pobj", "compound"}:
        tok = tok.head if tok.head.dep_ != "prep" else tok.head.head
    return [tok] if tok.i != named.i else []


def clean_name(text: str, person: bool = False) -> str:
    text = _POSSESSIVE_END.sub("", text.strip())
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    while person and words and words[0].lower().strip(".") in OFFICE_TITLES | HONORIFICS:
        words = words[1:]
    while person and len(words) > 2 and _SUFFIX.match(words[-1]):  # "James Baker III", "Martin Luther King Jr."
        words = words[:-1]
    if person and len(words) > 2:  # "Michael R. Pompeo", "George W. Bush": the name without its middle initial
        words = [words[0], *(w for w in words[1:-1] if not _INITIAL.match(w)), words[-1]]
    return " ".join(words)


def sentence_state(head: Token, registry: Registry) -> str:
    """For a titled person with no nationality: the state that is a subject earlier in the sentence."""
    for tok in head.sent:
        if tok.i >= head.i:
            break
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            ent = entity_of(tok)
            if ent is not None and ent.ent_id_.startswith("country:"):
                return ent.ent_id_.removeprefix("country:")
    return ""


def is_media_or_unnamed(tok: Token, registry: Registry) -> bool:
    """"The Sunday Times", "state media", "unnamed sources", "reports": a report's source that is no crisis actor."""
    if tok.lemma_.lower() in REPORT_SOURCES or tok.lower_ in REPORT_SOURCES:
        return True
    ent = entity_of(tok)
    if ent is None or ent.label_ not in {"ORG", "PERSON", "WORK_OF_ART"}:
        return False
    known = registry.lookup(ent.ent_id_ or ent.text)
    return (known is not None and known.role == "media") or bool(_MEDIA_NAME.search(ent.text))


def media_attributed(sent: Span | Sequence[Token], registry: Registry) -> bool:
    """Whether `sent` (a sentence, or its tokens) reports what a news outlet or unnamed sources say ("..., The
    Times reported", "according to sources", "citing unnamed sources"): the events it tells are then claimed, not
    asserted."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in REPORT_VERBS and tok.pos_ == "VERB":
            roles = {"nsubj", "dobj"} if lemma in {"cite", "quote"} else {"nsubj"}
            if any(c.dep_ in roles and is_media_or_unnamed(c, registry) for c in tok.children):
                return True
        elif tok.lower_ == "according":
            objects = [o for p in tok.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
            objects += [o for o in tok.doc[tok.i + 1: tok.i + 2] if o.lower_ == "to" for o in o.children
                        if o.dep_ == "pobj"]
            if any(is_media_or_unnamed(o, registry) for o in objects):
                return True
    return False
