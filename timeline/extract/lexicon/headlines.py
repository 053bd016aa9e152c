"""The words the headline and target writer reads (`timeline.extract.headlines`): which participles read as the
past tense, which prepositions frame an event or aim it, which heads only count, what a headline never ends on.
"""

from __future__ import annotations

from typing import Final

from timeline.extract.lexicon import words

# Irregular verbs whose past participle is also their past tense: "has shut" reads as "shut", "was struck by X"
# as "X struck". A participle ending in -ed always does; "taken", "given", "flown" never do.
SAME_PAST: Final = frozenset(words(
    "bent bet bid bled bound bred brought broadcast built burnt burst bought cast caught clung cost crept cut dealt "
    "dug dwelt fed felt fled flung fought forecast found ground had heard held hit hung hurt kept knelt laid led leapt "
    "learnt left lent let lit lost made meant met offset paid put quit read reset rid said sat sent set shed shot "
    "shut slid sold sought sped spent spat split spread stood struck stuck stung swept swung taught told thought "
    "thrust understood upheld upset wept withheld won wound"))
MODALS: Final = frozenset(words("will would could can may might must shall should 'll 'd"))
# Prepositions that frame an event rather than tell it (time, cause, attribution, examples): never in a headline.
FRAMING_PREPS: Final = frozenset(words(
    "according amid amidst despite following after before since until till during because due like unlike per via "
    "including besides except ahead prior throughout"))
# The prepositions a statement's verb keeps: what it is about or aimed at ("warned of", "called for", "accused X
# of"), not where or how it was said ("in a statement", "on state television", "at a news conference").
STATEMENT_PREPS: Final = frozenset(words("for of against about over with to into toward towards upon as"))
STATEMENT_ON_VERBS: Final = frozenset(words("call insist agree comment focus blame"))  # "called on X to"
# Words a shortened headline does not end on.
DANGLING: Final = frozenset(words(
    "a an the of to in on at by for with from into as and or but that which who its their his her our"))
NEGATORS: Final = frozenset(words("not n't never"))
PARTICLES: Final = frozenset(words("down up off out back away"))  # "shot down", tagged an adverb
# Heads that only count or measure what their "of" phrase names: "thousands of Venezuelans", "all of Venezuelan
# airspace", "several rounds of strikes".
QUANTITY_HEADS: Final = frozenset(words(
    "all some most many much few several part rest remainder majority bulk half none any each both number "
    "thousand hundred dozen million billion score ten lot one two three four five six seven eight nine "
    "round package wave series batch set pair couple string spate flurry volley"))
# What an act is aimed at ("strikes on drug boats", "sanctions against X"), where forces are sent ("troops to
# the border"), whom a statement is aimed at ("lashed out against X").
AIMED: Final = frozenset(words("on against at upon"))
DESTINATION: Final = frozenset(words("into inside to toward towards over"))
STATEMENT_AIMED: Final = frozenset(words("against toward towards upon"))
# Nouns that make a time of a phrase the time expressions do not cover: "to date", "at the moment", "for now".
TIME_NOUNS: Final = frozenset(words("date moment now present"))
TIME_UNITS: Final = frozenset(words("minute hour day night week month year decade"))
# Nouns that say where or how often, not at whom: "toward the east", "on five occasions", "struck targets".
NOT_TARGETS: Final = frozenset(words(
    "east west north south northeast northwest southeast southwest occasion time way direction target"))
# What is fired rather than aimed at: "fired 400 drones and 30 missiles at Ukraine".
PROJECTILES: Final = frozenset(words(
    "missile rocket drone torpedo bomb shell warhead munition projectile round salvo barrage cannon"))
NAMED_LABELS: Final = frozenset(words("PERSON ORG GPE NORP LOC FAC"))
