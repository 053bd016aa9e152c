"""Time expressions: find them in text and resolve them against the publication date.

The only module that imports dateparser. Public interface (used by articles, events and the CLI):

- `TimeSpan`: one time expression with offsets into the original text and its resolution.
- `find_timexes(text, published)`: every time expression in `text`, in text order.
- `find_dateline(text)`: the publication date a dateline or byline gives, or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import dateparser

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True)
class TimeSpan:
    """One time expression. `start`/`end` are character offsets into the text it was found in.

    `date_start`/`date_end` are inclusive calendar days; both are None when the expression is a
    duration, a set, or could not be resolved with confidence ("unresolved", never a guess).
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

    @property
    def resolved(self) -> bool:
        return self.date_start is not None and self.date_end is not None


@lru_cache(maxsize=1)
def _parser() -> dateparser.DateDataParser:
    """The one reused parser (building one costs far more than parsing)."""
    return dateparser.DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                  "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )


_DATELINE = re.compile(
    r"^[ \t]*(?:(?:published|updated|posted|first published)\s*(?:on)?\s*:?\s*)?"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)[a-z]*\.?,?\s+)?"
    r"(?P<date>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE | re.MULTILINE,
)


def find_dateline(text: str) -> date | None:
    """The publication date given by a dateline or byline ("Published: Dec 1, 2025 10:45 am",
    "Updated March 3, 2024 at 5:10 PM", "Monday, June 2, 2025 by ...", a date alone on a line).
    Only lines that start with the date (after an optional label) count, so dates in running
    prose are never taken for the publication date."""
    for match in _DATELINE.finditer(text):
        line_end = text.find("\n", match.end())
        rest = text[match.end(): line_end if line_end >= 0 else len(text)].strip()
        labelled = match.group(0).strip().lower().startswith(("published", "updated", "posted", "first"))
        if not labelled and rest and not re.match(r"(?i)^(?:by\b|at\b|\d|\||[-–—,]|$)", rest):
            continue
        parsed = _parser().get_date_data(match.group("date"))
        if parsed.date_obj is not None:
            return parsed.date_obj.date()
    return None


def find_timexes(text: str, published: date) -> list[TimeSpan]:
    """Every time expression in `text`, resolved against `published` (the document date)."""
    raise NotImplementedError("filled in by the temporal normaliser (issue 3)")
