"""`timeline.extract.triggers.is_military_token`: which words name armed forces or their arms."""

from __future__ import annotations

import pytest

from timeline.extract.actors.registry import Registry
from timeline.extract.triggers import is_military_token
from timeline.nlp.pipeline import parse_one

CASES = [
    # name, sentence, the word looked at, whether it is military
    ("troops", "Troops crossed the border at dawn.", "Troops", True),
    ("aircraft-designator", "An F-35 landed at the base.", "F-35", True),
    ("air-defences", "Its air defences intercepted most of the drones.", "defences", True),
    ("missile-defense", "The missile defense system shot down two rockets.", "system", True),
    ("anti-aircraft-defences", "Anti-aircraft defences fired over the capital.", "defences", True),
    ("air-defense-systems", "Russian air defense systems downed 20 drones.", "systems", True),
    ("a-system", "The new payment system shut down for an hour.", "system", False),
    ("defence-ministry", "The defence ministry said nothing.", "defence", False),
    ("in-his-defence", "In his defence, the minister said he had not known.", "defence", False),
    ("legal-defense", "The defense lawyers appealed the verdict.", "defense", False),
]


@pytest.mark.parametrize(("sentence", "word", "military"), [pytest.param(s, w, m, id=n) for n, s, w, m in CASES])
def test_is_military_token(sentence: str, word: str, military: bool) -> None:
    doc = parse_one(sentence, Registry.default())
    token = next(t for t in doc if t.text == word)
    assert is_military_token(token) is military
