"""`timeline.timex.dates`: days of a month, months, years, decades and centuries named on the calendar.

On sentences written for these tests (other crises, other years), through `find_timexes`.
"""

from __future__ import annotations

from tests.timex import cases
from tests.timex.cases import OCT, SAT, WED, D

RESOLVED: list[cases.Resolved] = [
    # seasons and parts of periods
    ("The offensive began at the end of September.", OCT, "the end of September", "2024-09", "2024-09-21",
     "2024-09-30", "month"),
    ("The airport could reopen by mid-2024.", D("2023-11-02"), "mid-2024", "2024", "2024-05-02", "2024-08-31",
     "year"),
    ("As of October 17, some 4,000 people had crossed.", D("2025-10-18"), "October 17", "2025-10-17",
     "2025-10-17", "2025-10-17", "day"),
    # month and day without a year
    ("Kyiv said the strike happened on Dec. 28.", D("2025-01-03"), "Dec. 28", "2024-12-28", "2024-12-28",
     "2024-12-28", "day"),
    ("The ban takes effect on January 5.", D("2024-12-20"), "January 5", "2025-01-05", "2025-01-05", "2025-01-05",
     "day"),
    ("The ceasefire was signed on Aug. 4.", D("2024-08-10"), "Aug. 4", "2024-08-04", "2024-08-04", "2024-08-04",
     "day"),
    ("Envoys met on Nov. 3 in Doha.", D("2023-11-20"), "Nov. 3", "2023-11-03", "2023-11-03", "2023-11-03", "day"),
    ("The tanker was boarded Jan 9.", D("2024-02-01"), "Jan 9", "2024-01-09", "2024-01-09", "2024-01-09", "day"),
    ("The summit opened Thursday (Jan 9) in Brussels.", D("2025-01-12"), "Thursday (Jan 9)", "2025-01-09",
     "2025-01-09", "2025-01-09", "day"),
    ("The war in Sudan began in April, and the siege in May.", D("2023-11-13"), "May", "2023-05", "2023-05-01",
     "2023-05-31", "month"),
    # explicit forms
    ("The treaty was signed on 14 March 2024 in Minsk.", D("2024-04-01"), "14 March 2024", "2024-03-14",
     "2024-03-14", "2024-03-14", "day"),
    ("Sanctions were first imposed on Mar. 8, 2023.", D("2024-04-01"), "Mar. 8, 2023", "2023-03-08", "2023-03-08",
     "2023-03-08", "day"),
    ("Protests have continued since July 2024.", D("2025-01-01"), "July 2024", "2024-07", "2024-07-01",
     "2024-07-31", "month"),
    ("The two sides last met in 2019.", SAT, "2019", "2019", "2019-01-01", "2019-12-31", "year"),
    ("The republic declared independence in 1991.", SAT, "1991", "1991", "1991-01-01", "1991-12-31", "year"),
    ("The dispute goes back to the 1990s.", SAT, "the 1990s", "199X", "1990-01-01", "1999-12-31", "decade"),
    # anaphora: against the date the text just named
    ("The pipeline closed in June last year.", D("2024-03-01"), "June last year", "2023-06", "2023-06-01",
     "2023-06-30", "month"),
    ("The border was drawn in nineteen ninety-one.", SAT, "nineteen ninety-one", "1991", "1991-01-01",
     "1991-12-31", "year"),
    ("The mission ends at year-end.", SAT, "year-end", "2024-12-31", "2024-12-31", "2024-12-31", "day"),
    ("The currency has lost 12% since year-end.", SAT, "year-end", "2023-12-31", "2023-12-31", "2023-12-31",
     "day"),  # "since" counts from the year-end already passed
    ("Exports have fallen since the end of the year.", SAT, "the end of the year", "2023", "2023-09-02",
     "2023-12-31", "year"),
    # "last <month>": the month just ended within the year is "last month", so its name with "last" is a year back
    ("Two transport planes collided last February, killing 40.", D("2024-03-02"), "last February", "2023-02",
     "2023-02-01", "2023-02-28", "month"),
    ("The envoy resigned last January.", D("2024-03-02"), "last January", "2024-01", "2024-01-01", "2024-01-31",
     "month"),
    ("The dam burst last December.", D("2024-01-20"), "last December", "2023-12", "2023-12-01", "2023-12-31",
     "month"),
    # news-style traps from other outlets (WED = Wednesday 2025-11-12)
    ("Prices have doubled since 2014.", WED, "2014", "2014", "2014-01-01", "2014-12-31", "year"),
    ("Fighting peaked between March and May.", WED, "March", "2025-03", "2025-03-01", "2025-03-31", "month"),
    ("Fighting peaked between March and May 2024.", WED, "March", "2024-03", "2024-03-01", "2024-03-31", "month"),
    ("The talks ran from Jan. 3 to Jan. 9.", WED, "Jan. 9", "2025-01-09", "2025-01-09", "2025-01-09", "day"),
    ("The talks ran from Dec. 28 to Jan. 3, 2025.", WED, "Dec. 28", "2024-12-28", "2024-12-28", "2024-12-28",
     "day"),
    ("Flights stop Dec. 31-Jan. 1.", WED, "Jan. 1", "2026-01-01", "2026-01-01", "2026-01-01", "day"),
    ("Flights stopped Dec. 31-Jan. 1.", D("2026-01-05"), "Dec. 31", "2025-12-31", "2025-12-31", "2025-12-31",
     "day"),
    # a night runs over two days: "overnight" in a morning article may be either
    ("Troops opened fire on the night of March 25, 2025.", WED, "March 25, 2025", "2025-03-25",
     "2025-03-25", "2025-03-25", "day"),  # one day named: the date, as TimeML annotates it
    # anaphora: counted from the date the text last named
    ("Unrest in the 1970s and '80s shaped the region.", WED, "'80s", "198X", "1980-01-01", "1989-12-31", "decade"),
    # "earlier/later in" a period: up to / from the date the text last named in it, else the publication date
    ("Troops massed on the border earlier in March.", D("2025-03-20"), "earlier in March", "2025-03", "2025-03-01",
     "2025-03-20", "month"),
    ("The strike came on March 10. Earlier in March, talks had failed.", D("2025-03-20"), "Earlier in March",
     "2025-03", "2025-03-01", "2025-03-10", "month"),
    ("Elections are due later in March.", D("2025-03-20"), "later in March", "2025-03", "2025-03-20", "2025-03-31",
     "month"),
    ("Talks failed earlier in February.", D("2025-03-20"), "earlier in February", "2025-02", "2025-02-01",
     "2025-02-28", "month"),
    ("Parliament passed the law earlier in the year.", D("2025-03-20"), "earlier in the year", "2025", "2025-01-01",
     "2025-03-20", "year"),
    ("The envoy will return later in the week.", WED, "later in the week", "2025-W46", "2025-11-12", "2025-11-16",
     "week"),
    ("Fighting flared early in 2023.", WED, "early in 2023", "2023", "2023-01-01", "2023-05-01", "year"),
    # years and days spelled out, as broadcast copy writes them
    ("The siege began in January nineteen ninety-seven.", SAT, "January nineteen ninety-seven", "1997-01",
     "1997-01-01", "1997-01-31", "month"),
    ("The march is called for Sunday, March eighth.", D("2026-03-04"), "March eighth", "2026-03-08", "2026-03-08",
     "2026-03-08", "day"),
    ("The accord was signed on the twenty-first of April, two thousand and one.", SAT,
     "the twenty-first of April, two thousand and one", "2001-04-21", "2001-04-21", "2001-04-21", "day"),
    ("Militias grew in the nineteen-nineties.", SAT, "the nineteen-nineties", "199X", "1990-01-01", "1999-12-31",
     "decade"),
    # TempEval-3 train error analysis (issue 14, third batch)
    ("The March accession will let the three states vote.", D("2026-02-10"), "March", "2026-03", "2026-03-01",
     "2026-03-31", "month"),
    ("The post-1959 politics split families.", SAT, "post-1959", "1959", "1959-01-01", "1959-12-31", "year"),
    ("The pipeline should be finished by year's end.", SAT, "year's end", "2024", "2024-09-01", "2024-12-31", "year"),
]

UNRESOLVED: list[cases.Unresolved] = [
    ("Borders were redrawn in the 20th century.", SAT, "the 20th century", "DATE", "19"),
]


test_resolves = cases.resolves(RESOLVED)
test_recognises_without_dating = cases.recognised_without_dating(UNRESOLVED)
