"""The timeline page (ui/pages/explore.py) under Streamlit's AppTest, fed a small known events table through
TIMELINE_EVENTS."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.build.test_runner import fake_extract, fake_merge
from timeline.build import runner as build
from timeline.export import tables as export
from timeline.present import figures, views
from timeline.store import dataset
from timeline.store.query import Filters
from timeline.store.synthetic import mentions_frame
from timeline.store.tables import write_table
from ui import sources
from ui.components.table import view_file

APP = str(Path(__file__).resolve().parents[2] / "app.py")

ROWS: list[dict[str, Any]] = [
    {"event_id": "e-fleet", "actor": "Russian Navy", "actor_country": "Russia", "date_start": "2025-03-02",
     "article_id": "a1", "outlet": "Wire", "summary": "Russian Navy moved ships",
     "sentence": "The Russian Navy moved ships on March 2.", "date_text": "on March 2"},
    {"event_id": "e-fleet", "actor": "Russian Navy", "actor_country": "Russia", "date_start": "2025-03-02",
     "article_id": "a2", "outlet": "Daily", "sentence": "Warships sailed on Sunday.", "date_text": "on Sunday",
     "merge_reason": "same actor, type and day"},
    {"event_id": "e-kyiv", "event_type": "statement", "actor": "Ukrainian Foreign Ministry",
     "actor_country": "Ukraine", "date_start": "2025-03-05", "article_id": "a1", "outlet": "Wire",
     "summary": "Ukraine condemned the move", "sentence": "Kyiv condemned the move on March 5."},
    {"event_id": "e-drill", "actor": "Russian Navy", "actor_country": "Russia", "date_start": "2025-04-01",
     "date_end": "2025-04-30", "date_precision": "month", "date_text": "in April", "date_basis": "relative",
     "article_id": "a3", "outlet": "Gazette", "summary": "Russian Navy drills"},
    {"event_id": "e-sanction", "event_type": "designation", "actor": "European Union", "date_start": "2025-04-20",
     "article_id": "a3", "outlet": "Gazette", "summary": "EU sanctions shipping firms",
     "sentence": "The EU sanctioned =HYPERLINK firms on April 20.", "date_text": "on April 20"},
    {"event_id": "e-plan", "event_type": "designation", "modality": "planned", "actor": "European Union",
     "date_start": "2025-05-01", "article_id": "a3", "outlet": "Gazette", "summary": "EU plans more sanctions"},
]


SOURCES = ("table", "dataset")


def app_on(kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The app on `ROWS` as an events table or as a month-partitioned dataset (the same answers are expected)."""
    path = tmp_path / "events.parquet"
    if kind == "dataset":
        dataset.write(mentions_frame(ROWS), path)
    else:
        write_table(mentions_frame(ROWS), path)
    monkeypatch.setenv("TIMELINE_EVENTS", str(path))
    return AppTest.from_file(APP, default_timeout=60)


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    return app_on("table", tmp_path, monkeypatch)


def drawn(at: AppTest) -> list[str]:
    """Event ids in the chart's spec (what the browser would draw)."""
    charts = at.get("plotly_chart")
    if not charts:
        return []
    spec = json.loads(charts[0].proto.spec)
    return sorted(str(v) for t in spec["data"] if t.get("meta") == figures.EVENT_TRACE for v in t["customdata"])


def counted(at: AppTest) -> int:
    """How many events the chart's markers stand for (a grouped marker's hover says "<b>N events</b> here")."""
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    hovers = [h for t in spec["data"] if t.get("meta") == figures.EVENT_TRACE for h in t["hovertext"]]
    return sum(int(m.group(1).replace(",", "")) if (m := re.match(r"<b>([\d,]+) events</b>", h)) else 1
               for h in hovers)


def tabled(at: AppTest) -> list[str]:
    """Event ids in the events table (the dataframe with the schema's "Event" column)."""
    tables = [d.value for d in at.dataframe if "Event" in d.value.columns]
    assert len(tables) == 1
    return sorted(tables[0]["Event"].astype(str))


def test_loads_and_draws_what_happened(app: AppTest) -> None:
    app.run()
    assert not app.exception
    assert drawn(app) == ["e-drill", "e-fleet", "e-kyiv", "e-sanction"]  # planned hidden by default
    assert tabled(app) == drawn(app)
    assert [b.label for b in app.get("download_button")] == ["Download this view as CSV", "Download this view as JSON",
                                                              "Download brief"]


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("f_actors", ["Russian Navy"], ["e-drill", "e-fleet"]),
    ("f_types", ["statement"], ["e-kyiv"]),
    ("f_modalities", ["asserted", "planned"], ["e-drill", "e-fleet", "e-kyiv", "e-plan", "e-sanction"]),
    ("f_outlets", ["Daily"], ["e-fleet"]),
])
def test_filters_change_chart_table_and_url(app: AppTest, key: str, value: list[str], expected: list[str]) -> None:
    app.run()
    app.multiselect(key=key).set_value(value).run()
    assert drawn(app) == expected
    assert tabled(app) == expected
    assert app.query_params  # mirrored in the URL


def test_date_range_filter(app: AppTest) -> None:
    app.run()
    app.date_input(key="f_dates").set_value((date(2025, 4, 10), date(2025, 4, 30))).run()
    assert drawn(app) == ["e-drill", "e-sanction"]  # the April month range overlaps the window
    assert app.query_params["from"] == "2025-04-10"


@pytest.mark.parametrize("kind", SOURCES)
def test_query_string_reproduces_a_view(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    app = app_on(kind, tmp_path, monkeypatch)
    app.query_params["actor"] = ["Russian Navy", "Nobody"]  # an actor the data does not hold is dropped
    app.query_params["to"] = "2025-03-31"
    app.query_params["event"] = "e-fleet"
    app.run()
    assert not app.exception
    assert drawn(app) == ["e-fleet"]
    assert app.multiselect(key="f_actors").value == ["Russian Navy"]
    shown = " ".join(m.value for m in app.markdown)
    assert "<mark>on Sunday</mark>" in shown and "same actor, type and day" in shown  # the detail is open


def test_a_link_with_impossible_values_still_opens(app: AppTest) -> None:
    for key, value in {"from": "1999-01-01", "to": "2031-01-01", "min_sources": "99", "event": "e-gone",
                       "actor": ["Nobody", "Russian Navy"], "type": "bogus"}.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception
    assert drawn(app) == ["e-fleet"]  # Russian Navy with the largest possible minimum of sources (2)


@pytest.mark.parametrize("kind", SOURCES)
def test_text_search_and_empty_result_hint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    app = app_on(kind, tmp_path, monkeypatch).run()
    app.text_input(key="f_text").set_value("condemned").run()
    assert drawn(app) == ["e-kyiv"]
    app.text_input(key="f_text").set_value("no such words").run()
    assert drawn(app) == []
    assert any("No events match" in i.value for i in app.info)


def test_reset_restores_the_default_view_and_keeps_other_keys(app: AppTest) -> None:
    app.query_params["type"] = "statement"
    app.query_params["panel"] = "curation"  # a key the view does not own
    app.run()
    assert drawn(app) == ["e-kyiv"]
    app.button(key="reset").click().run()
    assert len(drawn(app)) == 4
    assert dict(app.query_params) == {"panel": "curation"}


def test_picking_an_event_opens_its_detail(app: AppTest) -> None:
    app.run()
    app.selectbox(key="event").set_value("e-fleet").run()
    text = " ".join(m.value for m in app.markdown)
    assert "Warships sailed" in text and "&#40;one mention&#41;" not in text
    sources = next(d.value for d in app.dataframe if "outlet" in d.value.columns)  # the detail's sources
    assert sorted(sources["outlet"]) == ["Daily", "Wire"]
    assert app.query_params["event"] == "e-fleet"


def test_minimum_sources(app: AppTest) -> None:
    app.run()
    app.number_input(key="f_min_sources").set_value(2).run()
    assert drawn(app) == ["e-fleet"]


def test_a_missing_events_file_is_reported_without_a_traceback(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_EVENTS", str(tmp_path / "missing.parquet"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert any("does not exist" in e.value for e in at.error)


def test_widgets_follow_the_data_when_it_changes(app: AppTest, tmp_path: Path) -> None:
    app.run()
    app.selectbox(key="event").set_value("e-sanction").run()
    app.date_input(key="f_dates").set_value((date(2025, 3, 1), date(2025, 4, 30))).run()
    app.number_input(key="f_min_sources").set_value(2).run()
    # a rebuild leaves fewer events: no e-sanction, nothing in April, one source each
    write_table(mentions_frame([r for r in ROWS if r["event_id"] == "e-kyiv"]), tmp_path / "events.parquet")
    st.cache_data.clear()
    app.run()
    assert not app.exception
    assert app.selectbox(key="event").value == ""
    assert drawn(app) == ["e-kyiv"]


def test_articles_folder_lists_undated_articles_with_a_hint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    (articles / "dated.txt").write_text("Russia deployed armoured brigades near Kharkiv.\n", encoding="utf-8")
    (articles / "undated.txt").write_text("Iran moved missile batteries to the coast.\n", encoding="utf-8")
    (articles / "manifest.csv").write_text("file,title,outlet,url,published\n"
                                           "dated.txt,Brigades move,Wire,,2024-05-02\n"
                                           "undated.txt,Batteries on the coast,Daily,,\n", encoding="utf-8")
    monkeypatch.delenv("TIMELINE_EVENTS", raising=False)
    monkeypatch.setenv("TIMELINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(build, "build_events", partial(build.build_events, extract=fake_extract, merge=fake_merge))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert drawn(at) == ["e-0"]  # only the dated article's event
    assert "1 undated article(s) left out of the timeline" in [e.label for e in at.expander]
    text = " ".join(m.value for m in at.markdown)
    assert "Batteries on the coast" in text and "manifest.csv" in text


def test_an_empty_events_table_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_table(mentions_frame([]), tmp_path / "empty.parquet")
    monkeypatch.setenv("TIMELINE_EVENTS", str(tmp_path / "empty.parquet"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert drawn(at) == []
    assert any("No events to show" in i.value for i in at.info)


def table_view(mentions: pd.DataFrame, filters: Filters) -> tuple[sources.TableSource, sources.View]:
    """A table source holding `mentions`, and its view of `filters` (as the timeline page makes them)."""
    source = sources.TableSource("events.parquet", lambda: sources.table_of(mentions))
    return source, source.view(filters)


def test_a_download_holds_every_mention_of_the_events_shown() -> None:
    mentions = mentions_frame([{"event_id": "e1", "article_id": "a1"}, {"event_id": "e1", "article_id": "a2"},
                               {"event_id": "e2", "article_id": "a1"}, {"event_id": "e3", "article_id": "a3"}])
    source, _ = table_view(mentions, Filters())
    shown = views.events_of(mentions).query("event_id != 'e2'")
    view = sources.View(shown, mentions, None, "")
    written = view_file(export.to_json_bytes, source, view)
    assert sorted((r["event_id"], r["article_id"]) for r in json.loads(written)) == [
        ("e1", "a1"), ("e1", "a2"), ("e3", "a3")]


def test_the_brief_download_is_the_chronology_of_the_view(app: AppTest) -> None:
    app.run()
    app.multiselect(key="f_actors").set_value(["Russian Navy"]).run()
    assert drawn(app) == ["e-drill", "e-fleet"]
    chosen = Filters(actors=("Russian Navy",))
    source, view = table_view(mentions_frame(ROWS), chosen)
    brief = partial(export.export_bytes, fmt="markdown", filters=chosen)
    text = view_file(brief, source, view).decode("utf-8")
    assert "Chronology of 2 events (3 mentions) from 3 articles" in text
    assert "Filters: actor Russian Navy; status asserted or claimed." in text
    assert text.index("## Sun 2 Mar 2025") < text.index("## April 2025")  # by day, a month said as such
    assert "EU sanctions" not in text
