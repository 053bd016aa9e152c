"""Chromium (Debian's, through Playwright): the exported HTML works offline; the dashboard in read-only
mode offers no way to change data (whatever the URL says); article text never runs in the browser.

Skipped with a reason when /usr/bin/chromium is missing, except under CI=true, where that is a failure.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bench.common import serve_app
from tests.browser.conftest import refuse_network
from tests.build.test_runner import fake_extract, fake_merge
from tests.fixtures import BAD_INPUT
from tests.test_schema import frame, one_row
from timeline import settings
from timeline.build import runner as build
from timeline.export import tables as export
from timeline.ingest.articles import add_text
from timeline.store import workspace

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
    blocked = refuse_network(context)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(exported.as_uri())
    page.wait_for_selector("#timeline-chart .main-svg", timeout=20_000)
    points = "#timeline-chart .scatterlayer path.point"
    assert page.locator(points).count() == 3
    assert page.locator("#events-table tbody tr:visible").count() == 3

    page.check("input[name=actor][value=Venezuela]")
    page.wait_for_function("document.getElementById('shown-count').textContent === '2'")
    assert page.locator("#events-table tbody tr:visible").count() == 2
    assert page.locator(points).count() == 2

    page.check("input[name=type][value=statement]")
    page.wait_for_function("document.getElementById('shown-count').textContent === '1'")
    assert page.locator(points).count() == 1

    page.click("#filter-reset")
    page.wait_for_function("document.getElementById('shown-count').textContent === '3'")

    # the hostile sentences are shown as text and ran nothing
    assert page.evaluate("window.__pwned") is None
    assert dialogs == [] and errors == []
    assert "<script>" in page.locator("#events-table").inner_text()
    assert page.locator("#events-table img").count() == 0
    assert page.title() == "Offline <b>test</b>"
    assert blocked == [], f"the page tried to reach the network: {blocked}"
    context.close()


# --- the dashboard, served by Streamlit -------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
BUILT_AT = "2026-02-03T04:05:06+00:00"
APP_SCRIPT = "Militia deployed <script>alert(1)</script> fighters to the port."
APP_IMG = "The navy sent ships <img src=x onerror=alert(2)> to the strait on Monday."
HOSTILE_ARTICLE = f"Militia deploys <script>alert(3)</script>\n\n{APP_SCRIPT}\n\n{APP_IMG}\n"
WRITE_LABELS = ("Rebuild", "Add and rebuild", "Save correction", "Undo")
LOCAL_OPTIONS = ("--server.maxUploadSize", "5")  # what scripts/run.sh adds for local mode


def make_data(data: Path) -> Path:
    """The hostile article and a plain one, built with the small fake extractor of tests/build/test_runner.py
    (one event per sentence with deployed/sent/moved)."""
    config = settings.load({settings.DATA_DIR_KEY: str(data)})
    add_text(config.articles_dir, HOSTILE_ARTICLE, published=date(2025, 10, 20), title="Hostile <b>title</b>")
    add_text(config.articles_dir, "Russia deployed armoured brigades near Kharkiv.\n", published=date(2025, 10, 21))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(settings.DATA_DIR_KEY, str(data))
        patch.setattr(build, "build_events",
                      functools.partial(build.build_events, extract=fake_extract, merge=fake_merge))
        workspace.rebuild(config, built_at=BUILT_AT)
    return data


@pytest.fixture(scope="module")
def shared_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Data for the read-only server (read-only tests never change it, and check that)."""
    return make_data(tmp_path_factory.mktemp("read_only") / "data")


def serve(data: Path, *, read_only: bool) -> Iterator[str]:
    """Run the app on a free port with TIMELINE_DATA_DIR=data; yield its address; stop it afterwards."""
    require_chromium()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_")}
    env.update({"TIMELINE_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)})
    if read_only:
        env["TIMELINE_READ_ONLY"] = "1"
    options = () if read_only else LOCAL_OPTIONS
    with serve_app(ROOT, env, data.parent / f"streamlit-{'read-only' if read_only else 'local'}.log",
                   options=options) as url:
        yield url.rstrip("/")


@pytest.fixture(scope="module")
def read_only_app(shared_data: Path) -> Iterator[str]:
    yield from serve(shared_data, read_only=True)


@pytest.fixture
def local_data(tmp_path: Path) -> Path:
    return make_data(tmp_path / "data")


@pytest.fixture
def local_app(local_data: Path) -> Iterator[str]:
    yield from serve(local_data, read_only=False)


class Opened:
    """A page on the app that may reach only the app itself; dialogs (alert) are recorded and dismissed."""

    def __init__(self, browser, base: str, path: str = "/") -> None:  # type: ignore[no-untyped-def]
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.context.route("**/*", lambda route, request: route.continue_() if request.url.startswith(base)
                           else route.abort())
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.goto(base + path)
        self.page.wait_for_selector("[data-testid='stDataFrame']", timeout=60_000)

    def _dialog(self, dialog) -> None:  # type: ignore[no-untyped-def]
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def ran_nothing(self) -> bool:
        injected = self.page.evaluate(
            "() => [...document.scripts].some(s => /alert\\([123]\\)/.test(s.textContent))"
            " || document.querySelectorAll('img[src=\"x\"]').length > 0")
        return not injected and self.dialogs == []


@pytest.mark.parametrize("path", ["/", "/?TIMELINE_READ_ONLY=0", "/?read_only=false&edit=1&mode=local", "/change"])
def test_read_only_app_offers_no_way_to_change_data(browser, read_only_app: str, shared_data: Path,  # type: ignore[no-untyped-def]
                                                    path: str) -> None:
    before = sorted((p, p.stat().st_mtime_ns) for p in shared_data.rglob("*"))
    opened = Opened(browser, read_only_app, path)  # /change: the local page's path, no page here
    page = opened.page
    page.get_by_text("Read-only view").wait_for(timeout=30_000)
    assert BUILT_AT in page.inner_text("body")
    assert page.locator("input[type=file]").count() == 0
    assert page.locator("textarea").count() == 0
    for label in WRITE_LABELS:
        assert page.get_by_role("button", name=label).count() == 0, label
    assert page.get_by_role("link", name="Change the data").count() == 0
    assert sorted((p, p.stat().st_mtime_ns) for p in shared_data.rglob("*")) == before
    opened.context.close()


@pytest.mark.parametrize("sentence", [APP_SCRIPT, APP_IMG])
def test_hostile_article_text_is_shown_as_text(browser, read_only_app: str, shared_data: Path,  # type: ignore[no-untyped-def]
                                               sentence: str) -> None:
    """The detail panel shows the sentence, the summary and the title with their tags as text."""
    frame = workspace.load(settings.load({settings.DATA_DIR_KEY: str(shared_data)})).frame
    event_id = str(frame.loc[frame["sentence"] == sentence, "event_id"].iloc[0])
    opened = Opened(browser, read_only_app, f"/?event={event_id}")
    page = opened.page
    page.get_by_text(sentence.split(" <")[0]).first.wait_for(timeout=30_000)
    body = page.inner_text("body")
    assert sentence in body  # every character shown, tags included
    assert "Hostile <b>title</b>" in body  # the title too is shown as text
    page.wait_for_timeout(500)
    assert opened.ran_nothing(), opened.dialogs
    opened.context.close()


def test_upload_in_local_mode(browser, local_app: str, local_data: Path) -> None:  # type: ignore[no-untyped-def]
    opened = Opened(browser, local_app)
    page = opened.page
    page.get_by_role("link", name="Change the data").click()  # the page that changes data, in the sidebar
    page.get_by_text("Add articles").click()
    page.locator("input[type=file]").set_input_files(str(BAD_INPUT / "injection.txt"))
    page.get_by_role("button", name="Add and rebuild").click()
    page.get_by_text("Added injection.txt").wait_for(timeout=120_000)
    assert (local_data / "articles" / "injection.txt").exists()
    assert "injection.txt" in (local_data / "articles" / "manifest.csv").read_text()
    page.wait_for_timeout(500)
    assert opened.ran_nothing(), opened.dialogs
    opened.context.close()
