"""Datelines and bylines: the publication date an article prints about itself.

What counts (each a class of line, not a site's layout):

- a labelled date: "Published: Dec 1, 2025 10:45 am", "Posted on 3 March 2024 by ...", "Updated - March 03, 2024
  09:15 am IST", "Last updated: 14 March 2024", "Release Date: March 3, 2024"; the label opens its line, or is
  written with a capital inside a short line ("Jane Doe Published Mar 3, 2024 Updated Mar 3, 2024 09:15am");
- a byline that carries the date: "By Jane Doe | March 3, 2024", "by Jane Doe, The Hill - 07/09/24 10:05 AM ET",
  or a name without "By", perhaps with its outlet: "Jane Doe - The Island Star July 3, 2024 | 12:00am";
- a date that opens a line near the top (perhaps after "On"), alone or followed by a time, a separator, "by ..." or
  "in <section>": "March 3, 2024 at 9:15 a.m. EST", "Monday 9 March 2026 · Live updates", "03.07.2024 15:27",
  "2024-03-03T09:15:00Z", "On February 13, 2025 8:14 pm In News by ...";
- a wire-service dateline: "MOSCOW, Nov. 28, 2021 —", "KYIV, March 3 (Reuters) -", "MOSCOW, March 3. /TASS/." (no
  year: no day);
- a date that closes a header line after a separator or a comma, perhaps with a time and a section after it:
  "Caucasus Morning Brief — 27.03.2026", "Press Statement, Antony J. Blinken, Secretary of State, February 23,
  2024", "KYODO NEWS - Aug 26, 2024 - 15:20 | Japan, World".

Dates are read as "Mar 3, 2024", "Jul.3,2024", "3 March 2024", ISO days and timestamps (a time glued to the year, as
copied pages print it: "July 3, 20242:05 PM GMT+8"), and numbers-only dates: "03.07.2024" and
"2024.03.07" are day-first and year-first (the dotted forms are never US order); "07/09/24" is read by its
evidence: a number over 12, a weekday written with it that agrees with one reading, a US time zone on its line
("10:05 AM ET": month first) or a day-first one ("IST", "CET", "BST"), else the order of the article's own
dates. With none of these, the date stays unread (`readings` holds both days) rather than guessed.

Which date is the publication date: a labelled publication date first, then bylines, dates that open a
line and wire datelines, then dates that close a header line, and an update date only when nothing else is
given; the earliest date of the first of these groups that holds one (an article is updated after it is
published, never before). Dates in running prose are never taken: apart from the strong labels ("Published",
"Updated", "Posted", "Last modified"), which count on any line they open, only the header (the lines before the
first paragraph of prose, and that paragraph's opening dateline) is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from timeline.timex.words import DAY_FIRST_ZONES, MONTHS, US_ZONES, WEEKDAYS, ZONES

_SP = r"[ \t\u00a0\u202f]"
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# Full dates only (a year is required): a dateline without its year gives no day.
_DATE = re.compile(
    rf"""(?<![\w./-])(?=[0-9adfjmnosADFJMNOS])(?:
      (?P<mon1>{_MON})(?:\.{_SP}*|{_SP}+)(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?(?:,{_SP}*|{_SP}+)(?P<y1>\d{{4}})
     |(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?{_SP}+(?:of{_SP}+)?(?P<mon2>{_MON})\.?,?{_SP}+(?P<y2>\d{{4}})
     |(?P<y3>\d{{4}})(?P<s3>[-/.])(?P<m3>\d{{1,2}})(?P=s3)(?P<d3>\d{{1,2}})
     |(?P<a>\d{{1,2}})(?P<s4>[-/.])(?P<b>\d{{1,2}})(?P=s4)(?P<y4>\d{{4}}|\d\d)
    )(?=T\d|[^\w./-]|[./-](?!\d)|$|(?<=\d{{4}})\d{{1,2}}:\d\d)""",
    re.IGNORECASE | re.VERBOSE)
_ZONES = "|".join(sorted(ZONES, key=len, reverse=True))
_ZONE = rf"(?-i:{_ZONES})(?![A-Za-z])"
_OFFSET = r"(?:[+-]\d{1,2}(?::?\d\d)?)?"  # "GMT+8", "UTC-05:00"
# A clock time as bylines print it: "09:15am", "10:05 AM ET", "09.15 GMT", "at 9:15 a.m. EST", "T09:15:00Z".
_TIME = (rf"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?"
         rf"|(?:(?:at|@){_SP}*)?\d{{1,2}}(?:[:.h]\d\d){{1,2}}(?:{_SP}*[ap]\.?{_SP}?m\.?|{_SP}*Uhr)?"
         rf"(?:{_SP}*\(?{_ZONE}{_OFFSET}\)?)?"
         rf"|(?:(?:at|@){_SP}*)?\d{{1,2}}{_SP}*[ap]\.?{_SP}?m\.?(?:{_SP}*\(?{_ZONE}{_OFFSET}\)?)?)")
_SEP = r"[|·•/—–\-:,]"
_STRONG = rf"(?:(?:first|originally|last){_SP}+)?(?:published|updated|posted|modified|revised)"
_WEAK = (rf"release{_SP}+date|date{_SP}+of{_SP}+publication|publication{_SP}+date|released|date|dated|issued|filed"
         rf"|created")
# "Published in Dawn, May 8th, 2025": the outlet a label names before its date
_IN_OUTLET = rf"(?:{_SP}+in{_SP}+(?-i:(?:The{_SP}+)?[A-Z][\w'’&.-]*(?:{_SP}+[A-Z][\w'’&.-]*){{0,3}}))"
_LABEL = rf"(?P<label>{_STRONG}|{_WEAK})(?:{_SP}+(?:on|at)|{_IN_OUTLET})?"
# What may stand between a label (or a byline) and its date: separators, a time, a weekday.
_GAP = rf"(?:{_SP}|{_SEP}|{_TIME}|(?P<wd>{_WD})\.?(?![a-z]))*"
_LABEL_BEFORE = re.compile(rf"(?i)(?:^|(?<=[^\w]))(?:{_LABEL}){_GAP}$")
_OPENS = re.compile(rf"(?i)^(?:on{_SP}+)?{_GAP}$")  # "On February 13, 2025 8:14 pm In News by ..."
_BYLINE = re.compile(rf"(?i)^{_SP}*by:?{_SP}+(?-i:[A-Z])[^\n]{{1,80}}?(?:{_SP}|{_SEP}){_GAP}$")
# A byline without "By": a name of two or three words, perhaps its outlet after a separator, then the date ("Ana
# Cruz Jul 3, 2024 14:05", "Ana Cruz - The Island Star July 3, 2024 | 12:00am").
_NAME = r"[A-Z][a-z'’-]+"
_NAMED_BYLINE = re.compile(
    rf"^{_SP}*{_NAME}(?:{_SP}+(?:[A-Z]\.|{_NAME})){{1,2}}"
    rf"(?:{_SP}*[-–—,|/]{_SP}*(?:The{_SP}+)?[A-Z][\w.'’&-]*(?:{_SP}+[A-Z][\w.'’&-]*){{0,3}})?{_SP}+{_GAP}$")
_TITLE_END = re.compile(rf"(?:{_SP}(?:[|·•—–]|-)|,){_SP}*(?:(?i:{_WD})\.?,?{_SP}+)?$")
# What may follow a dateline's date on its line: a time, then the line's end, a separator, "by ...", a label, or a
# place closing the line after a comma ("Wednesday 3 July 2024 14:05, UK").
_AFTER_OK = re.compile(
    rf"(?i)^\.?(?:{_SP}|,)*(?:{_TIME}(?:{_SP}|,)*)?(?:$|[|·•/—–\-(]|by\b|in\b|source\b|{_STRONG}\b"
    rf"|(?<=,)(?:{_SP}*(?-i:[A-Z])[\w.'’-]*){{1,3}}{_SP}*$)")
_TITLE_AFTER = re.compile(  # "KYODO NEWS - Aug 26, 2024 - 15:20 | Japan, World": a time, then a section's name
    rf"(?i)^{_SP}*(?:[|·•—–-]{_SP}*)?(?:{_TIME}{_SP}*)?(?:\({_SP}*(?:{_WD})\.?{_SP}*\){_SP}*)?"
    rf"(?:[|·•]{_SP}*(?-i:[A-Z])[\w ,&'’-]{{0,40}})?$")
# Where a lede starts on its dateline's line: after a dash, a sentence of prose ("(EL FASHER) – The RSF ...").
_LEDE_AFTER = re.compile(rf"(?:—|–|--|{_SP}-){_SP}*(?=[A-Z\"“][^\n]{{60}})")
_ZONE_ON_LINE = re.compile(rf"(?<![A-Za-z])(?P<tz>{_ZONES})(?![A-Za-z])")
# Wire-service datelines: "MOSCOW, Nov. 28, 2021 —", "KYIV, Ukraine, March 3, 2022 (Reuters) -", "Jammu, May 8",
# "MOSCOW, March 3. /TASS/."
_PLACE = re.compile(
    rf"^{_SP}*[A-Z][\w.'’-]*(?:{_SP}+[A-Z][\w.'’-]*){{0,3}}(?:,{_SP}*[A-Z][\w.'’-]*(?:{_SP}+[A-Z][\w.'’-]*){{0,3}})?"
    rf",{_SP}*(?P<date>(?i:{_MON})\.?{_SP}+\d{{1,2}}(?:,?{_SP}+\d{{4}})?|\d{{1,2}}{_SP}+(?i:{_MON})\.?(?:,?{_SP}+\d{{4}})?)"
    rf"(?![\w])(?:\.?{_SP}*/[A-Z]{{2,10}}/|{_SP}*(?:\([^()\n]{{1,30}}\){_SP}*)?(?:—|–|--|-|$))",
    re.MULTILINE)
_STRONG_WORDS = ("publish", "updated", "posted", "modified", "revised")
_TWO_DIGITS = re.compile(r"\d\d")
HEADER_LINES = 15  # lines (not counting blank ones) read as the header at most
HEADER_CHARS = 2500
_PROSE = re.compile(r"[a-z,;]{2}[.!?][\"'”’]?\s+[A-Z“\"‘']")  # a sentence ends and another starts on the line
TIERS = (("published",), ("byline", "line", "place"), ("title",), ("updated",))


@dataclass(frozen=True)
class DatelineDate:
    """A date an article prints about itself. `day` is None when the date gives no year ("KYIV, March 3 -") or is
    a numbers-only date whose order nothing settles (`readings` then holds both days). `region` is the stretch of
    text that belongs to the dateline or byline (its time expressions are no event dates)."""

    start: int
    end: int
    text: str
    kind: str  # published, updated, byline, line, place, title
    day: date | None
    region: tuple[int, int]
    readings: tuple[date, ...] = field(default=())


@dataclass(frozen=True)
class Reading:
    """What the datelines say about the publication date: the day (None when unread) and the date it came from,
    or, when no day could be read, the best date that could not be (for the message to the user)."""

    day: date | None
    source: DatelineDate | None

    @property
    def problem(self) -> str:
        """Why a date the article prints could not be read ("" when there is none, or it was read)."""
        s = self.source
        if self.day is not None or s is None:
            return ""
        if s.readings:
            return f"its dateline date {s.text!r} can be read as " + " or ".join(d.isoformat() for d in s.readings)
        return f"its dateline {s.text!r} gives no year"


def _year(raw: str) -> int:
    """A four-digit year, or a two-digit one as POSIX reads it (69-99: 1900s, 00-68: 2000s). Not left to dateparser:
    it picks the century from today's date and cannot be told otherwise (scrapinghub/dateparser#410), and with a
    two-digit year it does not honour DATE_ORDER ("02-23-04" read day first as 2023-04-02, #804)."""
    y = int(raw)
    return y if len(raw) == 4 else y + (1900 if y >= 69 else 2000)


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d) if 1800 <= y <= 2200 else None
    except ValueError:
        return None


Days = tuple[date | None, tuple[date, ...]]  # a date's day (None when unread) and, when unread, its readings


def _numeric(m: re.Match[str], line: str, weekday: int | None, order: str | None) -> Days:
    """(day, readings) of a numbers-only "a/b/y" date; see the module docstring for the evidence used."""
    a, b, y = int(m.group("a")), int(m.group("b")), _year(m.group("y4"))
    dmy, mdy = _day(y, b, a), _day(y, a, b)
    if m.group("s4") == ".":
        return dmy, ()
    options = tuple(dict.fromkeys(d for d in (mdy, dmy) if d is not None))
    if len(options) < 2:
        return (options[0] if options else None), ()
    if weekday is not None:
        agreeing = [d for d in options if d.weekday() == weekday]
        if len(agreeing) == 1:
            return agreeing[0], ()
    zones = {z.group("tz") for z in _ZONE_ON_LINE.finditer(line)}
    if zones & set(US_ZONES) and not zones & set(DAY_FIRST_ZONES):
        return mdy, ()
    if zones & set(DAY_FIRST_ZONES) and not zones & set(US_ZONES):
        return dmy, ()
    if order is not None:
        return (mdy if order == "mdy" else dmy), ()
    return None, options


def _parse(m: re.Match[str], line: str, weekday: int | None, order: str | None) -> Days:
    g = m.groupdict()
    if g["y1"] or g["y2"]:
        mon, d, y = (g["mon1"], g["day1"], g["y1"]) if g["y1"] else (g["mon2"], g["day2"], g["y2"])
        return _day(int(y), MONTHS[mon.lower()], int(d)), ()
    if g["y3"]:
        return _day(int(g["y3"]), int(g["m3"]), int(g["d3"])), ()
    return _numeric(m, line, weekday, order)


def header_end(text: str) -> tuple[int, int]:
    """Where the lead (the first line of running prose) and the header end. The header runs to the end of the second
    line of prose (a standfirst may come before the date; the lead's opening dateline belongs to it), or
    `HEADER_LINES` lines or `HEADER_CHARS` characters."""
    seen, prose, pos, lead = 0, 0, 0, -1
    while pos < len(text):
        stop = text.find("\n", pos)
        line, pos = (text[pos:], len(text)) if stop < 0 else (text[pos: stop + 1], stop + 1)
        if not line.strip():
            continue
        seen += 1
        if len(line) > 100 and _PROSE.search(line):
            prose += 1
            lead = pos if lead < 0 else lead
        if seen >= HEADER_LINES or pos >= HEADER_CHARS or prose >= 2:
            break
    end = min(pos, len(text))
    return (end if lead < 0 else lead), end


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _kind(prefix: str, at_line_start: bool, in_header: bool) -> tuple[str, int | None] | None:
    """The kind of date that follows `prefix` (the text before it on its line, from the line start or the end of
    the previous date), and the weekday written just before it; None when the date is not a dateline's."""
    labelled = _LABEL_BEFORE.search(prefix)
    if labelled is not None:
        label = " ".join(labelled.group("label").lower().split())
        opens = not prefix[: labelled.start()].strip() and at_line_start
        strong = re.fullmatch(_STRONG, label) is not None
        written = labelled.group("label")[0].isupper()
        if (opens or (strong and written)) and (strong or in_header):
            kind = "updated" if re.search(r"updated|modified|revised", label) and not label.startswith("first") \
                else "published"
            return kind, _weekday(labelled.group("wd"))
        return None
    if not in_header:
        return None
    opening = _OPENS.match(prefix)
    if opening is not None:
        return "line", _weekday(opening.group("wd"))
    byline = (_BYLINE.match(prefix) or _NAMED_BYLINE.match(prefix)) if at_line_start else None
    if byline is not None:
        return "byline", _weekday(byline.group("wd"))
    if _TITLE_END.search(prefix):
        return "title", None
    return None


def _weekday(raw: str | None) -> int | None:
    return WEEKDAYS.get(raw.lower().rstrip(".")) if raw else None


def _labelled_lines(text: str) -> set[tuple[int, int]]:
    """(start, end) of the lines that hold a strong label's word (which `_kind` then checks)."""
    low, lines = text.lower(), set()
    for word in _STRONG_WORDS:
        at = low.find(word)
        while at >= 0:
            bounds = _line_bounds(text, at)
            lines.add(bounds)
            at = low.find(word, bounds[1])
    return lines


def find_datelines(text: str) -> list[DatelineDate]:
    """Every date the article prints about itself, in text order (see the module docstring)."""
    lead, head = header_end(text)
    found: list[DatelineDate] = []
    order: list[str | None] = []  # the article's own order of numeric dates, computed once when needed

    def article_order() -> str | None:
        if not order:
            from timeline.timex.numeric import numeric_order
            order.append(numeric_order(text))
        return order[0]

    for match in _PLACE.finditer(text, 0, head):
        raw = match.group("date")
        full = _DATE.fullmatch(raw)
        day = _parse(full, raw, None, None)[0] if full else None
        found.append(DatelineDate(match.start("date"), match.end("date"), raw, "place", day,
                                  (match.start(), match.end())))
    lines = _labelled_lines(text)
    pos = 0
    while pos < head:
        bounds = _line_bounds(text, pos)
        lines.add(bounds)
        pos = bounds[1] + 1
    for line_start, line_end in sorted(lines):
        line = text[line_start: line_end]
        if len(line) > 400 or not _TWO_DIGITS.search(line):
            continue  # every full date has a year
        in_header = line_start < head
        seg = 0
        for m in _DATE.finditer(line, 0, 240):  # a dateline's date comes early in its line
            kind = _kind(line[seg: m.start()], seg == 0, in_header)
            after = line[m.end():]
            seg = m.end()
            if kind is None or any(f.start <= line_start + m.start() < f.end for f in found):
                continue
            name, weekday = kind
            if name in ("line", "byline") and not _AFTER_OK.match(after):
                continue
            if (name == "title" or (name == "line" and line_start >= lead)) and not _TITLE_AFTER.match(after):
                continue  # after the lead, only a date alone on its line ("Feb. 11, 2026" under a standfirst)
            day, readings = _parse(m, line, weekday, article_order() if m.group("a") else None)
            if day is None and not readings:
                continue
            region = (line_start, line_end) if name != "title" else (line_start + m.start(), line_end)
            lede = _LEDE_AFTER.search(after) if name == "line" else None
            if lede is not None:  # "August 12, 2025 (EL FASHER) – The RSF launched ... on Sunday": the lede's own
                region = (line_start, line_start + m.end() + lede.start())  # dates are no dateline's
            found.append(DatelineDate(line_start + m.start(), line_start + m.end(), m.group(), name, day, region,
                                      readings))
    return sorted(found, key=lambda d: d.start)


def read_dateline(text: str) -> Reading:
    """The publication date the article's datelines and bylines give (see the module docstring)."""
    found = find_datelines(text)
    for tier in TIERS:
        days = [d for d in found if d.kind in tier and d.day is not None]
        if days:
            return Reading(min(d.day for d in days if d.day is not None), min(days, key=lambda d: (d.day, d.start)))
    unread = [d for d in found if d.readings] or found
    return Reading(None, unread[0] if unread else None)
