"""Which tokens a headline keeps (`timeline.extract.headlines.phrases`)."""

from __future__ import annotations

import pytest

from timeline.extract.actors.registry import Registry
from timeline.extract.headlines import phrases
from timeline.nlp.pipeline import parse_one


@pytest.mark.parametrize(("participle", "reads_as_past"), [
    ("designated", True), ("shut", True), ("struck", True), ("sent", True), ("led", True),
    ("taken", False), ("given", False), ("withdrawn", False), ("flown", False), ("shown", False),
])
def test_same_past(participle: str, reads_as_past: bool) -> None:
    """A perfect or passive is told in the simple past only when the participle is also the past tense."""
    token = parse_one(f"The army has {participle} it.", Registry.default())[3]
    assert phrases.same_past(token) is reads_as_past
