"""The words that give an event its status: planned, threatened, hypothetical, claimed, denied or capability
(`timeline.extract.modality` reads them on the trigger's auxiliaries, governors, modifiers and clause marks).
"""

from __future__ import annotations

from typing import Final

from timeline.extract.lexicon import words

# Statuses of events that took place: never after the article reporting them was published.
HAPPENED: Final = frozenset({"asserted", "claimed", "denied"})
MODAL_AUX: Final = {"will": "planned", "shall": "planned", "'ll": "planned", "would": "hypothetical",
                    "should": "hypothetical",  # "should hostilities erupt", "Iran should withdraw"
                    "must": "hypothetical",  # "said Serbia must withdraw its police": asked for, not done
                    "could": "hypothetical", "might": "hypothetical", "may": "hypothetical", "can": "capability"}
# A head word over a trigger (its governing verb or noun) sets the status of what is reported.
MODAL_HEADS: Final = {
    **dict.fromkeys(words("plan intend prepare aim seek schedule decide expect vow pledge promise set going due "
                          "poise agree ready prepared invite"),  # "is ready to join", "were invited to join NATO"
                    "planned"),
    **dict.fromkeys(words("threaten threat ultimatum"), "threatened"),
    **dict.fromkeys(words("consider weigh mull contemplate discuss explore debate possibility prospect option risk "
                          "fear chance scenario hypothetical"), "hypothetical"),
    # what someone hopes for is no event, even when said ("said he hoped Iraq would withdraw")
    **dict.fromkeys(words("hope wish want willing eager"), "hoped"),  # "was willing to withdraw troops": a stance
    **dict.fromkeys(words("capable"), "capability"),  # "were capable of deploying 300,000 troops"
    **dict.fromkeys(words("accuse blame allege claim report rumor rumour speculation allegation concern suggest"),
                    "claimed"),
    **dict.fromkeys(words("deny dismiss refute reject"), "denied"),
}
# Phrasal verbs that exclude what they govern: "ruled out sending troops" sends none.
EXCLUDING_VERBS: Final = {"rule": "out"}
# Nouns that name an act as decided: what "India's decision to suspend the treaty" tells was done, whatever a
# later clause does with the decision ("Pakistan rejected India's decision to ...": no denial that it was taken).
DECIDED_NOUNS: Final = frozenset(words("decision move step choice"))
# Verbs that forecast what their that-clause says: "it expects that Iraqi soldiers will surrender" is a guess about
# others (but "Russia expects to deploy" is a plan: MODAL_HEADS).
FORECAST_VERBS: Final = frozenset(words("expect anticipate predict forecast"))
# Heads above that set the status only as verbs ("set to deploy" but not "a set of ...").
MODAL_VERBS_ONLY: Final = frozenset(words("set aim"))
# Orders: what they order is planned ("ordered troops to leave", "authorized strikes").
ORDER_VERBS: Final = frozenset(words("order direct instruct authorize authorise command"))
ORDER_NOUNS: Final = frozenset(words("order instruction directive command authorization authorisation"))
MODAL_ADJECTIVES: Final = {**dict.fromkeys(words("possible potential likely imminent planned future"),
                                           "hypothetical"),
                           **dict.fromkeys(words("alleged purported suspected reported"), "claimed")}
CONDITIONAL_MARKS: Final = frozenset({"if", "unless", "whether"})
# Marks of a clause whose present tense is a time yet to come: "no hope of a solution until Iraq withdraws", "once
# the troops arrive" (not "when", which also tells past events in the present: "is killed when a bomb explodes").
FUTURE_CLAUSE_MARKS: Final = frozenset({"until", "till", "once"})
MODAL_ADVERBS: Final = dict.fromkeys(words("allegedly reportedly purportedly supposedly"), "claimed")
# Verbs whose infinitive complement did not happen: "declined to say", "refused to comment", "failed to attend".
REFUSAL_VERBS: Final = frozenset(words("decline refuse fail"))
# Subjects that deny what they do: "nobody has claimed", "neither government has confirmed".
NEGATIVE_SUBJECTS: Final = frozenset(words("nobody none neither nothing"))
# Words that make a clause background, a habit or a stance of long standing, not a new act: "has said for forty
# years", "has often claimed", "indicated in the past", "has long opposed", "the largest reward it has ever offered";
# with a perfect, a span or a count of times ("has said for forty years", "has been arrested a dozen times").
HABITUAL_ADVERBS: Final = frozenset(words("often always long traditionally habitually usually frequently ever"))
# Adverbs of a stance kept, background in the perfect ("has staunchly opposed"; but "staunchly disavow" is said now).
STANCE_ADVERBS: Final = frozenset(words("staunchly consistently steadfastly persistently"))
DURATION_UNITS: Final = frozenset(words("year decade century generation"))
REPEAT_NOUNS: Final = frozenset(words("time occasion"))
