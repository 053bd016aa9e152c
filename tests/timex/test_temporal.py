"""`timeline.timex.temporal`: `find_timexes` as a whole (days listed together, a clock time joined to its day,
what is refused, datelines, the `anchor` and `future` keywords) on sentences written for these tests (other crises,
other years). Each resolution rule's cases are in the test module named after it (`test_dates`, `test_days` ...)."""

from __future__ import annotations

import random
from datetime import date

import pytest

from tests.timex.cases import SAT, WED, D
from timeline.timex.temporal import find_timexes

# (sentence, publication date, [(expression, TIMEX3 value)]): every expression of the sentence
LISTED = [
    # days listed together: each its own expression, as TimeML writes them, with the month and year of the one named
    ("The summit will be held on April 24 and 25.", D("2026-02-10"),
     [("April 24", "2026-04-24"), ("25", "2026-04-25")]),
    ("Talks ran on March 2, 3 and 4, 2024.", WED, [("March 2", "2024-03-02"), ("3", "2024-03-03"),
                                                   ("4, 2024", "2024-03-04")]),
    ("Envoys met on the 3rd and 4th of May.", D("2025-06-10"),
     [("the 3rd", "2025-05-03"), ("4th of May", "2025-05-04")]),
    ("Polls open on 3 and 4 May 2026.", WED, [("3", "2026-05-03"), ("4 May 2026", "2026-05-04")]),
    ("Talks opened on 2 May. On the 14th and 15th they collapsed.", WED,
     [("2 May", "2025-05-02"), ("the 14th", "2025-05-14"), ("15th", "2025-05-15")]),
    # ... but not numbers that count something after a date
    ("On April 24, 30 were killed.", WED, [("April 24", "2025-04-24")]),
    ("He was last seen on Nov. 3, the day before police issued a warrant.", WED, [("Nov. 3", "2025-11-03")]),
    ("On Sept. 3 and 4 soldiers were wounded.", WED, [("Sept. 3", "2025-09-03")]),
    ("Prices rose on May 5 and 3 percent more on May 9.", WED, [("May 5", "2025-05-05"), ("May 9", "2025-05-09")]),
    # a spelled-out number is a year only where it can be one
    ("In January two thousand people marched on the capital.", SAT, [("January", "2024-01")]),
    ("In May two thousand and one the dam burst.", SAT, [("May two thousand and one", "2001-05")]),
]


@pytest.mark.parametrize(("sentence", "published", "wanted"), LISTED)
def test_finds_every_expression(sentence: str, published: date, wanted: list[tuple[str, str]]) -> None:
    assert [(s.text, s.value) for s in find_timexes(sentence, published)] == wanted


def test_clock_time_after_a_day_takes_that_day() -> None:
    spans = find_timexes("Shelling resumed Friday at 3 p.m. local time.", SAT)
    assert [(s.type, s.value) for s in spans] == [("DATE", "2024-03-15"), ("TIME", "2024-03-15T15:00")]


# sentences whose numbers, names and verbs are not dates: no resolved date may come out of them
REFUSED = [
    "Twenty out of 23 provinces voted, 95% of them for the pact.",
    "The fund pledged $50 million and 4.5 million doses.",
    "B-52 and F-35 jets flew past S-300VM batteries.",
    "The navy launched Plan Independence 200 with 2000 troops.",
    "Officials may impose new tariffs, the minister said.",
    "Thousands plan to march on parliament.",
    "Fans gathered for Euro 2024 in the square.",
    "The army tried a second time to cross the river.",
    "Roughly 2023 people were evacuated from the coast.",
    "Prices fall when the rouble rises.",
    "The fall of Kabul shocked the alliance.",
    "Shoppers crowded stores on Black Friday.",
    "Rebels control a quarter of the country.",
    "Rebels hold three-quarters of the province.",
    "A 52-year-old commander and a 30 years old pilot were detained.",
    "More than two thousand years of history were lost.",
    "Vision 2030 set the reform agenda.",
    "Correspondent April Ryan asked about the strikes.",
    "The coalition began to fall apart after the vote.",
    "Oil prices are expected to fall further.",
    "The 11th Circuit ruled after the 14th round of talks, on the 25th anniversary.",
    "The side won 10-5 March matches.",
    "Firmware version 1.2.2024 fixed the radar.",
    "The hosts won the tie 2:10 on aggregate, and the chamber split 13:45 on the motion.",
]


@pytest.mark.parametrize("sentence", REFUSED)
def test_refuses_what_is_not_a_date(sentence: str) -> None:
    assert [s.text for s in find_timexes(sentence, SAT) if s.resolved] == []


@pytest.mark.parametrize("sentence", [
    "The blockade costs $2 million a year and four flights a week.",
    "The army tried a second time to cross the river.",
    "Rebels hold three-quarters of the province.",
    "A 52-year-old commander was detained.",
    "The poster showed Gary Cooper in High Noon.",
    "The coalition began to fall apart.",
    "The convoy was hit soon after it left.",
    "The case is a lesson for today's youth.",
    'Baker said on ABC\'s "This Week" that talks would go on.',
    "Nasdaq's average daily volume was 133 million shares.",
    "She was in Nairobi later in the day before returning home.",
    "Exports are forecast to grow 8.5% annually.",  # a rate after a figure, like "$2 million a year"
    "The mine produces 10,000 tonnes annually.",
    "Troops will stay in the region for the foreseeable future.",  # TempEval-3 leaves it unmarked
    "The envoy spoke on NBC's Today about the hostages.",  # a programme's name
    "Marchers have filled the square for the past three summers.",  # not "the past" (PAST_REF)
    "Marchers filled the square, and the March on Washington followed.",
    "The general wants the soldiers of tomorrow trained in cities.",  # an age, not a day
    "It was the third day of talks in the port.",  # a count of days told in the past: which day is not said
    "While the talks went on, the army waited for the order.",  # "while" the conjunction
    "By then, most residents had fled.",  # "then" with no time named before it
    "As last reported, the convoy was stuck.",  # "last" with no period before it
])
def test_no_time_expression_at_all(sentence: str) -> None:
    assert find_timexes(sentence, SAT) == []


def test_offsets_point_into_text_with_narrow_spaces() -> None:
    text = "Kyiv, 14\u202fMarch\u202f2024 \u2014 Talks collapsed \u201clast week\u201d, officials said."
    spans = find_timexes(text, SAT)
    assert [(text[s.start: s.end], s.value) for s in spans] == [("14\u202fMarch\u202f2024", "2024-03-14"),
                                                               ("last week", "2024-W10")]


def test_dateline_date_is_flagged_and_does_not_anchor_anaphora() -> None:
    text = "Headline\nPublished: Dec 1, 2025\nThe strike came on Nov. 28. The next day, talks resumed."
    spans = find_timexes(text, D("2025-12-01"))
    assert [s.dateline for s in spans][:2] == [True, False]
    nxt = next(s for s in spans if s.text == "The next day")
    assert nxt.date_start == D("2025-11-29")


def test_byline_date_and_time_are_flagged_and_read_together() -> None:
    text = ("Curfew extended\nby Jane Doe, The Hill - 07/09/24 10:05 AM ET\n"
            "Troops stayed at 2 am. The next day, it rained.")
    spans = find_timexes(text, D("2024-07-09"))
    assert [(s.text, s.value, s.dateline) for s in spans] == [
        ("07/09/24", "2024-07-09", True), ("10:05 AM ET", "2024-07-09T10:05", True),
        ("2 am", "2024-07-09T02:00", False), ("The next day", "XXXX-XX-XX", False)]


def test_a_lede_on_its_datelines_line_keeps_its_own_dates() -> None:
    text = ("March 3, 2024 (GOMA) – Rebels shelled the airport on Sunday, killing two guards and wounding several "
            "others, officials said.")
    spans = find_timexes(text, D("2024-03-03"))
    assert [(s.text, s.value, s.dateline) for s in spans] == [("March 3, 2024", "2024-03-03", True),
                                                               ("Sunday", "2024-03-03", False)]


def test_anchor_keyword_resolves_anaphora_in_a_lone_sentence() -> None:
    span = find_timexes("Two days later the bridge was hit.", SAT, anchor=D("2024-03-01"))[0]
    assert span.date_start == D("2024-03-03")


def test_future_keyword_forces_the_direction() -> None:
    assert find_timexes("Talks on Friday.", SAT, future=True)[0].date_start == D("2024-03-22")
    assert find_timexes("Talks on Friday.", SAT, future=False)[0].date_start == D("2024-03-15")


_WORDS = ("the of and to in a 2024 1989 May March march last this next week month 12 31 Monday said will year "
          "years ago day days 1990s '90s $50 million 95% Q3 quarter third-quarter at 5 p.m. 10:45 am noon , . ( ) "
          "early late mid- end of September Sept. Jan. spring fall now for months within 48 hours every daily "
          "twice weekend that previous following later earlier before after two several fiscal year-ago period "
          "half first century 20th nineteen ninety-one Christmas Easter today tonight morning recent coming "
          "future Published: By | 2025-03-14 3/14/2024 14 Thursday (Jan 9) as 200000 centuries")
_VOCABULARY = _WORDS.split(" ")


@pytest.mark.parametrize("seed", range(40))
def test_any_word_salad_gives_consistent_spans(seed: int) -> None:
    """Invariants on random texts: no exception, offsets point at the text, ranges are ordered."""
    rng = random.Random(seed)
    text = " ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(5, 200)))
    published = date(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28))
    spans = find_timexes(text, published)
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    for s in spans:
        assert text[s.start: s.end] == s.text and s.type in ("DATE", "TIME", "DURATION", "SET")
        assert (s.date_start is None) == (s.date_end is None) == (s.precision is None)
        assert s.date_start is None or s.date_end is None or s.date_start <= s.date_end
