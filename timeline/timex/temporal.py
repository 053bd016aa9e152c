"""Time expressions: find them in text and resolve them against the publication date.

The only module that imports dateparser. What it offers (`TimeSpan`, `find_timexes` and `find_dateline` are in the
library's public interface, `timeline.__all__`):

- `TimeSpan`: one time expression with offsets into the original text and its resolution.
- `find_timexes(text, published)`: every time expression in `text`, in text order.
- `find_dateline(text)`: the publication date a dateline or byline gives, or None; `read_dateline(text)` also
  says which date it came from, or why a date the article prints could not be read (`dateline`).

Candidates come from our own grammar (`grammar`: one pattern per kind of expression, built from the `words`
tables; `candidates` runs them around their trigger words); relative expressions are resolved with our own calendar
arithmetic (`calendar`), and dateparser parses the absolute surface forms (day, month and year written out). Each
grammar rule has a resolution rule (`RESOLVERS`; what it gets and gives is in `resolution`): `dates` (calendar
days, months, years, decades), `days` (weekdays, yesterday, parts of the day, "the next day"), `periods` (last
week, this month, weekends, seasons), `quarters` (quarters, halves, year-ago comparisons), `holidays`, `numeric`
(numbers-only dates, fiscal and two-year spans) and `durations` (durations, sets, shifts, vague references, clock
times). Those that must pick a year or a week ask `tense` which way the sentence points (`sentences` finds it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

import dateparser

from timeline.timex import dates, days, holidays, periods, quarters
from timeline.timex import durations as dur
from timeline.timex import numeric as num
from timeline.timex.calendar import Period
from timeline.timex.candidates import Candidate, candidates
from timeline.timex.dateline import DatelineDate, find_datelines
from timeline.timex.dateline import read_dateline as read_dateline
from timeline.timex.grammar import LIST_SEP
from timeline.timex.resolution import Context, Resolution
from timeline.timex.sentences import sentence_bounds
from timeline.timex.words import MONTHS

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class TimeSpan:
    """One time expression. `start`/`end` are character offsets into the text it was found in.

    `date_start`/`date_end` are inclusive calendar days; both are None when the expression is a set, a
    duration not counted from a known date ("for months"), or could not be resolved with confidence ("unresolved",
    never a guess). A duration counted from a known date keeps the days it leads to or covers ("three days later"
    after "March 3": March 6; "in recent weeks": the weeks before publication), as TimeML anchors durations.
    `dateline` is True for the date of a dateline or byline (the publication date, not an event date).
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str  # TIMEX3 value: 2025-10-15, 2025-W42, 2025-FA, P3D, PAST_REF ...
    date_start: date | None
    date_end: date | None
    precision: str | None  # day, week, month, season, quarter, year, decade
    basis: str  # explicit, relative
    dateline: bool = False

    @property
    def resolved(self) -> bool:
        return self.date_start is not None and self.date_end is not None


@lru_cache(maxsize=1)
def _parser() -> dateparser.DateDataParser:
    """The one reused parser (building one costs far more than parsing). It only ever sees absolute surface
    forms with day, month and year, so no RELATIVE_BASE is needed and one parser serves every article."""
    return dateparser.DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                  "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "MDY"},
    )


@lru_cache(maxsize=4096)
def parse_absolute(surface: str) -> date | None:
    """A full date written out ("Aug. 4, 2023", "14 March 2024", "2024-03-14", "3/14/2024"), or None."""
    parsed = _parser().get_date_data(surface)
    return parsed.date_obj.date() if parsed.date_obj is not None else None


def find_dateline(text: str) -> date | None:
    """The publication date the article's datelines and bylines give ("Published: Dec 1, 2025 10:45 am",
    "by Jane Doe, The Hill - 07/09/24 10:05 AM ET", "03.07.2024 15:27", "MOSCOW, Nov. 28, 2021 —"), or None.
    Dates in running prose are never taken; see `timeline.timex.dateline` for what is read."""
    return read_dateline(text).day


Resolver = Callable[[Candidate, Context], Resolution | None]
RESOLVERS: dict[str, Resolver] = {  # grammar rule -> resolution rule
    "mdy": dates.r_calendar_day, "wd_paren": dates.r_calendar_day, "dmy": dates.r_calendar_day,
    "month_year": dates.r_month_year, "month_relyear": dates.r_month_relyear, "in_period": dates.r_in_period,
    "month": dates.r_month, "year": dates.r_year, "spelled_year": dates.r_spelled_year, "century": dates.r_century,
    "year_end": dates.r_year_end, "decade": dates.r_decade,
    "wday": days.r_weekday, "dayword": days.r_dayword, "part_of_day": days.r_part_of_day,
    "this_part": days.r_this_part, "anaphor_day": days.r_anaphor_day, "day_count": days.r_day_count,
    "then": days.r_then,
    "rel_period": periods.r_rel_period, "elided_last": periods.r_elided_last, "weekend": periods.r_weekend,
    "season": periods.r_season,
    "week_of": periods.r_week_of,
    "quarter": quarters.r_quarter, "qcode": quarters.r_quarter, "half": quarters.r_half,
    "year_ago_adj": quarters.r_year_ago_adj,
    "holiday": holidays.r_holiday,
    "iso": num.r_iso, "numeric": num.r_iso, "dotted": num.r_dotted, "fiscal": num.r_fiscal,
    "split_year": num.r_split_year, "numeric_md": num.r_numeric_md, "day_range": num.r_day_range,
    "ordinal_day": num.r_ordinal_day,
    "shift": dur.r_shift, "ago_vague": dur.r_ago_vague, "vague_shift": dur.r_vague_shift, "recent": dur.r_recent,
    "duration": dur.r_duration, "bare_duration": dur.r_bare_duration, "adj_duration": dur.r_adj_duration,
    "around_event": dur.r_around_event, "overnight": dur.r_overnight, "set": dur.r_set, "ref": dur.r_ref,
    "clock": dur.r_clock,
}
_DAY_BEFORE_AFTER = re.compile(r"(?i:the)[\s\u00a0\u202f]+day[\s\u00a0\u202f]+(before|after)[\s\u00a0\u202f]+")
_DAY_AFTER_CLOCK = re.compile(r"[\s\u00a0\u202f,]*(?:on)?[\s\u00a0\u202f]*")
_CLOCK_JOIN = re.compile(r"[\s\u00a0\u202f,]*(?:(?:at|around|about|from|by|shortly|just|after|before|until|till)"
                         r"[\s\u00a0\u202f]+){0,2}")


def _clock_on_day(prev: TimeSpan, cand: Candidate, got: Resolution, text: str) -> Resolution:
    """"Friday at 3 p.m.", "Oct. 3, 10:45 am": a clock time right after a day is a TIME on that day."""
    if prev.precision != "day" or prev.date_start is None or not _CLOCK_JOIN.fullmatch(text[prev.end: cand.start]):
        return got
    clock = got.value.split("T", 1)[1]
    return Resolution("TIME", f"{prev.date_start.isoformat()}T{clock}", Period(
        prev.date_start.isoformat(), prev.date_start, prev.date_start, "day"), prev.basis)


_RANGE_JOIN = re.compile(r"[\s\u00a0\u202f]*(?:-|–|—|to|through|until|till|and)[\s\u00a0\u202f]*")


def _in_year(span: TimeSpan, y: int) -> TimeSpan | None:
    """`span` (a day or a month, maybe a part of it) moved to year `y`; None when that day does not exist."""
    if span.date_start is None or span.date_end is None:
        return None
    shift = y - span.date_start.year
    try:
        start = span.date_start.replace(year=span.date_start.year + shift)
        end = span.date_end.replace(year=span.date_end.year + shift)
    except ValueError:  # February 29
        return None
    return replace(span, value=f"{y:04d}{span.value[4:]}", date_start=start, date_end=end)


def _rangeable(span: TimeSpan) -> bool:
    return span.type == "DATE" and span.precision in ("day", "month") and span.date_start is not None \
        and span.value[:4].isdigit() and not span.dateline


def _ranges(spans: list[TimeSpan], text: str) -> list[TimeSpan]:
    """The two ends of a range agree on the year: "between March and May 2024" (March of 2024), "from Dec. 28 to
    Jan. 3, 2025" (Dec. 28, 2024), "Dec. 31-Jan. 1" (the second end after the first)."""
    out = list(spans)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (_rangeable(a) and _rangeable(b) and a.precision == b.precision
                and _RANGE_JOIN.fullmatch(text[a.end: b.start])):
            continue
        if text[a.end: b.start].strip() == "and" and not re.search(r"(?i)\bbetween[\s\u00a0\u202f]+$",
                                                                 text[max(0, a.start - 12): a.start]):
            continue
        assert a.date_start is not None and b.date_start is not None
        a_key, b_key = (a.date_start.month, a.date_start.day), (b.date_start.month, b.date_start.day)
        if a.basis == "relative" and b.basis == "explicit":
            moved = _in_year(a, b.date_start.year - (1 if a_key > b_key else 0))
            out[i] = moved or a
        elif (a.basis == "explicit" and b.basis == "relative") or b.date_start < a.date_start:
            moved = _in_year(b, a.date_start.year + (1 if b_key < a_key else 0))
            out[i + 1] = moved or b
    return out


_SP = r"[\s\u00a0\u202f]"
_LISTED_DAY = rf"(?P<x>(?:(?i:the){_SP}+)?(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)"
_MONTH_NAME = rf"(?i:{'|'.join(MONTHS)})\b"
_NEXT_DAY = re.compile(rf"{LIST_SEP}{_LISTED_DAY}(?![\w%]|[.,:/]\d|(?:{_SP}+of)?{_SP}+{_MONTH_NAME})")
_PREV_DAY = re.compile(rf"(?<![\w$£€.,-]){_LISTED_DAY}{LIST_SEP}$")
_COUNTED_AFTER = re.compile(rf"{_SP}*(?:%|percent|per{_SP}+cent)|{_SP}+(?!(?:a|i|ha|wa|thi|hi|it|u|plu|thu)s\b)"
                            r"[a-z]+s\b")  # "April 24 and 25 percent", "... 25 years"
_YEAR_AFTER = re.compile(rf",?{_SP}+(?P<y>(?:1[6-9]|20)\d\d)(?![\w%]|[.,]\d)")
# "April 24", "Monday, Sept. 24", "the 14th" (of the month named before)
_MONTH_THEN_DAY = re.compile(rf"(?:.*\b{_MONTH_NAME}\.?|(?i:the)){_SP}+\d{{1,2}}(?:st|nd|rd|th)?")
_DAY_THEN_MONTH = re.compile(rf"(?:(?i:the){_SP}+)?\d{{1,2}}(?:st|nd|rd|th)?(?:{_SP}+of)?{_SP}+{_MONTH_NAME}")


def _day_like(host: TimeSpan, m: re.Match[str], text: str) -> TimeSpan | None:
    """The day numbered by `m` in the month and year of `host`, as its own expression."""
    assert host.date_start is not None
    try:
        d = host.date_start.replace(day=int(m.group("d")))
    except ValueError:
        return None
    start, end = m.span("x")
    return TimeSpan(start, end, text[start:end], "DATE", d.isoformat(), d, d, "day", host.basis)


def _listed_days(spans: list[TimeSpan], text: str) -> None:
    """The days listed with the last span, each its own expression as TimeML writes them ("April 24 and 25": "April
    24" and "25"), put in `spans`: numbers after a month and day take its month and year ("April 24, 25 and 26";
    "April 24 and 25, 1999": all of 1999), numbers before a day and month too ("the 3rd and 4th of May", "3 and 4
    May", replacing "the 3rd" read alone); each listed day is later than the one before it."""
    host = spans[-1]
    if host.type != "DATE" or host.precision != "day" or host.date_start is None or not host.value[:4].isdigit() \
            or host.dateline:
        return
    listed = [host]
    if _MONTH_THEN_DAY.fullmatch(host.text):
        at, closed = host.end, host.end
        while (m := _NEXT_DAY.match(text, at)) and int(m.group("d")) > int(listed[-1].value[8:]) \
                and not _COUNTED_AFTER.match(text, m.end()) and (day := _day_like(host, m, text)) is not None:
            listed.append(day)
            at = m.end()
            if re.search(r"\b(?:and|or)\b|&", text[m.start(): m.start("x")]):
                closed = at
        while listed[-1].end > closed:  # a list closes with "and" or "or": not "On April 24, 30 were killed"
            listed.pop()
        year = _YEAR_AFTER.match(text, listed[-1].end)
        if len(listed) > 1 and year and host.basis == "relative":  # "April 24 and 25, 1999"
            moved = [_in_year(s, int(year.group("y"))) for s in listed]
            if all(moved):
                listed = [replace(s, basis="explicit") for s in moved if s is not None]
                listed[-1] = replace(listed[-1], end=year.end(), text=text[listed[-1].start: year.end()])
        spans[-1:] = listed
    elif _DAY_THEN_MONTH.match(host.text) and re.search(r"(?:\band|\bor|&)[\s\u00a0\u202f]+$",
                                                        text[max(0, host.start - 6): host.start]):
        while (m := _PREV_DAY.search(text, max(0, listed[0].start - 40), listed[0].start)) \
                and int(m.group("d")) < int(listed[0].value[8:]) and (day := _day_like(host, m, text)) is not None:
            listed.insert(0, day)
        spans[:] = [s for s in spans[:-1] if s.end <= listed[0].start] + listed


def find_timexes(text: str, published: date, *, anchor: date | None = None,
                 future: bool | None = None) -> list[TimeSpan]:
    """Every time expression in `text`, in text order, resolved against `published` (the document date).

    `anchor` is the day anaphora ("the next day", "two days later") count from until the text names a day
    itself (default: none, so they stay unresolved). `future` forces the reading of expressions whose
    direction is open ("on Friday", "January 5"): True for the next one, False for the last one; None reads
    it from the words around the expression ("will", "is set to", "takes effect" ...).
    """
    datelines = find_datelines(text)
    regions = [d.region for d in datelines]
    ctx = Context(text, published, parse_absolute, anchor, future)
    spans: list[TimeSpan] = []
    found = candidates(text)
    ctx.expressions = [(c.start, c.end) for c in found]
    for cand in found:
        try:
            got = RESOLVERS[cand.rule](cand, ctx)
        except (ValueError, OverflowError):  # a day outside the calendar ("200,000 years ago")
            got = None
        if got is None:
            continue
        if cand.rule == "clock" and spans:
            got = _clock_on_day(spans[-1], cand, got, text)
        elif spans and spans[-1].type == "TIME" and not spans[-1].resolved and got.period is not None \
                and got.period.precision == "day" and _DAY_AFTER_CLOCK.fullmatch(text[spans[-1].end: cand.start]):
            clock = spans[-1]  # "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "midnight Friday": one TIME
            got = Resolution("TIME", got.value.split("T")[0] + "T" + clock.value.split("T", 1)[1], got.period,
                             got.basis)
            cand = Candidate(clock.start, cand.end, cand.rule, cand.match, cand.priority)
            spans.pop()
        if spans and cand.start < spans[-1].end:
            continue  # inside a day listed with the one before ("April 24 and the 25th")
        if spans and got.period is not None and got.period.precision == "day" and got.value[:4].isdigit() \
                and (shift := _DAY_BEFORE_AFTER.fullmatch(text, spans[-1].start, cand.start)):
            # "the day before last Tuesday's hearing", "the day after Christmas": one expression, a day off
            d = got.period.start + timedelta(days=-1 if shift.group(1).lower() == "before" else 1)
            got = Resolution("DATE", d.isoformat(), Period(d.isoformat(), d, d, "day"), got.basis)
            cand = Candidate(spans.pop().start, cand.end, cand.rule, cand.match, cand.priority)
        on_dateline = any(s <= cand.start and cand.end <= e for s, e in regions)
        period: Period | None = got.period
        spans.append(TimeSpan(
            cand.start, cand.end, cand.text, got.type, got.value,
            period.start if period else None, period.end if period else None,
            period.precision if period else None, got.basis, on_dateline,
        ))
        _listed_days(spans, text)
        # "now", "in recent weeks", comparisons ("a year earlier") are no reference dates; "two days later" is one
        if period is not None and got.anchor and not on_dateline and not got.value.endswith("_REF"):
            last = spans[-1]
            ctx.mentioned(period if last.date_start is None or last.date_start == period.start
                          else Period(last.value, last.date_start, last.date_start, "day"), cand.start)
    return _clock_days(_with_datelines(_ranges(spans, text), datelines), text, published)


def _names_day(span: TimeSpan, dateline: bool) -> bool:
    """Whether `span` names one day (or a night) a clock time can take: a dateline's for a dateline's time only."""
    return span.precision == "day" and span.date_start is not None and span.value[:4].isdigit() \
        and span.dateline == dateline and (span.date_start == span.date_end or span.value.endswith("TNI"))


def _clock_days(spans: list[TimeSpan], text: str, published: date) -> list[TimeSpan]:
    """A clock time written without its day ("at 2:10 am", "0600 GMT") is on the day its sentence names before it
    ("On Monday, ... at 2:10 am"; the morning after a night: "overnight ... at 2 am"), else on the publication day
    (a day named after it is another event's: "13:05 GMT — Ukraine says its drones struck overnight"; one written
    right after it is joined to it: "10:45 p.m. local time on July 2"). Left open in a sentence that states a
    recurrence ("every day at 9 pm")."""
    out = list(spans)
    for i, span in enumerate(out):
        if span.type != "TIME" or not span.value.startswith("XXXX-XX-XXT"):
            continue
        low, high = sentence_bounds(text, span.start, span.end)
        around = [s for s in spans if low <= s.start and s.end <= high and s is not span]  # as written, not as moved
        if any(s.type == "SET" for s in around):
            continue
        named = next((s for s in reversed(around) if s.end <= span.start and _names_day(s, span.dateline)), None)
        if span.dateline and named is None:
            continue  # a byline's time goes with the byline's date, or stays open
        clock = span.value.split("T", 1)[1]
        day = named.date_start if named is not None and named.date_start is not None else published
        if named is not None and named.value.endswith("TNI") and clock[:2].isdigit() and int(clock[:2]) < 12:
            day += timedelta(days=1)
        out[i] = replace(span, value=f"{day.isoformat()}T{clock}", date_start=day, date_end=day, precision="day")
    return out


def _with_datelines(spans: list[TimeSpan], datelines: list[DatelineDate]) -> list[TimeSpan]:
    """`spans` with the dateline dates the grammar does not read ("07/09/24", "2024.03.07"), flagged as datelines."""
    extra = [TimeSpan(d.start, d.end, d.text, "DATE", d.day.isoformat(), d.day, d.day, "day", "explicit", True)
             for d in datelines if d.day is not None and not any(s.start < d.end and d.start < s.end for s in spans)]
    return sorted(spans + extra, key=lambda s: s.start) if extra else spans
