"""The month-partitioned Parquet store: exact round trip, filters pushed down, atomic rewrites."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from tests.fixtures import ROOT
from tests.test_schema import frame, one_row
from timeline import schema
from timeline.errors import StoreError
from timeline.store import dataset, summary
from timeline.store.query import Filters


def every(**fields: Any) -> Filters:
    """`Filters` over every status unless `modalities` is given (the dashboard's default shows what happened)."""
    return Filters(**{"modalities": schema.MODALITIES, **fields})


# Six mentions of four events in three months, from other crises than the seed articles.
ROWS = (
    one_row(event_id="e-kyiv", mention_id="m-1", actor="Russia", actor_country="Russia", target="Ukraine",
            date_start="2024-02-24", date_end="2024-02-24", sentence="Russian troops crossed into Ukraine.",
            summary="Russia deployed troops to Ukraine", article_id="a1", outlet="Wire A", sources=2),
    one_row(event_id="e-kyiv", mention_id="m-2", actor="Russia", actor_country="Russia", target="Ukraine",
            date_start="2024-02-24", date_end="2024-02-24", sentence="Columns of tanks entered Ukraine at dawn.",
            summary="Russia deployed tanks", article_id="a2", outlet="Daily B", sources=2),
    one_row(event_id="e-strait", mention_id="m-3", actor="China", actor_country="China", target="Taiwan",
            date_start="2024-03-01", date_end="2024-03-31", date_precision="month", modality="planned",
            sentence="Beijing plans drills around Taiwan in March.", summary="China plans drills", article_id="a3"),
    one_row(event_id="e-list", mention_id="m-4", event_type="designation", subtype="sanction", actor="European Union",
            actor_country="", target="Iran", date_start="2024-04-15", date_end="2024-04-15",
            sentence="The EU sanctioned Iranian drone makers.", summary="EU sanctioned Iran", article_id="a4"),
    one_row(event_id="e-list", mention_id="m-5", event_type="designation", subtype="sanction", actor="European Union",
            actor_country="", target="Iran", date_start="2024-04-15", date_end="2024-04-15", modality="claimed",
            sentence="Diplomats said the listing took effect.", summary="EU sanctioned Iran", article_id="a5"),
    one_row(event_id="e-sudan", mention_id="m-6", event_type="statement", subtype="warning", actor="Sudan Army",
            actor_country="Sudan", target="RSF", date_start="2024-01-10", date_end="2024-06-30",
            date_precision="season", sentence="The army warned the RSF again.", summary="Sudan Army warned RSF",
            article_id="a6"),
)


@pytest.fixture
def events() -> pd.DataFrame:
    return frame(*ROWS)


@pytest.fixture
def store(tmp_path: Path, events: pd.DataFrame) -> Path:
    return dataset.write(events, tmp_path / "events")


def by_mention(table: pd.DataFrame) -> pd.DataFrame:
    return table.sort_values("mention_id").reset_index(drop=True)


def test_round_trip_is_exact(store: Path, events: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(by_mention(dataset.read(store)), by_mention(events))


def test_one_directory_per_month(store: Path) -> None:
    months = sorted(p.name for p in store.iterdir() if p.is_dir())
    assert months == ["month=2024-01", "month=2024-02", "month=2024-03", "month=2024-04"]


def test_summary_answers_the_first_paint(store: Path) -> None:
    info = dataset.summary(store)
    assert (info["rows"], info["events"], info["date_min"], info["date_max"]) == (6, 4, "2024-01-10", "2024-06-30")
    assert info["event_type"] == {"deployment": 3, "designation": 2, "statement": 1}
    assert info["months"] == {"2024-01": 1, "2024-02": 2, "2024-03": 1, "2024-04": 2}
    assert info["start_max"] == "2024-04-15"  # the latest event start, not the latest end (date_max)
    assert info["end_days"] == {"2024-02-24": 2, "2024-03-31": 1, "2024-04-15": 2, "2024-06-30": 1}


@pytest.mark.parametrize(("budget", "min_days", "expected"), [
    (3, 1, summary.Window(date(2024, 4, 1), date(2024, 4, 15), 3)),  # the earliest start with at most 3
    (1, 7, summary.Window(date(2024, 4, 9), date(2024, 4, 15), 3)),  # over budget: at least the last 7 days
    (6, 1, None),  # the whole store fits
    (5, 200, None),  # the floor of days reaches back past the first event
], ids=["budget", "floor", "fits", "floor-covers-all"])
def test_recent_window_holds_a_budget_of_mentions(store: Path, budget: int, min_days: int,
                                                  expected: summary.Window | None) -> None:
    window = summary.recent_window(dataset.summary(store), budget, min_days)
    assert window == expected
    if window:  # the count is what the date filter reads
        assert dataset.count(store, every(date_from=window.date_from)) == window.mentions
        assert window.days == (window.latest - window.date_from).days + 1


def test_recent_window_of_a_summary_without_day_counts(store: Path) -> None:
    info = {k: v for k, v in dataset.summary(store).items() if k not in ("start_max", "end_days")}  # older stores
    window = summary.recent_window(info, 3, 1)
    # the last month with starts, cut at date_max; each month's count spread over its days: an estimate
    assert window == summary.Window(date(2024, 3, 1), date(2024, 4, 30), 3, estimated=True)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (every(), ["m-1", "m-2", "m-3", "m-4", "m-5", "m-6"]),
        (every(types=("designation",)), ["m-4", "m-5"]),
        (every(actors=("China", "Sudan Army")), ["m-3", "m-6"]),
        (every(countries=("(unknown)",)), ["m-4", "m-5"]),
        (every(modalities=("asserted",)), ["m-1", "m-2", "m-4", "m-6"]),
        (every(outlets=("Daily B",)), ["m-2"]),
        (every(articles=("a3", "a4")), ["m-3", "m-4"]),
        (every(date_from=date(2024, 3, 15)), ["m-3", "m-4", "m-5", "m-6"]),  # ranges that overlap count
        (every(date_to=date(2024, 2, 29)), ["m-1", "m-2", "m-6"]),
        (every(date_from=date(2024, 3, 10), date_to=date(2024, 3, 20)), ["m-3", "m-6"]),
        (every(text="ukraine"), ["m-1", "m-2"]),
        (every(text="tanks dawn"), ["m-2"]),
        (every(min_sources=2), ["m-1", "m-2"]),
        (every(types=("deployment",), text="taiwan"), ["m-3"]),
        (every(text="no such words"), []),
        (Filters(), ["m-1", "m-2", "m-4", "m-5", "m-6"]),  # the dashboard's default: what happened (m-3 is planned)
        (Filters(modalities=(), event="e-kyiv"), ["m-1", "m-2", "m-3", "m-4", "m-5", "m-6"]),  # the open event is
        # no filter; no status chosen reads every status (the view then shows none: filters.apply_filters)
    ],
    ids=["none", "type", "actors", "unknown-country", "modality", "outlet", "articles", "from", "to", "window",
         "text", "all-words", "min-sources", "type-and-text", "nothing", "default", "no-status-open-event"],
)
def test_filters_select_the_same_rows_as_pandas_would(store: Path, filters: Filters, expected: list[str]) -> None:
    result = dataset.query(store, filters)
    assert sorted(result["mention_id"]) == expected
    assert dataset.count(store, filters) == len(expected)
    assert schema.problems(result) == [] or result.empty


def test_whole_events_brings_every_mention_of_a_matching_event(store: Path) -> None:
    result = dataset.query(store, every(outlets=("Daily B",)), whole_events=True)
    assert sorted(result["mention_id"]) == ["m-1", "m-2"]
    assert dataset.query(store, every(text="nothing like this"), ["event_id"], whole_events=True).empty


def test_only_the_columns_asked_for_are_read(store: Path) -> None:
    result = dataset.query(store, every(types=("statement",)), columns=["event_id", "date_start", "modality"])
    assert list(result.columns) == ["event_id", "modality", "date_start"]  # in the contract's order
    assert [str(t) for t in result.dtypes] == ["string", "category", "datetime64[s]"]


def test_unknown_column_is_named(store: Path) -> None:
    with pytest.raises(StoreError, match=r"has no column\(s\) colour.*Fix: ask for columns of the schema"):
        dataset.query(store, columns=["event_id", "colour"])


@pytest.mark.parametrize("budget", [3, 6], ids=["latest days", "whole store"])
def test_the_first_view_is_stored_beside_the_summary(tmp_path: Path, events: pd.DataFrame,
                                                     monkeypatch: pytest.MonkeyPatch, budget: int) -> None:
    monkeypatch.setattr(summary, "FIRST_VIEW", budget)
    monkeypatch.setattr(summary, "MIN_DAYS", 1)
    path = dataset.write(events, tmp_path / "events")
    info = dataset.summary(path)
    window = summary.first_window(info)
    chosen = summary.first_view_filters(info)
    assert chosen == Filters(date_from=window.date_from if window else None)  # the default view from its window
    expected = dataset.query(path, chosen, whole_events=True)
    assert len(expected) == info["first_view"]["mentions"] > 0
    pd.testing.assert_frame_equal(dataset.read_first_view(path), expected)
    columns = ["event_id", "actor", "date_start"]
    pd.testing.assert_frame_equal(dataset.read_first_view(path, columns),
                                  dataset.query(path, chosen, columns, whole_events=True))
    assert len(dataset.read(path)) == len(events)  # never read as a partition


def test_a_store_written_before_first_views_has_none(store: Path) -> None:
    (store / dataset.FIRST_VIEW_FILE).unlink()
    info = {k: v for k, v in dataset.summary(store).items() if k != "first_view"}
    assert summary.first_view_filters(info) is None
    with pytest.raises(StoreError, match="has no readable first view"):
        dataset.read_first_view(store)


def test_rewrite_replaces_the_archive_and_leaves_nothing_behind(tmp_path: Path, store: Path,
                                                               events: pd.DataFrame) -> None:
    dataset.write(events.iloc[:2], store)
    assert sorted(dataset.read(store)["mention_id"]) == ["m-1", "m-2"]
    assert not (store / "month=2024-04").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events"]


def test_a_failed_write_keeps_the_old_archive(store: Path, events: pd.DataFrame) -> None:
    broken = events.copy()
    broken.loc[0, "actor"] = ""
    with pytest.raises(Exception, match="actor"):
        dataset.write(broken, store)
    assert len(dataset.read(store)) == len(events)


@pytest.mark.parametrize("make", ["missing", "file", "plain-folder"])
def test_not_a_dataset_is_named_with_the_fix(tmp_path: Path, make: str) -> None:
    path = tmp_path / "events"
    if make == "file":
        path.write_text("x")
    elif make == "plain-folder":
        path.mkdir()
    with pytest.raises(StoreError, match=r"events: is not an events dataset.*Fix: build it with"):
        dataset.query(path)


def test_writing_over_a_file_is_refused(tmp_path: Path, events: pd.DataFrame) -> None:
    path = tmp_path / "events.parquet"
    path.write_text("x")
    with pytest.raises(StoreError, match="is a file, not a dataset directory"):
        dataset.write(events, path)


def test_empty_archive_round_trips(tmp_path: Path) -> None:
    path = dataset.write(schema.empty_frame(), tmp_path / "empty")
    assert dataset.read(path).empty and dataset.summary(path)["rows"] == 0


@pytest.mark.slow
def test_extract_writes_a_dataset_and_rebuilds_from_the_cache(tmp_path: Path) -> None:
    from timeline import cli

    articles = ROOT / "data" / "articles"
    out, rows = tmp_path / "events", tmp_path / "rows"
    args = ["extract", str(articles), "--dataset", str(out), "--cache", str(rows), "--workers", "1", "--quiet"]
    assert cli.main(args) == 0
    first = by_mention(dataset.read(out))
    assert len(first) > 0 and list((rows).glob("*/pack.parquet"))
    assert cli.main(["extract", str(articles), "--out", f"{out}/", "--cache", str(rows), "--quiet"]) == 0
    pd.testing.assert_frame_equal(by_mention(dataset.read(out)), first)


def test_writing_over_a_folder_of_other_files_is_refused_and_keeps_them(tmp_path: Path, events: pd.DataFrame) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match=r"holds other files.*Fix: choose a new or empty folder"):
        dataset.write(events, folder)
    assert (folder / "keep.txt").read_text(encoding="utf-8") == "mine"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert dataset.is_dataset(dataset.write(events, empty))  # an empty folder is fine


def test_mentions_of_reads_every_mention_of_the_events_asked_for(store: Path, events: pd.DataFrame) -> None:
    everything = dataset.read(store)
    wanted = everything.loc[everything["event_id"].isin(["e-sudan", "e-list"])].reset_index(drop=True)
    pd.testing.assert_frame_equal(dataset.mentions_of(store, ["e-list", "e-sudan"]), wanted)  # stored order
    months = dataset.months_of(wanted)
    assert months == ("2024-01", "2024-04")  # by date_start: e-sudan runs to June but starts in January
    pd.testing.assert_frame_equal(dataset.mentions_of(store, ["e-list", "e-sudan"], months=months), wanted)
    narrow = dataset.mentions_of(store, ["e-list"], ["event_id", "sentence"])
    assert list(narrow["sentence"]) == ["The EU sanctioned Iranian drone makers.",
                                        "Diplomats said the listing took effect."]
    none = dataset.mentions_of(store, [])
    pd.testing.assert_frame_equal(none, everything.iloc[0:0])  # nothing read, the contract's columns and dtypes
    with pytest.raises(StoreError, match=r"has no column\(s\) colour"):
        dataset.mentions_of(store, [], ["colour"])


def test_whole_events_of_some_columns_are_those_columns_of_all(store: Path) -> None:
    from timeline.present.views import VIEW_COLUMNS

    chosen = every(text="Ukraine")
    full = dataset.query(store, chosen, whole_events=True)
    narrow = dataset.query(store, chosen, VIEW_COLUMNS, whole_events=True)
    assert list(narrow.columns) == list(VIEW_COLUMNS)
    pd.testing.assert_frame_equal(narrow, full[list(VIEW_COLUMNS)])
