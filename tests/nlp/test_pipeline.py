"""`timeline.nlp.pipeline`: where sentences start (line breaks, an acronym's period, a dateline's end)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from timeline.extract.actors.registry import Registry
from timeline.extract.lexicon.clauses import after_live_stamps
from timeline.nlp.pipeline import _after_datelines, names_over_places, parse_one

STARTS = [
    # name, text, the first words of its sentences
    ("a-line-break", "Troops moved.\nThe talks resumed.", ["Troops", "The"]),
    ("an-acronym-ends-a-sentence", "The ships left the U.S. Earlier this week, talks resumed.", ["The", "Earlier"]),
    ("an-ap-dateline", "KABUL, Afghanistan (AP) — Troops killed 12 militants on Friday.", ["KABUL", "Troops"]),
    ("a-dateline-with-a-colon", "KARACHI: Police arrested two men on Friday.", ["KARACHI", "Police"]),
    ("a-dateline-after-a-headline", "Talks collapse\nBUFFALO, N.Y. (AP) -- Gunmen fired on a car.",
     ["Talks", "BUFFALO", "Gunmen"]),
    ("a-title-case-dateline", "New Delhi, May 10 (PTI) The army said it had repelled an attack.", ["New", "The"]),
    ("an-agency-and-a-dash", "Kyiv (Reuters) - Ukraine said it had downed 20 drones.", ["Kyiv", "Ukraine"]),
    ("ranks-written-short", "The spokesman, Brig. Gen. Ali Musa, said the troops had left. Lt. Col. Ben Hall "
     "agreed.", ["The", "Lt"]),
    ("a-hyphenated-rank-written-short", "The army's spokesman, Maj.-Gen. Sani Bello, spoke on Friday.", ["The"]),
    ("an-acronym-before-a-model-name", "Two U.S. B-52 bombers took off on Monday.", ["Two"]),
    ("an-aside-between-dashes", "The Houthis – who hold the capital – said they fired.", ["The"]),
    ("a-names-bracket", "Montenegro Municipality Association (AKK) officials demanded support.", ["Montenegro"]),
    ("a-live-blog-stamp", "Live\n11:05 GMT — Poland scrambled jets as missiles struck.", ["Live", "11:05", "Poland"]),
    ("a-time-in-a-sentence", "Live\nAt 11:05 GMT - an hour late - the talks resumed.", ["Live", "At"]),
    ("a-lede-opening-with-a-number", "MANILA, May 3 Kyodo - Three Chinese militia boats anchored near the reef.",
     ["MANILA", "Three"]),
    ("a-title-opening-a-line", "11:40 GMT\nInterior Minister Omar Haddad has denied the claim.", ["11:40", "Interior"]),
    ("a-body-opening-a-line", "Live\nSecurity Council members have condemned the launch.", ["Live", "Security"]),
]


@pytest.mark.parametrize(("text", "firsts"), [pytest.param(t, f, id=n) for n, t, f in STARTS])
def test_sentence_starts(text: str, firsts: list[str]) -> None:
    sents = [s.text.strip() for s in parse_one(text, Registry.default()).sents if s.text.strip()]
    assert len(sents) == len(firsts) and all(s.startswith(f) for s, f in zip(sents, firsts, strict=True)), sents


def test_only_the_first_three_lines_hold_a_dateline() -> None:
    text = "Headline\n\nBy A. Writer\nUpdated May 10\nKARACHI: Police said.\nLAHORE: Troops left."
    assert _after_datelines(text) == []  # the fourth line and later are the body
    lede = "Headline\nKARACHI: Police said."
    assert [lede[i:i + 6] for i in _after_datelines(lede)] == ["Police"]


INITIAL_NOUNS = [
    # name, text, the sentence-opening word, its lemma and tag after the pipeline
    ("gunmen-after-a-dateline", "ABUJA (AP) -- Gunmen attacked a village.", "Gunmen", "gunman", "NNS"),
    ("rebels-after-a-dateline", "KINSHASA (AP) - Rebels captured the town.", "Rebels", "rebel", "NNS"),
    ("a-name-stays", "Jones said it on Monday.", "Jones", "Jones", "NNP"),
    ("an-agency-stays", "Reuters reported it on Monday.", "Reuters", "Reuters", "NNP"),
]


@pytest.mark.parametrize(("text", "word", "lemma", "tag"), [pytest.param(t, w, le, g, id=n)
                                                           for n, t, w, le, g in INITIAL_NOUNS])
def test_a_plural_noun_opening_a_sentence_is_a_noun(text: str, word: str, lemma: str, tag: str) -> None:
    tok = next(t for t in parse_one(text, Registry.default()) if t.text == word)
    assert (tok.lemma_, tok.tag_) == (lemma, tag)


def test_an_acronym_the_text_defines_means_that_name() -> None:
    doc = parse_one("The Armed Forces of the Philippines (AFP) said on Monday that the drills ended. AFP spokesperson "
                    "Col. Maria Santos said more would follow.", Registry.default())
    assert {t.ent_id_ for t in doc if t.text == "AFP"} == {"Armed Forces of the Philippines"}
    assert {t.ent_id_ for t in parse_one("AFP reported the drills on Monday.", Registry.default())
            if t.text == "AFP"} == {"Agence France-Presse"}  # undefined, it is the registry's


@pytest.mark.parametrize(("text", "entries"), [
    ("Live\n11:05 GMT — Poland scrambled jets.\n09:15 am IST: The army said.\n12.30 - “We will respond,” he said.",
     ["Poland", "The army", "“We will"]),
    ("At 11:05 GMT - an hour late - the talks resumed.\nBy 14:00 the troops had left.", []),  # times in sentences
    ("Live\n11:20 AM IST: Pakistan's cabinet met.\n9:05 P.M. PKT - The army said.", ["Pakistan's", "The army"]),
])
def test_a_live_blogs_entries_start_after_their_stamps(text: str, entries: list[str]) -> None:
    assert [text[i:].split(" ")[0] for i in after_live_stamps(text)] == [e.split(" ")[0] for e in entries]


@pytest.mark.parametrize(("text", "name"), [
    ("Acting President Han Sang-mok condemned the launch.", "Han Sang-mok"),  # the model ends it at "Sang"
    ("Unification Minister Yoo Sung-ok spoke.", "Yoo Sung-ok"),
    ("Belgian Foreign Minister Marie-Claire Le Goff described the junta as illegitimate on Monday.",
     "Marie-Claire Le Goff"),  # the model ends it at the particle
])
def test_a_name_the_model_ended_too_soon_is_whole(text: str, name: str) -> None:
    doc = parse_one(text, Registry.default())
    assert name in [e.text for e in doc.ents if e.label_ == "PERSON"], [(e.text, e.label_) for e in doc.ents]


def test_a_compound_adjective_after_a_name_is_not_part_of_it() -> None:
    doc = parse_one("Foreign Minister Ana Lopez-led talks ended.", Registry.default())
    assert "Ana Lopez-led" not in [e.text for e in doc.ents]


def test_a_titled_name_the_model_read_as_a_place_is_a_person() -> None:
    doc = parse_one("Tver Mayor Pavel Sorokin wrote on Telegram that debris fell.", Registry.default())
    doc.ents = [Span(doc, 2, 4, label="LOC")]  # as the model reads such a name in some contexts
    assert [(e.text, e.label_) for e in names_over_places(doc).ents] == [("Pavel Sorokin", "PERSON")]
