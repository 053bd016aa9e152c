"""Who a person named in the article is: a figure of the crisis, or someone whose words are no event."""

from __future__ import annotations

import pytest

from tests.extract.test_events import extract


@pytest.mark.parametrize("text", [
    # the model tags the name as an organisation and hangs it on the place: still the refugee
    "A Syrian refugee in Germany, Layla Haddad, is a senior official of a group called the Syrian Women Relief "
    "Network. Ms. Haddad says the war has created a generation of orphans. Ms. Haddad says the shelling has "
    "emptied the towns.",
    "A Sudanese refugee in Egypt, Amira Osman, is a spokeswoman of a group called the Darfur Women Forum. "
    "Ms. Osman says the fighting has destroyed her village. Ms. Osman says the militia burned the market.",
])
def test_a_refugee_introduced_once_stays_no_actor_when_named_again(text: str) -> None:
    got = [(m.event_type, m.actor) for m in extract(text) if m.event_type == "statement"]
    assert not got, f"unexpected {got}"
