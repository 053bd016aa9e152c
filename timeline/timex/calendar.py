"""Calendar arithmetic for time expressions: periods (ISO weeks, months, seasons, quarters, decades),
their TIMEX3 values, parts of periods ("early", "the end of") and shifts ("a year earlier").

Pure functions of dates; nothing here reads text.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

# Astronomical seasons (northern hemisphere), as days of the year they start; winter runs into the next year.
SEASON_START = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 22), "WI": (12, 21)}
SEASON_ORDER = ("SP", "SU", "FA", "WI")  # winter y starts in December of y


@dataclass(frozen=True)
class Period:
    """A resolved stretch of calendar days with its TIMEX3 value and precision."""

    value: str
    start: date
    end: date
    precision: str


def day(d: date) -> Period:
    return Period(d.isoformat(), d, d, "day")


def week(d: date) -> Period:
    """The ISO week (Monday to Sunday) that holds `d`."""
    monday = d - timedelta(days=d.weekday())
    year, number, _ = d.isocalendar()
    return Period(f"{year}-W{number:02d}", monday, monday + timedelta(days=6), "week")


def weekend(d: date) -> Period:
    """The Saturday and Sunday of the ISO week that holds `d`."""
    w = week(d)
    return Period(w.value + "-WE", w.start + timedelta(days=5), w.end, "week")


def month(year: int, m: int) -> Period:
    last = calendar.monthrange(year, m)[1]
    return Period(f"{year:04d}-{m:02d}", date(year, m, 1), date(year, m, last), "month")


def add_months(year: int, m: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (m - 1) + delta
    return index // 12, index % 12 + 1


def quarter(year: int, q: int) -> Period:
    first = month(year, 3 * q - 2)
    last = month(year, 3 * q)
    return Period(f"{year:04d}-Q{q}", first.start, last.end, "quarter")


def half(year: int, h: int) -> Period:
    first = month(year, 6 * h - 5)
    last = month(year, 6 * h)
    return Period(f"{year:04d}-H{h}", first.start, last.end, "quarter")


def year(y: int) -> Period:
    return Period(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")


def decade(first_year: int) -> Period:
    first_year -= first_year % 10
    return Period(f"{first_year // 10:03d}X", date(first_year, 1, 1), date(first_year + 9, 12, 31), "decade")


def season(y: int, code: str) -> Period:
    """Season `code` (SP, SU, FA, WI) of year `y`; winter `y` starts in December of `y`."""
    m, d = SEASON_START[code]
    start = date(y, m, d)
    nxt = SEASON_ORDER[(SEASON_ORDER.index(code) + 1) % 4]
    nm, nd = SEASON_START[nxt]
    end = date(y + 1 if code == "WI" else y, nm, nd) - timedelta(days=1)
    return Period(f"{y:04d}-{code}", start, end, "season")


def season_of(d: date) -> Period:
    """The season that holds day `d`."""
    for code in ("WI", "FA", "SU", "SP"):
        for y in (d.year, d.year - 1):
            s = season(y, code)
            if s.start <= d <= s.end:
                return s
    raise AssertionError(f"no season holds {d}")  # unreachable: the seasons tile the year


def shift_season(p: Period, steps: int) -> Period:
    """The season `steps` seasons after (or before, when negative) season `p`."""
    y, code = int(p.value[:4]), p.value[5:]
    index = y * 4 + SEASON_ORDER.index(code) + steps
    return season(index // 4, SEASON_ORDER[index % 4])


def part(p: Period, mod: str) -> Period:
    """A third of `p`: early/beginning/start -> first, mid/middle -> middle, late/end/close -> last.
    The TIMEX3 value stays that of the whole period (TimeML puts the part in the `mod` attribute)."""
    n = (p.end - p.start).days + 1
    k = max(n // 3, 1)
    mod = mod.lower()
    if n < 3:
        return p
    if any(w in mod for w in ("early", "beginning", "start")):
        return Period(p.value, p.start, p.start + timedelta(days=k - 1), p.precision)
    if any(w in mod for w in ("mid", "middle")):
        return Period(p.value, p.start + timedelta(days=k), p.end - timedelta(days=k), p.precision)
    if any(w in mod for w in ("late", "end", "close")):
        return Period(p.value, p.end - timedelta(days=k - 1), p.end, p.precision)
    return p


def shift(p: Period, unit: str, n: int) -> Period | None:
    """`p` moved by `n` units (negative: earlier), keeping its precision when the unit allows it."""
    start = p.start
    if unit in ("day", "night"):
        return day(start + timedelta(days=n)) if p.precision == "day" else None
    if unit in ("week", "fortnight"):
        n *= 2 if unit == "fortnight" else 1
        moved = start + timedelta(weeks=n)
        return day(moved) if p.precision == "day" else week(moved) if p.precision == "week" else None
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit)
    if months is None:
        return None
    y, m = add_months(start.year, start.month, n * months)
    if p.precision == "day":
        return day(date(y, m, min(start.day, calendar.monthrange(y, m)[1])))
    if p.precision == "month":
        return month(y, m)
    if p.precision == "quarter" and "-Q" in p.value:
        return quarter(y, (m - 1) // 3 + 1)
    if p.precision == "season":
        return season(y, p.value[5:])
    if p.precision == "year":
        return year(y)
    if p.precision == "decade" and unit == "decade":
        return decade(y)
    if p.precision == "week" and unit in ("month", "year"):
        return week(date(y, m, min(start.day, calendar.monthrange(y, m)[1])))
    return None


def from_timex_unit(unit: str, n: float | None) -> str:
    """TIMEX3 duration value for `n` units ("P3D", "PT48H", "PXM" when the number is vague)."""
    letter = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "fortnight": "W",
              "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}[unit]
    if unit == "century" and n is None:
        return "PXC"  # "for centuries": TimeML's unit C; counted centuries are written in years
    if unit in ("quarter", "decade", "century"):  # TimeML writes these as months and years
        factor = {"quarter": 3, "decade": 10, "century": 100}[unit]
        letter, n = ("M" if unit == "quarter" else "Y"), None if n is None else n * factor
    halves = {"year": ("Y", "6M"), "day": ("D", "T12H"), "hour": ("H", "30M"), "minute": ("M", "30S")}
    if n is not None and n % 1 == 0.5 and unit in halves:  # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M
        big, small = halves[unit]
        whole = f"{int(n)}{big}" if int(n) else ""
        return f"PT{whole}{small}" if unit in ("hour", "minute") else f"P{whole}{small}"
    if n is None:
        amount = "X"
    else:
        if unit == "fortnight":
            n *= 2
        amount = str(int(n)) if float(n).is_integer() else str(n)
    return f"PT{amount}{letter}" if unit in ("second", "minute", "hour") else f"P{amount}{letter}"
