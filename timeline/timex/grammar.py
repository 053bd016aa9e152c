"""The grammar that finds candidate time expressions: one regular expression per kind of expression.

Each rule's pattern may read context it does not keep (a preposition before a bare month, for example);
the named group `x`, when present, is the expression's extent (TimeML extents leave out "on", "in", "for").
`temporal` resolves the candidates; this module only knows surface forms and number words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def _words(names: list[str], *, period: bool = False) -> str:
    """Title-case and upper-case forms of `names` (month and weekday names are proper nouns)."""
    forms = [n.title() for n in names] + [n.upper() for n in names]
    body = "|".join(sorted(forms, key=len, reverse=True))
    dot = r"\.?" if period else ""
    return f"(?:{body}){dot}(?![A-Za-z])"


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
MON = f"(?:{_words(_FULL_MONTHS)}|{_words(_ABBR_MONTHS, period=True)})"
MON_FULL = _words(_FULL_MONTHS)
WD = (f"(?:{_words([w for w in WEEKDAYS if len(w) > 5])}"
      f"|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.(?![A-Za-z]))")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%])(?!,\d{3})"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%])"
S = r"[ \t\u00a0\u202f]+"  # spaces inside one line (U+202F narrow no-break space included)
SO = r"[ \t\u00a0\u202f]*"
NUM_WORD = "|".join(sorted((re.escape(k) for k in NUMBER_WORDS if k not in ("half a", "a half")),
                           key=len, reverse=True))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
LIST_SEP = rf"(?:{SO},{SO}(?:(?:and|or){S})?|{S}(?:and|or|&){S})"  # between the items of a list: ", ", " and ", ", or "
NUM = (rf"(?:\d+(?:\.\d+)?(?:{S}1/2|{SO}½)?|(?:{_TENS})[-\s](?:one|two|three|four|five|six|seven|eight|nine)"
       rf"|{NUM_WORD}|{'|'.join(re.escape(v) for v in VAGUE_NUMBERS)})(?:{S}and{S}a{S}half)?")
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century)"
PREP = r"(?:in|since|until|till|by|from|through|during|of|before|after|between|and|to|or|on|for|as\s+of)"
MOD = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+close\s+of)"
PART = r"(?:morning|afternoon|evening|night|overnight)"
REL = r"(?:last|this|next|past|coming|previous|following|current|same)"


def _c(pattern: str, *, ignore_case: bool = True) -> re.Pattern[str]:
    # Rules with month/weekday names are case-sensitive through their own forms; the rest ignore case.
    flags = re.VERBOSE | (re.IGNORECASE if ignore_case else 0)
    return re.compile(pattern, flags)


def _nocase(words: str) -> str:
    return f"(?i:{words})"


# Time zones written after a clock time ("10:05 AM ET", "0600 GMT", "10:45 p.m. local time", "5 pm Moscow time"),
# and a clock time restated in brackets ("10:35 a.m. (0735 GMT)"). The US zones and the zones of countries that
# write the day first also tell the order of a numbers-only date on a byline (`timex_dateline`).
US_ZONES = ("ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST")
DAY_FIRST_ZONES = ("BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "PKT", "SAST", "WAT", "EAT",
                   "CAT", "AEST", "AEDT", "NZST", "NZDT")
ZONES = (*US_ZONES, *DAY_FIRST_ZONES, "GMT", "UTC", "KST", "JST", "HKT", "SGT", "PHT", "WIB", "ICT")
ZONE = (r"(?-i:" + "|".join(sorted((*ZONES, "Zulu", "Z"), key=len, reverse=True)) + r")(?![\w])|(?i:local)" + S
        + r"time\b|(?-i:(?!" + WD + r")[A-Z][a-z]+)" + S + r"time\b")
# Years and days of the month spelled out, as broadcast copy writes them: "nineteen ninety-seven", "two thousand and
# one", "nineteen oh five", "the year two thousand"; "March eighth", "the twenty-first of April".
_UNITS_1_9 = "one|two|three|four|five|six|seven|eight|nine"
SPELLED_YEAR = (rf"(?i:(?:nineteen|twenty)[-\s](?:hundred|(?:{_TENS})(?:[-\s](?:{_UNITS_1_9}))?|ten|eleven|twelve|"
                rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[-\s](?:{_UNITS_1_9}))"
                rf"|two{S}thousand(?:{S}(?:and{S})?(?:{_UNITS_1_9}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                rf"seventeen|eighteen|nineteen|twenty(?:[-\s](?:{_UNITS_1_9}))?))?)")
_NOT_COUNTED = rf"(?!{S}(?i:years|days|months|weeks|people|troops|soldiers|dollars))"  # "two thousand people"
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                 "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                 "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                 "twentieth": 20, "thirtieth": 30}
SPELLED_DAY = (r"(?i:(?:twenty[-\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[-\s]first|"
               r"tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)(?![\w-])")
_CLOCK_AGAIN = r"(?:[01]?\d|2[0-3])(?:[:.]?[0-5]\d)?(?:" + SO + r"[ap]\.?m\.?)?"
_THE_MONTH_OF = _nocase(r"the\s+month\s+of")
_MONTH_REL = _nocase("last|this|next|early|late|mid|earlier|later|" + MOD)

# (rule, pattern); an earlier rule wins a tie between two candidates of the same extent.
RULES: list[tuple[str, re.Pattern[str]]] = [
    ("iso", _c(r"(?<![\w./-])(?P<x>(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d))(?:T[\d:]+Z?)?(?![\w/-]|-\d)")),
    ("numeric", _c(r"(?<![\w./-])(?P<x>(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d))(?![\w/])")),
    # "03.07.2024" (day first: no country writes month.day.year with dots) and "2024.03.07" (year first)
    ("dotted", _c(r"""(?<![\w./-])(?P<x>(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)
                   |(?P<y2>(?:19|20)\d\d)\.(?P<m2>[01]\d)\.(?P<d2>[0-3]\d))(?![\w]|\.\d)""")),
    ("numeric_md", _c(r"""(?<![\w-])(?:on|from|until|till|by|since|before|after|through)[ \t\u00a0\u202f]+
                      (?P<x>(?P<a>[01]?\d)/(?P<b>[0-3]?\d))(?![\w/%]|[.,]\d)""")),
    ("mdy", _c(rf"""(?<!\w)(?P<x>(?:(?P<wd>{WD}),?{S})?(?P<mon>{MON}){S}(?:(?P<day>{DAY})|(?P<dw>{SPELLED_DAY}))
                 (?:(?:,{S}|{S})(?:(?P<y>{YEAR})|(?P<ys>{SPELLED_YEAR}){_NOT_COUNTED}))?
)""", ignore_case=False)),
    ("wd_paren", _c(rf"""(?<!\w)(?P<x>(?P<wd>{WD}){SO}\({SO}(?P<mon>{MON}){S}(?P<day>{DAY})
                        (?:,?{S}(?P<y>{YEAR}))?{SO}\))""", ignore_case=False)),
    ("day_range", _c(rf"""(?<![\w,.$£€])(?P<x>(?:(?P<night>{_nocase('the')}{S}{_nocase('night')}{S}{_nocase('of')}){S})?
                      (?:(?P<d1>{DAY}){SO}(?:-|–|—|{_nocase('to')}){SO}(?P<day>{DAY})(?:{S}{_nocase('of')})?{S}(?P<mon>{MON})
                      |(?P<mon2>{MON}){S}(?P<d2>{DAY}){SO}(?:-|–|—){SO}(?P<day2>{DAY})(?![:/.]\d))
                      (?:,?{S}(?P<y>{YEAR}))?)(?![\w-])""", ignore_case=False)),
    ("ordinal_day", _c(rf"""(?<![\w-])(?:(?P<prep>on|by|until|till|since|before|after|from|of|and){S})?
                        (?P<x>the{S}(?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)
                        (?:{S}of{S}(?P<rel>this|last|next|that|the{S}same|the{S}following|the{S}previous){S}month)?)
                        (?P<after>{SO}(?:[.,;:!?)–—]|$)|{S}(?:and|or|to|through|until|at|in|when|as|with|the|he|she|it|they|we|his|her|its|their)\b)?
                        (?![\w-])""")),
    ("week_of", _c(rf"""(?<!\w)(?P<x>{_nocase('the')}{S}{_nocase('week')}{S}{_nocase('of')}{S}(?P<mon>{MON}){S}
                       (?P<day>{DAY})(?:,?{S}(?P<y>{YEAR}))?)""", ignore_case=False)),
    ("holiday", _c(rf"""(?<!\w)(?P<x>(?:(?P<rel>{_nocase('last|this|next')}){S})?(?P<name>Christmas(?:{S}(?:Day|Eve))?
                       |New{S}Year['’]s(?:{S}(?:Day|Eve))?|Thanksgiving(?:{S}Day)?|Easter(?:{S}Sunday)?|Halloween
                       |Valentine['’]s{S}Day|Election{S}Day)(?P<week>{S}{_nocase('week')})?)(?![\w-])""",
                   ignore_case=False)),
    ("dmy", _c(rf"""(?<![\w,.$£€])(?P<x>(?:(?P<wd>{WD}),?{S})?
                 (?:(?:{_nocase('the')}{S})?(?P<day>{DAY})(?:{S}{_nocase('of')})?
                 |{_nocase('the')}{S}(?P<dw>{SPELLED_DAY}){S}{_nocase('of')}){S}(?P<mon>{MON})
                 (?:,?{S}(?:(?P<y>{YEAR})|(?P<ys>{SPELLED_YEAR}){_NOT_COUNTED}))?)""", ignore_case=False)),
    ("month_year", _c(rf"""(?<!\w)(?P<x>(?:(?P<mod>{_nocase(MOD)})[-\s]+)?(?P<mon>{MON}),?{S}(?:{_nocase('of')}{S})?
                       (?:(?P<y>{YEAR})|(?P<ys>{SPELLED_YEAR})(?![\w-]){_NOT_COUNTED}))""", ignore_case=False)),
    ("month", _c(rf"""(?:(?<![\w-])(?:(?P<prep>{_nocase(PREP)})|(?P<det>{_nocase('the|a|an|its|their|his|her')}))
                  {S}(?:{_THE_MONTH_OF}{S})?)?
                  (?P<x>(?:(?P<rel>{_MONTH_REL})[-\s]+)?(?P<mon>{MON_FULL}))
                  (?!{S}\d|-\d)""", ignore_case=False)),
    ("in_period", _c(rf"""(?<!\w)(?P<x>(?P<mod>{_nocase('earlier|later|early|late')}){S}{_nocase('in|during')}{S}
                      (?:(?:{_THE_MONTH_OF}{S})?(?P<mon>{MON_FULL})(?:,?{S}(?P<y>{YEAR}))?|(?P<y2>{YEAR})
                      |(?P<rel>{_nocase('the|that|this')}){S}(?P<unit>{_nocase('week|month|year')})))(?![\w-])""",
                     ignore_case=False)),
    ("month_relyear", _c(rf"""(?<!\w)(?P<x>(?:(?P<mod>{_nocase(MOD)})[-\s]+)?(?P<mon>{MON}),?{S}(?:{_nocase('of')}{S})?
                          (?P<rel>{_nocase('last|this|next')}){S}{_nocase('year')})(?![\w-])""", ignore_case=False)),
    ("spelled_year", _c(rf"""(?<![\w-])(?P<x>(?:the{S}year{S})?(?P<words>{SPELLED_YEAR}))(?![\w-]){_NOT_COUNTED}""")),
    ("year_ago_adj", _c(rf"""(?<!\w)(?P<x>(?:the{S})?(?:year|quarter)-(?:ago|earlier){S}(?P<noun>period|level|levels)
                         |(?:year|quarter)-(?:ago|earlier))(?![\w-])""")),
    ("century", _c(rf"""(?<!\w)(?P<x>(?:the{S})?(?:(?P<rel>last|this|next|past|previous|current){S}century|
                     (?P<ord>\d{{1,2}})(?:st|nd|rd|th)[-\s]century))(?![\w-])""")),
    ("year_end", _c(rf"""(?<!\w)(?P<x>(?:the{S})?(?P<word>year[-\s]end|end{S}of{S}the{S}year|year['’]s{S}end
                     |full{S}year))(?![\w-])""")),
    ("year", _c(rf"""(?<![\w$£€.,/#-])(?P<x>(?:(?P<mod>{MOD})[-\s]+|(?P<pp>pre|post)-)?(?:(?:the{S})?year{S})?
                 (?P<y>{YEAR}))
                 (?![\w%]|-(?!\d)|[.,]\d|{S}(?:percent|per{S}cent)|\.\d)(?P<after>{S}[a-z]+)?""")),
    ("fiscal", _c(rf"""(?<!\w)(?P<x>fiscal(?:{S}year)?{S}(?P<y>{YEAR}|'?\d\d)
                   |(?-i:FY){SO}-?(?P<fy>{YEAR}|'?\d\d)(?:[/–-](?P<y2>\d\d))?)(?![\w%]|[/–-]\d)""")),
    ("split_year", _c(rf"(?<![\w/.,$£€-])(?P<x>(?P<y>{YEAR})(?:/|–|-)(?P<y2>\d\d(?:\d\d)?))(?![\w/%]|[-–.,]\d)")),
    ("decade", _c(rf"""(?<!\w)(?P<x>(?:the{S})?(?:(?P<mod>early|mid|late)[-\s]+)?
                   (?:(?P<dec>(?:1[5-9]|20)\d0)|['’](?P<short>\d0))['’]?s|the{S}(?:(?P<cent>eighteen|nineteen)[-\s])?
                   (?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])""")),
    ("season", _c(rf"""(?<!\w)(?:(?<![\w-])(?P<prep>{PREP}|over|into|throughout){S})?
                   (?P<x>(?:(?P<rel>last|this|next|past|coming|early|late|mid|the{S}end{S}of|the)[-\s]+)?
                   (?:(?:the|this){S})?(?P<season>spring|summer|fall|autumn|winter)
                   (?:{S}(?:of{S})?(?:(?P<y>{YEAR})|(?P<ys>{SPELLED_YEAR})(?![\w-]){_NOT_COUNTED}))?)(?P<after>{S}of)?(?![\w-])""")),
    # "the third quarter", "the year-ago third quarter", "the comparable year-ago quarter", "last year's quarter",
    # "the quarter a year ago", "the corresponding period last year"
    ("quarter", _c(rf"""(?<!\w)(?P<x>(?:the{S}(?:(?P<y2>{YEAR}){S})?)?
                    (?:(?P<ry>last|this|next){S}year['’]s{S})?(?:fiscal{S})?
                    (?:(?:comparable|corresponding|same){S}(?=year-))?(?:(?P<ago>year-ago|year-earlier)[-\s]+)?
                    (?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|
                    current|previous|past|next|this|that|same|comparable|corresponding|fiscal){SO}[-\s]?)?
                    (?:(?:fiscal|calendar){S})?(?P<noun>quarter|period)
                    (?:{S}(?:of{S})?(?:fiscal{S})?(?P<y>{YEAR})
                    |{S}(?P<ago2>a{S}year{S}(?:ago|earlier)|(?:of{S})?last{S}year))?)
                    (?![\w-])(?P<after>{S}(?:of{S})?[a-z]+)?""")),
    ("qcode", _c(rf"""(?<![\w-])(?P<x>(?P<q>Q[1-4])(?:{S}|-|/)?(?P<y>{YEAR})?
                  |(?P<h>(?-i:H)[12])(?:{S}|-|/)?(?P<hy>{YEAR}))(?![\w-])""")),
    ("half", _c(rf"""(?<!\w)(?P<x>(?:the{S})?(?:(?P<ord>first|second|1st|2nd|last|latter){S}half
                 |(?P<two>first|last){S}two{S}quarters(?={S}of{S}(?:(?:the|this){S}year|{YEAR})))
                 (?:{S}of(?:{S}(?:the|this){S}year|{S}(?P<y>{YEAR})))?)(?!{S}(?:of|an|a)\b)""")),
    ("rel_period", _c(rf"""(?<!\w)(?P<x>(?:(?P<mod>early|late|mid|earlier|later|{MOD})[-\s]+)?
                       (?:the{S}(?=(?:last|past|previous){S}))?(?P<rel>last|this|next|past|coming|previous|following|current|same|that|the)
                       {S}(?:(?:fiscal|calendar){S})?(?P<unit>week|month|year|weekend|decade))(?![\w-])""")),
    ("weekend", _c(rf"(?<!\w)(?P<x>(?:(?P<rel>the|this|last|next|that){S})?weekend)(?![\w-])")),
    ("wday", _c(rf"""(?P<x>(?:(?P<rel>(?i:last|this|next|past|coming|early|late|mid|the{S}previous|the{S}following|
                 that))[-\s]+)?(?P<wd>{WD})(?:{S}(?P<part>(?i:{PART}))(?![\w-]))?)
                 (?!{S}(?:Times|Telegraph|Mail|Express|Post|Herald))""",
                 ignore_case=False)),
    ("dayword", _c(rf"""(?<!\w)(?P<x>(?:(?P<mod>early|late){S})?(?P<word>today|tonight|yesterday|tomorrow|
                    the{S}day{S}before{S}yesterday|the{S}day{S}after{S}tomorrow)(?:{S}(?P<part>{PART}))?)
                    (?![\w])""")),
    ("part_of_day", _c(rf"""(?<![\w-])(?:in|during|by|at|since|until|from)[ \t\u00a0\u202f]+
                        (?P<x>the{S}(?P<part>morning|afternoon|evening)|(?:mid|early|late)[-\s]?(?P<part2>morning|
                        afternoon|evening)|(?P<h>[1-9]|1[0-2])(?::(?P<mi>[0-5]\d))?{S}in{S}the{S}(?P<pd>morning|
                        afternoon|evening|night))(?![\w-])(?!{S}(?:of|after|before)\b)""")),
    ("this_part", _c(rf"(?<!\w)(?P<x>(?P<rel>this|last|early{S}this|late{S}this){S}(?P<part>{PART}))(?![\w-])")),
    ("anaphor_day", _c(rf"""(?<!\w)(?P<x>(?:(?:earlier|later){S}(?=that|the{S}same))?
                        (?P<phrase>the{S}(?:previous|next|following|same){S}(?:day|morning|afternoon|evening|night)
                        |the{S}day{S}(?:before|after)(?!{S}(?-i:I\b|(?!(?:in|at|on|and|but|or|as|when|while|to|from|with|last|next|
                        by|for)\b)[a-z]))
                        |that{S}(?:same{S})?(?:day|morning|night|evening|afternoon)))
                        (?!{S}(?:the|a|an|his|her|their|its|of|[a-z]+ing)\b)(?![\w-])""")),
    ("shift", _c(rf"""(?<!\w)(?P<x>(?:(?:nearly|about|almost|more{S}than|some|roughly|around|over|just|only|at{S}least
                  |(?P<exact>exactly|precisely)){S})?(?P<n>{NUM}){S}(?P<unit>{UNIT})s?(?:{S}or{S}so)?{S}
                  (?P<dir>ago(?:{S}(?P<today>today|yesterday)|,?{S}(?P<to_day>to{S}the{S}day))?|earlier|later|afterwards?|hence|from{S}now|
                  (?:before|after)(?!{S}(?:the|a|an|his|her|their|its|this|that|[A-Z0-9]|[a-z]+ing))))(?![\w-])""")),
    ("vague_shift", _c(rf"""(?<![\w-])(?P<x>(?P<unit>second|minute|hour|day|week|month|year|decade)s{S}
                        (?P<dir>later|earlier|afterwards?))(?![\w-])""")),
    ("ago_vague", _c(rf"(?<!\w)(?P<x>(?P<unit>{UNIT})s{S}ago)(?![\w-])")),
    ("recent", _c(rf"""(?<!\w)(?P<x>(?:(?:the|these){S})?(?:recent|past|last|coming|next){S}
                   (?P<unit>days|weeks|months|quarters|years)|the{S}(?P<unit2>days|weeks|months|years){S}ahead)
                   (?![\w-])""")),
    ("duration", _c(rf"""(?<![\w$£€.,-])(?P<x>(?:the{S}(?:(?P<rel>past|last|next|first|previous|coming|final|
                     following){S}|(?=(?:{NUM})(?:{S}more)?{S})))?(?:(?P<mod>more{S}than|less{S}than|about|nearly|almost|at{S}least|up{S}to|
                     some|over){S})?(?!an?[-\s]+(?:{UNIT})s)(?P<n>{NUM})(?:{S}(?:more|additional|extra|further))?(?:{S}|-)
                     (?:(?:trading|business|working|school){S})?(?P<unit>{UNIT})s?
                     (?P<adj>-long|-old)?
                     (?P<half>{S}and{S}a{S}half)?)
                     (?![\w%]|-(?!long|old))""")),
    ("around_event", _c(rf"""(?<![\w-])the{S}(?P<x>(?:few{S})?(?P<unit>day|week|month)s)
                         {S}(?P<dir>before|after|following|preceding|leading{S}up{S}to|since)(?![\w-])""")),
    ("bare_duration", _c(rf"""(?:(?<![\w-])(?:for|over|lasted|lasting|took|takes?|within|after|in){S})
                          (?P<x>(?P<unit>{UNIT})s|centuries)(?![\w-])""")),
    ("adj_duration", _c(rf"(?<![\w-])(?P<x>(?P<unit>{UNIT}|centur)(?P<pl>s|ies|y)?-(?:long|old))(?![\w-])")),
    ("set", _c(rf"""(?<!\w)(?P<x>(?:every|each){S}(?:(?P<n>{NUM}|other){S})?(?P<unit>{UNIT}|morning|evening|
                night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)s?
                |(?P<adv>daily|weekly|monthly|annually|yearly|nightly|hourly)
                |(?:on{S})?(?P<wds>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s
                |(?P<wdp>monday|tuesday|wednesday|thursday|friday|saturday|sunday){S}(?P<parts>morning|afternoon|evening|night)s
                |(?:every|each){S}(?P<mon>january|february|march|april|may|june|july|august|september|october|
                november|december)
                |(?:once|twice|(?:\d+|three|four|five|several){S}times){S}(?:a|per|each|every){S}(?P<unit2>{UNIT}))
                (?![\w-])""")),
    ("ref", _c(r"""(?<!\w)(?P<x>(?P<word>now|currently|at\ present|presently|nowadays|these\ days|right\ now|current|
                recently|the\ past(?!\s+(?:\d+|""" + NUM_WORD + "|" + "|".join(map(re.escape, VAGUE_NUMBERS))
               + r""")\s+[a-z])
                |the\ (?:near\ |distant\ |foreseeable\ )?future|the\ (?:near|short)\ term|lately|
                as\ soon\ as\ possible|soon))
                (?![\w-])""")),
    ("overnight", _c(r"(?<![\w-])(?P<x>overnight)(?![\w-])")),
    ("clock", _c(rf"""(?<![\w:.])(?P<x>
                  (?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?{SO}(?P<ap>[ap]\.m\.?|[ap]m)(?![\w])
                  |noon|midnight|midday
                  |(?P<mh>[01]\d|2[0-3]|(?=\d:)\d):?(?P<mm>[0-5]\d)(?={SO}(?:{ZONE}))
                  |(?P<hh>0\d|1[3-9]|2[0-3]):(?P<m24>[0-5]\d)(?![\d:.,]\d|{SO}(?:[ap]\.?m\b|%)))
                  (?:{SO}(?P<tz>{ZONE}))?(?:{SO}\({SO}(?:{_CLOCK_AGAIN}{SO}(?:{ZONE})?|{ZONE}){SO}\))?)(?![\w])""")),
]


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: str
    match: re.Match[str]
    priority: int

    @property
    def text(self) -> str:
        return self.match.string[self.start: self.end]


# What each rule's match must hold: a rule runs only in a window of text around these words (most of an article
# is never scanned by the thirty rules, and one pass over the words finds every window).
_UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade")
_PLURAL_UNITS = {u + "s" for u in _UNIT_WORDS} | {"centuries"}
_WORDS_FOR: dict[str, tuple[str, ...]] = {
    "month": ("mdy", "wd_paren", "dmy", "month_year", "month_relyear", "month", "set", "week_of", "day_range"),
    "weekday": ("wday", "set"),
    "unit": ("duration", "rel_period", "anaphor_day", "shift", "recent", "bare_duration", "set", "year_end", "ref",
             "around_event", "adj_duration"),
}
_TRIGGERS: dict[str, set[str]] = {}


def _add(words: list[str] | set[str] | tuple[str, ...], *rules: str) -> None:
    for w in words:
        _TRIGGERS.setdefault(w, set()).update(rules)


_add(list(MONTHS), *_WORDS_FOR["month"])
_add(list(WEEKDAYS) + [w + "s" for w in WEEKDAYS if len(w) > 5], *_WORDS_FOR["weekday"])
_add(list(_UNIT_WORDS) + sorted(_PLURAL_UNITS) + ["century", "weekend", "weekends"], *_WORDS_FOR["unit"])
_add(["nineteen", "twenty", "thousand"], "spelled_year")
_add(["christmas", "year", "thanksgiving", "easter", "halloween", "valentine", "election"], "holiday")
_add(["ago", "earlier", "later"], "year_ago_adj", "shift", "ago_vague", "rel_period", "vague_shift")
_add(["exactly", "precisely"], "shift")
_add(["earlier", "later", "early", "late"], "in_period")
_add(["afterwards", "afterward"], "shift", "vague_shift")
_add(["before", "after", "hence", "now"], "shift")
_add(["century", "centuries"], "century")
_add(["fiscal"], "fiscal", "quarter")
_add(["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"], "decade")
_add(list(SEASONS), "season")
_add(["quarter", "quarters", "period"], "quarter")
_add(["half", "quarters"], "half")
_add(["weekend", "weekends"], "weekend")
_add(["today", "tonight", "yesterday", "tomorrow"], "dayword")
_add(["morning", "afternoon", "evening", "night", "overnight"], "this_part", "anaphor_day", "set")
_add(["overnight"], "overnight")
_add(["morning", "afternoon", "evening", "night"], "part_of_day")
_add(["every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly", "once", "twice",
      "times"], "set")
_add(["now", "currently", "current", "present", "presently", "nowadays", "days", "recently", "past", "future",
      "lately", "soon"], "ref")
_add(["am", "pm", "m", "noon", "midnight", "midday"], "clock")
_BEFORE, _AFTER = 60, 90  # characters of context a rule may need around its trigger words


def _rules_for(token: str) -> set[str] | tuple[str, ...]:
    low = token.lower()
    if low[0].isdigit():
        if len(low) == 4 and low.isdigit():
            return ("iso", "numeric", "dotted", "year", "clock", "duration", "shift", "mdy", "dmy", "split_year",
                    "numeric_md")
        if low.isdigit() and int(low) <= 31:
            return ("numeric", "dotted", "clock", "iso", "duration", "shift", "decade", "dmy", "split_year",
                    "numeric_md", "day_range", "ordinal_day")
        if low.endswith("s") and low[:-1].isdigit():
            return ("decade",)
        return ("numeric", "clock", "iso", "duration", "shift", "decade", "dmy", "split_year", "numeric_md")
    if len(low) == 2 and low[0] in "qh" and low[1] in "1234":
        return ("qcode",)
    if low == "fy":
        return ("fiscal",)
    return _TRIGGERS.get(low, ())


_TOKEN = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+s?")
_FY_NEXT = re.compile(r"[\s\u00a0\u202f]?-?'?\d")
_TRIGGER_FORMS = frozenset(f for w in _TRIGGERS for f in (w, w.title(), w.upper()))


def _trigger_hits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every trigger word (written lower-case, Title-case or upper-case), quarter and half
    code ("Q3", "H1"), "FY" before a number, and every number ("1990s" whole), in one pass over the words: a
    dictionary look-up per word is several times faster than one regular expression of every spelling."""
    hits: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text):
        word, at = m.group(), m.start()
        if word in _TRIGGER_FORMS or (len(word) == 2 and ((word[0] in "qQ" and word[1] in "1234")
                                                          or (word[0] == "H" and word[1] in "12"))):
            hits.append((at, m.end(), word))
            continue
        if word.startswith("FY") and _FY_NEXT.match(text, at + 2):
            hits.append((at, at + 2, "FY"))
        if not word.isalpha():
            hits.extend((at + d.start(), at + d.end(), d.group()) for d in _DIGITS.finditer(word))
    return hits


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule, the stretches of `text` around the words it needs (overlapping stretches merged)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for hit_start, hit_end, word in _trigger_hits(text):
        rules = _rules_for(word)
        if not rules:
            continue
        start, end = max(0, hit_start - _BEFORE), min(len(text), hit_end + _AFTER)
        for rule in rules:
            own = spans.setdefault(rule, [])
            if own and start <= own[-1][1]:
                own[-1] = (own[-1][0], end)
            else:
                own.append((start, end))
    return spans


def candidates(text: str) -> list[Candidate]:
    """Every rule's matches, overlaps resolved: the longest extent wins, then the earlier rule."""
    found: list[Candidate] = []
    windows = _windows(text)
    for priority, (rule, pattern) in enumerate(RULES):
        for w_start, w_end in windows.get(rule, ()):
            for m in pattern.finditer(text, w_start, w_end):
                start, end = m.span("x")
                if start < end:
                    found.append(Candidate(start, end, rule, m, priority))
    found.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken: list[Candidate] = []
    for cand in found:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken


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
