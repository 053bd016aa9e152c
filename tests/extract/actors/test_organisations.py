"""`timeline.extract.actors.organisations.registered_among`: the registered actor a phrase's named entities name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from timeline.extract.actors.organisations import registered_among
from timeline.extract.actors.registry import Actor, Registry
from timeline.nlp.pipeline import parse_one


def anyone(actor: Actor) -> bool:
    return True


def acting(actor: Actor) -> bool:
    return actor.acts


def military(actor: Actor) -> bool:
    return actor.is_military


CASES: list[tuple[str, str, Callable[[Actor], bool], str | None]] = [
    # name, text, accept, the registered actor found (None: none)
    ("first-entity-wins", "CIA and Pentagon officials met on Monday.", anyone, "CIA"),
    ("filter-skips-to-the-next", "CIA and Pentagon officials met on Monday.", military, "Pentagon"),
    ("multi-word-name", "Tren de Aragua members crossed the border.", acting, "Tren de Aragua"),
    ("an-outlet-does-not-act", "Reuters reporters saw Venezuelan troops.", acting, None),
    ("an-outlet-is-still-registered", "Reuters reporters saw Venezuelan troops.", anyone, "Reuters"),
    ("a-country-names-no-organisation", "Venezuelan troops moved on Monday.", anyone, None),
    ("a-city-names-no-organisation", "The ministers met in Caracas.", anyone, None),
    ("no-entities", "The ministers met again.", anyone, None),
]


@pytest.mark.parametrize(("text", "accept", "want"), [pytest.param(t, a, w, id=n) for n, t, a, w in CASES])
def test_registered_among(text: str, accept: Callable[[Actor], bool], want: str | None) -> None:
    registry = Registry.default()
    found = registered_among(registry, list(parse_one(text, registry)), accept)
    assert (found.actor.name if found is not None else None) == want
    assert found is None or found.source == "registry"


def test_only_the_tokens_given_are_read() -> None:
    registry = Registry.default()
    doc = parse_one("CIA and Pentagon officials met on Monday.", registry)
    assert registered_among(registry, [t for t in doc if t.text != "CIA"], anyone) is not None
    assert registered_among(registry, [t for t in doc if t.text not in {"CIA", "Pentagon"}], anyone) is None
    assert registered_among(registry, [], anyone) is None
