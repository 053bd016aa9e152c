"""`timeline.timex.durations`: durations, shifts ("two days later"), sets, vague references and clock times.

On sentences written for these tests (other crises, other years), through `find_timexes`.
"""

from __future__ import annotations

from tests.timex import cases
from tests.timex.cases import SAT, TUE, WED, D

RESOLVED: list[cases.Resolved] = [
    # whole periods
    ("Strikes have grown in recent weeks.", SAT, "recent weeks", "PXW", "2024-02-17", "2024-03-16", "month"),
    ("Hundreds fled in recent days.", SAT, "recent days", "PXD", "2024-03-09", "2024-03-16", "week"),
    # anaphora: against the date the text just named
    ("Israel struck the depot on March 3. Two days later, Iran replied.", SAT, "Two days later", "P2D",
     "2024-03-05", "2024-03-05", "day"),
    ("Revenue reached $2 billion in 2022. A year earlier it had been half that.", SAT, "A year earlier", "2021",
     "2021-01-01", "2021-12-31", "year"),
    ("Three years ago the mine was still open.", SAT, "Three years ago", "2021", "2021-01-01", "2021-12-31", "year"),
    ("Gas sales fell in the third quarter. They had risen a year ago.", D("2024-11-02"), "a year ago", "2023-Q3",
     "2023-07-01", "2023-09-30", "quarter"),
    ("Curfew starts at 10 p.m. Wednesday.", TUE, "10 p.m. Wednesday", "2024-03-13T22:00", "2024-03-13",
     "2024-03-13", "day"),
    # a night runs over two days: "overnight" in a morning article may be either
    ("Shelling continued overnight.", WED, "overnight", "2025-11-11TNI", "2025-11-11", "2025-11-12", "day"),
    ("Shelling will continue overnight.", WED, "overnight", "2025-11-12TNI", "2025-11-12", "2025-11-13", "day"),
    # anaphora: counted from the date the text last named
    ("Jets struck on Tuesday. Hours later, Tehran vowed revenge.", WED, "Hours later", "2025-11-11", "2025-11-11",
     "2025-11-11", "day"),
    ("Jets struck on Tuesday. A few hours later, Tehran vowed revenge.", WED, "A few hours later", "2025-11-11",
     "2025-11-11", "2025-11-11", "day"),
    ("The truce began on March 3. Days later it collapsed.", WED, "Days later", "PXD", "2025-03-04",
     "2025-03-10", "week"),
    ("The truce began on March 3. Weeks later it collapsed.", WED, "Weeks later", "PXW", "2025-03-10",
     "2025-05-05", "month"),
    ("The truce began on March 3. Two months after, it collapsed.", WED, "Two months after", "2025-05-03",
     "2025-05-03", "2025-05-03", "day"),
    ("The truce began on March 3. A week later it collapsed.", WED, "A week later", "P1W", "2025-03-10",
     "2025-03-10", "day"),
    ("The truce began on March 3. Days earlier, talks had failed.", WED, "Days earlier", "PXD", "2025-02-24",
     "2025-03-02", "week"),
    ("More troops will arrive in the coming days.", WED, "the coming days", "PXD", "2025-11-12",
     "2025-11-19", "week"),
    ("The ceasefire collapsed a year ago.", WED, "a year ago", "2024", "2024-01-01", "2024-12-31", "year"),
    ("It happened two weeks ago today.", WED, "two weeks ago today", "2025-10-29", "2025-10-29", "2025-10-29",
     "day"),
    ("Two years ago tomorrow, the siege began.", WED, "Two years ago tomorrow", "2023-11-13", "2023-11-13",
     "2023-11-13", "day"),  # an anniversary the day after publication
    ("The strike began at 0600 GMT on Friday.", WED, "0600 GMT on Friday", "2025-11-07T06:00", "2025-11-07",
     "2025-11-07", "day"),
    # present reference: the publication day
    ("Some 2,000 troops are now on the border.", SAT, "now", "PRESENT_REF", "2024-03-16", "2024-03-16", "day"),
    ("The port is the only way out now that the border is shut.", SAT, "now", "PRESENT_REF", "2024-03-16",
     "2024-03-16", "day"),  # "now that": the present, as TimeML marks it
    ("Now that the talks have failed, the army will advance.", SAT, "Now", "PRESENT_REF", "2024-03-16",
     "2024-03-16", "day"),
    # a clock time without its day: the day its sentence names before it, else the publication day
    ("The convoy left at 5:10 p.m. under fire.", SAT, "5:10 p.m.", "2024-03-16T17:10", "2024-03-16", "2024-03-16",
     "day"),
    ("The judge appeared at midday.", SAT, "midday", "2024-03-16T12:00", "2024-03-16", "2024-03-16", "day"),
    ("The first drone hit the depot at 2:10 am, the governor said.", WED, "2:10 am", "2025-11-12T02:10",
     "2025-11-12", "2025-11-12", "day"),
    ("On Monday the convoy came under fire at 5:10 p.m. near the bridge.", WED, "5:10 p.m.", "2025-11-10T17:10",
     "2025-11-10", "2025-11-10", "day"),
    ("Shelling went on overnight, and the last shell fell at 4:30 a.m.", WED, "4:30 a.m.", "2025-11-12T04:30",
     "2025-11-12", "2025-11-12", "day"),  # the morning after the night
    ("Tuesday night's barrage began at 11:40 pm and ended at 1:15 am.", WED, "1:15 am", "2025-11-12T01:15",
     "2025-11-12", "2025-11-12", "day"),
    ("Tuesday night's barrage began at 11:40 pm and ended at 1:15 am.", WED, "11:40 pm", "2025-11-11T23:40",
     "2025-11-11", "2025-11-11", "day"),
    ("13:05 GMT — Kyiv says its drones struck a refinery overnight.", WED, "13:05 GMT", "2025-11-12T13:05",
     "2025-11-12", "2025-11-12", "day"),  # a day named after it is another event's
    ("The curfew starts at 22:00 local time.", WED, "22:00 local time", "2025-11-12T22:00", "2025-11-12",
     "2025-11-12", "day"),
    ("Sirens sounded at 0745 GMT.", WED, "0745 GMT", "2025-11-12T07:45", "2025-11-12", "2025-11-12", "day"),
    # military clock times, as armed forces and South Asian or African releases write them
    ("Troops moved at 0400 hours.", WED, "0400 hours", "2025-11-12T04:00", "2025-11-12", "2025-11-12", "day"),
    ("The airspace will stay closed till 23:59 hours on Nov. 23.", WED, "23:59 hours on Nov. 23",
     "2025-11-23T23:59", "2025-11-23", "2025-11-23", "day"),
    ("The NOTAM runs till 2359 hrs on Nov. 23.", WED, "2359 hrs on Nov. 23", "2025-11-23T23:59", "2025-11-23",
     "2025-11-23", "day"),
    # a year before an acronym that is no time zone stays a year
    ("Delegates met at the 2015 NPT Review Conference.", WED, "2015", "2015", "2015-01-01", "2015-12-31", "year"),
    ("The 2017 GST reform hit traders.", WED, "2017", "2017", "2017-01-01", "2017-12-31", "year"),
    # ... and one expression with a day written right after it, across a zone or a restatement
    ("The blast came at 10:45 p.m. local time (1945 GMT) on July 2.", D("2025-07-04"),
     "10:45 p.m. local time (1945 GMT) on July 2", "2025-07-02T22:45", "2025-07-02", "2025-07-02", "day"),
    ("The blast came at 10:45 p.m. (local time) on 2 July.", D("2025-07-04"), "10:45 p.m. (local time) on 2 July",
     "2025-07-02T22:45", "2025-07-02", "2025-07-02", "day"),
    ("Militants opened fire around 10.30 pm on Thursday.", WED, "10.30 pm on Thursday", "2025-11-06T22:30",
     "2025-11-06", "2025-11-06", "day"),
    ("Drones were shot down at 3 am Kyiv time on Sunday.", WED, "3 am Kyiv time on Sunday", "2025-11-09T03:00",
     "2025-11-09", "2025-11-09", "day"),
    # "exactly N ago" is a day; "N weeks ago" alone stays a week
    ("The border closed exactly two weeks ago.", WED, "exactly two weeks ago", "2025-10-29", "2025-10-29",
     "2025-10-29", "day"),
    ("The siege began a year ago to the day.", WED, "a year ago to the day", "2024-11-12", "2024-11-12",
     "2024-11-12", "day"),
    ("Precisely six months ago the dam burst.", WED, "Precisely six months ago", "2025-05-12", "2025-05-12",
     "2025-05-12", "day"),
    ("The border closed two weeks ago.", WED, "two weeks ago", "2025-W44", "2025-10-27", "2025-11-02", "week"),
    # a stretch of vague length ending or starting at publication is a duration that keeps its days
    ("Prices will keep rising in the coming months.", SAT, "the coming months", "PXM", "2024-03-16", "2024-09-15",
     "year"),
    ("Convoys will be exposed in the weeks ahead.", SAT, "the weeks ahead", "PXW", "2024-03-16", "2024-04-13",
     "month"),
    ("Insurers have struggled in recent quarters.", SAT, "recent quarters", "PXM", "2023-03-17", "2024-03-16", "year"),
    ("Kidnappings have multiplied in recent years.", SAT, "recent years", "PXY", "2021-03-17", "2024-03-16",
     "decade"),
    # days and weeks counted from a date the text named: the duration, on the day it leads to
    ("The port was shelled on March 3. Three days earlier, the navy had left.", SAT, "Three days earlier", "P3D",
     "2024-02-29", "2024-02-29", "day"),
    ("The port was shelled on March 3. A few days later, the blockade began.", SAT, "A few days later", "PXD",
     "2024-03-04", "2024-03-10", "week"),
]

UNRESOLVED: list[cases.Unresolved] = [
    ("The blockade has lasted for months.", SAT, "months", "DURATION", "PXM"),
    ("It was the first strike on the capital in years.", SAT, "years", "DURATION", "PXY"),
    ("Troops must leave within 48 hours.", SAT, "48 hours", "DURATION", "PT48H"),
    ("The ceasefire holds for 90 days.", SAT, "90 days", "DURATION", "P90D"),
    ("He signed a three-year contract with the ministry.", SAT, "three-year", "DURATION", "P3Y"),
    ("Patrols now run every week.", SAT, "every week", "SET", "P1W"),
    ("Officials brief reporters daily.", SAT, "daily", "SET", "P1D"),
    ("The militia has recently moved south.", SAT, "recently", "DATE", "PAST_REF"),
    ("Both sides will talk again in the future.", SAT, "the future", "DATE", "FUTURE_REF"),
    ("Hours later, the line went dead.", SAT, "Hours later", "DATE", "XXXX-XX-XX"),  # no date named before
    ("Jets struck on Tuesday. Two hours later the line went dead.", SAT, "Two hours", "DURATION", "PT2H"),
    ("The drills come two months after Beijing sanctioned seven firms.", SAT, "two months", "DURATION", "P2M"),
    ("The militia patrols on Tuesdays.", SAT, "Tuesdays", "SET", "XXXX-WXX-2"),
    ("Talks may resume in the near future.", SAT, "the near future", "DATE", "FUTURE_REF"),
    ("Grain exports will stay weak in the near term.", SAT, "the near term", "DATE", "FUTURE_REF"),
    ("Officials see little relief in the short term.", SAT, "the short term", "DATE", "FUTURE_REF"),
    ("The referendum was postponed to a later date.", SAT, "a later date", "DATE", "FUTURE_REF"),
    ("Negotiations dragged on for two decades.", SAT, "two decades", "DURATION", "P20Y"),
    ("The crews flew 18 hours on end.", SAT, "18 hours", "DURATION", "PT18H"),  # two digits and "hours": a length
    # TempEval-3 train error analysis: fractions, "the year ended", "soon", "midday"
    ("Refugees lived in the camps for 2 1/2 years.", SAT, "2 1/2 years", "DURATION", "P2Y6M"),
    ("The envoy spoke for about 5 1/2 hours.", SAT, "5 1/2 hours", "DURATION", "PT5H30M"),
    ("A minute and a half later the line went dead.", SAT, "A minute and a half", "DURATION", "PT1M30S"),
    ("Rebels may soon seek talks.", SAT, "soon", "DATE", "FUTURE_REF"),
    ("The army wants the corridor open as soon as possible.", SAT, "as soon as possible", "DATE", "FUTURE_REF"),
    ("Hamas rejected the 48-hour deadline.", SAT, "48-hour", "DURATION", "PT48H"),
    ("Islam will one day be the second religion there.", SAT, "one day", "DATE", "FUTURE_REF"),
    ("Holders may buy at half the then current price.", SAT, "current", "DATE", "PAST_REF"),
    ("Ukraine was ruled from Moscow for centuries.", SAT, "centuries", "DURATION", "PXC"),
    ("Lawyers emerged from a day-long meeting.", SAT, "day-long", "DURATION", "P1D"),
    ("It ended a decades-long feud.", SAT, "decades-long", "DURATION", "PXY"),
    ("His car was seen there in the weeks before the shooting.", SAT, "weeks", "DATE", "XXXX-XX-XX"),
    ("Shops must close at 9 pm every day.", SAT, "9 pm", "TIME", "XXXX-XX-XXT21:00"),  # a recurrence, not a day
    # TempEval-3 train conventions (issue 14)
    ("The ferries sail on Monday and Tuesday nights.", SAT, "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ("Two days later, the line went dead.", SAT, "Two days later", "DURATION", "P2D"),  # no date named before
    ("Patrols pass the checkpoint twice daily.", SAT, "daily", "SET", "P1D"),
    ("The index fell eight trading days after the crash.", SAT, "eight trading days", "DURATION", "P8D"),
    ("The mandate may be extended for an additional year.", SAT, "an additional year", "DURATION", "P1Y"),
    # a stretch of no stated unit
    ("Refugees will have to live in tents for a while.", SAT, "a while", "DURATION", "PXX"),
    ("The border stayed quiet for quite a while.", SAT, "quite a while", "DURATION", "PXX"),
    ("It was the first prisoner swap in a long while.", SAT, "a long while", "DURATION", "PXX"),
]


test_resolves = cases.resolves(RESOLVED)
test_recognises_without_dating = cases.recognised_without_dating(UNRESOLVED)
