"""`timeline.extract.syntax`: who does what in a parsed sentence (subjects, light and host verbs, responsibility)."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from timeline.extract import syntax
from timeline.extract.actors.registry import Registry
from timeline.nlp.pipeline import parse_one


def word(sentence: str, text: str) -> Token:
    return next(t for t in parse_one(sentence, Registry.default()) if t.text == text)


SUBJECTS = [
    # name, sentence, the verb, the first word of its subject
    ("active", "Russian troops shelled the town at dawn.", "shelled", "troops"),
    ("passive-agent", "The town was shelled by Russian troops.", "shelled", "troops"),
    ("raised-subject", "Germany is set to deploy two frigates.", "deploy", "Germany"),
    ("object-control", "The president ordered the troops to withdraw.", "withdraw", "troops"),
    ("accused-of", "Kyiv accused Russian forces of shelling the plant.", "shelling", "forces"),
    ("conjunct", "The army crossed the river and captured the bridge.", "captured", "army"),
    ("inverted-after-quote-object", "\u201cWe will respond,\u201d warned the Iranian foreign minister.", "warned",
     "minister"),
    ("inverted-after-quote-word-taken-as-subject", '"Bravo," exclaimed Kovacs, a son of Budapest.',
     "exclaimed", "Kovacs"),
    ("inverted-said", '"We will respond," said the minister.', "said", "minister"),
    ("not-inverted-told", '"We will respond," he told reporters.', "told", "he"),
]


@pytest.mark.parametrize(("sentence", "verb", "subject"), [pytest.param(s, v, w, id=n) for n, s, v, w in SUBJECTS])
def test_subject_of(sentence: str, verb: str, subject: str) -> None:
    found = syntax.subject_of(word(sentence, verb))
    assert found is not None and found.text == subject


@pytest.mark.parametrize(("sentence", "noun", "verb"), [
    pytest.param("The air force carried out strikes on the port.", "strikes", "carried", id="object"),
    pytest.param("The ministers agreed to a ceasefire.", "ceasefire", "agreed", id="agreed-to"),
    pytest.param("Rebels took part in the raids.", "raids", "took", id="took-part-in"),
])
def test_light_verb(sentence: str, noun: str, verb: str) -> None:
    found = syntax.light_verb(word(sentence, noun))
    assert found is not None and found.text == verb


def test_a_noun_that_is_no_light_verbs_object_has_none() -> None:
    assert syntax.light_verb(word("The strikes destroyed the port.", "strikes")) is None


NOUN_AGENTS = [
    # name, sentence, the noun, its agent (None: it has none)
    ("by-phrase", "An offensive by government troops began on Monday.", "offensive", "troops"),
    ("hung-on-the-verb", "Thousands protested the killings of ethnic Albanians by Serb police.", "killings", "police"),
    ("hung-on-a-noun-above", "It is the second day of an offensive by the security forces.", "offensive", "forces"),
    ("passive-agent", "The attacks were condemned by the United Nations.", "attacks", None),
    ("means", "Troops reached the island after an assault by sea.", "assault", None),
    ("not-next-to-the-noun", "The strikes on the port were ordered by the president.", "strikes", None),
]


@pytest.mark.parametrize(("sentence", "noun", "agent"), [pytest.param(s, w, a, id=n) for n, s, w, a in NOUN_AGENTS])
def test_noun_agent(sentence: str, noun: str, agent: str | None) -> None:
    found = syntax.noun_agent(word(sentence, noun))
    assert (found.text if found is not None else None) == agent


OWN_DATES = [
    # name, sentence, the noun, the dates it is named by
    ("month-and-day", "Patrols doubled after the October 7 attack.", "attack", ["October"]),
    ("weekday-possessive", "Sunday's raid on the depot failed.", "raid", ["Sunday"]),
    ("last-week", "Last week's strikes hit two bridges.", "strikes", ["week"]),
    ("a-length", "The rebels began a three-day offensive.", "offensive", []),
    ("after-the-noun", "The attack on Monday failed.", "attack", []),
]


@pytest.mark.parametrize(("sentence", "noun", "dates"), [pytest.param(s, w, d, id=n) for n, s, w, d in OWN_DATES])
def test_own_dates(sentence: str, noun: str, dates: list[str]) -> None:
    assert [t.text for t in syntax.own_dates(word(sentence, noun))] == dates


def test_host_verb_is_the_verb_a_noun_event_is_the_means_of() -> None:
    found = syntax.host_verb(word("Israel killed a commander in an airstrike.", "airstrike"))
    assert found is not None and found.text == "killed"


def test_responsibility_claimer_carried_out_the_attack() -> None:
    found = syntax.responsibility_claimer(word("The group claimed responsibility for the attack.", "attack"))
    assert found is not None and found.text == "group"


def test_governors_are_the_heads_above_a_word_nearest_first() -> None:
    heads = [t.text for t in syntax.governors(word("Officials said the army plans to deploy troops.", "deploy"))]
    assert heads[:2] == ["plans", "said"]
    assert syntax.is_verbal(word("Officials said the army plans to deploy troops.", "deploy"))
