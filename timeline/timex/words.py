"""The words of dates and numbers: month, weekday and season names, parts of the day, number and ordinal words,
time zones; and reading a number or a year written in words ("twenty-one", "nineteen ninety-six").

`grammar` builds its patterns from these tables, the rules read what a pattern matched with them.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}  # TIMEX3 codes
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0, "a half": 0,
}
VAGUE_NUMBERS = ("few", "a few", "several", "many", "some", "dozens of", "hundreds of", "a number of", "numerous")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


# Time zones written after a clock time ("10:05 AM ET", "0600 GMT", "10:45 p.m. local time", "5 pm Moscow time"),
# and a clock time restated in brackets ("10:35 a.m. (0735 GMT)"). The US zones and the zones of countries that
# write the day first also tell the order of a numbers-only date on a byline (`timeline.timex.dateline`).
US_ZONES = ("ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST")
DAY_FIRST_ZONES = ("BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "PKT", "SAST", "WAT", "EAT",
                   "CAT", "AEST", "AEDT", "NZST", "NZDT", "IDT")
ZONES = (*US_ZONES, *DAY_FIRST_ZONES, "GMT", "UTC", "KST", "JST", "HKT", "SGT", "PHT", "WIB", "ICT")
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                 "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                 "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                 "twentieth": 20, "thirtieth": 30}


def number(word: str) -> float | None:
    """The value of a number written with digits or words; None for vague ones ("several", "a few")."""
    w = " ".join(word.lower().split())
    half = 0.5 if w.endswith(("and a half", "1/2", "½")) else 0.0
    if half:
        w = w.removesuffix("and a half").removesuffix("1/2").removesuffix("½").strip()
    if w in VAGUE_NUMBERS:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) + half
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w] + half
    parts = re.split(r"[-\s]", w)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] + half
    return None


def spelled_year(words: str) -> int | None:
    """"nineteen ninety-six" -> 1996, "two thousand and one" -> 2001, "nineteen oh five" -> 1905."""
    w = " ".join(words.lower().replace("-", " ").split())
    if w.startswith("two thousand"):
        tail = w[len("two thousand"):].strip().removeprefix("and ").strip()
        n = number(tail) if tail else 0
        return None if n is None else 2000 + int(n)
    head, _, tail = w.partition(" ")
    century = number(head)
    if century is None:
        return None
    if tail == "hundred":
        return int(century) * 100
    rest = number(tail.removeprefix("oh ").strip())
    return None if rest is None else int(century) * 100 + int(rest)
