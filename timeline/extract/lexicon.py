"""Word tables the extractor reads: event triggers, their PLOVER/CAMEO mapping, actor roles, modality cues.

Everything here is data: extend a table to teach the extractor a new word; the rules in
`timeline.extract.events` and `timeline.extract.actors.resolve` stay general. All words are spaCy lemmas, lower case.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


def words(text: str) -> tuple[str, ...]:
    """The words of a space-separated list (tables stay readable as plain text)."""
    return tuple(text.split())


# ---- event types and subtypes ------------------------------------------------------------------


@dataclass(frozen=True)
class Subtype:
    event_type: str
    name: str
    family: str  # mentions merge only within one family of one type
    plover: str  # nearest PLOVER class, "" when none fits
    cameo: str  # nearest CAMEO code
    modality: str = "asserted"  # default status of a statement of this kind


SUBTYPES: Final[dict[str, Subtype]] = {s.name: s for s in (
    # deployment: armed forces moved, positioned, mobilised, exercised or used
    Subtype("deployment", "deployment", "posture", "MOBILIZE", "150"),
    Subtype("deployment", "mobilisation", "posture", "MOBILIZE", "154"),
    Subtype("deployment", "exercise", "posture", "MOBILIZE", "150"),
    Subtype("deployment", "alert", "posture", "MOBILIZE", "152"),
    Subtype("deployment", "weapons-test", "posture", "MOBILIZE", "150"),
    Subtype("deployment", "withdrawal", "posture", "RETREAT", "0874"),
    Subtype("deployment", "strike", "force", "ASSAULT", "195"),
    Subtype("deployment", "raid", "force", "ASSAULT", "190"),
    Subtype("deployment", "invasion", "force", "ASSAULT", "192"),
    Subtype("deployment", "occupation", "force", "ASSAULT", "192"),
    Subtype("deployment", "interdiction", "force", "COERCE", "191"),
    Subtype("deployment", "clash", "force", "FIGHT", "190"),
    Subtype("deployment", "abduction", "force", "ASSAULT", "181"),
    Subtype("deployment", "arrest", "force", "COERCE", "173"),
    Subtype("deployment", "ceasefire", "posture", "RETREAT", "0871"),
    # designation: a formal act by an authority that labels or binds
    Subtype("designation", "terrorist-listing", "listing", "SANCTION", "172"),
    Subtype("designation", "delisting", "listing", "CONCEDE", "085"),
    Subtype("designation", "designation", "listing", "SANCTION", "172"),
    Subtype("designation", "sanction", "sanction", "SANCTION", "163"),
    Subtype("designation", "bounty", "bounty", "SANCTION", "172"),
    Subtype("designation", "asset-seizure", "seizure", "COERCE", "171"),
    Subtype("designation", "decree", "decree", "COERCE", "1724"),
    Subtype("designation", "recognition", "recognition", "COOPERATE", "054"),
    Subtype("designation", "airspace-closure", "closure", "COERCE", "191"),
    Subtype("designation", "blockade", "closure", "COERCE", "191"),
    Subtype("designation", "border-closure", "closure", "COERCE", "191"),
    Subtype("designation", "law", "decree", "COERCE", "172"),
    Subtype("designation", "ban", "sanction", "SANCTION", "172"),
    Subtype("designation", "sanctions-relief", "sanction", "CONCEDE", "085"),
    Subtype("designation", "expulsion", "sanction", "COERCE", "174"),
    Subtype("designation", "diplomatic-break", "relations", "REJECT", "161"),
    Subtype("designation", "indictment", "legal", "COERCE", "173"),
    Subtype("designation", "suspension", "sanction", "SANCTION", "162"),
    Subtype("designation", "reopening", "closure", "CONCEDE", "0862"),
    # statement: a public utterance by an actor in the crisis
    Subtype("statement", "statement", "statement", "", "010"),
    Subtype("statement", "threat", "statement", "THREATEN", "130", "threatened"),
    Subtype("statement", "warning", "statement", "THREATEN", "130"),
    Subtype("statement", "denial", "statement", "REJECT", "120", "denied"),
    Subtype("statement", "rejection", "statement", "REJECT", "120"),
    Subtype("statement", "demand", "statement", "REQUEST", "100"),
    Subtype("statement", "request", "statement", "REQUEST", "020"),
    Subtype("statement", "accusation", "statement", "ACCUSE", "112"),
    Subtype("statement", "claim", "statement", "ACCUSE", "010", "claimed"),
    Subtype("statement", "pledge", "statement", "", "030"),
    Subtype("statement", "consultation", "statement", "CONSULT", "040"),
    Subtype("statement", "protest", "statement", "DISAPPROVE", "111"),
)}

# ---- triggers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sense:
    """One reading of a trigger word. `needs` constrains it:
    "" nothing; "military" a military noun or actor around the trigger; "force" that, or a country
    modifier, or a light verb ("ordered strikes"); "obj:a|b" one of these lemmas in the trigger's object
    subtree (an item "@GPE" is a named place of that entity label); "dobj:a|b" one of them in the direct object;
    "notobj:a|b" none of them; "light" the
    object of a light verb ("passed a law"); "terror" a terrorism word in the subtree; "entity" a named
    person, organisation or state as object; "prt:off" a particle ("took off"); "prep:with|to" a preposition
    of the trigger; "comp" a clause or "for"/"on" phrase saying what is asked ("pressed X to", "pushed for");
    "owned" a noun whose author is named by a possessive or a "by" phrase ("Moscow's warning"). Several needs
    joined by "+" must all hold; "a|b" (outside "obj:" lists) holds when either does."""

    subtype: str
    strength: float  # how reliably the word alone signals the event (0..1)
    needs: str = ""

    @property
    def event_type(self) -> str:
        return SUBTYPES[self.subtype].event_type


def _senses(*items: tuple[str, str, float, str]) -> dict[str, tuple[Sense, ...]]:
    table: dict[str, list[Sense]] = {}
    for words, subtype, strength, needs in items:
        for word in words.split():
            table.setdefault(word, []).append(Sense(subtype, strength, needs))
    return {k: tuple(v) for k, v in table.items()}


ALERT_WORDS: Final = "obj:alert|readiness|alertness|defcon"
SEIZABLE: Final = ("dobj:plane|aircraft|jet|tanker|ship|vessel|asset|account|fund|property|cargo|oil|shipment|"
                   "reserve|gold|embassy|boat|weapon|explosive|arm|ammunition|munition|rifle|drug|passport")
CLOSABLE_AIR: Final = "obj:airspace|sky|skies|notam"
OCCUPIABLE: Final = ("dobj:control|village|town|city|region|territory|area|island|base|airport|port|outpost|palace|"
                     "capital|headquarters|district|province|stronghold|enclave|camp|post|position|hill|ridge|bridge|"
                     "checkpoint|airfield|airbase|refinery|oilfield|mine|crossing|border|valley|pass|@GPE|@LOC|@FAC")
WEAPONS: Final = "obj:missile|rocket|nuclear|weapon|warhead|icbm|hypersonic|torpedo|bomb"
PROJECTILES: Final = ("obj:missile|rocket|drone|torpedo|strike|airstrike|attack|shell|mortar|artillery|barrage|salvo|"
                      "volley|projectile|munition|grenade|round|bomb|shot|warning|flare|cannon")
VESSELS: Final = "obj:ship|vessel|tanker|boat|ferry|freighter|carrier|cargo|trawler|plane|aircraft|airliner|jet|dhow"
CLOSABLE: Final = ("dobj:border|strait|port|crossing|embassy|consulate|waters|sea|route|canal|pipeline|outlet|terminal|"
                   "airport|harbor|harbour|road|highway|checkpoint|passage")
SUSPENDABLE: Final = ("dobj:aid|assistance|loan|funding|credit|link|flight|trade|cooperation|mediation|talks|"
                      "negotiation|export|import|supply|delivery|shipment|program|programme|dialogue|visa|treaty|"
                      "participation|membership")
ENVOYS: Final = "obj:ambassador|envoy|diplomat|charge|chargé|affaires|representative|attache|attaché|consul"
PUBLIC_MESSAGES: Final = ("obj:video|photo|photograph|image|picture|clip|footage|message|statement|letter|recording|"
                          "map|post|communique|communiqué|declaration|report")
FEELINGS: Final = ("obj:concern|regret|support|outrage|hope|solidarity|condolence|dismay|alarm|anger|satisfaction|"
                   "opposition|frustration|disappointment|readiness|willingness|confidence|doubt|objection")

# Verbs, in order of preference: the first sense whose constraint holds wins.
VERB_TRIGGERS: Final[dict[str, tuple[Sense, ...]]] = _senses(
    ("elevate raise heighten increase put place remain stay keep", "alert", 0.9, ALERT_WORDS),
    ("deploy redeploy dispatch send move station position reposition amass mass ramp surge fly sail "
     "arrive patrol dock transit base reinforce bolster escort scramble approach enter cross intrude violate "
     "encircle circle shadow concentrate gather assemble rush pour land advance march push airlift ship "
     "strengthen boost beef augment besiege surround steam commit contribute expand double triple increase "
     "camp", "deployment", 0.8, "military"),
    ("take", "deployment", 0.7, "prt:off+military"),  # "two bombers took off from Guam"
    ("build", "deployment", 0.75, "prt:up+military"),  # "built up forces", not "built a base"
    ("capture seize take occupy overrun annex retake recapture liberate", "occupation", 0.8, OCCUPIABLE),
    ("spot detect sight track observe", "deployment", 0.7, "military"),
    ("withdraw retreat pull evacuate leave surrender demobilize demobilise disarm disband", "withdrawal", 0.75,
     "military"),
    ("shoot down", "interdiction", 0.8, "obj:drone|missile|aircraft|plane|jet|helicopter|balloon|rocket|uav"),
    ("intercept", "interdiction", 0.75, "obj:drone|missile|aircraft|plane|jet|rocket|ship|vessel|tanker|boat|"
                                        "cargo|shipment|uav"),
    ("hijack commandeer board", "interdiction", 0.8, VESSELS),
    ("mobilize mobilise activate recruit enlist conscript", "mobilisation", 0.85, "military"),
    ("militarize militarise", "mobilisation", 0.9, ""),
    ("join", "mobilisation", 0.7, "obj:militia|army|military|force|reserve"),
    ("drill exercise train", "exercise", 0.75, "military"),
    ("test", "weapons-test", 0.8, WEAPONS),
    ("bomb shell airstrike bombard", "strike", 0.9, "notobj:victim|survivor"),  # not "paid tribute to bombing victims"
    ("strike", "strike", 0.8, "notobj:deal|agreement|accord|balance|chord|tone|note|compromise|pose|bargain|nerve|"
               "match|blow|gold|oil|name|word|clause|reference|sentence|ruling|law"),
    ("attack hit target destroy kill wound injure shoot blow detonate pound strafe ambush demolish raze bulldoze "
     "torch burn loot beat torture abuse mistreat", "strike", 0.8, "military"),
    ("launch fire", "strike", 0.8, PROJECTILES),
    ("assassinate massacre", "strike", 0.85, ""),
    ("raid storm breach penetrate punch", "raid", 0.8, "military"),
    ("invade", "invasion", 0.9, ""),
    ("clash fight battle skirmish", "clash", 0.75, "military"),
    ("sweep roll", "deployment", 0.75, "military"),  # "Russian troops swept through Prague"
    ("kidnap abduct", "abduction", 0.85, ""),
    ("intercept interdict board detain capture block obstruct harass ram prevent disperse", "interdiction", 0.7,
     "military"),  # "police prevented the demonstration", "troops dispersed the crowd"
    ("ram", "interdiction", 0.75, "obj:boat|vessel|ship|ferry"),
    ("block blockade stop", "interdiction", 0.7, "dobj:shipping|shipment|ship|vessel|tanker|convoy|port|cargo|supply"),
    ("explode detonate", "strike", 0.85, "obj:bomb|device|explosive|mine|grenade|shell|missile|rocket|charge|car"),
    ("go", "strike", 0.8, "prt:off+obj:bomb|device|explosive|mine|grenade|shell|charge"),  # "the bomb went off"
    ("rip tear shatter devastate damage", "strike", 0.75, "obj:bomb|blast|explosion|device|explosive|missile|rocket|"
                                                           "shell|bombing"),  # "an explosion ripped through"
    ("seize confiscate impound freeze", "asset-seizure", 0.85, SEIZABLE),
    ("designate", "terrorist-listing", 0.95, "terror"),
    ("label list brand classify declare", "terrorist-listing", 0.9, "terror"),
    ("designate", "sanction", 0.9, "obj:sanction"),  # "designated five firms under its Iran sanctions program"
    ("designate", "designation", 0.75, ""),
    ("delist", "delisting", 0.9, ""),
    ("remove take strike", "delisting", 0.75, "prep:from+obj:list|blacklist|watchlist|registry"),
    ("sanction", "sanction", 0.9, ""),
    ("add", "terrorist-listing", 0.85, "terror"),
    ("add", "sanction", 0.8, "obj:sanction|blacklist"),
    ("lift end reopen", "reopening", 0.8, "obj:closure|notam|curfew|blockade|siege|lockdown|airspace|border|"
                                          "crossing"),
    ("lift ease remove suspend waive", "sanctions-relief", 0.8,
     "obj:sanction|embargo|ban|restriction|blacklist|designation"),
    ("expel", "expulsion", 0.8, "obj:diplomat|ambassador|envoy|staff|official|attache|journalist|mission"),
    ("add place put", "designation", 0.75, "obj:list|blacklist|registry|watchlist"),
    ("sever cut break suspend downgrade", "diplomatic-break", 0.8, "obj:tie|relation|relationship"),
    ("recall", "diplomatic-break", 0.75, "obj:ambassador|envoy|diplomat"),
    ("revoke cancel suspend", "ban", 0.7, "obj:visa|license|licence|permit|passport|citizenship|accreditation"),
    ("suspend halt cut freeze stop withhold end reduce curtail", "suspension", 0.75, SUSPENDABLE),
    ("indict", "indictment", 0.8, ""),
    ("charge", "accusation", 0.7, "prep:with"),  # "charging its neighbour with supporting dissidents"
    ("charge", "indictment", 0.75, "entity"),
    ("arrest jail imprison detain", "arrest", 0.7, ""),  # by police or forces: a use of force, not a legal act
    ("round", "arrest", 0.7, "prt:up"),  # "rounded up dozens of activists"
    ("expel deport extradite", "expulsion", 0.7, ""),
    ("force drive", "expulsion", 0.7, "prt:out"),  # "forced the UN refugee agency out of the country"
    ("hand turn", "expulsion", 0.7, "prt:over+dobj:suspect|fugitive|prisoner|man|men|people|national|citizen|they|"
                                    "he|she"),
    ("blacklist", "sanction", 0.85, ""),
    ("outlaw proscribe", "ban", 0.85, ""),
    ("ban prohibit bar forbid", "ban", 0.65, ""),
    ("ratify", "law", 0.85, ""),
    ("approve adopt pass enact", "law", 0.75, "dobj:law|bill|resolution|measure|legislation|treaty|amendment|decree|"
                                              "budget|act|accord|agreement|sanction|embargo"),
    ("decree", "decree", 0.85, ""),
    ("declare impose", "decree", 0.85, "obj:emergency|law|curfew|commotion|siege|lockdown|mobilization|mobilisation"),
    ("recognize recognise", "recognition", 0.85, "entity"),
    ("close shut", "airspace-closure", 0.9, CLOSABLE_AIR),
    ("close shut", "border-closure", 0.75, CLOSABLE),
    ("blockade barricade quarantine", "blockade", 0.85, ""),
    ("threaten", "threat", 0.9, ""),
    ("warn caution", "warning", 0.85, ""),
    ("deny", "denial", 0.9, ""),
    ("dismiss refute", "denial", 0.8, "obj:report|claim|allegation|accusation|suggestion|rumor|rumour|story"),
    ("reject refuse rebuff oppose veto", "rejection", 0.8, "nospeech"),
    ("decline", "rejection", 0.7, "comp+nospeech"),  # "declined to resign", not "declined to comment"
    ("demand", "demand", 0.85, ""),
    ("request ask appeal urge implore", "request", 0.8, ""),
    ("press pressure push lobby", "request", 0.7, "comp"),  # "pressed Iraq to comply", "pushed for a vote"
    ("summon", "protest", 0.85, ENVOYS),
    ("protest complain", "protest", 0.75, ""),
    ("accuse denounce condemn criticize criticise blame mock slam decry ridicule deplore censure castigate lambaste "
     "lambast blast rebuke chide fault", "accusation", 0.8, ""),
    ("claim allege", "claim", 0.7, "notobj:life|victim|toll"),  # not "the bombings claimed 217 lives"
    ("vow pledge promise", "threat", 0.8, "obj:revenge|retaliation|retaliate|response|respond|avenge|punish|"
                                          "punishment|retribution|destroy|crush"),
    ("pledge vow promise offer", "pledge", 0.75, ""),
    ("discuss", "consultation", 0.7, ""),
    ("confer consult", "consultation", 0.7, ""),
    ("speak talk meet", "consultation", 0.7, "prep:with"),  # "spoke today with", "talked with X by phone"
    ("meet receive", "consultation", 0.65, "entity"),  # "met Arafat", "received the envoy"
    ("share publish release circulate air broadcast", "statement", 0.7, PUBLIC_MESSAGES),
    ("express voice", "statement", 0.7, FEELINGS),
    ("welcome praise hail commend applaud congratulate signal", "statement", 0.65, ""),
    ("add", "statement", 0.7, "comp"),  # "he added that ...", not "adding to the tension"
    ("say state tell declare announce stress emphasize emphasise assert insist affirm acknowledge "
     "confirm post write tweet remark reiterate explain note comment float suggest propose "
     "speak address predict argue contend retort reaffirm repeat describe indicate hint reply answer exclaim "
     "concede admit recall lament quip muse disclose reveal assure imply brief characterize characterise "
     "cable telegraph", "statement", 0.7, ""),
    ("maintain counter", "statement", 0.65, "comp"),  # "the U.S. maintains that ...", not "maintains its forces";
    # "“...,” counters X", not "tactics designed to counter U.S. attacks"
    ("invite", "consultation", 0.65, "entity"),  # "invited the foreign ministers of Poland"
    ("assail", "accusation", 0.75, ""),  # "Russian officials assailed Ukraine for ..."
    ("boast", "statement", 0.65, "comp"),  # "boasted that ...", not "boasts an army of a million"
    ("disavow", "denial", 0.8, ""),
)

# Complements that make a refusal no event: "declined to comment", "refused to say".
SPEECH_COMPLEMENTS: Final = frozenset(words("say comment elaborate speculate discuss confirm specify identify "
                                            "answer give provide disclose reveal name"))
# Verbs whose infinitive complement did not happen: "declined to say", "refused to comment", "failed to attend".
REFUSAL_VERBS: Final = frozenset(words("decline refuse fail"))
# Verbs an attack is the means of: "killed a commander in an airstrike" (the killer carried out the airstrike).
HOST_VERBS: Final = frozenset(words("kill wound injure destroy hit target strike damage eliminate assassinate "
                                    "down shoot sink disable neutralize neutralise"))
# Verbs that judge what their object did: "accused Russian forces of shelling", "blamed Iraq for attacking".
JUDGING_VERBS: Final = frozenset(words("accuse blame condemn criticize criticise denounce punish sanction praise thank "
                                       "suspect charge convict fault commend congratulate assail slam lambaste rebuke "
                                       "chide castigate"))
# Attacks a place name before names where they happened ("the Nairobi bombing"); a nationality still names who.
LOCATED_EVENTS: Final = frozenset(words("bombing blast explosion massacre shelling bombardment ambush killing "
                                        "shooting"))
# Passives that state what their subject does or holds: "Israel is opposed to", "forces were engaged in fighting".
STATE_PASSIVES: Final = frozenset(words("oppose engage involve commit determine prepare"))
# "quoted X as saying": X speaks.
QUOTING_VERBS: Final = frozenset(words("quote cite"))
# Words that make a people's name a number of persons: "some Kenyans", "many Iraqis".
QUANTIFIERS: Final = frozenset(words("some many several few most all hundreds thousands dozens numerous other"))
# What carries an actor's words: "Saddam's message called for", "a statement by the ministry said".
MESSAGE_NOUNS: Final = frozenset(words("message letter statement proposal speech communique communiqué note telegram "
                                       "declaration announcement plan initiative proposition offer reply response"))
# Said in private: "said privately", "told colleagues in confidence".
OFF_RECORD_WORDS: Final = frozenset(words("privately confidentially"))
# Verbs of saying: a definite "the government" in what they report is the speaker's own.
STATEMENT_VERBS: Final = frozenset(word for word, senses in VERB_TRIGGERS.items()
                                   if any(sense.event_type == "statement" for sense in senses))

# "call": on/for -> request; a person or state as object -> a call (consultation); "call X Y" is naming.
CALL_REQUEST_PREPS: Final = frozenset({"on", "for", "upon"})

# Nouns that name an event; their actor comes from a possessive, "by X", a country modifier, or the
# subject of a light verb ("carried out strikes", "announced the deployment").
NOUN_TRIGGERS: Final[dict[str, tuple[Sense, ...]]] = _senses(
    ("deployment redeployment buildup build-up reinforcement dispatch dispatching", "deployment", 0.8, ""),
    ("intrusion", "deployment", 0.7, ""),  # "a wave of drone intrusions into Polish airspace"
    ("violation", "deployment", 0.7, "obj:airspace"),
    ("mobilization mobilisation", "mobilisation", 0.85, ""),
    ("drill exercise maneuver manoeuvre wargame", "exercise", 0.7, "force"),
    ("training", "exercise", 0.6, "light"),
    ("test launch", "weapons-test", 0.75, WEAPONS),
    ("patrol", "deployment", 0.6, "force"),
    ("sortie flight mission", "deployment", 0.6, "military"),
    ("alert", "alert", 0.7, "military"),
    ("withdrawal pullout pullback retreat", "withdrawal", 0.7, "force"),
    ("ceasefire cease-fire truce armistice", "ceasefire", 0.8, "light"),  # "declared a ceasefire", "agreed to a truce"
    ("strike", "strike", 0.75, "force"),
    ("airstrike bombing bombardment shelling barrage salvo ambush massacre assassination explosion blast", "strike",
     0.85, ""),
    ("cleansing atrocity torture", "strike", 0.7, "force"),  # "Serb forces were engaged in ethnic cleansing"
    ("gunfire", "clash", 0.75, ""),
    ("coup putsch", "occupation", 0.8, ""),  # a seizure of power by force
    ("attack assault killing", "strike", 0.6, "force"),
    ("operation", "deployment", 0.55, "obj:defence|defense|security|peacekeeping|humanitarian|patrol|surveillance"),
    ("operation offensive counteroffensive counter-offensive onslaught push", "strike", 0.55, "force"),
    ("clash fighting gunbattle gunfight firefight skirmish hostility", "clash", 0.8, ""),
    ("fight battle combat", "clash", 0.6, "force"),
    ("raid incursion", "raid", 0.75, ""),
    ("invasion", "invasion", 0.8, ""),
    ("interdiction hijacking", "interdiction", 0.75, ""),
    ("kidnapping abduction", "abduction", 0.8, ""),
    ("designation listing", "terrorist-listing", 0.85, "terror"),
    ("sanction embargo tariff", "sanction", 0.8, ""),
    ("indictment warrant", "indictment", 0.8, ""),
    ("arrest detention crackdown", "arrest", 0.65, "light"),
    ("bounty reward", "bounty", 0.8, ""),
    ("award", "bounty", 0.75, "obj:information|capture|arrest|conviction|tip|whereabouts"),
    ("seizure confiscation", "asset-seizure", 0.8, ""),
    ("decree curfew", "decree", 0.85, ""),
    ("blockade", "blockade", 0.8, ""),
    ("siege", "blockade", 0.75, "light"),
    ("closure shutdown", "airspace-closure", 0.85, CLOSABLE_AIR),
    ("closure shutdown", "border-closure", 0.75, CLOSABLE),
    ("notam", "airspace-closure", 0.85, ""),
    ("suspension halt cutoff", "suspension", 0.7, SUSPENDABLE),
    ("expulsion deportation", "expulsion", 0.75, ""),
    ("law legislation bill resolution", "law", 0.7, "light"),
    ("fire", "strike", 0.8, "light"),  # "opened fire on border posts"
    ("ban restriction prohibition blackout embargo", "ban", 0.7, "light"),  # "imposed a travel ban", "a blackout"
    ("call", "consultation", 0.7, "obj:phone|telephone|video"),  # "held a telephone call with X"
    ("call appeal plea", "request", 0.75, "light+obj:for|on|upon"),  # "issued a call for restraint"
    ("call conversation talk meeting", "consultation", 0.7, "light+prep:with"),  # "held talks with X"
    ("meeting talk", "consultation", 0.6, "prep:with"),  # "wrapped up a three-hour meeting with Saddam"
    ("freeze", "asset-seizure", 0.75, "light"),  # "ordered an asset freeze"
    ("ultimatum threat", "threat", 0.85, "light|owned"),  # "issued an ultimatum", "made threats"
    ("warning caution", "warning", 0.8, "light|owned"),
    ("demand", "demand", 0.8, "light|owned"),  # "the U.S.'s demand for his extradition has been refused"
    ("denial", "denial", 0.85, "light|owned"),
    ("protest complaint", "protest", 0.8, "light|owned"),  # "lodged a formal protest"
    ("condemnation criticism accusation", "accusation", 0.75, "light|owned"),
    ("pledge vow promise", "pledge", 0.7, "light|owned"),
    ("proposal offer initiative", "statement", 0.6, "owned"),  # "Iraq's proposal to open its presidential sites"
    ("rejection refusal", "rejection", 0.75, "light|owned"),
    ("statement announcement declaration speech address remark", "statement", 0.65, "light"),
    ("statement announcement declaration communique", "statement", 0.6, "prep:by"),  # "a statement by the ministry"
)

# Light verbs hand their subject to a noun trigger in their object ("X carried out strikes").
LIGHT_VERBS: Final = frozenset(
    words("carry conduct launch stage hold order authorize authorise approve announce begin start continue resume "
    "step intensify expand undertake mount execute complete perform make take increase impose issue sign "
    "declare offer double triple raise put lift extend enact set place slap unveil escalate ramp adopt pass open "
    "give deliver lodge file register send voice level reimpose renew tighten wrap conclude finish end attend "
    "plot mastermind orchestrate engage"))  # "the attacks were plotted by X": X carried them out
# Verbs whose "to"/"on" object is the event: "agreed to a ceasefire", "agreed on a truce".
AGREEMENT_VERBS: Final = frozenset(words("agree consent commit"))

# Forms the lemmatizer gets wrong ("staged" -> "stag"), read as these lemmas where light verbs are looked up.
LEMMA_FIXES: Final = {"staged": "stage", "staging": "stage", "stages": "stage"}

# Verbs whose object is the force that acts ("thousands joined the militia": the militia mobilises).
# Observation verbs too: "Taiwan detected 25 Chinese aircraft", "warships were spotted": the aircraft's owner acts.
OBJECT_ACTOR_VERBS: Final = frozenset({"join", "enlist", "spot", "detect", "sight", "track", "observe"})
STATEMENT_LEMMAS_SPECIAL: Final = frozenset({"call"})

# Object-control verbs: "directed the Pentagon to consider", "called on supporters to prepare".
OBJECT_CONTROL_VERBS: Final = frozenset(
    words("direct order instruct authorize authorise tell ask urge call force allow permit push press"))

# ---- what makes a phrase military, governmental, or not an actor -----------------------------

MILITARY_NOUNS: Final = frozenset(
    words("troop soldier force military army navy marine warship ship vessel destroyer frigate cruiser carrier "
    "submarine bomber jet fighter aircraft airplane plane drone helicopter missile rocket battery unit battalion "
    "brigade regiment squadron fleet militia militiaman reservist weaponry weapon artillery tank personnel "
    "paratrooper sailor airman guardsman commando naval amphibious airborne guard coastguard "
    "warplane gunboat corvette cutter instructor mercenary serviceman servicemember peacekeeper infantry "
    "infantryman trooper sniper howitzer launcher uav minesweeper officer rebel insurgent militant guerrilla guerilla "
    "jihadist separatist paramilitary gunman combatant extremist police policeman gendarme gendarmerie"))
# Members of armed groups that are not a state's forces: "Rwandan rebels", "the militants" (an armed group actor).
# Words for armed groups that name no territory of their own: no nationality is guessed for them from the
# country in the news ("terrorists" in a story from Nairobi are not "Kenyan terrorists").
ROOTLESS_GROUP_NOUNS: Final = frozenset(words("terrorist terror extremist gunman jihadist"))
ARMED_GROUP_NOUNS: Final = {"rebel": "rebels", "insurgent": "insurgents", "militant": "militants",
                            "guerrilla": "guerrillas", "guerilla": "guerrillas", "jihadist": "jihadists",
                            "separatist": "separatists", "paramilitary": "paramilitaries", "gunman": "gunmen",
                            "insurgency": "insurgents", "rebellion": "rebels", "extremist": "extremists",
                            "terrorist": "terrorists", "terror": "terrorists"}
# Forces of an alliance with no one state: "allied forces", "coalition troops", "a multinational force".
ALLIANCE_FORCES: Final = {"allied": "Allied forces", "coalition": "Coalition forces",
                          "multinational": "Multinational force"}
# What explodes ("a car bomb exploded") and verbs that are attacks whoever suffered them ("the town was shelled"):
# such a clause reports an attack even when it names no one who carried it out.
DEVICES: Final = frozenset(words("bomb device explosive mine grenade shell missile rocket mortar charge car truck "
                                 "blast explosion bombing"))
ATTACK_VERBS: Final = frozenset(words("bomb shell attack raid strike ambush assassinate massacre explode detonate "
                                      "bombard airstrike storm"))
# What an attack named as a subject is said to do when it is reported as happening: "the blast killed 12",
# "the bombings occurred minutes apart" (not "the bombings will not cause America to back down").
HAPPENING_VERBS: Final = frozenset(words("occur happen kill wound injure destroy damage hit strike rock shake rip tear "
                                         "level flatten claim leave go explode target devastate shatter erupt "
                                         "break begin start continue resume intensify spread"))
# What a word for an armed group's members may qualify and still name the group: "rebel forces", "militant
# leaders", not "guerrilla tactics" or "rebel-held towns".
GROUP_MEMBER_HEADS: Final = frozenset(words("force fighter unit group cell faction member leader commander troop "
                                            "militia army movement soldier gunman"))
# Police and gendarmes: a state's security forces, named apart from its armed forces ("Egypt police").
POLICE_NOUNS: Final = frozenset(words("police policeman policemen gendarme gendarmerie"))
# "air defences", "a missile defense system": a force only with one of the kinds before it
DEFENCE_NOUNS: Final = frozenset(words("defence defense defences defenses"))
DEFENCE_SYSTEMS: Final = frozenset(words("system"))
DEFENCE_KINDS: Final = frozenset(words("air missile rocket aircraft anti-aircraft antiaircraft"))
MILITARY_TOKEN_PATTERN: Final = r"^(?:[A-Z]{1,3}-\d{1,3}[A-Z]?\d?|USS|HMS)$"  # B-52, F-35, MQ-9, S-300, USS
NAVAL_PREFIXES: Final = {"USS": "United States", "HMS": "United Kingdom", "HMAS": "Australia",
                         "HMCS": "Canada", "INS": "India"}
GOVERNMENT_NOUNS: Final = frozenset(
    words("government regime administration authority official cabinet leadership junta presidency team "
    "state country nation executive parliament legislature"))
MILITARY_HEADS: Final = frozenset(words("military army navy force troop militia command guard coastguard"))
MINISTRY_KINDS: Final = {"foreign": "foreign", "defense": "defence", "defence": "defence", "interior": "interior",
                         "home": "interior", "finance": "finance", "justice": "justice", "trade": "trade",
                         "commerce": "trade", "economy": "economy", "information": "information",
                         "security": "security"}

# Office titles: an unregistered person holding one acts for a state or body.
OFFICE_TITLES: Final = frozenset(
    words("president vice prime minister premier chancellor secretary spokesperson spokesman spokeswoman ambassador "
    "envoy general admiral commander colonel chief head director governor senator lawmaker legislator king queen "
    "emir prince sheikh ayatollah leader official mayor representative negotiator attorney diplomat "
    "foreign defense defence interior ruler strongman captain major lieutenant brigadier marshal "
    "gen capt maj lt col brig adm cmdr "  # military ranks, also abbreviated ("Brig Gen", "Lt Col", "Capt.")
    "superintendent inspector constable sergeant commissioner "  # and police ranks
    "coordinator rapporteur administrator mediator prosecutor judge magistrate chairman chairwoman chairperson "
    "deputy "
    "archbishop bishop cardinal pope patriarch imam mufti rabbi"))  # religious leaders speak for their flocks
# Titles of whoever leads a country: "the Iraqi leader" is the person of that country the article named before.
HEAD_OF_STATE_TITLES: Final = frozenset(words("leader president ruler strongman dictator"))
# Offices whose holders, named in the plural ("EU foreign ministers", "Arab leaders"), act for a body or state.
GROUP_TITLES: Final = frozenset(words("minister leader president premier chancellor envoy negotiator general "
                                      "commander head chief ruler"))
# Titles that are part of a single name: "King Hussein", "Crown Prince Hassan", "Emir Tamim".
ROYAL_TITLES: Final = frozenset(words("king queen prince princess emir sheikh sultan crown"))
# Title words that qualify an office ("defence minister") but name none on their own ("Israeli defences").
TITLE_ADJECTIVES: Final = frozenset(words("foreign defense defence interior vice"))
# Roles that report on or comment the crisis: never the actor of an event.
NON_ACTOR_ROLES: Final = frozenset(
    words("analyst expert commentator observer researcher scholar professor academic economist historian journalist "
    "reporter correspondent editor columnist pundit fellow consultant critic resident citizen civilian voter "
    "student worker cook vendor shopkeeper farmer witness survivor villager local people source report poll "
    "study lawyer opinion article newspaper outlet media scientist specialist strategist lecturer author writer "
    "blogger refugee migrant victim mother father wife husband son daughter relative neighbour neighbor passerby "
    "bystander shopper driver teacher nurse employee owner tourist pilgrim protester demonstrator"))
# Time-zone abbreviations: a live blog's "11:55 GMT — Russia's defence ministry says" is parsed with the zone as
# the subject and the real subject as its apposition.
TIME_ZONES: Final = frozenset(words("GMT UTC BST CET CEST EET EEST MSK IST PKT JST KST EST EDT CST CDT PST PDT AEST "
                                    "AEDT SGT HKT WAT EAT CAT"))
NON_ACTOR_MODIFIERS: Final = frozenset({"former", "retired", "ex", "ex-"})

# Head words of institutions' names: "National Assembly", "Supreme Court", "Revolutionary Guard".
INSTITUTION_HEADS: Final = frozenset(words(
    "assembly council court ministry army forces guard party front union league agency command committee "
    "parliament congress senate cabinet office service police corps navy coalition alliance movement "
    "organization organisation authority government bank commission headquarters staff directorate"))
# "the group", "the bloc": the organisation last named.
BODY_NOUNS: Final = frozenset(words("group movement organization organisation rebel faction bloc alliance "
                                    "coalition paramilitary militant insurgent"))
POSSESSIVE_PRONOUNS: Final = frozenset({"his", "her", "its", "their"})
PRONOUNS_PERSON: Final = frozenset({"he", "she", "him", "her", "his"})
PRONOUNS_RELATIVE: Final = frozenset({"which", "who", "that"})

# ---- modality ----------------------------------------------------------------------------------

# Statuses of events that took place: never after the article reporting them was published.
HAPPENED: Final = frozenset({"asserted", "claimed", "denied"})
MODAL_AUX: Final = {"will": "planned", "shall": "planned", "'ll": "planned", "would": "hypothetical",
                    "should": "hypothetical",  # "should hostilities erupt", "Iran should withdraw"
                    "could": "hypothetical", "might": "hypothetical", "may": "hypothetical", "can": "capability"}
# A head word over a trigger (its governing verb or noun) sets the status of what is reported.
MODAL_HEADS: Final = {
    **dict.fromkeys(words("plan intend prepare aim seek schedule decide expect vow pledge promise set going due "
                          "poise agree"),
                    "planned"),
    **dict.fromkeys(words("threaten threat ultimatum"), "threatened"),
    **dict.fromkeys(words("consider weigh mull contemplate discuss explore debate possibility prospect option risk "
                          "fear chance scenario hypothetical hope wish want"), "hypothetical"),
    **dict.fromkeys(words("accuse allege claim report rumor rumour speculation allegation concern suggest"),
                    "claimed"),
    **dict.fromkeys(words("deny dismiss refute reject"), "denied"),
}
# Heads above that set the status only as verbs ("set to deploy" but not "a set of ...").
MODAL_VERBS_ONLY: Final = frozenset(words("set aim"))
# Orders: what they order is planned ("ordered troops to leave", "authorized strikes").
ORDER_VERBS: Final = frozenset(words("order direct instruct authorize authorise command"))
ORDER_NOUNS: Final = frozenset(words("order instruction directive command authorization authorisation"))
MODAL_ADJECTIVES: Final = {**dict.fromkeys(words("possible potential likely imminent planned future"),
                                           "hypothetical"),
                           **dict.fromkeys(words("alleged purported suspected reported"), "claimed")}
# A report's source that is no crisis actor, and the verbs that attribute a report to one.
REPORT_SOURCES: Final = frozenset(words("source report media outlet newspaper tabloid broadcaster"))
REPORT_VERBS: Final = frozenset(words("report say cite quote claim write suggest indicate"))
# "the ministry", "the command": a definite head that names the organisation of that kind last mentioned.
DEFINITE_BODY_HEADS: Final = frozenset(words("ministry command agency department office commission committee"))
CONDITIONAL_MARKS: Final = frozenset({"if", "unless", "whether"})
MODAL_ADVERBS: Final = dict.fromkeys(words("allegedly reportedly purportedly supposedly"), "claimed")
# Words that make a noun trigger something else ("general strike", "hunger strike").
NOT_MILITARY_MODIFIERS: Final = frozenset(words("general hunger labor labour insurrectionary national rescue verbal "
                                                "political personal scathing rhetorical heart asthma panic"))

BOILERPLATE: Final = (r"^(?:published|updated|posted|first published|by\b|source:|stay tuned|you may also like|"
                      r"read more|sign up|subscribe|click|follow us|share this|advertisement|related:|"
                      r"copyright|©|photo:|image:|watch:|listen:)")
