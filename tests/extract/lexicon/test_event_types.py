"""`timeline.extract.lexicon.event_types`: the subtypes are data docs/events.md documents; the documentation must
not drift."""

from __future__ import annotations

import re

import pytest

from tests.fixtures import ROOT
from timeline.extract.lexicon.event_types import SUBTYPES

EVENTS_PAGE = ROOT / "docs" / "events.md"


def _subtype_rows() -> list[list[str]]:
    """The rows of docs/events.md's subtype table (`| type | subtype | family | PLOVER | CAMEO |`)."""
    text = EVENTS_PAGE.read_text(encoding="utf-8")
    start = text.index("| type | subtype | family | PLOVER | CAMEO |")
    rows = []
    for line in text[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


@pytest.mark.parametrize("name", sorted(SUBTYPES))
def test_every_subtype_is_in_the_documented_table(name: str) -> None:
    subtype = SUBTYPES[name]
    rows = [r for r in _subtype_rows() if f"`{name}`" in re.findall(r"`[^`]+`", r[1])]
    assert rows, f"docs/events.md's subtype table has no row for `{name}`: add one"
    event_type, _, family, plover, cameo = rows[0]
    assert event_type == subtype.event_type
    assert family == subtype.family
    assert not subtype.plover or subtype.plover in plover
    assert subtype.cameo in re.findall(r"\d+", cameo)


def test_the_documented_table_names_no_subtype_the_code_lacks() -> None:
    named = {n.strip("`") for r in _subtype_rows() for n in re.findall(r"`[^`]+`", r[1])}
    assert named <= set(SUBTYPES), f"docs/events.md names unknown subtype(s): {sorted(named - set(SUBTYPES))}"
