"""The view in the URL made valid for the data at hand, and what the page says when nothing matches."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.present.test_views import crisis_mentions
from timeline.store.query import Filters, summary_choices
from ui import sources
from ui.url_state import empty_hint, restrict_to


@pytest.fixture
def crisis() -> pd.DataFrame:
    return crisis_mentions()


def restrict(filters: Filters, mentions: pd.DataFrame) -> Filters:
    """`filters` made valid for an events table of `mentions`, as the timeline page does on a session's first run."""
    catalog = sources.table_of(mentions).catalog
    return restrict_to(filters, catalog.options, catalog.bounds, catalog.most)


def test_restrict_drops_choices_missing_from_the_data(crisis: pd.DataFrame) -> None:
    got = restrict(Filters(actors=("Russian Navy", "Gone Actor"), outlets=("Wire", "Old")), crisis)
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
    assert restrict(given, crisis) == expected


@pytest.mark.parametrize(("filters", "must_say"), [
    (Filters(actors=("X",), text="y"), ["actor", "search text", "Reset"]),
    (Filters(modalities=("asserted",)), ["status", "planned, threatened"]),
    (Filters(), ["empty"]),
])
def test_empty_hint_names_the_narrowing_filters(filters: Filters, must_say: list[str]) -> None:
    hint = empty_hint(filters)
    for words in must_say:
        assert words in hint

def test_restrict_to_a_summary_s_choices() -> None:
    options = summary_choices({"actor": {"EU": 2, "Iran Navy": 5}})
    wanted = Filters(actors=("EU", "Nobody"), articles=("a9",), date_from=date(2026, 1, 5), date_to=date(2024, 1, 1),
                     min_sources=40)
    fixed = restrict_to(wanted, options, (date(2025, 1, 1), date(2025, 6, 30)), 10)
    assert fixed.actors == ("EU",)
    assert fixed.articles == ("a9",)  # no article list in a summary: kept, the query decides
    assert (fixed.date_from, fixed.date_to) == (None, None)  # swapped, then both outside the span
    assert fixed.min_sources == 10
