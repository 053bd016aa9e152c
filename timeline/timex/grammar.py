"""The grammar of time expressions: one regular expression per kind of expression (`RULES`), built from the
words in `timeline.timex.words`.

Each rule's pattern may read context it does not keep (a preposition before a bare month, for example);
the named group `x`, when present, is the expression's extent (TimeML extents leave out "on", "in", "for").
`timeline.timex.candidates` runs the patterns over a text; the resolution rules turn what they match into dates.
"""

from __future__ import annotations

import re

from timeline.timex.words import MONTHS, NUMBER_WORDS, ORDINAL_WORDS, VAGUE_NUMBERS, WEEKDAYS, ZONES


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
SPELLED_DAY = (r"(?i:(?:twenty[-\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[-\s]first|"
               r"tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)(?![\w-])")
# A clock time written the military way, "0600 hours", "23:59 hrs" (South Asian, African and armed forces' releases)
_MILITARY_CLOCK = r"(?:[01]\d|2[0-3]):?[0-5]\d[ \t\u00a0\u202f]*(?:hours|hrs|hr)\b"
# ... which no duration reads: with a colon, a leading zero or a preposition of time ("1200 hours" alone is a length)
_NOT_A_LENGTH = (r"(?:(?:[01]\d|2[0-3]):[0-5]\d|0\d[0-5]\d|(?:(?<=at\ )|(?<=by\ )|(?<=from\ )|(?<=till\ )"
                 r"|(?<=until\ )|(?<=since\ )|(?<=before\ )|(?<=after\ ))(?:[01]\d|2[0-3])[0-5]\d)"
                 r"[\ \t\u00a0\u202f]*(?:hours|hrs|hr)\b")
_CLOCK_AGAIN = r"(?:[01]?\d|2[0-3])(?:[:.]?[0-5]\d)?(?:" + SO + r"[ap]\.?m\.?)?"
_THE_MONTH_OF = _nocase(r"the\s+month\s+of")
_ORDINAL_WORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
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
    # "twice as high this year as last", "more this month than last": the "last" of the period named before it
    ("elided_last", _c(rf"""(?<!\w)this{S}(?P<unit>year|month|week)\b[^.;!?\n]{{0,40}}?\b(?:as|than){S}(?P<x>last)
                        (?={SO}(?:[.,;:!?)]|$)|{S}(?:and|but|when|while|because)\b)""")),
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
    # "until then", "by then": the time the text last named
    ("then", _c(r"(?<![\w-])(?:until|till|by)[ \t\u00a0\u202f]+(?P<x>then)(?![\w-])")),
    # "today is the eighth day of the strike", "it's the second day of an offensive": the day of writing
    ("day_count", _c(rf"""(?<![\w-])(?:today|it|this)(?:{S}is|['’]s)(?:{S}now)?{S}(?P<x>(?:the{S})?
                      (?:{_ORDINAL_WORD}|\d{{1,3}}(?:st|nd|rd|th))(?:{S}(?:straight|consecutive|successive))?{S}day)
                      (?={S}(?:of|in|since)\b)""")),
    ("shift", _c(rf"""(?<!\w)(?P<x>(?:(?:nearly|about|almost|more{S}than|some|roughly|around|over|just|only|at{S}least
                  |(?P<exact>exactly|precisely)){S})?(?P<n>{NUM}){S}(?P<unit>{UNIT})s?(?:{S}or{S}so)?{S}
                  (?P<dir>ago(?:{S}(?P<today>today|yesterday|tomorrow)|,?{S}(?P<to_day>to{S}the{S}day))?|earlier|later|afterwards?|hence|from{S}now|
                  (?:before|after)(?!{S}(?:the|a|an|his|her|their|its|this|that|[A-Z0-9]|[a-z]+ing))))(?![\w-])""")),
    ("vague_shift", _c(rf"""(?<![\w-])(?P<x>(?P<unit>second|minute|hour|day|week|month|year|decade)s{S}
                        (?P<dir>later|earlier|afterwards?))(?![\w-])""")),
    ("ago_vague", _c(rf"(?<!\w)(?P<x>(?P<unit>{UNIT})s{S}ago)(?![\w-])")),
    ("recent", _c(rf"""(?<!\w)(?P<x>(?:(?:the|these){S})?(?:recent|past|last|coming|next){S}
                   (?P<unit>days|weeks|months|quarters|years)|the{S}(?P<unit2>days|weeks|months|years){S}ahead)
                   (?![\w-])""")),
    ("duration", _c(rf"""(?<![\w$£€.,-])(?P<x>(?:the{S}(?:(?P<rel>past|last|next|first|previous|coming|final|
                     following){S}|(?=(?:{NUM})(?:{S}more)?{S})))?(?:(?P<mod>more{S}than|less{S}than|about|nearly|almost|at{S}least|up{S}to|
                     some|over){S})?(?!an?[-\s]+(?:{UNIT})s|{_NOT_A_LENGTH})(?P<n>{NUM})(?:{S}(?:more|additional|extra|further))?(?:{S}|-)
                     (?:(?:trading|business|working|school){S})?(?P<unit>{UNIT})s?
                     (?P<adj>-long|-old)?
                     (?P<half>{S}and{S}a{S}half)?)
                     (?![\w%]|-(?!long|old))""")),
    ("around_event", _c(rf"""(?<![\w-])the{S}(?P<x>(?:few{S})?(?P<unit>day|week|month)s)
                         {S}(?P<dir>before|after|following|preceding|leading{S}up{S}to|since)(?![\w-])""")),
    ("bare_duration", _c(rf"""(?:(?<![\w-])(?:for|over|lasted|lasting|took|takes?|within|after|in){S})
                          (?P<x>(?P<unit>{UNIT})s|centuries|(?P<while>(?:quite{S})?a{S}(?:long{S}|little{S})?while))
                          (?![\w-])""")),
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
                as\ soon\ as\ possible|soon|a\ (?:later|future)\ date))
                (?![\w-])""")),
    ("overnight", _c(r"(?<![\w-])(?P<x>overnight)(?![\w-])")),
    ("clock", _c(rf"""(?<![\w:.])(?P<x>
                  (?:(?=(?P<mil>{_MILITARY_CLOCK}))(?P<milh>[01]\d|2[0-3]):?(?P<milm>[0-5]\d){SO}(?:hours|hrs|hr)
                  |(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?{SO}(?P<ap>[ap]\.m\.?|[ap]m)(?![\w])
                  |noon|midnight|midday
                  |(?P<mh>[01]\d|2[0-3]|(?=\d:)\d):?(?P<mm>[0-5]\d)(?={SO}(?:{ZONE}))
                  |(?P<hh>0\d|1[3-9]|2[0-3]):(?P<m24>[0-5]\d)(?![\d:.,]\d|{SO}(?:[ap]\.?m\b|%)))
                  (?:{SO}(?P<tz>{ZONE}))?(?:{SO}\({SO}(?:{_CLOCK_AGAIN}{SO}(?:{ZONE})?|{ZONE}){SO}\))?)(?![\w])""")),
]
