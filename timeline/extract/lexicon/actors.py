"""What makes a phrase an actor, and which one: military, police and government nouns, office titles, roles
that never act, the names of media, think tanks and aid agencies, pronouns and quantifiers.

`timeline.extract.actors` reads them; `timeline.extract.triggers` reads the military nouns too (a deployment
needs forces).
"""

from __future__ import annotations

from typing import Final

from timeline.extract.lexicon import words

MILITARY_NOUNS: Final = frozenset(
    words("troop soldier force military army navy marine warship ship vessel destroyer frigate cruiser carrier "
    "submarine bomber jet fighter aircraft airplane plane drone helicopter missile rocket battery unit battalion "
    "brigade regiment squadron fleet militia militiaman reservist weaponry weapon artillery tank personnel "
    "paratrooper sailor airman guardsman commando naval amphibious airborne guard coastguard "
    "warplane gunboat corvette cutter instructor mercenary serviceman servicemember peacekeeper infantry "
    "infantryman trooper sniper howitzer launcher uav minesweeper officer rebel insurgent militant guerrilla guerilla "
    "jihadist separatist paramilitary gunman combatant extremist police policeman gendarme gendarmerie contingent"))
# Ships and aircraft: with no country named, the ones a military speaker reports are its own ("the carrier entered
# the Caribbean, Southern Command said"); not a unit, which may be anyone's ("the unit had liberated villages").
CRAFT_NOUNS: Final = frozenset(words("warship ship vessel destroyer frigate cruiser carrier submarine bomber jet "
                                     "fighter aircraft airplane plane drone helicopter warplane gunboat corvette "
                                     "cutter minesweeper"))
# A "carrier" in a sentence about air travel is an airline ("Iberia and TAP were among the carriers that suspended
# flights"), unless a word before it makes it a warship ("the aircraft carrier").
AIRLINE_SENSE_WORDS: Final = frozenset(words("airline flight passenger route ticket fare traveller traveler"))
WARSHIP_CARRIER_WORDS: Final = frozenset(words("aircraft helicopter supercarrier amphibious nuclear uss navy naval"))
# What forces act on, not whose they are: "forces against villages of ethnic Albanians" are not Albania's.
TARGET_PREPOSITIONS: Final = frozenset(words("against on into at toward towards upon"))
# Members of armed groups that are not a state's forces: "Rwandan rebels", "the militants" (an armed group actor).
# Words for armed groups that name no territory of their own: no nationality is guessed for them from the
# country in the news ("terrorists" in a story from Nairobi are not "Kenyan terrorists").
ROOTLESS_GROUP_NOUNS: Final = frozenset(words("terrorist terror extremist gunman jihadist"))
ARMED_GROUP_NOUNS: Final = {"rebel": "rebels", "insurgent": "insurgents", "militant": "militants",
                            "guerrilla": "guerrillas", "guerilla": "guerrillas", "jihadist": "jihadists",
                            "separatist": "separatists", "paramilitary": "paramilitaries", "gunman": "gunmen",
                            "insurgency": "insurgents", "rebellion": "rebels", "extremist": "extremists",
                            "terrorist": "terrorists", "terror": "terrorists", "bandit": "bandits",
                            "pirate": "pirates"}
# Who attacks without being anyone the text names: "gunmen attacked a village", "militants killed 26 tourists" (when
# no group, country or story's country names them) is an attack by no one named.
FACELESS_ATTACKERS: Final = ROOTLESS_GROUP_NOUNS | frozenset(ARMED_GROUP_NOUNS) | frozenset(words("attacker assailant"))
# Forces of an alliance with no one state: "allied forces", "coalition troops", "a multinational force".
ALLIANCE_FORCES: Final = {"allied": "Allied forces", "coalition": "Coalition forces",
                          "multinational": "Multinational force"}
# Adjectives of a bloc, not of a state, before a force: the bloc's registered name ("a European warship").
BLOC_DEMONYMS: Final = {"european": "European Union"}
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
# Aircraft only one state flies: "two B-1B bombers flew off the coast" are that state's with no country named.
SOLE_OPERATOR_MODELS: Final = {"B-52": "United States", "B-52H": "United States", "B-1": "United States",
                               "B-1B": "United States", "B-2": "United States", "B-21": "United States",
                               "TU-95": "Russia", "TU-95MS": "Russia", "TU-160": "Russia", "TU-22M3": "Russia",
                               "IL-20": "Russia", "H-6": "China", "H-6K": "China"}
NAVAL_PREFIXES: Final = {"USS": "United States", "HMS": "United Kingdom", "HMAS": "Australia",
                         "HMCS": "Canada", "INS": "India"}
GOVERNMENT_NOUNS: Final = frozenset(
    words("government regime administration authority official cabinet leadership junta presidency team "
    "state country nation executive parliament legislature"))
MILITARY_HEADS: Final = frozenset(words("military army navy force troop militia command guard coastguard"))
# What a kind of ministry is called where it is no "ministry" (`Registry.ministry`): the US "foreign ministry" is
# the State Department, its "defense ministry" the Pentagon.
MINISTRY_NAMES: Final = {"foreign": ("foreign ministry", "state department", "foreign office", "external affairs"),
                         "defence": ("defence ministry", "defense ministry", "department of defense"),
                         "finance": ("finance ministry", "treasury")}
MINISTRY_KINDS: Final = {"foreign": "foreign", "defense": "defence", "defence": "defence", "interior": "interior",
                         "home": "interior", "finance": "finance", "justice": "justice", "trade": "trade",
                         "commerce": "trade", "economy": "economy", "information": "information",
                         "security": "security", "external": "foreign"}  # India's "External Affairs"
# States whose government has departments, not ministries: in a story told from Washington, "the Defense Ministry"
# is another country's.
NO_MINISTRIES: Final = frozenset({"United States"})

# Nouns that name a state's forces without naming which: "the military", "troops" (the speaker's own, when
# a state speaks).
# Words of the names of services every state has ("the Air Force", "the Coast Guard", "the National Guard"): such a
# name with no country is the dateline's; a distinctive one ("the Eastern Theater Command") the country in the news.
SERVICE_NAME_WORDS: Final = frozenset(words("air force navy naval army coast border guard national marine marines "
                                            "corps ground forces special defence defense self aerospace space "
                                            "territorial presidential republican"))
# Ranks and titles written short before a name, whose full stop ends no sentence ("Brig. Gen. Ali Musa").
TITLE_ABBREVIATIONS: Final = frozenset(words("gen maj lt col brig capt adm cmdr cdr sgt cpl pvt sen rep gov dr mr mrs "
                                             "ms prof amb rev"))
# Courts and their judges, named without a name of their own ("a federal appeals court", "a district judge").
COURT_NOUNS: Final = frozenset(words("court tribunal judge"))
# Particles inside people's names, never their last word ("Jean-Yves Le Drian", "Ursula von der Leyen").
NAME_PARTICLES: Final = frozenset(words("le la de del della van von der den da di du dos das al el bin ibn abu ben"))
# Second halves of compound adjectives, never of a hyphenated given name ("a Lopez-led coalition", not "Han
# Sang-mok": `timeline.nlp.pipeline`).
COMPOUND_ENDINGS: Final = frozenset(words("led run era born made held like wide free based owned style type only size"))
# Services named as a modifier of a craft or unit ("Marine F-35B jets", "Navy destroyers", "army warplanes"): as
# definite as "the Navy".
SERVICE_BRANCHES: Final = frozenset(words("marine marines navy army"))
GENERIC_FORCES: Final = frozenset(words("military force troop army soldier"))
# Words of a force's name that do not make it a proper name of its own ("the Venezuelan National Army").
FORCE_NAME_FILLERS: Final = frozenset(words("the army armed national"))
# Words before an armed group's noun that describe it without naming it ("suspected militants", "armed rebels").
VAGUE_GROUP_WORDS: Final = frozenset(words("armed suspected alleged heavily several many some other local hundreds "
                                           "thousands dozens more few unidentified unknown masked suicide"))
# "the two sides", "both countries": the last two countries named.
PAIR_NOUNS: Final = frozenset(words("side country nation government neighbour neighbor capital"))

# Office titles: an unregistered person holding one acts for a state or body.
OFFICE_TITLES: Final = frozenset(
    words("president vice prime minister premier chancellor secretary spokesperson spokesman spokeswoman ambassador "
    "envoy general admiral commander colonel chief head director governor senator lawmaker legislator king queen "
    "emir prince sheikh ayatollah leader official mayor representative negotiator attorney diplomat "
    "foreign defense defence interior ruler strongman captain major lieutenant brigadier marshal "
    "gen capt maj lt col brig adm cmdr "  # military ranks, also abbreviated ("Brig Gen", "Lt Col", "Capt.")
    "sen rep gov "  # and civil ones ("Sen. Adam Schiff", "Rep. X", "Gov. X")
    "superintendent inspector constable sergeant commissioner agent "  # and police ranks, "FBI agent X"
    "coordinator rapporteur administrator mediator prosecutor judge magistrate chairman chairwoman chairperson "
    "deputy adviser advisor counsellor counselor aide speaker "
    "archbishop bishop cardinal pope patriarch imam mufti rabbi"))  # religious leaders speak for their flocks
# Titles of whoever leads a country: "the Iraqi leader" is the person of that country the article named before.
HEAD_OF_STATE_TITLES: Final = frozenset(words("leader president ruler strongman dictator"))
# Offices whose holder commands a state's forces: "Prime Minister Hun Sen's troops" are the state's.
COMMANDING_TITLES: Final = HEAD_OF_STATE_TITLES | frozenset(words("premier prime king queen emir sultan"))
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
    "bystander shopper driver teacher nurse employee owner tourist pilgrim protester demonstrator radio television "
    "broadcaster tabloid"))
# Service members of no rank that speaks for a force: "a soldier said", "Air Force fliers say" (their words are a
# private person's, like a resident's; what they do is their force's).
RANK_AND_FILE: Final = frozenset(words("soldier sailor pilot flier flyer airman crewman trooper corporal sergeant "
                                       "gunner reservist conscript infantryman paratrooper serviceman servicewoman "
                                       "recruit veteran"))
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
# Of these, the words a story uses for an armed group it named before ("the group", "the faction"), never for the
# UN or a state: an armed group named before takes precedence.
ARMED_BODY_NOUNS: Final = frozenset(words("group faction rebel"))
# Places a state claims: "the islets are claimed by China" is a standing claim, no utterance.
CLAIMED_PLACES: Final = frozenset(words("island islet isle shoal reef atoll archipelago territory region area land "
                                        "sea water waters zone peninsula province enclave border"))
# A state body or a force as a whole: what is "charged with" a task, not with a crime.
WHOLE_BODY_HEADS: Final = frozenset(words("military army navy force command ministry agency department office "
                                          "commission committee council authority government"))
POSSESSIVE_PRONOUNS: Final = frozenset({"his", "her", "its", "their"})
PRONOUNS_PERSON: Final = frozenset({"he", "she", "him", "her", "his"})
# Words before or in a person's name that tell the person's gender (so which of "he" and "she" names them).
FEMALE_WORDS: Final = frozenset(words("mrs ms miss madam madame mme queen princess lady dame sister"))
MALE_WORDS: Final = frozenset(words("mr sir king prince lord emir sultan sheikh"))
PRONOUNS_RELATIVE: Final = frozenset({"which", "who", "that"})
# Words that make a people's name a number of persons: "some Kenyans", "many Iraqis".
QUANTIFIERS: Final = frozenset(words("some many several few most all hundreds thousands dozens numerous other"))
# A report's source that is no crisis actor, and the verbs that attribute a report to one.
REPORT_SOURCES: Final = frozenset(words("source report media outlet newspaper tabloid broadcaster"))
REPORT_VERBS: Final = frozenset(words("report say cite quote claim write suggest indicate"))
# ... of which those that tell what happened, not what may: what an outlet reports is kept (claimed), what an
# analyst says may happen is not.
NEWS_VERBS: Final = frozenset(words("report"))
# "the ministry", "the command": a definite head that names the organisation of that kind last mentioned.
DEFINITE_BODY_HEADS: Final = frozenset(words("ministry command agency department office commission committee"))
# A state's diplomatic missions: "the U.S. Embassy said", "the embassy said" (the one last named) speak for the state.
MISSION_NOUNS: Final = frozenset(words("embassy consulate"))
# Who speaks for a body: "a spokesman said" after "the Foreign Office said" speaks for the Foreign Office.
SPOKESPERSONS: Final = frozenset(words("spokesman spokeswoman spokesperson"))
# Determiners of a phrase that brings in someone not named before ("a spokesman", "another official").
INDEFINITE_DETERMINERS: Final = frozenset(words("a an another one"))
# Words that make officials a state's without naming the state: "federal officials", "a law enforcement official".
STATE_BRANCH_WORDS: Final = frozenset(words("federal government governmental administration law enforcement "
                                            "security intelligence immigration justice defense defence military"))
# Words that place officials in no one state: "Western officials", "foreign diplomats".
REGION_WORDS: Final = frozenset(words("western eastern foreign international regional local european arab african "
                                      "asian allied"))
# Words that name a body of a state ("the Defence Headquarters", "the Joint Chiefs of Staff", "the National
# Security Committee"): one named without its country, speaking or acting in its own clause in a story told from a
# country's city, is that country's.
STATE_BODY_WORDS: Final = frozenset(words("headquarters chiefs staff command committee council cabinet presidency "
                                          "secretariat directorate commission agency bureau office service parliament "
                                          "assembly senate court police guard ministry department government"))
# ... and words that name a body of no one state ("the World Court", "the United Nations Command").
WORLD_WORDS: Final = frozenset(words("world global united nations"))
# Words that leave "authorities" the state's, of a part of it: "local authorities", "provincial authorities".
LOCAL_GOVERNMENT_WORDS: Final = frozenset(words("local provincial state city municipal district regional county"))
# Who speaks for a named body: "Red Cross officials" speak for the Red Cross.
BODY_SPEAKERS: Final = frozenset(words("official authority spokesman spokeswoman spokesperson office"))
# A leader's name before these names the government the leader heads: "the Bush administration".
LEADERS_GOVERNMENTS: Final = frozenset(words("administration government regime"))
# Words of a registry role that make its holder govern or speak for a state ("foreign minister", "spokesperson").
GOVERNING_ROLE_WORDS: Final = words("president minister secretary chancellor premier spokes king emir ruler strongman")
# Words before a person's name that are no part of it ("Mr", "Gen.", "(retd)").
HONORIFICS: Final = frozenset(words("the mr mrs ms dr adm gen lt col sen rep gov sgt brig maj capt cmdr (retd) retd"))

# Names of organisations that report on a crisis or help in it rather than act in it (regular expressions, case as
# written): media ("…News", "…Times"), research and advocacy bodies (whose words are no crisis actor's statement),
# aid agencies.
MEDIA_NAMES: Final = (r"\b(?:News|Times|Post|Journal|Herald|Tribune|Guardian|Gazette|Telegraph|Press|"
                      r"Television|TV|Radio|Magazine|Daily|Reuters)\b")
THINK_TANK_NAMES: Final = (r"\b(?:Institute|Institution|University|Foundation|Endowment|Center|Centre|Watch|"
                           r"Amnesty|Crisis Group|Council on|Brookings|RAND|Chatham House|Observatory)\b")
HUMANITARIAN_NAMES: Final = (r"\b(?:Red Cross|Red Crescent|M[ée]decins|Doctors Without Borders|Relief|Oxfam|"
                             r"Save the Children|CARE|Caritas|Aid Agency|Humanitarian)\b")
