"""`timeline.timex.days`: weekdays, yesterday and today, parts of the day, "the next day".

On sentences written for these tests (other crises, other years), through `find_timexes`.
"""

from __future__ import annotations

from tests.timex import cases
from tests.timex.cases import SAT, TUE, WED, D

RESOLVED: list[cases.Resolved] = [
    # weekdays against the publication date
    ("Russian drones hit Kharkiv on Wednesday, officials said.", SAT, "Wednesday", "2024-03-13",
     "2024-03-13", "2024-03-13", "day"),
    ("Taiwan's defence ministry said Tuesday it had tracked 20 Chinese aircraft.", TUE, "Tuesday", "2024-03-12",
     "2024-03-12", "2024-03-12", "day"),
    ("The cabinet will meet this Wednesday to vote on the aid.", TUE, "this Wednesday", "2024-03-13",
     "2024-03-13", "2024-03-13", "day"),
    ("Mediators will return to Jeddah on Thursday.", TUE, "Thursday", "2024-03-14", "2024-03-14", "2024-03-14", "day"),
    ("The convoy was attacked last Tuesday near El Fasher.", TUE, "last Tuesday", "2024-03-05",
     "2024-03-05", "2024-03-05", "day"),
    ("Black Sea Fleet ships left port late Monday.", SAT, "late Monday", "2024-03-11", "2024-03-11", "2024-03-11",
     "day"),
    ("Sirens sounded across Tel Aviv on Friday evening.", SAT, "Friday evening", "2024-03-15TEV",
     "2024-03-15", "2024-03-15", "day"),
    ("The talks collapsed yesterday.", SAT, "yesterday", "2024-03-15", "2024-03-15", "2024-03-15", "day"),
    # anaphora: against the date the text just named
    ("Israel struck the depot on March 3. The previous day, Iran had warned it.", SAT, "The previous day",
     "2024-03-02", "2024-03-02", "2024-03-02", "day"),
    ("Israel struck the depot on March 3. Iran had warned it the day before.", SAT, "the day before",
     "2024-03-02", "2024-03-02", "2024-03-02", "day"),
    ("Israel struck the depot on March 3. Earlier that day, Iran had warned it.", SAT, "Earlier that day",
     "2024-03-03", "2024-03-03", "2024-03-03", "day"),
    # news-style traps from other outlets (WED = Wednesday 2025-11-12)
    ("Turnout in Sunday's vote was high.", WED, "Sunday", "2025-11-09", "2025-11-09", "2025-11-09", "day"),
    ("Crowds gathered ahead of Sunday's vote.", WED, "Sunday", "2025-11-16", "2025-11-16", "2025-11-16", "day"),
    ("Lawyers would look for ways to get around Wednesday's ruling.", D("2025-11-14"), "Wednesday", "2025-11-12",
     "2025-11-12", "2025-11-12", "day"),
    ("Crowds gathered for Friday's ceremony.", D("2025-11-14"), "Friday", "2025-11-14", "2025-11-14", "2025-11-14",
     "day"),
    ("Tuesday night's strike hit the port.", WED, "Tuesday night", "2025-11-11TNI", "2025-11-11", "2025-11-11",
     "day"),
    ("Rockets fell this morning.", WED, "this morning", "2025-11-12TMO", "2025-11-12", "2025-11-12", "day"),
    # anaphora: counted from the date the text last named
    ("Dealers placed orders on Friday, mostly in the morning.", SAT, "the morning", "2024-03-15TMO", "2024-03-15",
     "2024-03-15", "day"),
    ("Shares rose at mid-afternoon yesterday.", SAT, "mid-afternoon yesterday", "2024-03-15TAF", "2024-03-15",
     "2024-03-15", "day"),
    ("The father will leave on Thursday at 4 in the morning.", TUE, "4 in the morning", "2024-03-14T04:00",
     "2024-03-14", "2024-03-14", "day"),
    # TempEval-3 train error analysis (issue 14, third batch)
    ("Envoys met on March 3. They flew home the next morning.", SAT, "the next morning", "2024-03-04TMO",
     "2024-03-04", "2024-03-04", "day"),
    ("The depot burned on Oct. 23, and the site was sealed that same day.", D("2025-10-30"), "that same day",
     "2025-10-23", "2025-10-23", "2025-10-23", "day"),
    ("The day before last Tuesday's hearing, the envoy left.", WED, "The day before last Tuesday", "2025-11-10",
     "2025-11-10", "2025-11-10", "day"),
    ("As of today, 20 hostages are held.", SAT, "today", "2024-03-16", "2024-03-16", "2024-03-16", "day"),
    # the day a count of days has reached, said in the present: the day of writing
    ("It's the fourth day of a siege by government forces.", SAT, "the fourth day", "2024-03-16", "2024-03-16",
     "2024-03-16", "day"),
    ("In the capital, today is the 12th straight day of strikes.", WED, "the 12th straight day", "2025-11-12",
     "2025-11-12", "2025-11-12", "day"),
    # "until then", "by then": the time the text last named
    ("The ceasefire expires on April 2. Until then, aid convoys may cross.", SAT, "then", "2024-04-02",
     "2024-04-02", "2024-04-02", "day"),
    ("The army retook the city in 2017. By then, most residents had fled.", SAT, "then", "2017", "2017-01-01",
     "2017-12-31", "year"),
]

UNRESOLVED: list[cases.Unresolved] = [
    ("The day before, nobody had expected it.", SAT, "The day before", "DATE", "XXXX-XX-XX"),
    # TempEval-3 train conventions (issue 14)
    ("The ferries sail on Monday and Tuesday nights.", SAT, "Monday", "SET", "XXXX-WXX-1TNI"),
]


test_resolves = cases.resolves(RESOLVED)
test_recognises_without_dating = cases.recognised_without_dating(UNRESOLVED)
