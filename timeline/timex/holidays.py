"""Resolution rules for holidays: "Christmas", "last Thanksgiving", "New Year's Eve", "Easter week" (the
Western Easter computed, US Thanksgiving and Election Day counted in their month).
"""

from __future__ import annotations

from datetime import date, timedelta

from timeline.timex import calendar as cal
from timeline.timex.candidates import Candidate
from timeline.timex.resolution import Context, Resolution
from timeline.timex.tense import UPCOMING_DAYS, tense


def _easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday_offset = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_offset) // 433
    month = (h + weekday_offset - 7 * m + 90) // 25
    return date(y, month, (h + weekday_offset - 7 * m + 33 * month + 19) % 32)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    first = date(y, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def holiday_in(name: str, y: int) -> date:
    """The day of a holiday in year `y` (US Thanksgiving and Election Day)."""
    name = " ".join(name.lower().replace("’", "'").split())
    if name.startswith("christmas"):
        return date(y, 12, 24 if name.endswith("eve") else 25)
    if name.startswith("new year"):
        return date(y, 12, 31) if name.endswith("eve") else date(y, 1, 1)
    if name.startswith("thanksgiving"):
        return _nth_weekday(y, 11, 3, 4)
    if name.startswith("easter"):
        return _easter(y)
    if name.startswith("election"):
        return _nth_weekday(y, 11, 0, 1) + timedelta(days=1)
    return date(y, 10, 31) if name == "halloween" else date(y, 2, 14)


def r_holiday(c: Candidate, ctx: Context) -> Resolution | None:
    """"Christmas", "last Thanksgiving", "New Year's Eve", "Easter week": the most recent one up to publication, the
    coming one when the sentence points forward or says "next", or, in a sentence of no clear tense, when it is at
    most three months ahead (as a day without its year); "Easter week" is the ISO week holding it."""
    g = c.match.groupdict()
    rel = (g.get("rel") or "").lower()
    pub = ctx.published
    days = [holiday_in(g["name"], y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    periods = [cal.week(d) if g.get("week") else cal.day(d) for d in days]
    if rel == "this":
        period = periods[1]
    elif rel == "next":
        period = next(p for p in periods if p.start > pub)
    elif rel == "last":
        period = [p for p in periods if p.end < pub][-1]
    else:
        reading = tense(ctx, c.start, c.end)
        coming = next(p for p in periods if p.end >= pub)
        ahead = reading == "future" or (reading is None and (coming.start - pub).days <= UPCOMING_DAYS)
        period = coming if ahead else [p for p in periods if p.start <= pub][-1]
    return Resolution("DATE", period.value, period)
