"""Events tables round-trip through every format; writes are atomic; a broken store is named."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from tests.test_schema import one_row
from timeline import schema
from timeline.errors import StoreError, TimelineError
from timeline.store import tables as store


@pytest.fixture
def events() -> pd.DataFrame:
    return schema.coerce(pd.DataFrame([one_row(), one_row(mention_id="m-2", sentence="Ünïcode — “quoted”\u202f.")]))


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_round_trip(tmp_path: Path, events: pd.DataFrame, suffix: str) -> None:
    path = store.write_table(events, tmp_path / f"events{suffix}")
    back = store.read_table(path)
    pd.testing.assert_frame_equal(back, events)


def test_unknown_extension_names_the_fix(tmp_path: Path, events: pd.DataFrame) -> None:
    with pytest.raises(StoreError, match=r"events\.xlsx: has the unknown extension '\.xlsx'.*Fix: name the output"):
        store.write_table(events, tmp_path / "events.xlsx")


def test_failed_write_keeps_the_old_store(tmp_path: Path, events: pd.DataFrame) -> None:
    target = tmp_path / "events.csv"
    store.write_table(events, target)
    before = target.read_bytes()
    with pytest.raises(RuntimeError), store.atomic_path(target) as tmp:
        tmp.write_text("half a table")
        raise RuntimeError("crash mid-write")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("events.parquet", b"PAR1 not really", "cannot be read as parquet"),
        ("events.csv", b"event_id,actor\ne-1,Someone\n", "missing column(s)"),
        ("events.jsonl", b'{"event_id": \n', "cannot be read as jsonl"),
    ],
    ids=["corrupt-parquet", "csv-missing-columns", "truncated-jsonl"],
)
def test_corrupted_store_is_named(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TimelineError, match=re.escape(message)) as caught:
        store.read_table(path)
    assert name in str(caught.value) and "Fix:" in str(caught.value)


def test_missing_store_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="python -m timeline extract"):
        store.read_table(tmp_path / "nothing.csv")


def test_written_files_are_readable_by_others(tmp_path: Path, events: pd.DataFrame) -> None:
    path = store.write_table(events, tmp_path / "events.csv")
    assert path.stat().st_mode & 0o777 == 0o644
