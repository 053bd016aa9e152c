"""What a resolution rule is given and what it returns.

A rule (one function per grammar rule, `r_...` in `dates`, `days`, `periods`, `quarters`, `holidays`, `numeric`
and `durations`) takes a `Candidate` and the `Context` and returns None to refuse the candidate (it is not a time
expression: "May" the modal, "2000 troops", "Euro 2024"), or a `Resolution` whose period is None when the
expression is real but its calendar days cannot be trusted (durations, sets, "recently", a "next day" with nothing
to count from).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from timeline.timex import calendar as cal
from timeline.timex.calendar import Period


@dataclass(frozen=True)
class Resolution:
    type: str
    value: str
    period: Period | None
    basis: str = "relative"
    anchor: bool = True  # False: a comparison ("a year ago") that does not move the text's reference date


@dataclass
class Context:
    """What resolution needs besides the candidate: the text, the document date, and the last dates named."""

    text: str
    published: date
    parse: Callable[[str], date | None]  # dateparser for absolute surface forms (temporal.parse_absolute)
    anchor: date | None = None
    future: bool | None = None
    last: Period | None = None  # the last date or period the text named (for "a year earlier", "that week")
    last_quarter: Period | None = None
    last_quarter_at: int = -1  # where the text named it
    reported: Period | None = None  # the latest quarter named that had ended by publication (a report's quarter)
    expressions: list[tuple[int, int]] = field(default_factory=list)  # every candidate's extent, in text order

    def __post_init__(self) -> None:
        if self.anchor is not None:
            self.last = cal.day(self.anchor)

    def mentioned(self, period: Period, at: int = -1) -> None:
        self.last = period
        if "-Q" in period.value:
            self.last_quarter, self.last_quarter_at = period, at
            if period.end < self.published and (self.reported is None or period.start > self.reported.start):
                self.reported = period

    @property
    def last_day(self) -> date | None:
        return self.last.start if self.last is not None and self.last.precision == "day" else None
