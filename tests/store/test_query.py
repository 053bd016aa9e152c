"""Filters: the one filter state of the dashboard and the store: URL form, validity, choices, filtering."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.present.test_views import crisis_mentions, ids
from timeline.present import views
from timeline.store.query import (
    PARAM_KEYS,
    UNKNOWN_COUNTRY,
    Filters,
    among,
    apply_filters,
    choices,
    empty_hint,
    from_params,
    restrict,
    restrict_to,
    summary_choices,
    to_params,
)


@pytest.fixture


def crisis() -> pd.DataFrame:
    return crisis_mentions()


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(), ["e1", "e2", "e4"]),  # planned e3 hidden by default
    (Filters(modalities=("asserted", "planned")), ["e1", "e2", "e3", "e4"]),
    (Filters(actors=("Russian Navy",)), ["e1", "e4"]),
    (Filters(countries=("Ukraine",)), ["e2"]),
    (Filters(countries=(UNKNOWN_COUNTRY,), modalities=("planned",)), ["e3"]),
    (Filters(types=("statement",)), ["e2"]),
    (Filters(date_from=date(2025, 3, 3), date_to=date(2025, 3, 31)), ["e2"]),
    (Filters(date_from=date(2025, 4, 15)), ["e4"]),  # a month range overlapping the window counts
    (Filters(min_sources=2), ["e1"]),
    (Filters(outlets=("Daily",)), ["e1"]),  # any mention's outlet
    (Filters(articles=("a3",)), ["e4"]),
    (Filters(text="black sea"), ["e1"]),  # words of the second mention's sentence
    (Filters(text="ukrainian condemned"), ["e2"]),  # every word must match, anywhere in the row
    (Filters(text="nothing like this"), []),
])


def test_apply_filters(crisis: pd.DataFrame, filters: Filters, expected: list[str]) -> None:
    assert ids(apply_filters(views.events_of(crisis), filters, crisis)) == expected


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


def test_restrict_drops_choices_missing_from_the_data(crisis: pd.DataFrame) -> None:
    got = restrict(Filters(actors=("Russian Navy", "Gone Actor"), outlets=("Wire", "Old")), views.events_of(crisis))
    assert got.actors == ("Russian Navy",)
    assert got.outlets == ("Wire",)


@pytest.mark.parametrize(("given", "expected"), [
    (Filters(date_from=date(2000, 1, 1), date_to=date(2030, 1, 1)), Filters()),
    (Filters(date_from=date(2025, 3, 20), date_to=date(2025, 3, 4)),
     Filters(date_from=date(2025, 3, 4), date_to=date(2025, 3, 20))),
    (Filters(date_from=date(2026, 1, 1)), Filters(date_from=date(2025, 4, 30))),
    (Filters(min_sources=40), Filters(min_sources=2)),
])


def test_restrict_keeps_dates_and_sources_inside_the_data(crisis: pd.DataFrame, given: Filters,
                                                          expected: Filters) -> None:
    assert restrict(given, views.events_of(crisis)) == expected


def test_choices_count_events(crisis: pd.DataFrame) -> None:
    options = choices(views.events_of(crisis), crisis)
    assert options["actors"]["Russian Navy"] == 2
    assert options["outlets"] == {"Wire": 2, "Gazette": 2, "Daily": 1}
    assert next(iter(options["countries"])) == "Russia"


@pytest.mark.parametrize(("filters", "must_say"), [
    (Filters(actors=("X",), text="y"), ["actor", "search text", "Reset"]),
    (Filters(modalities=("asserted",)), ["status", "planned, threatened"]),
    (Filters(), ["empty"]),
])


def test_empty_hint_names_the_narrowing_filters(filters: Filters, must_say: list[str]) -> None:
    hint = empty_hint(filters)
    for words in must_say:
        assert words in hint

def test_summary_choices_and_restrict_to() -> None:
    info = {"actor": {"EU": 2, "Iran Navy": 5}, "actor_country": {"": 3, "Iran": 5}, "event_type": {"statement": 1},
            "modality": {"asserted": 7}, "outlet": {"": 1, "Wire": 4}}
    options = summary_choices(info)
    assert list(options["actors"]) == ["Iran Navy", "EU"]
    assert options["countries"] == {"Iran": 5, UNKNOWN_COUNTRY: 3}
    assert options["outlets"] == {"Wire": 4}
    wanted = Filters(actors=("EU", "Nobody"), articles=("a9",), date_from=date(2026, 1, 5), date_to=date(2024, 1, 1),
                     min_sources=40)
    fixed = restrict_to(wanted, options, (date(2025, 1, 1), date(2025, 6, 30)), 10)
    assert fixed.actors == ("EU",)
    assert fixed.articles == ("a9",)  # no article list in a summary: kept, the query decides
    assert (fixed.date_from, fixed.date_to) == (None, None)  # swapped, then both outside the span
    assert fixed.min_sources == 10

@pytest.mark.parametrize(("column", "values", "expected"), [
    (pd.Series(["e1", "e2", None, "e3"], dtype="string"), pd.Series(["e3", "e1"], dtype="string"),
     [True, False, False, True]),
    (pd.Series(["e1", "e2"], dtype=object), ["e2"], [False, True]),  # object columns and plain lists
    (pd.Series(["e1", "e2"], dtype="string"), [], [False, False]),
    (pd.Series([], dtype="string"), ["e1"], []),
    (pd.Series(["e1", "e2"], dtype="category"), pd.Series(["e1"]), [True, False]),
])


def test_among_is_isin_as_a_bool_array(column: pd.Series, values: object, expected: list[bool]) -> None:
    got = among(column, values)  # type: ignore[arg-type]
    assert got.dtype == bool and got.tolist() == expected
    assert got.tolist() == column.isin(list(values)).fillna(False).tolist()  # type: ignore[call-overload]
