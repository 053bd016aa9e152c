"""The query: filtering an events frame, the choices of each list filter (of a frame and of a summary)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.present.test_views import crisis_mentions, ids
from timeline.present import views
from timeline.store.query import UNKNOWN_COUNTRY, Filters, among, apply_filters, choices, summary_choices


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


def test_choices_count_events(crisis: pd.DataFrame) -> None:
    options = choices(views.events_of(crisis), crisis)
    assert options["actors"]["Russian Navy"] == 2
    assert options["outlets"] == {"Wire": 2, "Gazette": 2, "Daily": 1}
    assert next(iter(options["countries"])) == "Russia"


def test_summary_choices() -> None:
    info = {"actor": {"EU": 2, "Iran Navy": 5}, "actor_country": {"": 3, "Iran": 5}, "event_type": {"statement": 1},
            "modality": {"asserted": 7}, "outlet": {"": 1, "Wire": 4}}
    options = summary_choices(info)
    assert list(options["actors"]) == ["Iran Navy", "EU"]
    assert options["countries"] == {"Iran": 5, UNKNOWN_COUNTRY: 3}
    assert options["outlets"] == {"Wire": 4}


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
