"""Resolution rules: one function per grammar rule turns a candidate into a TIMEX3 type, value and period.

A rule returns None to refuse a candidate (it is not a time expression: "May" the modal, "2000 troops",
"Euro 2024"), or a `Resolution` whose period is None when the expression is real but its calendar days cannot
be trusted (durations, sets, "recently", a "next day" with nothing to count from).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from timeline import timex_calendar as cal
from timeline.timex_calendar import Period
from timeline.timex_grammar import MONTHS, WEEKDAYS, Candidate


@dataclass(frozen=True)
class Resolution:
    type: str
    value: str
    period: Period | None
    basis: str = "relative"


@dataclass
class Context:
    """What resolution needs besides the candidate: the text, the document date, and the last dates named."""

    text: str
    published: date
    parse: Callable[[str], date | None]  # dateparser for absolute surface forms (temporal.parse_absolute)
    anchor: date | None = None
    future: bool | None = None
    last: Period | None = None  # the last date or period the text named (for "a year earlier", "that week")
    last_quarter: Period | None = None
    history: list[Period] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.anchor is not None:
            self.last = cal.day(self.anchor)

    def mentioned(self, period: Period) -> None:
        self.last = period
        if "-Q" in period.value:
            self.last_quarter = period

    @property
    def last_day(self) -> date | None:
        return self.last.start if self.last is not None and self.last.precision == "day" else None


_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|won['’]t|['’]ll|going\s+to|set\s+to|scheduled|slated|due\s+(?:to|on|in)|expected\s+to|"
    r"plans?\s+to|planned|planning|intends?\s+to|upcoming|takes?\s+effect|take\s+effect|is\s+to|are\s+to|"
    r"begins?|starts?|next|until|ahead\s+of|deadline|would\s+(?:take|begin|start|come|hold|meet|vote))\b",
    re.IGNORECASE)
_PAST_CUE = re.compile(r"\b(?:said|told|announced|added|stated|wrote|reported|confirmed|was|were|had|did|"
                       r"[a-z]{3,}ed)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"])|\n")


def _window(text: str, start: int, size: int = 90) -> str:
    """The words before `start` in the same sentence (at most `size` characters)."""
    before = text[max(0, start - size): start]
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end():] if ends else before


def is_future(ctx: Context, start: int) -> bool:
    """Does the sentence point forward at this expression ("the ban takes effect on January 5")? Only the words
    after the last past-tense verb count, so "said Tuesday he will" reads as past."""
    if ctx.future is not None:
        return ctx.future
    window = _window(ctx.text, start)
    past = list(_PAST_CUE.finditer(window))
    if past:
        window = window[past[-1].end():]
    return bool(_FUTURE_CUE.search(window))


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z][\w.'’-]*)[\s\u00a0\u202f]*$", text[max(0, start - 40): start])
    return m.group(1) if m else ""


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 60): start].rstrip()
    return not before or before[-1] in ".!?\n:;\"“”(—–-"


# ---------------------------------------------------------------- days


def _pick_year(ctx: Context, m: int, d: int, start: int, weekday: int | None) -> date | None:
    """The year of a month and day written without one: the most recent such day up to the publication
    date (or up to two weeks after it, a scheduled date), the next one when the sentence points forward;
    a weekday written with it ("Thursday (Jan 9)") picks the year whose calendar agrees."""
    pub = ctx.published
    options = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(date(y, m, d))
        except ValueError:
            continue
    if weekday is not None:
        agreeing = [o for o in options if o.weekday() == weekday]
        if agreeing:
            return min(agreeing, key=lambda o: abs((o - pub).days))
    if not options:
        return None
    if is_future(ctx, start):
        ahead = [o for o in options if o >= pub]
        return min(ahead) if ahead else None
    past = [o for o in options if o <= pub + timedelta(days=14)]
    return max(past) if past else None


def _month_number(raw: str) -> int:
    return MONTHS[raw.lower().rstrip(".")]


def r_calendar_day(c: Candidate, ctx: Context) -> Resolution | None:
    """"Aug. 4", "14 March 2024", "Mar. 8, 2023", "Thursday (Jan 9)", "Monday, June 2, 2025 at 5 pm"."""
    g = c.match.groupdict()
    m, d = _month_number(g["mon"]), int(re.match(r"\d+", g["day"]).group())  # type: ignore[union-attr]
    if g["mon"].lower() == "may" and not g.get("y") and re.match(r"\s*\d+\s*(?:%|percent|people|of)", c.text[3:]):
        return None
    weekday = WEEKDAYS[g["wd"].lower().rstrip(".")] if g.get("wd") else None
    if g.get("y"):
        first = min(c.match.start("mon"), c.match.start("day"))
        found = ctx.parse(ctx.text[first: c.match.end("y")])
        if found is None:
            try:
                found = date(int(g["y"]), m, d)
            except ValueError:
                return None
        basis = "explicit"
    else:
        found = _pick_year(ctx, m, d, c.start, weekday)
        basis = "relative"
        if found is None:
            return None
    return Resolution("DATE", found.isoformat(), cal.day(found), basis)


def r_iso(c: Candidate, ctx: Context) -> Resolution | None:
    found = ctx.parse(c.text)
    return Resolution("DATE", found.isoformat(), cal.day(found), "explicit") if found else None


# ---------------------------------------------------------------- months, years, decades


def _month_year(ctx: Context, m: int, rel: str, start: int) -> int:
    pub = ctx.published
    if rel == "last":
        return pub.year if m < pub.month else pub.year - 1
    if rel == "next":
        return pub.year if m > pub.month else pub.year + 1
    if rel == "this":
        return pub.year
    if is_future(ctx, start):
        return pub.year if m >= pub.month else pub.year + 1
    return pub.year if m <= pub.month else pub.year - 1


def r_month_year(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.match.groupdict()
    period = cal.month(int(g["y"]), _month_number(g["mon"]))
    if g.get("mod"):
        period = cal.part(period, g["mod"])
    return Resolution("DATE", period.value, period, "explicit")


def r_month(c: Candidate, ctx: Context) -> Resolution | None:
    """A month named alone: "in May", "last March", "the end of September", "early October"."""
    g = c.match.groupdict()
    rel = (g.get("rel") or "").lower()
    name = g["mon"]
    if name in ("May", "March", "MAY", "MARCH") and not g.get("prep") and not rel:
        return None  # the modal verb or the verb "march"
    if not g.get("prep") and not rel and not _sentence_start(ctx.text, c.start) and name in ("May", "March"):
        return None
    m = _month_number(name)
    period = cal.month(_month_year(ctx, m, rel.split()[0] if rel else "", c.start), m)
    if rel and rel not in ("last", "this", "next", "earlier", "later"):
        period = cal.part(period, rel)
    return Resolution("DATE", period.value, period)


_NOT_NAME = {"in", "since", "by", "until", "from", "during", "before", "after", "of", "the", "and", "or", "to",
             "mid", "early", "late", "fiscal", "year", "through", "between", "for", "than", "at", "on", "about",
             "around", "summer", "spring", "winter", "fall", "autumn", "end", "beginning", "start", "middle"}
_QUANTITY = {"about", "some", "nearly", "around", "approximately", "roughly", "almost", "than", "least", "only",
             "just", "over", "under", "another", "additional", "extra", "total", "all", "those", "these", "of"}
_COUNTED = re.compile(r"[\s\u00a0\u202f]+(?:people|men|women|troops|soldiers|personnel|civilians|members|units|"
                      r"km|kilometers|kilometres|miles|meters|feet|tons|tonnes|barrels|dollars|euros|times|rounds|"
                      r"[a-z]+s)\b")


def r_year(c: Candidate, ctx: Context) -> Resolution | None:
    """A year written alone ("in 2019", "1991", "mid-2024"), refused inside names and counts."""
    g = c.match.groupdict()
    before = _word_before(ctx.text, c.start)
    low = before.lower().rstrip(".")
    if before and before[0].isupper() and low not in _NOT_NAME and low not in MONTHS \
            and not _sentence_start(ctx.text, c.start - len(before) - 1) and not c.text[0].isalpha():
        return None  # "Independence 2000", "Euro 2024", "Vision 2030": a year inside a name
    if low in _QUANTITY and low != "of":
        return None
    after = ctx.text[c.end: c.end + 30]
    if _COUNTED.match(after) and low not in _NOT_NAME - {"than", "about", "around"}:
        return None  # "2000 troops"
    if low == "of" and re.search(r"\b(?:out|total|number)\s+of\s*$", ctx.text[max(0, c.start - 20): c.start]):
        return None
    period = cal.year(int(g["y"]))
    if g.get("mod"):
        period = cal.part(period, g["mod"])
    return Resolution("DATE", period.value, period, "explicit")


def r_fiscal(c: Candidate, ctx: Context) -> Resolution | None:
    raw = c.match.group("y").lstrip("'")
    y = int(raw) if len(raw) == 4 else (1900 if int(raw) > ctx.published.year % 100 + 10 else 2000) + int(raw)
    period = cal.year(y)
    return Resolution("DATE", period.value, period, "explicit")


def r_decade(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.match.groupdict()
    if g.get("dec"):
        first = int(g["dec"])
    else:
        short = int(g["short"])
        century = ctx.published.year // 100 * 100
        first = century + short if century + short <= ctx.published.year else century - 100 + short
    period = cal.decade(first)
    if g.get("mod"):
        period = cal.part(period, g["mod"])
    return Resolution("DATE", period.value, period, "explicit" if g.get("dec") else "relative")
