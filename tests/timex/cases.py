"""What the tests of the resolution rules share: publication dates, the shape of a case and its checks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from timeline.timex.temporal import TimeSpan, find_timexes

SAT = date(2024, 3, 16)  # a Saturday, ISO week 2024-W11 (March 11-17)
TUE = date(2024, 3, 12)  # a Tuesday in the same week
OCT = date(2024, 10, 5)
WED = date(2025, 11, 12)  # a Wednesday
FRI = date(2025, 11, 14)  # a Friday
D = date.fromisoformat

# (sentence, publication date, expression, TIMEX3 value, first day, last day, precision)
Resolved = tuple[str, date, str, str, str, str, str]
# (sentence, publication date, expression, type, TIMEX3 value): real time expressions with no calendar days
Unresolved = tuple[str, date, str, str, str]


def by_expression(case: Resolved | Unresolved) -> str:
    """A case's test id: the expression it is about."""
    return case[2]


def span_for(text: str, published: date, wanted: str) -> TimeSpan:
    at = text.index(wanted)
    hits = [s for s in find_timexes(text, published) if s.start < at + len(wanted) and s.end > at]
    assert hits, f"no time expression over {wanted!r} in {find_timexes(text, published)}"
    return hits[0]


def assert_resolves(sentence: str, published: date, wanted: str, value: str, first: str, last: str,
                    precision: str) -> None:
    span = span_for(sentence, published, wanted)
    assert (span.value, span.date_start, span.date_end, span.precision) == (value, D(first), D(last), precision)
    assert sentence[span.start: span.end] == span.text


def assert_recognised_without_dating(sentence: str, published: date, wanted: str, kind: str, value: str) -> None:
    span = span_for(sentence, published, wanted)
    assert (span.type, span.value, span.resolved) == (kind, value, False)


def resolves(table: list[Resolved]) -> Callable[[Resolved], None]:
    """The test that each case of `table` resolves to its value and days (a module binds it to a `test_` name)."""

    @pytest.mark.parametrize("case", table, ids=by_expression)
    def test(case: Resolved) -> None:
        assert_resolves(*case)

    return test


def recognised_without_dating(table: list[Unresolved]) -> Callable[[Unresolved], None]:
    """The test that each case of `table` is found with its type and value and no calendar days."""

    @pytest.mark.parametrize("case", table, ids=by_expression)
    def test(case: Unresolved) -> None:
        assert_recognised_without_dating(*case)

    return test
