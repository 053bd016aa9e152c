"""The data sources of ui/sources.py: a month-partitioned events dataset (widgets from its summary, one query per
filter change, the first view read from the file stored beside the summary) against an events table in memory."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.test_explore import APP, ROWS, counted, drawn, tabled
from timeline import schema
from timeline.present import figures, views
from timeline.present.link import from_params
from timeline.store import dataset, summary
from timeline.store.query import UNKNOWN_COUNTRY, Filters, apply_filters
from timeline.store.synthetic import mentions_frame, synthetic_events
from ui import sources
from ui.components.table import TABLE_ROWS, view_file

ALL_SHOWN = ["e-drill", "e-fleet", "e-kyiv", "e-sanction"]  # e-plan is planned: hidden by default


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return dataset.write(mentions_frame(ROWS), tmp_path / "ev")


@pytest.fixture
def page(store: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("TIMELINE_EVENTS", str(store))
    return AppTest.from_file(APP, default_timeout=60)


def read_counts(at: AppTest) -> tuple[int, int]:
    """(mentions read for the filters, mentions in the store), from the page's caption."""
    for caption in at.caption:
        found = re.search(r"([\d,]+) of ([\d,]+) mentions read", caption.value)
        if found:
            return int(found[1].replace(",", "")), int(found[2].replace(",", ""))
    raise AssertionError("no 'mentions read' caption on the page")


def test_opens_on_the_dataset_and_draws_what_happened(page: AppTest) -> None:
    page.run()
    assert not page.exception
    assert drawn(page) == ALL_SHOWN
    assert tabled(page) == ALL_SHOWN
    assert read_counts(page) == (len(ROWS) - 1, len(ROWS))  # the planned event is not even read
    assert "Russian Navy" in page.multiselect(key="f_actors").options[0]  # choices come from the summary


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("f_actors", ["Russian Navy"], ["e-drill", "e-fleet"]),
    ("f_types", ["statement"], ["e-kyiv"]),
    ("f_countries", [UNKNOWN_COUNTRY], ["e-sanction"]),
    ("f_modalities", ["planned"], ["e-plan"]),
    ("f_outlets", ["Daily"], ["e-fleet"]),
])
def test_filters_query_only_what_matches(page: AppTest, store: Path, key: str, value: list[str],
                                         expected: list[str]) -> None:
    page.run()
    page.multiselect(key=key).set_value(value).run()
    assert not page.exception
    assert drawn(page) == expected
    assert tabled(page) == expected
    loaded, total = read_counts(page)
    chosen = from_params({k: v for k, v in page.query_params.items()})  # the view, as its URL says
    assert loaded == len(dataset.query(store, chosen, whole_events=True))
    assert loaded < total == len(ROWS)  # the store was not read whole


def test_no_status_chosen_reads_nothing_and_says_what_to_do(page: AppTest, store: Path) -> None:
    result = sources.query_view(str(store), Filters(modalities=()))
    assert result.loaded == 0 and result.events.empty and list(result.mentions.columns) == list(views.VIEW_COLUMNS)
    page.run()
    page.multiselect(key="f_modalities").set_value([]).run()
    assert not page.exception
    assert drawn(page) == [] and read_counts(page) == (0, len(ROWS))
    assert any("add them under Status" in i.value for i in page.info)


def test_date_window_and_text_search(page: AppTest) -> None:  # (no match, a link: tests/ui/test_explore.py)
    page.run()
    page.date_input(key="f_dates").set_value((date(2025, 4, 10), date(2025, 4, 30))).run()
    assert drawn(page) == ["e-drill", "e-sanction"]
    assert page.query_params["from"] == "2025-04-10"
    page.text_input(key="f_text").set_value("sanctioned").run()
    assert drawn(page) == ["e-sanction"]


def test_reset_and_a_broken_dataset(page: AppTest, store: Path) -> None:
    page.query_params["type"] = "statement"
    page.run()
    assert drawn(page) == ["e-kyiv"]
    page.button(key="reset").click().run()
    assert drawn(page) == ALL_SHOWN
    (store / dataset.SUMMARY).write_text("{not json", encoding="utf-8")
    broken = AppTest.from_file(APP, default_timeout=60)
    broken.run()
    assert not broken.exception
    assert any("no readable" in e.value for e in broken.error)  # the reason and the fix, no traceback


CASES = {
    "default": Filters(),
    "actors and dates": Filters(actors=("Iran Navy", "China Navy"), date_from=date(2025, 9, 1),
                                date_to=date(2025, 10, 15)),
    "text, types, all statuses": Filters(text="warned", types=("statement",), modalities=schema.MODALITIES),
    "text, types, no status": Filters(text="warned", types=("statement",), modalities=()),
    "sources and country": Filters(min_sources=2, countries=("Iran", "Israel"), modalities=("asserted", "planned")),
}


@pytest.mark.parametrize("name", list(CASES))
def test_query_view_equals_filtering_the_whole_table(tmp_path: Path, name: str) -> None:
    frame = synthetic_events(3_000, seed=5, n_actors=30)
    path = str(dataset.write(frame, tmp_path / "ev"))
    filters = CASES[name]
    result = sources.query_view(path, filters)
    everything = sources.table_of(frame).events
    expected = apply_filters(everything, filters, frame)
    assert sorted(result.events["event_id"]) == sorted(expected["event_id"])
    assert set(result.mentions["event_id"]) == set(expected["event_id"])
    assert len(result.mentions) == int(frame["event_id"].isin(expected["event_id"]).sum())
    if name != "default":
        assert result.loaded < len(frame)


@pytest.fixture
def big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store 'large' for a first view of 1,000 mentions (at least 7 days)."""
    monkeypatch.setattr(summary, "FIRST_VIEW", 1_000)
    path = dataset.write(synthetic_events(6_000, seed=7, n_actors=20, days=120), tmp_path / "ev")
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    return path


def test_a_large_store_opens_on_its_latest_days_within_a_budget(big: Path) -> None:
    info = dataset.summary(big)
    window = summary.first_window(info)
    assert window is not None and not window.estimated
    assert window.latest == date.fromisoformat(info["start_max"]) < date.fromisoformat(info["date_max"])  # starts
    assert window.days >= summary.MIN_DAYS
    every = schema.MODALITIES  # the window counts mentions of every status
    assert window.mentions == dataset.count(big, Filters(date_from=window.date_from, modalities=every))
    assert window.mentions <= 1_000 or window.days == summary.MIN_DAYS  # the budget, or the floor of days
    wider = window.date_from - timedelta(days=1)
    assert window.days == summary.MIN_DAYS or dataset.count(big, Filters(date_from=wider, modalities=every)) > 1_000

    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert at.date_input(key="f_dates").value[0] == window.date_from
    assert at.query_params["from"] == window.date_from.isoformat()
    note = " ".join(i.value for i in at.info)
    assert f"opens on its latest {window.days} days, {window.date_from} to {window.latest}" in note
    assert f"{window.mentions:,} mentions" in note and "from=YYYY-MM-DD" in note and f"from={info['date_min']}" in note
    shown = sources.query_view(str(big), Filters(date_from=window.date_from)).events
    assert sorted(drawn(at)) == sorted(shown["event_id"].astype(str))
    assert (shown["date_end"] >= pd.Timestamp(window.date_from)).all()
    assert read_counts(at)[0] <= window.mentions


def test_the_first_view_is_read_from_its_stored_file_not_the_store(big: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    def no_query(*args: object, **kwargs: object) -> None:
        raise AssertionError("the first view queried the store")

    window = summary.first_window(dataset.summary(big))
    assert window is not None
    expected = sources.query_view(str(big), Filters(date_from=window.date_from)).events
    monkeypatch.setattr(dataset, "query", no_query)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert sorted(drawn(at)) == sorted(expected["event_id"].astype(str))
    at.multiselect(key="f_actors").set_value([at.multiselect(key="f_actors").options[0].rsplit(" (", 1)[0]]).run()
    assert any("the first view queried the store" in e.value for e in at.error)  # any other view queries it


def test_a_link_with_dates_or_wider_dates_leave_the_window(big: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["from"] = "2025-08-01"  # the first day: everything
    at.run()
    assert not at.exception
    assert not any("opens on its latest" in i.value for i in at.info)
    assert read_counts(at)[0] > 1_000
    at.button(key="reset").click().run()  # Reset goes back to the first view
    assert any("opens on its latest" in i.value for i in at.info)


def test_a_store_within_the_budget_opens_whole(store: Path) -> None:
    assert summary.first_window(dataset.summary(store)) is None


def test_a_large_view_lists_the_latest_events_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frame = synthetic_events(12_000, seed=3, n_actors=20)  # more events than the table lists
    monkeypatch.setenv("TIMELINE_EVENTS", str(dataset.write(frame, tmp_path / "ev")))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    shown = sources.query_view(str(tmp_path / "ev"), Filters()).events
    assert len(shown) > TABLE_ROWS
    listed = next(d.value for d in at.dataframe if "Event" in d.value.columns)
    assert list(listed["Event"].astype(str)) == list(shown["event_id"].tail(TABLE_ROWS).astype(str))
    note = " ".join(i.value for i in at.info)
    assert f"Listing the {TABLE_ROWS:,} latest of {len(shown):,} events" in note and "download" in note
    assert figures.aggregated(shown) and set(drawn(at)) <= set(shown["event_id"].astype(str))
    assert counted(at) == len(shown)  # the chart has them all, grouped
    assert len(at.get("download_button")) == 3  # every mention of every event shown: CSV, JSON and the brief


def test_the_view_reads_no_sentences_yet_the_detail_shows_them(page: AppTest, store: Path) -> None:
    result = sources.query_view(str(store), Filters())
    assert "sentence" not in result.mentions and "title" not in result.mentions and "url" not in result.events
    page.query_params["event"] = "e-fleet"
    page.run()
    assert not page.exception
    shown = " ".join(m.value for m in page.markdown)
    assert "<blockquote>Warships sailed <mark>on Sunday</mark>.<br>— An article, Daily</blockquote>" in shown
    assert "same actor, type and day" in shown  # the merge reason
    cited = next(d.value for d in page.dataframe if "url" in d.value.columns)
    assert list(cited["title"]) == ["An article"] * 2 and list(cited["url"]) == ["https://example.org/a1"] * 2


@pytest.mark.parametrize("chosen", [Filters(), Filters(text="navy warned", modalities=schema.MODALITIES),
                                    Filters(min_sources=2, date_from=date(2025, 10, 1), outlets=("Wire A",))])
def test_downloads_and_details_of_a_store_view_are_those_of_the_table_in_memory(tmp_path: Path,
                                                                                chosen: Filters) -> None:
    from timeline.export import tables as export

    path = str(dataset.write(synthetic_events(3_000, seed=5, n_actors=30), tmp_path / "ev"))
    table = dataset.read(path)  # the same mentions in memory (in stored order)
    memory = sources.TableSource(path, lambda: sources.table_of(table))
    expected = memory.view(chosen)
    store = sources.DatasetSource(path)
    result = store.view(chosen)  # as the timeline page reads it (not the stored first view: the store is small)
    assert len(expected.events) > 0 and "sentence" not in result.mentions
    common = [c for c in expected.events.columns if c in result.events.columns]  # no sentences, titles... in a view
    assert set(expected.events.columns) - set(common) == {c for c in schema.COLUMN_NAMES
                                                          if c not in views.VIEW_COLUMNS}
    pd.testing.assert_frame_equal(result.events[common], expected.events[common].reset_index(drop=True))
    brief = partial(export.export_bytes, fmt="markdown", filters=chosen)
    for write in (export.to_csv_bytes, export.to_json_bytes, brief):
        assert view_file(write, store, result) == view_file(write, memory, expected)
    for event_id in expected.events["event_id"].iloc[[0, -1]]:
        ours, theirs = views.detail(store.rows_of(result, [event_id]), event_id), views.detail(table, event_id)
        assert ours is not None and theirs is not None and ours.event == theirs.event
        pd.testing.assert_frame_equal(ours.mentions, theirs.mentions)
        pd.testing.assert_frame_equal(ours.sources, theirs.sources)


def test_a_detail_that_cannot_be_read_says_so(page: AppTest, store: Path) -> None:
    page.run()
    (store / "month=2025-03" / "part-0.parquet").write_bytes(b"not parquet")  # damaged after the view was read
    page.selectbox(key="event").set_value("e-fleet").run()
    assert not page.exception
    assert drawn(page) == ALL_SHOWN  # the view is still drawn (cached)
    assert any("cannot be read" in e.value for e in page.error)  # the reason and the fix, no traceback


def test_a_grouped_view_says_what_a_marker_stands_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frame = synthetic_events(24_000, seed=3, n_actors=20, days=365)  # within the first view's budget: all of it
    monkeypatch.setenv("TIMELINE_EVENTS", str(dataset.write(frame, tmp_path / "ev")))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    shown = sources.query_view(str(tmp_path / "ev"), Filters()).events
    assert figures.aggregated(shown) and figures.group_period(shown) == (7, "that week")  # a year of events
    assert any("each marker stands for one actor's events of one type that week," in c.value for c in at.caption)
