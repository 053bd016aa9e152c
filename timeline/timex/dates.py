"""Resolution rules for dates named on the calendar: days of a month ("Aug. 4", "14 March 2024", "Thursday
(Jan 9)"), months ("in May", "June last year", "earlier in March"), years ("in 2019", "nineteen ninety-six"),
decades, centuries and the year's end. A day or month written without its year takes the year the tense of its
sentence points to.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.timex import calendar as cal
from timeline.timex.calendar import Period
from timeline.timex.candidates import Candidate
from timeline.timex.resolution import Context, Resolution
from timeline.timex.sentences import word_before
from timeline.timex.tense import FURTHEST_AHEAD, UPCOMING_DAYS, is_deadline, tense
from timeline.timex.words import MONTHS, ORDINAL_WORDS, WEEKDAYS, spelled_year

# ---------------------------------------------------------------- days of a month


def pick_year(ctx: Context, m: int, d: int, start: int, weekday: int | None, end: int | None = None) -> date | None:
    """The year of a month and day written without one: the most recent such day up to the publication date,
    the next one when the sentence points forward. When the sentence has no clear tense, a day up to three
    months ahead is taken as upcoming (a past day that far back would carry its year or "last").
    A weekday written with it ("Thursday (Jan 9)") picks the year whose calendar agrees."""
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
    reading = tense(ctx, start, end)
    ahead = [o for o in options if pub <= o <= pub + timedelta(days=FURTHEST_AHEAD)]
    if reading == "future" and ahead:
        return min(ahead)
    if ahead and min(ahead) <= pub + timedelta(days=UPCOMING_DAYS) and is_deadline(ctx, start, end or start):
        return min(ahead)
    horizon = pub if reading == "past" else pub + timedelta(days=UPCOMING_DAYS)
    past = [o for o in options if o <= horizon]
    return max(past) if past else None


def month_number(raw: str) -> int:
    return MONTHS[raw.lower().rstrip(".")]


def year_in(g: dict[str, str | None]) -> int | None:
    """The year a match names, in digits (group `y`) or spelled out (group `ys`: "nineteen ninety-seven")."""
    if g.get("y"):
        return int(g["y"] or 0)
    return spelled_year(g["ys"] or "") if g.get("ys") else None


def day_in(g: dict[str, str | None]) -> int:
    """The day of the month a match names, in digits ("24", "24th") or spelled out ("twenty-fourth")."""
    if g.get("dw"):
        word = " ".join((g["dw"] or "").lower().replace("-", " ").split())
        tens, _, unit = word.rpartition(" ")
        return ORDINAL_WORDS[unit] + {"": 0, "twenty": 20, "thirty": 30}[tens]
    return int(re.match(r"\d+", g["day"] or "").group())  # type: ignore[union-attr]


def r_calendar_day(c: Candidate, ctx: Context) -> Resolution | None:
    """"Aug. 4", "14 March 2024", "Mar. 8, 2023", "Thursday (Jan 9)", "Monday, June 2, 2025 at 5 pm"."""
    g = c.match.groupdict()
    m, d = month_number(g["mon"]), day_in(g)
    if g["mon"].lower() == "may" and not g.get("y") and re.match(r"\s*\d+\s*(?:%|percent|people|of)", c.text[3:]):
        return None
    weekday = WEEKDAYS[g["wd"].lower().rstrip(".")] if g.get("wd") else None
    year = year_in(g)
    if year is not None:
        found = ctx.parse(ctx.text[min(c.match.start("mon"), c.match.start("day")): c.match.end("y")]) \
            if g.get("y") and g.get("day") else None
        if found is None:
            try:
                found = date(year, m, d)
            except ValueError:
                return None
        basis = "explicit"
    else:
        found = pick_year(ctx, m, d, c.start, weekday, c.end)
        basis = "relative"
        if found is None:
            return None
    return Resolution("DATE", found.isoformat(), cal.day(found), basis)


# ---------------------------------------------------------------- months, years, decades


def _month_year(ctx: Context, m: int, rel: str, start: int, end: int | None = None) -> int:
    pub = ctx.published
    if rel == "last":  # the month just ended is "last month"; "last February" in a March paper is a year back
        return pub.year if m < pub.month - 1 else pub.year - 1
    if rel == "next":
        return pub.year if m > pub.month else pub.year + 1
    if rel == "this":
        return pub.year
    reading = tense(ctx, start, end)
    months_ahead = (m - pub.month) % 12
    if (reading == "future" and months_ahead <= FURTHEST_AHEAD // 31) or (
            reading is None and 0 < months_ahead <= UPCOMING_DAYS // 31) or (
            0 < months_ahead <= UPCOMING_DAYS // 31 + 1 and is_deadline(ctx, start, start)):
        return pub.year if m >= pub.month else pub.year + 1
    return pub.year if m <= pub.month else pub.year - 1


def r_month_year(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.match.groupdict()
    year = year_in(g)
    if year is None:
        return None
    period = cal.month(year, month_number(g["mon"]))
    if g.get("mod"):
        period = cal.part(period, g["mod"])
    return Resolution("DATE", period.value, period, "explicit")


def r_in_period(c: Candidate, ctx: Context) -> Resolution | None:
    """"earlier in March", "later in the year", "earlier in 2024", "early in the month": "earlier" runs from the
    period's start to the date the text last named in it (else the publication date, when the period holds it),
    "later" from there to the period's end; "early"/"late" are its first and last thirds. The value stays the
    period's (a month, a year, a week)."""
    g = c.match.groupdict()
    mod = g["mod"].lower()
    if g.get("mon"):
        m = month_number(g["mon"])
        period = cal.month(int(g["y"]) if g.get("y") else _month_year(ctx, m, "", c.start, c.end), m)
    elif g.get("y2"):
        period = cal.year(int(g["y2"]))
    else:
        unit, base = g["unit"].lower(), ctx.published
        if g["rel"].lower() == "that":
            if ctx.last is None:
                return Resolution("DATE", "XXXX", None)
            base = ctx.last.start
        period = cal.week(base) if unit == "week" else cal.month(base.year, base.month) if unit == "month" \
            else cal.year(base.year)
    explicit = "explicit" if g.get("y") or g.get("y2") else "relative"
    if mod in ("early", "late"):
        return Resolution("DATE", period.value, cal.part(period, mod), explicit)
    last = ctx.last_day
    ref = last if last is not None and period.start <= last <= period.end else \
        ctx.published if period.start <= ctx.published <= period.end else None
    if ref is not None:
        period = Period(period.value, period.start, ref, period.precision) if mod == "earlier" else \
            Period(period.value, ref, period.end, period.precision)
    return Resolution("DATE", period.value, period, explicit)


def r_month_relyear(c: Candidate, ctx: Context) -> Resolution | None:
    """"June last year", "January of this year", "early March next year"."""
    g = c.match.groupdict()
    y = ctx.published.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
    period = cal.month(y, month_number(g["mon"]))
    if g.get("mod"):
        period = cal.part(period, g["mod"])
    return Resolution("DATE", period.value, period)


_MONTH_AS_ADJECTIVE = re.compile(r"[\s\u00a0\u202f]+(?!(?:of|on|to|in|into|for|from|through|past|toward|towards|"
                                 r"against|across|along|and|or|was|is|will|would|had|has|by|at|with)\b)[a-z]{3,}\b")


def r_month(c: Candidate, ctx: Context) -> Resolution | None:
    """A month named alone: "in May", "last March", "the end of September", "early October"."""
    g = c.match.groupdict()
    rel = (g.get("rel") or "").lower()
    name = g["mon"]
    if name in ("May", "March", "MAY", "MARCH") and not g.get("prep") and not rel and not (
            g.get("det") and _MONTH_AS_ADJECTIVE.match(ctx.text, c.end)):
        return None  # the modal verb or the verb "march"; "the March accession", "a May vote" are months
    if not g.get("prep") and not rel and re.match(r"[\s\u00a0\u202f]+[A-Z][a-z]", ctx.text[c.end: c.end + 3]):
        return None  # "April Ryan", "June Carter": a first name
    m = month_number(name)
    period = cal.month(_month_year(ctx, m, rel.split()[0] if rel else "", c.start, c.end), m)
    if rel and rel not in ("last", "this", "next", "earlier", "later"):
        period = cal.part(period, rel)
    return Resolution("DATE", period.value, period)


_NOT_NAME = {"that", "this", "a", "an", "its", "their", "his", "her", "our", "every", "each", "next", "last", "in",
             "since", "by", "until", "from", "during", "before", "after", "of", "the", "and", "or", "to",
             "mid", "early", "late", "fiscal", "year", "through", "between", "for", "than", "at", "on", "about",
             "around", "summer", "spring", "winter", "fall", "autumn", "end", "beginning", "start", "middle"}
_QUANTITY = {"about", "some", "nearly", "around", "approximately", "roughly", "almost", "than", "least", "only",
             "just", "over", "under", "another", "additional", "extra", "total", "all", "those", "these", "of"}
_COUNTED = re.compile(r"[\s\u00a0\u202f]+(?:people|men|women|troops|soldiers|personnel|civilians|members|units|"
                      r"km|kilometers|kilometres|miles|meters|feet|tons|tonnes|barrels|dollars|euros|times|rounds|"
                      r"[a-z]+s)\b")


def r_year(c: Candidate, ctx: Context) -> Resolution | None:
    """A year written alone ("in 2019", "1991", "mid-2024", "post-1959": TimeML values the year), refused inside
    names and counts."""
    g = c.match.groupdict()
    before = word_before(ctx.text, c.start)
    low = before.lower().rstrip(".")
    possessive = low.endswith(("'s", "’s"))  # "the company's 1989 results"
    if before and before[0].isupper() and low not in _NOT_NAME and low not in MONTHS and not possessive \
            and not c.text[0].isalpha():
        return None  # "Independence 2000", "Euro 2024", "Vision 2030": a year inside a name
    if low in _QUANTITY and low != "of":
        return None
    after = ctx.text[c.end: c.end + 30]
    if _COUNTED.match(after) and low not in _NOT_NAME - {"than", "about", "around"} and not g.get("pp") \
            and not g.get("mod"):
        return None  # "2000 troops"; "the post-1959 politics", "mid-1990 talks" are years
    if low == "of" and re.search(r"\b(?:out|total|number)\s+of\s*$", ctx.text[max(0, c.start - 20): c.start]):
        return None
    period = cal.year(int(g["y"]))
    if g.get("mod"):
        period = cal.part(period, g["mod"])
    return Resolution("DATE", period.value, period, "explicit")


def r_spelled_year(c: Candidate, ctx: Context) -> Resolution | None:
    y = spelled_year(c.match.group("words"))
    if y is None:
        return None
    period = cal.year(y)
    return Resolution("DATE", period.value, period, "explicit")


def r_century(c: Candidate, ctx: Context) -> Resolution | None:
    """"the 20th century" -> 19 (TIMEX3 centuries are two digits); no calendar days (no century precision)."""
    g = c.match.groupdict()
    if g.get("ord"):
        return Resolution("DATE", f"{int(g['ord']) - 1:02d}", None, "explicit")
    if g["rel"].lower() == "past":
        return Resolution("DURATION", "P100Y", None)
    step = {"last": -1, "previous": -1, "next": 1}.get(g["rel"].lower(), 0)
    return Resolution("DATE", f"{ctx.published.year // 100 + step:02d}", None)


def r_year_end(c: Candidate, ctx: Context) -> Resolution | None:
    """"year-end", "the end of the year", "year's end", "the full year": the publication year (its end: last
    third). "since year-end" counts from an end already passed: the year before's."""
    word = c.match.group("word").lower()
    year = ctx.published.year - (word_before(ctx.text, c.start).lower() == "since")
    if "end of" in word or "s end" in word:  # "the end of the year", "by year's end"
        period = cal.part(cal.year(year), "end")
        return Resolution("DATE", period.value, period)
    if "end" in word:  # "year-end": TimeML writes the last day of the year
        return Resolution("DATE", f"{year}-12-31", cal.day(date(year, 12, 31)))
    period = cal.year(ctx.published.year)
    return Resolution("DATE", period.value, period)


def r_decade(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.match.groupdict()
    if g.get("word"):
        tens = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
        short = 20 + 10 * tens.index(g["word"].lower())
        century = ctx.published.year // 100 * 100
        first = century + short if century + short <= ctx.published.year else century - 100 + short
        if g.get("cent"):  # "the nineteen-nineties"
            first = (1800 if g["cent"].lower() == "eighteen" else 1900) + short
    elif g.get("dec"):
        first = int(g["dec"])
    else:
        short = int(g["short"])
        century = ctx.published.year // 100 * 100
        first = century + short if century + short <= ctx.published.year else century - 100 + short
    period = cal.decade(first)
    if g.get("mod"):
        period = cal.part(period, g["mod"])
    return Resolution("DATE", period.value, period, "explicit" if g.get("dec") or g.get("cent") else "relative")
