"""`timeline.extract.dating`: which words name an event told before, which clauses keep their own time.

The dates events take in whole sentences are pinned in `test_events.py` (the date tests there)."""

from __future__ import annotations

import pytest

from tests.extract.test_events import PUBLISHED, extract
from timeline.extract.actors.registry import Registry
from timeline.extract.dating import names_an_event_told, own_time_clause
from timeline.extract.triggers import find_hits
from timeline.nlp.pipeline import parse_one

TOLD: list[tuple[str, str, bool]] = [
    # text, trigger word, whether it names an event told before
    ("The bombings killed 200 people.", "bombings", True),
    ("Iraq's invasion of Kuwait was condemned.", "invasion", True),
    ("Washington condemned these bombings.", "bombings", True),
    ("A bombing killed 12 people.", "bombing", False),
    ("Rebels launched attacks on the town.", "attacks", False),
]


@pytest.mark.parametrize(("text", "word", "told"), TOLD)
def test_names_an_event_told(text: str, word: str, told: bool) -> None:
    doc = parse_one(text, Registry.default())
    hit = next(h for h in find_hits(list(doc)) if h.token.text == word)
    assert names_an_event_told(hit) is told


CLAUSES: list[tuple[str, str, bool]] = [
    # text, verb, whether its clause keeps its own time
    ("The man who threw a grenade was identified on Thursday.", "threw", True),
    ("The treasury froze the assets of firms it accused of funding the rebels.", "accused", False),
    ("Troops moved in on Monday.", "moved", False),
]


@pytest.mark.parametrize(("text", "word", "own"), CLAUSES)
def test_own_time_clause(text: str, word: str, own: bool) -> None:
    doc = parse_one(text, Registry.default())
    assert own_time_clause(next(t for t in doc if t.text == word)) is own


@pytest.mark.parametrize("text", [
    "Another man has been arrested in connection with the bombings of U.S. embassies in Ghana and Togo last year "
    "that killed 224 people, police said today.",
    "Another man has been arrested in connection with the bombings of U.S. embassies in Uganda and Rwanda last "
    "year that killed 115 people, police said today.",
])
def test_a_date_hung_with_a_that_clause_on_the_verb_dates_the_noun_before_it(text: str) -> None:
    arrests = [m for m in extract(text, timexes=True) if m.subtype == "arrest"]
    assert arrests and all(m.date_start == PUBLISHED for m in arrests), [(m.date_start, m.date_end) for m in arrests]


@pytest.mark.parametrize(("text", "subtype"), [
    ("Polish air defences shot down a drone, the latest in a string of incursions since the collapse of the talks in "
     "March.", "interdiction"),
    ("Turkish jets struck rebel positions, the first raid since the end of the truce in June.", "strike"),
])
def test_a_date_of_the_event_a_clause_is_timed_against_is_not_its_own(text: str, subtype: str) -> None:
    found = [m for m in extract(text, timexes=True) if m.subtype == subtype]
    assert found and all(m.date_start.month == 10 for m in found), [(m.date_start, m.date_end) for m in found]
