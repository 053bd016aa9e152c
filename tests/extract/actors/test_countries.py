"""The country table (timeline/extract/actors/countries.csv): every name, demonym and seat resolves to one country,
and only one."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from timeline.extract.actors.registry import ACTORS_FILE, COUNTRIES_FILE, Registry
from timeline.nlp.pipeline import parse_one


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load(ACTORS_FILE, COUNTRIES_FILE)


def country_rows() -> list[dict[str, str]]:
    with COUNTRIES_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def listed(row: dict[str, str]) -> list[str]:
    """Every string a row lists: its canonical name, aliases, demonyms and seats."""
    return [row["country"], *(part.strip() for column in ("aliases", "demonyms", "seats")
                              for part in row[column].split("|") if part.strip())]


def test_loads_with_the_actor_registry(registry: Registry) -> None:
    assert len(registry.country_names) == len(country_rows())
    assert registry.fingerprint() == Registry.default().fingerprint()


@pytest.mark.parametrize(("text", "country"), [
    # former states, mapped to their continuing state
    ("Serb", "Serbia"), ("Serbian", "Serbia"), ("Yugoslav", "Serbia"), ("Yugoslavia", "Serbia"),
    ("Federal Republic of Yugoslavia", "Serbia"), ("Soviet", "Russia"), ("Soviet Union", "Russia"),
    ("USSR", "Russia"),
    # seats and the buildings that stand for a government
    ("the Kremlin", "Russia"), ("Tehran", "Iran"), ("Downing Street", "United Kingdom"), ("Élysée", "France"),
    ("Quai d'Orsay", "France"), ("Zhongnanhai", "China"), ("Blue House", "South Korea"),
    ("Malacañang", "Philippines"), ("Casa Rosada", "Argentina"), ("Washington, D.C.", "United States"),
    ("Bankova", "Ukraine"), ("N'Djamena", "Chad"), ("Monrovia", "Liberia"), ("Brazzaville", "Republic of the Congo"),
    # demonyms, adjective and noun
    ("Burmese", "Myanmar"), ("Sierra Leonean", "Sierra Leone"), ("Croat", "Croatia"), ("Kosovar", "Kosovo"),
    ("Filipino", "Philippines"), ("Philippine", "Philippines"), ("Pakistani", "Pakistan"), ("Briton", "United Kingdom"),
    ("Azeri", "Azerbaijan"), ("Chadian", "Chad"), ("Bissau-Guinean", "Guinea-Bissau"), ("Sahrawi", "Western Sahara"),
    ("Congolese", "Democratic Republic of the Congo"), ("Serbs", "Serbia"), ("Soviets", "Russia"),
    # current, official and former names
    ("Burma", "Myanmar"), ("DPRK", "North Korea"), ("Republic of Korea", "South Korea"), ("Czechia", "Czech Republic"),
    ("Swaziland", "Eswatini"), ("Timor-Leste", "East Timor"), ("Cabo Verde", "Cape Verde"), ("Türkiye", "Turkey"),
    ("Côte d'Ivoire", "Ivory Coast"), ("Holy See", "Vatican City"), ("State of Palestine", "Palestine"),
    ("Democratic Republic of Congo", "Democratic Republic of the Congo"),
    ("Republic of Congo", "Republic of the Congo"), ("the Gambia", "Gambia"), ("Chad", "Chad"),
    # ambiguous between two countries, or an ordinary word or first name: deliberately unknown
    ("Korean", None), ("Korea", None), ("Persian", None), ("Male", None), ("Victoria", None), ("Pole", None),
    ("CAR", None), ("English", None), ("Sucre", None), ("St. John's", None),
])
def test_country_lookup(registry: Registry, text: str, country: str | None) -> None:
    assert registry.country(text) == country


def test_every_listed_string_names_its_own_country_only(registry: Registry) -> None:
    """A string claimed by two countries resolves to one of them only, so the other's lookup fails here."""
    wrong = [(text, row["country"], registry.country(text)) for row in country_rows() for text in listed(row)
             if registry.country(text) != row["country"]]
    assert wrong == []


def test_every_canonical_name_is_unique_and_present() -> None:
    names = Counter(row["country"] for row in country_rows())
    assert "" not in names
    assert [name for name, count in names.items() if count > 1] == []


@pytest.mark.parametrize(("text", "tagged"), [
    ("The Democratic Republic of Congo accused the Republic of Congo.",
     [("Democratic Republic of Congo", "Democratic Republic of the Congo"),
      ("Republic of Congo", "Republic of the Congo")]),
    ("Guinea-Bissau, Papua New Guinea and Guinea voted.",
     [("Guinea-Bissau", "Guinea-Bissau"), ("Papua New Guinea", "Papua New Guinea"), ("Guinea", "Guinea")]),
    ("Serb forces and Yugoslav troops left; officials in N'Djamena met at the Quai d'Orsay.",
     [("Serb", "Serbia"), ("Yugoslav", "Serbia"), ("N'Djamena", "Chad"), ("Quai d'Orsay", "France")]),
])
def test_gazetteer_tags_the_longest_name_in_text(text: str, tagged: list[tuple[str, str]]) -> None:
    doc = parse_one(text, Registry.default())
    assert [(ent.text, ent.ent_id_.removeprefix("country:")) for ent in doc.ents
            if ent.ent_id_.startswith("country:")] == tagged
