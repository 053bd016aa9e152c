"""`timeline.timex.numeric`: numbers-only dates, dotted dates, fiscal and two-year spans, days given by their number.

On sentences written for these tests (other crises, other years), through `find_timexes`.
"""

from __future__ import annotations

from tests.timex import cases
from tests.timex.cases import SAT, WED, D

RESOLVED: list[cases.Resolved] = [
    # explicit forms
    ("The decree (dated 2024-03-14) was published late.", D("2024-04-01"), "2024-03-14", "2024-03-14", "2024-03-14",
     "2024-03-14", "day"),
    # news-style traps from other outlets (WED = Wednesday 2025-11-12)
    ("The vote will be held on 3/14.", WED, "3/14", "2026-03-14", "2026-03-14", "2026-03-14", "day"),
    ("Talks began on 25/10/2025. The vote is on 3/4.", WED, "3/4", "2025-04-03", "2025-04-03", "2025-04-03", "day"),
    ("Talks began on March 2 in Doha. The vote is on 3/4.", D("2025-03-01"), "3/4", "2025-03-04", "2025-03-04",
     "2025-03-04", "day"),
    ("The accord was signed on 3/4/2024.", WED, "3/4/2024", "2024-XX-XX", "2024-01-01", "2024-12-31", "year"),
    ("Talks opened on 14 March 2024; the accord was signed on 3/4/2024.", WED, "3/4/2024", "2024-04-03",
     "2024-04-03", "2024-04-03", "day"),
    ("The accord was signed on 3/14/2024.", WED, "3/14/2024", "2024-03-14", "2024-03-14", "2024-03-14", "day"),
    ("He signed for the 2025/26 season.", WED, "2025/26", "2025", "2025-01-01", "2026-12-31", "year"),
    # a night runs over two days: "overnight" in a morning article may be either
    ("Troops opened fire on the night of 25–26 March.", D("2026-03-27"), "the night of 25–26 March",
     "2026-03-25TNI", "2026-03-25", "2026-03-26", "day"),
    ("Troops opened fire on the night of March 25-26.", D("2026-03-27"), "the night of March 25-26",
     "2026-03-25TNI", "2026-03-25", "2026-03-26", "day"),
    ("Talks were held on 14-16 October.", WED, "14-16 October", "2025-10", "2025-10-14", "2025-10-16", "day"),
    ("Talks were held on October 14–16, 2024.", WED, "October 14–16, 2024", "2024-10", "2024-10-14", "2024-10-16",
     "day"),
    # a day of the month given by its number alone
    ("On the 3rd of this month, the army tested an engine.", WED, "the 3rd of this month", "2025-11-03",
     "2025-11-03", "2025-11-03", "day"),
    ("Envoys met on the 3rd of last month.", WED, "the 3rd of last month", "2025-10-03", "2025-10-03", "2025-10-03",
     "day"),
    ("Talks opened on 2 May and resumed on the 4th of the following month.", WED, "the 4th of the following month",
     "2025-06-04", "2025-06-04", "2025-06-04", "day"),
    ("Troops crossed on the 14th, officials said.", WED, "the 14th", "2025-10-14", "2025-10-14", "2025-10-14", "day"),
    ("Troops will cross on the 4th.", WED, "the 4th", "2025-12-04", "2025-12-04", "2025-12-04", "day"),
    ("Talks opened on 2 May. On the 14th they collapsed.", WED, "the 14th", "2025-05-14", "2025-05-14",
     "2025-05-14", "day"),
    # anaphora: counted from the date the text last named
    ("The FY2026 budget passed.", WED, "FY2026", "2026", "2026-01-01", "2026-12-31", "year"),
    ("The FY2025/26 budget passed.", WED, "FY2025/26", "2025", "2025-01-01", "2026-12-31", "year"),
    # dates written with dots: day first, or year first
    ("The decree of 03.07.2024 closed the crossings.", WED, "03.07.2024", "2024-07-03", "2024-07-03", "2024-07-03",
     "day"),
    ("The accord of 2024.03.07 was signed in Seoul.", WED, "2024.03.07", "2024-03-07", "2024-03-07", "2024-03-07",
     "day"),
]

UNRESOLVED: list[cases.Unresolved] = [
    # TempEval-3 train error analysis: fractions, "the year ended", "soon", "midday"
    ("The vote is on 3/4.", SAT, "3/4", "DATE", "XXXX-XX-XX"),  # US or day-first? the article does not say
]


test_resolves = cases.resolves(RESOLVED)
test_recognises_without_dating = cases.recognised_without_dating(UNRESOLVED)
