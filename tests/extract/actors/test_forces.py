"""`timeline.extract.actors.forces`: which state's forces a military phrase names, by the phrase, the speaker, the
dateline or the story (the sentences are ours)."""

from __future__ import annotations

import pytest

from tests.extract.test_events import extract

FORCES = [
    # name, text, the deployment's actor and country
    ("named-by-nationality", "Dutch F-35 jets intercepted two bombers over the North Sea on Monday.",
     "Dutch armed forces", "Netherlands"),
    ("a-bomber-only-one-state-flies", "Two Tu-95 bombers flew over the Sea of Japan on Tuesday, officials said.",
     "Russian Armed Forces", "Russia"),
    ("a-coast-guard-as-written", "China Coast Guard ships blocked the supply boat on Sunday.", "China Coast Guard",
     "China"),
    ("units-the-speaker-reports", "Units of the Eastern Group repelled three attacks near the town, the Russian "
     "Defence Ministry said.", "Russian Armed Forces", "Russia"),
    ("a-service-of-the-dateline", "KYIV — The Air Force shot down 30 drones overnight.", "Air Force", "Ukraine"),
    ("a-service-as-a-craft's-modifier", "Britain has moved more forces to Cyprus. Navy helicopters landed at the "
     "base on Friday.", "British armed forces", "United Kingdom"),
    ("a-lower-case-service-as-a-modifier", "Chad vowed to crush the revolt. On Monday, army warplanes bombed "
     "rebel positions near the town.", "Chadian armed forces", "Chad"),
    ("military-as-the-phrases-first-word", "Chad vowed to crush the revolt. Military helicopters fired on rebel "
     "columns near the town on Monday.", "Chadian armed forces", "Chad"),
    ("what-carries-forces-sent", "France is reinforcing its gulf presence. A task group carrying 600 marines "
     "was also sent east on Monday.", "French armed forces", "France"),
]


@pytest.mark.parametrize(("text", "actor", "country"), [pytest.param(t, a, c, id=n) for n, t, a, c in FORCES])
def test_the_forces_a_phrase_names(text: str, actor: str, country: str) -> None:
    got = [(m.actor, m.actor_country) for m in extract(text) if m.event_type == "deployment"]
    assert (actor, country) in got, got
