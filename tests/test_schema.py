"""The events contract: good frames pass, each kind of broken frame is named, all problems at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest

from timeline import schema
from timeline.errors import SchemaError


def one_row(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "event_id": "e-1", "mention_id": "m-1", "event_type": "deployment", "subtype": "strike",
        "modality": "asserted", "actor": "United States", "actor_country": "United States", "target": "",
        "date_start": "2025-10-15", "date_end": "2025-10-15", "date_precision": "day", "date_text": "Wednesday",
        "date_basis": "relative", "timex": "2025-10-15", "summary": "United States strike",
        "sentence": "The US struck a boat on Wednesday.", "char_start": 0, "char_end": 34, "article_id": "a1",
        "title": "T", "outlet": "", "url": "", "published": "2025-10-18", "confidence": 0.8, "sources": 1,
        "merge_reason": "", "curated": False,
    }
    row.update(overrides)
    return row


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return schema.coerce(pd.DataFrame(list(rows)))


def test_every_column_has_a_name_dtype_label_and_meaning() -> None:
    assert len(set(schema.COLUMN_NAMES)) == len(schema.COLUMNS)
    for col in schema.COLUMNS:
        assert col.name and col.dtype and col.label and len(col.meaning) > 10


def test_empty_frame_holds_the_contract() -> None:
    assert schema.problems(schema.empty_frame()) == []


def test_good_frame_passes_and_is_returned() -> None:
    good = frame(one_row(), one_row(mention_id="m-2", event_type="statement", subtype=""))
    assert schema.validate(good) is good


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (lambda f: f.drop(columns=["actor"]), "missing column(s): actor"),
        (lambda f: f.assign(confidence=1.5), "confidence outside 0..1"),
        (lambda f: f.assign(date_end=pd.Timestamp("2025-10-01").as_unit("s")), "date_end before date_start"),
        (lambda f: f.assign(actor=pd.array([""], dtype="string")), "column 'actor' is empty in 1 row(s)"),
        (lambda f: f.assign(char_start=pd.array([50], dtype="Int64")), "char_end before char_start"),
        (lambda f: f.assign(event_type="rumour"), "column 'event_type' has unknown value(s) ['rumour']"),
        (lambda f: f.assign(sources=1.5), "column 'sources' has dtype float64, expected Int64"),
        (lambda f: pd.concat([f, f]), "mention_id not unique"),
    ],
    ids=["missing-column", "confidence-range", "reversed-dates", "empty-actor", "offsets", "bad-type", "bad-dtype",
         "dup-id"],
)
def test_each_broken_frame_is_named(break_it: Callable[[pd.DataFrame], pd.DataFrame], message: str) -> None:
    broken = break_it(frame(one_row()))
    found = schema.problems(broken)
    assert any(message in p for p in found), found
    with pytest.raises(SchemaError) as caught:
        schema.validate(broken)
    assert message in str(caught.value) and "Fix:" in str(caught.value)


def test_unknown_category_value_survives_coercion_to_be_named() -> None:
    coerced = schema.coerce(pd.DataFrame([one_row()]).assign(date_basis="guess"))
    assert schema.problems(coerced) == [
        "column 'date_basis' has unknown value(s) ['guess']; allowed: explicit, relative, publication"]


def test_all_problems_are_reported_at_once() -> None:
    broken = frame(one_row(confidence=2.0, date_start="2025-10-20")).drop(columns=["title"])
    found = schema.problems(broken)
    assert len(found) == 3, found


def test_coerce_round_trips_csv_text() -> None:
    as_text = pd.DataFrame([{k: str(v) for k, v in one_row().items()}])
    coerced = schema.coerce(as_text)
    assert schema.problems(coerced) == []
    assert coerced["date_start"].iloc[0] == pd.Timestamp("2025-10-15")
    assert not coerced["curated"].iloc[0]
