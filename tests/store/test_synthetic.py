"""Synthetic events: schema-valid at any size, deterministic per seed, honest source counts."""

from __future__ import annotations

import pytest

from timeline import schema
from timeline.store.synthetic import mentions_frame, synthetic_events


@pytest.mark.parametrize("n", [1, 7, 500])
def test_synthetic_events_hold_the_contract(n: int) -> None:
    frame = synthetic_events(n, seed=3)
    assert len(frame) == n
    assert schema.problems(frame) == []


def test_same_seed_same_frame_other_seed_other_frame() -> None:
    assert synthetic_events(200, seed=1).equals(synthetic_events(200, seed=1))
    assert not synthetic_events(200, seed=1).equals(synthetic_events(200, seed=2))


def test_sources_count_distinct_articles_and_ranges_match_precision() -> None:
    frame = synthetic_events(2000, seed=5)
    distinct = frame.groupby("event_id")["article_id"].nunique()
    assert (frame.set_index("event_id")["sources"] == distinct.reindex(frame["event_id"]).to_numpy()).all()
    day = frame[frame["date_precision"] == "day"]
    assert (day["date_start"] == day["date_end"]).all()
    month = frame[frame["date_precision"] == "month"]
    assert (month["date_start"].dt.day == 1).all() and (month["date_end"] > month["date_start"]).all()
    assert set(frame["date_basis"].astype(str)) == {"explicit", "relative", "publication"}
    assert (frame.loc[frame["date_basis"] == "publication", "date_text"] == "").all()


def test_zero_rows_and_hand_made_rows() -> None:
    assert synthetic_events(0).empty
    frame = mentions_frame([{"actor": "Iran", "event_id": "x"}, {"actor": "Israel", "event_id": "y"}])
    assert list(frame["mention_id"]) == ["m-0", "m-1"]
    assert schema.problems(frame) == []
