"""Resolution rules for expressions relative to the publication date or to the last date the text named:
weekdays, "last/this/next week", seasons, quarters, "yesterday", "two days later", durations, sets and
the vague references (PRESENT_REF, PAST_REF, FUTURE_REF).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.timex import calendar as cal
from timeline.timex.calendar import Period
from timeline.timex.grammar import LIST_SEP, ORDINALS, PART, PART_CODES, SEASONS, WEEKDAYS, Candidate, S
from timeline.timex.rules import (
    UPCOMING_DAYS,
    Context,
    Resolution,
    is_deadline,
    is_future,
    r_calendar_day,
    reported_quarter,
    sentence_start,
    tense,
    year_in,
)

_NAMED_DAYS = re.compile(r"(?:Black|Good|Bloody|Super|Ash|Cyber|Easter|Holy|Palm|Maundy|Giving|Green|Blue)"
                         r"[\s\u00a0\u202f]+$")


def _weekday_near(pub: date, wd: int, *, forward: bool, strict: bool = False) -> date:
    """The nearest day with weekday `wd` on or before `pub` (or on or after it, when `forward`);
    `strict` leaves out `pub` itself."""
    if forward:
        delta = (wd - pub.weekday()) % 7
        if delta == 0 and strict:
            delta = 7
        return pub + timedelta(days=delta)
    delta = (pub.weekday() - wd) % 7
    if delta == 0 and strict:
        delta = 7
    return pub - timedelta(days=delta)


def _with_part(d: date, part: str | None, basis: str = "relative") -> Resolution:
    if part:
        return Resolution("TIME", d.isoformat() + "T" + PART_CODES[part.lower()], cal.day(d), basis)
    return Resolution("DATE", d.isoformat(), cal.day(d), basis)


_AHEAD_OF = re.compile(r"(?i)\b(?:ahead\s+of|for|until|till|await|awaits|awaiting|into|towards?)"
                       r"[\s\u00a0\u202f]+$")
_NEAR_FUTURE = re.compile(r"(?i)\b(?:will|['’]ll|to\s+be|is\s+to|are\s+to|due|set\s+to|expected\s+to)\b")


def _possessive_ahead(ctx: Context, start: int) -> bool:
    """A weekday in the possessive names an event ("Wednesday's ruling"): the last one, as the verbs around it
    belong to the main clause ("would look for ways around Wednesday's ruling"); the coming one (or the publication
    day) after "ahead of", "for", "until" ... or right after "will" ("will vote in Sunday's election")."""
    before = ctx.text[max(0, start - 30): start]
    return bool(_AHEAD_OF.search(before)) or bool(_NEAR_FUTURE.search(before[-25:]))


_SHARED_PLURAL = re.compile(r"[\s\u00a0\u202f]+(?:and|or)[\s\u00a0\u202f]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday)[\s\u00a0\u202f]+(morning|afternoon|evening|night)s\b", re.IGNORECASE)


_WD_NAMES = rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:{S}(?i:{PART}))?"
_WD_SEP = rf"{LIST_SEP}(?:on{S})?"
_WD_NEXT = re.compile(_WD_SEP + _WD_NAMES + r"\b")
_WD_PREV = re.compile(r"\b" + _WD_NAMES + _WD_SEP + "$")


def _weekday_list(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The extent of the weekdays listed with the one at start..end ("on Monday and Tuesday", "Friday, Saturday or
    Sunday"): one tense serves them all ("On Monday and Tuesday, the league plans to ...")."""
    while m := _WD_NEXT.match(ctx.text, end):
        end = m.end()
    while m := _WD_PREV.search(ctx.text, max(0, start - 40), start):
        start = m.start()
    return start, end


def r_weekday(c: Candidate, ctx: Context) -> Resolution | None:
    """A weekday against the publication date: by default the last one up to and including that day ("said
    Tuesday" in a Tuesday article is that Tuesday); "this" = the one in the same ISO week; "next" = the first
    after; forward when the sentence points forward. dateparser gets these wrong on the publication day itself
    (scrapinghub/dateparser#508, #1196) and near month and year ends (#1249, #1262), hence our own arithmetic."""
    g = c.match.groupdict()
    if _NAMED_DAYS.search(ctx.text[max(0, c.start - 12): c.start]):
        return None  # "Black Friday", "Super Tuesday": names, not dates
    wd = WEEKDAYS[g["wd"].lower().rstrip(".")]
    rel = " ".join((g.get("rel") or "").lower().split())
    shared = _SHARED_PLURAL.match(ctx.text, c.end)
    if shared and not rel and not g.get("part"):  # "on Monday and Tuesday nights": every Monday night
        return Resolution("SET", f"XXXX-WXX-{wd + 1}T{PART_CODES[shared.group(1).lower()]}", None)
    pub = ctx.published
    anchor = ctx.last_day
    if rel in ("the previous", "the following", "that") and anchor is not None:
        if rel == "that":
            d = anchor - timedelta(days=anchor.weekday() - wd)
        else:
            d = _weekday_near(anchor, wd, forward=rel == "the following", strict=True)
    elif rel in ("last", "past", "the previous"):
        d = _weekday_near(pub, wd, forward=False, strict=True)
    elif rel in ("next", "coming", "the following"):
        d = _weekday_near(pub, wd, forward=True, strict=True)
    elif rel == "this":
        d = pub - timedelta(days=pub.weekday() - wd)
    else:  # forward: the next one after today ("closes Monday" written on a Monday means next week's)
        if re.match(r"['’]s\b", ctx.text[c.end: c.end + 3]):  # "get around Wednesday's ruling", "ahead of Sunday's"
            d = _weekday_near(pub, wd, forward=_possessive_ahead(ctx, c.start))  # the publication day itself included
        else:
            # forward in a sentence that points ahead or names a deadline ("until 9 a.m. Tuesday")
            first, last = _weekday_list(ctx, c.start, c.end)
            forward = is_future(ctx, first, last) or is_deadline(ctx, c.start, c.end, weekday=True)
            d = _weekday_near(pub, wd, forward=forward)  # the publication's own weekday is that day
    return _with_part(d, g.get("part"))


_GENERIC_TODAY = re.compile(r"['’]s[\s\u00a0\u202f]+(?:[a-z]+[\s\u00a0\u202f]+)?(?:world|youth|society|generation|"
                            r"children|kids|young|economy|standards|technology|computers|culture|politics|age|"
                            r"environment|army|military|warfare)\b")


_OF_AN_AGE = re.compile(r"\b(?!as\b)[a-z]+[\s\u00a0\u202f]+of[\s\u00a0\u202f]+$")


def r_dayword(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.match.groupdict()
    word = " ".join(g["word"].lower().split())
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2}[word]
    if word == "today" and _GENERIC_TODAY.match(ctx.text[c.end: c.end + 30]):
        return None  # "today's world", "today's youth": the present age, not a day
    if word in ("today", "tomorrow") and not g.get("part") and not re.match(r"['’]s\b", ctx.text[c.end: c.end + 2]) \
            and _OF_AN_AGE.search(ctx.text, max(0, c.start - 20), c.start):
        return None  # "the people of tomorrow", "the world of today": an age, not a day ("as of today" is one)
    if g["word"] == "Today" and not sentence_start(ctx.text, c.start) and ctx.text[c.start - 2: c.start - 1].isalpha():
        return None  # "This is VOA Today", NBC's "Today": a programme's name, capitalised inside a sentence
    d = ctx.published + timedelta(days=offset)
    part = g.get("part") or ("night" if word == "tonight" else None)
    return _with_part(d, part)


_DAY_NEXT = re.compile(r"[\s\u00a0\u202f,]+(?:on[\s\u00a0\u202f]+)?(?:yesterday|today|tomorrow|Monday|Tuesday|"
                       r"Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def r_part_of_day(c: Candidate, ctx: Context) -> Resolution | None:
    """"in the morning", "by mid-afternoon", "at 4 in the morning": a part of the day the text last named (the
    publication day when it named none); a clock time when an hour is given."""
    g = c.match.groupdict()
    d = ctx.last_day or ctx.published
    if _DAY_NEXT.match(ctx.text, c.end):  # "mid-afternoon yesterday": joined to the day that follows
        code = PART_CODES[(g.get("part") or g.get("part2") or "morning").lower()]
        return Resolution("TIME", f"XXXX-XX-XXT{code}", None) if not g.get("h") else None
    if g.get("h"):
        hour, part = int(g["h"]), g["pd"].lower()
        if part in ("afternoon", "evening") or (part == "night" and 6 <= hour < 12):
            hour = hour % 12 + 12
        return Resolution("TIME", f"{d.isoformat()}T{hour:02d}:{g.get('mi') or '00'}", cal.day(d), anchor=False)
    return Resolution("TIME", f"{d.isoformat()}T{PART_CODES[(g.get('part') or g['part2']).lower()]}", cal.day(d),
                      anchor=False)


def r_this_part(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.match.groupdict()
    rel = g["rel"].lower()
    d = ctx.published - timedelta(days=1) if rel == "last" else ctx.published
    if rel == "last" and g["part"].lower() not in ("night", "evening"):
        return None  # "last morning" is not idiomatic; leave it to other rules
    return _with_part(d, g["part"])


def r_anaphor_day(c: Candidate, ctx: Context) -> Resolution | None:
    """"the previous day", "the day before", "the next day", "that (same) day", "the next morning", "that night": the
    day the text last named, or the one before or after it."""
    phrase = " ".join(c.match.group("phrase").lower().split())
    part = phrase.split()[-1] if phrase.split()[-1] not in ("day", "before", "after") else None
    anchor = ctx.last_day
    if anchor is None:
        return Resolution("DATE", "XXXX-XX-XX", None)
    offset = -1 if ("previous" in phrase or "before" in phrase) else 1 if (
        "next" in phrase or "following" in phrase or "after" in phrase) else 0
    return _with_part(anchor + timedelta(days=offset), part)


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
_OF_SOMETHING = re.compile(r"\s+of\s+(?!the\s+year|this\s+year|fiscal)(?:the\s+|a\s+)?[a-z]")


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


def _quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


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


def r_week_of(c: Candidate, ctx: Context) -> Resolution | None:
    """"the week of March 6": the ISO week holding that day."""
    found = r_calendar_day(c, ctx)
    if found is None or found.period is None:
        return None
    period = cal.week(found.period.start)
    return Resolution("DATE", period.value, period, found.basis)


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
