"""Resolution rules for numbers-only dates and years written over two: "3/4", "3/4/2024" (their order taken
from the article's own dates), "fiscal 2024", "FY2026", "FY2025/26", "the 2025/26 season"."""

from __future__ import annotations

import re
from datetime import date

from timeline import timex_calendar as cal
from timeline.timex_calendar import Period
from timeline.timex_grammar import Candidate
from timeline.timex_rules import Context, Resolution, pick_year

_NUMERIC_DATE = re.compile(r"(?<![\w./-])([0-3]?\d)/([0-3]?\d)/(?:\d{4}|\d\d)(?![\w/])")
_MONTH_NAMES = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_FIRST = re.compile(rf"\b{_MONTH_NAMES}[ \t\u00a0\u202f]+\d{{1,2}}\b(?![:/])")
_DAY_FIRST = re.compile(
    rf"(?<![\d/.,])\b\d{{1,2}}(?:st|nd|rd|th)?[ \t\u00a0\u202f]+(?:of[ \t]+)?{_MONTH_NAMES}(?![a-z])")


def numeric_order(text: str) -> str | None:
    """"mdy" when the article clearly writes the month first (a numeric date whose second number is over 12, or
    only "March 4" forms), "dmy" when it clearly writes the day first; None when it does not say."""
    votes = {"mdy": 0, "dmy": 0}
    for a, b in _NUMERIC_DATE.findall(text):
        if int(a) > 12 >= int(b):
            votes["dmy"] += 1
        elif int(b) > 12 >= int(a):
            votes["mdy"] += 1
    if votes["mdy"] != votes["dmy"]:
        return "mdy" if votes["mdy"] > votes["dmy"] else "dmy"
    month_first, day_first = len(_MONTH_FIRST.findall(text)), len(_DAY_FIRST.findall(text))
    if month_first and not day_first:
        return "mdy"
    if day_first and not month_first:
        return "dmy"
    return None


def _month_day(a: int, b: int, text: str) -> tuple[int, int] | None:
    """(month, day) of a numeric "a/b"; None when the order is ambiguous and the article does not settle it."""
    if a > 12 and b <= 12:
        return b, a
    if b > 12 and a <= 12:
        return a, b
    if a > 12 or b > 12 or a == 0 or b == 0:
        return None
    if a == b:
        return a, b
    order = numeric_order(text)
    return None if order is None else (a, b) if order == "mdy" else (b, a)


def r_iso(c: Candidate, ctx: Context) -> Resolution | None:
    """"2024-03-14"; "3/14/2024" (a numeric date whose order the article leaves open, "3/4/2024" in an article that
    shows neither US nor day-first dates, keeps only its year: 2024-XX-XX, the days of that year). Numeric dates
    are not left to dateparser: with one DATE_ORDER it flips the order silently when a number exceeds 12
    (scrapinghub/dateparser#539), does not always honour DATE_ORDER (#804) and cannot say that a date was
    ambiguous (#1099, #733), so the article's own dates decide the order (`numeric_order`)."""
    if c.rule == "numeric":
        y = int(c.match.group("y"))
        md = _month_day(int(c.match.group("a")), int(c.match.group("b")), ctx.text)
        if md is None:
            whole = cal.year(y)
            return Resolution("DATE", f"{y}-XX-XX", Period(f"{y}-XX-XX", whole.start, whole.end, "year"), "explicit")
        try:
            found: date | None = date(y, *md)
        except ValueError:
            return None
    else:
        found = ctx.parse(c.text)
    return Resolution("DATE", found.isoformat(), cal.day(found), "explicit") if found else None


def r_numeric_md(c: Candidate, ctx: Context) -> Resolution | None:
    """"on 3/4": a day only when the article's own dates say whether it writes month or day first; otherwise a
    date with no days (XXXX-XX-XX), never a guess."""
    md = _month_day(int(c.match.group("a")), int(c.match.group("b")), ctx.text)
    if md is None:
        return Resolution("DATE", "XXXX-XX-XX", None)
    found = pick_year(ctx, md[0], md[1], c.start, None, c.end)
    return Resolution("DATE", found.isoformat(), cal.day(found)) if found else None



def _two_digit_year(raw: str, published: date) -> int:
    raw = raw.lstrip("'")
    return int(raw) if len(raw) == 4 else (1900 if int(raw) > published.year % 100 + 10 else 2000) + int(raw)


def r_fiscal(c: Candidate, ctx: Context) -> Resolution | None:
    """"fiscal 2024", "fiscal year '98", "FY2026", "FY26": that year. "FY2025/26" spans both calendar years."""
    g = c.match.groupdict()
    y = _two_digit_year(g.get("y") or g["fy"], ctx.published)
    if g.get("y2"):
        return _two_years(y, g["y2"])
    period = cal.year(y)
    return Resolution("DATE", period.value, period, "explicit")


def _two_years(y: int, second: str) -> Resolution | None:
    y2 = int(second) if len(second) == 4 else y // 100 * 100 + int(second)
    if y2 != y + 1:
        return None  # "2024/7", "2019-21": not a season or fiscal year written over two years
    first, last = cal.year(y), cal.year(y2)
    return Resolution("DATE", first.value, Period(first.value, first.start, last.end, "year"), "explicit")


def r_split_year(c: Candidate, ctx: Context) -> Resolution | None:
    """"the 2025/26 season", "2025-26": a season or fiscal year over two calendar years. TIMEX3 has no value for
    it, so the value is the first year and the days are both years."""
    return _two_years(int(c.match.group("y")), c.match.group("y2"))
