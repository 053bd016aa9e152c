"""The headlines where a reader meets an event, in Debian's Chromium: the hover, the detail panel, the table,
the TimelineJS export and the offline HTML page, on the bundled seed events (data/events.parquet, which
tests/store/test_workspace.py keeps built by this code). Each step saves a screenshot in tests/browser/screenshots/
(headlines_*.png; not kept in git).
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from tests.browser.conftest import ROOT, SCREENSHOTS
from timeline.export import tables as export
from timeline.store.tables import read_table

pytestmark = pytest.mark.browser
TIMEOUT = 60_000
POINTS = ".js-plotly-plot .scatterlayer path.point"
# One of the sentences: "President Donald Trump has officially shut down all of Venezuelan airspace ..."
SHUT = "Donald Trump shut down all of Venezuelan airspace"


@pytest.fixture(scope="module")
def seed_events() -> pd.DataFrame:
    """The bundled seed events, which `seed_app_url` serves."""
    return read_table(ROOT / "data" / "events.parquet")


def event_of(events: pd.DataFrame, headline: str) -> str:
    return str(events.loc[events["summary"] == headline, "event_id"].iloc[0])


def test_hover_shows_the_headline(page: Any, seed_app_url: str, seed_events: pd.DataFrame) -> None:
    page.goto(seed_app_url)
    page.wait_for_selector(POINTS, timeout=TIMEOUT)
    headlines = set(seed_events["summary"])
    points = page.locator(POINTS)
    shown = ""
    for n in range(min(points.count(), 12)):  # hover markers until one shows its label
        points.nth(n).hover(force=True)
        label = page.locator(".hoverlayer .hovertext")
        if label.count():
            shown = label.first.text_content() or ""
            if any(h[:60] in shown for h in headlines):
                break
    assert any(h[:60] in shown for h in headlines), shown
    assert "(deployment/" not in shown and "(statement/" not in shown and "(designation/" not in shown
    page.screenshot(path=str(SCREENSHOTS / "headlines_hover.png"))


def test_detail_panel_titles_the_event_with_its_headline(page: Any, seed_app_url: str,
                                                          seed_events: pd.DataFrame) -> None:
    page.goto(f"{seed_app_url}?event={event_of(seed_events, SHUT)}")
    title = page.locator("strong", has_text=SHUT).first  # the panel opens with the headline in bold
    title.wait_for(timeout=TIMEOUT)
    page.get_by_text("Headline:").wait_for(timeout=TIMEOUT)  # which mention's headline, and why
    title.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "headlines_detail.png"), full_page=True)


def test_table_lists_the_headlines(page: Any, seed_app_url: str, seed_events: pd.DataFrame) -> None:
    """The table's third column (after From and To) is the headline; the grid draws on a canvas and keeps an
    accessible copy of the rows it shows, which is what is read here."""
    page.goto(seed_app_url)
    grid = page.get_by_test_id("stDataFrame").last
    grid.wait_for(timeout=TIMEOUT)
    grid.scroll_into_view_if_needed()
    grid.locator('[role="columnheader"]', has_text="Headline").first.wait_for(timeout=TIMEOUT, state="attached")
    cells = grid.locator('[role="gridcell"]')
    cells.first.wait_for(timeout=TIMEOUT, state="attached")
    texts = cells.all_text_contents()
    assert any(text and any(h.startswith(text.strip()) for h in seed_events["summary"]) for text in texts
               if len(text.strip()) > 30), texts[:20]
    grid.screenshot(path=str(SCREENSHOTS / "headlines_table.png"))


def test_timelinejs_export_slides_use_the_headlines(page: Any, tmp_path: Path, seed_events: pd.DataFrame) -> None:
    """TimelineJS draws the slides with its own script from a CDN, which no test may load: the export is shown as
    slide cards (date, headline, group) made from the JSON TimelineJS reads, with the start of that JSON."""
    story = export.to_timelinejs(seed_events, title="Venezuela crisis")
    slides = story["events"]
    headlines = [slide["text"]["headline"] for slide in slides]
    assert any(h.startswith(SHUT) for h in headlines)
    assert not any("(deployment/" in h or "(statement/" in h or "(designation/" in h for h in headlines)
    cards = "".join(  # the headline and group are HTML already escaped by the export
        f"<div class='card'><small>{'-'.join(str(v) for v in slide['start_date'].values())}</small>"
        f"<h3>{slide['text']['headline']}</h3><small>{slide['group']}</small></div>"
        for slide in slides[-12:])
    view = tmp_path / "timelinejs.html"
    view.write_text(
        "<!doctype html><meta charset='utf-8'><style>body{font-family:sans-serif;margin:24px}"
        ".card{border:1px solid #ccc;border-radius:6px;padding:8px 12px;margin:6px 0}h3{margin:4px 0}"
        "pre{background:#f6f6f6;padding:8px;font-size:11px;white-space:pre-wrap}</style>"
        f"<h1>TimelineJS export ({len(slides)} slides): the last 12</h1>{cards}<h2>The JSON (start)</h2>"
        f"<pre>{html.escape(json.dumps(story, ensure_ascii=False, indent=1)[:1500])}</pre>", encoding="utf-8")
    page.goto(view.as_uri())
    page.get_by_text(SHUT).first.wait_for(timeout=TIMEOUT)
    page.screenshot(path=str(SCREENSHOTS / "headlines_timelinejs.png"), full_page=True)


def test_offline_html_page_lists_the_headlines(page: Any, tmp_path: Path, seed_events: pd.DataFrame) -> None:
    path = tmp_path / "timeline.html"
    path.write_text(export.to_html(seed_events, title="Venezuela crisis", built="2026-01-01 10:00 UTC"),
                    encoding="utf-8")
    page.goto(path.as_uri())
    page.locator("#events-table th", has_text="Headline").wait_for(timeout=TIMEOUT)
    row = page.locator("#events-table td", has_text=SHUT).first
    row.wait_for(timeout=TIMEOUT)
    row.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "headlines_offline_html.png"))
