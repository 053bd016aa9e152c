"""From kept tokens to a headline's text: what the sentence's tokens are (words as a reader counts them,
quotation marks and their pairs, worked out once per sentence), cutting the least important parts until the
headline has at most `LIMIT` words, then its commas, hyphens and quotation marks, and the text itself.

A quotation cut inside shows "…" where words were left out; a quotation begun before the sentence or left open
after it gets its missing mark. `timeline.extract.headlines.phrases` decides which tokens are kept.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from timeline.extract.lexicon.headlines import DANGLING, NAMED_LABELS
from timeline.extract.triggers import Hit

LIMIT = 14  # words in a headline, the actor's name included
_OPENING, _CLOSING = "``", "''"  # spaCy's tags of opening and closing quotation marks
_ALNUM = re.compile(r"[^\W_]")
_HYPHENS = frozenset({"-", "–", "/", "&"})  # inside a word when nothing separates them from its parts
_PARTNER = {"”": "“", "“": "”", "»": "«", "«": "»"}


class Wording:
    """One headline being written: the sentence's tokens kept, the parts that may be cut, what must stay; and
    how the kept tokens read as text."""

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
        self.facts = sentence_facts(self.doc, self.start, self.end)
        self.runs = self.facts.runs
        self.pairs = self._pairs(hit)
        self.quoted = {i: n for n, (lo, hi) in enumerate(self.pairs) for i in range(lo, hi + 1)}
        self.added: dict[int, tuple[str, str]] = {}  # token -> quotation marks added before and after it

    def keep(self, tok: Token) -> None:
        if tok.is_space:
            return
        self.kept.add(tok.i)
        for unit in self.open_units:
            unit.add(tok.i)

    @contextmanager
    def unit(self, kind: int, depth: int, head: Token) -> Iterator[None]:
        """The tokens kept inside the block form a part that may be cut (unless it holds the trigger): the deeper
        and the further right, the sooner, with `kind` added to its depth (`CUT_CLAUSE`, `CUT_PHRASE`, ...)."""
        tokens: set[int] = set()
        self.open_units.append(tokens)
        try:
            yield
        finally:
            self.open_units.pop()
            if tokens and not tokens & self.protected:
                self.cuts.append(((depth + kind, head.i), tokens))

    def _pairs(self, hit: Hit | None) -> list[tuple[int, int]]:
        """The sentence's quotations (`Facts.pairs`), less one begun or left open around the verb of the statement
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
        text = shorten(" ".join(p for p in parts if p))
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


def _is_word(tok: Token) -> bool:
    """A token counted as a word of a headline: not punctuation, not "’s" or "’d" after a word."""
    text = tok.text
    return _ALNUM.search(text) is not None and not text.startswith(("'", "’"))


@dataclass(frozen=True)
class Facts:
    """What every headline of one sentence reads about its tokens, worked out once per sentence."""

    marks: dict[int, str]  # a quotation mark -> _OPENING or _CLOSING
    runs: dict[int, list[int]]  # a quotation mark -> the marks written together with it ("`", "`" is one)
    pairs: tuple[tuple[int, int], ...]  # quotations (opening, closing); `start - 1` or `end` where outside
    words: frozenset[int]  # tokens that are words (`_is_word`)
    counted: frozenset[int]  # words as a reader counts them: "Aegis-equipped" is one
    puncts: tuple[int, ...]  # punctuation other than quotation marks, inside the sentence


def sentence_facts(doc: Doc, start: int, end: int) -> Facts:
    cache: dict[int, Facts] = doc.user_data.setdefault("timeline_headline_sentences", {})
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
    found = cache[start] = Facts(marks, runs, tuple(pairs), frozenset(words), frozenset(counted), tuple(puncts))
    return found


def _mark(tok: Token) -> str:
    """_OPENING or _CLOSING for a quotation mark (spaCy's tag, on a token made only of quotation marks), else ""."""
    if tok.tag_ in {_OPENING, _CLOSING} and tok.text.strip("\"“”«»„‘’`'") == "":
        return str(tok.tag_)
    return ""


def shorten(text: str, limit: int = LIMIT) -> str:
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
