"""The offline page: the dashboard's figure embedded as is, filters, brief and table, nothing fetched, all escaped.

What its script draws when the filters change is checked against `figures.timeline_figure` in a real browser:
tests/browser/test_offline_page.py.
"""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from tests.export.test_tables import two_events
from tests.fixtures import ROOT
from tests.test_schema import one_row
from timeline import schema
from timeline.export import brief, page
from timeline.present import figures, hover, views
from timeline.store import tables as store
from timeline.store.query import HAPPENED, Filters, apply_filters
from timeline.store.synthetic import synthetic_events

SEED = ROOT / "data" / "events.parquet"
@pytest.fixture
def events() -> pd.DataFrame:
    return two_events(one_row(event_id="e-3", mention_id="m-4", article_id="a2", modality="planned",
                              summary="Planned strike"))


def body(html: str) -> str:
    """The page without the inlined Plotly library (which holds its own unrelated strings)."""
    return html[html.index("<body>"):]


def embedded_figure(html: str) -> dict[str, object]:
    """The figure JSON a page embeds (what it draws first)."""
    start = html.index('<script type="application/json" id="figure-data">')
    return json.loads(html[html.index(">", start) + 1:html.index("</script>", start)])  # type: ignore[no-any-return]


def dashboard_figure(mentions: pd.DataFrame) -> dict[str, object]:
    """What the dashboard draws first for these mentions (app.py: the default filters over `with_hover` events)."""
    events = hover.with_hover(views.events_of(mentions))
    fig = figures.timeline_figure(apply_filters(events, Filters(), mentions))
    return json.loads(fig.to_json())  # type: ignore[no-any-return]


@pytest.mark.parametrize("mentions", [
    pytest.param(lambda: store.read_table(SEED), id="seed"),
    pytest.param(lambda: synthetic_events(9_000, seed=11, n_actors=45), id="grouped-45-actors"),
])
def test_the_page_embeds_the_dashboards_figure(mentions) -> None:  # type: ignore[no-untyped-def]
    table = mentions()
    assert embedded_figure(page.to_html(table)) == dashboard_figure(table)


def test_page_is_self_contained_and_escaped(events: pd.DataFrame) -> None:
    html = page.to_html(events, title="Timeline <b>", built="2026-01-05 09:00 UTC")
    assert "<script src" not in html and "<link" not in html and "cdn" not in body(html).lower()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", body(html).replace('href="https://example.org/a1"', ""))
    assert "Plotly" in html[: html.index("<body>")]  # the library is inline
    assert "connect-src 'none'" in html and "default-src 'none'" in html
    text = body(html)
    assert "<script>alert" not in text and "<img" not in text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in text
    assert 'href="javascript:' not in text
    assert 'href="https://example.org/a1" rel="noopener noreferrer"' in text
    assert "Data built 2026-01-05 09:00 UTC" in text
    assert "<title>Timeline &lt;b&gt;</title>" in html


def test_filters_start_on_the_dashboards_default_view(events: pd.DataFrame) -> None:
    text = body(page.to_html(events))
    assert re.search(r'<fieldset class="list"><legend>Actor</legend>.*value="United States".*value="Treasury"', text)
    checked = re.findall(r'name="status" value="(\w+)" checked', text)
    assert checked == list(HAPPENED)
    assert text.count('<tr data-event="') == 3 and '<tr data-event="e-3" hidden>' in text  # planned: not shown
    assert 'Showing <span id="shown-count">2</span>' in text


def test_the_brief_in_the_page_is_the_default_views_brief(events: pd.DataFrame) -> None:
    html = page.to_html(events, built="today")
    entries = re.search(r'<div id="brief-entries">(.*?)</div></section>', html, re.S)
    assert entries
    shown = re.sub(r'<div class="entry" data-event="[^"]+" hidden>.*?</div>', "", entries.group(1), flags=re.S)
    shown = re.sub(r'</?div[^>]*>', "", shown).replace('<h3 class="period">', "<h3>").replace("\n", "")
    whole = brief.to_html(events, filters=Filters(), built="today")
    assert shown == whole[whole.index("<h3>"):].replace("\n", "")
    head = re.search(r'<div id="brief-head">(.*?)</div>', html, re.S)
    assert head and head.group(1) in whole  # the same header, less the title (the page's own <h1>)
    assert '<button type="button" id="download-brief">Download brief</button>' in html


def test_page_data_holds_every_event_and_its_brief_entry(events: pd.DataFrame) -> None:
    html = page.to_html(events)
    start = html.index('<script type="application/json" id="page-data">')
    data = json.loads(html[html.index(">", start) + 1:html.index("</script>", start)])
    assert data["events"]["id"] == ["e-1", "e-3", "e-2"]  # every status, in the dashboard's order
    assert data["events"]["text"][0][0].startswith("united states strike\n")  # searched like the dashboard
    assert sorted(data["events"]["articles"][0]) == ["a1", "a2"]
    by_event = {data["events"]["id"][e["event"]]: e for e in data["entries"]}
    assert by_event["e-2"]["period"] == "November 2025"
    assert by_event["e-2"]["markdown"].startswith("**Treasury sanctions** — Treasury · 1 source")


def test_embedded_data_cannot_close_its_script(events: pd.DataFrame) -> None:
    hostile = events.assign(actor="</script><script>alert(3)</script>")
    text = body(page.to_html(hostile))
    assert "</script><script>alert(3)" not in text


def test_page_of_an_empty_table() -> None:
    html = page.to_html(schema.empty_frame())
    assert "0 event(s) from 0 article(s)" in html
    assert embedded_figure(html)["layout"]["annotations"][0]["text"] == "No events to show"
