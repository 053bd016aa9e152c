"""Chromium (Debian's, through Playwright): the exported HTML works offline and runs no article text.

Skipped with a reason when /usr/bin/chromium is missing, except under CI=true, where that is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_schema import frame, one_row
from timeline import export

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SCRIPT_SENTENCE = 'Militia deployed <script>window.__pwned = "script"; alert(1)</script> fighters to the port.'
IMG_SENTENCE = 'The navy sent ships <img src=x onerror="window.__pwned = \'img\'"> to the strait on Monday.'


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true but /usr/bin/chromium is missing: install Debian's chromium (apt-get install -y chromium)")
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    table = frame(
        one_row(event_id="e-1", mention_id="m-1", actor="United States", url="https://example.org/a1"),
        one_row(event_id="e-2", mention_id="m-2", actor="Venezuela", event_type="statement", subtype="",
                sentence=SCRIPT_SENTENCE, date_start="2025-10-20", date_end="2025-10-20"),
        one_row(event_id="e-3", mention_id="m-3", actor="Venezuela", event_type="deployment",
                sentence=IMG_SENTENCE, summary='<img src=x onerror="window.__pwned = 1">',
                date_start="2025-11-01", date_end="2025-11-30", date_precision="month"),
    )
    path = tmp_path / "timeline.html"
    path.write_text(export.to_html(table, title="Offline <b>test</b>", built="2026-01-01 10:00 UTC"),
                    encoding="utf-8")
    return path


def test_exported_html_works_offline_and_filters(browser, exported: Path) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context()
    blocked: list[str] = []

    def only_files(route, request) -> None:  # type: ignore[no-untyped-def]
        if request.url.startswith("file://"):
            route.continue_()
        else:
            blocked.append(request.url)
            route.abort()

    context.route("**/*", only_files)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(exported.as_uri())
    page.wait_for_selector("#timeline-chart .main-svg", timeout=20_000)
    assert page.locator("#timeline-chart g.trace.bars path").count() == 3
    assert page.locator("#timeline-chart g.trace.scatter path.point").count() == 3
    assert page.locator("#events-table tbody tr:visible").count() == 3

    page.select_option("#filter-actor", "Venezuela")
    page.wait_for_function("document.getElementById('shown-count').textContent === '2'")
    assert page.locator("#events-table tbody tr:visible").count() == 2
    assert page.locator("#timeline-chart g.trace.bars path").count() == 2
    assert page.locator("#timeline-chart g.trace.scatter path.point").count() == 2

    page.select_option("#filter-type", "statement")
    page.wait_for_function("document.getElementById('shown-count').textContent === '1'")
    assert page.locator("#timeline-chart g.trace.bars path").count() == 1

    page.select_option("#filter-actor", "")
    page.select_option("#filter-type", "")
    page.wait_for_function("document.getElementById('shown-count').textContent === '3'")

    # the hostile sentences are shown as text and ran nothing
    assert page.evaluate("window.__pwned") is None
    assert dialogs == [] and errors == []
    assert "<script>" in page.locator("#events-table").inner_text()
    assert page.locator("#events-table img").count() == 0
    assert page.title() == "Offline <b>test</b>"
    assert blocked == [], f"the page tried to reach the network: {blocked}"
    context.close()
