"""Calendar arithmetic behind the temporal normaliser: periods, their TIMEX3 values, parts and shifts."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.timex import calendar as cal

D = date.fromisoformat


@pytest.mark.parametrize(("period", "value", "first", "last"), [
    (cal.week(D("2024-12-30")), "2025-W01", "2024-12-30", "2025-01-05"),  # ISO week-year differs from the year
    (cal.weekend(D("2025-08-27")), "2025-W35-WE", "2025-08-30", "2025-08-31"),
    (cal.month(2024, 2), "2024-02", "2024-02-01", "2024-02-29"),
    (cal.quarter(2023, 4), "2023-Q4", "2023-10-01", "2023-12-31"),
    (cal.half(2024, 2), "2024-H2", "2024-07-01", "2024-12-31"),
    (cal.decade(1994), "199X", "1990-01-01", "1999-12-31"),
    (cal.season(2023, "WI"), "2023-WI", "2023-12-21", "2024-03-19"),
    (cal.season_of(D("2024-01-10")), "2023-WI", "2023-12-21", "2024-03-19"),
    (cal.shift_season(cal.season(2024, "FA"), 1), "2024-WI", "2024-12-21", "2025-03-19"),
    (cal.part(cal.month(2025, 9), "the end of"), "2025-09", "2025-09-21", "2025-09-30"),
    (cal.part(cal.month(2024, 4), "early"), "2024-04", "2024-04-01", "2024-04-10"),
    (cal.part(cal.year(2023), "mid"), "2023", "2023-05-02", "2023-09-01"),
])
def test_periods(period: cal.Period, value: str, first: str, last: str) -> None:
    assert (period.value, period.start, period.end) == (value, D(first), D(last))


@pytest.mark.parametrize(("period", "unit", "n", "value"), [
    (cal.day(D("2024-03-31")), "month", -1, "2024-02-29"),  # clamped to the month's last day
    (cal.quarter(2024, 1), "year", -1, "2023-Q1"),
    (cal.week(D("2024-03-13")), "week", 2, "2024-W13"),
    (cal.month(2024, 1), "day", 1, None),  # a month cannot move by days
])
def test_shift(period: cal.Period, unit: str, n: int, value: str | None) -> None:
    moved = cal.shift(period, unit, n)
    assert (moved.value if moved else None) == value


@pytest.mark.parametrize(("unit", "n", "value"), [
    ("day", 3, "P3D"), ("hour", 48, "PT48H"), ("month", None, "PXM"), ("quarter", 3, "P9M"),
    ("decade", 2, "P20Y"), ("fortnight", 1, "P2W"), ("year", 2.5, "P2Y6M"),
])
def test_duration_values(unit: str, n: float | None, value: str) -> None:
    assert cal.from_timex_unit(unit, n) == value
