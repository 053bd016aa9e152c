"""`timeline.extract.actors.agentless`: who acts in a passive that names no agent (the sentences are ours)."""

from __future__ import annotations

import pytest

from tests.extract.test_events import extract

PASSIVES = [
    # name, text, the subtype, its actor
    ("summoned-to-a-ministry", "Russia's ambassador was summoned to the Latvian Foreign Ministry on Monday.",
     "protest", "Latvian Foreign Ministry"),
    ("summoned-in-a-datelined-story", "VILNIUS — The Belarusian envoy was summoned on Monday.", "protest",
     "Lithuania"),
    ("closed-at-a-states-airports", "Flights were suspended at Karachi and Lahore airports on Monday.",
     "suspension", "Pakistan"),
    ("a-states-own-airspace", "Iran closed its airspace on Friday. Jordan's airspace has been closed to all civilian "
     "flights.", "airspace-closure", "Jordan"),
    ("placed-on-a-list", "Kovac was placed on Interpol's most wanted list on Monday.", "", "Interpol"),
    ("forces-deployed", "Polish troops were deployed to the border on Monday.", "deployment", "Polish armed forces"),
    ("scrambled-in-a-states-story", "Finland protested the incursion. Fighter jets were scrambled on Monday.", "",
     "Finnish armed forces"),
]


@pytest.mark.parametrize(("text", "subtype", "actor"), [pytest.param(t, s, a, id=n) for n, t, s, a in PASSIVES])
def test_the_actor_of_a_passive_with_no_agent(text: str, subtype: str, actor: str) -> None:
    got = [(m.subtype, m.actor) for m in extract(text) if m.event_type != "statement" or m.subtype == "protest"]
    assert any(a == actor and (not subtype or s == subtype) for s, a in got), got
