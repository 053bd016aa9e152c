"""Resolution rules for periods relative to the publication date or to the last date the text named: "last
week" (the ISO week), "this month", "next year", "earlier this week", "the following month", weekends, seasons
("this fall", "summer 2024") and "the week of March 6".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.timex import calendar as cal
from timeline.timex.calendar import Period
from timeline.timex.candidates import Candidate
from timeline.timex.dates import r_calendar_day, year_in
from timeline.timex.resolution import Context, Resolution
from timeline.timex.tense import is_future
from timeline.timex.words import SEASONS


def _unit_period(unit: str, d: date) -> Period | None:
    if unit == "week":
        return cal.week(d)
    if unit == "month":
        return cal.month(d.year, d.month)
    if unit == "year":
        return cal.year(d.year)
    if unit == "weekend":
        return cal.weekend(d)
    if unit == "decade":
        return cal.decade(d.year)
    if unit == "quarter":
        return cal.quarter(d.year, (d.month - 1) // 3 + 1)
    return None


def _step(unit: str, d: date, n: int) -> date:
    if unit in ("week", "weekend"):
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
    y, m = cal.add_months(d.year, d.month, n * months)
    return date(y, m, 1)


_NOT_A_PERIOD = re.compile(r"[\s\u00a0\u202f]*(?:of[\s\u00a0\u202f]+[a-z]|-long|before|after|ahead|earlier|later|ago)")
_ENDED = re.compile(r"[\s\u00a0\u202f]+(?:ended|ending|that\s+ended|which\s+ended)\b")


def r_rel_period(c: Candidate, ctx: Context) -> Resolution | None:
    """"last week" (the previous ISO week, not seven days back), "this month", "next year", "earlier this week"
    (start of the week to the publication date), "the following month" (after the date the text named)."""
    g = c.match.groupdict()
    rel, unit, mod = g["rel"].lower(), g["unit"].lower(), (g.get("mod") or "").lower()
    before = ctx.text[max(0, c.start - 3): c.start].rstrip()
    if g["unit"][0].isupper() and g["rel"][0].isupper() and not g["unit"].isupper() and (
            before and before[-1] not in ".!?\n"):
        return None  # ABC's "This Week": a title, not a week
    pub = ctx.published
    after = ctx.text[c.end: c.end + 12]
    if unit == "year" and rel in ("past", "last") and not mod and c.text.lower().startswith("the"):
        # "over the past year": the twelve months up to publication; TempEval-3 values it as the year before
        since = pub - timedelta(days=364)
        return Resolution("DATE", f"{pub.year - 1:04d}", Period(f"{pub.year - 1:04d}", since, pub, "year"),
                          anchor=False)
    if rel in ("past",) and not mod:
        return Resolution("DURATION", cal.from_timex_unit("week" if unit == "weekend" else unit, 1), None)
    if rel == "the" and _NOT_A_PERIOD.match(after):
        return None
    if rel == "the" and unit == "year" and _ENDED.match(ctx.text[c.end: c.end + 12]):
        return Resolution("DURATION", "P1Y", None)  # "the (fiscal) year ended March 31": a year's length (TimeML)
    if unit == "weekend" and rel == "the":
        return r_weekend(c, ctx)
    if rel in ("previous", "following", "that", "same"):
        if ctx.last is None:
            return Resolution("DATE", "XXXX", None)
        base = ctx.last.start
        n = -1 if rel == "previous" else 1 if rel == "following" else 0
    else:  # last, this, next, coming, current, "the week" (the one the article is written in)
        base = pub
        n = -1 if rel == "last" else 1 if rel in ("next", "coming") else 0
    period = _unit_period(unit, _step(unit, base, n) if n else base)
    if period is None:
        return None
    if mod == "earlier" and period.start <= pub <= period.end:
        period = Period(period.value, period.start, pub, period.precision)
    elif mod == "later" and period.start <= pub <= period.end:
        period = Period(period.value, pub, period.end, period.precision)
    elif mod and mod not in ("earlier", "later"):
        period = cal.part(period, mod)
    return Resolution("DATE", period.value, period)


def r_weekend(c: Candidate, ctx: Context) -> Resolution | None:
    """"over the weekend": the last weekend up to the publication date, or the coming one in a sentence
    that points forward."""
    rel = (c.match.group("rel") or "").lower()
    pub = ctx.published
    if rel in ("this", "next", "last", "that"):
        return r_rel_period_from(rel, "weekend", c, ctx)
    ahead = is_future(ctx, c.start, c.end) or pub.weekday() >= 5
    period = cal.weekend(pub if ahead else pub - timedelta(days=7))
    return Resolution("DATE", period.value, period)


def r_rel_period_from(rel: str, unit: str, c: Candidate, ctx: Context) -> Resolution | None:
    base = ctx.last.start if rel == "that" and ctx.last is not None else ctx.published
    if rel == "that" and ctx.last is None:
        return Resolution("DATE", "XXXX-WXX-WE", None)
    n = -1 if rel == "last" else 1 if rel == "next" else 0
    period = _unit_period(unit, _step(unit, base, n) if n else base)
    return Resolution("DATE", period.value, period) if period else None


def r_season(c: Candidate, ctx: Context) -> Resolution | None:
    """"this fall", "last winter", "summer 2024", "in the spring" (refused: "the fall of Kabul")."""
    g = c.match.groupdict()
    rel = " ".join((g.get("rel") or "").lower().split())
    code = SEASONS[g["season"].lower()]
    if not g.get("y") and not g.get("ys"):
        if g.get("after"):
            return None
        if rel in ("", "the") and not g.get("prep"):
            return None
        if not rel and g["season"].lower() == "fall" and (g.get("prep") or "").lower() in ("to", "and", "or"):
            return None  # "began to fall apart", "rise and fall": the verb
    pub = ctx.published
    year = year_in(g)
    if year is not None:
        period = cal.season(year, code)
    else:
        current = cal.season_of(pub)
        steps = (cal.SEASON_ORDER.index(code) - cal.SEASON_ORDER.index(current.value[5:])) % 4
        ahead = cal.shift_season(current, steps)  # this season, or the next one of its name
        behind = cal.shift_season(ahead, -4) if steps else current
        if rel in ("last", "past"):
            period = cal.shift_season(current, -4) if steps == 0 else behind
        elif rel in ("next", "coming"):
            period = cal.shift_season(current, 4) if steps == 0 else ahead
        elif rel == "this":  # the one of the publication year (winter: the one that began in its December)
            y = pub.year - 1 if code == "WI" and pub < date(pub.year, 3, 20) else pub.year
            period = cal.season(y, code)
        else:
            period = ahead if steps == 0 or is_future(ctx, c.start, c.end) else behind
    if rel in ("early", "late", "mid", "the end of"):
        period = cal.part(period, rel)
    return Resolution("DATE", period.value, period, "explicit" if year is not None else "relative")


def r_week_of(c: Candidate, ctx: Context) -> Resolution | None:
    """"the week of March 6": the ISO week holding that day."""
    found = r_calendar_day(c, ctx)
    if found is None or found.period is None:
        return None
    period = cal.week(found.period.start)
    return Resolution("DATE", period.value, period, found.basis)


def r_elided_last(c: Candidate, ctx: Context) -> Resolution | None:
    """The "last" of "twice as high this year as last", "more this month than last": last year, last month."""
    return r_rel_period_from("last", c.match.group("unit").lower(), c, ctx)
