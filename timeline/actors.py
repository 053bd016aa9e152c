"""Actors: the registry in data/actors.csv plus named-entity recognition and titles.

Public interface: `Actor`, `Registry` (`Registry.load(path)`, `Registry.default()`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    name: str  # canonical name
    country: str
    kind: str  # person, organisation, state
    role: str = ""


class Registry:
    """Known actors and their aliases (filled in by issue 4)."""
