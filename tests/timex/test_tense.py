"""`timeline.timex.tense`: which way a date written without its year points (tense, scheduled events, deadlines).

On sentences written for these tests (other crises, other years), through `find_timexes`.
"""

from __future__ import annotations

from tests.timex import cases
from tests.timex.cases import FRI, SAT, WED, D

RESOLVED: list[cases.Resolved] = [
    # a day without its year: tense decides; with no tense, a day up to three months ahead is upcoming
    ("The referendum was held on Nov. 3.", D("2025-10-20"), "Nov. 3", "2024-11-03", "2024-11-03", "2024-11-03",
     "day"),
    ("The dividend is payable Dec. 7 to holders of record.", D("2025-10-20"), "Dec. 7", "2025-12-07", "2025-12-07",
     "2025-12-07", "day"),
    ("Monitors will review the Aug. 7 bombing.", D("2024-08-12"), "Aug. 7", "2024-08-07", "2024-08-07",
     "2024-08-07", "day"),
    ("Parliament must ratify the deal by Jan. 14.", D("2025-01-06"), "Jan. 14", "2025-01-14", "2025-01-14",
     "2025-01-14", "day"),
    ("Joint drills around the island lasted two days in late May.", D("2025-03-02"), "late May", "2024-05",
     "2024-05-22", "2024-05-31", "month"),
    ("The Security Council meets Monday in New York.", D("2025-03-02"), "Monday", "2025-03-03", "2025-03-03",
     "2025-03-03", "day"),
    ("That 1978 accord still holds.", SAT, "1978", "1978", "1978-01-01", "1978-12-31", "year"),
    ("Shelling continued on Christmas Day.", D("2025-02-01"), "Christmas Day", "2024-12-25", "2024-12-25",
     "2024-12-25", "day"),
    ("Rebels vowed to attack by next Easter.", D("2025-02-01"), "next Easter", "2025-04-20", "2025-04-20",
     "2025-04-20", "day"),
    ("Talks resume the week of March 6.", D("2025-02-01"), "the week of March 6", "2025-W10", "2025-03-03",
     "2025-03-09", "week"),
    # tense and deadlines (TempEval-3 train error analysis): "to be published", "agreed to buy", "next to", "until"
    ("Final rules are to be published in early November.", D("2025-10-28"), "early November", "2025-11",
     "2025-11-01", "2025-11-10", "month"),
    ("The bank agreed to buy the unit in February.", D("2025-11-03"), "February", "2026-02", "2026-02-01",
     "2026-02-28", "month"),
    ("The board declared a dividend payable Dec. 1 to holders of record Nov. 10.", D("2025-10-27"), "Nov. 10",
     "2025-11-10", "2025-11-10", "2025-11-10", "day"),
    ("The court ruled that the boy must be returned by Jan. 14.", D("2026-01-06"), "Jan. 14", "2026-01-14",
     "2026-01-14", "2026-01-14", "day"),
    ("The offer was extended to Nov. 16.", D("2025-10-30"), "Nov. 16", "2025-11-16", "2025-11-16", "2025-11-16",
     "day"),
    ("Loans run through January.", D("2025-10-30"), "January", "2026-01", "2026-01-01", "2026-01-31", "month"),
    ("A car bomb exploded next to the embassy on Friday.", SAT, "Friday", "2024-03-15", "2024-03-15", "2024-03-15",
     "day"),
    ("Officials postponed the vote until Tuesday morning.", D("2024-03-14"), "Tuesday morning", "2024-03-19TMO",
     "2024-03-19", "2024-03-19", "day"),
    ("The offer had been due to expire Friday evening.", D("2024-03-18"), "Friday evening", "2024-03-15TEV",
     "2024-03-15", "2024-03-15", "day"),
    ("By Monday, officials had hardened their stance.", D("2024-03-20"), "Monday", "2024-03-18", "2024-03-18",
     "2024-03-18", "day"),
    # the publication's own weekday is that day, whatever the tense; "next" moves it a week
    ("Israeli jets struck the port on Wednesday.", WED, "Wednesday", "2025-11-12", "2025-11-12", "2025-11-12", "day"),
    ("Officials who had expected a deal walked out on Wednesday.", WED, "Wednesday", "2025-11-12", "2025-11-12",
     "2025-11-12", "day"),
    ("The cabinet is expected to approve the plan on Wednesday.", WED, "Wednesday", "2025-11-12", "2025-11-12",
     "2025-11-12", "day"),
    ("The ultimatum expires Wednesday.", WED, "Wednesday", "2025-11-12", "2025-11-12", "2025-11-12", "day"),
    ("Talks resume next Wednesday.", WED, "next Wednesday", "2025-11-19", "2025-11-19", "2025-11-19", "day"),
    # other weekdays: the verb after the expression, in its own clause, tells the tense too
    ("A rally planned for Saturday was cancelled by the police.", WED, "Saturday", "2025-11-08", "2025-11-08",
     "2025-11-08", "day"),
    ("On Friday, the league plans to hold a news conference.", WED, "Friday", "2025-11-14", "2025-11-14",
     "2025-11-14", "day"),
    ("On Friday, the Kenyan government planned to pay the first claims.", WED, "Friday", "2025-11-07", "2025-11-07",
     "2025-11-07", "day"),  # a plan reported in the past
    ("Ahead of the summit, the ministry on Sunday issued a travel warning.", WED, "Sunday", "2025-11-09",
     "2025-11-09", "2025-11-09", "day"),
    ("The buyer completed the deal by the Tuesday deadline.", WED, "Tuesday", "2025-11-11", "2025-11-11",
     "2025-11-11", "day"),  # a noun after it tells no tense
    ("The National Salvation and Reform Front plans to march, its leaders said on Friday and Saturday.", WED,
     "Saturday", "2025-11-08", "2025-11-08", "2025-11-08", "day"),
    ("The dividend is payable on Dec. 7. In trading on Friday, the shares fell.", WED, "Friday", "2025-11-07",
     "2025-11-07", "2025-11-07", "day"),  # a number ends the sentence before it
    ("The bid, due to expire last Thursday, now runs to Nov. 6.", D("2025-10-30"), "Nov. 6", "2025-11-06",
     "2025-11-06", "2025-11-06", "day"),  # "last" tells its own expression's time, not the clause's tense
    ("The ministry said it is holding the vote on Dec. 7.", D("2025-10-30"), "Dec. 7", "2025-12-07", "2025-12-07",
     "2025-12-07", "day"),  # a present progressive with a date is an arrangement ahead
    ("The port is continuing to ship grain under a July accord.", D("2025-10-30"), "July", "2025-07", "2025-07-01",
     "2025-07-31", "month"),  # ... but what "is continuing" is under way already
    # the simple present of a scheduled event points ahead (FRI = Friday 2025-11-14); the simple present of a report,
    # a stative verb or a noun does not
    ("Rebel and army envoys meet separately Monday with the mediators.", FRI, "Monday", "2025-11-17", "2025-11-17",
     "2025-11-17", "day"),
    ("The ceasefire talks resume Tuesday in Doha.", FRI, "Tuesday", "2025-11-18", "2025-11-18", "2025-11-18", "day"),
    ("On Monday and Tuesday, the monitors plan to visit the port.", FRI, "Tuesday", "2025-11-18", "2025-11-18",
     "2025-11-18", "day"),  # one tense for the days listed together
    ("The junta says Monday it will reopen the border.", FRI, "Monday", "2025-11-10", "2025-11-10", "2025-11-10",
     "day"),
    ("The coast guard holds 20 tankers boarded Thursday.", FRI, "Thursday", "2025-11-13", "2025-11-13", "2025-11-13",
     "day"),
    ("The envoy holds talks with both sides Tuesday.", FRI, "Tuesday", "2025-11-18", "2025-11-18", "2025-11-18",
     "day"),
    ("The foreign minister heads to Ankara Wednesday.", FRI, "Wednesday", "2025-11-19", "2025-11-19", "2025-11-19",
     "day"),
    ("His visits Monday and Tuesday drew crowds to the border.", FRI, "Tuesday", "2025-11-11", "2025-11-11",
     "2025-11-11", "day"),
    ("The two delegations did not meet Monday.", FRI, "Monday", "2025-11-10", "2025-11-10", "2025-11-10", "day"),
]


test_resolves = cases.resolves(RESOLVED)
