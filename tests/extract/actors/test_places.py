"""`timeline.extract.actors.places` and the dateline it serves (`timeline.extract.events.dateline_countries`): the
country of a city or US state the registry does not know."""

from __future__ import annotations

import pytest

from timeline.extract.actors import places
from timeline.extract.actors.registry import Registry
from timeline.extract.events import dateline_countries

DATELINES = [
    # name, the article's first line, the dateline's country (None: no country)
    ("capital-from-the-registry", "NAIROBI, Kenya (AP) -- Police said", "Kenya"),
    ("city-with-a-colon", "KARACHI: Police said on Monday", "Pakistan"),
    ("city-alone", "MIAMI (AP) _ Relatives of the boy said", "United States"),
    ("ap-state-abbreviation", "BUFFALO, N.Y. (AP) -- Authorities said", "United States"),
    ("state-named-in-full", "AMHERST, New York (AP) -- Police said", "United States"),
    ("city-and-its-province", "HAMILTON, Ontario (AP) -- Police said", "Canada"),
    ("city-and-a-date", "JOHANNESBURG, August 7 (Xinhua) -- Police said", "South Africa"),
    ("title-case-with-an-agency", "New Delhi, May 10 (PTI) The army said", "India"),
    ("title-case-with-a-dash", "Abuja — The army said on Saturday", "Nigeria"),
    ("title-case-with-a-hyphen", "Tallinn - The ministry said", "Estonia"),
    ("title-case-with-a-colon", "Islamabad: The ministry said", "Pakistan"),
    ("a-label-is-no-city", "UPDATE: The ministry said", None),
    ("a-title-case-label-is-no-city", "Analysis: why the talks failed", None),
    ("a-sentence-is-no-dateline", "The army said on Monday that it had withdrawn.", None),
    ("an-analysis-is-no-city", "ANALYSIS: Why the talks failed", None),
    ("a-desk-slug-is-no-city", "NEWS STORY\nThe ministry said", None),
]


@pytest.mark.parametrize(("text", "country"), [pytest.param(t, c, id=n) for n, t, c in DATELINES])
def test_dateline_country(text: str, country: str | None) -> None:
    assert dateline_countries(text, Registry.default()) == (frozenset({country}) if country else frozenset())


def test_a_city_with_a_big_namesake_abroad_names_no_country() -> None:
    cities, _, _ = places._gazetteer()
    # every city kept is at least DOMINANCE times its largest namesake in another country
    assert "hyderabad" in cities and cities["hyderabad"] == "IN"  # 7 million against Pakistan's 1.9 million
    assert "london" in cities and cities["london"] == "GB"  # not London, Ontario
    assert places.city_country("Valencia", Registry.default()) is None  # Venezuela's and Spain's: which one?


def test_us_states_by_name_and_abbreviation() -> None:
    assert places.us_state("Mo.") and places.us_state("New York") and places.us_state("NY")
    assert not places.us_state("Ontario")
