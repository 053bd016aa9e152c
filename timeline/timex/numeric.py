"""Resolution rules for numbers-only dates and years written over two: "3/4", "3/4/2024" (their order taken
from the article's own dates), "fiscal 2024", "FY2026", "FY2025/26", "the 2025/26 season"; days given by their
number alone ("the 3rd of this month", "on the 14th"), ranges of days ("25-26 March") and nights ("the night of
25–26 March"; "the night of Oct. 23" stays the date "Oct. 23", as TimeML annotates it)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from timeline.timex import calendar as cal
from timeline.timex.calendar import Period
from timeline.timex.candidates import Candidate
from timeline.timex.dates import month_number, pick_year
from timeline.timex.resolution import Context, Resolution
from timeline.timex.sentences import word_before
from timeline.timex.tense import is_future

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


_VERSION_WORDS = frozenset({"version", "v", "ver", "release", "build", "firmware", "update", "patch", "software"})


def r_dotted(c: Candidate, ctx: Context) -> Resolution | None:
    """"03.07.2024" is 3 July 2024 (day first, as every country that writes dates with dots does) and "2024.03.07"
    is 7 March 2024; refused when no such day exists or after "version". Not left to dateparser: its one DATE_ORDER
    (MDY here, for US numeric dates) would read the dotted form month first, and a year-first date under a
    day-first order is read year-day-month (scrapinghub/dateparser#1199)."""
    g = c.match.groupdict()
    if word_before(ctx.text, c.start).lower() in _VERSION_WORDS:
        return None  # "version 1.2.2024": a software version, not a day
    try:
        found = date(int(g["y"]), int(g["m"]), int(g["d"])) if g.get("y") else \
            date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
    except ValueError:
        return None
    return Resolution("DATE", found.isoformat(), cal.day(found), "explicit")


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


def _day_of(g: dict[str, str | None], ctx: Context, start: int, end: int, day_key: str, mon_key: str) -> date | None:
    """The day of a "D Month [Year]" / "Month D [Year]" form (the year picked as for "March 25" when not given)."""
    mon, day = g.get(mon_key), g.get(day_key)
    if not mon or not day:
        return None
    m, d = month_number(mon), int(re.match(r"\d+", day).group())  # type: ignore[union-attr]
    if g.get("y"):
        try:
            return date(int(g["y"] or 0), m, d)
        except ValueError:
            return None
    return pick_year(ctx, m, d, start, None, end)


def _night(day: date, basis: str) -> Resolution:
    return Resolution("TIME", f"{day.isoformat()}TNI", Period(f"{day.isoformat()}TNI", day, day + timedelta(days=1),
                                                               "day"), basis)


def r_day_range(c: Candidate, ctx: Context) -> Resolution | None:
    """"25-26 March", "March 25–26, 2026": the days from the first to the second (its value the month holding them);
    "the night of 25–26 March" is the night of the 25th, over the 25th and the 26th. Refused when the first
    number is not before the second ("10-5 March" is a score, not a range)."""
    g = c.match.groupdict()
    last = _day_of(g, ctx, c.start, c.end, "day", "mon") or _day_of(g, ctx, c.start, c.end, "day2", "mon2")
    first_raw = g.get("d1") or g.get("d2")
    if last is None or not first_raw:
        return None
    d1 = int(re.match(r"\d+", first_raw).group())  # type: ignore[union-attr]
    if not 1 <= d1 < last.day:
        return None
    first = last.replace(day=d1)
    basis = "explicit" if g.get("y") else "relative"
    if g.get("night"):
        if (last - first).days != 1:
            return None
        return _night(first, basis)
    month = cal.month(first.year, first.month)
    return Resolution("DATE", month.value, Period(month.value, first, last, "day"), basis)


def r_ordinal_day(c: Candidate, ctx: Context) -> Resolution | None:
    """"the 3rd of this month", "the 3rd of last month", "on the 14th": a day of the publication month (or the
    month before or after it), or of the month the text last named. A bare "the 14th" counts only after a
    preposition and before punctuation or a clause ("the 14th round", "the 11th Circuit" are no dates); without
    a month named, it is the last such day up to the publication date (the next one when the sentence points
    forward)."""
    g = c.match.groupdict()
    d = int(g["day"])
    rel = " ".join((g.get("rel") or "").lower().split())
    pub = ctx.published
    last = ctx.last if ctx.last is not None and ctx.last.precision in ("day", "week", "month") \
        and ctx.last.value[:4].isdigit() else None
    if rel in ("this", "last", "next"):
        y, m = cal.add_months(pub.year, pub.month, {"this": 0, "last": -1, "next": 1}[rel])
    elif rel:
        if last is None:
            return Resolution("DATE", "XXXX-XX-XX", None)
        y, m = cal.add_months(last.start.year, last.start.month,
                              {"the following": 1, "the previous": -1}.get(rel, 0))
    elif not g.get("prep") or g.get("after") is None:
        return None
    elif last is not None:
        y, m = last.start.year, last.start.month
    else:
        y, m = pub.year, pub.month
        if is_future(ctx, c.start, c.end):
            if d < pub.day:
                y, m = cal.add_months(y, m, 1)
        elif d > pub.day:
            y, m = cal.add_months(y, m, -1)
    if d > calendar.monthrange(y, m)[1]:
        return None
    day = date(y, m, d)
    return Resolution("DATE", day.isoformat(), cal.day(day))
