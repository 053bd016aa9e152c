"""The words around a trigger that change what its clause reports or who does it: light verbs ("carried out
strikes"), control verbs, verbs an attack is the means of, verbs that judge, what explodes, what carries an
actor's words; and the boilerplate lines of a news page, which are no sentences of the news.
"""

from __future__ import annotations

import re
from typing import Final

from timeline.extract.lexicon import words

# Light verbs hand their subject to a noun trigger in their object ("X carried out strikes").
LIGHT_VERBS: Final = frozenset(
    words("carry conduct launch stage hold order authorize authorise approve announce begin start continue resume "
    "step intensify expand undertake mount execute complete perform make take increase impose issue sign "
    "declare offer double triple raise put lift extend enact set place slap unveil escalate ramp adopt pass open "
    "give deliver lodge file register send voice level reimpose renew tighten wrap conclude finish end attend "
    "plot mastermind orchestrate engage"))  # "the attacks were plotted by X": X carried them out
# Nouns that bundle the acts their "of" object names: "agreed on a 14th package of sanctions".
PACKAGE_NOUNS: Final = frozenset(words("package round set series batch raft slew tranche"))
# Verbs of leaving a place: "ordered French troops to leave the country" sends them out.
LEAVING_VERBS: Final = frozenset(words("leave depart quit exit vacate withdraw"))
# Nouns for a state's envoys: ordered to leave, they are expelled.
ENVOY_NOUNS: Final = frozenset(words("ambassador envoy diplomat charge attache attaché consul"))
# Verbs that draw a reaction from others: "drawing a sharp rebuke from Beijing" is Beijing's rebuke.
DRAWING_VERBS: Final = frozenset(words("draw prompt provoke trigger spark elicit earn attract"))
# Prepositions that time a clause against another event: a date inside their object is that event's ("since the
# collapse of the ceasefire in March", "after the raid on Monday"), not the clause's.
RELATIVE_TIME_PREPOSITIONS: Final = frozenset(words("since after before following until"))
# Spans of time given someone to act: "gave the carriers 48 hours to resume operations" (an ultimatum).
DEADLINE_UNITS: Final = frozenset(words("hour day week month deadline"))
# Verbs that name what "what" stands for: "launched what it called anti-terror operations".
NAMING_VERBS: Final = frozenset(words("call term dub describe label"))
# Verbs whose "to"/"on" object is the event: "agreed to a ceasefire", "agreed on a truce".
AGREEMENT_VERBS: Final = frozenset(words("agree consent commit"))

# What "by" names when it is a way, not who acts: "an assault by sea", "reinforcements by air".
MEANS_NOUNS: Final = frozenset(words("air sea land road rail foot boat ship plane car truck train parachute"))

# Forms the lemmatizer gets wrong ("staged" -> "stag", "hopes" -> "hop"), read as these lemmas where light verbs and
# the heads that set an event's status are looked up.
LEMMA_FIXES: Final = {"staged": "stage", "staging": "stage", "stages": "stage", "hopes": "hope", "hoped": "hope",
                      "hoping": "hope"}

# Verbs whose object is the force that acts ("thousands joined the militia": the militia mobilises).
# Observation verbs too: "Taiwan detected 25 Chinese aircraft", "warships were spotted": the aircraft's owner acts.
OBJECT_ACTOR_VERBS: Final = frozenset({"join", "enlist", "spot", "detect", "sight", "track", "observe"})
# Of those, the verbs whose subject acts when it is itself a force: "its troops would join multinational forces".
JOINING_VERBS: Final = frozenset({"join", "enlist"})

# Object-control verbs: "directed the Pentagon to consider", "called on supporters to prepare".
OBJECT_CONTROL_VERBS: Final = frozenset(
    words("direct order instruct authorize authorise tell ask urge call force allow permit push press"))
# Verbs that keep forces where they are: "X has troops stationed": X's troops.
HOLDING_VERBS: Final = frozenset(words("have keep maintain"))

# Complements that make a refusal no event: "declined to comment", "refused to say".
SPEECH_COMPLEMENTS: Final = frozenset(words("say comment elaborate speculate discuss confirm specify identify "
                                            "answer give provide disclose reveal name"))
# Verbs an attack is the means of: "killed a commander in an airstrike" (the killer carried out the airstrike).
HOST_VERBS: Final = frozenset(words("kill wound injure destroy hit target strike damage eliminate assassinate "
                                    "down shoot sink disable neutralize neutralise"))
# Verbs that judge what their object did: "accused Russian forces of shelling", "blamed Iraq for attacking".
JUDGING_VERBS: Final = frozenset(words("accuse blame condemn criticize criticise denounce punish sanction praise thank "
                                       "suspect charge convict fault commend congratulate assail slam lambaste rebuke "
                                       "chide castigate"))
# Attacks a place name before names where they happened ("the Nairobi bombing"); a nationality still names who.
LOCATED_EVENTS: Final = frozenset(words("bombing blast explosion massacre shelling bombardment ambush killing "
                                        "shooting invasion occupation annexation siege blockade"))
# Passives that state what their subject does or holds: "Israel is opposed to", "forces were engaged in fighting".
STATE_PASSIVES: Final = frozenset(words("oppose engage involve commit determine prepare"))
# Verbs that close a sentence as its attribution: "..., the minister, X, announced on Tuesday."
ATTRIBUTION_VERBS: Final = frozenset(words("say announce add state declare confirm warn insist claim report note "
                                           "explain write tell stress"))
# Where words are said: "at a meeting ... on Wednesday", "in a statement issued late on Saturday" date the words.
SETTING_NOUNS: Final = frozenset(words("meeting briefing conference session summit interview speech address statement "
                                       "post video message rally ceremony hearing call broadcast"))
# "quoted X as saying": X speaks.
QUOTING_VERBS: Final = frozenset(words("quote cite"))
# What carries an actor's words: "Saddam's message called for", "a statement by the ministry said".
MESSAGE_NOUNS: Final = frozenset(words("message letter statement proposal speech communique communiqué note telegram "
                                       "declaration announcement plan initiative proposition offer reply response"))
# Said in private: "said privately", "told colleagues in confidence".
OFF_RECORD_WORDS: Final = frozenset(words("privately confidentially"))
# What an actor claims or takes for an attack: "X claimed responsibility for the attack".
RESPONSIBILITY_VERBS: Final = frozenset(words("claim take accept assume admit"))
# What explodes ("a car bomb exploded") and verbs that are attacks whoever suffered them ("the town was shelled"):
# such a clause reports an attack even when it names no one who carried it out.
DEVICES: Final = frozenset(words("bomb device explosive mine grenade shell missile rocket mortar charge car truck "
                                 "blast explosion bombing"))
ATTACK_VERBS: Final = frozenset(words("bomb shell attack raid strike ambush assassinate massacre explode detonate "
                                      "bombard airstrike storm"))
# Nouns that name an armed attack when named by a date ("the October 7 attack", "Sunday's offensive"), though they
# may name words or politics otherwise ("an attack on the budget"); not "strike", "push" or "battle" ("the January
# strike by doctors", "the 2023 push for reform", "the March battle over the budget").
DATED_ATTACK_NOUNS: Final = frozenset(words("attack assault killing offensive counteroffensive counter-offensive "
                                           "onslaught atrocity"))
# What an attack named as a subject is said to do when it is reported as happening: "the blast killed 12",
# "the bombings occurred minutes apart" (not "the bombings will not cause America to back down").
HAPPENING_VERBS: Final = frozenset(words("occur happen kill wound injure destroy damage hit strike rock shake rip tear "
                                         "level flatten claim leave go explode target devastate shatter erupt "
                                         "break begin start continue resume intensify spread cause blow"))

# Lines of a news page that are no sentences of the news (a regular expression, matched case-insensitively).
BOILERPLATE: Final = (r"^(?:published|updated|posted|first published|by\b|source:|stay tuned|you may also like|"
                      r"read more|sign up|subscribe|click|follow us|share this|advertisement|related:|"
                      r"copyright|©|photo:|image:|watch:|listen:)")
# What an authority keeps its listings in: "placed on the FBI's most wanted list" is the FBI's act.
LIST_NOUNS: Final = frozenset(words("list blacklist watchlist registry register"))
# Nouns that count or group what their "of" object names: "a contingent of Bangladeshi troops" moves as the troops.
COLLECTIVE_NOUNS: Final = frozenset(words("contingent batch patch group unit detachment squad column convoy wave team "
                                          "company element number dozen hundred thousand part flotilla squadron "
                                          "fleet formation vanguard"))

# A wire story's dateline at the start of a line: "NAIROBI, Kenya (AP) _", "MOSCOW, Nov. 28 —", "KARACHI:",
# "BUFFALO, N.Y. (AP) --" (group 1 the place, group 2 a region or date after a comma) ...
DATELINE_PLACE: Final = (r"\s*([A-Z][A-Z.'’ -]{2,}?)\s*(?:,\s*([A-Z][^(—–_,:\n]{1,40}?))?\s*"
                         r"(?:\([^)\n]{1,30}\))?\s*(?:--|[—–_:-]|,|\n|$)")
# ... and the same in title case, as many online papers write it ("New Delhi, May 10 (PTI) ...", "Abuja — The army
# said", "Islamabad: ..."): a name of up to three words, then a date or region, an agency in brackets, a dash or a
# colon.
TITLE_DATELINE: Final = (r"\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s*(?:,\s*([A-Z][a-z]+\.?(?: \d{1,2})?))?"
                         r"\s*(?:\([A-Z][A-Za-z .]{1,29}\)|[—–:]|--|- )")
# Where a title-case dateline surely ends, so that the lede after it is its own sentence: a date and an agency
# ("New Delhi, May 10 (PTI)"), an agency and a dash ("Kyiv (Reuters) -"), or a colon ("Islamabad:"); not a bare
# dash, which also sets off an aside ("The Houthis – who control Sanaa – said"), nor a name's bracket ("(AKK)").
TITLE_DATELINE_END: Final = (r"\s*(?!(?:The|A|An) )([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s*(?:,\s*[A-Z][a-z]{2,8}\.? "
                             r"\d{1,2}\s*\([A-Z][A-Za-z .]{1,29}\)\s*(?:[—–:]|--|- )?|\([A-Z][A-Za-z .]{1,29}\)\s*"
                             r"(?:[—–:]|--|- )|:)")
# A live blog's time stamp opening a line: "11:05 GMT — Poland scrambled jets", "09:15 am IST: The army said",
# "11:20 AM IST: Pakistan's National Security Committee ...".
LIVE_STAMP: Final = (r"(?m)^[ \t]*\d{1,2}[:.]\d{2}(?:\s*[apAP]\.?[mM]\.?)?(?:\s*[A-Z]{2,4})?\s*(?:--|[—–:|-])[ \t]*"
                     r"(?=[A-Z\"“'‘])")

_DATELINE_PLACE = re.compile(DATELINE_PLACE)
_LIVE_STAMP = re.compile(LIVE_STAMP)
_TITLE_DATELINES = {False: re.compile(TITLE_DATELINE), True: re.compile(TITLE_DATELINE_END)}


def datelines(text: str, *, surely_ended: bool = False) -> list[tuple[int, re.Match[str]]]:
    """The datelines on a story's first three lines that hold text (after a headline too), each with the offset of
    its line in `text`. `surely_ended` accepts a title-case dateline only where it surely ends (TITLE_DATELINE_END),
    as where the lede after it must start a sentence; the place a story is told from also takes a bare dash."""
    out: list[tuple[int, re.Match[str]]] = []
    pos, seen = len(text) - len(text.lstrip()), 0
    for line in text[pos: pos + 600].split("\n"):
        found = _DATELINE_PLACE.match(line[:120]) or _TITLE_DATELINES[surely_ended].match(line[:120])
        if found is not None:
            out.append((pos, found))
        pos += len(line) + 1
        seen += bool(line.strip())
        if seen == 3:
            break
    return out


def after_live_stamps(text: str) -> list[int]:
    """Where the text after a live blog's time stamp starts, on every line that opens with one ("11:05 GMT —
    Poland scrambled jets": the entry is its own sentence, not one whose subject the parser takes to be the zone)."""
    return [found.end() for found in _LIVE_STAMP.finditer(text)]
