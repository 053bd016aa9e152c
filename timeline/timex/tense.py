"""Which way an expression points: the tense of the words around it ("will meet on Friday", "was hit on
Friday"), scheduled events in the simple present ("the Council meets Monday"), and deadlines ("until Nov. 6").
The rules that must pick a year or a week for a date written without one ask here.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from timeline.timex.resolution import Context
from timeline.timex.sentences import sentence_ends

UPCOMING_DAYS = 92  # a day or month this close ahead, in a sentence of no clear tense, is an upcoming one
FURTHEST_AHEAD = 300  # a day written without its year is never read as further ahead than this

_FUTURE_CUE = re.compile(
    r"(?:\b(?:will|shall|won['’]t|would|might|must|should|needs?\s+to|ha(?:s|ve)\s+to|going\s+to|set\s+to|scheduled|slated|due\s+(?:on|in|by|to\s+"
    r"(?:be|begin|start|expire|take|arrive|meet|vote|end|open|close|hold))|expects?|expected|plans?\s+to|planned|"
    r"planning|intends?|upcoming|takes?\s+effect|take\s+effect|effective|is\s+to|are\s+to|next(?!\s+to\b)|ahead\s+of|"
    r"deadline|as\s+(?:soon|early)\s+as|from\s+now|tomorrow|(?:is|are)\s+(?!being\b|continuing\b)[a-z]+ing)\b"
    r"|['’]ll\b)",
    re.IGNORECASE)
# A present progressive points ahead ("is holding the vote on Dec. 7"), but not "is/are continuing": what continues
# is already under way ("the port is continuing to ship grain under a July accord").
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


def _window(text: str, start: int, size: int = 90) -> str:
    """The words before `start` in the same sentence (at most `size` characters)."""
    before = text[max(0, start - size): start]
    ends = sentence_ends(before)
    return before[ends[-1].end():] if ends else before


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
    ends = sentence_ends(after)
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
    r"(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight|\d\d:?\d\d\s*(?:hours|hrs|hr))(?:\s+[A-Z]{2,4})?,?"
    r"(?:\s+on)?[\s\u00a0\u202f]+)?$",
    re.IGNORECASE)

_UNTIL_BEFORE = re.compile(r"\b(?:until|till)[\s\u00a0\u202f]+(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight|"
                           r"\d\d:?\d\d\s*(?:hours|hrs|hr))(?:\s+[A-Z]{2,4})?,?(?:\s+on)?[\s\u00a0\u202f]+)?$",
                           re.IGNORECASE)


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

