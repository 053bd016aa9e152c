"""Resolution rules for quarters and halves of a year, as results reports write them: "the third quarter",
"Q3 2024", "last quarter", "the first half of 2024", and the comparisons with a year before ("the year-ago
quarter", "year-earlier profit"), which compare the quarter the text is about.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.timex import calendar as cal
from timeline.timex.calendar import Period
from timeline.timex.candidates import Candidate
from timeline.timex.resolution import Context, Resolution
from timeline.timex.sentences import sentence_bounds
from timeline.timex.tense import is_future
from timeline.timex.words import MONTHS, ORDINALS


def _quarter_in_sentence(ctx: Context, start: int) -> bool:
    """Whether the sentence holding `start` named the last quarter the text named."""
    return ctx.last_quarter is not None and ctx.last_quarter_at >= sentence_bounds(ctx.text, start, start)[0]


def reported_quarter(ctx: Context, start: int) -> Period:
    """The quarter a results report compares at `start`: one its sentence named before, when it had ended by
    publication ("third-quarter net fell ..., compared with year-earlier profit"), else the latest quarter the text
    named that had ended (neither a forecast for "the third quarter of 1990" nor "a flat second quarter" named
    after the third is the one "the year-ago period" compares with), else the last quarter ended."""
    pub = ctx.published
    if ctx.last_quarter is not None and ctx.last_quarter.end < pub and _quarter_in_sentence(ctx, start):
        return ctx.last_quarter
    done = cal.shift(cal.quarter(pub.year, (pub.month - 1) // 3 + 1), "quarter", -1)
    assert done is not None
    return ctx.reported or done


def r_year_ago_adj(c: Candidate, ctx: Context) -> Resolution | None:
    """"year-earlier", "the year-ago period": the period the text is about, a year before: the quarter reported
    when the expression names a period or its sentence names a quarter before it ("third-quarter net fell ...,
    compared with year-earlier profit of"), else the year before publication ("the year-earlier results")."""
    quarterly = c.match.group("noun") or c.text.lower().startswith("quarter") or _quarter_in_sentence(ctx, c.start)
    period = cal.shift(reported_quarter(ctx, c.start), "year", -1) if quarterly else cal.year(ctx.published.year - 1)
    if period is None:
        return None
    return Resolution("DATE", period.value, period, anchor=False)


_OF_SOMETHING = re.compile(r"\s+of\s+(?!the\s+year|this\s+year|fiscal)(?:the\s+|a\s+)?[a-z]")


def _quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


_ENDED = re.compile(r"\s+(?:that\s+)?(?P<verb>ended|ending)\s+(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>[0-3]?\d)\b"
                    r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")


def _quarter_ended(ctx: Context, end: int) -> Period | None:
    """"the quarter ended July 31" (May to July): the calendar quarter holding most of its three months, the one of
    the month before the last; the last such day by publication ("ended") or the nearest one ("ending")."""
    m = _ENDED.match(ctx.text, end)
    month = MONTHS.get(m.group("mon").lower()) if m else None
    if m is None or month is None:
        return None
    pub = ctx.published
    if m.group("y"):
        year = int(m.group("y"))
    elif m.group("verb") == "ended":
        year = pub.year - ((month, int(m.group("day"))) > (pub.month, pub.day))
    else:
        year = pub.year - (month - pub.month > 6) + (pub.month - month > 6)
    before = month - 1 or 12
    return cal.quarter(year - (month == 1), (before - 1) // 3 + 1)


def r_quarter(c: Candidate, ctx: Context) -> Resolution | None:
    """"the third quarter", "third-quarter", "Q3 2024", "last quarter", "the latest quarter"; "the year-ago (third)
    quarter", "the quarter a year ago", "the corresponding period last year": the quarter reported, a year before."""
    g = c.match.groupdict()
    if g.get("h"):  # "H1 2026": a half year
        period = cal.half(int(g["hy"]), int(g["h"][1]))
        return Resolution("DATE", period.value, period, "explicit")
    word = (g.get("ord") or "").lower().strip("- ")
    q_code = g.get("q")
    year_before = bool(g.get("ago") or g.get("ago2"))  # "the year-ago quarter", "the quarter a year ago"
    if not word and not q_code and not g.get("y") and not year_before and not g.get("ry") \
            and not c.text.lower().startswith("the"):
        return None  # "a quarter of the vote"
    if (g.get("noun") or "").lower() == "period" and not g.get("y2") and not year_before and word not in (
            "latest", "comparable", "same"):
        return None  # "the first period" of a match, "the period"
    if not g.get("y") and _OF_SOMETHING.match(ctx.text[c.end: c.end + 30]):
        return None  # "the third quarter of the match"; "the third quarter of $2 million" is a date
    if year_before:
        if word and word not in ORDINALS and word != "final":
            word = ""  # "the comparable year-ago quarter", "the corresponding period last year"
        if word and "last" in (g.get("ago2") or "").lower():  # "the third quarter of last year"
            period = cal.quarter(ctx.published.year - 1, ORDINALS.get(word, 4))
            return Resolution("DATE", period.value, period, anchor=False)
        found = _quarter_named(c, ctx, word, q_code, g) if word else None  # "the year-ago third quarter"
        base = found.period if found is not None and found.period is not None else reported_quarter(ctx, c.start)
        period = cal.shift(base, "year", -1) or base
        return Resolution("DATE", period.value, period, anchor=False)
    return _quarter_named(c, ctx, word, q_code, g)


def _quarter_named(c: Candidate, ctx: Context, word: str, q_code: str | None, g: dict[str, str | None]) \
        -> Resolution | None:
    """The quarter "the third quarter", "Q3 2024", "last quarter", "the quarter", "the latest quarter" names."""
    pub = ctx.published
    cur = cal.quarter(pub.year, _quarter_of(pub))
    q = int(q_code[1]) if q_code else ORDINALS.get(word, 4 if word == "final" else 0)
    year = g.get("y") or g.get("y2")
    ry = (g.get("ry") or "").lower()
    if ry:  # "next year's first quarter", "last year's quarter"
        year = str(pub.year + {"last": -1, "this": 0, "next": 1}[ry])
    if q or (year and not word):
        if not q:  # "the 1988 quarter", "last year's quarter": the quarter reported, in that year
            q = int(reported_quarter(ctx, c.start).value[-1])
        if year:
            period = cal.quarter(int(year), q)
            # "the 1988 third quarter", "last year's quarter" are comparisons, not the quarter the text is about
            compared = bool(g.get("y2")) or ry == "last"
            return Resolution("DATE", period.value, period, "explicit", anchor=not compared)
        # the latest quarter of that number, this year's when it has not begun only if the sentence says so
        y = pub.year if q <= _quarter_of(pub) or is_future(ctx, c.start, c.end) else pub.year - 1
        period = cal.quarter(y, q)
        return Resolution("DATE", period.value, period)
    if word in ("this", "current"):
        period = cur
    elif word == "next":
        period = cal.shift(cur, "quarter", 1) or cur
    elif word in ("last", "previous", "past") and not c.text.lower().startswith("the last"):
        period = cal.shift(cur, "quarter", -1) or cur
    elif ctx.last_quarter is None and (ended := _quarter_ended(ctx, c.end)) is not None:
        period = ended  # "the quarter ended July 31"; after "its fiscal first quarter", that one (its numbering)
    else:  # "the quarter": the one the text is about; "the latest": the last one ended
        done = cal.shift(cur, "quarter", -1) or cur
        period = done if word == "latest" else ctx.last_quarter or done
    return Resolution("DATE", period.value, period)


def r_half(c: Candidate, ctx: Context) -> Resolution | None:
    """"the first half of 2024", "the second half of the year", "the last half of 1989", "the first two quarters of
    1990": a half year (`2024-H1`)."""
    g = c.match.groupdict()
    h = 1 if (g.get("ord") or g["two"]).lower() in ("first", "1st") else 2  # "the last half", "first two quarters"
    pub = ctx.published
    if g.get("y"):
        period = cal.half(int(g["y"]), h)
        return Resolution("DATE", period.value, period, "explicit")
    if "year" not in c.text.lower():
        return None  # "the first half" of a match, a speech ...
    y = pub.year if (h == 1 or pub.month > 6 or is_future(ctx, c.start, c.end)) else pub.year - 1
    period = cal.half(y, h)
    return Resolution("DATE", period.value, period)
