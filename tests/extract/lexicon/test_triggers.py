"""`timeline.extract.lexicon.triggers`: every sense of a trigger word is a reading the extractor knows."""

from __future__ import annotations

from timeline.extract.lexicon.event_types import SUBTYPES
from timeline.extract.lexicon.triggers import NOUN_TRIGGERS, VERB_TRIGGERS


def test_every_sense_names_a_known_subtype() -> None:
    for table in (VERB_TRIGGERS, NOUN_TRIGGERS):
        for word, senses in table.items():
            for sense in senses:
                assert sense.subtype in SUBTYPES, f"{word!r}: unknown subtype {sense.subtype!r}"
