"""The attack suite where the browser (or a client speaking its protocol) is the attacker (issue 17): links and
escapes in the detail panel, Streamlit's upload endpoint, replayed widget ids, a secrets file that cannot be
read, and many sessions at once. The rest of the suite runs in process: tests/test_attacks.py.

Servers are `streamlit run app.py` on 127.0.0.1 (bench/common.py `serve_app`); pages are Debian's headless
Chromium. Skipped with a reason when /usr/bin/chromium is missing, except under CI=true, where that fails.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.sync.client import connect

from bench.common import serve_app
from tests.browser.test_workflow import LOCAL_OPTIONS, require_chromium
from tests.browser.test_workflow import browser as browser  # the module's Chromium, shared
from tests.build.test_runner import fake_extract, fake_merge
from tests.test_schema import frame, one_row
from timeline import settings
from timeline.build import runner as build
from timeline.ingest.articles import add_text
from timeline.store import tables as store
from timeline.store import workspace

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
# article text that Markdown would turn into links, and quotes, ampersands and angle brackets
TITLE = "Iran's \"reply\" & <b>bold</b>: see http://evil.example/title"
SENTENCE = ("Militia deployed fighters to the port, see www.example.com/phish or write to bob@evil.example "
            "or http://evil.example/x & Iran's <i>reply</i>.")
SOURCE = "https://example.org/source"  # the one link the detail may show (a checked source URL)


def make_data(data: Path) -> Path:
    """Two articles built with the fake extractor of tests/build/test_runner.py (local mode works on them)."""
    config = settings.load({settings.DATA_DIR_KEY: str(data)})
    add_text(config.articles_dir, "Militia deployed fighters to the port.\n", published=date(2025, 10, 20))
    add_text(config.articles_dir, "Russia deployed armoured brigades near Kharkiv.\n", published=date(2025, 10, 21))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(settings.DATA_DIR_KEY, str(data))
        patch.setattr(build, "build_events",
                      functools.partial(build.build_events, extract=fake_extract, merge=fake_merge))
        workspace.rebuild(config, built_at="2026-02-03T04:05:06+00:00")
    return data


def serve(data: Path, *, read_only: bool, options: tuple[str, ...] = ()) -> Iterator[str]:
    require_chromium()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_")}
    env.update({settings.DATA_DIR_KEY: str(data), "PYTHONPATH": str(ROOT)})
    if read_only:
        env[settings.READ_ONLY_KEY] = "1"
    log = data.parent / f"streamlit-{'ro' if read_only else 'local'}-{len(options)}.log"
    with serve_app(ROOT, env, log, options=options if read_only else (*LOCAL_OPTIONS, *options)) as url:
        yield url.rstrip("/")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built store whose event "e-hostile" holds the hostile title, outlet, summary and sentence."""
    folder = make_data(tmp_path_factory.mktemp("attacks") / "data")
    store.write_table(frame(
        one_row(event_id="e-hostile", mention_id="m-1", sentence=SENTENCE, title=TITLE, outlet="O'Reilly Wire",
                url=SOURCE, summary="Militia deployed fighters, see www.example.com", actor="Militia"),
        one_row(event_id="e-2", mention_id="m-2", actor="Russia", date_start="2025-10-21", date_end="2025-10-21")),
        folder / "events.parquet")
    return folder


@pytest.fixture(scope="module")
def read_only(data: Path) -> Iterator[str]:
    yield from serve(data, read_only=True)


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve(make_data(tmp_path_factory.mktemp("attacks_local") / "data"), read_only=False)


def snapshot(folder: Path) -> list[tuple[str, int, int]]:
    return sorted((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file())


# --- a session spoken to as a browser does (the websocket protocol), to replay widget ids ---------------------

@dataclass
class Session:
    """What one run of the page sent: the session id, the buttons (label -> widget id), the texts shown."""

    session_id: str = ""
    buttons: dict[str, str] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)
    status: str = ""


def run_page(url: str, triggers: tuple[str, ...] = (), timeout: float = 120, page: str = "") -> Session:
    """Open a session on `url` and ask for one run of the page at the path `page` (the default page when there is
    none by that path), with the widget ids `triggers` pressed (as replayed ids)."""
    message = BackMsg()
    message.rerun_script.query_string = ""
    message.rerun_script.page_script_hash = ""
    message.rerun_script.page_name = page
    for widget_id in triggers:
        state = message.rerun_script.widget_states.widgets.add()
        state.id = widget_id
        state.trigger_value = True
    seen = Session()
    with connect(url.replace("http", "ws", 1) + "/_stcore/stream", open_timeout=10, max_size=None) as socket:
        socket.send(message.SerializeToString())
        while not seen.status:
            forward = ForwardMsg()
            data = socket.recv(timeout=timeout)
            forward.ParseFromString(data if isinstance(data, bytes) else data.encode())
            kind = forward.WhichOneof("type")
            if kind == "new_session":
                seen.session_id = forward.new_session.initialize.session_id
            elif kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                element = forward.delta.new_element
                what = element.WhichOneof("type")
                if what == "button":
                    seen.buttons[element.button.label] = element.button.id
                elif what in ("markdown", "alert"):
                    seen.texts.append(getattr(element, what).body)
            elif kind == "script_finished":  # a run that ends in st.rerun() is followed by the rerun
                status = ForwardMsg.ScriptFinishedStatus.Name(forward.script_finished)
                seen.status = "" if status == "FINISHED_EARLY_FOR_RERUN" else status
    return seen


# --- 7 and 10: the detail panel shows article text as text, with no link but the checked source URL ---------

def test_detail_makes_no_link_from_article_text_and_escapes_once(browser: Any, read_only: str, data: Path) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{read_only}/?event=e-hostile")
    page.get_by_text("Militia deployed fighters").first.wait_for(timeout=60_000)
    main = page.locator("[data-testid='stMain']")
    body = main.inner_text()
    assert SENTENCE in body and TITLE in body and "O'Reilly Wire" in body  # every character, shown as written
    assert "&#x27;" not in body and "&#39;" not in body and "&amp;" not in body
    hrefs = [a.get_attribute("href") or "" for a in main.locator("a").all()]
    assert not [h for h in hrefs if "example.com" in h or "evil.example" in h or h.startswith("mailto:")], hrefs
    assert page.locator("[data-testid='stMain'] b, [data-testid='stMain'] i").count() == 0
    assert dialogs == []
    page.close()


def test_read_only_error_page_shows_apostrophes_and_no_server_path(browser: Any,
                                                                    tmp_path_factory: pytest.TempPathFactory) -> None:
    empty = tmp_path_factory.mktemp("no_store") / "data"
    (empty / "articles").mkdir(parents=True)
    for url in serve(empty, read_only=True):
        page = browser.new_page()
        page.goto(url)
        page.get_by_text("holds no built events yet").wait_for(timeout=60_000)
        body = page.locator("[data-testid='stMain']").inner_text()
        assert "the app's Rebuild button" in body and "&#" not in body
        assert str(empty) not in body and "Add articles" not in body
        page.close()


# --- 2 and held: Streamlit's upload endpoint --------------------------------------------------------------

PUT = """async ({url, size, xsrf}) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(size)]), 'a.txt');
  const headers = {};
  const cookie = document.cookie.match(/_streamlit_xsrf=([^;]+)/);
  if (xsrf && cookie) headers['X-Xsrftoken'] = decodeURIComponent(cookie[1]);
  const reply = await fetch(url, {method: 'PUT', body: form, headers, credentials: 'same-origin'});
  return reply.status;
}"""


def _session_page(browser: Any, url: str) -> tuple[Any, str]:
    """A page on `url` and the id of its session (read from the websocket's first message)."""
    page = browser.new_page()
    found: list[str] = []

    def frames(socket: Any) -> None:
        def received(payload: Any) -> None:
            if isinstance(payload, bytes) and not found:
                message = ForwardMsg()
                message.ParseFromString(payload)
                if message.WhichOneof("type") == "new_session":
                    found.append(message.new_session.initialize.session_id)
        socket.on("framereceived", received)

    page.on("websocket", frames)
    page.goto(url)
    page.wait_for_selector("[data-testid='stDataFrame']", timeout=60_000)
    assert found, "no session id seen"
    return page, found[0]


@pytest.fixture(scope="module")
def read_only_lax(data: Path) -> Iterator[str]:
    """A read-only server whose configuration would take 10 MB files: the app alone must refuse them."""
    yield from serve(data, read_only=True, options=("--server.maxUploadSize", "10"))


@pytest.mark.parametrize(("server", "session", "xsrf", "sizes", "statuses"), [
    pytest.param("read_only", "own", True, [1_000], [413], id="read-only: a 1 KB file"),
    pytest.param("read_only_lax", "own", True, [9_500_000] * 3, [413] * 3,
                 id="read-only, configured for 10 MB: the app refuses"),
    pytest.param("local", "own", False, [1_000], [403], id="no XSRF token"),
    pytest.param("local", "bad", True, [1_000], [400], id="a session that does not exist"),
    pytest.param("local", "own", True, [6_000_000], [413], id="over the 5 MB of local mode"),
    pytest.param("local", "own", True, [4_900_000] * 11, [204] * 10 + [413], id="past 50 MB in one session"),
])
def test_upload_endpoint(browser: Any, request: pytest.FixtureRequest, server: str, session: str, xsrf: bool,
                         sizes: list[int], statuses: list[int]) -> None:
    url = request.getfixturevalue(server)
    page, session_id = _session_page(browser, url)
    if session == "bad":
        session_id = "00000000-0000-0000-0000-000000000000"
    got = [page.evaluate(PUT, {"url": f"{url}/_stcore/upload_file/{session_id}/f{n}", "size": size, "xsrf": xsrf})
           for n, size in enumerate(sizes)]
    assert got == statuses
    page.close()


# --- held: replayed widget ids never reach a write -----------------------------------------------------------

WRITES = ("Rebuild", "Add and rebuild", "Save correction")
CHANGE = "change"  # the path of the page that changes data (local mode only)


def test_replayed_widget_ids_never_reach_a_write(local: str, read_only: str, data: Path) -> None:
    assert not set(WRITES) & set(run_page(local).buttons)  # the timeline page changes nothing
    buttons = run_page(local, page=CHANGE).buttons
    assert set(WRITES) <= set(buttons), buttons
    pressed = run_page(local, (buttons["Rebuild"],), page=CHANGE)  # the replay works: local mode rebuilds
    assert any("Nothing changed since the last build" in text for text in pressed.texts), pressed.texts
    before = snapshot(data)
    replayed = run_page(read_only, tuple(buttons[label] for label in WRITES), page=CHANGE)  # no such page here
    assert replayed.status == "FINISHED_SUCCESSFULLY"
    assert not set(WRITES) & set(replayed.buttons)
    assert not any("Nothing changed" in text or "Rebuilt" in text for text in replayed.texts)
    assert snapshot(data) == before


# --- held: many sessions at once ------------------------------------------------------------------------------

def test_many_sessions_at_once_all_finish(read_only: str) -> None:
    with ThreadPoolExecutor(max_workers=10) as pool:
        runs = list(pool.map(lambda _: run_page(read_only, timeout=180), range(20)))
    assert [run.status for run in runs] == ["FINISHED_SUCCESSFULLY"] * 20


# --- 1: a secrets file that cannot be read: read-only, and the page says why ---------------------------------

def test_unreadable_secrets_file_serves_read_only(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    data = make_data(tmp_path_factory.mktemp("secrets") / "data")
    secrets = data.parent / "secrets.toml"
    secrets.write_text("TIMELINE_READ_ONLY = yes\n", encoding="utf-8")  # not TOML: yes needs quotes
    before = snapshot(data)
    for url in serve(data, read_only=False, options=("--secrets.files", str(secrets))):
        page = browser.new_page()
        page.goto(url)
        page.get_by_text("Read-only view").wait_for(timeout=60_000)
        body = page.inner_text("body")
        assert "settings (Streamlit secrets) cannot be read" in body and str(secrets) not in body
        assert page.locator("input[type=file]").count() == 0
        for label in WRITES:
            assert page.get_by_role("button", name=label).count() == 0, label
        page.close()
    assert snapshot(data) == before
