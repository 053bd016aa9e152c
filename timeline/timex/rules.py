"""Resolution rules: one function per grammar rule turns a candidate into a TIMEX3 type, value and period.

A rule returns None to refuse a candidate (it is not a time expression: "May" the modal, "2000 troops",
"Euro 2024"), or a `Resolution` whose period is None when the expression is real but its calendar days cannot
be trusted (durations, sets, "recently", a "next day" with nothing to count from).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from timeline.timex import calendar as cal
from timeline.timex.calendar import Period
from timeline.timex.grammar import MONTHS, ORDINAL_WORDS, WEEKDAYS, Candidate, spelled_year


@dataclass(frozen=True)
class Resolution:
    type: str
    value: str
    period: Period | None
    basis: str = "relative"
    anchor: bool = True  # False: a comparison ("a year ago") that does not move the text's reference date


@dataclass
class Context:
    """What resolution needs besides the candidate: the text, the document date, and the last dates named."""

    text: str
    published: date
    parse: Callable[[str], date | None]  # dateparser for absolute surface forms (temporal.parse_absolute)
    anchor: date | None = None
    future: bool | None = None
    last: Period | None = None  # the last date or period the text named (for "a year earlier", "that week")
    last_quarter: Period | None = None
    last_quarter_at: int = -1  # where the text named it
    reported: Period | None = None  # the latest quarter named that had ended by publication (a report's quarter)
    expressions: list[tuple[int, int]] = field(default_factory=list)  # every candidate's extent, in text order

    def __post_init__(self) -> None:
        if self.anchor is not None:
            self.last = cal.day(self.anchor)

    def mentioned(self, period: Period, at: int = -1) -> None:
        self.last = period
        if "-Q" in period.value:
            self.last_quarter, self.last_quarter_at = period, at
            if period.end < self.published and (self.reported is None or period.start > self.reported.start):
                self.reported = period

    @property
    def last_day(self) -> date | None:
        return self.last.start if self.last is not None and self.last.precision == "day" else None


_FUTURE_CUE = re.compile(
    r"(?:\b(?:will|shall|won['’]t|would|might|must|should|needs?\s+to|ha(?:s|ve)\s+to|going\s+to|set\s+to|scheduled|slated|due\s+(?:on|in|by|to\s+"
    r"(?:be|begin|start|expire|take|arrive|meet|vote|end|open|close|hold))|expects?|expected|plans?\s+to|planned|"
    r"planning|intends?|upcoming|takes?\s+effect|take\s+effect|effective|is\s+to|are\s+to|next(?!\s+to\b)|ahead\s+of|"
    r"deadline|as\s+(?:soon|early)\s+as|from\s+now|tomorrow|(?:is|are)\s+(?!being\b)[a-z]+ing)\b"
    r"|['’]ll\b)",
    re.IGNORECASE)
# Past cues: auxiliaries and the past tenses news reports use most. Not any "-ed" word: adjectives ("payable",
# "reduced", "United") and announcements of dates ahead ("extended to Nov. 20") made that cue wrong more often
# than right on TempEval-3 train.
_PAST_WORDS = frozenset({
    "previously", "said", "told", "was", "were", "had", "did", "met", "began", "took", "came", "went", "held", "made",
    "hit", "struck", "fled", "fought", "shot", "sent", "led", "left", "brought", "gave", "rose", "fell", "won",
    "lost", "saw", "became", "sought", "kept", "broke", "spoke", "wrote", "flew", "ran", "ago", "last", "earlier",
    "announced", "reported", "confirmed", "added", "stated", "claimed", "accused", "denied", "launched", "attacked",
    "killed", "arrived", "deployed", "signed", "ordered", "approved", "rejected", "imposed", "seized", "captured",
    "fired", "crossed", "entered", "opened", "closed", "visited", "returned", "resigned", "declared", "warned",
    "threatened", "agreed", "ended", "happened", "occurred", "erupted", "died", "exploded", "landed", "departed",
    "raised", "ratified", "decided", "ruled", "voted", "released", "published", "issued", "detained", "arrested",
    "shelled", "bombed", "stormed", "clashed", "withdrew", "invaded", "blamed", "condemned", "called", "asked",
    "urged", "acknowledged", "insisted", "revealed", "lasted", "continued", "remained", "stayed", "moved", "started",
    "tried", "failed", "passed", "joined", "marked", "showed"
})
# The simple present of a scheduled event points ahead: "the Security Council meets Monday", "the talks resume
# Tuesday", "Netanyahu and Arafat meet separately Monday"; the simple present of a report tells what was said ("Iraq
# says Monday it ..."), which is past. A base form counts only after its subject (a plural, a name or a pronoun, so
# not "the vote Monday", "a fresh start", "to meet", "did not meet", "remain open"), a third-person form only where it
# is no noun ("his visits", "the votes").
_SCHEDULED = ("meet", "resume", "start", "begin", "open", "reopen", "close", "expire", "convene", "reconvene", "vote",
              "arrive", "depart", "leave", "return", "travel", "visit", "host", "fly", "sail", "head", "testify",
              "debate", "gather", "hold")
# "hold" schedules only an event ("holds talks Monday"), not shares; "heads" and "leaves" are no verbs before "of"
_HELD = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|new|fresh|joint|separate|more|further|direct|emergency|"
                   r"two|three|final|first)\s+)*(?:talks|meetings?|news\s+conference|conference|elections?|vote|"
                   r"summit|rally|rallies|hearings?|ceremony|referendum|session|debate|primary|funeral)\b")
_THIRD_PERSON = {"fly": "flies"}
_SCHEDULED_3SG = frozenset(_THIRD_PERSON.get(v, v + "s") for v in _SCHEDULED)
_SCHEDULED_BASE = frozenset(_SCHEDULED)
_REPORTING_PRESENT = frozenset({"says", "say", "tells", "reports", "announces", "confirms", "denies", "acknowledges",
                                "admits", "claims", "insists"})
_NOT_A_SUBJECT = frozenset({"is", "was", "has", "as", "its", "this", "his", "hers", "ours", "yours", "theirs", "does",
                            "us", "thus", "plus", "less", "unless", "whereas", "perhaps", "always", "sometimes",
                            "the", "a", "an", "that", "these", "those", "it", "he", "she", "and", "or", "but",
                            "on", "in", "at", "by", "to", "for", "from", "with", "of", "if", "when", "then", "there"})
_NOUN_BEFORE = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                          "these", "those", "whose", "no", "each", "every", "first", "last", "next", "final", "weekly",
                          "annual"})
_PREV_WORD = re.compile(r"([\w'’]+)(?:\s+[a-z]+ly)?\s+$")


def _present_cue(window: str, m: re.Match[str]) -> str | None:
    """"future" for the simple present of a scheduled event at `m`, "past" for the simple present of a report."""
    word = m.group().lower()
    if word in _REPORTING_PRESENT:
        return "past"
    if word not in _SCHEDULED_3SG and word not in _SCHEDULED_BASE:
        return None
    prev = _PREV_WORD.search(window, 0, m.start())
    before = prev.group(1) if prev else ""
    low = before.lower()
    if low in _NOUN_BEFORE or low.endswith(("'s", "’s")) or re.match(r"\s+of\b", window[m.end():]) or (
            word in ("hold", "holds") and not _HELD.match(window, m.end())):
        return None  # "his visits", "the votes", "Sunday's vote", "heads of state", "holds 500 shares"
    if word in _SCHEDULED_3SG:
        return "future"
    plural = low.endswith("s") and low not in _NOT_A_SUBJECT and not low.endswith("ss")
    named = before[:1].isupper() and low not in _NOT_A_SUBJECT
    return "future" if plural or named or low in ("they", "we", "you", "i") else None


_PRESENT_WORDS = _SCHEDULED_3SG | _SCHEDULED_BASE | _REPORTING_PRESENT
_HAD_BEEN_DUE = re.compile(r"\bhad\s+been\s+(?:scheduled|set|due|expected|planned)(?:\s+to\s+[a-z]+)?\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _word_cues(window: str) -> list[tuple[int, int, str, str]]:
    """(start, end, text, "past" or "future") of each cue read word by word: "had been scheduled (to ...)", one of
    `_PAST_WORDS`, or a verb in the simple present (`_present_cue`); one pass over the words with a table look-up is
    several times faster than a regular expression of 150 alternatives."""
    found = [(m.start(), m.end(), m.group(), "past") for m in _HAD_BEEN_DUE.finditer(window)]
    taken = [(a, b) for a, b, _, _ in found]
    for m in _WORD.finditer(window):
        low = m.group().lower()
        if any(a <= m.start() < b for a, b in taken):
            continue
        if low in _PAST_WORDS:
            found.append((m.start(), m.end(), m.group(), "past"))
        elif low in _PRESENT_WORDS:
            kind = _present_cue(window, m)
            if kind is not None:
                found.append((m.start(), m.end(), m.group(), kind))
    return sorted(found)


_PASSIVE_AHEAD = re.compile(r"\b(?:be|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_TAKES_INFINITIVE = {"decided", "agreed", "threatened", "ordered", "urged", "asked", "was", "were"}
_INFINITIVE = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|[A-Z0-9])[a-z]+\b(?<!ing)")
_SENTENCE_END = re.compile(r"(?P<word>[\w.]*)[.!?]['’\"”]*\s+(?=[A-Z“\"'‘])|\n")
# A period after these ends no sentence: "a.m.", "U.S.", "Mr.", "Jan.", "Co." ...
# (A number ends one: "effective Dec. 7. In trading ...".)
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]|mr|mrs|ms|dr|st|gen|sen|rep|gov|lt|col|sgt|capt|adm|jan|feb|mar|"
                           r"apr|jun|jul|aug|sep|sept|oct|nov|dec|no|vs|inc|co|corp|ltd|jr|sr", re.IGNORECASE)


def _sentence_ends(chunk: str) -> list[re.Match[str]]:
    return [m for m in _SENTENCE_END.finditer(chunk)
            if not (m.group("word") is not None and _ABBREVIATION.fullmatch(m.group("word") or "-"))]


def _window(text: str, start: int, size: int = 90) -> str:
    """The words before `start` in the same sentence (at most `size` characters)."""
    before = text[max(0, start - size): start]
    ends = _sentence_ends(before)
    return before[ends[-1].end():] if ends else before


def sentence_bounds(text: str, start: int, end: int, size: int = 300) -> tuple[int, int]:
    """The start and end of the sentence holding text[start:end] (looking at most `size` characters each way)."""
    low = max(0, start - size)
    before = _sentence_ends(text[low: start + 1])  # one character more: the capital that opens the sentence
    after = _sentence_ends(text[end: end + size])
    first = low + before[-1].end() if before else low
    if not after:
        return first, min(len(text), end + size)
    stop = after[0]
    return first, end + (stop.start() if stop.group("word") is None else stop.end("word") + 1)


def _cues(window: str) -> list[tuple[int, int, str]]:
    """(start, end, "future" or "past") of each tense cue in `window`."""
    found = [(m.start(), m.end(), "future") for m in _FUTURE_CUE.finditer(window)]
    for start, end, word, kind in _word_cues(window):
        if kind == "future":
            found.append((start, end, kind))
            continue
        if _PASSIVE_AHEAD.search(window, 0, start):
            continue  # "to be published in early November", "must be returned by Jan. 14": not a past event
        ahead = word.lower() in _TAKES_INFINITIVE and _INFINITIVE.match(window, end)
        found.append((start, end, "future" if ahead else "past"))  # "agreed to buy ... in February"
    return found


_CLAUSE_BREAK = re.compile(r"[;:()\"“”—–]|\b(?:and|but|or|when|while|as|after|before|because|since|until|that|"
                           r"which|who|where|if|whether)\b")
# After an expression only verbs tell its tense: nouns and adverbs there ("the Tuesday deadline", "Friday next
# week") and participles that describe a plan made in the past ("On Friday, the government planned to pay") do not.
_NOT_AFTER = re.compile(r"(?i)deadline|next|upcoming|tomorrow|from\s+now|ahead\s+of|effective|as\s+(?:soon|early)\s+as|"
                        r"ago|last|earlier|previously|planned|planning|expected|scheduled|slated")
_OPENER = re.compile(r"[\s\u00a0\u202f]*(?:[A-Za-z]+[\s\u00a0\u202f]+){0,2}")


def _clause_after(ctx: Context, end: int, opens: bool) -> str:
    """The words after an expression that still belong to its clause: up to a comma, a conjunction or a
    relative pronoun; past one comma when the expression opens its sentence ("On Tuesday, the league plans")."""
    after = ctx.text[end: end + 80]
    ends = _sentence_ends(after)
    if ends:
        after = after[: ends[0].start() + len(ends[0].group("word") or "")]
    comma = after.find(",")
    if opens and comma >= 0 and after[:comma].strip() == "":
        comma = after.find(",", comma + 1)
    stop = next((m.start() for m in _CLAUSE_BREAK.finditer(after) if _breaks_clause(after, m)), len(after))
    return after[: min(comma if comma >= 0 else len(after), stop)]


def _breaks_clause(text: str, m: re.Match[str]) -> bool:
    """A conjunction between two capitalised words joins a name ("the Abortion and Reproductive Rights League")."""
    return m.group() not in ("and", "or") or not (re.search(r"[A-Z][\w.'’-]*[\s\u00a0\u202f]+$", text[: m.start()])
                                                and re.match(r"[\s\u00a0\u202f]+[A-Z]", text[m.end():]))


def tense(ctx: Context, start: int, end: int | None = None) -> str | None:
    """"future" when the words around the expression point forward ("the ban takes effect on January 5"), "past"
    when they point back ("the convoy was hit on"), None when they say neither. The nearest cue wins, so "said
    Tuesday he will" reads as past; with `end`, the verb after the expression in its own clause counts too ("the
    service planned for Saturday was cancelled", "On Tuesday, the league plans to ...")."""
    if ctx.future is not None:
        return "future" if ctx.future else "past"
    window = _window(ctx.text, start)
    base = start - len(window)
    before = max((cue for cue in _cues(window) if not _inside_expression(ctx, base + cue[0])), default=None,
                 key=lambda cue: (cue[1], cue[2] == "past"))
    if end is not None:
        clause = _clause_after(ctx, end, before is None and _OPENER.fullmatch(window) is not None)
        after = min((cue for cue in _cues(clause) if not _NOT_AFTER.fullmatch(clause[cue[0]: cue[1]])), default=None)
        if after is not None and (before is None or after[0] < len(window) - before[1]):
            return after[2]
    return None if before is None else before[2]


def _inside_expression(ctx: Context, at: int) -> bool:
    """Whether `at` falls inside another time expression: its words ("last" in "last Thursday", "ago", "next")
    tell that expression's time, not the tense of the clause."""
    i = bisect_right(ctx.expressions, (at, len(ctx.text))) - 1
    return i >= 0 and ctx.expressions[i][0] <= at < ctx.expressions[i][1]


def is_future(ctx: Context, start: int, end: int | None = None) -> bool:
    return tense(ctx, start, end) == "future"


_DEADLINE_BEFORE = re.compile(
    r"\b(?:until|till|through|by|payable|effective|record|expire|expires|expiring|(?:extended|extends|extend|postponed|postpones|postpone|"
    r"delayed|delays|delay|deferred|adjourned|pushed\s+back)(?:\s+[\w'’$-]+){0,4}?\s+(?:to|until))[\s\u00a0\u202f]+"
    r"(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight)(?:\s+[A-Z]{2,4})?,?[\s\u00a0\u202f]+)?$",
    re.IGNORECASE)

_UNTIL_BEFORE = re.compile(r"\b(?:until|till)[\s\u00a0\u202f]+(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight)"
                           r"(?:\s+[A-Z]{2,4})?,?[\s\u00a0\u202f]+)?$", re.IGNORECASE)


def is_deadline(ctx: Context, start: int, end: int, *, weekday: bool = False) -> bool:
    """"until Nov. 6", "payable Dec. 1", "by 5 p.m. EST Nov. 9", "extended the offer to Nov. 16", "the Jan. 14
    deadline": a day named as a deadline lies ahead when it can (read as a year back, past-tense verbs misled the
    year on TempEval-3 train)."""
    before = ctx.text[max(0, start - 60): start]
    if weekday:  # "until 9 a.m. Tuesday to sign"; not "by Monday, officials had ...", "not until Tuesday that"
        found = _UNTIL_BEFORE.search(before)
        return found is not None and not re.match(
            r"[\s\u00a0\u202f]*(?:,|that\b)", ctx.text[end: end + 8]) and not re.search(
            r"(?i)\bnot\s+(?:\w+\s+)?$", before[: found.start()]) and tense(ctx, start) != "past"
    return bool(_DEADLINE_BEFORE.search(before)) or bool(
        re.match(r"[\s\u00a0\u202f]+deadline\b", ctx.text[end: end + 12]))


def word_before(text: str, start: int) -> str:
    """The word just before `start` (spaces between allowed; "" after punctuation), as written."""
    m = re.search(r"([A-Za-z][\w.'’-]*)[\s\u00a0\u202f]*$", text[max(0, start - 40): start])
    return m.group(1) if m else ""


def sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 60): start].rstrip()
    return not before or before[-1] in ".!?\n:;\"“”(—–-"


# ---------------------------------------------------------------- days


UPCOMING_DAYS = 92  # a day or month this close ahead, in a sentence of no clear tense, is an upcoming one
FURTHEST_AHEAD = 300  # a day written without its year is never read as further ahead than this


def pick_year(ctx: Context, m: int, d: int, start: int, weekday: int | None, end: int | None = None) -> date | None:
    """The year of a month and day written without one: the most recent such day up to the publication date,
    the next one when the sentence points forward. When the sentence has no clear tense, a day up to three
    months ahead is taken as upcoming (a past day that far back would carry its year or "last").
    A weekday written with it ("Thursday (Jan 9)") picks the year whose calendar agrees."""
    pub = ctx.published
    options = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            options.append(date(y, m, d))
        except ValueError:
            continue
    if weekday is not None:
        agreeing = [o for o in options if o.weekday() == weekday]
        if agreeing:
            return min(agreeing, key=lambda o: abs((o - pub).days))
    if not options:
        return None
    reading = tense(ctx, start, end)
    ahead = [o for o in options if pub <= o <= pub + timedelta(days=FURTHEST_AHEAD)]
    if reading == "future" and ahead:
        return min(ahead)
    if ahead and min(ahead) <= pub + timedelta(days=UPCOMING_DAYS) and is_deadline(ctx, start, end or start):
        return min(ahead)
    horizon = pub if reading == "past" else pub + timedelta(days=UPCOMING_DAYS)
    past = [o for o in options if o <= horizon]
    return max(past) if past else None


def _month_number(raw: str) -> int:
    return MONTHS[raw.lower().rstrip(".")]


def year_in(g: dict[str, str | None]) -> int | None:
    """The year a match names, in digits (group `y`) or spelled out (group `ys`: "nineteen ninety-seven")."""
    if g.get("y"):
        return int(g["y"] or 0)
    return spelled_year(g["ys"] or "") if g.get("ys") else None


def day_in(g: dict[str, str | None]) -> int:
    """The day of the month a match names, in digits ("24", "24th") or spelled out ("twenty-fourth")."""
    if g.get("dw"):
        word = " ".join((g["dw"] or "").lower().replace("-", " ").split())
        tens, _, unit = word.rpartition(" ")
        return ORDINAL_WORDS[unit] + {"": 0, "twenty": 20, "thirty": 30}[tens]
    return int(re.match(r"\d+", g["day"] or "").group())  # type: ignore[union-attr]


def r_calendar_day(c: Candidate, ctx: Context) -> Resolution | None:
    """"Aug. 4", "14 March 2024", "Mar. 8, 2023", "Thursday (Jan 9)", "Monday, June 2, 2025 at 5 pm"."""
    g = c.match.groupdict()
    m, d = _month_number(g["mon"]), day_in(g)
    if g["mon"].lower() == "may" and not g.get("y") and re.match(r"\s*\d+\s*(?:%|percent|people|of)", c.text[3:]):
        return None
    weekday = WEEKDAYS[g["wd"].lower().rstrip(".")] if g.get("wd") else None
    year = year_in(g)
    if year is not None:
        found = ctx.parse(ctx.text[min(c.match.start("mon"), c.match.start("day")): c.match.end("y")]) \
            if g.get("y") and g.get("day") else None
        if found is None:
            try:
                found = date(year, m, d)
            except ValueError:
                return None
        basis = "explicit"
    else:
        found = pick_year(ctx, m, d, c.start, weekday, c.end)
        basis = "relative"
        if found is None:
            return None
    return Resolution("DATE", found.isoformat(), cal.day(found), basis)


# ---------------------------------------------------------------- months, years, decades


def _month_year(ctx: Context, m: int, rel: str, start: int, end: int | None = None) -> int:
    pub = ctx.published
    if rel == "last":
        return pub.year if m < pub.month else pub.year - 1
    if rel == "next":
        return pub.year if m > pub.month else pub.year + 1
    if rel == "this":
        return pub.year
    reading = tense(ctx, start, end)
    months_ahead = (m - pub.month) % 12
    if (reading == "future" and months_ahead <= FURTHEST_AHEAD // 31) or (
            reading is None and 0 < months_ahead <= UPCOMING_DAYS // 31) or (
            0 < months_ahead <= UPCOMING_DAYS // 31 + 1 and is_deadline(ctx, start, start)):
        return pub.year if m >= pub.month else pub.year + 1
    return pub.year if m <= pub.month else pub.year - 1


def r_month_year(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.match.groupdict()
    year = year_in(g)
    if year is None:
        return None
    period = cal.month(year, _month_number(g["mon"]))
    if g.get("mod"):
        period = cal.part(period, g["mod"])
    return Resolution("DATE", period.value, period, "explicit")


def r_in_period(c: Candidate, ctx: Context) -> Resolution | None:
    """"earlier in March", "later in the year", "earlier in 2024", "early in the month": "earlier" runs from the
    period's start to the date the text last named in it (else the publication date, when the period holds it),
    "later" from there to the period's end; "early"/"late" are its first and last thirds. The value stays the
    period's (a month, a year, a week)."""
    g = c.match.groupdict()
    mod = g["mod"].lower()
    if g.get("mon"):
        m = _month_number(g["mon"])
        period = cal.month(int(g["y"]) if g.get("y") else _month_year(ctx, m, "", c.start, c.end), m)
    elif g.get("y2"):
        period = cal.year(int(g["y2"]))
    else:
        unit, base = g["unit"].lower(), ctx.published
        if g["rel"].lower() == "that":
            if ctx.last is None:
                return Resolution("DATE", "XXXX", None)
            base = ctx.last.start
        period = cal.week(base) if unit == "week" else cal.month(base.year, base.month) if unit == "month" \
            else cal.year(base.year)
    explicit = "explicit" if g.get("y") or g.get("y2") else "relative"
    if mod in ("early", "late"):
        return Resolution("DATE", period.value, cal.part(period, mod), explicit)
    last = ctx.last_day
    ref = last if last is not None and period.start <= last <= period.end else \
        ctx.published if period.start <= ctx.published <= period.end else None
    if ref is not None:
        period = Period(period.value, period.start, ref, period.precision) if mod == "earlier" else \
            Period(period.value, ref, period.end, period.precision)
    return Resolution("DATE", period.value, period, explicit)


def r_month_relyear(c: Candidate, ctx: Context) -> Resolution | None:
    """"June last year", "January of this year", "early March next year"."""
    g = c.match.groupdict()
    y = ctx.published.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
    period = cal.month(y, _month_number(g["mon"]))
    if g.get("mod"):
        period = cal.part(period, g["mod"])
    return Resolution("DATE", period.value, period)


_MONTH_AS_ADJECTIVE = re.compile(r"[\s\u00a0\u202f]+(?!(?:of|on|to|in|into|for|from|through|past|toward|towards|"
                                 r"against|across|along|and|or|was|is|will|would|had|has|by|at|with)\b)[a-z]{3,}\b")


def r_month(c: Candidate, ctx: Context) -> Resolution | None:
    """A month named alone: "in May", "last March", "the end of September", "early October"."""
    g = c.match.groupdict()
    rel = (g.get("rel") or "").lower()
    name = g["mon"]
    if name in ("May", "March", "MAY", "MARCH") and not g.get("prep") and not rel and not (
            g.get("det") and _MONTH_AS_ADJECTIVE.match(ctx.text, c.end)):
        return None  # the modal verb or the verb "march"; "the March accession", "a May vote" are months
    if not g.get("prep") and not rel and re.match(r"[\s\u00a0\u202f]+[A-Z][a-z]", ctx.text[c.end: c.end + 3]):
        return None  # "April Ryan", "June Carter": a first name
    m = _month_number(name)
    period = cal.month(_month_year(ctx, m, rel.split()[0] if rel else "", c.start, c.end), m)
    if rel and rel not in ("last", "this", "next", "earlier", "later"):
        period = cal.part(period, rel)
    return Resolution("DATE", period.value, period)


_NOT_NAME = {"that", "this", "a", "an", "its", "their", "his", "her", "our", "every", "each", "next", "last", "in",
             "since", "by", "until", "from", "during", "before", "after", "of", "the", "and", "or", "to",
             "mid", "early", "late", "fiscal", "year", "through", "between", "for", "than", "at", "on", "about",
             "around", "summer", "spring", "winter", "fall", "autumn", "end", "beginning", "start", "middle"}
_QUANTITY = {"about", "some", "nearly", "around", "approximately", "roughly", "almost", "than", "least", "only",
             "just", "over", "under", "another", "additional", "extra", "total", "all", "those", "these", "of"}
_COUNTED = re.compile(r"[\s\u00a0\u202f]+(?:people|men|women|troops|soldiers|personnel|civilians|members|units|"
                      r"km|kilometers|kilometres|miles|meters|feet|tons|tonnes|barrels|dollars|euros|times|rounds|"
                      r"[a-z]+s)\b")


def r_year(c: Candidate, ctx: Context) -> Resolution | None:
    """A year written alone ("in 2019", "1991", "mid-2024", "post-1959": TimeML values the year), refused inside
    names and counts."""
    g = c.match.groupdict()
    before = word_before(ctx.text, c.start)
    low = before.lower().rstrip(".")
    possessive = low.endswith(("'s", "’s"))  # "the company's 1989 results"
    if before and before[0].isupper() and low not in _NOT_NAME and low not in MONTHS and not possessive \
            and not c.text[0].isalpha():
        return None  # "Independence 2000", "Euro 2024", "Vision 2030": a year inside a name
    if low in _QUANTITY and low != "of":
        return None
    after = ctx.text[c.end: c.end + 30]
    if _COUNTED.match(after) and low not in _NOT_NAME - {"than", "about", "around"} and not g.get("pp") \
            and not g.get("mod"):
        return None  # "2000 troops"; "the post-1959 politics", "mid-1990 talks" are years
    if low == "of" and re.search(r"\b(?:out|total|number)\s+of\s*$", ctx.text[max(0, c.start - 20): c.start]):
        return None
    period = cal.year(int(g["y"]))
    if g.get("mod"):
        period = cal.part(period, g["mod"])
    return Resolution("DATE", period.value, period, "explicit")


def r_spelled_year(c: Candidate, ctx: Context) -> Resolution | None:
    y = spelled_year(c.match.group("words"))
    if y is None:
        return None
    period = cal.year(y)
    return Resolution("DATE", period.value, period, "explicit")


def _quarter_in_sentence(ctx: Context, start: int) -> bool:
    """Whether the sentence holding `start` named the last quarter the text named."""
    return ctx.last_quarter is not None and ctx.last_quarter_at >= sentence_bounds(ctx.text, start, start)[0]


def reported_quarter(ctx: Context, start: int) -> Period:
    """The quarter a results report compares at `start`: one its sentence named before, when it had ended by
    publication ("third-quarter net fell ..., compared with year-earlier profit"), else the latest quarter the text
    named that had ended (neither a forecast for "the third quarter of 1990" nor "a flat second quarter" named
    after the third is the one "the year-ago period" compares with), else the last quarter ended."""
    pub = ctx.published
    if ctx.last_quarter is not None and ctx.last_quarter.end < pub and _quarter_in_sentence(ctx, start):
        return ctx.last_quarter
    done = cal.shift(cal.quarter(pub.year, (pub.month - 1) // 3 + 1), "quarter", -1)
    assert done is not None
    return ctx.reported or done


def r_year_ago_adj(c: Candidate, ctx: Context) -> Resolution | None:
    """"year-earlier", "the year-ago period": the period the text is about, a year before: the quarter reported
    when the expression names a period or its sentence names a quarter before it ("third-quarter net fell ...,
    compared with year-earlier profit of"), else the year before publication ("the year-earlier results")."""
    quarterly = c.match.group("noun") or c.text.lower().startswith("quarter") or _quarter_in_sentence(ctx, c.start)
    period = cal.shift(reported_quarter(ctx, c.start), "year", -1) if quarterly else cal.year(ctx.published.year - 1)
    if period is None:
        return None
    return Resolution("DATE", period.value, period, anchor=False)


def r_century(c: Candidate, ctx: Context) -> Resolution | None:
    """"the 20th century" -> 19 (TIMEX3 centuries are two digits); no calendar days (no century precision)."""
    g = c.match.groupdict()
    if g.get("ord"):
        return Resolution("DATE", f"{int(g['ord']) - 1:02d}", None, "explicit")
    if g["rel"].lower() == "past":
        return Resolution("DURATION", "P100Y", None)
    step = {"last": -1, "previous": -1, "next": 1}.get(g["rel"].lower(), 0)
    return Resolution("DATE", f"{ctx.published.year // 100 + step:02d}", None)


def r_year_end(c: Candidate, ctx: Context) -> Resolution | None:
    """"year-end", "the end of the year", "year's end", "the full year": the publication year (its end: last
    third)."""
    word = c.match.group("word").lower()
    if "end of" in word or "s end" in word:  # "the end of the year", "by year's end"
        period = cal.part(cal.year(ctx.published.year), "end")
        return Resolution("DATE", period.value, period)
    if "end" in word:  # "year-end": TimeML writes the last day of the year
        return Resolution("DATE", f"{ctx.published.year}-12-31", cal.day(date(ctx.published.year, 12, 31)))
    period = cal.year(ctx.published.year)
    return Resolution("DATE", period.value, period)


def r_decade(c: Candidate, ctx: Context) -> Resolution | None:
    g = c.match.groupdict()
    if g.get("word"):
        tens = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
        short = 20 + 10 * tens.index(g["word"].lower())
        century = ctx.published.year // 100 * 100
        first = century + short if century + short <= ctx.published.year else century - 100 + short
        if g.get("cent"):  # "the nineteen-nineties"
            first = (1800 if g["cent"].lower() == "eighteen" else 1900) + short
    elif g.get("dec"):
        first = int(g["dec"])
    else:
        short = int(g["short"])
        century = ctx.published.year // 100 * 100
        first = century + short if century + short <= ctx.published.year else century - 100 + short
    period = cal.decade(first)
    if g.get("mod"):
        period = cal.part(period, g["mod"])
    return Resolution("DATE", period.value, period, "explicit" if g.get("dec") or g.get("cent") else "relative")
