"""Exports: CSV (formula cells neutralised), JSON, TimelineJS and the brief (the HTML page:
tests/export/test_page.py)."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest

from tests.test_schema import frame, one_row
from timeline import curation, schema
from timeline.curation import Correction
from timeline.export import tables as export
from timeline.store.query import Filters

HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> & done"


def two_events(*more: dict[str, object]) -> pd.DataFrame:
    """A strike reported twice (one link is javascript:) and a month of sanctions with a hostile sentence."""
    return frame(
        one_row(event_id="e-1", mention_id="m-1", article_id="a1", url="https://example.org/a1", outlet="Reuters"),
        one_row(event_id="e-1", mention_id="m-2", article_id="a2", sentence="Ships moved north on Oct. 15.",
                outlet="AP", url="javascript:alert(2)"),
        one_row(event_id="e-2", mention_id="m-3", article_id="a2", event_type="designation", actor="Treasury",
                subtype="sanction", date_start="2025-11-01", date_end="2025-11-30", date_precision="month",
                summary="Treasury sanctions", sentence=HOSTILE),
        *more,
    )


@pytest.fixture
def events() -> pd.DataFrame:
    return two_events()


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Maduro", "Maduro"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_csv_neutralises_formula_cells(cell: str, written: str) -> None:
    data = export.to_csv_bytes(frame(one_row(actor=cell or "x", target=cell)))
    row = next(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert row["target"] == written


def test_csv_keeps_every_column_dates_as_days(events: pd.DataFrame) -> None:
    rows = list(csv.DictReader(io.StringIO(export.to_csv_bytes(events).decode("utf-8"), newline="")))
    assert list(rows[0]) == list(schema.COLUMN_NAMES)
    assert rows[2]["date_end"] == "2025-11-30"
    assert rows[2]["sentence"] == HOSTILE


def test_csv_marks_curated_rows(events: pd.DataFrame) -> None:
    view = curation.apply(events, [Correction("e-2", "set", "actor", "US Treasury")]).frame
    rows = list(csv.DictReader(io.StringIO(export.to_csv_bytes(view).decode("utf-8"), newline="")))
    assert [r["curated"] for r in rows] == ["False", "False", "True"]


def test_json_round_trips_the_rows(events: pd.DataFrame) -> None:
    records = json.loads(export.to_json_bytes(events))
    assert len(records) == 3
    assert records[2]["date_start"] == "2025-11-01" and records[2]["sentence"] == HOSTILE
    back = schema.coerce(pd.DataFrame(records))
    assert schema.problems(back) == []


def test_timelinejs_has_one_slide_per_event(events: pd.DataFrame) -> None:
    data = export.to_timelinejs(events, title="Caribbean <crisis>")
    assert data["title"]["text"]["headline"] == "Caribbean &lt;crisis&gt;"
    slides = {s["unique_id"]: s for s in data["events"]}
    assert set(slides) == {"e-1", "e-2"}
    assert slides["e-1"]["start_date"] == {"year": 2025, "month": 10, "day": 15}
    assert "end_date" not in slides["e-1"]
    assert slides["e-1"]["media"] == {"url": "https://example.org/a1", "credit": "Reuters"}
    assert "javascript:" not in json.dumps(data)
    month = slides["e-2"]
    assert month["start_date"] == {"year": 2025, "month": 11} and month["end_date"] == {"year": 2025, "month": 11}
    assert month["group"] == "Treasury"
    assert "<script>" not in month["text"]["text"] and "&lt;script&gt;" in month["text"]["text"]


def test_timelinejs_marks_curated_events(events: pd.DataFrame) -> None:
    view = curation.apply(events, [Correction("e-2", "set", "target", "Cartel")]).frame
    slides = {s["unique_id"]: s for s in export.to_timelinejs(view)["events"]}
    assert "(curated)" in slides["e-2"]["text"]["headline"]
    assert "(curated)" not in slides["e-1"]["text"]["headline"]


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_export_bytes_knows_every_format(events: pd.DataFrame, fmt: str) -> None:
    assert export.export_bytes(events, fmt)


def test_export_bytes_rejects_unknown_format(events: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="use one of csv, json, timelinejs, markdown"):
        export.export_bytes(events, "xlsx")


def test_markdown_export_is_the_brief_of_the_view(events: pd.DataFrame) -> None:
    text = export.export_bytes(events, "markdown", title="Caribbean", filters=Filters(actors=("Treasury",)),
                               built="2026-01-05").decode("utf-8")
    assert text.startswith("# Caribbean\n\nChronology of 1 event (1 mention) from 1 article, 1 Nov 2025 – 30 Nov 2025.")
    assert "Filters: actor Treasury; status asserted or claimed." in text and "Data built 2026-01-05." in text
    assert "## November 2025\n\n**Treasury sanctions** — Treasury · 1 source" in text
