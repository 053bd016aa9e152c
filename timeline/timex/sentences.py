"""Sentences around a time expression: where a sentence ends (not after "Mr." or "Jan."), the sentence that
holds an expression, the word just before it, and whether it opens its sentence.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?P<word>[\w.]*)[.!?]['’\"”]*\s+(?=[A-Z“\"'‘])|\n")
# A period after these ends no sentence: "a.m.", "U.S.", "Mr.", "Jan.", "Co." ...
# (A number ends one: "effective Dec. 7. In trading ...".)
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]|mr|mrs|ms|dr|st|gen|sen|rep|gov|lt|col|sgt|capt|adm|jan|feb|mar|"
                           r"apr|jun|jul|aug|sep|sept|oct|nov|dec|no|vs|inc|co|corp|ltd|jr|sr", re.IGNORECASE)


def sentence_ends(chunk: str) -> list[re.Match[str]]:
    """Where sentences end in `chunk`: a period, "!" or "?" before a capital (not after an abbreviation), or a
    line break."""
    return [m for m in _SENTENCE_END.finditer(chunk)
            if not (m.group("word") is not None and _ABBREVIATION.fullmatch(m.group("word") or "-"))]


def sentence_bounds(text: str, start: int, end: int, size: int = 300) -> tuple[int, int]:
    """The start and end of the sentence holding text[start:end] (looking at most `size` characters each way)."""
    low = max(0, start - size)
    before = sentence_ends(text[low: start + 1])  # one character more: the capital that opens the sentence
    after = sentence_ends(text[end: end + size])
    first = low + before[-1].end() if before else low
    if not after:
        return first, min(len(text), end + size)
    stop = after[0]
    return first, end + (stop.start() if stop.group("word") is None else stop.end("word") + 1)


def word_before(text: str, start: int) -> str:
    """The word just before `start` (spaces between allowed; "" after punctuation), as written."""
    m = re.search(r"([A-Za-z][\w.'’-]*)[\s\u00a0\u202f]*$", text[max(0, start - 40): start])
    return m.group(1) if m else ""


def sentence_start(text: str, start: int) -> bool:
    """Whether `start` opens a sentence, a line, a quotation or a clause after a colon or a dash."""
    before = text[max(0, start - 60): start].rstrip()
    return not before or before[-1] in ".!?\n:;\"“”(—–-"
