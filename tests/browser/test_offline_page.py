"""The offline page in Debian's Chromium, opened from file:// with every other request refused: it draws the
dashboard's figure, its filters redraw it exactly as `figures.timeline_figure` draws the same events, a link to
the file reopens a view, and "Download brief" gives the brief of the filters as `brief.to_markdown` writes it."""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from tests.browser.conftest import ROOT, SCREENSHOTS, refuse_network
from timeline import cli, schema
from timeline.export import brief
from timeline.export import page as offline
from timeline.present import figures, hover, layout, views
from timeline.store import tables as store
from timeline.store.query import Filters, apply_filters
from timeline.store.synthetic import mentions_frame, synthetic_events

pytestmark = pytest.mark.browser
SEED = ROOT / "data" / "events.parquet"
POINTS = "#timeline-chart .scatterlayer path.point"
EVERY_STATUS = tuple(schema.MODALITIES)


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return store.read_table(SEED)


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page of the seed data, written by the command line as a user would."""
    out = tmp_path_factory.mktemp("offline") / "timeline.html"
    assert cli.main(["export-html", "--out", str(out), "--events", str(SEED)]) == 0
    return out


@pytest.fixture
def offline_page(page: Any) -> Iterator[tuple[Any, list[str]]]:
    """The browser page with every request but file:// refused (and recorded), and script errors recorded."""
    refused = refuse_network(page)
    page.on("pageerror", lambda exc: refused.append(f"script error: {exc}"))
    yield page, refused


def open_page(page: Any, path: Path, hash_part: str = "") -> None:
    page.goto(path.as_uri() + hash_part)
    page.wait_for_selector(POINTS, timeout=30_000)


def shown_count(page: Any) -> int:
    return int(page.locator("#shown-count").inner_text())


def test_the_page_works_offline_filters_and_reopens_from_its_link(offline_page: tuple[Any, list[str]],
                                                                  seed_page: Path, seed: pd.DataFrame) -> None:
    page, refused = offline_page
    open_page(page, seed_page)
    default = apply_filters(views.events_of(seed), Filters(), seed)
    assert shown_count(page) == len(default) == page.locator(POINTS).count()
    earlier = layout.outside_initial_range(default)
    assert earlier > 0 and page.locator("#chart-notes").inner_text().startswith(f"{earlier} earlier event(s) lie")
    page.screenshot(path=str(SCREENSHOTS / "offline_page.png"))

    page.check("input[name=actor][value='Donald Trump']")
    page.check("input[name=status][value=planned]")
    wanted = apply_filters(views.events_of(seed), Filters(actors=("Donald Trump",),
                                                                modalities=("asserted", "planned", "claimed")), seed)
    page.wait_for_function(f"document.getElementById('shown-count').textContent === '{len(wanted)}'")
    assert page.locator(POINTS).count() == len(wanted)
    assert page.locator("#events-table tbody tr:visible").count() == len(wanted)
    assert page.locator("#brief-entries div.entry:visible").count() == len(wanted)
    link = page.url
    assert link.endswith("#actor=Donald+Trump&status=asserted&status=planned&status=claimed")

    page.goto("about:blank")
    open_page(page, seed_page, "#" + link.split("#", 1)[1])  # the link reopens the view
    assert shown_count(page) == len(wanted) == page.locator(POINTS).count()
    assert page.is_checked("input[name=actor][value='Donald Trump']")
    assert page.locator("#chart-notes").inner_text() == ""  # nothing of his lies before the first view
    page.click("#filter-reset")
    page.wait_for_function(f"document.getElementById('shown-count').textContent === '{len(default)}'")
    assert "#" not in page.url
    assert refused == []


def test_a_click_on_a_marker_finds_its_row(offline_page: tuple[Any, list[str]], seed_page: Path) -> None:
    page, refused = offline_page
    open_page(page, seed_page)
    page.locator(POINTS).nth(5).click(force=True)
    page.wait_for_selector("#events-table tr.picked", timeout=10_000)
    assert page.locator("#events-table tr.picked").first.is_visible()
    assert refused == []


# --- the same figure as the dashboard's, for every view --------------------------------------------------------

def outliers() -> pd.DataFrame:
    """25 days of events in October 2025 and one year-long event of 2019: the first view leaves it out."""
    rows: list[dict[str, object]] = [
        {"event_id": f"e{i:02d}", "actor": f"Actor {i % 3}", "actor_country": "X" if i % 2 else "",
         "date_start": f"2025-10-{i + 1:02d}", "event_type": schema.EVENT_TYPES[i % 3]} for i in range(25)]
    rows.append({"event_id": "old", "date_start": "2019-01-01", "date_end": "2019-12-31", "date_precision": "year"})
    return mentions_frame(rows)


DATASETS = {"seed": lambda: store.read_table(SEED), "outliers": outliers,
            "grouped-45-actors": lambda: synthetic_events(9_000, seed=11, n_actors=45)}
VIEWS: dict[str, list[Filters]] = {
    "seed": [Filters(), Filters(modalities=EVERY_STATUS), Filters(actors=("Donald Trump", "Nicolás Maduro")),
             Filters(countries=("Venezuela",), types=("statement",)), Filters(text="military caribbean"),
             Filters(date_from=date(2025, 10, 1), date_to=date(2025, 11, 30), min_sources=1),
             Filters(actors=("Nobody",))],
    "outliers": [Filters(), Filters(types=("statement", "deployment"))],
    "grouped-45-actors": [Filters(), Filters(modalities=EVERY_STATUS), Filters(types=("statement",))],
}


def plain(value: Any) -> Any:
    """Figure JSON with Plotly's typed arrays decoded and NaN as None, so both sides compare as plain lists."""
    if isinstance(value, dict):
        if "bdata" in value and "dtype" in value:
            return plain(np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"])).tolist())
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def differences(ours: Any, theirs: Any, path: str = "") -> list[str]:
    if isinstance(ours, dict) and isinstance(theirs, dict):
        out = [f"{path}.{k}: only one side" for k in set(ours) ^ set(theirs)]
        return out + [d for k in set(ours) & set(theirs) for d in differences(ours[k], theirs[k], f"{path}.{k}")]
    if isinstance(ours, list) and isinstance(theirs, list):
        if len(ours) != len(theirs):
            return [f"{path}: {len(ours)} items against {len(theirs)}"]
        return [d for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) for d in differences(a, b, f"{path}[{i}]")]
    if isinstance(ours, int | float) and isinstance(theirs, int | float) and not isinstance(ours, bool):
        return [] if math.isclose(ours, theirs, rel_tol=1e-12, abs_tol=1e-9) else [f"{path}: {ours} != {theirs}"]
    return [] if ours == theirs else [f"{path}: {ours!r} != {theirs!r}"]


def as_page_filters(f: Filters) -> dict[str, Any]:
    return {"actors": list(f.actors), "countries": list(f.countries), "types": list(f.types),
            "modalities": list(f.modalities), "from": f.date_from.isoformat() if f.date_from else "",
            "to": f.date_to.isoformat() if f.date_to else "", "text": f.text, "minSources": f.min_sources}


@pytest.mark.parametrize("name", list(DATASETS))
def test_the_page_draws_the_dashboards_figure_for_each_view(page: Any, tmp_path: Path, name: str) -> None:
    mentions = DATASETS[name]()
    path = tmp_path / "page.html"
    path.write_text(offline.to_html(mentions), encoding="utf-8")
    open_page(page, path)
    events = hover.with_hover(views.events_of(mentions))
    period = figures.period_of(figures.timeline_figure(apply_filters(events, Filters(), mentions)))
    said = page.locator("#chart-notes").inner_text()
    grouped = f"each marker stands for one actor's events of one type {period},"
    assert grouped in said if period else "Over" not in said
    for view in VIEWS[name]:
        drawn = page.evaluate("f => window.timelinePage.figure(window.timelinePage.kept(f))", as_page_filters(view))
        expected = json.loads(figures.timeline_figure(apply_filters(events, view, mentions)).to_json())
        found = differences(plain(expected), plain(drawn))
        assert found == [], (view, found[:10])


# --- the brief ---------------------------------------------------------------------------------------------------

def test_download_brief_is_the_brief_of_the_filters(offline_page: tuple[Any, list[str]], seed_page: Path,
                                                    seed: pd.DataFrame, tmp_path: Path) -> None:
    page, refused = offline_page
    open_page(page, seed_page)
    for status in ("planned", "denied"):
        page.check(f"input[name=status][value={status}]")
    page.check("input[name=country][value=Venezuela]")
    page.fill("#filter-from", "2025-09-01")
    page.dispatch_event("#filter-from", "change")
    page.fill("#filter-text", "  the  ")
    chosen = Filters(countries=("Venezuela",), modalities=("asserted", "planned", "denied", "claimed"),
                     date_from=date(2025, 9, 1), text="  the  ")
    shown = apply_filters(views.events_of(seed), chosen, seed)
    page.wait_for_function(f"document.getElementById('shown-count').textContent === '{len(shown)}'")
    with page.expect_download() as download:
        page.click("#download-brief")
    assert download.value.suggested_filename == "brief.md"
    saved = tmp_path / "brief.md"
    download.value.save_as(saved)
    assert saved.read_text(encoding="utf-8") == brief.to_markdown(seed, filters=chosen)
    # the brief shown in the page says the same, as HTML
    expected = brief.to_html(seed, filters=chosen)
    shown_text = " ".join(page.locator("#brief-head").inner_text().split() + page.locator("#brief-entries")
                          .inner_text().split())
    assert shown_text == " ".join(page.evaluate("h => { const d = document.createElement('div'); d.innerHTML = h; "
                                                "document.body.append(d); const t = d.innerText; d.remove(); "
                                                "return t; }", expected[expected.index("<p>"):]).split())
    page.set_viewport_size({"width": 1400, "height": 1300})
    page.evaluate("document.getElementById('brief').scrollIntoView()")  # its top at the top of the window
    box = page.locator("#brief").bounding_box()
    page.screenshot(path=str(SCREENSHOTS / "brief.png"),  # its head and first entries
                    clip={"x": box["x"], "y": box["y"], "width": box["width"], "height": min(box["height"], 1300)})
    assert refused == []
