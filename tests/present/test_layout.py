"""Layout: actor lanes, the first visible time range, weekly counts."""

from __future__ import annotations

import pandas as pd
import pytest

from timeline.present import layout, views
from timeline.store.query import UNKNOWN_COUNTRY
from timeline.store.synthetic import mentions_frame


def events(rows: list[dict[str, object]]) -> pd.DataFrame:
    return views.events_of(mentions_frame(rows))


def test_lanes_grouped_by_country_and_ordered_by_activity() -> None:
    tie = events([{"event_id": "a", "actor": "Taiwan MND", "actor_country": "Taiwan"},
                  {"event_id": "b", "actor": "PLA Navy", "actor_country": "China"}])
    table = layout.lanes(tie).sort_values("lane")
    assert list(table["actor"]) == ["PLA Navy", "Taiwan MND"]  # a tie: by country name
    more = events([{"event_id": f"e{i}", "actor": f"A{i % 3}", "actor_country": "X" if i % 3 else ""}
                   for i in range(9)] + [{"event_id": "z", "actor": "Lonely", "actor_country": "Y"}])
    order = layout.lanes(more).sort_values("lane")
    assert list(order["group"]) == ["X", "X", "Y", UNKNOWN_COUNTRY]  # busiest first, unknown last
    assert list(order["actor"])[-1] == "A0"


def test_an_actor_seen_under_two_countries_gets_one_lane() -> None:
    frame = events([{"event_id": "a", "actor": "Wagner", "actor_country": "Russia"},
                    {"event_id": "b", "actor": "Wagner", "actor_country": "Russia"},
                    {"event_id": "c", "actor": "Wagner", "actor_country": "Mali"}])
    table = layout.lanes(frame)
    assert list(table["group"]) == ["Russia"]


def test_too_many_actors_share_an_other_lane() -> None:
    frame = events([{"event_id": f"e{i}", "actor": f"Actor {i:02d}"} for i in range(12)])
    table = layout.lanes(frame, max_lanes=5)
    assert table["lane"].nunique() == 5
    assert (table["label"] == "Other actors (8)").sum() == 8


@pytest.mark.parametrize(("rows", "at_least_days"), [
    ([{"event_id": "only", "date_start": "2025-01-15"}], 28),
    ([{"event_id": "a", "date_start": "2025-01-01"}, {"event_id": "b", "date_start": "2025-06-30"}], 180),
])
def test_initial_range_covers_events_and_is_never_too_narrow(rows: list[dict[str, object]],
                                                             at_least_days: int) -> None:
    frame = events(rows)
    lo, hi = layout.initial_range(frame)
    assert hi - lo >= pd.Timedelta(days=at_least_days)
    assert lo <= frame["date_start"].min() and frame["date_end"].max() < hi


def test_initial_range_skips_a_few_early_outliers() -> None:
    rows: list[dict[str, object]] = [{"event_id": f"e{i}", "date_start": f"2025-10-{i + 1:02d}"} for i in range(25)]
    rows.append({"event_id": "old", "date_start": "2019-01-01", "date_end": "2019-12-31", "date_precision": "year"})
    frame = events(rows)
    lo, hi = layout.initial_range(frame)
    assert pd.Timestamp("2024-01-01") < lo < pd.Timestamp("2025-10-01") < pd.Timestamp("2025-10-25") < hi
    assert layout.outside_initial_range(frame) == 1
    assert layout.outside_initial_range(frame[frame["event_id"] != "old"]) == 0


def test_weekly_counts_start_on_monday_and_sum_to_the_events() -> None:
    frame = events([{"event_id": "a", "date_start": "2025-03-03"}, {"event_id": "b", "date_start": "2025-03-09"},
                    {"event_id": "c", "date_start": "2025-03-10", "event_type": "statement"}])
    weekly = layout.weekly_counts(frame)
    assert weekly.to_dict("records") == [
        {"week": pd.Timestamp("2025-03-03"), "event_type": "deployment", "events": 2},
        {"week": pd.Timestamp("2025-03-10"), "event_type": "statement", "events": 1},
    ]


@pytest.mark.parametrize(("narrow", "wide"), [
    ("US", "United States Navy"),
    ("iiii", "MMMM"),  # letter shapes count, not only their number
    ("Xi Jinping", "Xi Jinping 习近平"),  # CJK takes a whole em
])
def test_label_width_grows_with_the_text(narrow: str, wide: str) -> None:
    assert 0 < layout.label_width(narrow) < layout.label_width(wide)
    assert layout.label_width(wide, font_px=24) == pytest.approx(2 * layout.label_width(wide))


@pytest.mark.parametrize(("labels", "expected"), [
    ([], 60),  # the activity strip's counts and title need room even without lanes
    (["US"], 60),
    (["Islamic Revolutionary Guard Corps"], round(layout.label_width("Islamic Revolutionary Guard Corps"))
     + layout.LABEL_PAD_PX),
])
def test_left_margin_holds_the_longest_label(labels: list[str], expected: int) -> None:
    assert layout.left_margin(labels) == expected


def test_each_country_band_gets_a_header_row_above_its_lanes() -> None:
    frame = events([{"event_id": "a", "actor": "PLA", "actor_country": "China"},
                    {"event_id": "b", "actor": "PLA", "actor_country": "China"},
                    {"event_id": "c", "actor": "MND", "actor_country": "Taiwan"},
                    {"event_id": "d", "actor": "Xi", "actor_country": "China"}])
    table = layout.lanes(frame).sort_values("lane")
    gap = layout.BAND_GAP
    assert list(table["actor"]) == ["PLA", "Xi", "MND"]
    assert list(table["y"]) == pytest.approx([gap, 1 + gap, 2 + 2 * gap])
