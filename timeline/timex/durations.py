"""Resolution rules for amounts of time and what is counted from them: durations ("for months", "within 48
hours"), shifts ("two days later", "a year ago"), vague ranges ("in recent weeks"), sets ("every week"), the
vague references (now, recently, the future) and clock times.

A duration is never turned into a date: its period stays None.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from timeline.timex import calendar as cal
from timeline.timex.calendar import Period
from timeline.timex.candidates import Candidate
from timeline.timex.quarters import reported_quarter
from timeline.timex.resolution import Context, Resolution
from timeline.timex.sentences import sentence_bounds, sentence_start, word_before
from timeline.timex.tense import is_future
from timeline.timex.words import MONTHS, PART_CODES, WEEKDAYS, number

_UNIT_DAYS = {"day": 1, "night": 1, "week": 7, "fortnight": 14}
_TIME_UNITS = ("second", "minute", "hour")


def _unit(raw: str) -> str:
    unit = raw.lower()
    return unit[:-1] if unit.endswith("s") else unit


def _at_unit(unit: str, d: object) -> Period | None:
    from datetime import date

    assert isinstance(d, date)
    if unit in ("day", "night"):
        return cal.day(d)
    if unit in ("week", "fortnight"):
        return cal.week(d)
    if unit == "month":
        return cal.month(d.year, d.month)
    if unit == "quarter":
        return cal.quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "year":
        return cal.year(d.year)
    if unit == "decade":
        return cal.decade(d.year)
    return None


def r_shift(c: Candidate, ctx: Context) -> Resolution | None:
    """"three years ago" counts back from the publication date; "two days later", "a year earlier" from the
    date the text last named (unresolved when it named none)."""
    g = c.match.groupdict()
    unit = _unit(g["unit"])
    n = number(g["n"])
    direction = g["dir"].lower().split()[0]  # "ago" of "ago today", "ago to the day"; "from" of "from now"
    direction = "from now" if direction == "from" else direction
    if direction in _ANAPHORIC and n is None:  # "a few hours later", "several weeks earlier"
        return from_last(ctx, unit, -1 if direction in ("earlier", "before") else 1)
    if unit in _TIME_UNITS:
        return Resolution("DURATION", cal.from_timex_unit(unit, n), None)
    if n is None or not float(n).is_integer():
        return Resolution("DATE", "PAST_REF" if direction in ("ago", "earlier", "before") else "FUTURE_REF", None)
    k = int(n) * (-1 if direction in ("ago", "earlier", "before") else 1)
    pub = ctx.published
    last = ctx.last
    if unit == "year" and k == -1 and last is not None and last.precision == "quarter" and direction in (
            "ago", "earlier") and _MONTHS_OF_YEAR.search(ctx.text, sentence_bounds(ctx.text, c.start, c.start)[0],
                                                        c.start):
        # "For the nine months, profit rose ... from $1.6 billion a year earlier": those months a year before,
        # which no quarter holds; their year does
        compared = cal.year(reported_quarter(ctx, c.start).start.year - 1)
        return Resolution("DATE", compared.value, compared, anchor=False)
    if direction == "ago" and unit == "year" and k == -1 and last is not None and last.precision == "quarter":
        # "profit rose from a year ago": the quarter reported, a year before
        period = cal.shift(reported_quarter(ctx, c.start), "year", k)
        if period is not None:
            return Resolution("DATE", period.value, period, anchor=False)
    if direction == "ago" and (g.get("today") or g.get("exact") or g.get("to_day")):
        # "two weeks ago today", "a year ago yesterday", "two years ago tomorrow" (an anniversary the day after),
        # "exactly two weeks ago", "a year ago to the day": that day
        day = pub + timedelta(days={"yesterday": -1, "tomorrow": 1}.get((g.get("today") or "").lower(), 0))
        if unit in _UNIT_DAYS:
            moved = day + timedelta(days=k * _UNIT_DAYS[unit])
        else:
            y, m = cal.add_months(day.year, day.month, k * {"month": 1, "quarter": 3, "year": 12, "decade": 120,
                                                            "century": 1200}[unit])
            moved = date(y, m, min(day.day, calendar.monthrange(y, m)[1]))
        return Resolution("DATE", moved.isoformat(), cal.day(moved))
    if direction in ("ago", "hence", "from now"):
        if unit in _UNIT_DAYS:
            moved = pub + timedelta(days=k * _UNIT_DAYS[unit])
        else:
            months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit]
            y, m = cal.add_months(pub.year, pub.month, k * months)
            moved = pub.replace(year=y, month=m, day=1)
        period = _at_unit(unit, moved)
        return Resolution("DATE", period.value, period) if period else None
    base = ctx.last
    if base is None:
        if unit in _UNIT_DAYS:
            return Resolution("DURATION", cal.from_timex_unit(unit, n), None)
        base = cal.day(pub)
        shifted = cal.shift(base, unit, k)
        period = _at_unit(unit, shifted.start) if shifted else None
    else:
        period = cal.shift(base, unit, k)
        if period is None and base.precision != "day":
            period = _at_unit(unit, base.start + timedelta(days=k * _UNIT_DAYS.get(unit, 0)))
    if unit in _UNIT_DAYS:  # "three days later", "a week earlier": the duration, on the day it leads to
        return Resolution("DURATION", cal.from_timex_unit(unit, n), period)
    if period is None:
        return Resolution("DATE", "XXXX-XX-XX", None)
    return Resolution("DATE", period.value, period, anchor=k > 0 or unit not in ("year", "quarter"))


_ANAPHORIC = ("earlier", "later", "before", "after", "afterwards", "afterward")
# Spans of a year longer than a quarter that results reports compare: "the (first) nine months", "the six months",
# "the first half"
_MONTHS_OF_YEAR = re.compile(r"(?i)\b(?:(?:six|nine|6|9)[-\s]months?|first[-\s]half)\b")
# "days later": one to seven days after the date the text named; "weeks later" one to nine weeks, and so on
_VAGUE_REACH = {"day": (1, 7, "week"), "week": (7, 63, "month"), "month": (28, 365, "year"),
                "year": (365, 3652, "decade"), "decade": (3652, 36524, "decade")}
_COARSER = ("day", "week", "month", "season", "quarter", "year", "decade")


def _enclosing(start: date, end: date, precision: str) -> Period:
    """A stretch of days named by the smallest calendar unit holding it (the value of "the end of September" is
    2025-09): its month, else its year, else its decade."""
    if (start.year, start.month) == (end.year, end.month):
        value = f"{start.year:04d}-{start.month:02d}"
    elif start.year == end.year:
        value = f"{start.year:04d}"
    elif start.year // 10 == end.year // 10:
        value = f"{start.year // 10:03d}X"
    else:
        value = "XXXX"
    return Period(value, start, end, precision)


def from_last(ctx: Context, unit: str, sign: int) -> Resolution:
    """"Hours later", "a few hours later", "days later", "a few weeks earlier": counted from the date the text last
    named (unresolved when it named none). "Hours later" is that same day (day precision; the period itself when
    the text named a coarser one); a vague number of days, weeks, months or years is a range after (or before)
    it, at a coarser precision. The text's reference date does not move. A counted amount of hours or minutes
    ("two hours later") stays a duration, as TimeML annotates it (`r_shift`)."""
    base = ctx.last
    if base is None:
        return Resolution("DATE", "XXXX-XX-XX", None)
    edge = base.end if sign > 0 else base.start
    if unit in _TIME_UNITS:
        if base.precision != "day":
            return Resolution("DATE", base.value, base, anchor=False)
        return Resolution("DATE", edge.isoformat(), cal.day(edge), anchor=False)
    if unit not in _VAGUE_REACH:
        return Resolution("DATE", "XXXX-XX-XX", None)
    lo, hi, precision = _VAGUE_REACH[unit]
    near, far = edge + timedelta(days=sign * lo), edge + timedelta(days=sign * hi)
    period = _enclosing(min(near, far), max(near, far), max(precision, base.precision, key=_COARSER.index))
    if unit in _UNIT_DAYS:  # "a few days later": the duration PXD, over the days it may lead to
        return Resolution("DURATION", cal.from_timex_unit(unit, None), period, anchor=False)
    return Resolution("DATE", period.value, period, anchor=False)


def r_vague_shift(c: Candidate, ctx: Context) -> Resolution | None:
    """"Hours later", "days later", "weeks earlier": see `from_last`."""
    g = c.match.groupdict()
    direction = g["dir"].lower()
    return from_last(ctx, _unit(g["unit"]), -1 if direction == "earlier" else 1)


def r_ago_vague(c: Candidate, ctx: Context) -> Resolution | None:
    return Resolution("DATE", "PAST_REF", None)


_RECENT_DAYS = {"day": 7, "week": 28, "month": 183, "quarter": 365, "year": 3 * 365}
_RECENT_PRECISION = {"day": "week", "week": "month", "month": "year", "quarter": "year", "year": "decade"}


def r_recent(c: Candidate, ctx: Context) -> Resolution | None:
    """"in recent weeks", "in the coming months", "the weeks ahead": a stretch of vague length (TimeML: the
    DURATION `PXW`, `PXM`) that ends at the publication date or starts there, so it keeps those days (a vague
    range, at a coarser precision): events "in recent weeks" are dated by it. "The past weeks" is the duration
    alone."""
    text = c.text.lower()
    unit = _unit(c.match.group("unit") or c.match.group("unit2"))
    value = cal.from_timex_unit(unit, None)
    span = timedelta(days=_RECENT_DAYS[unit])
    pub = ctx.published
    if "coming" in text or "next" in text or "ahead" in text:
        return Resolution("DURATION", value, Period(value, pub, pub + span, _RECENT_PRECISION[unit]), anchor=False)
    if "recent" not in text:
        return Resolution("DURATION", value, None)
    return Resolution("DURATION", value, Period(value, pub - span, pub, _RECENT_PRECISION[unit]), anchor=False)


_RATE = re.compile(r"(?:\d[\d,.]*(?:[\s\u00a0\u202f]*(?:%|percent|million|billion|thousand|[a-z]+s))?"
                   r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+[a-z]+s"
                   r"|\b(?:once|twice|times))[\s\u00a0\u202f]*$")


# Words after which "one day" is some future day ("Islam will one day be ..."), not a day's length.
_ONE_DAY_AFTER = frozenset({"will", "would", "may", "might", "could", "can", "shall", "hope", "hopes", "hoped", "he",
                            "she", "they", "we", "i", "it", "you"})


def r_duration(c: Candidate, ctx: Context) -> Resolution | None:
    """"90 days", "within 48 hours" (the extent leaves out "within"), "the past two months", "three-year"."""
    g = c.match.groupdict()
    unit = _unit(g["unit"])
    raw_n = g["n"].lower()
    after = ctx.text[c.end: c.end + 8]
    if raw_n in ("a", "an", "one") and unit == "second":
        return None  # "a second time", "a second round"
    if raw_n in ("a", "an") and unit == "quarter":
        return None  # "a quarter of the vote"
    if raw_n in ("a", "an") and re.match(r"[\s\u00a0\u202f]*(?:of|or)\b", after) and unit in ("day", "year"):
        return None
    if raw_n in ("a", "an") and _RATE.search(ctx.text[max(0, c.start - 40): c.start]):
        return None  # "$2 million a year", "four flights a week": a rate, not a stretch of time
    if g.get("adj") == "-old" or re.match(r"[\s\u00a0\u202f]+old\b", after):
        return None  # an age, not a stretch of time
    if unit == "quarter" and re.match(r"[\s\u00a0\u202f]+of\b", after):
        return None  # "three-quarters of the country"
    if raw_n == "one" and unit == "day" and not g.get("adj") and \
            word_before(ctx.text, c.start).lower() in _ONE_DAY_AFTER:
        return Resolution("DATE", "FUTURE_REF", None)  # "Islam will one day be ...": some day, not a day's length
    n = number(raw_n)
    if n is not None and n >= 1000 and not g["unit"].lower().endswith("s"):
        return None  # "the 1988 second quarter": a year, not a count
    if n is not None and g.get("half"):
        n += 0.5  # "a minute and a half"
    return Resolution("DURATION", cal.from_timex_unit(unit, n), None)


def r_bare_duration(c: Candidate, ctx: Context) -> Resolution | None:
    """"for months", "over centuries"; "for a while", "in quite a while": a stretch of no stated unit (`PXX`)."""
    if c.match.group("while"):
        return Resolution("DURATION", "PXX", None)
    unit = "century" if c.text.lower() == "centuries" else _unit(c.match.group("unit"))
    return Resolution("DURATION", cal.from_timex_unit(unit, None), None)


def r_adj_duration(c: Candidate, ctx: Context) -> Resolution | None:
    """"a day-long meeting" (P1D), "a decades-long battle" (PXY), "a years-old slump", "centuries-old"."""
    g = c.match.groupdict()
    unit = "century" if g["unit"].lower() == "centur" else g["unit"].lower()
    return Resolution("DURATION", cal.from_timex_unit(unit, None if g.get("pl") in ("s", "ies") else 1), None)


def r_around_event(c: Candidate, ctx: Context) -> Resolution | None:
    """"in the weeks before the shooting", "the days after the vote": a stretch next to an event the text names,
    which the normaliser cannot date (TimeML marks "weeks" as a DATE)."""
    return Resolution("DATE", "XXXX-XX-XX", None)


_FIGURE_BEFORE = re.compile(r"\d[\d,.]*(?:[\s\u00a0\u202f]*(?:%|percent|million|billion|thousand|"
                            r"(?!times\b)[a-z]+s))?[\s\u00a0\u202f]*$")
_ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                "nightly": "P1D", "quarterly": "P1Q", "hourly": "PT1H"}


def r_set(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.match.groupdict()
    if g.get("adv"):
        if g["adv"].lower() == "daily" and word_before(ctx.text, c.start).lower() == "average":
            return None  # "average daily volume": a statistic, not a recurring time
        if _FIGURE_BEFORE.search(ctx.text, max(0, c.start - 40), c.start):
            return None  # "to rise 8.5% annually", "10,000 units annually": a rate, like "$2 million a year"
        return Resolution("SET", _ADVERB_SETS[g["adv"].lower()], None)
    if g.get("wds"):
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[g['wds'].lower()] + 1}", None)
    if g.get("wdp"):  # "on Tuesday nights"
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[g['wdp'].lower()] + 1}T{PART_CODES[g['parts'].lower()]}", None)
    if g.get("mon"):
        return Resolution("SET", f"XXXX-{MONTHS[g['mon'].lower()]:02d}", None)
    unit = _unit(g.get("unit") or g.get("unit2") or "")
    if unit in WEEKDAYS:
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[unit] + 1}", None)
    if unit in ("morning", "evening", "night"):
        return Resolution("SET", "XXXX-XX-XXT" + PART_CODES[unit], None)
    if unit == "weekend":
        return Resolution("SET", "XXXX-WXX-WE", None)
    raw_n = (g.get("n") or "").lower()
    n = 2.0 if raw_n == "other" else number(raw_n) if raw_n else 1.0
    return Resolution("SET", cal.from_timex_unit(unit, n), None)


_AHEAD_BEFORE = re.compile(r"(?i)\b(?:will|would|may|might|could|can|should|must|shall|to|['’]ll|going|expect(?:s|ed)?)"
                           r"[\s\u00a0\u202f]+(?:[a-z]+[\s\u00a0\u202f]+){0,2}$")
_PRESENT = {"now", "currently", "at present", "presently", "nowadays", "these days", "right now", "current"}
_PAST = {"recently", "recent", "previously", "formerly", "the past", "lately"}


def r_ref(c: Candidate, ctx: Context) -> Resolution | None:
    """now/currently -> PRESENT_REF (the publication day); recently/the past -> PAST_REF and the future/soon ->
    FUTURE_REF (unresolved: no trustworthy range)."""
    word = " ".join(c.match.group("word").lower().split())
    after = ctx.text[c.end: c.end + 20]
    before = ctx.text[max(0, c.start - 12): c.start].lower()
    if word == "now" and sentence_start(ctx.text, c.start) and re.match(r"[\s\u00a0\u202f]*(?:,|for\b)", after):
        return None  # "Now, he says ...": a discourse marker
    if word == "current" and re.match(r"[\s\u00a0\u202f]*(?:account|accounts|affairs|events|of|[A-Z])", after):
        return None
    if word == "soon" and (re.match(r"[\s\u00a0\u202f]+(?:after|afterwards|thereafter|as)\b", after)
                           or re.search(r"\bas[\s\u00a0\u202f]+$", before)):
        return None  # "soon after the attack", "as soon as they land": conjunctions, not a time
    if word == "soon" and not (_AHEAD_BEFORE.search(ctx.text[max(0, c.start - 40): c.start])
                               or re.match(r"[\s\u00a0\u202f]+(?:to|will|would|be)\b", after)):
        return None  # "that soon became a flood": only "will soon", "may soon", "to strike again soon" look ahead
    if word == "the foreseeable future":
        return None  # "for the foreseeable future": an open-ended stay, which TempEval-3 leaves unmarked
    if word == "current" and word_before(ctx.text, c.start).lower() == "then":
        return Resolution("DATE", "PAST_REF", None)  # "the then current price"
    if word in _PRESENT:
        pub = ctx.published
        return Resolution("DATE", "PRESENT_REF", Period("PRESENT_REF", pub, pub, "day"))
    if word in _PAST:
        return Resolution("DATE", "PAST_REF", None)
    return Resolution("DATE", "FUTURE_REF", None)


_NOT_A_NIGHT = re.compile(r"[\s\u00a0\u202f]+(?:stays?|flights?|trains?|bags?|trips?|visits?|shifts?|bus|buses|"
                          r"ferry|express|delivery|guests?|camp|success|sensation|star)\b")


def r_overnight(c: Candidate, ctx: Context) -> Resolution | None:
    """"Shelling continued overnight": the night before publication (the coming one when the sentence points
    forward), refused in "an overnight stay", "an overnight success". A night runs over two calendar days: the
    value names the evening's day (`2025-11-11TNI`, as TimeML does), the period covers it and the next day (what
    happened "overnight" in a morning article may be dated either day)."""
    if word_before(ctx.text, c.start).lower() in {"an", "every", "each"} or \
            _NOT_A_NIGHT.match(ctx.text[c.end: c.end + 12]):
        return None
    day = ctx.published if is_future(ctx, c.start, c.end) else ctx.published - timedelta(days=1)
    return Resolution("TIME", f"{day.isoformat()}TNI", night(day), anchor=False)


def night(day: date) -> Period:
    """The night that starts on `day`: that day and the next, at day precision."""
    return Period(f"{day.isoformat()}TNI", day, day + timedelta(days=1), "day")


_CLOCK_PREPOSITIONS = frozenset({"at", "around", "about", "from", "until", "till", "by", "before", "after", "since",
                                 "to", "and", "between"})


def r_clock(c: Candidate, ctx: Context) -> Resolution | None:
    """A clock time: "2:10 am", "10.30pm", "0600 GMT", "at 22:45", "10:45 p.m. local time (1945 GMT)", "noon". Its day
    is given afterwards: the day written next to it, else the day its sentence names, else the publication day
    (`temporal`). A 24-hour time needs a zone or a preposition before it ("at", "from", "until" ...)."""
    g = c.match.groupdict()
    text = c.text.lower()
    if g.get("milh"):  # "at 0600 hours", "23:59 hrs"; "1000 hours" with no colon, no zero and no "at" is a duration
        if ":" not in text and not text.startswith("0") and \
                word_before(ctx.text, c.start).lower() not in _CLOCK_PREPOSITIONS:
            return None
        return Resolution("TIME", f"XXXX-XX-XXT{g['milh']}:{g['milm']}", None)
    if g.get("mh") or g.get("hh"):  # "0600 GMT", "14:30 UTC", "at 22:45"
        if g.get("hh") and word_before(ctx.text, c.start).lower() not in _CLOCK_PREPOSITIONS:
            return None  # "22:45" alone may be a score or a ratio; "at 22:45" is a time
        hour, minute = (g["mh"], g["mm"]) if g.get("mh") else (g["hh"], g["m24"])
        return Resolution("TIME", f"XXXX-XX-XXT{int(hour):02d}:{minute}", None)
    if text.startswith(("noon", "midnight", "midday")):
        if word_before(ctx.text, c.start).lower() == "high":
            return None  # "High Noon", "high noon comes today": a figure of speech
        return Resolution("TIME", "XXXX-XX-XXT" + ("24:00" if text.startswith("midnight") else "12:00"), None)
    hour = int(g["h"]) % 12 + (12 if g["ap"].lower().startswith("p") else 0)
    return Resolution("TIME", f"XXXX-XX-XXT{hour:02d}:{g.get('mi') or '00'}", None)
