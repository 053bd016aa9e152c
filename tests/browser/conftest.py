"""Browser test fixtures: Debian's Chromium (never `playwright install`) and the app served on loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.common import serve_app  # the benchmarks serve the app the same way
from timeline.store.synthetic import synthetic_events
from timeline.store.tables import write_table

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    """Debian's Chromium; skipped when absent, except under CI=true where its absence is a failure."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's package (apt-get install -y chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return CHROMIUM


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory, chromium_path: Path) -> Iterator[str]:
    """`streamlit run app.py` on 127.0.0.1 with a known synthetic events table; stopped after the session."""
    events = tmp_path_factory.mktemp("browser") / "events.parquet"
    write_table(synthetic_events(160, seed=7, n_actors=10), events)
    env = {**os.environ, "TIMELINE_EVENTS": str(events)}
    with serve_app(ROOT, env, tmp_path_factory.getbasetemp() / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="session")
def seed_app_url(tmp_path_factory: pytest.TempPathFactory, chromium_path: Path) -> Iterator[str]:
    """`streamlit run app.py` on 127.0.0.1 showing the bundled seed events (data/events.parquet)."""
    env = {**os.environ, "TIMELINE_EVENTS": str(ROOT / "data" / "events.parquet")}
    with serve_app(ROOT, env, tmp_path_factory.getbasetemp() / "streamlit-seed.log") as url:
        yield url


def refuse_network(target: Any) -> list[str]:
    """Let `target` (a Playwright page or context) load file:// only: every other request is refused and recorded
    in the list returned, which an offline test expects to stay empty."""
    refused: list[str] = []

    def only_files(route: Any, request: Any) -> None:
        if request.url.startswith("file://"):
            route.continue_()
        else:
            refused.append(request.url)
            route.abort()

    target.route("**/*", only_files)
    return refused


@pytest.fixture
def page(chromium_path: Path) -> Iterator[object]:
    """A fresh headless page (1400x1100) in Debian's Chromium."""
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(chromium_path), headless=True, args=ARGS)
        try:
            yield browser.new_page(viewport={"width": 1400, "height": 1100})
        finally:
            browser.close()
