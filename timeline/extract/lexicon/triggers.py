"""Trigger words: the verbs and nouns that report an event, each with its senses (a subtype, how reliably the
word alone signals it, and what must hold around it for that reading).

`timeline.extract.triggers` finds them in a parsed sentence; the first sense whose needs hold wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from timeline.extract.lexicon import words
from timeline.extract.lexicon.event_types import SUBTYPES


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
    "owned" a noun whose author is named by a possessive or a "by" phrase ("Moscow's warning"); "mover" forces as
    the subject of a verb of going ("the carrier is headed to", not "Albright headed to Nairobi in an Air Force
    plane"); "passive" a verb in the passive with no agent ("was charged with the slaying"); "nospeech" no
    refusal to speak ("refused to comment"); "verdict" what a ruling decides ("ruled that ...", "ruled against",
    "ruled in favor of"); "active" a verb not in the passive ("met with", not "was met with outrage"); "state" a
    country as the subject ("Israel attacked Iran"); "objhead:a|b" the direct object's own head, or what it is
    held "as", or the noun it makes its object ("held civilians as human shields", "took 250 people hostage", not
    "held talks on the hostages"); "notwith:a|b" no "with" phrase of these ("hit China with tariffs"); "withforce"
    a "with" phrase naming forces ("an encounter with security forces"); "sendsout" an envoy or a nation's forces as
    the object, told to leave ("ordered French troops to leave"); "armed" an armed group as the subject ("the RSF
    has besieged El Fasher"); "airmen" the words "to airmen" after the noun ("a notice to airmen"); "notplace" no
    place as the subject of the passive ("the islets are claimed by China"); "person" a subject that is not a
    state body or a force as a whole ("the ministry", "the army", a registered force); "possdated" a noun with a
    named owner and a date of its own ("Hegseth's announcement on Thursday"); "deadline" a span of time given
    someone to act ("gave the carriers 48 hours to resume operations"). Several needs joined by "+" must all
    hold; "a|b" (outside "obj:" lists) holds when either does."""

    subtype: str
    strength: float  # how reliably the word alone signals the event (0..1)
    needs: str = ""

    @property
    def event_type(self) -> str:
        return SUBTYPES[self.subtype].event_type


def _senses(*items: tuple[str, str, float, str]) -> dict[str, tuple[Sense, ...]]:
    table: dict[str, list[Sense]] = {}
    for listed, subtype, strength, needs in items:
        for word in words(listed):
            table.setdefault(word, []).append(Sense(subtype, strength, needs))
    return {k: tuple(v) for k, v in table.items()}


ALERT_WORDS: Final = "obj:alert|readiness|alertness|defcon"
SEIZABLE: Final = ("dobj:plane|aircraft|jet|tanker|ship|vessel|asset|account|fund|property|cargo|oil|shipment|"
                   "reserve|gold|embassy|boat|weapon|explosive|arm|ammunition|munition|rifle|drug|passport")
CLOSABLE_AIR: Final = "obj:airspace|sky|skies|notam"
OCCUPIABLE: Final = ("dobj:control|village|town|city|region|territory|area|island|base|airport|port|outpost|palace|"
                     "capital|headquarters|district|province|stronghold|enclave|camp|post|position|hill|ridge|bridge|"
                     "checkpoint|airfield|airbase|refinery|oilfield|mine|crossing|border|valley|pass|settlement|hamlet|"
                     "@GPE|@LOC|@FAC")
WEAPONS: Final = "obj:missile|rocket|nuclear|weapon|warhead|icbm|hypersonic|torpedo|bomb"
LAUNCHED: Final = ("obj:missile|rocket|drone|torpedo|strike|airstrike|attack|shell|mortar|artillery|barrage|salvo|"
                      "volley|projectile|munition|grenade|round|bomb|shot|warning|flare|cannon")
VESSELS: Final = "obj:ship|vessel|tanker|boat|ferry|freighter|carrier|cargo|trawler|plane|aircraft|airliner|jet|dhow"
CLOSABLE: Final = ("dobj:border|strait|port|crossing|embassy|consulate|waters|sea|route|canal|pipeline|outlet|terminal|"
                   "airport|harbor|harbour|road|highway|checkpoint|passage")
SUSPENDABLE: Final = ("dobj:aid|assistance|loan|funding|credit|link|flight|trade|cooperation|mediation|talks|"
                      "negotiation|export|import|supply|delivery|shipment|program|programme|dialogue|visa|treaty|"
                      "participation|membership|agreement|accord|pact")
ENVOYS: Final = "obj:ambassador|envoy|diplomat|charge|chargé|affaires|representative|attache|attaché|consul"
PUBLIC_MESSAGES: Final = ("obj:video|photo|photograph|image|picture|clip|footage|message|statement|letter|recording|"
                          "map|post|communique|communiqué|declaration|report|telegram|cable|condolence|note")
FEELINGS: Final = ("obj:concern|regret|support|outrage|hope|solidarity|condolence|dismay|alarm|anger|satisfaction|"
                   "opposition|frustration|disappointment|readiness|willingness|confidence|doubt|objection|"
                   "displeasure|indignation|sympathy|gratitude|reservation|skepticism|scepticism|appreciation")

# Verbs, in order of preference: the first sense whose constraint holds wins.
VERB_TRIGGERS: Final[dict[str, tuple[Sense, ...]]] = _senses(
    ("elevate raise heighten increase put place remain stay keep", "alert", 0.9, ALERT_WORDS),
    ("deploy redeploy dispatch send move station position reposition amass mass ramp surge fly sail "
     "arrive patrol dock transit base reinforce bolster escort scramble approach enter cross intrude violate "
     "encircle circle shadow concentrate gather assemble rush pour land advance march push airlift ship "
     "strengthen boost beef augment besiege surround steam commit contribute expand double triple increase "
     "camp", "deployment", 0.8, "military"),
    ("break breach", "clash", 0.75, "obj:siege|encirclement|defence|defense|defences|defenses"),  # "the army said
    # it had broken the RSF's siege", "breached the enemy's defences" (not "broke the party line")
    ("besiege surround encircle advance march", "deployment", 0.75, "armed"),  # "the RSF has besieged El Fasher",
    # "M23 advanced on Goma": a registered armed group, or rebels, as the subject
    ("order tell instruct direct", "expulsion", 0.8, "sendsout"),  # "the junta ordered French troops to leave the
    # country", "ordered the French ambassador to leave within 72 hours" (not its own troops: `events`)
    ("order", "deployment", 0.75, "prep:to|into|toward|towards+military"),  # "ordered the carrier group to the
    # Caribbean", not "ordered troops to withdraw" (a plan the modality reads)
    ("take", "deployment", 0.7, "prt:off+military"),  # "two bombers took off from Guam"
    ("head", "deployment", 0.7, "prep:to|for|toward|towards|into+mover"),  # "the carrier is headed to the Gulf"
    ("build", "deployment", 0.75, "prt:up+military"),  # "built up forces", not "built a base"
    ("capture seize take occupy overrun annex retake recapture liberate", "occupation", 0.8, OCCUPIABLE),
    ("spot detect sight track observe", "deployment", 0.7, "military"),
    ("withdraw retreat pull evacuate surrender demobilize demobilise disarm disband", "withdrawal", 0.75,
     "military"),
    ("leave", "withdrawal", 0.75, "mover"),  # "the troops left the town", not "Albright left the air base"
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
     "torch burn loot beat torture abuse mistreat neutralise neutralize", "strike", 0.8, "military"),
    ("attack hit target", "strike", 0.75, "state+dobj:site|base|grid|facility|infrastructure|city|town|village|"
                                          "port|ship|vessel|tanker|convoy|position|plant|refinery|depot|airport|"
                                          "airfield|camp|target|territory|region|area|post|outpost|capital|"
                                          "hospital|building|bridge|dam|embassy|installation|@GPE|@LOC|@FAC"
                                          "+notwith:tariff|sanction|duty|levy|fine|penalty|restriction|ban|"
                                          "lawsuit|criticism|measure|embargo|charge|accusation|visa"),
    # "Israel attacked Iran", "Russia hit Ukraine's energy grid", not "China attacked the U.S. proposal" nor "hit
    # China with tariffs"
    ("launch fire", "strike", 0.8, LAUNCHED),
    ("fire", "strike", 0.75, "military+prep:at|on|upon|into|across|toward|towards"),  # "troops fired at posts"
    ("assault hammer pummel blitz pelt", "strike", 0.75, "military"),  # "Russian forces pummeled the town"
    ("eliminate", "strike", 0.75, "military+obj:terrorist|militant|fighter|commander|operative|insurgent|gunman|"
                                  "jihadist|cell|squad|sniper|rebel"),  # "troops eliminated dozens of terrorists"
    ("use", "strike", 0.75, "military+obj:cannon|gas|teargas|munition|bomb|missile|rocket|artillery|laser|bullet"),
    # "a coast guard ship used water cannon against a Philippine vessel" (not "by using forces and weapons")
    ("inflict", "strike", 0.75, "obj:loss|casualty|damage|defeat|blow"),  # "inflicted losses on three brigades"
    ("engage", "strike", 0.75, "obj:target|position|militant|terrorist|enemy|hideout"),  # "engage military targets"
    ("assassinate massacre", "strike", 0.85, ""),
    ("raid storm breach penetrate punch", "raid", 0.8, "military"),
    ("invade", "invasion", 0.9, ""),
    ("clash fight battle skirmish", "clash", 0.75, "military"),
    ("exchange trade", "clash", 0.75, "obj:fire|gunfire|shot|artillery|shell|shelling|rocket"),  # "exchanged fire"
    ("sweep roll", "deployment", 0.75, "military"),  # "Russian troops swept through Prague"
    ("kidnap abduct", "abduction", 0.85, ""),
    ("hold take", "abduction", 0.75, "objhead:hostage|shield|captive"),  # "held civilians as human shields", not
    # "held talks on the hostages"
    ("intercept interdict board detain capture block obstruct harass ram prevent disperse", "interdiction", 0.7,
     "military"),  # "police prevented the demonstration", "troops dispersed the crowd"
    ("ram", "interdiction", 0.75, "obj:boat|vessel|ship|ferry"),
    ("repel repulse foil thwart", "interdiction", 0.75, "military"),  # "troops foiled an infiltration bid"
    ("block blockade stop", "interdiction", 0.7, "dobj:shipping|shipment|ship|vessel|tanker|convoy|port|cargo|supply"),
    ("explode detonate", "strike", 0.85, "obj:bomb|device|explosive|mine|grenade|shell|missile|rocket|charge|car"),
    ("go", "strike", 0.8, "prt:off+obj:bomb|device|explosive|mine|grenade|shell|charge"),  # "the bomb went off"
    ("rip tear shatter devastate damage", "strike", 0.75, "obj:bomb|blast|explosion|device|explosive|missile|rocket|"
                                                           "shell|bombing"),  # "an explosion ripped through"
    ("order", "decree", 0.7, "dobj:citizen|national|foreigner|resident|civilian|personnel|diplomat|staff|"
                             "family|dependent|departure|evacuation|closure|curfew|newspaper|paper|station|"
                             "broadcaster|channel|outlet|website|party|@NORP"),
    # "ordered all Americans in Kuwait to assemble", "ordered the departure of non-emergency personnel", "ordered the
    # newspaper to suspend publication"
    ("seize confiscate impound freeze", "asset-seizure", 0.85, SEIZABLE),
    ("designate", "terrorist-listing", 0.95, "terror"),
    ("label list brand classify declare", "terrorist-listing", 0.9, "terror"),
    ("designate", "sanction", 0.9, "obj:sanction"),  # "designated five firms under its Iran sanctions program"
    ("designate", "designation", 0.75, ""),
    ("label brand declare", "designation", 0.8, "objhead:undesirable|extremist|agent"),  # "labelled the group
    # undesirable", "declared him a foreign agent"
    ("block", "ban", 0.7, "dobj:channel|website|site|account|app|platform|broadcast|outlet|newspaper|import|export|"
                          "transfer|payment|visa"),  # "blocked 16 YouTube channels"
    ("block", "rejection", 0.75, "dobj:resolution|proposal|draft|motion|bid|declaration|deal"),  # "blocked the
    # resolution at the Security Council": a veto
    ("delist", "delisting", 0.9, ""),
    ("remove take strike", "delisting", 0.75, "prep:from+obj:list|blacklist|watchlist|registry"),
    ("sanction", "sanction", 0.9, ""),
    ("add", "terrorist-listing", 0.85, "terror"),
    ("add", "sanction", 0.8, "obj:sanction|blacklist"),
    ("lift end reopen", "reopening", 0.8, "obj:closure|notam|curfew|blockade|siege|lockdown|airspace|border|"
                                          "crossing"),
    ("lift ease remove suspend waive", "sanctions-relief", 0.8,
     "obj:sanction|embargo|ban|restriction|blacklist|designation"),
    ("expel chase", "interdiction", 0.8, VESSELS + "|helicopter|drone|warship|destroyer|frigate|submarine"),
    # "its forces expelled the aircraft", "chased away the trawlers": no diplomats expelled
    ("expel", "expulsion", 0.8, "obj:diplomat|ambassador|envoy|staff|official|attache|journalist|mission"),
    ("add place put", "designation", 0.75, "obj:list|blacklist|registry|watchlist"),
    ("sever cut break suspend downgrade", "diplomatic-break", 0.8, "obj:tie|relation|relationship"),
    ("recall", "diplomatic-break", 0.75, "obj:ambassador|envoy|diplomat"),
    ("revoke cancel suspend", "ban", 0.7, "obj:visa|license|licence|permit|passport|citizenship|accreditation|"
                                          "right|concession|authorization|authorisation|credential"),
    # "revoked the operating rights of six airlines"
    ("declare", "airspace-closure", 0.8, CLOSABLE_AIR + "+obj:close|closed|shut"),  # "declared the airspace closed"
    ("declare", "expulsion", 0.8, "obj:grata"),  # "declared the envoy persona non grata"
    ("suspend halt cut freeze stop withhold end reduce curtail", "suspension", 0.75, SUSPENDABLE),
    ("terminate scrap abrogate annul", "suspension", 0.75, SUSPENDABLE),  # "scrapped the 2018 military agreement"
    ("indict", "indictment", 0.8, ""),
    ("rule", "ruling", 0.75, "verdict"),  # "the INS ruled that the boy must return", "a judge ruled against them"
    ("uphold overturn overrule subpoena", "ruling", 0.75, ""),  # "a judge upheld the agency", "subpoenaed him"
    ("charge", "indictment", 0.75, "passive+person"),  # "Kopp was charged with the slaying": a court's charge;
    # not "the armed forces are charged with guarding the border" (a duty)
    ("charge", "accusation", 0.7, "prep:with"),  # "charging its neighbour with supporting dissidents"
    ("charge", "indictment", 0.75, "entity"),
    ("arrest jail imprison detain", "arrest", 0.7, ""),  # by police or forces: a use of force, not a legal act
    ("round", "arrest", 0.7, "prt:up"),  # "rounded up dozens of activists"
    ("apprehend nab", "arrest", 0.7, ""),  # "police apprehended two suspects"
    ("expel deport extradite", "expulsion", 0.7, ""),
    ("force drive", "expulsion", 0.7, "prt:out"),  # "forced the UN refugee agency out of the country"
    ("hand turn", "expulsion", 0.7, "prt:over+dobj:suspect|fugitive|prisoner|man|men|people|national|citizen|they|"
                                    "he|she"),
    ("blacklist", "sanction", 0.85, ""),
    ("outlaw proscribe", "ban", 0.85, ""),
    ("ban prohibit bar forbid", "ban", 0.65, ""),
    ("ratify", "law", 0.85, ""),
    ("join", "treaty", 0.75, "objhead:nato|alliance|union|bloc|treaty|pact|convention|commonwealth|eu|asean|"
                              "ecowas|brics|wto|sco|csto|opec|organization|organisation"),  # "Finland joined NATO",
    # not "joined the talks on the union"
    ("accede", "treaty", 0.8, "prep:to"),  # "acceded to the convention"
    ("vote", "law", 0.7, "obj:law|bill|resolution|measure|legislation|treaty|amendment|accession|ratification|"
                         "membership|enlargement|expansion|sanction|embargo|decree"),
    # "the upper house voted in favor of their accession", "voted for the resolution"
    ("approve adopt pass enact", "law", 0.75, "dobj:law|bill|resolution|measure|legislation|treaty|amendment|decree|"
                                              "budget|act|accord|agreement|sanction|embargo|doctrine"),
    ("decree", "decree", 0.85, ""),
    ("declare impose", "decree", 0.85, "obj:emergency|law|curfew|commotion|siege|lockdown|mobilization|mobilisation"),
    ("recognize recognise", "recognition", 0.85, "entity"),
    ("close shut", "airspace-closure", 0.9, CLOSABLE_AIR),
    ("close shut", "border-closure", 0.75, CLOSABLE),
    ("blockade barricade quarantine", "blockade", 0.85, ""),
    ("threaten", "threat", 0.9, ""),
    ("give", "threat", 0.7, "deadline"),  # "gave the carriers 48 hours to resume operations": an ultimatum
    ("warn caution", "warning", 0.85, ""),
    ("deny", "denial", 0.9, ""),
    ("dismiss refute", "denial", 0.8, "obj:report|claim|allegation|accusation|suggestion|rumor|rumour|story"),
    ("reject refuse rebuff oppose veto", "rejection", 0.8, "nospeech"),
    ("dismiss", "rejection", 0.75, "obj:decision|move|plan|proposal|offer|demand|call|idea|threat|warning|"
                                   "ultimatum|request|appeal|criticism|concern|plea|announcement|statement|remark|"
                                   "designation|measure|sanction"),  # not "dismissed the minister"
    ("rule", "rejection", 0.8, "prt:out"),  # "ruled out sending troops", not "the court ruled"
    ("decline", "rejection", 0.7, "comp+nospeech"),  # "declined to resign", not "declined to comment"
    ("demand", "demand", 0.85, ""),
    ("request ask appeal urge implore exhort entreat", "request", 0.8, ""),
    ("press pressure push lobby", "request", 0.7, "comp"),  # "pressed Iraq to comply", "pushed for a vote"
    ("summon", "protest", 0.85, ENVOYS),
    ("protest complain", "protest", 0.75, ""),
    ("object", "protest", 0.7, "prep:to"),  # "Beijing objected to the transit"
    ("dispute contest", "denial", 0.7, "obj:claim|report|allegation|account|finding|figure|version|assertion|"
                                       "accusation|characterization|characterisation"),  # "disputed the account"
    ("accuse denounce condemn criticize criticise blame mock slam decry ridicule deplore censure castigate lambaste "
     "lambast blast rebuke chide fault", "accusation", 0.8, ""),
    ("claim allege", "claim", 0.7, "notobj:life|victim|toll+notplace"),  # not "the bombings claimed 217 lives",
    # nor "the islands are claimed by China and Taiwan" (a standing claim to a place, no utterance)
    ("vow pledge promise", "threat", 0.8, "obj:revenge|retaliation|retaliate|response|respond|avenge|punish|"
                                          "punishment|retribution|destroy|crush"),
    ("pledge vow promise offer", "pledge", 0.75, ""),
    ("discuss", "consultation", 0.7, ""),
    ("confer consult", "consultation", 0.7, ""),
    ("speak talk", "consultation", 0.7, "prep:with"),  # "spoke today with", "talked with X by phone"
    ("meet", "consultation", 0.7, "prep:with+active"),  # "met with Arafat", not "was met with outrage"
    ("meet receive", "consultation", 0.65, "entity"),  # "met Arafat", "received the envoy"
    ("share publish release circulate air broadcast send", "statement", 0.7, PUBLIC_MESSAGES),  # "sent a letter"
    ("express voice", "statement", 0.7, FEELINGS),
    ("welcome praise hail commend applaud congratulate signal", "statement", 0.65, ""),
    ("thank", "statement", 0.65, "entity"),  # "thanked Germany for what he called", not "thanks to the rain"
    ("add", "statement", 0.7, "comp"),  # "he added that ...", not "adding to the tension"
    ("respond retaliate reply", "strike", 0.75, "prep:with+obj:bullet|gas|teargas|gunfire|fire|airstrike|strike|"
                                              "missile|rocket|shell|shelling|artillery|bomb|bombing|raid|force"),
    # "riot police responded with a volley of plastic bullets", "retaliated with airstrikes"
    ("retaliate", "strike", 0.65, "military"),  # "the army retaliated", "ordered the army to retaliate"
    ("respond", "strike", 0.65, "mover+obj:kind|fire|force|artillery|strike|strikes"),  # "Pakistani troops had
    # responded in kind", "responded with artillery fire": forces as the subject (not "Maduro is responding in kind,
    # repositioning troops"; not "responded to questions")
    ("say state tell declare announce stress emphasize emphasise assert insist affirm acknowledge "
     "confirm post write tweet remark reiterate explain note comment suggest propose "
     "speak address predict argue contend retort reaffirm repeat describe indicate hint reply answer exclaim "
     "concede recall lament quip muse disclose reveal assure imply brief characterize characterise "
     "cable telegraph", "statement", 0.7, ""),
    ("float", "statement", 0.7, "obj:idea|proposal|plan|suggestion|possibility|offer|notion|proposition|option|"
                                 "compromise|name|prospect|initiative"),  # "floated the idea", not "found floating"
    ("admit", "statement", 0.7, "comp"),  # "police admit that ...", not "NATO decided to admit Poland"
    ("maintain counter", "statement", 0.65, "comp"),  # "the U.S. maintains that ...", not "maintains its forces";
    # "“...,” counters X", not "tactics designed to counter U.S. attacks"
    ("invite", "consultation", 0.65, "entity"),  # "invited the foreign ministers of Poland"
    ("assail", "accusation", 0.75, ""),  # "Russian officials assailed Ukraine for ..."
    ("agree", "pledge", 0.65, "comp"),  # "agreed to hand them over", "agreed on a ceasefire", not "agreed with X"
    ("respond", "statement", 0.65, "comp"),  # "responded that ...", "“Never,” he responded", not "responded with
    # a volley of plastic bullets"
    ("report", "statement", 0.65, ""),  # "the Defence Ministry reported on Thursday" (an outlet's report: no actor)
    ("boast", "statement", 0.65, "comp"),  # "boasted that ...", not "boasts an army of a million"
    ("disavow", "denial", 0.8, ""),
)

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
    ("violation", "clash", 0.7, "obj:ceasefire|cease-fire|truce|armistice"),  # "accused India of ceasefire violations"
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
    ("encounter gunfight firefight", "clash", 0.75, "withforce"),  # "killed in an encounter with security forces"
    # (not "a chance encounter with the minister")
    ("response retaliation reprisal", "strike", 0.7, "light+military"),  # "troops gave a befitting response"
    ("firing shootout", "clash", 0.75, "force+notobj:chief|minister|general|commander|official|director|head|"
                                       "secretary|adviser|advisor|aide|staff|employee|worker|coach|prosecutor"),
    # "cross-border firing between Indian and Pakistani troops", not "the firing of the army chief"
    ("fire", "strike", 0.75, "obj:artillery|mortar|tank|sniper|gun|machine|rocket|cannon|naval|howitzer|shell"),
    # "Indian artillery fire killed three civilians", not "a fire in the military base"
    ("coup putsch", "occupation", 0.8, ""),  # a seizure of power by force
    ("attack assault killing", "strike", 0.6, "force"),
    ("operation", "deployment", 0.55, "obj:defence|defense|security|peacekeeping|humanitarian|patrol|surveillance"),
    ("operation offensive counteroffensive counter-offensive onslaught push", "strike", 0.55, "force"),
    ("clash fighting gunbattle gunfight firefight skirmish hostility", "clash", 0.8, ""),
    ("fight battle combat", "clash", 0.6, "force"),
    ("raid incursion", "raid", 0.75, ""),
    ("invasion", "invasion", 0.8, ""),
    ("interdiction hijacking", "interdiction", 0.75, ""),
    ("downing shootdown", "interdiction", 0.8, ""),  # "reported the downing of two drones"
    ("kidnapping abduction", "abduction", 0.8, ""),
    ("designation listing", "terrorist-listing", 0.85, "terror"),
    ("sanction embargo tariff", "sanction", 0.8, ""),
    ("indictment warrant", "indictment", 0.8, ""),
    ("ruling injunction verdict subpoena", "ruling", 0.75, "owned"),  # "Wednesday's ruling by the INS"
    ("arrest detention crackdown", "arrest", 0.65, "light"),
    ("bounty reward", "bounty", 0.8, ""),
    ("award", "bounty", 0.75, "obj:information|capture|arrest|conviction|tip|whereabouts"),
    ("seizure confiscation", "asset-seizure", 0.8, ""),
    ("decree curfew", "decree", 0.85, ""),
    ("order directive", "decree", 0.7, "light+obj:evacuation|curfew|lockdown|deportation|expulsion|displacement|"
                                       "relocation|mobilization|mobilisation|conscription|blackout|shutdown"),
    # "issued evacuation orders for northern Gaza", "gave a mobilisation order" (not "gave the order to fire")
    ("blockade", "blockade", 0.8, ""),
    ("siege", "blockade", 0.75, "light"),
    ("closure shutdown", "airspace-closure", 0.85, CLOSABLE_AIR),
    ("closure shutdown", "border-closure", 0.75, CLOSABLE),
    ("notam", "airspace-closure", 0.85, ""),
    ("notice", "airspace-closure", 0.8, "airmen"),  # "issued a notice to airmen warning pilots"
    ("suspension halt cutoff", "suspension", 0.7, SUSPENDABLE),
    ("expulsion deportation", "expulsion", 0.75, ""),
    ("law legislation bill resolution", "law", 0.7, "light"),
    ("treaty accord pact accession", "treaty", 0.75, "light"),  # "signed the accession papers"
    ("agreement deal", "treaty", 0.7, "light+obj:peace|ceasefire|cease-fire|truce|security|defence|defense|border|"
                                      "military|nuclear|arms|mutual|normalization|normalisation"),
    # "signed a peace agreement", not "signed a deal to buy the company"
    ("fire", "strike", 0.8, "light"),  # "opened fire on border posts"
    ("ban restriction prohibition blackout embargo", "ban", 0.7, "light"),  # "imposed a travel ban", "a blackout"
    ("call", "consultation", 0.7, "obj:phone|telephone|video"),  # "held a telephone call with X"
    ("call appeal plea", "request", 0.75, "light+obj:for|on|upon"),  # "issued a call for restraint"
    ("call conversation talk meeting", "consultation", 0.7, "light+prep:with"),  # "held talks with X"
    ("meeting talk", "consultation", 0.6, "prep:with"),  # "wrapped up a three-hour meeting with Saddam"
    ("freeze", "asset-seizure", 0.75, "light"),  # "ordered an asset freeze"
    ("ultimatum threat", "threat", 0.85, "light|owned"),  # "issued an ultimatum", "made threats"
    ("warning caution", "warning", 0.8, "light|owned"),
    ("warning", "warning", 0.75, "prep:from"),  # "glossed over stern warnings from Moscow" (not "threats from")
    ("demand", "demand", 0.8, "light|owned"),  # "the U.S.'s demand for his extradition has been refused"
    ("denial", "denial", 0.85, "light|owned"),
    ("protest complaint", "protest", 0.8, "light|owned"),  # "lodged a formal protest"
    ("condemnation criticism accusation rebuke reprimand censure", "accusation", 0.75, "light|owned"),
    ("pledge vow promise", "pledge", 0.7, "light|owned"),
    ("proposal offer initiative", "statement", 0.6, "owned"),  # "Iraq's proposal to open its presidential sites"
    ("rejection refusal", "rejection", 0.75, "light|owned"),
    ("statement announcement declaration speech address remark", "statement", 0.65, "light"),
    ("reminder signal", "statement", 0.6, "light"),  # "issued a stern reminder to Iraq that", "sent strong signals"
    ("announcement speech address declaration", "statement", 0.6, "possdated"),  # "follows Hegseth's announcement
    # on Thursday that", "since Putin's address of Feb. 21"
    ("statement announcement declaration communique", "statement", 0.6, "prep:by|from"),  # "a statement by the
    # ministry", "according to a statement from the ministry"
)
# Words that make a noun trigger something else ("general strike", "hunger strike").
NOT_MILITARY_MODIFIERS: Final = frozenset(words("general hunger labor labour insurrectionary national rescue verbal "
                                                "political personal scathing rhetorical heart asthma panic"))
