"""Event extraction on sentences the team wrote (several crises, none from the seed articles).

Each case lists the events a short text must yield (type, subtype or "", actor, modality) and the
event types it must not yield at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract.actors.registry import Registry
from timeline.extract.events import Mention, Quotes, extract_many, extract_mentions, quotes
from timeline.ingest.articles import Article
from timeline.timex.temporal import find_timexes

PUBLISHED = date(2024, 10, 16)  # a Wednesday

Want = tuple[str, str, str, str]  # event_type, subtype ("" = any), actor, modality ("" = any)


def extract(text: str, *, timexes: bool = False, published: date = PUBLISHED) -> list[Mention]:
    article = Article(id="t", text=text, published=published, title="")
    spans = find_timexes(text, published) if timexes else []
    return extract_mentions(article, spans, Registry.default())


def _has(mentions: list[Mention], want: Want) -> bool:
    event_type, subtype, actor, modality = want
    return any(m.event_type == event_type and (not subtype or m.subtype == subtype) and m.actor == actor
               and (not modality or m.modality == modality) for m in mentions)


MUST_YIELD: list[tuple[str, str, list[Want]]] = [
    ("charged-in-the-passive-is-a-charge", "On Monday, the former militia commander was charged with the "
     "murder of two aid workers in Goma, Congolese prosecutors said.",
     [("designation", "indictment", "Democratic Republic of the Congo", "asserted")]),
    ("listed-on-its-owners-list", "Kovac was placed on Interpol's most wanted list on Monday.",
     [("designation", "", "Interpol", "asserted")]),
    ("an-unknown-bodys-spokeswoman", "An IOM spokeswoman said on Monday that the camp would close.",
     [("statement", "statement", "IOM", "asserted")]),
    ("officials-of-an-unknown-body", "Officials of the Sahel Border Authority said the crossing would reopen.",
     [("statement", "statement", "Sahel Border Authority", "asserted")]),
    ("branch-officials-are-the-datelines", "NAIROBI, Kenya (AP) -- The embassy reopened on Thursday. Security "
     "officials said Friday that two suspects had been detained.", [("statement", "statement", "Kenya", "asserted")]),
    ("an-agency-ruled-that", "The Immigration Appeals Board ruled on Wednesday that the boy must return to his "
     "father.",
     [("designation", "ruling", "Immigration Appeals Board", "asserted")]),
    ("a-lawmaker-subpoenaed", "Senator Lena Holt subpoenaed the two ministers on Friday.",
     [("designation", "ruling", "Lena Holt", "asserted")]),
    ("a-contingent-of-troops", "A first contingent of Bangladeshi troops arrived in Sierra Leone on Tuesday.",
     [("deployment", "deployment", "Bangladeshi armed forces", "asserted")]),
    ("a-country-before-a-weapons-name", "Recent US Reaper attacks have killed four militant commanders since July.",
     [("deployment", "strike", "US military", "")]),
    ("human-shields", "The army has been holding hundreds of Tamil civilians as human shields, Colombo said.",
     [("deployment", "abduction", "Sri Lankan armed forces", "")]),
    ("took-hostages", "Hamas fighters took 250 hostages on October 7.",
     [("deployment", "abduction", "Hamas", "")]),
    ("took-people-hostage", "Hamas took 250 people hostage on October 7.", [("deployment", "abduction", "Hamas", "")]),
    ("declared-a-foreign-agent", "Moscow declared the journalist a foreign agent.",
     [("designation", "designation", "Russia", "asserted")]),
    ("ordered-a-newspaper-closed", "The Nicaraguan government ordered the newspaper La Prensa to suspend publication.",
     [("designation", "decree", "Nicaragua", "")]),
    ("suspended-an-agreement", "Seoul suspended the 2018 military agreement with Pyongyang on Tuesday.",
     [("designation", "suspension", "South Korea", "asserted")]),
    ("approved-a-doctrine", "The Kremlin said Putin had approved a new nuclear doctrine.",
     [("designation", "law", "Vladimir Putin", "")]),
    ("ordered-a-force-to-a-place", "The Pentagon has ordered the USS Nimitz carrier strike group to the Gulf.",
     [("deployment", "deployment", "Pentagon", "asserted")]),
    ("declared-the-airspace-closed", "Trump declared the airspace above and around Cuba closed in its entirety.",
     [("designation", "airspace-closure", "Donald Trump", "asserted")]),
    ("revoked-operating-rights", "Venezuela revoked the operating rights of six international airlines.",
     [("designation", "ban", "Venezuela", "asserted")]),
    ("persona-non-grata", "Estonia declared a Russian diplomat persona non grata on Friday.",
     [("designation", "expulsion", "Estonia", "asserted")]),
    ("its-coast-guard-is-the-owners", "The Philippine Coast Guard said a ship was hit. Beijing said its coast "
     "guard had expelled the Philippine ships.", [("deployment", "interdiction", "China coast guard", "")]),
    ("a-ministry-in-a-datelined-story", "Shoal clash\n\nMANILA \u2014 A Chinese ship fired a water cannon at a "
     "Philippine boat on Monday, Beijing said.\nThe Department of Foreign Affairs said it would file a protest.",
     [("statement", "protest", "Philippine Department of Foreign Affairs", "")]),
    ("a-ministry-in-a-washington-story-is-anothers", "WASHINGTON (AP) \u2014 Russia's foreign minister spoke on "
     "Monday.\nThe Defense Ministry said 40 drones had been downed.",
     [("statement", "statement", "Russian Defence Ministry", "")]),
    ("a-ministry-in-the-capital-it-names", "TAIPEI \u2014 Chinese jets crossed the median line on Monday. In "
     "February, the Commerce Ministry in Beijing added 12 Taiwanese firms to its export control list.",
     [("designation", "designation", "Chinese Trade Ministry", "")]),
    ("a-state-attacked-a-state", "Israel attacked Iran on Friday.", [("deployment", "strike", "Israel", "asserted")]),
    ("a-state-hit-a-grid", "Russia hit Ukraine's energy grid overnight, Kyiv said.",
     [("deployment", "strike", "Russia", "asserted")]),
    ("a-surname-that-is-a-place", "Navy spokesperson Rear Admiral Roy Vincent Trinidad told reporters the ships "
     "were Chinese.", [("statement", "statement", "Roy Vincent Trinidad", "asserted")]),
    ("forces-pummeled", "Russian forces pummeled the town of Avdiivka overnight.",
     [("deployment", "strike", "Russian Armed Forces", "asserted")]),
    ("scrapped-an-agreement", "Pyongyang scrapped the 2018 military agreement with Seoul.",
     [("designation", "suspension", "North Korea", "asserted")]),
    ("objected-to", "Beijing objected to the transit of the US destroyer.", [("statement", "protest", "China", "")]),
    ("disputed-an-account", "Moscow disputed the Ukrainian account of the attack.",
     [("statement", "denial", "Russia", "")]),
    ("accused-of-ceasefire-violations", "Pakistan accused India of ceasefire violations along the Line of Control.",
     [("deployment", "clash", "India", "claimed")]),
    ("blamed-for-a-strike", "Kyiv blamed Moscow for the missile strike on Dnipro.",
     [("deployment", "strike", "Russia", "claimed")]),
    ("foiled-an-infiltration", "Indian troops foiled an infiltration bid along the Line of Control.",
     [("deployment", "interdiction", "Indian armed forces", "asserted")]),
    ("firing-between-troops", "Cross-border firing between Indian and Pakistani troops continued overnight.",
     [("deployment", "clash", "Indian armed forces", ""), ("deployment", "clash", "Pakistani armed forces", "")]),
    ("artillery-fire", "Indian artillery fire killed three civilians in Poonch, Pakistan said.",
     [("deployment", "strike", "Indian armed forces", "")]),
    ("officials-in-a-capital", "Officials in Seoul said the launch was a provocation.",
     [("statement", "statement", "South Korea", "asserted")]),
    ("a-states-office", "South Korea's presidential office said it would respond sternly.",
     [("statement", "statement", "South Korea", "asserted")]),
    ("a-spokesman-for-a-force", "A spokesman for the Ukrainian air force said 30 drones had been destroyed.",
     [("statement", "statement", "Ukrainian Armed Forces", "asserted")]),
    ("labelled-undesirable", "Russia labelled the organisation undesirable on Friday.",
     [("designation", "designation", "Russia", "asserted")]),
    ("blocked-channels", "The Indian government blocked 16 Pakistani YouTube channels.",
     [("designation", "ban", "India", "asserted")]),
    ("blocked-a-resolution", "The US blocked the resolution at the Security Council.",
     [("statement", "rejection", "United States", "")]),
    ("a-plural-title-over-a-misattached-conjunct", "Presidents Tomas Varga of Hungary and Ivan Petrov of Bulgaria "
     "signed a trade plan Friday, and Petrov claimed they settled even more old disputes.",
     [("statement", "claim", "Ivan Petrov", "")]),
    ("joined-an-alliance", "Finland formally joined NATO on Tuesday.",
     [("designation", "treaty", "Finland", "asserted")]),
    ("ready-to-join-is-planned", "Sweden is ready to join the alliance, its prime minister said on Monday.",
     [("designation", "treaty", "Sweden", "planned")]),
    ("signed-a-peace-agreement", "Armenia and Azerbaijan signed a peace agreement in Washington on Friday.",
     [("designation", "treaty", "Armenia", "asserted"), ("designation", "treaty", "Azerbaijan", "asserted")]),
    ("acceded-to-a-convention", "Ukraine acceded to the Rome Statute on Monday.",
     [("designation", "treaty", "Ukraine", "asserted")]),
    ("voted-for-the-accession", "The Turkish parliament voted in favor of Sweden's accession on Tuesday.",
     [("designation", "law", "Turkey", "asserted")]),
    ("floated-an-idea", "Moscow floated the idea of a summit on Monday.",
     [("statement", "statement", "Russia", "asserted")]),
    ("expressed-displeasure", "Beijing expressed its displeasure at the delay on Monday.",
     [("statement", "statement", "China", "asserted")]),
    ("an-official-from-the-organization", "The African Union has suspended Gabon. Talks will resume in May, an "
     "official from the organization said on Wednesday.", [("statement", "statement", "African Union", "asserted")]),
    ("police-admit-that", "The Kenyan police admit that they do not know where the suspect is.",
     [("statement", "statement", "Kenyan police", "asserted")]),
    ("an-agent-speaks-for-the-agency", "\"We have our suspect,\" FBI agent Leon Marsh said on Tuesday.",
     [("statement", "statement", "Leon Marsh", "asserted")]),
    ("an-embassy-speaks-for-its-state", "The U.S. Embassy in Nairobi said the visit would go ahead.",
     [("statement", "statement", "United States", "asserted")]),
    ("a-name-unknown-its-apposed-title-known", "Toshiro Endo, the UN humanitarian coordinator, demanded access "
     "to the camps.", [("statement", "demand", "United Nations", "asserted")]),
    ("issued-a-reminder", "The German chancellor issued a stern reminder to Belgrade that it must withdraw its "
     "police.", [("statement", "statement", "Germany", "asserted")]),
    ("must-is-asked-not-done", "Britain said Serbia must withdraw its police from Kosovo.",
     [("deployment", "withdrawal", "Serbia", "hypothetical"),
      ("statement", "statement", "United Kingdom", "asserted")]),
    ("a-registered-bodys-sources", "Pentagon sources said the administration plans to send 5,000 more Marines.",
     [("statement", "statement", "Pentagon", "asserted")]),
    ("a-plural-title-is-every-conjuncts", "Foreign Ministers Sergei Lavrov and Ahmad Vahidi met in Tehran on "
     "Monday, and Vahidi claimed they resolved the dispute.", [("statement", "claim", "Ahmad Vahidi", "")]),
    ("agreed-to", "Niger's junta agreed in April to hand the two suspects over for trial.",
     [("statement", "pledge", "Niger", "asserted")]),
    ("a-proposal-as-attribute", "The main sticking point has been Iraq's proposal to open its presidential sites to "
     "a special team.", [("statement", "statement", "Iraq", "asserted")]),
    ("replied-with-missiles", "Iran replied with a barrage of missiles.",
     [("deployment", "strike", "Iran", "asserted")]),
    ("retaliated-with-airstrikes", "Israel retaliated with airstrikes on Gaza.",
     [("deployment", "strike", "Israel", "asserted")]),
    ("police-where-they-serve", "Kenya's president spoke in Nairobi. On Monday, police in the Comoros "
     "archipelago, off the Tanzanian coast, raided two homes.",
     [("deployment", "raid", "Comorian police", "asserted")]),
    ("ordered-civilians-out", "Russian military authorities ordered all Ukrainians in the city to register at a "
     "school.", [("designation", "decree", "Russia", "asserted")]),
    ("ordered-a-departure", "The State Department ordered the departure of all non-emergency personnel from Sudan.",
     [("designation", "decree", "State Department", "asserted")]),
    ("a-short-quotation-with-its-speaker", "“Never,” Lavrov said.", [("statement", "statement", "Sergey Lavrov",
                                                                    "asserted")]),
    ("exchanged-fire-both-sides", "Thai and Cambodian troops exchanged fire along the disputed border.",
     [("deployment", "clash", "Thai armed forces", "asserted"),
      ("deployment", "clash", "Cambodian armed forces", "asserted")]),
    ("traded-artillery-fire", "Indian and Pakistani forces traded artillery fire across the Line of Control.",
     [("deployment", "clash", "Indian armed forces", ""), ("deployment", "clash", "Pakistani armed forces", "")]),
    ("the-downing-of-a-drone", "Iran confirmed the downing of a US drone by its air defences.",
     [("deployment", "interdiction", "Islamic Revolutionary Guard Corps", "asserted")]),
    ("sent-a-message", "Putin sent a message of condolence to Erdogan.",
     [("statement", "statement", "Vladimir Putin", "asserted")]),
    ("telegrams-were-sent-by", "Similar telegrams were sent by the Cyprus government to the presidents of Kenya.",
     [("statement", "statement", "Cyprus", "asserted")]),
    ("a-lowercase-compass-word-before-a-country", "South Korean officials said north Korean troops crossed the "
     "border.", [("deployment", "deployment", "North Korean armed forces", "asserted")]),
    ("warnings-from-a-capital", "Biden glossed over stern warnings from Moscow on Thursday that strikes on Iran "
     "could trigger a world war.", [("statement", "warning", "Russia", "asserted")]),
    ("responded-that", "The Russian Foreign Ministry responded that the claims were false.",
     [("statement", "statement", "Russian Foreign Ministry", "asserted")]),
    ("a-department-named-as-written", "The South African Foreign Affairs Department said no citizens were hurt.",
     [("statement", "statement", "South African Foreign Affairs Department", "asserted")]),
    ("verb-deployment-state",
     "Russia deployed additional troops and tanks to the Belarusian border, the Ukrainian Defence Ministry said.",
     [("deployment", "deployment", "Russia", "asserted"),
      ("statement", "statement", "Ukrainian Defence Ministry", "asserted")]),
    ("light-verb-exercise", "China launched large-scale military drills around Taiwan on Saturday.",
     [("deployment", "exercise", "China", "asserted")]),
    ("warning-by-ministry", "The Chinese Foreign Ministry warned that Beijing would take resolute countermeasures.",
     [("statement", "warning", "Chinese Foreign Ministry", "asserted")]),
    ("strike-verb", "Azerbaijan struck targets in Nagorno-Karabakh overnight, the Azerbaijani military said.",
     [("deployment", "strike", "Azerbaijan", "asserted"), ("statement", "statement", "Azerbaijani armed forces", "")]),
    ("unregistered-org-sanction", "The European Union imposed new sanctions on Iranian drone manufacturers.",
     [("designation", "sanction", "European Union", "asserted")]),
    ("registry-sanction", "The Treasury Department sanctioned three Sudanese commanders of the Rapid Support Forces.",
     [("designation", "sanction", "Treasury Department", "asserted")]),
    ("decree-by-titled-person", "Sudan's army chief Abdel Fattah al-Burhan declared a state of emergency in Khartoum.",
     [("designation", "decree", "Abdel Fattah al-Burhan", "asserted")]),
    ("two-deployments-one-sentence",
     "The Pentagon sent two destroyers to the eastern Mediterranean as Iran mobilized its Revolutionary Guard units.",
     [("deployment", "deployment", "Pentagon", "asserted"), ("deployment", "mobilisation", "Iran", "asserted")]),
    ("designation-and-bounty",
     "The State Department designated the group a foreign terrorist organization and offered a $10 million "
     "reward for information on its leader.",
     [("designation", "terrorist-listing", "State Department", "asserted"),
      ("designation", "bounty", "State Department", "asserted")]),
    ("planned", "Germany plans to deploy a brigade to Lithuania next year.",
     [("deployment", "deployment", "Germany", "planned")]),
    ("denied-seat-of-government", "Moscow denied plans to invade Ukraine.",
     [("statement", "denial", "Russia", "denied")]),
    ("threatened", "North Korea threatened to strike U.S. bases in Guam.",
     [("statement", "threat", "North Korea", "threatened")]),
    ("hypothetical-weighed", "Israel is considering striking Iranian nuclear sites, officials said.",
     [("deployment", "strike", "Israel", "hypothetical")]),
    ("claimed-accusation", "Yerevan accused Azerbaijani forces of shelling a village in Syunik.",
     [("statement", "accusation", "Armenia", "asserted"),
      ("deployment", "strike", "Azerbaijani armed forces", "claimed")]),
    ("pronoun-coreference",
     "Brazilian Foreign Minister Mauro Vieira arrived in Caracas on Monday. He condemned the strikes.",
     [("statement", "accusation", "Mauro Vieira", "asserted")]),
    ("country-possessive-title", "Panama's President José Raúl Mulino called on Washington to halt the strikes.",
     [("statement", "request", "José Raúl Mulino", "asserted")]),
    ("title-coreference",
     "Ukrainian President Volodymyr Zelensky visited the front. The president said the army would hold its lines.",
     [("statement", "statement", "Volodymyr Zelensky", "asserted")]),
    ("seat-of-government-seizure", "Washington froze Afghan central bank assets.",
     [("designation", "asset-seizure", "United States", "asserted")]),
    ("recognition", "Mexico recognized Edmundo González as Venezuela's president-elect.",
     [("designation", "recognition", "Mexico", "asserted")]),
    ("airspace-closure", "Azerbaijan closed its airspace to Russian flights on Friday.",
     [("designation", "airspace-closure", "Azerbaijan", "asserted")]),
    ("quote-speaker", "“We will not back down,” Lavrov told reporters in Moscow.",
     [("statement", "statement", "Sergey Lavrov", "asserted")]),
    ("passive-agent", "The Houthis were designated a terrorist group by the State Department in January.",
     [("designation", "terrorist-listing", "State Department", "asserted")]),
    ("administration-of-person", "The Trump administration ordered strikes on Houthi targets in Yemen.",
     [("deployment", "strike", "United States", "planned")]),
    ("join-the-force", "Thousands of volunteers joined the Bolivarian Militia over the weekend.",
     [("deployment", "mobilisation", "Bolivarian Militia", "asserted")]),
    ("alert", "Taiwan raised the alert level of its armed forces after the drills.",
     [("deployment", "alert", "Taiwan", "asserted")]),
    ("occupation", "Sudan's Rapid Support Forces seized control of Wad Madani in December.",
     [("deployment", "occupation", "Rapid Support Forces", "asserted")]),
    ("claim-of-responsibility", "The Houthis claimed responsibility for an attack on a commercial vessel.",
     [("statement", "claim", "Houthis", "claimed"), ("deployment", "strike", "Houthis", "")]),
    ("reported-future-is-planned",
     "China's defence ministry announced that the People's Liberation Army would hold exercises next week.",
     [("deployment", "exercise", "People's Liberation Army", "planned"),
      ("statement", "statement", "Chinese Defence Ministry", "asserted")]),
    ("sanctions-list", "The European Union added 27 individuals to its sanctions list.",
     [("designation", "sanction", "European Union", "asserted")]),
    ("border-closure", "Poland closed its border crossings with Belarus.",
     [("designation", "border-closure", "Poland", "asserted")]),
    ("law-passed", "Venezuela's National Assembly approved a law annexing the Essequibo region.",
     [("designation", "law", "National Assembly", "asserted")]),
    ("two-sides-one-sentence", "Japan scrambled fighter jets after Russian bombers approached its airspace.",
     [("deployment", "deployment", "Japan", "asserted"), ("deployment", "deployment", "Russian Armed Forces", "")]),
    ("coordinated-subjects", "Moscow and Beijing held joint naval drills in the Sea of Japan.",
     [("deployment", "exercise", "Russia", "asserted"), ("deployment", "exercise", "China", "asserted")]),
    ("pronoun-subject-is-the-speaker", "The Pentagon announced that it would deploy 2,000 troops to the Middle East.",
     [("deployment", "deployment", "Pentagon", "planned"), ("statement", "statement", "Pentagon", "asserted")]),
    ("means-of-a-verb", "The Israeli military said it had killed a senior commander in an airstrike in Gaza City.",
     [("deployment", "strike", "Israel Defense Forces", "asserted")]),
    ("withdrawal", "Ukrainian troops withdrew from Avdiivka to avoid encirclement, army chief Oleksandr Syrskyi said.",
     [("deployment", "withdrawal", "Ukrainian Armed Forces", "asserted")]),
    ("passive-posture", "Azerbaijani troops were placed on high alert.",
     [("deployment", "alert", "Azerbaijani armed forces", "asserted")]),
    ("untitled-person-may-act", "Ramaphosa signed an executive order imposing sanctions on the group.",
     [("designation", "sanction", "Ramaphosa", "asserted")]),
    ("observed-forces-act", "Chinese warships were spotted near Yonaguni, the Japanese defence ministry said.",
     [("deployment", "deployment", "People's Liberation Army", "asserted"),
      ("statement", "statement", "Japanese Defence Ministry", "asserted")]),
    ("ordered-to-leave", "The junta in Niger ordered French troops to leave the country by the end of the year.",
     [("deployment", "withdrawal", "French armed forces", "planned")]),
    ("shot-down-and-launched-by", "Ukraine said it shot down 30 of 35 drones launched by Russia overnight.",
     [("deployment", "interdiction", "Ukraine", "asserted"), ("deployment", "strike", "Russia", "asserted")]),
    ("requested-is-planned", "Maduro called for new military exercises by the Bolivarian Militia.",
     [("deployment", "exercise", "Bolivarian Militia", "planned"), ("statement", "request", "Nicolás Maduro", "")]),
    ("request-statement", "Zelensky urged allies to send more Patriot systems.",
     [("statement", "request", "Volodymyr Zelensky", "asserted")]),
    ("told-is-no-order", "Multiple sources told CNN that the recent US military strikes on drug boats were lawful.",
     [("deployment", "strike", "US military", "asserted")]),
    ("conjunct-shares-the-date", "In recent weeks, the US military has moved warships into the region and has "
     "targeted boats off the coast.",
     [("deployment", "deployment", "US military", "asserted"), ("deployment", "strike", "US military", "asserted")]),
    ("ordered-closure-is-the-act", "The Venezuelan government ordered the closure of its border with Colombia.",
     [("designation", "border-closure", "Venezuela", "asserted")]),
    ("untagged-institution", "The Venezuelan National Assembly declared a state of emergency on Tuesday.",
     [("designation", "decree", "National Assembly", "asserted")]),
    ("possessor-of-decision", "Trump's decision to send the carrier surprised many in Congress.",
     [("deployment", "deployment", "Donald Trump", "")]),
    ("holder-of-stationed-troops", "The U.S. military has about 10,000 troops stationed in the region.",
     [("deployment", "deployment", "US military", "asserted")]),
    ("aircraft-type-as-subject", "A Venezuelan F-16 flew over a U.S. destroyer at sea, the Pentagon said.",
     [("deployment", "deployment", "Bolivarian National Armed Forces", "asserted"),
      ("statement", "statement", "Pentagon", "asserted")]),
    ("added-to-terror-list", "The State Department added Cuba to its list of state sponsors of terrorism.",
     [("designation", "terrorist-listing", "State Department", "asserted")]),
    ("sanctions-relief", "Washington lifted some sanctions on Venezuela's oil sector.",
     [("designation", "sanctions-relief", "United States", "asserted")]),
    ("expulsion", "Venezuela expelled diplomats from seven Latin American countries.",
     [("designation", "expulsion", "Venezuela", "asserted")]),
    ("title-with-apposed-name", "Venezuela's foreign minister, Yván Gil, called the deployment an aggression.",
     [("statement", "statement", "Yván Gil", "asserted")]),
    ("bare-force-in-the-speakers-country", "The Navy is sending three more warships, two U.S. officials said Tuesday.",
     [("deployment", "deployment", "US Navy", "asserted")]),
    ("members-of-a-force-deployed", "Maduro announced that 4.5 million militia members would be deployed.",
     [("deployment", "deployment", "Bolivarian Militia", "planned")]),
    ("export-blacklist", "The Commerce Department added 33 Chinese companies to its Entity List.",
     [("designation", "designation", "Commerce Department", "asserted")]),
    ("arrest-warrant", "The International Criminal Court issued an arrest warrant for Putin in March 2023.",
     [("designation", "indictment", "International Criminal Court", "asserted")]),
    ("diplomatic-break", "Venezuela severed diplomatic ties with Panama.",
     [("designation", "diplomatic-break", "Venezuela", "asserted")]),
    ("visas-revoked", "The State Department revoked the visas of 12 Nicaraguan officials.",
     [("designation", "ban", "State Department", "asserted")]),
    ("tariff", "Trump imposed a 25% tariff on countries buying Venezuelan oil.",
     [("designation", "sanction", "Donald Trump", "asserted")]),
    ("weapons-test", "North Korea tested a new solid-fuel intercontinental ballistic missile on Thursday.",
     [("deployment", "weapons-test", "North Korea", "asserted")]),
    ("the-group-is-the-last-body",
     "The Rapid Support Forces shelled El Fasher on Tuesday. The paramilitary group said its fighters had "
     "targeted army positions.",
     [("statement", "statement", "Rapid Support Forces", "asserted")]),
    ("army-destroyed", "The Sudanese army said it had destroyed dozens of RSF vehicles.",
     [("deployment", "strike", "Sudanese Armed Forces", "asserted")]),
    ("raised-subject", "Germany is set to deploy 4,800 troops to Lithuania by 2027.",
     [("deployment", "deployment", "Germany", "planned")]),
    ("announced-plans", "Russia announced plans to deploy tactical nuclear weapons in Belarus.",
     [("deployment", "deployment", "Russia", "planned"), ("statement", "statement", "Russia", "asserted")]),
    ("family-name-first", "President Lai Ching-te took office on Monday. Lai said he would defend the island.",
     [("statement", "statement", "Lai Ching-te", "asserted")]),
    ("apposed-name-of-spokesman", "Japan's top government spokesman, Yoshimasa Hayashi, said Tokyo was watching.",
     [("statement", "statement", "Yoshimasa Hayashi", "asserted")]),
    ("quantity-of-drills", "China's military launched two days of large-scale drills around Taiwan on Thursday.",
     [("deployment", "exercise", "People's Liberation Army", "asserted")]),
    ("dateline-before-subject",
     "KYIV, May 9 (Reuters) - Russia has concentrated up to 50,000 troops near the border, Ukraine's military "
     "intelligence chief Kyrylo Budanov said.",
     [("deployment", "deployment", "Russia", "asserted"), ("statement", "statement", "Kyrylo Budanov", "asserted")]),
    ("vow-revenge-is-threat", "Iran's Supreme Leader Ayatollah Ali Khamenei vowed revenge for the killing.",
     [("statement", "threat", "Ali Khamenei", "threatened")]),
    ("media-report-is-claimed", "Iran has moved ballistic missiles to western bases, the Wall Street Journal reported.",
     [("deployment", "", "Iran", "claimed")]),
    ("unnamed-sources-are-claimed", "According to two unnamed sources, Egypt deployed fighter jets to Sudan.",
     [("deployment", "", "Egypt", "claimed")]),
    ("citing-sources-is-claimed",
     "Ethiopia has massed troops near the Eritrean border, Reuters said, citing diplomats.",
     [("deployment", "", "Ethiopia", "claimed")]),
    ("local-media-are-claimed", "According to local media, Ethiopia has moved troops to the Sudanese border.",
     [("deployment", "", "Ethiopia", "claimed")]),
    ("an-actor-report-stays-asserted", "Poland has sent 2,000 troops to its border with Belarus, the defence ministry "
     "said.", [("deployment", "", "Poland", "asserted")]),
    ("conditional-warning-is-the-event",
     "Tehran warned Israel of a crushing response if it struck Iranian nuclear sites.",
     [("statement", "warning", "Iran", "asserted")]),
    # Found on the hand-written unseen articles (tests/fixtures/unseen); these sentences are new ones.
    ("rank-abbreviations-in-a-name", "“We are ready,” Maj Gen Tomasz Nowicki, the army spokesman, said on Friday.",
     [("statement", "statement", "Tomasz Nowicki", "asserted")]),
    ("live-blog-time-zone-is-no-speaker",
     "16:40 GMT — Moldova’s foreign ministry says it has summoned the Russian ambassador.",
     [("statement", "protest", "Moldovan Foreign Ministry", "asserted")]),
    ("government-of-a-country", "The Government of Canada condemned the missile launch.",
     [("statement", "accusation", "Canada", "asserted")]),
    ("opened-fire", "Eritrean troops opened fire on Ethiopian positions near Badme on Sunday.",
     [("deployment", "strike", "Eritrean armed forces", "asserted")]),
    ("its-drones-are-the-speakers-forces", "Kyiv says its drones struck an oil depot in Russia’s Bryansk region.",
     [("deployment", "strike", "Ukrainian Armed Forces", "asserted"), ("statement", "statement", "Ukraine", "")]),
    ("quote-over-two-sentences",
     "“We will defend every metre. Nobody will take our land,” Georgia’s defence minister, Levan Beridze, said.",
     [("statement", "statement", "Levan Beridze", "asserted")]),
    ("named-command-keeps-its-name",
     "India’s Western Naval Command said it had deployed two frigates to the Arabian Sea.",
     [("deployment", "deployment", "Western Naval Command", "asserted")]),
    ("three-coordinated-states", "Estonia, Latvia and Lithuania expelled Russian diplomats on Monday.",
     [("designation", "expulsion", "Estonia", "asserted"), ("designation", "expulsion", "Latvia", "asserted"),
      ("designation", "expulsion", "Lithuania", "asserted")]),
    ("telephone-call-by-a-surname-named-before",
     "Defence Minister Rintaro Ishida spoke to troops at the base. Minister Ishida held a telephone call with his "
     "Korean counterpart on Monday.", [("statement", "consultation", "Rintaro Ishida", "asserted")]),
    ("a-coast-guard-is-its-own-service", "The Chinese coast guard said it had sent patrol boats near Kinmen.",
     [("deployment", "deployment", "China coast guard", "asserted")]),
    ("instructors-are-forces", "Turkish military instructors arrived in Tripoli in January.",
     [("deployment", "deployment", "Turkish armed forces", "asserted")]),
    ("the-two-sides-are-the-last-two-countries",
     "Serbia’s foreign minister met his Hungarian counterpart in Budapest on Monday. The two sides agreed to hold "
     "joint exercises next spring.",
     [("deployment", "exercise", "Serbia", "planned"), ("deployment", "exercise", "Hungary", "planned")]),
    ("an-army-is-not-a-registered-branch", "Iran’s army said it had shot down two drones near Tabriz.",
     [("statement", "statement", "Iranian armed forces", "asserted")]),
    ("title-in-apposition-gives-the-country",
     "Hungary’s Prime Minister, Gergely Vass, said that the government had raised the alert level of the army.",
     [("deployment", "alert", "Hungary", "asserted")]),
    # issue 14: phrasings, nominal events, agentless passives, actors outside the registry (our own sentences)
    ("summoned-envoy", "Pakistan summoned the Indian envoy on Tuesday to lodge a protest.",
     [("statement", "protest", "Pakistan", "asserted")]),
    ("scrambled-jets", "Poland scrambled fighter jets as Russian drones crossed into its airspace.",
     [("deployment", "deployment", "Poland", "asserted")]),
    ("ultimatum", "Peru issued an ultimatum to Ecuador to halt attacks across the border.",
     [("statement", "threat", "Peru", "threatened")]),
    ("notam-extended", "Niger extended the closure of its airspace to all French aircraft.",
     [("designation", "airspace-closure", "Niger", "asserted")]),
    ("airspace-reopened", "Pakistan reopened its airspace to Indian airlines on Friday.",
     [("designation", "reopening", "Pakistan", "asserted")]),
    ("ban-imposed", "Mali's junta imposed a ban on all political parties.",
     [("designation", "ban", "Mali", "asserted")]),
    ("designated-under-sanctions", "The Treasury Department designated five firms under its Iran sanctions program.",
     [("designation", "sanction", "Treasury Department", "asserted")]),
    ("hijacked-ship", "Houthi fighters hijacked a cargo ship in the Red Sea.",
     [("deployment", "interdiction", "Houthis", "asserted")]),
    ("fired-missiles", "North Korea fired two ballistic missiles into the sea.",
     [("deployment", "strike", "North Korea", "asserted")]),
    ("drone-intrusions", "Belarus denounced a wave of drone intrusions by Lithuania.",
     [("statement", "accusation", "Belarus", "asserted"), ("deployment", "deployment", "Lithuania", "")]),
    ("advanced-on-town", "M23 rebels advanced on the town of Sake on Monday.",
     [("deployment", "deployment", "M23", "asserted")]),
    ("captured-town", "RSF fighters captured the town of El Fasher.",
     [("deployment", "occupation", "Rapid Support Forces", "asserted")]),
    ("call-readout", "Secretary of State Marco Rubio spoke today with the Turkish foreign minister.",
     [("statement", "consultation", "Marco Rubio", "asserted")]),
    ("held-a-call", "French President Emmanuel Macron held a phone call with Zelensky on Sunday.",
     [("statement", "consultation", "Emmanuel Macron", "asserted")]),
    ("ceasefire-declared", "Hezbollah declared a unilateral ceasefire in south Lebanon.",
     [("deployment", "ceasefire", "Hezbollah", "asserted")]),
    ("gave-the-order", "Putin gave the order to withdraw troops from Kherson.",
     [("deployment", "withdrawal", "Vladimir Putin", "planned")]),
    ("reported-downing", "Ukraine's air force said it downed 20 drones overnight.",
     [("deployment", "interdiction", "Ukrainian Armed Forces", "asserted")]),
    ("took-off", "U.S. bombers took off from Guam on Thursday.",
     [("deployment", "deployment", "US military", "asserted")]),
    ("conducted-training", "Japanese troops conducted training with US Marines in Okinawa.",
     [("deployment", "exercise", "Japanese armed forces", "asserted")]),
    ("shared-a-video", "The Iranian foreign minister shared a video of the strike on X.",
     [("statement", "statement", "Iran", "asserted")]),
    ("speaker-after-the-quotation", "\u201cWe will answer any aggression,\u201d warned the Iranian foreign minister.",
     [("statement", "warning", "Iran", "")]),
    ("offensive-by-troops", "Congo's army chief spoke on Monday. An offensive by government troops began near Goma.",
     [("deployment", "strike", "Congolese armed forces", "asserted")]),
    ("rebel-strikes", "Houthi rebels attacked a tanker. Rebel strikes on tankers have multiplied.",
     [("deployment", "strike", "Houthis", "asserted")]),
    ("clashes-between", "Clashes between Sudanese troops and RSF fighters erupted in Omdurman.",
     [("deployment", "clash", "Sudanese Armed Forces", "")]),
    ("agentless-exercises", "China staged drills near Taiwan. Exercises were held off the coast of Fujian.",
     [("deployment", "exercise", "People's Liberation Army", "asserted")]),
    ("nationality-of-scrambled-fighters", "Dutch fighters were scrambled to intercept a Russian bomber.",
     [("deployment", "deployment", "Dutch armed forces", "asserted")]),
    ("bloc-ministers", "EU foreign ministers demanded that Serbia withdraw its forces.",
     [("statement", "demand", "European Union", "asserted")]),
    ("unregistered-group-ministers", "European foreign ministers demanded a halt to the fighting.",
     [("statement", "demand", "European foreign ministers", "asserted")]),
    ("armed-group-from-nationality", "Rwandan rebels seized the airport in Goma.",
     [("deployment", "occupation", "Rwandan rebels", "asserted")]),
    ("middle-initial", "Secretary of State Michael R. Pompeo said the strikes were justified.",
     [("statement", "statement", "Michael Pompeo", "asserted")]),
    ("unattributed-bombing", "A car bomb exploded outside the ministry in Mogadishu on Sunday.",
     [("deployment", "strike", "Unattributed", "asserted")]),
    ("passive-arrests", "Kenya said on Monday that 14 foreigners had been rounded up in Nairobi.",
     [("deployment", "arrest", "Kenyan police", "")]),
    ("indicted-by-context", "A US court indicted two men in March. Seventeen people have been indicted in the case.",
     [("designation", "indictment", "United States", "asserted")]),
    ("junta-is-the-topic-country",
     "Niger's junta met on Monday. Kenya's president called for calm. The junta closed the country's airspace.",
     [("designation", "airspace-closure", "Niger", "asserted")]),
    ("ministry-not-the-country-in-the-sentence",
     "Pakistan's army chief spoke on Monday. Responding to India's strikes, the Foreign Ministry said it would "
     "respond.",
     [("statement", "statement", "Pakistani Foreign Ministry", "asserted")]),
    ("quoted-as-saying", "The agency quoted Iran's foreign minister Abbas Araghchi as saying Tehran would respond.",
     [("statement", "statement", "Abbas Araghchi", "asserted")]),
    ("message-author", "Iraq's Saddam Hussein sent a letter. Saddam's message called for an international conference.",
     [("statement", "request", "Saddam Hussein", "asserted")]),
    ("opposition-groups", "Opposition groups in Zimbabwe are demanding that President Mugabe step down.",
     [("statement", "demand", "Zimbabwean opposition", "asserted")]),
    ("officials-of-a-body", "Red Cross officials suspended aid deliveries in Baghdad on Wednesday.",
     [("designation", "suspension", "Red Cross", "asserted")]),
    ("copula-stance", "Israel is opposed to French mediation in the talks, an aide to the prime minister said.",
     [("statement", "rejection", "Israel", "asserted")]),
    ("forced-out", "Jakarta forced the UN refugee agency out of the country.",
     [("designation", "expulsion", "Indonesia", "asserted")]),
    ("killed-by-a-device", "Three US servicemen were killed by an improvised explosive device near Basra.",
     [("deployment", "strike", "Unattributed", "asserted")]),
    ("engaged-in", "Serb forces were engaged in ethnic cleansing in the province.",
     [("deployment", "strike", "Serbian armed forces", "asserted")]),
    ("religious-leader", "Archbishop Desmond Tutu called for sanctions against Nigeria.",
     [("statement", "request", "Desmond Tutu", "asserted")]),
    ("forces-in-what-a-speaker-says", "The Nigerian Defence Headquarters said troops killed 30 insurgents.",
     [("deployment", "strike", "Nigerian armed forces", "asserted")]),
    ("bomb-went-off", "They were talking when the bomb went off, killing 247 people.",
     [("deployment", "strike", "Unattributed", "asserted")]),
    ("wounded-in-the-blasts", "More than 1,000 others were wounded in the blasts next to the embassies on Friday.",
     [("deployment", "strike", "Unattributed", "asserted")]),
    ("explosion-ripped-through", "An explosion ripped through the embassy in Dar es Salaam.",
     [("deployment", "strike", "Unattributed", "asserted")]),
    ("it-is-the-main-clauses-speaking-body",
     "The Security Council adopted a resolution on Friday. It strongly condemns the bomb attacks.",
     [("statement", "accusation", "United Nations", "asserted")]),
    ("it-is-the-subject-before", "The Trump administration designated the Cartel de los Soles—an organization it "
     "claims is led by Maduro—as a terrorist group.", [("statement", "claim", "United States", "")]),
    ("royal-title",
     "President Saddam Hussein spoke. King Hussein of Jordan met Bush. Hussein said the port stayed open.",
     [("statement", "statement", "King Hussein", "asserted")]),
    ("noun-agent-the-parser-hung-on-the-verb", "Thousands protested the killings of ethnic Albanians by Serb police.",
     [("deployment", "strike", "Serbian police", "asserted")]),
    ("a-head-of-governments-troops", "Cambodian Prime Minister Hun Sen spoke on Monday. Hun Sen's troops attacked "
     "the town.", [("deployment", "strike", "Cambodian armed forces", "asserted")]),
    ("a-commanders-own-forces", "General Nhek Bunchhay's soldiers attacked the town.",
     [("deployment", "strike", "Nhek Bunchhay forces", "asserted")]),
    ("forces-heading-somewhere", "Two U.S. destroyers are heading toward the Gulf.",
     [("deployment", "deployment", "US military", "asserted")]),
    ("forces-leaving", "Russian troops left the town on Friday.",
     [("deployment", "withdrawal", "Russian Armed Forces", "asserted")]),
    ("extended-for-years-is-no-background", "The Cabinet extended its sanctions on North Korea for two more years.",
     [("designation", "sanction", "Cabinet", "asserted")]),
    ("a-statement-planned", "Rubio plans to meet Lavrov in Geneva next week.",
     [("statement", "consultation", "Marco Rubio", "planned")]),
    ("a-statement-expected", "Hegseth is expected to address the troops on Friday.",
     [("statement", "statement", "Pete Hegseth", "planned")]),
    ("a-force-joining-a-force-moves", "Pakistan said today its troops would join multinational forces in Saudi "
     "Arabia.", [("deployment", "mobilisation", "Pakistani armed forces", "planned")]),
    ("an-earlier-aside-with-its-date", "The move angered Iran, which had condemned Iraq's invasion of Kuwait on "
     "Aug. 2.", [("statement", "accusation", "Iran", "asserted")]),
    ("called-them", "Iran has called the sanctions a crime against humanity.",
     [("statement", "statement", "Iran", "asserted")]),
    ("a-plan-said-without-condition", "Turkey said it will withdraw its troops from Syria next month.",
     [("deployment", "withdrawal", "Turkey", "planned")]),
    ("forces-sent-on-a-day", "Moscow condemned the American troops sent to the Baltic on Monday.",
     [("deployment", "deployment", "US military", "asserted")]),
    ("shelled-three-times-since", "Russian forces have shelled the town three times since Monday.",
     [("deployment", "strike", "Russian Armed Forces", "asserted")]),
    ("an-attack-by-an-armed-group", "An attack by the Houthis set a cargo ship ablaze on Tuesday.",
     [("deployment", "strike", "Houthis", "asserted")]),
    ("an-armed-group-names-the-attack", "A Taliban attack on the district headquarters left nine police dead.",
     [("deployment", "strike", "Taliban", "asserted")]),
    ("an-armed-groups-own-offensive", "Al-Shabaab's offensive in the Middle Shabelle region stalled in May.",
     [("deployment", "strike", "al-Shabaab", "asserted")]),
    ("until-in-the-past-happened", "Shelling went on until Israel withdrew its troops in May.",
     [("deployment", "withdrawal", "Israel", "asserted")]),
    ("expecting-to-act-is-a-plan", "Poland expects to send two more brigades to the border next month.",
     [("deployment", "deployment", "Poland", "planned")]),
    ("bare-authorities-are-the-datelines", "KARACHI, Pakistan (AP) -- The border crossing stayed shut on Monday. "
     "Authorities said the road would reopen on Friday.", [("statement", "statement", "Pakistan", "asserted")]),
    ("local-authorities-are-the-storys-country", "Pakistan's army chief met the envoy in Rawalpindi. Local "
     "authorities said the road would reopen on Friday.", [("statement", "statement", "Pakistan", "asserted")]),
    ("faceless-gunmen-attack", "Gunmen attacked a village in the north on Friday, killing 12.",
     [("deployment", "strike", "Unattributed", "asserted")]),
    ("a-ministry-by-its-initials", "NEW DELHI: The MEA, in a statement, said India had shown restraint.",
     [("statement", "statement", "Ministry of External Affairs", "asserted")]),
    ("evacuation-orders-are-a-decree", "JERUSALEM (AP) -- The IDF issued evacuation orders for two towns.",
     [("designation", "decree", "Israel Defense Forces", "asserted")]),
    ("troops-fired-at-posts", "Pakistani troops fired at Indian posts along the Line of Control on Monday.",
     [("deployment", "strike", "Pakistani armed forces", "asserted")]),
    ("militants-no-one-names", "Militants killed 26 tourists in a mountain meadow on April 22.",
     [("deployment", "strike", "Unattributed", "asserted")]),
    ("a-lede-after-its-dateline", "KABUL, Afghanistan (AP) — Gunmen stormed a hotel on Friday.",
     [("deployment", "raid", "Unattributed", "asserted")]),
    ("bandits-are-an-armed-group", "ABUJA, Nigeria (AP) — Bandits abducted 20 students from a school on Friday.",
     [("deployment", "abduction", "Nigerian bandits", "asserted")]),
    ("rebels-opening-a-lede", "KINSHASA, DR Congo (AP) — Rebels captured the town of Goma on Monday.",
     [("deployment", "occupation", "Congolese rebels", "asserted")]),
    ("bombers-took-off-on-a-mission", "Two U.S. B-52 bombers took off from RAF Fairford on a training mission.",
     [("deployment", "deployment", "US military", "asserted")]),
    ("ordered-to-retaliate", "NEW DELHI (AP) -- The defence minister ordered the army to retaliate.",
     [("deployment", "strike", "Indian armed forces", "planned")]),
    ("a-forces-media-wing-speaks-for-it", "ISPR said five soldiers were killed in the attack.",
     [("statement", "statement", "Pakistani armed forces", "asserted")]),
    ("a-force-by-its-own-name", "The Bundeswehr will station a brigade in Lithuania, the minister said.",
     [("deployment", "deployment", "German armed forces", "planned")]),
    ("set-to-begin-is-planned", "The offensive by Russian troops is set to begin in May.",
     [("deployment", "strike", "Russian Armed Forces", "planned")]),
    ("an-attack-named-by-its-date", "Checkpoints multiplied across the valley after the March 3 attack on the "
     "garrison.", [("deployment", "strike", "Unattributed", "asserted")]),
    ("an-attack-named-by-its-day", "Sunday's attack on the fuel depot forced the port to close.",
     [("deployment", "strike", "Unattributed", "asserted")]),
    ("forces-neutralise-fighters", "MAIDUGURI, Nigeria (AP) — Soldiers neutralised eight insurgents near the border "
     "on Tuesday.", [("deployment", "strike", "Nigerian armed forces", "asserted")]),
    ("bare-troops-in-a-datelined-lede", "KABUL, Afghanistan (AP) — Troops killed 12 militants in a raid on Friday.",
     [("deployment", "strike", "Afghan armed forces", "asserted")]),
    ("air-defences-in-a-datelined-lede", "MOSCOW (TASS) -- Over the past day, air defense systems shot down 25 "
     "fixed-wing drones.", [("deployment", "interdiction", "Russian Armed Forces", "asserted")]),
    ("an-unlisted-countrys-service-by-its-name", "The Indian Navy said it had tracked two submarines.",
     [("statement", "statement", "Indian Navy", "asserted")]),
    ("a-two-word-demonyms-service", "SEOUL (Yonhap) -- The South Korean army fired warning shots at soldiers who "
     "crossed the border.", [("deployment", "strike", "South Korean Army", "asserted")]),
    ("a-decision-rejected-was-still-taken", "Islamabad rejected New Delhi's decision to suspend the water treaty.",
     [("designation", "suspension", "India", "asserted"), ("statement", "rejection", "Pakistan", "asserted")]),
    ("a-decision-dismissed", "Moscow dismissed Berlin's decision to send tanks to Ukraine.",
     [("statement", "rejection", "Russia", "asserted")]),
    ("a-ministry-reports", "MOSCOW (TASS) -- Russian troops liberated the village of Pervomaiske, the Defence "
     "Ministry reported on Sunday.", [("deployment", "occupation", "Russian Armed Forces", "claimed"),
                                      ("statement", "statement", "Russian Defence Ministry", "asserted")]),
    ("losses-inflicted", "Ukrainian forces inflicted heavy losses on two Russian battalions near the river.",
     [("deployment", "strike", "Ukrainian Armed Forces", "asserted")]),
    ("targets-engaged", "Pakistan tried to engage several military targets in Punjab with drones.",
     [("deployment", "strike", "Pakistan", "asserted")]),
    ("ruled-out", "Germany ruled out sending long-range missiles to Ukraine.",
     [("statement", "rejection", "Germany", "asserted")]),
    ("a-claim-through-a-spokesman", "The Houthis claimed responsibility for the attack in a statement by their "
     "military spokesman Yahya Saree.", [("deployment", "strike", "Houthis", "claimed")]),
    ("a-registered-office-of-a-department", "WASHINGTON -- The Department of the Treasury's Office of Foreign Assets "
     "Control designated three shipping firms on Tuesday.",
     [("designation", "designation", "Treasury Department", "asserted")]),
    ("a-ministry-of-another-kind", "SEOUL (Yonhap) -- The Unification Ministry urged Pyongyang to stop the launches.",
     [("statement", "request", "South Korean Unification Ministry", "asserted")]),
    ("forces-expel-an-aircraft", "Beijing said its navy had expelled the Philippine aircraft.",
     [("deployment", "interdiction", "People's Liberation Army", "asserted")]),
    ("a-live-blog-entry", "Live updates\n11:05 GMT — Poland scrambled fighter jets as Russian missiles struck western "
     "Ukraine.", [("deployment", "deployment", "Poland", "asserted")]),
    ("a-countrys-contingent", "The vanguard of Egypt's contingent arrived in the port on Tuesday.",
     [("deployment", "deployment", "Egyptian armed forces", "asserted")]),
    ("according-to-a-statement-from", "NEW DELHI: According to a statement from the Ministry of External Affairs, "
     "the two sides agreed to stay in touch.", [("statement", "statement", "Ministry of External Affairs", "")]),
    ("a-listed-ministry-by-its-full-name", "NEW DELHI: The Ministry of External Affairs summoned the envoy.",
     [("statement", "protest", "Ministry of External Affairs", "asserted")]),
    ("summoned-to-a-ministry", "TALLINN – Russia's ambassador was summoned to the Estonian Foreign Ministry on "
     "Wednesday.", [("statement", "protest", "Estonian Foreign Ministry", "asserted")]),
    ("summoned-in-a-datelined-story", "TALLINN (AP) -- The Russian charge d'affaires was summoned on Monday over the "
     "incursion.", [("statement", "protest", "Estonia", "asserted")]),
    ("launched-what-it-called", "Azerbaijan launched what it called anti-terror operations in the region on "
     "Tuesday.", [("deployment", "strike", "Azerbaijan", "asserted")]),
    ("a-rebuke-drawn-from", "The United States approved an arms sale to Taiwan, drawing a sharp rebuke from Beijing.",
     [("statement", "accusation", "China", "asserted")]),
    ("an-encounter-with-security-forces", "SRINAGAR (PTI) -- Two militants were killed in an encounter with security "
     "forces in Baramulla on Sunday.", [("deployment", "clash", "Indian armed forces", "asserted")]),
    ("a-response-troops-gave", "Pakistani troops gave a befitting response to the firing, the ISPR said.",
     [("deployment", "strike", "Pakistani armed forces", "asserted")]),
    ("fighters-eliminated", "Israeli troops eliminated dozens of militants in the camp over the past day.",
     [("deployment", "strike", "Israel Defense Forces", "asserted")]),
    ("water-cannon-used", "A Chinese coast guard ship used water cannon against a Philippine supply boat.",
     [("deployment", "strike", "China coast guard", "asserted")]),
    ("a-guard-boat", "A Russian Border Guard boat entered Estonian territorial waters on the river.",
     [("deployment", "deployment", "Russia Border Guard", "asserted")]),
    ("a-package-of-sanctions", "BRUSSELS -- EU leaders agreed on a 14th package of sanctions against Russia.",
     [("designation", "sanction", "European Union", "")]),
    ("foreign-troops-ordered-out", "The junta in Niger ordered French troops to leave the country within a month.",
     [("designation", "expulsion", "Niger", "asserted"),
      ("deployment", "withdrawal", "French armed forces", "planned")]),
    ("an-envoy-ordered-out", "Mali's junta ordered the French ambassador to leave within 72 hours.",
     [("designation", "expulsion", "Mali", "asserted")]),
    ("what-a-news-agency-reports", "TEHRAN (AP) -- IRNA reported that the Foreign Ministry summoned the Swiss envoy.",
     [("statement", "protest", "Iranian Foreign Ministry", "asserted")]),
    ("a-trailing-attribution-after-an-apposition", "The army will not leave the valley, the Minister of Mines, "
     "Joseph Kamau, announced on Friday.", [("statement", "statement", "Joseph Kamau", "asserted")]),
    ("a-rank-in-apposition-to-a-minister", "The Minister of People's Defence, General in Chief Ali Musa, announced "
     "on Friday that troops had left the border.", [("statement", "statement", "Ali Musa", "asserted")]),
    ("an-announcement-dismissed", "Foreign Minister Tomas Berg dismissed the announcement on Friday as a bluff.",
     [("statement", "rejection", "Tomas Berg", "asserted")]),
    ("a-ship-named-with-its-navys-prefix", "The move came a day after USS Mason docked in Djibouti.",
     [("deployment", "deployment", "US military", "asserted")]),
    ("a-carrier-its-command-reports", "The aircraft carrier sailed into the Arabian Sea on Friday, U.S. Central "
     "Command said.", [("deployment", "deployment", "US military", "asserted")]),
    ("a-titled-name-the-parser-split", "Barbados's Prime Minister Ruth Clarke, a vocal critic of the plan, said on "
     "Monday that the talks would go on.", [("statement", "statement", "Ruth Clarke", "asserted")]),
    ("an-armed-group-besieges-a-town", "Boko Haram has besieged the town of Dikwa since May.",
     [("deployment", "deployment", "Boko Haram", "asserted")]),
    ("the-group-is-the-armed-group", "The Houthis have blockaded the port since May, despite a UN resolution that "
     "demanded the group end the blockade.", [("designation", "blockade", "Houthis", "")]),
    ("an-owned-announcement-on-a-day", "The drills follow Defence Minister Ana Ruiz's announcement on Monday that "
     "the fleet would sail.", [("statement", "statement", "Ana Ruiz", "asserted")]),
    ("soldiers-charged-are-indicted", "ABUJA — Two soldiers were charged with murder on Monday.",
     [("designation", "indictment", "Nigeria", "asserted")]),
    ("a-named-operation-launched", "NEW DELHI: The Indian Army launched Operation Shield on Tuesday.",
     [("deployment", "strike", "Indian Army", "asserted")]),
    ("shelling-by-a-force-read-as-a-verb", "Heavy shelling by the Azerbaijani army was reported in two villages "
     "overnight, officials said.", [("deployment", "strike", "Azerbaijani Army", "")]),
    ("flights-suspended-in-a-countrys-cities", "India struck targets across the border on Wednesday. Flights were "
     "suspended at Karachi and Lahore airports until further notice.",
     [("designation", "suspension", "Pakistan", "asserted")]),
    ("a-participle-after-a-quotation", 'Defence Minister Ana Ruiz said the raids were "a final warning," cautioning '
     "President Tomas Berg that he would pay a price.", [("statement", "warning", "Ana Ruiz", "asserted")]),
    ("the-department-of-a-name", "The Department of State named two firms. The Department of the Treasury's Office "
     "of Foreign Assets Control is designating six people.",
     [("designation", "designation", "Treasury Department", "asserted")]),
    ("units-of-a-named-group", "Units of the Northern Group repelled five attacks near the village, the Russian "
     "Defence Ministry said.", [("deployment", "interdiction", "Russian Armed Forces", "asserted")]),
    ("an-embassy-official-ordered-out", "Mali's ruling junta on Monday ordered a Swedish embassy official to leave "
     "the country within 48 hours.", [("designation", "expulsion", "Mali", "asserted")]),
    ("thanks-given", "Lithuanian President Gitanas Nauseda thanked Poland for its support on Monday.",
     [("statement", "statement", "Gitanas Nauseda", "asserted")]),
    ("a-notice-to-airmen", "The FAA issued a notice to airmen on Friday warning pilots of military activity over "
     "the region.", [("designation", "airspace-closure", "Federal Aviation Administration", "asserted")]),
    ("a-coast-guards-patrol-ships", "Japan Coast Guard patrol ships were deployed near the islands on Monday.",
     [("deployment", "deployment", "Japan Coast Guard", "asserted")]),
    ("a-bomber-only-one-state-flies", "On Wednesday, two B-1B bombers flew off the coast of Cuba, officials said.",
     [("deployment", "deployment", "US military", "asserted")]),
    ("a-strike-group-its-command-reports", "The carrier strike group entered the Gulf on Sunday, U.S. Central Command "
     "said.", [("deployment", "deployment", "US military", "asserted"),
               ("statement", "statement", "US Central Command", "asserted")]),
    ("the-head-of-state", 'President Ana Ruiz signed the decree on Monday. "We will defend our soil," the head of '
     "state said at the ceremony.", [("statement", "statement", "Ana Ruiz", "asserted")]),
    ("a-leader-called-a-name", 'President Ana Ruiz called Ortega "a tinpot dictator" on Monday.',
     [("statement", "statement", "Ana Ruiz", "asserted")]),
    ("a-coast-guard-and-its-acronym", "China Coast Guard (CCG) ships blocked a Philippine supply boat on Sunday. The "
     "CCG said it acted lawfully.", [("deployment", "interdiction", "China Coast Guard", "asserted"),
                                     ("statement", "statement", "China Coast Guard", "asserted")]),
    ("a-speaker-before-a-relative-clause", "Sen. Laura Brandt (R-Ohio), who co-wrote the bill with Sen. Omar "
     "Diaz, said on Tuesday that the ministry had misled the committee.",
     [("statement", "statement", "Laura Brandt", "asserted")]),
    ("an-abbreviated-title", "Gov. Elena Marsh said on Monday that the state would not host the troops.",
     [("statement", "statement", "Elena Marsh", "asserted")]),
    ("a-blocs-aircraft", "NATO jets intercepted three drones over the Baltic on Friday.",
     [("deployment", "", "NATO", "asserted")]),
    ("an-envoy-named-after-the-title-ordered-out", "The government of Chad on Monday ordered German ambassador Jan "
     "Hansen to leave the country within 48 hours.", [("designation", "expulsion", "Chad", "asserted")]),
    ("the-premier-is-the-prime-minister-named", "The cabinet, chaired by Prime Minister Aziz Karimov, met on Monday. "
     "\"We will not yield,\" the premier wrote on X.", [("statement", "statement", "Aziz Karimov", "asserted")]),
    ("a-second-verb-the-parser-left-unlabelled", "Petro waved at supporters in Bogotá after a long speech about "
     "peace, then told them that Colombia would not be dragged into a war.",
     [("statement", "statement", "Gustavo Petro", "asserted")]),
    ("the-office-holder-named-after-the-office", "The Director of Defence Information, Maj.-Gen. Sani Bello, "
     "disclosed this on Friday while briefing journalists in Abuja.",
     [("statement", "statement", "Sani Bello", "asserted")]),
    ("a-blocs-adjective-on-a-warship", "A European warship shot down two drones over the Red Sea on Monday.",
     [("deployment", "", "European Union", "asserted")]),
    ("an-ultimatum-in-hours", "Niger's junta on Friday gave the German ambassador 48 hours to leave the country.",
     [("statement", "threat", "Niger", "")]),
    ("a-deadline-given", "The Security Council gave Iraq a week to comply with the resolution.",
     [("statement", "threat", "United Nations", "")]),
    ("a-court-without-a-name", "A federal appeals court in Lagos ruled on Thursday that the ban was unlawful.",
     [("designation", "ruling", "federal appeals court", "asserted")]),
    ("responded-in-kind", "Thai troops shelled a border post overnight, the ministry said, adding that Cambodian "
     "troops had responded in kind.", [("deployment", "strike", "Cambodian armed forces", "asserted")]),
    ("a-siege-broken", "Sudan's army said on Friday it had broken the rebels' siege of the garrison town.",
     [("deployment", "clash", "Sudanese Armed Forces", "asserted")]),
    ("a-states-own-airspace-closed", "Iran closed its airspace on Friday. Jordan's airspace has been closed to all "
     "civilian flights.", [("designation", "airspace-closure", "Jordan", "asserted")]),
    ("ordered-to-waters-past-a-parenthesis", "On Friday Ankara ordered two frigates – the TCG Kemalreis and TCG "
     "Oruçreis – to waters off Cyprus.", [("deployment", "", "Turkey", "asserted")]),
]


@pytest.mark.parametrize(("text", "wants"), [pytest.param(t, w, id=n) for n, t, w in MUST_YIELD])
def test_sentence_yields(text: str, wants: list[Want]) -> None:
    mentions = extract(text)
    got = [(m.event_type, m.subtype, m.actor, m.modality) for m in mentions]
    for want in wants:
        assert _has(mentions, want), f"missing {want}; got {got}"


MUST_NOT_YIELD: list[tuple[str, str, set[str]]] = [
    ("a-person-leaving-an-air-base", "Albright said Monday before leaving Andrews Air Force Base.", {"deployment"}),
    ("a-mission-that-tells", "The talks stalled on Monday, according to the European Union's naval mission in the "
     "region.", {"deployment"}),
    ("a-person-flying-in-a-military-plane", "Albright spent five hours in Tanzania before heading to Nairobi in a "
     "U.S. Air Force plane.", {"deployment"}),
    ("aid-officials-say-no-statement", "Red Cross and ambulance officials said 40 people had been hurt.",
     {"statement"}),
    ("bombings-that-cause-nothing", "These bombings will not cause America to back down.", {"deployment"}),
    ("a-persons-dated-attack-is-words", "The senator's Monday attack on the finance minister drew a sharp reply.",
     {"deployment"}),
    ("an-attack-by-a-person-on-a-day", "The Tuesday attack by the governor on the budget office surprised "
     "nobody.", {"deployment"}),
    ("until-it-withdraws-is-no-withdrawal", "The envoy said there could be no talks until Serbia withdraws its "
     "police from the province.", {"deployment"}),
    ("until-made-to-withdraw", "The minister sees no settlement until sanctions force Russia to withdraw its "
     "troops.", {"deployment"}),
    ("a-stance-kept-is-no-new-act", "The Turkish government has staunchly opposed the pipeline's route.",
     {"statement"}),
    ("a-forecast-of-others-is-no-plan", "The ministry expects that Russian troops will withdraw from the "
     "town.", {"deployment"}),
    ("a-soldiers-words-are-no-statement", "“We held the line all night,” said a Ukrainian soldier near Kupiansk.",
     {"statement"}),
    ("navy-sailors-say", "US Navy sailors say the carrier can stay at sea for months.", {"statement"}),
    ("authorities-of-no-known-country", "Authorities said the road would reopen on Friday.", {"statement"}),
    ("once-they-withdraw-is-no-withdrawal", "Aid convoys will move once Russian troops withdraw from the bridge.",
     {"deployment"}),
    ("fired-workers", "The company fired 200 workers at its plant on Monday.", {"deployment"}),
    ("fired-at-critics", "The minister fired at his critics in a speech on Monday.", {"deployment"}),
    ("an-order-to-fire-is-no-decree", "The general gave the order to fire on the convoy.", {"designation"}),
    ("a-dated-strike-by-workers", "Hospitals reopened after the January 2024 strike by junior doctors.",
     {"deployment"}),
    ("a-dated-push-for-reform", "The president's allies revived the 2023 push for electoral reform.",
     {"deployment"}),
    ("a-length-is-no-date", "The three-day attack on the opposition's record filled the state newspapers.",
     {"deployment"}),
    ("western-officials-are-no-states", "NAIROBI, Kenya (AP) -- The embassy reopened on Thursday. Western "
     "intelligence officials said Friday that two suspects had been detained.", {"statement"}),
    ("bare-officials-are-no-states", "NAIROBI, Kenya (AP) -- The embassy reopened on Thursday. Officials said "
     "Friday that 82 people were killed.",
     {"statement"}),
    ("ruled-for-years-is-no-ruling", "Saddam Hussein, who ruled for 24 years, addressed the nation on Monday.",
     {"designation"}),
    ("an-investigation-ordered-is-no-deployment", "The president ordered an investigation into the attack.",
     {"deployment"}),
    ("a-state-attacking-a-proposal-is-words", "China attacked the U.S. proposal on Monday.", {"deployment"}),
    ("a-person-attacking-the-media-is-words", "Trump attacked the media on Friday.", {"deployment"}),
    ("a-factory-fire-is-no-strike", "A fire at a Chinese factory killed 12 workers on Monday.", {"deployment"}),
    ("hospital-officials-in-a-capital-are-no-state", "Hospital officials in Kyiv said 12 people were hurt.",
     {"statement"}),
    ("protesters-blocking-a-road", "Protesters blocked the road to the airport.", {"designation", "statement"}),
    ("talks-on-hostages-take-none", "Qatar held talks on the hostages with Hamas on Monday.", {"deployment"}),
    ("talks-on-a-union-join-none", "Ukraine joined the talks on the customs union.", {"designation"}),
    ("an-agent-declared-hurt-is-no-listing", "The FBI declared that an agent was hurt.", {"designation"}),
    ("hit-with-tariffs-is-no-strike", "The US hit China with new tariffs on Friday.", {"deployment"}),
    ("firing-a-chief-is-no-clash", "Trump's firing of the army chief shocked Washington.", {"deployment"}),
    ("a-fire-in-a-base-is-no-strike", "A fire in the Russian military base killed two.", {"deployment"}),
    ("a-business-deal-is-no-treaty", "Qantas signed a deal on Monday to buy 20 aircraft from Boeing.",
     {"designation"}),
    ("a-company-joining-a-union-is-no-treaty", "Gazprom joined the union of gas exporters last year.",
     {"designation"}),
    ("ruled-out-is-no-ruling", "The government ruled out talks with the rebels on Monday.", {"designation"}),
    ("floating-is-no-floated-idea", "President Omar Diallo was found floating in a pool on Thursday.",
     {"statement"}),
    ("met-with-outrage-is-no-meeting", "The plan was met with outrage by the Kenyan government on Monday.",
     {"statement"}),
    ("admitting-members-is-no-admission", "NATO has decided to admit Georgia and Moldova in May.",
     {"statement"}),
    ("terrorist-attacks-name-no-group", "Clinton condemned terrorist bomb attacks at the embassies.",
     {"deployment"}),
    ("a-demand-is-not-the-demanded-sides-plan", "European foreign ministers demanded that Serbia withdraw its forces.",
     {"deployment"}),
    ("guerrilla-tactics-are-no-group", "These units would use guerrilla tactics designed to counter U.S. attacks.",
     {"statement"}),
    ("should-in-a-condition", "The party pledged to fight on should hostilities erupt.", {"deployment"}),
    ("a-threat-not-issued", "The United States has not issued a public threat to invade Venezuela.", {"statement"}),
    ("threats-named-as-an-object", "Thousands lined up to confront threats from the U.S.", {"statement"}),
    ("privately", "Thai officials said privately that the talks had stalled.", {"statement"}),
    ("hoped-for", "The U.S. hopes its troops will drive Iraqi forces out of Kuwait quickly.", {"deployment"}),
    ("refused-to-comment", "The ministry refused to comment on the reports.", {"statement"}),
    ("people-of-a-country", "Some Kenyans have complained about the rescue effort.", {"statement"}),
    ("an-anti-country-blockade-is-not-its", "Washington and Moscow discussed an anti-Iraq naval blockade.",
     {"designation"}),
    ("a-battle-group-is-no-battle", "The carrier battle group sailed from Norfolk in March.", {"statement"}),

    ("the-writers-guess", "Israel could strike Iranian nuclear sites within weeks.", {"deployment"}),
    ("declined-to-say", "The minister declined to say whether the weapons included missiles.", {"statement"}),
    ("a-crash-is-no-attack", "Seventy-three soldiers were killed when two military helicopters crashed.",
     {"deployment"}),
    ("a-passing-mention-of-an-attack", "The president condemned the bombings in a brief note.", {"deployment"}),
    ("a-company-in-apposition-is-no-actor", "The world's second-largest container line, Hansa Maritime, said on "
     "Friday it would pause all transits through the strait.", {"statement"}),
    ("ordering-strikes-is-no-decree", "The president ordered strikes on the rebel camps.", {"designation"}),
    ("exchanged-views-is-no-clash", "The two defence ministers exchanged views on the crisis.", {"deployment"}),
    ("an-attack-someone-plans-for", "Israel has declared that it will respond to an Iraqi attack on Jordan.",
     {"deployment"}),
    ("willing-to-withdraw-is-a-stance", "Defence Minister Yoav Gallant said Israel was willing to withdraw "
     "its troops in exchange for guarantees.", {"deployment"}),
    ("a-radar-signal-is-no-statement", "The radar picked up a weak signal from the drone.", {"statement"}),
    ("a-place-before-an-invasion-is-where", "Oil prices soared after the Kuwait invasion.", {"deployment"}),
    ("responded-with-force-is-no-statement", "Israeli riot police responded with a volley of rubber bullets.",
     {"statement"}),
    ("a-role-in-attacks-is-no-attack", "The minister said he had evidence that the camps the army raided in Sudan "
     "had played key roles in the bomb attacks in Nairobi.", {"deployment"}),
    ("struck-oil", "Exploration firms struck oil off the coast of Guyana last year.", {"deployment"}),
    ("a-question-asserts-nothing", "What did the Pentagon say about the strikes on the launchers?",
     {"deployment", "designation", "statement"}),
    ("words-a-commentator-puts-in-others-mouths",
     "“Governments kept telling us what to do,” counters Amina Diallo, a commentator on a Dakar radio station.",
     {"statement"}),
    ("analyst-opinion",
     "Analysts at the International Institute for Strategic Studies said Russia could launch a new offensive.",
     {"deployment", "designation", "statement"}),
    ("ordinary-people", "Residents of Kharkiv said they heard explosions all night.",
     {"deployment", "designation", "statement"}),
    ("boilerplate", "Stay tuned for more updates on this developing story.", {"deployment", "statement"}),
    ("byline", "By Jane Doe and John Roe, Reuters", {"deployment", "statement"}),
    ("dateline", "Published: March 3, 2024 10:45 am", {"deployment", "statement"}),
    ("equipment", "The S-400 system can track up to 300 targets at a range of 600 kilometres.",
     {"deployment", "designation", "statement"}),
    ("former-official", "Former NATO commander James Stavridis said any war could begin with attacks on ports.",
     {"deployment", "designation", "statement"}),
    ("quoted-shop-owner", "Ordinary Taiwanese shrug off the drills, said Lin Mei, a shop owner in Taipei.",
     {"deployment", "designation", "statement"}),
    ("background-fact", "Taiwan's air defence identification zone covers parts of the Chinese mainland.",
     {"deployment", "designation", "statement"}),
    ("negated", "The United States has not deployed ground troops to Syria.", {"deployment"}),
    ("general-strike", "Unions called a general strike across France.", {"deployment"}),
    ("struck-a-deal", "Turkey struck a deal with Russia on grain exports.", {"deployment"}),
    ("denied-content-has-no-row", "Moscow denied plans to invade Ukraine.", {"deployment"}),
    ("threat-content-has-no-row", "North Korea threatened to strike U.S. bases in Guam.", {"deployment"}),
    ("media-is-no-actor", "The Washington Post reported that the talks had stalled.", {"statement"}),
    ("staff-speaking-off-record", "Multiple Pentagon lawyers told CNN that internal dissent was growing.",
     {"statement"}),
    ("troops-training-quality", "Experts questioned the quality of the troops' training.", {"deployment"}),
    ("cost-of-a-deployment", "The deployment has cost the Pentagon more than $2 billion so far.", {"deployment"}),
    ("strike-group-description", "The carrier strike group includes five destroyers and a submarine.", {"deployment"}),
    ("company-operations", "The Treasury eased restrictions on Chevron's operations in Venezuela.", {"deployment"}),
    ("charged-toward", "The troops charged toward the enemy lines.", {"designation"}),
    ("capability", "Venezuela's Su-30 jets can strike targets 1,500 kilometres away.", {"deployment"}),
    ("advocacy-group", "Amnesty International said the attack may amount to a war crime.", {"statement"}),
    ("expert-apposition", "Jane Roe, a defence expert at King's College, warned that strikes could escalate.",
     {"deployment", "statement"}),
    ("negated-governor", "While the U.S. has not issued a public threat to invade, tensions remain high.",
     {"deployment"}),
    ("claim-is-no-light-verb", "The United States claims this operation is aimed at drug traffickers.",
     {"deployment"}),
    ("untitled-person-is-not-quoted", "“We are scared,” said Maria Lopez.", {"statement"}),
    ("first-name-only-is-not-quoted", "“We are tired, but we are not leaving,” said Olena, 54.", {"statement"}),
    ("possible-attack-no-actor", "Residents fear a possible US attack on the port.", {"deployment"}),
    ("conditional-in-a-warning", "Tehran warned Israel of a crushing response if it struck Iranian nuclear sites.",
     {"deployment"}),
    ("condition-in-a-threat", "Seoul said it would respond unless Pyongyang withdrew its artillery units.",
     {"deployment"}),
    ("feared-is-no-plan", "The U.S. fears Iraq will invade Saudi Arabia.", {"deployment"}),
    ("hoped-with-a-participle", "Washington hopes its warships will drive the raiders out of the strait, leaving "
     "their boats sunk or abandoned.", {"deployment", "designation"}),
    ("a-request-weighed", "Lavrov is weighing asking the UN to hold an emergency session.", {"statement"}),
    ("said-for-decades", "For nearly forty years, Britain has said it would not tolerate a base on the islands.",
     {"statement"}),
    ("claimed-in-the-past", "In the past, Russia has often claimed that Georgia was undermining the talks.",
     {"statement"}),
    ("a-stance-of-long-standing", "Russia has long opposed NATO's expansion.", {"statement"}),
    ("occupied-for-years", "Russian forces have occupied the peninsula for eight years.", {"deployment"}),
    ("the-largest-ever", "It is the largest reward the State Department has ever offered for a fugitive.",
     {"designation"}),
    ("it-is-the-embargo", "It is the US embargo which has kept Cuba isolated.", {"designation"}),
    ("arrested-a-dozen-times", "Maduro has been arrested more than a dozen times during protests.", {"deployment"}),
    ("capable-of", "Russian commanders have indicated that they were capable of deploying 300,000 troops.",
     {"deployment"}),
    ("hoped-even-when-said", "Putin said he hoped Ukraine would withdraw its forces from the region.",
     {"deployment"}),
    ("hoping-even-when-said", "Officials said they were hoping the strikes would destroy the militia's command.",
     {"deployment"}),
    ("an-offer-on-a-condition", "Erdogan announced on Sunday that he will withdraw his troops from Syria only if "
     "the Kurdish militias disarm.", {"deployment"}),
    ("forces-where-they-are", "Moscow condemned the American troops sent to the Baltic.", {"deployment"}),
    ("an-earlier-aside", "The driver was identified as one of two Sudanese suspects who had been arrested by Kenyan "
     "police.", {"deployment"}),
    ("an-earlier-aside-statement", "Maduro appeared to accept a border treaty he had rejected in peace talks.",
     {"statement"}),
    ("what-it-calls-is-a-naming", "Pyongyang conducted what it called a test of a new solid-fuel engine.",
     {"statement"}),
    ("some-troops-are-no-ones", "KABUL (AP) — Some troops left the base.", {"deployment"}),
    ("an-aircraft-expelled-is-no-diplomat", "Beijing said its navy had expelled the Philippine aircraft.",
     {"designation"}),
    ("summoned-to-a-meeting", "Envoys were summoned to a meeting.", {"statement"}),
    ("an-army-radio-reports", "Israel army radio reported that the talks had stalled.", {"statement"}),
    ("forces-used-in-a-capability", "Iraq still has the potential to cause problems by using forces and weapons.",
     {"deployment"}),
    ("a-guarded-response", "The government gave a guarded first response to the ruling.", {"deployment"}),
    ("its-own-troops-ordered-out", "Putin ordered Russian troops to withdraw from the region.", {"designation"}),
    ("islets-claimed-by-states", "The islets, a chain of uninhabited rocks, are administered by Japan but claimed by "
     "China.", {"statement"}),
    ("in-response-is-no-strike", "SEOUL (Yonhap) -- In response, the military resumed loudspeaker broadcasts "
     "toward the North on Sunday.", {"deployment"}),
    ("a-duty-is-no-charge", "CARACAS, Venezuela (AP) — The armed forces are constitutionally charged with guarding "
     "the border.", {"designation"}),
    ("a-bodys-task-is-no-charge", "ABUJA — The commission is charged with overseeing the vote.", {"designation"}),
    ("airlines-are-no-warships", "Air France and KLM were among the carriers that suspended flights to Tehran on "
     "Sunday.", {"designation", "deployment"}),
    ("airlines-resume-operations", "Peru's aviation authority gave the airlines two days to resume operations.",
     {"deployment"}),
    ("control-measures-take-nothing", "In a statement on its website, the Chinese coast guard said it had taken "
     "necessary control measures.", {"deployment"}),
    ("a-chance-encounter", "He had a chance encounter with the minister.", {"deployment"}),
    ("a-response-to-a-letter", "The ministry gave a response to the letter.", {"deployment"}),
    ("foreign-troops-are-no-ones", "KABUL (AP) — Foreign troops left the base.", {"deployment"}),
    ("ruled-out-sends-none", "Germany ruled out sending long-range missiles to Ukraine.", {"deployment"}),
    ("soldiers-words-in-a-lede", "KABUL, Afghanistan (AP) — Soldiers said they were tired.", {"statement"}),
    ("a-ministry-dismissing-an-official", "The president dismissed the army chief on Monday.", {"statement"}),
    ("an-abduction-is-not-its-victims", "Officials said Britain has been pressing hard to resolve the case as the "
     "anniversary of Maduro's abduction nears.", {"deployment"}),
]


@pytest.mark.parametrize(("text", "banned"), [pytest.param(t, b, id=n) for n, t, b in MUST_NOT_YIELD])
def test_sentence_does_not_yield(text: str, banned: set[str]) -> None:
    got = [(m.event_type, m.subtype, m.actor) for m in extract(text) if m.event_type in banned]
    assert not got, f"unexpected {got}"


@pytest.mark.parametrize(("text", "asked"), [
    ("Putin urged Lavrov to tell Europeans that Moldova is safe.", "Sergey Lavrov"),
    ("Erdogan asked Rubio to say publicly that the talks would continue.", "Marco Rubio"),
    ("The Pentagon said Defense Secretary Pete Hegseth is considering urging Trump to order a callup of reserves.",
     "Pete Hegseth"),
])
def test_a_statement_asked_for_or_weighed_is_not_made(text: str, asked: str) -> None:
    """"urged X to tell": the asker's request, no statement of X; "is considering urging": no request yet."""
    got = [(m.subtype, m.actor) for m in extract(text) if m.event_type == "statement"]
    assert not any(actor == asked for _, actor in got), got


@pytest.mark.parametrize(("text", "target_country"), [
    ("The coast guard chased away three Vietnamese fishing boats.", "Vietnam"),
    ("An offensive by the security forces against villages populated by ethnic Albanians began.", "Albania"),
    ("MOSCOW (Reuters) -- The defence ministry reported the downing of 18 Ukrainian drones overnight.", "Ukraine"),
    ("ISLAMABAD (AP) -- The military said it had shot down 25 Indian drones.", "India"),
    ("The interception of two Iranian tankers by the navy was reported on Monday.", "Iran"),
])
def test_forces_are_not_of_the_country_they_act_on(text: str, target_country: str) -> None:
    mentions = extract(text)
    assert not any(m.actor_country == target_country for m in mentions), [(m.event_type, m.actor) for m in mentions]


@pytest.mark.parametrize(("text", "actor", "country"), [
    ("ISLAMABAD: Defence Minister Khawaja Asif told reporters that the army was ready.", "Khawaja Asif", "Pakistan"),
    ("TALLINN (AP) -- Foreign Minister Margus Tsahkna wrote that Russia must answer for it.", "Margus Tsahkna",
     "Estonia"),
    ("ISLAMABAD: Chief of Army Staff General Asim Munir said the nation stood united.", "Asim Munir", "Pakistan"),
    ("WASHINGTON (AP) -- Foreign Minister Wang Yi of China said the talks were useful.", "Wang Yi", "China"),
    ("MANILA (AP) -- National Security Adviser Ramon Cruz said the patrols would continue.", "Ramon Cruz",
     "Philippines"),
    ("BERLIN (dpa) - Speaker Hanna Vogt told lawmakers the vote would go ahead.", "Hanna Vogt", "Germany"),
    ("SEOUL (Yonhap) -- The Joint Chiefs of Staff said the North fired an artillery rocket on Monday.",
     "Joint Chiefs of Staff", "South Korea"),
    ("ABUJA — The Defence Headquarters said troops had cleared the camp.", "Defence Headquarters", "Nigeria"),
    ("KYIV — Russia fired 40 drones at Ukraine overnight, the Air Force said.", "Air Force", "Ukraine"),
    ("ABUJA — The army will not leave the valley, the Minister of Mines, Joseph Kamau, announced on Friday.",
     "Joseph Kamau", "Nigeria"),
])
def test_an_office_holder_with_no_country_is_of_the_datelines(text: str, actor: str, country: str) -> None:
    said = [(m.actor, m.actor_country) for m in extract(text) if m.event_type == "statement"]
    assert (actor, country) in said, said


def test_a_body_of_no_one_state_takes_no_datelines_country() -> None:
    said = [(m.actor, m.actor_country) for m in extract("THE HAGUE (AP) -- The International Criminal Court said "
                                                         "the warrant stands.") if m.event_type == "statement"]
    assert said == [("International Criminal Court", "")], said


def test_a_paper_carrying_a_statement_is_not_its_author() -> None:
    said = {m.actor for m in extract("North Korea's foreign ministry warned in a statement carried by KCNA that the "
                                     "drills would be answered.") if m.event_type == "statement"}
    assert said == {"North Korean Foreign Ministry"}, said


def test_a_news_agency_reporting_is_no_actor() -> None:
    actors = {m.actor for m in extract("TEHRAN (AP) -- IRNA reported that the Foreign Ministry summoned the Swiss "
                                       "envoy.")}
    assert "IRNA" not in actors, actors


def test_the_military_of_the_story_is_the_datelines() -> None:
    got = {(m.event_type, m.actor) for m in extract("ISLAMABAD (AP) -- The military said it had shot down 25 "
                                                     "Indian drones.")}
    assert got == {("deployment", "Pakistani armed forces"), ("statement", "Pakistani armed forces")}


def test_a_persons_forces_are_not_of_another_country_the_sentence_names() -> None:
    mentions = extract("Albanians protested against repeated intense attacks by Hun Sen's troops.")
    assert [m.actor for m in mentions if m.event_type == "deployment"] == ["Hun Sen forces"]


def test_a_titled_name_the_parser_split_is_of_the_country_before_the_title() -> None:
    said = [(m.actor, m.actor_country) for m in extract("Barbados's Prime Minister Ruth Clarke, a vocal critic of "
                                                         "the US plan, said on Monday that the talks would go on.")]
    assert said == [("Ruth Clarke", "Barbados")], said


def test_a_distinctive_force_name_is_of_the_country_in_the_news_not_the_datelines() -> None:
    text = ("TAIPEI (AP) — China staged drills around Taiwan on Monday. The Southern Fleet Command said "
            "the drills would go on.")
    said = [(m.actor, m.actor_country) for m in extract(text) if m.event_type == "statement"]
    assert ("Southern Fleet Command", "China") in said, said


def test_a_closed_quotation_is_no_earlier_sentence_of_the_next_one() -> None:
    text = ('"We will not retreat," the army chief said on Monday, accusing the rebels of lying.\n'
            'The rebels\' spokesman, Paul Obi, rejected the claim as "a lie.')
    mentions = extract(text)
    assert not [m for m in mentions if m.actor == "Paul Obi" and m.sentence.startswith('"We')], mentions


def test_one_row_per_event_kind_and_actor_in_a_sentence() -> None:
    mentions = extract("The Pentagon sent destroyers and deployed fighter jets to the region.")
    deployments = [m for m in mentions if m.event_type == "deployment"]
    assert len(deployments) == 1
    assert deployments[0].actor == "Pentagon"


def test_no_two_mentions_share_an_identity() -> None:
    """`rows.mention_id` hashes (sentence start, type, subtype, actor); the store refuses a table where two rows
    share one. A quotation and its "says X" once both gave the same statement."""
    text = " ".join(t for _, t, _ in MUST_YIELD)
    keys = [(m.char_start, m.event_type, m.subtype, m.actor) for m in extract(text)]
    assert len(keys) == len(set(keys))


def test_the_official_is_the_one_who_just_spoke() -> None:
    mentions = extract("NAIROBI, Kenya (AP) -- The embassy reopened on Thursday. A security official said Friday that "
                       "two suspects had been detained. The suspects were questioned overnight, the official said.")
    said = [m.actor for m in mentions if m.event_type == "statement" and m.sentence.endswith("the official said.")]
    assert said == ["Kenya"], said


def test_date_comes_from_the_governing_clause() -> None:
    mentions = extract("On Monday, China launched military drills around Taiwan.", timexes=True)
    drill = next(m for m in mentions if m.event_type == "deployment")
    assert (drill.date_start, drill.date_end, drill.date_basis) == (date(2024, 10, 14), date(2024, 10, 14),
                                                                    "relative")
    assert drill.date_text == "Monday" or "Monday" in drill.date_text


def test_without_a_date_the_publication_date_is_used() -> None:
    mention = extract("China launched military drills around Taiwan.", timexes=True)[0]
    assert (mention.date_start, mention.date_end, mention.date_basis, mention.date_text) == (
        PUBLISHED, PUBLISHED, "publication", "")


def test_a_conjunct_takes_the_date_of_its_head() -> None:
    text = "In recent weeks, the US military has moved warships into the region and has targeted boats off the coast."
    dates = {(m.subtype, m.date_basis) for m in extract(text, timexes=True)}
    assert dates == {("deployment", "relative"), ("strike", "relative")}


def test_a_date_on_another_events_noun_does_not_date_the_statement() -> None:
    text = "The Revolutionary Guards said the attack was retaliation for a strike on the consulate on April 1."
    statement = next(m for m in extract(text, timexes=True) if m.event_type == "statement")
    assert statement.date_basis == "publication"


def test_a_date_on_the_meeting_where_words_were_said_dates_them() -> None:
    text = ('President Ana Ruiz called the raid "a grave provocation" at a meeting with her security council on '
            "Wednesday.")
    statement = next(m for m in extract(text, timexes=True) if m.event_type == "statement")
    assert (statement.date_text, statement.date_basis) == ("Wednesday", "relative")


@pytest.mark.parametrize(("text", "date_text"), [
    ("Chile's foreign ministry condemned the raid as an outrage in a statement issued late on Tuesday.", "Tuesday"),
    ("The minister spoke on Monday. That same day, the Chief of Staff of the Army, General Ana Ruiz, signed into law "
     "the new decree on reserves.", "That same day"),  # the parser makes the date the sentence's root
    ("Foreign Minister Tomas Berg rejected the claim as false, writing on X on Tuesday that no troops had crossed.",
     "Tuesday"),  # the words' own participle
])
def test_where_and_how_words_were_said_dates_them(text: str, date_text: str) -> None:
    dated = [m for m in extract(text, timexes=True) if m.event_type in {"statement", "designation"}]
    assert [(m.date_text, m.date_basis) for m in dated][-1:] == [(date_text, "relative")], dated


def test_a_date_on_the_events_own_participle_dates_it() -> None:
    text = "The newspaper cited remarks made last week by the Syrian ambassador to Washington."
    said = [m for m in extract(text, timexes=True) if m.event_type == "statement"]
    assert said and (said[0].date_start, said[0].date_end) == (date(2024, 10, 7), date(2024, 10, 13))


def test_a_date_the_parser_hangs_on_an_infinitive_dates_its_verb() -> None:
    text = "Britain invited Sinn Fein to rejoin two weeks ago."
    invited = [m for m in extract(text, timexes=True) if m.event_type == "statement"]
    assert invited and (invited[0].date_start, invited[0].date_end) == (date(2024, 9, 30), date(2024, 10, 6))


def test_a_future_date_on_an_infinitive_stays_its_own() -> None:
    text = "Azerbaijan and Turkey agreed to hold joint military exercises in December."
    pledges = [m for m in extract(text, timexes=True) if m.subtype == "pledge"]
    assert pledges and all(m.date_start == PUBLISHED for m in pledges)


def test_the_invasion_told_again_is_the_one_told_with_its_date() -> None:
    text = "Iraqi forces invaded Kuwait on Aug. 2. Oil prices have doubled since the invasion."
    invasions = [m for m in extract(text, timexes=True, published=date(1990, 9, 1)) if m.subtype == "invasion"]
    assert [(m.actor, m.date_start) for m in invasions] == [("Iraqi armed forces", date(1990, 8, 2))] * 2


def test_a_date_in_another_clause_does_not_date_the_event() -> None:
    text = "Lavrov told reporters that both nations had signed a treaty in May."
    statement = next(m for m in extract(text, timexes=True) if m.event_type == "statement")
    assert statement.date_basis == "publication"


@pytest.mark.parametrize(("text", "basis"), [
    ("KHARTOUM, June 3, 2024 — The Rapid Support Forces shelled El Fasher.", "publication"),
    ("TEHRAN, Iran, June 3, 2024 (AP) -- Iran launched drones at Israel.", "publication"),
    ("On June 3, 2024, the Rapid Support Forces shelled El Fasher.", "explicit"),
])
def test_a_dateline_date_never_dates_an_event(text: str, basis: str) -> None:
    mention = next(m for m in extract(text, timexes=True, published=date(2024, 6, 5)) if m.event_type == "deployment")
    assert mention.date_basis == basis


def test_the_ministry_is_the_ministry_last_named() -> None:
    text = ("Kenya's Interior Ministry said the border was calm. "
            "Kenya closed two crossings on Monday, the ministry said.")
    said = [m for m in extract(text) if m.event_type == "statement" and "Monday" in m.sentence]
    assert [(m.actor, m.actor_country) for m in said] == [("Kenyan Interior Ministry", "Kenya")]


def test_the_embassy_is_the_embassy_last_named() -> None:
    text = ("The Kenyan embassy in Washington said the visa office was closed. "
            "Later the embassy said it would reopen within days.")
    assert [m.actor for m in extract(text) if m.event_type == "statement"] == ["Kenya", "Kenya"]


def test_the_department_is_of_the_country_in_the_news() -> None:
    text = ("The Philippine government accused Chinese vessels of blocking a supply mission. "
            "The Department of Foreign Affairs said it would file a protest.")
    said = [m for m in extract(text) if m.event_type == "statement"]
    assert said and said[-1].actor == "Philippine Department of Foreign Affairs" and said[-1].actor_country == \
        "Philippines"


def test_an_arrest_without_agent_is_by_the_police_that_just_arrested() -> None:
    text = ("The French president spoke in Paris. Nigerien police said on Tuesday they had arrested nine foreigners. "
            "The nine were rounded up near the border.")
    arrests = [m for m in extract(text) if m.subtype == "arrest"]
    assert [m.actor for m in arrests] == ["Nigerien police", "Nigerien police"]


def test_a_statement_with_no_author_is_the_body_that_just_spoke() -> None:
    text = ("The Russian Foreign Ministry said on Friday it had summoned the envoy. "
            "A later statement warned against all travel to the region.")
    warning = [m for m in extract(text) if m.subtype == "warning"]
    assert [m.actor for m in warning] == ["Russian Foreign Ministry"]


def test_a_persons_spokeswoman_speaks_for_them() -> None:
    text = ("Foreign Minister Don McKinnon of New Zealand spoke on Thursday. "
            "McKinnon's spokeswoman said the United States had very good intelligence.")
    said = [m for m in extract(text) if m.event_type == "statement"]
    assert [m.actor for m in said] == ["Don McKinnon", "Don McKinnon"]


def test_a_party_named_in_apposition_and_they_who_speak_next() -> None:
    text = ("Scotland's biggest party, the Scottish Nationalists, is threatening to quit the talks. "
            "They say London has ignored every proposal.")
    said = [(m.subtype, m.actor) for m in extract(text) if m.event_type == "statement"]
    assert said == [("threat", "Scottish Nationalists"), ("statement", "Scottish Nationalists")]


def test_a_singular_title_is_the_first_conjuncts_only() -> None:
    text = "Gen. Ali Haidar and Omar Saleh met on Monday, and Saleh claimed they resolved the dispute."
    assert not [m for m in extract(text) if m.subtype == "claim"]


@pytest.mark.parametrize(("text", "country"), [
    ("President Umaro Embalo of Guinea-Bissau said the border would reopen.", "Guinea-Bissau"),
])
def test_of_a_country_after_a_titled_name_is_their_country(text: str, country: str) -> None:
    said = [m for m in extract(text) if m.subtype == "statement"]
    assert said and said[-1].actor_country == country


def test_a_surname_is_the_person_named_in_full_before() -> None:
    text = ("Protests followed Ruto's speech.\nKenyan President William Ruto arrived in Nairobi.\n"
            "On Friday, Ruto designated the group a terrorist organisation.")
    listing = next(m for m in extract(text) if m.event_type == "designation")
    assert (listing.actor, listing.actor_country) == ("William Ruto", "Kenya")


def test_many_articles_parsed_in_batches_give_the_same_mentions() -> None:
    texts = ["China launched military drills around Taiwan on Monday.", "Residents were calm.",
             "Kenya's Interior Ministry said the border was calm. Kenya closed two crossings, the ministry said."]
    items = [(Article(id=f"a{n}", text=t, published=PUBLISHED, title=""), find_timexes(t, PUBLISHED))
             for n, t in enumerate(texts)]
    assert extract_many(items) == [extract_mentions(a, spans) for a, spans in items]
    assert [len(found) for found in extract_many(items)][:2] == [1, 0]


def test_offsets_point_at_the_sentence_and_confidence_is_a_score() -> None:
    text = "Stay tuned.\nChina launched military drills around Taiwan. Residents were calm."
    mention = extract(text)[0]
    sentence = "China launched military drills around Taiwan."
    assert text[mention.char_start:mention.char_end] == mention.sentence == sentence
    assert 0.0 < mention.confidence <= 1.0


def test_registry_actor_is_more_confident_than_a_guess() -> None:
    known = extract("The Pentagon sent two destroyers to the region.")[0]
    guessed = next(m for m in extract("Brazilian Foreign Minister Mauro Vieira condemned the strikes.")
                   if m.event_type == "statement")
    assert known.confidence > guessed.confidence


def test_a_lede_taken_as_title_still_counts() -> None:
    text = "China launched military drills around Taiwan.\nResidents were calm."
    article = Article(id="t", text=text, published=PUBLISHED, title="China launched military drills around Taiwan.")
    assert [m.event_type for m in extract_mentions(article, [], Registry.default())] == ["deployment"]


def test_title_line_and_undated_article_yield_nothing() -> None:
    article = Article(id="t", text="China launches drills around Taiwan\n", published=PUBLISHED,
                      title="China launches drills around Taiwan")
    assert extract_mentions(article, [], Registry.default()) == []
    undated = Article(id="u", text="China launched military drills around Taiwan.", published=None)
    assert extract_mentions(undated, []) == []


@pytest.mark.parametrize("text", ["", "\n\n", "Hello.", "He said. It was. They did.", "“”", "¿Qué? 中国军队部署。",
                                  "U.S. U.S. Earlier. Earlier.", "Trump said " * 50, ". . . , , ,"])
def test_odd_texts_give_valid_mentions_or_none(text: str) -> None:
    for m in extract(text, timexes=True):
        assert text[m.char_start:m.char_end] == m.sentence
        assert 0.0 <= m.confidence <= 1.0 and m.date_start <= m.date_end


def test_defences_are_not_the_defence_minister() -> None:
    text = ("Israel’s defence minister, Yoav Carmeli, spoke on Monday. Most of the rockets were intercepted by Israeli "
            "defences.")
    assert not [m for m in extract(text) if m.actor == "Yoav Carmeli" and m.event_type == "deployment"]


def test_a_date_on_a_participle_modifier_dates_the_event() -> None:
    text = "Iran’s navy said its ships had intercepted two boats carrying fuel off Bandar Abbas on Sunday night."
    got = [m for m in extract(text, timexes=True) if m.event_type == "deployment"]
    assert got and got[0].date_start == date(2024, 10, 13), got


# An attack by no one named, told again in a later sentence without a date of its own, is the attack the
# article dates: before or after it is told, or in passing ("the inquiry into the October 3 bombings"; an
# attack named by its date is also a mention of its own, which `timeline.merge` joins to the later one).
ATTACK_TOLD_AGAIN: list[tuple[str, str, list[date]]] = [
    # name, text, the dates of its unattributed attacks in text order
    ("dated-after", "Car bombs tore through two markets in the capital, trapping shoppers under rubble. "
     "The bombings occurred minutes apart on Monday.", [date(2024, 10, 14)] * 2),
    ("bombings-blew-apart", "Terrorist bombings at two hotels blew apart buildings and buses. "
     "The bombings occurred minutes apart on Monday.", [date(2024, 10, 14)] * 2),
    ("dated-in-passing", "Police widened the inquiry into the October 3 bombings in the port city. "
     "The blast at the ferry terminal killed 31 people.", [date(2024, 10, 3)] * 2),
    ("dated-by-possessive", "Investigators questioned two men about last Friday's bombing of the consulate. "
     "The explosion destroyed the visa office.", [date(2024, 10, 11)] * 2),
    ("the-scene-the-sentence-before-set", "On Monday, the ambassador had just ended a news conference at the "
     "embassy. They were talking when the bomb went off, killing 40 people.", [date(2024, 10, 14)]),
    ("harm-in-an-attack-told-before", "A car bomb exploded outside the embassy on Monday. "
     "The ambassador was injured in the blast.", [date(2024, 10, 14)]),
    ("the-subjects-relative-clause-keeps-its-own-time",
     "A man who threw a grenade seconds before the car bomb exploded was identified by police on Thursday.",
     [PUBLISHED]),
]


@pytest.mark.parametrize(("text", "dates"), [pytest.param(t, d, id=n) for n, t, d in ATTACK_TOLD_AGAIN])
def test_an_attack_told_again_takes_the_date_the_article_gives_it(text: str, dates: list[date]) -> None:
    got = [m.date_start for m in extract(text, timexes=True) if m.actor == "Unattributed"]
    assert got == dates


def test_the_attacks_later_attributed_are_the_attacks_told_before() -> None:
    text = ("Car bombs exploded outside two embassies on Monday. "
            "Officials said the attacks were plotted by the Islamic State.")
    plotted = [m for m in extract(text, timexes=True) if m.actor == "Islamic State"]
    assert plotted and plotted[0].date_start == date(2024, 10, 14)


QUOTES: list[tuple[str, str, Quotes]] = [
    # name, text, (starts, closes, open)
    ("no-marks", "Russia moved troops.", Quotes(starts=False, closes=False, open=False)),
    ("curly-pair", "“We will respond,” he said.", Quotes(starts=True, closes=True, open=False)),
    ("curly-opens", "“We will respond. We always have.", Quotes(starts=True, closes=False, open=True)),
    ("curly-closes", "We always have,” the minister said.", Quotes(starts=False, closes=True, open=False)),
    ("curly-inside", "He said “we will", Quotes(starts=False, closes=False, open=True)),
    ("straight-pair", '"We will respond," he said.', Quotes(starts=True, closes=False, open=False)),
    ("straight-opens", '"We will respond.', Quotes(starts=True, closes=False, open=True)),
    # a straight mark is read by parity: after an odd number the text stands inside a quotation
    ("straight-closes", 'We always have," he said.', Quotes(starts=False, closes=True, open=True)),
    ("guillemets-pair", "«Nous répondrons», a-t-il dit.", Quotes(starts=True, closes=True, open=False)),
    ("guillemet-opens", "«Nous répondrons.", Quotes(starts=True, closes=False, open=True)),
    ("low-opening-mark", "„Wir antworten.", Quotes(starts=True, closes=False, open=True)),
    ("breadcrumb-arrow-closes", "Home » World » Crisis deepens", Quotes(starts=False, closes=True, open=False)),
    ("empty", "", Quotes(starts=False, closes=False, open=False)),
]


@pytest.mark.parametrize(("text", "want"), [pytest.param(t, w, id=n) for n, t, w in QUOTES])
def test_quotes_reads_every_mark_one_way(text: str, want: Quotes) -> None:
    assert quotes(text) == want


def test_an_arrest_with_no_agent_is_by_the_police_that_last_arrested() -> None:
    """"Kenyan police said they had detained 9 men ... The nine were rounded up": by the Kenyan police, not by the
    police of the country the article is about."""
    text = ("U.S. Secretary of State Marco Rubio on Monday praised the cooperation of Kenya in the inquiry into the "
            "attack on the U.S. consulate. Kenyan police said on Monday they had detained nine foreigners. The nine "
            "foreigners were rounded up because they could not explain their presence in the country.")
    mentions = extract(text)
    arrests = [m.actor for m in mentions if m.subtype == "arrest" and m.sentence.startswith("The nine")]
    assert arrests == ["Kenyan police"], [(m.subtype, m.actor, m.sentence[:20]) for m in mentions]


def test_an_attack_by_no_one_named_told_again_undated_is_no_new_row() -> None:
    """"A car bomb exploded ... Two guards were killed in the consulate bombing": the bombing told again, on no day
    the article gives, is the first mention's event; a lede that names the attack with "the" still yields it."""
    again = extract("A car bomb exploded outside the U.S. consulate in Erbil. Kurdish officials condemned the attack. "
                    "Two guards were killed in the consulate bombing.")
    strikes = [m.sentence[:12] for m in again if m.subtype == "strike"]
    assert strikes == ["A car bomb e"], strikes
    lede = extract("The bombing of the U.S. consulate in Erbil killed two guards, police said.")
    assert [m.actor for m in lede if m.subtype == "strike"] == ["Unattributed"]


def test_a_leader_responding_in_kind_strikes_nothing() -> None:
    got = [(m.subtype, m.actor) for m in extract("Ortega is responding in kind, repositioning troops along the "
                                                 "border and mobilising the militia.")]
    assert got and not any(subtype == "strike" for subtype, _ in got), got
