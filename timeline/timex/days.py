"""Resolution rules for days relative to the publication date or to the last day the text named: weekdays
("said Tuesday", "next Friday"), "yesterday", "tonight", parts of the day ("in the morning", "this evening") and
anaphora ("the next day", "that night", "until then").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.timex import calendar as cal
from timeline.timex.candidates import Candidate
from timeline.timex.grammar import LIST_SEP, PART, S
from timeline.timex.resolution import Context, Resolution
from timeline.timex.sentences import sentence_start
from timeline.timex.tense import is_deadline, is_future
from timeline.timex.words import PART_CODES, WEEKDAYS

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


def r_day_count(c: Candidate, ctx: Context) -> Resolution | None:
    """"Today is the eighth day of the strike", "it's the second day of an offensive": the day counted is the day
    of writing, the publication day."""
    return Resolution("DATE", ctx.published.isoformat(), cal.day(ctx.published))


def r_then(c: Candidate, ctx: Context) -> Resolution | None:
    """"Until then", "by then": the date or period the text last named ("... will terminate on Nov. 30. Until then,
    the stock remains convertible": Nov. 30); no expression when it named none ("then" is an event's time)."""
    last = ctx.last
    if last is None or not last.value[:4].isdigit():
        return None
    return Resolution("DATE", last.value, last, anchor=False)
