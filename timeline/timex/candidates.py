"""Finding candidate time expressions: each grammar rule runs only in windows of text around the words it needs
(trigger words: a month name, a number, "ago" ...), and overlapping matches are resolved (the longest extent wins,
then the earlier rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.timex.grammar import RULES
from timeline.timex.words import MONTHS, SEASONS, WEEKDAYS


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: str
    match: re.Match[str]
    priority: int

    @property
    def text(self) -> str:
        return self.match.string[self.start: self.end]


# What each rule's match must hold: a rule runs only in a window of text around these words (most of an article
# is never scanned by the thirty rules, and one pass over the words finds every window).
_UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade")
_PLURAL_UNITS = {u + "s" for u in _UNIT_WORDS} | {"centuries"}
_WORDS_FOR: dict[str, tuple[str, ...]] = {
    "month": ("mdy", "wd_paren", "dmy", "month_year", "month_relyear", "month", "set", "week_of", "day_range"),
    "weekday": ("wday", "set"),
    "unit": ("duration", "rel_period", "anaphor_day", "shift", "recent", "bare_duration", "set", "year_end", "ref",
             "around_event", "adj_duration"),
}
_TRIGGERS: dict[str, set[str]] = {}


def _add(words: list[str] | set[str] | tuple[str, ...], *rules: str) -> None:
    for w in words:
        _TRIGGERS.setdefault(w, set()).update(rules)


_add(list(MONTHS), *_WORDS_FOR["month"])
_add(list(WEEKDAYS) + [w + "s" for w in WEEKDAYS if len(w) > 5], *_WORDS_FOR["weekday"])
_add(list(_UNIT_WORDS) + sorted(_PLURAL_UNITS) + ["century", "weekend", "weekends"], *_WORDS_FOR["unit"])
_add(["nineteen", "twenty", "thousand"], "spelled_year")
_add(["christmas", "year", "thanksgiving", "easter", "halloween", "valentine", "election"], "holiday")
_add(["ago", "earlier", "later"], "year_ago_adj", "shift", "ago_vague", "rel_period", "vague_shift")
_add(["exactly", "precisely"], "shift")
_add(["earlier", "later", "early", "late"], "in_period")
_add(["afterwards", "afterward"], "shift", "vague_shift")
_add(["day"], "day_count")
_add(["while"], "bare_duration")
_add(["then"], "then")
_add(["last"], "elided_last")
_add(["before", "after", "hence", "now"], "shift")
_add(["century", "centuries"], "century")
_add(["fiscal"], "fiscal", "quarter")
_add(["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"], "decade")
_add(list(SEASONS), "season")
_add(["quarter", "quarters", "period"], "quarter")
_add(["half", "quarters"], "half")
_add(["weekend", "weekends"], "weekend")
_add(["today", "tonight", "yesterday", "tomorrow"], "dayword")
_add(["morning", "afternoon", "evening", "night", "overnight"], "this_part", "anaphor_day", "set")
_add(["overnight"], "overnight")
_add(["morning", "afternoon", "evening", "night"], "part_of_day")
_add(["every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly", "once", "twice",
      "times"], "set")
_add(["now", "currently", "current", "present", "presently", "nowadays", "days", "recently", "past", "future",
      "lately", "soon", "term", "date"], "ref")
_add(["am", "pm", "m", "noon", "midnight", "midday"], "clock")
_BEFORE, _AFTER = 60, 90  # characters of context a rule may need around its trigger words


def _rules_for(token: str) -> set[str] | tuple[str, ...]:
    low = token.lower()
    if low[0].isdigit():
        if len(low) == 4 and low.isdigit():
            return ("iso", "numeric", "dotted", "year", "clock", "duration", "shift", "mdy", "dmy", "split_year",
                    "numeric_md")
        if low.isdigit() and int(low) <= 31:
            return ("numeric", "dotted", "clock", "iso", "duration", "shift", "decade", "dmy", "split_year",
                    "numeric_md", "day_range", "ordinal_day")
        if low.endswith("s") and low[:-1].isdigit():
            return ("decade",)
        return ("numeric", "clock", "iso", "duration", "shift", "decade", "dmy", "split_year", "numeric_md")
    if len(low) == 2 and low[0] in "qh" and low[1] in "1234":
        return ("qcode",)
    if low == "fy":
        return ("fiscal",)
    return _TRIGGERS.get(low, ())


_TOKEN = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+s?")
_FY_NEXT = re.compile(r"[\s\u00a0\u202f]?-?'?\d")
_TRIGGER_FORMS = frozenset(f for w in _TRIGGERS for f in (w, w.title(), w.upper()))


def _trigger_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every trigger word (written lower-case, Title-case or upper-case), quarter and half
    code ("Q3", "H1"), "FY" before a number, and every number ("1990s" whole), in one pass over the words: a
    dictionary look-up per word is several times faster than one regular expression of every spelling."""
    hits: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text):
        word, at = m.group(), m.start()
        if word in _TRIGGER_FORMS or (len(word) == 2 and ((word[0] in "qQ" and word[1] in "1234")
                                                          or (word[0] == "H" and word[1] in "12"))):
            hits.append((at, m.end(), word))
            continue
        if word.startswith("FY") and _FY_NEXT.match(text, at + 2):
            hits.append((at, at + 2, "FY"))
        if not word.isalpha():
            hits.extend((at + d.start(), at + d.end(), d.group()) for d in _DIGITS.finditer(word))
    return hits


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule, the stretches of `text` around the words it needs (overlapping stretches merged)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for hit_start, hit_end, word in _trigger_hits(text):
        rules = _rules_for(word)
        if not rules:
            continue
        start, end = max(0, hit_start - _BEFORE), min(len(text), hit_end + _AFTER)
        for rule in rules:
            own = spans.setdefault(rule, [])
            if own and start <= own[-1][1]:
                own[-1] = (own[-1][0], end)
            else:
                own.append((start, end))
    return spans


def candidates(text: str) -> list[Candidate]:
    """Every rule's matches, overlaps resolved: the longest extent wins, then the earlier rule."""
    found: list[Candidate] = []
    windows = _windows(text)
    for priority, (rule, pattern) in enumerate(RULES):
        for w_start, w_end in windows.get(rule, ()):
            for m in pattern.finditer(text, w_start, w_end):
                start, end = m.span("x")
                if start < end:
                    found.append(Candidate(start, end, rule, m, priority))
    found.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken: list[Candidate] = []
    for cand in found:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken
