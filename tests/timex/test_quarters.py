"""`timeline.timex.quarters`: quarters, halves and the comparisons of results reports with a year before.

On sentences written for these tests (other crises, other years), through `find_timexes`.
"""

from __future__ import annotations

from tests.timex import cases
from tests.timex.cases import OCT, SAT, WED, D

RESOLVED: list[cases.Resolved] = [
    # explicit forms
    ("Profits fell in the third quarter of 2023.", SAT, "the third quarter of 2023", "2023-Q3", "2023-07-01",
     "2023-09-30", "quarter"),
    # anaphora: against the date the text just named
    ("Exports rose in the third quarter, the ministry said.", D("2024-11-02"), "the third quarter", "2024-Q3",
     "2024-07-01", "2024-09-30", "quarter"),
    ("Revenue fell in the fourth quarter.", D("2024-02-10"), "the fourth quarter", "2023-Q4", "2023-10-01",
     "2023-12-31", "quarter"),
    # anaphora: counted from the date the text last named
    ("Growth slowed in the first half of 2026.", WED, "the first half of 2026", "2026-H1", "2026-01-01",
     "2026-06-30", "quarter"),
    ("Revenue rose in H1 2026.", WED, "H1 2026", "2026-H1", "2026-01-01", "2026-06-30", "quarter"),
    # TimeML conventions the TempEval-3 train gold applies (issue 14): comparisons with a year before follow the
    # quarter a results report is about
    ("The miner's third-quarter output rose 9%, compared with year-earlier output of 2 million tonnes.", OCT,
     "year-earlier", "2023-Q3", "2023-07-01", "2023-09-30", "quarter"),
    ("The year-earlier results were restated.", OCT, "year-earlier", "2023", "2023-01-01", "2023-12-31", "year"),
    ("In the year-ago third quarter, the refinery lost $3 million.", OCT, "the year-ago third quarter", "2023-Q3",
     "2023-07-01", "2023-09-30", "quarter"),
    ("Exports rose in the third quarter. For the quarter a year ago, the port reported a loss.", OCT,
     "the quarter a year ago", "2023-Q3", "2023-07-01", "2023-09-30", "quarter"),
    ("Shipping fell 4% in the third quarter from the corresponding period last year.", OCT,
     "the corresponding period last year", "2023-Q3", "2023-07-01", "2023-09-30", "quarter"),
    ("Tanker traffic fell in the third quarter. Last year's quarter had been the busiest on record.", OCT,
     "Last year's quarter", "2023-Q3", "2023-07-01", "2023-09-30", "quarter"),
    ("Output rose 12% in the third quarter. After a weak second quarter, the mine was expanded. The year-ago period "
     "included a refinery fire.", OCT, "The year-ago period", "2023-Q3", "2023-07-01", "2023-09-30", "quarter"),
    ("Steel output fell in the third quarter. Analysts expect losses through the third quarter of 2025. In the "
     "year-ago period, mills earned $4 million.", OCT, "the year-ago period", "2023-Q3", "2023-07-01", "2023-09-30",
     "quarter"),
    ("Sales fell in the third quarter of last year.", D("2024-02-14"), "the third quarter of last year", "2023-Q3",
     "2023-07-01", "2023-09-30", "quarter"),
    # ... and a span of months longer than a quarter compared with a year before is in that year, not its quarter
    ("Third-quarter profit rose to $9 million from $7 million a year earlier.", OCT, "a year earlier", "2023-Q3",
     "2023-07-01", "2023-09-30", "quarter"),
    ("Third-quarter profit rose 8%. For the nine months, the airline earned $40 million, up from $31 million a year "
     "earlier.", OCT, "a year earlier", "2023", "2023-01-01", "2023-12-31", "year"),
    ("Third-quarter sales were flat. First-half output fell 3% from a year ago.", OCT, "a year ago", "2023",
     "2023-01-01", "2023-12-31", "year"),
    # a quarter named by the day it ended, in a text that has named none: the calendar quarter holding most of it
    ("In the quarter ended July 31, the retailer lost $2 million.", OCT, "the quarter", "2024-Q2", "2024-04-01",
     "2024-06-30", "quarter"),
    ("The chain earned $5 million for the quarter ended Nov. 30.", D("2025-01-20"), "the quarter", "2024-Q4",
     "2024-10-01", "2024-12-31", "quarter"),
    ("Orders rose in the quarter ended Feb. 28, 2023.", OCT, "the quarter", "2023-Q1", "2023-01-01", "2023-03-31",
     "quarter"),
    ("The utility expects a loss for the quarter ending Jan. 31.", D("2024-11-20"), "the quarter", "2024-Q4",
     "2024-10-01", "2024-12-31", "quarter"),
    # ... and after a quarter named by its fiscal number, that one
    ("Sales fell in the fiscal first quarter. For the quarter ended Sept. 29, the maker lost $1 million.", OCT,
     "the quarter ended", "2024-Q1", "2024-01-01", "2024-03-31", "quarter"),
    # halves written as quarters or as "the last half"
    ("Losses will continue through the first two quarters of 2025.", OCT, "the first two quarters of 2025",
     "2025-H1", "2025-01-01", "2025-06-30", "quarter"),
    ("Demand should ease in the last half of 2025.", OCT, "the last half of 2025", "2025-H2", "2025-07-01",
     "2025-12-31", "quarter"),
]


test_resolves = cases.resolves(RESOLVED)
