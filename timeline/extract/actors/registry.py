"""Actors: the registry in actors.csv, the country table in countries.csv (both beside this module, shipped with
the package), and lookups on them.

Entry points: `Actor`, `Registry` (`Registry.load(path)`, `Registry.default()`), both in the library's public
interface, `timeline.__all__`.

`actors.csv` has the columns `name,aliases,kind,country,role`: the canonical name, other names
separated by `|`, the kind (person, organisation or state), the actor's country and its role
(president, foreign minister, military, ministry, government, party, media, ...). `countries.csv`
(`country,aliases,demonyms,seats`) maps "U.S.", "American", "Washington" or "the Kremlin" to a country.
Users extend both files without touching code. Resolving a phrase in context ("the president", "he",
"the Trump administration") is `timeline.extract.actors.resolve`'s job; this module only knows names.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.errors import InputError
from timeline.extract.lexicon.actors import GOVERNING_ROLE_WORDS, MINISTRY_NAMES

ACTORS_FILE = Path(__file__).resolve().with_name("actors.csv")
COUNTRIES_FILE = ACTORS_FILE.with_name("countries.csv")
ACTOR_COLUMNS = ("name", "aliases", "kind", "country", "role")
COUNTRY_COLUMNS = ("country", "aliases", "demonyms", "seats")
KINDS = ("person", "organisation", "state")
ARMED_GROUP = "armed group"  # the role of a non-state armed group (Hamas, al-Shabaab, M23)
PRIVATE = "private"  # a named person with no office title: may act (sign, deploy) but is never quoted as an actor
# Roles whose holders report on or comment the crisis rather than act in it: never the actor of an event.
NAMED = "named"  # an untitled person the article names in several sentences: a figure of the story, who acts
HUMANITARIAN = "humanitarian"  # the Red Cross, an aid agency: may act (suspend aid) but its words are no statement
NON_ACTING_ROLES = frozenset({"media", "think tank", "analyst", "expert", "commentator", PRIVATE, HUMANITARIAN})
# Roles whose holders may act (sign, deploy, suspend aid) but whose words are never a crisis statement.
SILENT_ROLES = frozenset({PRIVATE, HUMANITARIAN})


@dataclass(frozen=True)
class Actor:
    """A person, organisation or state that can act or speak in an event: a row of actors.csv, or one found in
    context (a country's armed forces, a person the article names)."""

    name: str  # canonical name
    country: str
    kind: str  # person, organisation, state
    role: str = ""

    @property
    def acts(self) -> bool:
        """Whether this actor can be the actor of an event (not a news outlet, think tank or analyst)."""
        return self.role not in NON_ACTING_ROLES

    @property
    def is_military(self) -> bool:
        return self.role == "military"

    @property
    def is_government(self) -> bool:
        """A state, a government body, or a person who heads or speaks for one."""
        return self.kind == "state" or self.role in {"government", "ministry"} or any(
            word in self.role for word in GOVERNING_ROLE_WORDS)


_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w.'’-]*")


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip().strip("\"“”'")
    text = re.sub(r"^(?:the)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"'s?$", "", text)
    return text.casefold()


def _split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", where=str(path),
                         fix="check the path, or delete the file to use the bundled one") from exc
    except UnicodeDecodeError as exc:
        raise InputError("is not UTF-8", where=str(path), fix="re-save it as UTF-8") from exc
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader, [])]
    missing = [c for c in columns if c not in header]
    if missing:
        raise InputError(f"has no column(s) {', '.join(missing)} in its header line", where=f"{path}, line 1",
                         fix=f"make the first line `{','.join(columns)}`")
    for line_no, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise InputError(f"has {len(cells)} field(s) but the header has {len(header)}",
                             where=f"{path}, line {line_no}",
                             fix="quote fields that contain commas and separate aliases with |")
        yield line_no, {h: c.strip() for h, c in zip(header, cells, strict=True)}


class Registry:
    """Known actors and countries, with every alias, for the gazetteer and for lookups."""

    def __init__(self, actors: Iterable[tuple[Actor, list[str]]] = (),
                 countries: Iterable[tuple[str, list[str], list[str], list[str]]] = ()) -> None:
        self.actors: list[Actor] = []
        self.aliases: dict[str, list[str]] = {}
        self._by_alias: dict[str, Actor] = {}
        self._by_surname: dict[str, Actor] = {}
        self._country_by_name: dict[str, str] = {}
        self._country_by_demonym: dict[str, str] = {}
        self._country_by_seat: dict[str, str] = {}
        self.country_names: dict[str, list[str]] = {}  # country -> names (canonical first, aliases)
        self.demonyms: dict[str, list[str]] = {}
        self.seats: dict[str, list[str]] = {}
        self._fighters: frozenset[str] | None = None
        for name, aliases, demonyms, seats in countries:
            self.add_country(name, aliases, demonyms, seats)
        for actor, aliases in actors:
            self.add(actor, aliases)

    def add(self, actor: Actor, aliases: Iterable[str] = ()) -> None:
        names = [actor.name, *aliases]
        self._fighters = None
        self.actors.append(actor)
        self.aliases[actor.name] = names
        for alias in names:
            self._by_alias.setdefault(_norm(alias), actor)
        if actor.kind == "person" and " " in actor.name:
            self._by_surname.setdefault(_norm(actor.name.split()[-1]), actor)

    def add_country(self, name: str, aliases: Iterable[str], demonyms: Iterable[str], seats: Iterable[str]) -> None:
        self.country_names[name] = [name, *aliases]
        self.demonyms[name] = list(demonyms)
        self.seats[name] = list(seats)
        for alias in self.country_names[name]:
            self._country_by_name.setdefault(_norm(alias), name)
        for demonym in demonyms:
            self._country_by_demonym.setdefault(_norm(demonym), name)
        for seat in seats:
            self._country_by_seat.setdefault(_norm(seat), name)

    # ---- loading -------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path, countries: str | Path | None = None) -> Registry:
        """Read an actors CSV (and a countries CSV, by default the bundled countries.csv)."""
        actors_path = Path(path)
        countries_path = Path(countries) if countries is not None else COUNTRIES_FILE
        country_rows = []
        for _line, row in _rows(countries_path, COUNTRY_COLUMNS):
            if row["country"]:
                country_rows.append((row["country"], _split(row["aliases"]), _split(row["demonyms"]),
                                     _split(row["seats"])))
        actor_rows = []
        seen: dict[str, int] = {}
        for line, row in _rows(actors_path, ACTOR_COLUMNS):
            where = f"{actors_path}, line {line}"
            if not row["name"]:
                raise InputError("has an empty name", where=where, fix="write the actor's canonical name first")
            if row["kind"] not in KINDS:
                raise InputError(f"has kind {row['kind']!r}", where=where,
                                 fix=f"use one of: {', '.join(KINDS)}")
            if row["name"] in seen:
                raise InputError(f"repeats the actor {row['name']!r} of line {seen[row['name']]}", where=where,
                                 fix="merge the two rows (put extra names in aliases, separated by |)")
            seen[row["name"]] = line
            actor = Actor(row["name"], row["country"], row["kind"], row["role"].casefold())
            actor_rows.append((actor, _split(row["aliases"])))
        return cls(actor_rows, country_rows)

    @classmethod
    def default(cls) -> Registry:
        """The bundled registry: actors.csv and countries.csv, read again only when either changes."""
        return _default_registry(_stamp(ACTORS_FILE), _stamp(COUNTRIES_FILE))

    # ---- lookups -------------------------------------------------------------------------------

    def lookup(self, text: str) -> Actor | None:
        """The registered actor named `text` (any alias, case-insensitive), or None."""
        return self._by_alias.get(_norm(text))

    def fighters(self) -> frozenset[str]:
        """The names of the registered actors that fight: armed groups and armed forces (an entity's id in a parse
        is its actor's name), so that "a Hamas attack" names armed force."""
        if self._fighters is None:
            self._fighters = frozenset(a.name for a in self.actors if a.role == ARMED_GROUP or a.is_military)
        return self._fighters

    def by_surname(self, text: str) -> Actor | None:
        return self._by_surname.get(_norm(text))

    def country(self, text: str) -> str | None:
        """The country named by `text` as a name, demonym or seat of government ("Washington")."""
        key = _norm(text)
        found = self._country_by_name.get(key) or self._country_by_demonym.get(key) or self._country_by_seat.get(key)
        if found is None and key.endswith("s"):  # "Iraqis", "Serbs": a demonym's plural names its people
            found = self._country_by_demonym.get(key[:-1])
        return found

    def countries_in(self, text: str) -> frozenset[str]:
        """The countries a short text (a title) names by a name, demonym or seat, longest phrases first."""
        words = _WORD.findall(text)
        found: set[str] = set()
        i = 0
        while i < len(words):
            for n in (4, 3, 2, 1):
                country = self.country(" ".join(words[i: i + n])) if i + n <= len(words) else None
                if country:
                    found.add(country)
                    i += n
                    break
            else:
                i += 1
        return frozenset(found)

    def is_country_name(self, text: str) -> bool:
        return _norm(text) in self._country_by_name or _norm(text) in self._country_by_seat

    def state(self, country: str) -> Actor:
        """The state itself as an actor ("the U.S.", "Washington", "the Venezuelan government")."""
        return Actor(country, country, "state", "government")

    def demonym(self, country: str) -> str:
        """The country's first demonym ("Indian", "Philippine"), else its name: how news names its bodies."""
        return (self.demonyms.get(country) or [country])[0]

    def military(self, country: str) -> Actor:
        """The country's armed forces: the first registered military of that country, else a generic one named as
        news names it ("Indian armed forces", not "India armed forces")."""
        for actor in self.actors:
            if actor.country == country and actor.is_military and actor.kind == "organisation":
                return actor
        return Actor(f"{self.demonym(country)} armed forces", country, "organisation", "military")

    def ministry(self, country: str, kind: str) -> Actor:
        """A ministry ("foreign", "defence", ...) of `country`: registered if listed, else generic."""
        wanted = MINISTRY_NAMES.get(kind, (f"{kind} ministry",))
        for actor in self.actors:
            if actor.country == country and actor.role in {"ministry", "military"} and actor.kind == "organisation" \
                    and any(w in name.casefold() for name in self.aliases[actor.name] for w in wanted):
                return actor  # (the US "foreign ministry" is the State Department)
        return Actor(f"{self.demonym(country)} {kind.title()} Ministry", country, "organisation", "ministry")

    def fingerprint(self) -> str:
        """A text that changes whenever any actor, alias or country changes (cache keys use it)."""
        lines = [f"{a.name}|{a.country}|{a.kind}|{a.role}|{'|'.join(self.aliases[a.name])}" for a in self.actors]
        lines += [f"{c}|{'|'.join(n)}|{'|'.join(self.demonyms[c])}|{'|'.join(self.seats[c])}"
                  for c, n in self.country_names.items()]
        return "\n".join(lines)

    def gazetteer(self) -> list[tuple[str, str, str]]:
        """(label, text, id) for every alias: PERSON/ORG/GPE for actors, GPE/NORP for countries."""
        label_of = {"person": "PERSON", "organisation": "ORG", "state": "GPE"}
        out: list[tuple[str, str, str]] = []
        for actor in self.actors:
            for alias in self.aliases[actor.name]:
                out.append((label_of[actor.kind], alias, actor.name))
        for country, names in self.country_names.items():
            for alias in [*names, *self.seats[country]]:
                out.append(("GPE", alias, "country:" + country))
            for demonym in self.demonyms[country]:
                if _norm(demonym) not in self._country_by_name:
                    out.append(("NORP", demonym, "country:" + country))
        return out


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError:
        return (0, 0)  # Registry.load reports the missing file
    return (info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=1)
def _default_registry(actors_stamp: tuple[int, int], countries_stamp: tuple[int, int]) -> Registry:
    return Registry.load(ACTORS_FILE, COUNTRIES_FILE)
