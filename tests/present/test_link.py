"""A view as the query string of its link: written with only what differs from the defaults, read back whatever
the link holds."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.present.link import PARAM_KEYS, from_params, to_params
from timeline.store.query import Filters


@pytest.mark.parametrize("filters", [
    Filters(),
    Filters(actors=("Russian Navy", "Iran, Islamic Republic of"), types=("statement",), text="ship & sea"),
    Filters(modalities=(), date_from=date(2025, 1, 1), date_to=date(2025, 2, 1), min_sources=3, event="e-9"),
    Filters(countries=("(unknown)",), outlets=("A+B",), articles=("x",), modalities=("denied",)),
])
def test_query_params_round_trip(filters: Filters) -> None:
    assert from_params(to_params(filters)) == filters


def test_default_view_has_an_empty_query_string() -> None:
    assert to_params(Filters()) == {}


def test_every_query_key_is_declared() -> None:
    full = Filters(actors=("a",), countries=("c",), types=("statement",), outlets=("o",), articles=("x",),
                   modalities=("denied",), date_from=date(2025, 1, 1), date_to=date(2025, 2, 1), text="t",
                   min_sources=2, event="e")
    assert set(to_params(full)) == set(PARAM_KEYS)


@pytest.mark.parametrize(("params", "expected"), [
    ({"from": "2025-13-45", "min_sources": "-2"}, Filters()),
    ({"type": ["statement", "bogus"], "status": "asserted"}, Filters(types=("statement",), modalities=("asserted",))),
    ({"actor": "Hamas", "q": " drones "}, Filters(actors=("Hamas",), text="drones")),
    ({"unknown": "x", "min_sources": "abc"}, Filters()),
])
def test_from_params_ignores_what_it_cannot_read(params: dict[str, str | list[str]], expected: Filters) -> None:
    assert from_params(params) == expected
