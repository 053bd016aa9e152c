"""Who "he" and "she" are: a personal pronoun's antecedent among the persons an article has named.

News English introduces a person and goes on with "he"/"she" as long as that person stays the topic, so the
antecedent of a subject pronoun is the person the discourse is about, not merely the last one named:
- a person the pronoun's own sentence has named before it as a subject ("Saddam said he will ..."), its main
  subject first (not a person named in a phrase before the subject "he": "After meeting X, he said");
- else, after a quotation ("“...,” he said"), the person who last spoke, if a paragraph or so back;
- else the main subject of the last sentence that named a person ("X, who searched for Howes, was confident he
  would find Howes' remains. He said ..." is X, not Howes); a person named in apposition inside that subject
  ("The head of the inquiry, Kenneth Piernick, said ...") is its main subject too;
- a person named only inside a quotation is no antecedent of a pronoun outside it ("“Bush is wrong,” he said");
- "she" never names a person the article called "he" or "Mr." (and the other way round): the article's own
  pronouns and honorifics tell a person's gender.
Other pronouns ("him", "his", "her") take the last compatible person named. Used by
`timeline.extract.actors.resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from timeline.extract.actors.context import Context, Mention, Roles
from timeline.extract.actors.registry import Actor
from timeline.extract.lexicon.actors import FEMALE_WORDS, MALE_WORDS
from timeline.extract.lexicon.triggers import STATEMENT_VERBS

SPEAKER_REACH = 600  # characters: how far back "he said" looks for the person last quoted
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_QUOTE_MARK = re.compile(r"``|''|[“”\"]")
_OPENING, _CLOSING = frozenset({"``", "“"}), frozenset({"''", "”"})


def body_that_spoke(ctx: Context, before: int, *, governing_too: bool = False) -> Actor | None:
    """The body (with `governing_too`, also a state or government) that made a statement in the last
    `SPEAKER_REACH` characters before `before`: who "said a spokesman", "They say" or "a statement warned" stand
    for."""
    return ctx.last(before, body=True, governing_too=governing_too, did="statement", within=SPEAKER_REACH)


def gender_of(pronoun: str) -> str:
    """"f" for she/her, "m" for he/him/his, "" for anything else."""
    return "f" if pronoun in {"she", "her"} else "m" if pronoun in {"he", "him", "his"} else ""


def gender_of_name(words: list[Token]) -> str:
    """The gender the words before or in a person's name give ("Mrs.", "Queen", "Mr.", "King"), or ""."""
    for tok in words:
        word = tok.lower_.rstrip(".")
        if word in FEMALE_WORDS:
            return "f"
        if word in MALE_WORDS:
            return "m"
    return ""


def quoted_tokens(sent: Span, open_before: bool) -> tuple[frozenset[int], bool]:
    """The indices of the tokens of `sent` inside a quotation (one may be open from the sentences before) and
    whether a quotation is still open after it. `` and “ open, '' and ” close, a straight " opens or closes."""
    text, start = sent.text, sent.start_char
    marks = [(m.start() + start, m.group()) for m in _QUOTE_MARK.finditer(text)]
    inside: set[int] = set()
    state, k = open_before, 0
    for tok in sent:
        while k < len(marks) and marks[k][0] <= tok.idx:
            mark = marks[k][1]
            state = True if mark in _OPENING else False if mark in _CLOSING else not state
            k += 1
        if state and not _QUOTE_MARK.fullmatch(tok.text) and tok.text != "`":
            inside.add(tok.i)
    while k < len(marks):
        mark = marks[k][1]
        state = True if mark in _OPENING else False if mark in _CLOSING else not state
        k += 1
    return frozenset(inside), state


def main_subject(tok: Token) -> bool:
    """Whether `tok` heads the subject of its sentence's main clause, or is a name in apposition inside that
    subject ("The head of the inquiry, Kenneth Piernick, said")."""
    root = tok.sent.root
    main_verbs = {root.i, *(c.i for c in root.children if c.dep_ == "conj")}
    if tok.dep_ in SUBJECTS:
        return tok.head.i in main_verbs
    if tok.dep_ != "appos":
        return False
    for anc in tok.ancestors:
        if anc.dep_ in SUBJECTS and anc.head.i in main_verbs:
            return True
        if anc.dep_ not in {"appos", "prep", "pobj", "compound", "nmod", "conj"}:
            return False
    return False


def speaks(tok: Token) -> bool:
    """Whether `tok` is the main subject of a sentence that reports what it said."""
    return main_subject(tok) and tok.sent.root.lemma_.lower() in STATEMENT_VERBS


def antecedent(ctx: Context, pronoun: Token, quoted: frozenset[int]) -> Actor | None:
    """The person `pronoun` ("he", "she", "him", "his", "her") names, or None (`quoted`: the tokens of its
    sentence inside a quotation)."""
    gender = gender_of(pronoun.lower_)
    inside = pronoun.i in quoted
    cands = [m for m in ctx.mentions if m.offset < pronoun.idx and m.actor.kind == "person"
             and ctx.genders.get(m.actor.name, gender) == gender and (inside or not m.roles.quoted)]
    if not cands:
        return None
    if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ not in SUBJECTS:
        return cands[-1].actor
    sentence = pronoun.sent.start_char
    same = [m for m in cands if m.roles.sentence == sentence and (
        m.roles.main or (m.roles.subject and not main_subject(pronoun)))]
    if same:  # "Saddam said he will", "officials said Howes died before he could"; not "after meeting X, he"
        return _topic_of(same)
    if pronoun.head.lemma_.lower() in STATEMENT_VERBS:  # "X said ... “...,” he said": the person last quoted
        spoke = next((m for m in reversed(cands) if m.roles.spoke or m.did == "statement"), None)
        if spoke is not None and pronoun.idx - spoke.offset <= SPEAKER_REACH:
            return spoke.actor
    before = [m for m in cands if m.roles.sentence != sentence]
    if not before:  # only a name in a phrase before the subject "he": none the sentence could refer back to
        return None
    last = before[-1].roles.sentence
    return _topic_of([m for m in before if m.roles.sentence == last])


def _topic_of(mentions: list[Mention]) -> Actor:
    """Of the persons one sentence names, its main subject if a person, else the last named."""
    main = next((m for m in mentions if m.roles.main), None)
    return (main or mentions[-1]).actor


@dataclass
class Reading:
    """Where the reading of an article is: the sentence last observed and its tokens inside a quotation."""

    sent: int = -1  # its first token
    sent_char: int = -1  # its first character
    quoted: frozenset[int] = frozenset()
    quote_open: bool = False  # a quotation goes on after it

    def enter(self, sent: Span) -> None:
        before = sent.doc[sent.start - 1] if sent.start else None
        if before is None or "\n" in before.text_with_ws:  # a new paragraph closes any quotation left open
            self.quote_open = False
        self.sent, self.sent_char = sent.start, sent.start_char
        self.quoted, self.quote_open = quoted_tokens(sent, self.quote_open)

    def quoted_in(self, tok: Token) -> frozenset[int]:
        """The tokens inside a quotation in `tok`'s sentence (known for the sentence last observed)."""
        return self.quoted if tok.sent.start == self.sent else frozenset()

    def roles(self, head: Token) -> Roles:
        return Roles(head.sent.start_char, head.dep_ in SUBJECTS, main_subject(head), speaks(head),
                     head.i in self.quoted_in(head))


def remember_pronouns(ctx: Context, sent: Span, reading: Reading) -> None:
    """Remember the person each subject "he" or "she" of `sent` names, as a mention of them (the topic goes on)
    that also tells their gender."""
    for tok in sent:
        if tok.lower_ in {"he", "she"} and tok.dep_ in SUBJECTS:
            actor = antecedent(ctx, tok, reading.quoted_in(tok))
            if actor is not None:
                ctx.genders.setdefault(actor.name, gender_of(tok.lower_))
                ctx.remember(tok.idx, actor, roles=reading.roles(tok))
