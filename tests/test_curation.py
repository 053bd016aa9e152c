"""Curation: corrections keyed by event_id apply to a fresh build, mark rows curated, and can be undone."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.test_schema import frame, one_row
from timeline import curation, schema
from timeline.curation import Correction
from timeline.errors import InputError


@pytest.fixture
def events() -> pd.DataFrame:
    """Three events: e-1 reported by two articles, e-2 and e-3 by one each."""
    return frame(
        one_row(event_id="e-1", mention_id="m-1", article_id="a1", sources=2),
        one_row(event_id="e-1", mention_id="m-2", article_id="a2", sources=2, actor="US Navy"),
        one_row(event_id="e-2", mention_id="m-3", article_id="a2", event_type="statement", actor="Maduro"),
        one_row(event_id="e-3", mention_id="m-4", article_id="a3", actor="Putin"),
    )


def test_no_corrections_changes_nothing(events: pd.DataFrame) -> None:
    result = curation.apply(events, [])
    pd.testing.assert_frame_equal(result.frame, events)
    assert result.hidden.empty and result.issues == []


def test_input_frame_is_not_modified(events: pd.DataFrame) -> None:
    before = events.copy()
    curation.apply(events, [Correction("e-1", "set", "actor", "Pentagon"), Correction("e-2", "hide")])
    pd.testing.assert_frame_equal(events, before)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("event_type", "designation", "designation"),
        ("actor", "Pentagon", "Pentagon"),
        ("target", "Venezuela", "Venezuela"),
        ("modality", "denied", "denied"),
        ("date_start", "2025-10-01", pd.Timestamp("2025-10-01")),
        ("date_end", "2025-10-31", pd.Timestamp("2025-10-31")),
        ("date_precision", "month", "month"),
    ],
)
def test_set_changes_every_mention_of_the_event(events: pd.DataFrame, field: str, value: str,
                                                expected: object) -> None:
    result = curation.apply(events, [Correction("e-1", "set", field, value)])
    assert result.issues == []
    rows = result.frame[result.frame["event_id"] == "e-1"]
    assert list(rows[field]) == [expected, expected]
    assert rows["curated"].all()
    assert not result.frame.loc[result.frame["event_id"] != "e-1", "curated"].any()
    assert schema.problems(result.frame) == []


def test_hide_leaves_the_event_out_but_keeps_it_for_undo(events: pd.DataFrame) -> None:
    result = curation.apply(events, [Correction("e-1", "hide", note="not an event")])
    assert set(result.frame["event_id"]) == {"e-2", "e-3"}
    assert list(result.hidden["mention_id"]) == ["m-1", "m-2"]
    assert result.hidden["curated"].all()


def test_merge_into_joins_events_and_recounts_sources(events: pd.DataFrame) -> None:
    result = curation.apply(events, [Correction("e-3", "merge_into", value="e-1")])
    merged = result.frame[result.frame["event_id"] == "e-1"]
    assert sorted(merged["mention_id"]) == ["m-1", "m-2", "m-4"]
    assert set(merged["sources"]) == {3}
    assert merged["curated"].all()
    assert "e-3" not in set(result.frame["event_id"])
    assert result.frame.loc[result.frame["mention_id"] == "m-4", "merge_reason"].item() == "merged by hand"


def test_split_gives_the_mention_a_stable_event_of_its_own(events: pd.DataFrame) -> None:
    correction = Correction("e-1", "split", value="m-2")
    first = curation.apply(events, [correction]).frame
    second = curation.apply(events, [correction]).frame
    new_id = first.loc[first["mention_id"] == "m-2", "event_id"].item()
    assert new_id not in {"e-1", "e-2", "e-3"}
    assert new_id == second.loc[second["mention_id"] == "m-2", "event_id"].item()
    assert list(first.loc[first["event_id"].isin(["e-1", new_id]), "sources"]) == [1, 1]
    assert schema.problems(first) == []


def test_corrections_apply_in_order(events: pd.DataFrame) -> None:
    result = curation.apply(events, [Correction("e-3", "merge_into", value="e-1"),
                                     Correction("e-1", "set", "actor", "United States")])
    assert set(result.frame.loc[result.frame["event_id"] == "e-1", "actor"]) == {"United States"}


@pytest.mark.parametrize(
    ("correction", "fragment"),
    [
        (Correction("e-404", "hide", line=7), "curation.csv, line 7: names the event 'e-404', which is not in"),
        (Correction("e-1", "delete", line=2), "unknown action 'delete'. Fix: use one of hide, set"),
        (Correction("e-1", "set", "sentence", "x", line=3), "sets the field 'sentence', which cannot be corrected"),
        (Correction("e-1", "set", "event_type", "battle", line=4), "Fix: use one of deployment, designation"),
        (Correction("e-1", "set", "date_start", "yesterday", line=5), "not a date. Fix: write the date as YYYY-MM-DD"),
        (Correction("e-1", "set", "date_start", "2025-12-01", line=6), "leaves date_end before date_start"),
        (Correction("e-1", "set", "actor", " ", line=8), "sets actor to nothing"),
        (Correction("e-1", "merge_into", value="e-404", line=9), "merges into 'e-404', which is not in"),
        (Correction("e-1", "merge_into", value="e-1", line=10), "merges an event into itself"),
        (Correction("e-1", "split", value="m-3", line=11), "'m-3', which is not part of e-1"),
        (Correction("e-2", "split", value="m-3", line=12), "has only one mention"),
        (Correction("", "hide", line=13), "has an empty event_id"),
    ],
)
def test_bad_row_is_reported_and_skipped(events: pd.DataFrame, correction: Correction, fragment: str) -> None:
    good = Correction("e-2", "set", "actor", "Nicolás Maduro")
    result = curation.apply(events, [correction, good], source="data/curation.csv")
    assert len(result.issues) == 1
    assert fragment in str(result.issues[0])
    assert str(result.issues[0]).startswith("data/curation.csv")
    assert result.applied == [good]
    assert result.frame.loc[result.frame["event_id"] == "e-2", "actor"].item() == "Nicolás Maduro"


def test_file_round_trip_append_and_undo(tmp_path: Path, events: pd.DataFrame) -> None:
    path = tmp_path / "curation.csv"
    curation.append(path, Correction("e-2", "hide", note="duplicate, 'quoted', with, commas",
                                     created="2026-01-02T10:00:00Z"))
    curation.append(path, Correction("e-1", "set", "actor", "Pentagon", created="2026-01-02T10:01:00Z"))
    rows, issues = curation.read(path)
    assert issues == []
    assert [(r.event_id, r.action, r.line) for r in rows] == [("e-2", "hide", 2), ("e-1", "set", 3)]
    assert rows[0].note == "duplicate, 'quoted', with, commas"
    assert path.read_text().splitlines()[0] == ",".join(curation.COLUMNS)
    applied = curation.apply_file(events, path)
    assert "e-2" not in set(applied.frame["event_id"])
    curation.remove(path, 0)  # undo the hide
    after = curation.apply_file(events, path)
    assert "e-2" in set(after.frame["event_id"])
    assert not after.frame.loc[after.frame["event_id"] == "e-2", "curated"].any()
    assert [p.name for p in tmp_path.iterdir()] == ["curation.csv"]  # no temporary file left behind


def test_append_refuses_an_invalid_correction(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown action"):
        curation.append(tmp_path / "curation.csv", Correction("e-1", "explode"))
    assert not (tmp_path / "curation.csv").exists()


def test_remove_out_of_range_names_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "curation.csv"
    curation.write(path, [Correction("e-1", "hide")])
    with pytest.raises(InputError, match=r"has no correction number 5.*reload the page"):
        curation.remove(path, 4)


@pytest.mark.parametrize(
    ("content", "rows", "fragment"),
    [
        (b"", 0, ""),
        (b"event_id,action,field,value,note,created\n", 0, ""),
        (b"event_id,action\ne-1,hide\n\n,,\n", 1, ""),
        (b"id,what\ne-1,hide\n", 0, "has no column(s) event_id, action"),
        (b"event_id,action,note\ne-1,hide,caf\xe9\n", 0, "is not UTF-8"),
    ],
)
def test_reading_the_file(tmp_path: Path, content: bytes, rows: int, fragment: str) -> None:
    path = tmp_path / "curation.csv"
    path.write_bytes(content)
    found, issues = curation.read(path)
    assert len(found) == rows
    if fragment:
        assert len(issues) == 1 and fragment in str(issues[0]) and "curation.csv" in str(issues[0])
    else:
        assert issues == []


def test_missing_file_holds_no_corrections(tmp_path: Path) -> None:
    assert curation.read(tmp_path / "nope.csv") == ([], [])


def test_apply_curation_is_the_build_stage(tmp_path: Path, events: pd.DataFrame,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    curation.write(data / "curation.csv", [Correction("e-2", "hide"), Correction("e-404", "hide")])
    monkeypatch.setenv("TIMELINE_DATA_DIR", str(data))
    out = curation.apply_curation(events)
    assert "e-2" not in set(out["event_id"])
    assert out.attrs[curation.HIDDEN_ATTR] == 1
    issues = curation.issues_of(out)
    assert len(issues) == 1 and "e-404" in str(issues[0]) and "curation.csv, line 3" in str(issues[0])
    assert schema.problems(out) == []
