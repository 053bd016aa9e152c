"""`timeline.timex.periods`: weeks, months, years and weekends relative to a date, seasons.

On sentences written for these tests (other crises, other years), through `find_timexes`.
"""

from __future__ import annotations

from tests.timex import cases
from tests.timex.cases import OCT, SAT, TUE, WED, D

RESOLVED: list[cases.Resolved] = [
    # whole periods
    ("Talks resume next week in Geneva.", SAT, "next week", "2024-W12", "2024-03-18", "2024-03-24", "week"),
    ("Shelling intensified last week along the front.", SAT, "last week", "2024-W10", "2024-03-04", "2024-03-10",
     "week"),
    ("Exports fell last month, customs data showed.", SAT, "last month", "2024-02", "2024-02-01", "2024-02-29",
     "month"),
    ("The junta extended the curfew last year.", SAT, "last year", "2023", "2023-01-01", "2023-12-31", "year"),
    ("Drills will continue this month.", SAT, "this month", "2024-03", "2024-03-01", "2024-03-31", "month"),
    ("Earlier this week, the navy seized a tanker.", SAT, "Earlier this week", "2024-W11", "2024-03-11",
     "2024-03-16", "week"),
    ("The ministry said earlier this month that it had closed the border.", SAT, "earlier this month", "2024-03",
     "2024-03-01", "2024-03-16", "month"),
    ("Earlier this year the parliament passed the law.", SAT, "Earlier this year", "2024", "2024-01-01",
     "2024-03-16", "year"),
    ("Volunteers signed up over the weekend.", TUE, "the weekend", "2024-W10-WE", "2024-03-09", "2024-03-10", "week"),
    # seasons and parts of periods
    ("Beijing stepped up patrols this fall.", OCT, "this fall", "2024-FA", "2024-09-22", "2024-12-20", "season"),
    ("The grid was hit hard last winter.", OCT, "last winter", "2023-WI", "2023-12-21", "2024-03-19", "season"),
    ("Officials fear a harder fight this winter.", OCT, "this winter", "2024-WI", "2024-12-21", "2025-03-19",
     "season"),
    ("Aid deliveries will resume this summer.", D("2024-02-10"), "this summer", "2024-SU", "2024-06-21",
     "2024-09-21", "season"),
    ("Elections are due early next month.", SAT, "early next month", "2024-04", "2024-04-01", "2024-04-10", "month"),
    # anaphora: against the date the text just named
    ("Israel struck the depot on March 3. Iran replied that week.", SAT, "that week", "2024-W09", "2024-02-26",
     "2024-03-03", "week"),
    # anaphora: counted from the date the text last named
    ("Talks stalled late last year.", WED, "late last year", "2024", "2024-09-01", "2024-12-31", "year"),
    ("Sales held up over the summer.", OCT, "the summer", "2024-SU", "2024-06-21", "2024-09-21", "season"),
    ("Wages fell over the last decade.", SAT, "the last decade", "201X", "2010-01-01", "2019-12-31", "decade"),
    # "the past year": the twelve months before publication, valued as the year before
    ("Attacks on shipping doubled over the past year.", SAT, "the past year", "2023", "2023-03-18", "2024-03-16",
     "year"),
    # years and days spelled out, as broadcast copy writes them
    ("Oil last traded that low in the winter of nineteen ninety-four.", SAT, "the winter of nineteen ninety-four",
     "1994-WI", "1994-12-21", "1995-03-19", "season"),
    # "last" standing for the period named before it
    ("The port handled twice as many ships this year as last.", SAT, "last", "2023", "2023-01-01", "2023-12-31",
     "year"),
    ("Grain prices rose more this month than last, and fuel followed.", SAT, "last", "2024-02", "2024-02-01",
     "2024-02-29", "month"),
]

UNRESOLVED: list[cases.Unresolved] = [
    # TempEval-3 train error analysis: fractions, "the year ended", "soon", "midday"
    ("The group lost $3 million in the fiscal year ended March 31.", SAT, "the fiscal year", "DURATION", "P1Y"),
]


test_resolves = cases.resolves(RESOLVED)
test_recognises_without_dating = cases.recognised_without_dating(UNRESOLVED)
