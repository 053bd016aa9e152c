"""The attack suite (issue 17): what a hostile visitor and a careless user did to the project, one table per
surface, each row naming the attack and what must hold. What broke is here with its fix's guarantee; what held
is here too, so that neither can regress silently. Attacks where the browser is the attacker (the dashboard's
detail panel, Streamlit's upload endpoint, replayed widget ids) are in tests/browser/test_attacks.py.

In-process where possible (`cli.main`, the library, AppTest); a few rows run real processes: parallel `add`,
`kill -9` in a build, two builds at once, and `scripts/run.sh` to see which address it listens on.
"""

from __future__ import annotations

import csv
import errno
import functools
import html
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from streamlit import config as st_config
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.runtime.secrets import Secrets
from streamlit.runtime.uploaded_file_manager import UploadedFileRec
from streamlit.testing.v1 import AppTest

from tests.build.test_runner import fake_extract, fake_merge
from tests.fixtures import BAD_INPUT
from tests.test_merge import row as merge_row
from tests.test_schema import frame, one_row
from timeline import cli, curation, merge, schema, settings
from timeline.build import runner as build
from timeline.curation import Correction
from timeline.errors import InputError
from timeline.export import tables as export
from timeline.ingest import articles
from timeline.ingest.articles import add_text, load_folder
from timeline.present import hover, views
from timeline.store import tables as store
from timeline.store import workspace
from ui import frame as page_frame

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"
GOOD = ("good_a.txt", "good_b.txt")
MANIFEST_HEADER = "file,title,outlet,url,published\n"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace (TIMELINE_DATA_DIR) with the two good articles and a manifest; builds use the fake extractor."""
    data = tmp_path / "data"
    (data / "articles").mkdir(parents=True)
    for name in GOOD:
        (data / "articles" / name).write_bytes((BAD_INPUT / name).read_bytes())
    (data / "articles" / "manifest.csv").write_text(
        MANIFEST_HEADER + "good_a.txt,A,Wire,https://example.org/a,2024-03-04\n"
        "good_b.txt,B,Daily,https://example.org/b,2024-03-05\n", encoding="utf-8")
    for key in (settings.READ_ONLY_KEY, settings.EVENTS_KEY):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv(settings.DATA_DIR_KEY, str(data))
    monkeypatch.setattr(build, "build_events",
                        functools.partial(build.build_events, extract=fake_extract, merge=fake_merge))
    return data


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = cli.main(argv)
    return code, capsys.readouterr().err.strip().splitlines()


# --- 1. a secrets file that cannot be read makes the deployment read-only, and the page says why -------------

@pytest.fixture
def secrets_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[bytes | None], Secrets]]:
    """Streamlit's own `Secrets`, reading one file of the test's making (None: no file at all). Streamlit copies
    root-level secrets into `os.environ`: the variable is restored after the test, so no later test runs read-only."""
    saved = st_config.get_option("secrets.files")
    monkeypatch.setenv(settings.READ_ONLY_KEY, "")  # recorded as unset (or as it was), restored at teardown
    monkeypatch.delenv(settings.READ_ONLY_KEY)

    def make(content: bytes | None) -> Secrets:
        path = tmp_path / "secrets.toml"
        if content is not None:
            path.write_bytes(content)
        st_config.set_option("secrets.files", [str(path)])
        return Secrets()

    yield make
    st_config.set_option("secrets.files", saved)


@pytest.mark.parametrize(("content", "read_only", "note"), [
    pytest.param(b"TIMELINE_READ_ONLY = yes\n", True, "cannot be read (TOMLDecodeError", id="unquoted yes"),
    pytest.param(b'TIMELINE_READ_ONLY = "1"\nbroken = [\n', True, "cannot be read", id="1 then a TOML error"),
    pytest.param(b'TIMELINE_READ_ONLY = "0"\nTIMELINE_READ_ONLY = "0"\n', True, "cannot be read",
                 id="a key twice"),
    pytest.param('TIMELINE_READ_ONLY = "0" # caf\u00e9\n'.encode("cp1252"), True, "not UTF-8", id="cp1252"),
    pytest.param(b'TIMELINE_READ_ONLY = "0"\n', False, "", id="readable, off"),
    pytest.param(b'TIMELINE_READ_ONLY = "yes"\n', True, "", id="readable, on"),
    pytest.param(None, False, "", id="no secrets file"),
])
def test_unreadable_secrets_fail_closed(secrets_file: Callable[[bytes | None], Secrets], content: bytes | None,
                                        read_only: bool, note: str) -> None:
    loaded = settings.load({}, secrets_file(content))
    assert loaded.read_only is read_only
    assert (note in " ".join(loaded.notes)) if note else loaded.notes == ()
    assert "/" not in " ".join(loaded.notes)  # no server path on the page


def test_unreadable_secrets_page_is_read_only_and_says_why(ws: Path, tmp_path: Path,
                                                           secrets_file: Callable[[bytes | None], Secrets],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    workspace.rebuild(settings.load({settings.DATA_DIR_KEY: str(ws)}), built_at="2026-01-01T00:00:00+00:00")
    monkeypatch.setattr("streamlit.secrets", secrets_file(b"TIMELINE_READ_ONLY = yes\n"))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    assert "cannot be read" in " ".join(html.unescape(w.value) for w in at.warning)
    assert "Read-only view" in " ".join(html.unescape(i.value) for i in at.info)
    labels = [b.label for b in at.button]
    assert "Rebuild" not in labels and "Save correction" not in labels and len(at.file_uploader) == 0
    with pytest.raises(ValueError, match="Could not find a navigation page"):  # no page that changes data
        at.switch_page("ui/pages/change.py")


# --- 2. uploads: none on a read-only deployment, a cap per session in local mode ---------------------------

class _Runtime:
    """The part of Streamlit's Runtime that `guard_uploads` reads."""

    def __init__(self, manager: MemoryUploadedFileManager) -> None:
        self.uploaded_file_mgr = manager

    @classmethod
    def exists(cls) -> bool:
        return True


@pytest.mark.parametrize(("read_only", "sizes", "kept"), [
    pytest.param(True, [1], 0, id="read-only: one byte refused"),
    pytest.param(True, [9_500_000] * 3, 0, id="read-only: 9.5 MB files refused"),
    pytest.param(False, [4_900_000] * 10, 10, id="local: 49 MB in one session kept"),
    pytest.param(False, [4_900_000] * 12, 10, id="local: past 50 MB refused"),
])
def test_upload_manager_holds_nothing_read_only_and_a_cap_locally(monkeypatch: pytest.MonkeyPatch, read_only: bool,
                                                                 sizes: list[int], kept: int) -> None:
    from starlette.exceptions import HTTPException

    manager = MemoryUploadedFileManager("/_stcore/upload_file")
    runtime = _Runtime(manager)
    monkeypatch.setattr(page_frame, "Runtime", type("R", (), {"exists": staticmethod(lambda: True),
                                                               "instance": staticmethod(lambda: runtime)}))
    page_frame.guard_uploads(settings.load({settings.READ_ONLY_KEY: "1" if read_only else "0"}))
    refused = 0
    for n, size in enumerate(sizes):
        try:
            manager.add_file("session", UploadedFileRec(f"f{n}", "a.txt", "text/plain", b"x" * size))
        except HTTPException as exc:
            assert exc.status_code == 413
            refused += 1
    manager.add_file("other session", UploadedFileRec("g", "b.txt", "text/plain", b"")) if not read_only else None
    assert len(manager.file_storage.get("session", {})) == kept and refused == len(sizes) - kept
    assert sum(len(f.data) for f in manager.file_storage.get("session", {}).values()) <= \
        (0 if read_only else settings.MAX_SESSION_UPLOAD_BYTES)


def test_read_only_configuration_takes_no_uploads() -> None:
    """The committed configuration (Community Cloud reads it) and the Docker image: uploads of 0 MB."""
    import tomllib

    assert tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["server"]["maxUploadSize"] == 0
    assert "--server.maxUploadSize=0" in (ROOT / "Dockerfile").read_text()


# --- 3. local mode listens on loopback unless told otherwise -----------------------------------------------

def _listening(port: int) -> set[str]:
    """The IPv4 addresses a socket listens on at `port` (from /proc/net/tcp: state 0A is LISTEN)."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if state == "0A" and int(hex_port, 16) == port:
            found.add(socket.inet_ntoa(bytes.fromhex(address)[::-1]))
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's /proc/net/tcp")
@pytest.mark.parametrize(("extra", "address", "warned"), [
    pytest.param([], "127.0.0.1", False, id="default: loopback"),
    pytest.param(["--network"], "0.0.0.0", True, id="--network: every interface, with a warning"),
])
def test_run_sh_binds_local_mode_to_loopback(tmp_path: Path, extra: list[str], address: str, warned: bool) -> None:
    events = store.write_table(frame(one_row()), tmp_path / "events.csv")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    env = {**os.environ, settings.EVENTS_KEY: str(events)}
    proc = subprocess.Popen(["bash", "scripts/run.sh", *extra, "--server.port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not _listening(port) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
        assert _listening(port) == {address}
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    assert ("serving the local workflow" in err) is warned


# --- 4 and 13. manifests: big ones read, broken ones refused by name, never a store that shrinks -----------

def _manifest_rows(n: int, title_len: int = 0) -> str:
    body = "".join(f"x{i:06d}.txt,{'T' * title_len or 'Title'} {i},Wire,https://example.org/{i},2024-03-04\n"
                   for i in range(n))
    return MANIFEST_HEADER + "good_a.txt,Kept title,Wire,https://example.org/a,2024-03-04\n" + body


@pytest.mark.parametrize(("manifest", "message"), [
    pytest.param(_manifest_rows(25_000, 220), "", id="25,000 rows, over 5 MB: read"),
    pytest.param(_manifest_rows(100_000), "", id="100,000 rows: read"),
    pytest.param(MANIFEST_HEADER + 'good_a.txt,"Open quote,Wire,,2024-03-04\ngood_b.txt,B,Daily,,2024-03-05\n',
                 "cannot be read as CSV from line 2 on", id="unterminated quote"),
    pytest.param("file,title,published,published\ngood_a.txt,A,2024-03-04,1999-01-01\n",
                 "names the column(s) published twice", id="duplicated header column"),
    pytest.param("name,title\ngood_a.txt,A\n", "has no 'file' column", id="no file column"),
    pytest.param(b"\xff\xfef\x00i\x00l\x00e\x00", "looks binary", id="UTF-16"),
])
def test_manifest_reads_or_refuses_the_build(ws: Path, capsys: pytest.CaptureFixture[str], manifest: str | bytes,
                                             message: str) -> None:
    config = settings.load({settings.DATA_DIR_KEY: str(ws)})
    workspace.rebuild(config, built_at="2026-01-01T00:00:00+00:00")
    before = snapshot(ws)
    path = ws / "articles" / "manifest.csv"
    path.write_bytes(manifest if isinstance(manifest, bytes) else manifest.encode("utf-8"))
    if not message:
        article = next(a for a in load_folder(ws / "articles").articles if a.id == "good_a")
        assert (article.title, article.outlet, str(article.published)) == ("Kept title", "Wire", "2024-03-04")
        return
    with pytest.raises(InputError, match=re.escape(message)):
        load_folder(ws / "articles")
    code, err = run_cli(["build", "--force", "--quiet"], capsys)
    assert code == 2 and len(err) == 1 and message in err[0] and "manifest.csv" in err[0] and "Fix:" in err[0]
    assert snapshot(ws) == {**before, "articles/manifest.csv": path.read_bytes()}  # the store did not shrink
    with pytest.raises(InputError, match=re.escape(message)):  # nor is the manifest rewritten by an add
        add_text(ws / "articles", "Troops moved north.\n", published=date(2024, 3, 6))


def test_local_app_keeps_the_last_store_when_the_manifest_breaks(ws: Path) -> None:
    config = settings.load({settings.DATA_DIR_KEY: str(ws)})
    built = workspace.rebuild(config, built_at="2026-01-01T00:00:00+00:00").frame
    (ws / "articles" / "manifest.csv").write_text(MANIFEST_HEADER + 'good_a.txt,"open\n', encoding="utf-8")
    view = workspace.current(config)
    assert view.issues[0].level == "error" and "a quote is probably left open" in view.issues[0].what
    pd.testing.assert_frame_equal(view.frame, built)


def test_oversized_manifest_is_refused_by_name(ws: Path) -> None:
    with (ws / "articles" / "manifest.csv").open("r+b") as handle:
        handle.truncate(settings.MAX_MANIFEST_BYTES + 1)  # sparse: no disk used
    with pytest.raises(InputError, match=r"manifest.csv: is 100,000,001 bytes, over the 100,000,000-byte limit "
                                         r"for the manifest; no article"):
        load_folder(ws / "articles")


# --- 5. parallel writers: no manifest row is lost -------------------------------------------------------------

def test_parallel_adds_keep_every_row(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    files = []
    for n in range(16):
        files.append(tmp_path / f"in{n:02d}.txt")
        files[-1].write_text(f"Story {n}\n\nThe navy sent {n + 2} frigates to the port on Monday.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_")}
    procs = [subprocess.Popen([sys.executable, "-m", "timeline", "add", str(f), "--articles", str(folder),
                               "--published", "2024-03-04"], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
             for f in files]
    outcomes = [(p.wait(timeout=240), p.stderr.read() if p.stderr else "") for p in procs]
    assert all(code == 0 for code, _ in outcomes), outcomes
    rows = list(csv.DictReader(io.StringIO((folder / "manifest.csv").read_text(encoding="utf-8"))))
    assert sorted(r["file"] for r in rows) == sorted(f.name for f in files)
    assert all(a.published == date(2024, 3, 4) for a in load_folder(folder).articles)


def test_a_held_lock_makes_the_next_writer_wait_then_fail_by_name(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path; "
                               "from timeline.store.tables import locked\nwith locked(Path(sys.argv[1])):\n"
                               " print('held', flush=True); time.sleep(30)", str(tmp_path)],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(store.StoreError, match="is being changed by another command"), \
                store.locked(tmp_path, timeout=0.3):
            pass
    finally:
        holder.kill()  # kill -9 releases the lock: the next writer gets it at once
        holder.wait()
    with store.locked(tmp_path, timeout=5):
        pass


# --- 6. an article longer than the parser takes is refused alone, before parsing --------------------------

def test_parser_and_ingest_limits_agree() -> None:
    from timeline.extract.actors.registry import Registry
    from timeline.nlp.pipeline import pipeline

    assert pipeline(Registry.default()).max_length >= settings.MAX_ARTICLE_CHARS


@pytest.mark.parametrize(("chars", "refused"), [
    pytest.param(settings.MAX_ARTICLE_CHARS, False, id="at the limit"),
    pytest.param(settings.MAX_ARTICLE_CHARS + 1, True, id="one character over"),
    pytest.param(4_000_000, True, id="4 MB, under the byte limit"),
])
def test_oversized_article_is_refused_alone(ws: Path, capsys: pytest.CaptureFixture[str], chars: int,
                                            refused: bool) -> None:
    sentence = "The navy sent ships north on Monday. "
    (ws / "articles" / "long.txt").write_text((sentence * (chars // len(sentence) + 1))[:chars], encoding="utf-8")
    with (ws / "articles" / "manifest.csv").open("a", encoding="utf-8") as manifest:
        manifest.write("long.txt,Long,Wire,,2024-03-06\n")
    code, err = run_cli(["extract", str(ws / "articles"), "--out", str(ws / "events.csv"), "--quiet"], capsys)
    assert (ws / "events.csv").exists(), err
    table = store.read_table(ws / "events.csv")
    assert "good_a" in set(table["article_id"])  # the rest is built
    assert ("long" in set(table["article_id"])) is not refused
    assert code == (2 if refused else 0)
    assert any("long.txt: is" in line and "-character limit for one article" in line for line in err) is refused


# --- 7 and 10. text shown as text, escaped once for where it goes; the only links are checked source URLs ----

HOSTILE = ("Iran's \"reply\" & <b>bold</b> <script>alert(1)</script> *stars* [x](javascript:y) $5 #tag "
           "see www.example.com/phish, mail bob@evil.example or http://evil.example/x\nsecond line")
_JOINER = "\u2060"


def _export_page(text: str) -> str:
    table = frame(one_row(summary=text, sentence=text, title=text, outlet=text, actor=text, target=text,
                          url="https://example.org/ok"))
    return export.to_html(table, title=text)


@pytest.mark.parametrize(("place", "render", "decode"), [
    pytest.param("Markdown (alerts, captions)", views.safe_text,
                 lambda s: html.unescape(s).replace(_JOINER, ""), id="safe_text"),
    pytest.param("HTML block (detail, notes)", lambda t: views.html_block(views.safe_html(t)),
                 lambda s: html.unescape(s.removeprefix("<div>").removesuffix("</div>").replace("<br>", "\n")),
                 id="safe_html"),
    pytest.param("detail sentence with its date marked", lambda t: views.highlight(t, "second"),
                 lambda s: html.unescape(s.replace("<mark>", "").replace("</mark>", "").replace("<br>", "\n")),
                 id="highlight"),
    pytest.param("chart hover", lambda t: hover.hover_text(views.events_of(frame(one_row(summary=t))))[0],
                 lambda s: html.unescape(s.split("<br>")[4]), id="hover"),
])
def test_text_is_escaped_once_for_its_place(place: str, render: Callable[[str], str],
                                            decode: Callable[[str], str]) -> None:
    text = HOSTILE if place != "chart hover" else HOSTILE.replace("\n", " ")[:139]
    out = render(text)
    assert decode(out) == text, place  # one decoding gives the text back: escaped exactly once
    assert "&amp;#" not in out and "&#38;#" not in out and "<script" not in out and "<b>bold" not in out


def test_markdown_text_makes_no_link_of_its_words() -> None:
    out = views.safe_text(HOSTILE)
    for trigger in ("www&#46;", "&#58;//", "@e"):  # what GitHub-flavoured Markdown would link
        assert trigger not in out
    assert "http&#58;\u2060//" in out and "@\u2060evil" in out and "www\u2060&#46;" in out


@pytest.mark.parametrize(("url", "linked"), [
    ("https://example.org/a", True),
    ("javascript:alert(1)", False),
    ('https://x.org/" onmouseover="alert(1)', False),
    ("https://x.org/<script>", False),
    ("data:text/html,<b>x</b>", False),
])
def test_exported_page_links_only_checked_source_urls(url: str, linked: bool) -> None:
    page = export.to_html(frame(one_row(url=url, sentence="see www.example.com and bob@evil.example")))
    body = page[page.index("<body>"):]
    hrefs = re.findall(r"<a\s[^>]*href=\"([^\"]*)\"", body)
    assert len(re.findall(r"<a\s", body)) == len(hrefs)  # every link has a plain href
    assert set(hrefs) == ({html.escape(url, quote=True)} if linked else set())  # only the checked source URL


def test_actor_with_a_link_is_a_plain_lane_label_in_the_exported_page() -> None:
    anchor = '<a href="https://evil.example">Evil</a>'
    page = export.to_html(frame(one_row(actor=anchor)))
    start = page.index('<script type="application/json" id="figure-data">')
    figure = json.loads(page[page.index(">", start) + 1:page.index("</script>", start)])
    labels = figure["layout"]["yaxis2"]["ticktext"]  # the lane labels
    assert anchor not in json.dumps(labels)
    assert html.escape(anchor) in labels  # Plotly shows &lt;a ...&gt; as the text itself


@pytest.mark.parametrize(("event_id", "url", "slide_id", "media"), [
    ("e-0123456789ab", "https://example.org/a", "e-0123456789ab", True),
    ('"><img src=x onerror=alert(1)>', "https://example.org/a", None, True),
    ("e-1", 'https://x.org/" onerror="alert(1)', "e-1", False),
    ("e-1", "javascript:alert(1)", "e-1", False),
])
def test_timelinejs_ids_and_media_are_checked(event_id: str, url: str, slide_id: str | None, media: bool) -> None:
    story = export.to_timelinejs(frame(one_row(event_id=event_id, url=url)))
    slide = story["events"][0]
    assert re.fullmatch(r"[A-Za-z0-9_-]+", slide["unique_id"])
    assert slide["unique_id"] == (slide_id or export.slide_id(event_id))
    assert ("media" in slide) is media


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\t=1", "\r=1"])
def test_csv_download_neutralises_formulas(cell: str) -> None:
    rows = list(csv.reader(io.StringIO(export.to_csv_bytes(frame(one_row(summary=cell, sentence=cell))).decode())))
    header = rows[0]
    assert rows[1][header.index("summary")] == "'" + cell and rows[1][header.index("sentence")] == "'" + cell


# --- 8. a correction follows its event when a new mention renames it -----------------------------------------

A = "The United States designated the Cartel de los Soles a foreign terrorist organization."
B = "Washington designated the Cartel de los Soles as a foreign terrorist organization on Monday."


def _merged(*mentions: tuple[str, str, str]) -> pd.DataFrame:
    rows = [merge_row(mention, article, sentence) for mention, article, sentence in mentions]
    return merge.merge_mentions(schema.coerce(pd.DataFrame(rows, columns=list(schema.COLUMN_NAMES))))


@pytest.mark.parametrize(("action", "field", "value", "check"), [
    pytest.param("hide", "", "", lambda out: out.frame.empty and len(out.hidden) == 3, id="hide stays hidden"),
    pytest.param("set", "actor", "US State Department",
                 lambda out: set(out.frame["actor"]) == {"US State Department"}, id="set follows"),
    pytest.param("split", "", "m-c", lambda out: out.frame["event_id"].nunique() == 2, id="split follows"),
])
def test_correction_survives_a_new_mention_joining_its_event(action: str, field: str, value: str,
                                                            check: Callable[[Any], bool]) -> None:
    before = _merged(("m-b", "a1", A), ("m-c", "a2", B))
    old_id = str(before["event_id"].iloc[0])
    grown = _merged(("m-a", "a3", A), ("m-b", "a1", A), ("m-c", "a2", B))  # m-a sorts first: the id changes
    assert grown["event_id"].nunique() == 1 and old_id not in set(grown["event_id"])
    out = curation.apply(grown, [Correction(old_id, action, field, value, line=2)], source="curation.csv")
    assert out.issues == [] and check(out)


def test_merge_into_a_renamed_event_follows_it() -> None:
    before = _merged(("m-b", "a1", A), ("m-c", "a2", B))
    grown = pd.concat([_merged(("m-a", "a3", A), ("m-b", "a1", A), ("m-c", "a2", B)),
                       frame(one_row(event_id="e-other", mention_id="m-z", actor="Venezuela"))], ignore_index=True)
    out = curation.apply(schema.coerce(grown), [Correction("e-other", "merge_into", "", str(before["event_id"][0]))])
    assert out.issues == [] and out.frame["event_id"].nunique() == 1


def test_a_hide_that_cannot_apply_is_an_error_that_says_so() -> None:
    out = curation.apply(frame(one_row(event_id="e-new", mention_id="m-new")),
                         [Correction("e-gone", "hide", line=2)], source="curation.csv")
    assert len(out.frame) == 1 and out.issues[0].level == "error"
    assert "curation.csv, line 2" in str(out.issues[0]) and "may show again" in str(out.issues[0])


# --- 9 and 12. one exit-status rule for every command, one line per problem, nothing stored lost -------------

def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every atomic rename fails as on a full disk (the temporary file was written; the old file stays)."""
    def no_space(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(dst))

    monkeypatch.setattr(store.os, "replace", no_space)


def _binary(ws: Path) -> None:
    (ws / "articles" / "binary.txt").write_bytes((BAD_INPUT / "binary.txt").read_bytes())


def _build(ws: Path) -> None:
    workspace.rebuild(settings.load({settings.DATA_DIR_KEY: str(ws)}), built_at="2026-01-01T00:00:00+00:00")


def _file_in_the_way(ws: Path) -> None:
    _build(ws)
    (ws / "blocker").write_text("a file, not a folder\n", encoding="utf-8")


@pytest.mark.parametrize(("setup", "argv", "code", "message", "output"), [
    # clean runs: 0
    pytest.param(None, ["extract", "{A}", "--out", "{W}/e.csv"], 0, "", "e.csv", id="extract ok"),
    pytest.param(None, ["timex", "{A}", "--out", "{W}/t.jsonl"], 0, "", "t.jsonl", id="timex ok"),
    pytest.param(None, ["build"], 0, "", "events.parquet", id="build ok"),
    pytest.param(None, ["add", str(BAD_INPUT / "undated.txt")], 0, "", "articles/undated.txt",
                 id="add ok (undated is a warning)"),
    pytest.param(_build, ["export", "{W}/out.json"], 0, "", "out.json", id="export ok"),
    pytest.param(_build, ["export-html", "{W}/out.html"], 0, "", "out.html", id="export-html ok"),
    # a refused input: 2, and the output still written for the rest
    pytest.param(_binary, ["extract", "{A}", "--out", "{W}/e.csv"], 2, "binary.txt: looks binary", "e.csv",
                 id="extract with a refused file"),
    pytest.param(_binary, ["timex", "{A}", "--out", "{W}/t.jsonl"], 2, "binary.txt: looks binary", "t.jsonl",
                 id="timex with a refused file"),
    pytest.param(_binary, ["build"], 2, "binary.txt: looks binary", "events.parquet", id="build with a refused file"),
    pytest.param(None, ["add", "{W}/new.txt", str(BAD_INPUT / "empty.txt")], 2, "empty.txt: is empty",
                 "articles/new.txt", id="add with a refused file"),
    # bad input the held cases named: one line each
    pytest.param(None, ["add", str(BAD_INPUT / "binary.txt")], 2, "looks binary", "", id="add binary"),
    pytest.param(None, ["add", str(BAD_INPUT / "cp1252.txt")], 2, "is not UTF-8", "", id="add cp1252"),
    pytest.param(None, ["add", "{W}/utf16.txt"], 2, "looks binary", "", id="add UTF-16"),
    pytest.param(None, ["add", "{W}/huge.txt"], 2, "over the 5,000,000-byte limit", "", id="add 200 MB"),
    # dates outside 1900..2100
    pytest.param(None, ["add", str(BAD_INPUT / "good_a.txt"), "--published", "9999-12-31"], 2,
                 "--published: 9999-12-31 is outside 1900-01-01..2100-12-31", "", id="add dated 9999-12-31"),
    pytest.param(None, ["add", str(BAD_INPUT / "good_a.txt"), "--published", "0001-01-03"], 2,
                 "--published: 0001-01-03 is outside", "", id="add dated 0001-01-03"),
    # I/O errors: one line, nothing stored lost
    pytest.param(_file_in_the_way, ["export", "{W}/blocker/out.csv"], 2, "part of its path is a file", "",
                 id="export under a file"),
    pytest.param(_file_in_the_way, ["export-html", "{W}/blocker/out.html"], 2, "part of its path is a file", "",
                 id="export-html under a file"),
    pytest.param(_file_in_the_way, ["extract", "{A}", "--out", "{W}/blocker/e.csv"], 2, "part of its path is a file",
                 "", id="extract under a file"),
    pytest.param(_build, ["build", "--force", "--full-disk"], 2, "the disk is full", "", id="build --force, disk full"),
    pytest.param(None, ["add", "{W}/new.txt", "--full-disk"], 2, "the disk is full", "", id="add, disk full"),
    pytest.param(None, ["timex", "{A}", "--out", "{W}/t.jsonl", "--full-disk"], 2, "the disk is full", "",
                 id="timex, disk full"),
])
def test_every_command_follows_the_exit_rule(ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str], setup: Callable[[Path], None] | None,
                                             argv: list[str], code: int, message: str, output: str) -> None:
    (ws / "utf16.txt").write_bytes("Troops moved north.\n".encode("utf-16"))
    (ws / "new.txt").write_text("Published: March 6, 2024\n\nTroops moved north on Monday.\n", encoding="utf-8")
    with (ws / "huge.txt").open("wb") as handle:
        handle.truncate(200_000_000)  # sparse
    if setup:
        setup(ws)
    before = snapshot(ws)
    if "--full-disk" in argv:
        argv = [a for a in argv if a != "--full-disk"]
        _full_disk(monkeypatch)
    argv = [a.replace("{A}", str(ws / "articles")).replace("{W}", str(ws)) for a in argv]
    got, err = run_cli([*argv, "--quiet"] if argv[0] in ("extract", "timex", "build") else argv, capsys)
    assert got == code, err
    assert not any("Traceback" in line for line in err)
    problems = [line for line in err if line.startswith("error:")]
    assert (len(problems) >= 1) is (code == 2)
    assert all(len(line) < 600 and "Fix:" in line for line in problems), problems
    if message:
        assert any(message in line for line in problems), err
    if output:
        assert (ws / output).exists()
    if code == 2 and not output:  # nothing was written, nothing stored was lost
        assert snapshot(ws) == before


@pytest.mark.parametrize(("published", "dated"), [
    pytest.param("9999-12-31", "2024-03-04", id="9999-12-31: the dateline instead"),
    pytest.param("0001-01-03", "2024-03-04", id="0001-01-03: the dateline instead"),
])
def test_out_of_range_manifest_date_is_refused_at_ingest(ws: Path, published: str, dated: str) -> None:
    (ws / "articles" / "manifest.csv").write_text(MANIFEST_HEADER + f"good_a.txt,A,Wire,,{published}\n",
                                                   encoding="utf-8")
    loaded = load_folder(ws / "articles")
    article = next(a for a in loaded.articles if a.id == "good_a")
    assert str(article.published) == dated
    assert any(f"{published} is outside 1900-01-01..2100-12-31" in str(i) for i in loaded.issues)
    export.to_html(build.build_events(loaded.articles))  # the page is written: no OutOfBoundsDatetime


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-03"])
def test_out_of_range_correction_date_is_refused(value: str) -> None:
    out = curation.apply(frame(one_row()), [Correction("e-1", "set", "date_end", value, line=2)])
    assert out.issues[0].level == "error" and "outside 1900-01-01..2100-12-31" in out.issues[0].what
    assert str(out.frame["date_end"].iloc[0].date()) == "2025-10-15"


# --- 11. links in the articles folder are never followed out of it ------------------------------------------

@pytest.mark.parametrize(("name", "target", "read"), [
    pytest.param("secret.txt", "outside", False, id="link to a file outside"),
    pytest.param("dangling.txt", "nowhere", False, id="dangling link"),
    pytest.param("alias.txt", "inside", True, id="link to an article inside"),
])
def test_links_out_of_the_folder_are_not_read(ws: Path, tmp_path: Path, name: str, target: str, read: bool) -> None:
    outside = tmp_path / "private.txt"
    outside.write_text("SECRET The army moved tanks to the border on Monday.\n", encoding="utf-8")
    inside = ws / "articles" / "other.md"
    inside.write_text("Published: March 4, 2024\n\nJets flew south on Tuesday.\n", encoding="utf-8")
    to = {"outside": outside, "nowhere": tmp_path / "gone.txt", "inside": inside}[target]
    (ws / "articles" / name).symlink_to(to)
    loaded = load_folder(ws / "articles")
    assert (Path(name).stem in {a.id for a in loaded.articles}) is read
    assert not any("SECRET" in a.text for a in loaded.articles)
    refused = [i for i in loaded.issues if "is a link to a file outside the articles folder" in i.what]
    assert (len(refused) == 1 and refused[0].level == "error") is not read


def test_a_manifest_linked_from_outside_is_refused(ws: Path, tmp_path: Path) -> None:
    outside = tmp_path / "manifest.csv"
    outside.write_text(MANIFEST_HEADER, encoding="utf-8")
    (ws / "articles" / "manifest.csv").unlink()
    (ws / "articles" / "manifest.csv").symlink_to(outside)
    with pytest.raises(InputError, match="is a link to a file outside the articles folder"):
        load_folder(ws / "articles")


# --- held: path traversal in manifests and upload names ------------------------------------------------------

@pytest.mark.parametrize("name", ["../../etc/evil.txt", "..\\..\\evil.txt", "/tmp/evil.txt", "sub/../evil.txt"])
def test_upload_names_stay_in_the_folder(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "articles"
    added = articles.add_article(folder, name, b"Troops moved north on Monday.\n", published=date(2024, 3, 4))
    assert added.path.parent == folder and added.path.name == "evil.txt"
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["evil.txt", "manifest.csv"]


def test_manifest_paths_name_files_in_the_folder_only(ws: Path) -> None:
    (ws / "articles" / "manifest.csv").write_text(MANIFEST_HEADER + "../../good_a.txt,Kept,Wire,,2024-03-04\n",
                                                   encoding="utf-8")
    article = next(a for a in load_folder(ws / "articles").articles if a.id == "good_a")
    assert article.title == "Kept" and Path(article.path).parent == ws / "articles"


# --- held: kill -9 in a build, two builds at once: the store stays readable ---------------------------------

_BUILD = """
import functools, sys, time
from tests.build.test_runner import fake_extract, fake_merge
from timeline import cli
from timeline.build import runner as build
def slow(article, registry=None):
    time.sleep(0.04)
    return fake_extract(article, registry)
build.build_events = functools.partial(build.build_events, extract=slow, merge=fake_merge)
sys.exit(cli.main(["build", "--force", "--quiet"]))
"""


@pytest.fixture
def many(tmp_path: Path) -> dict[str, str]:
    """A workspace of 30 dated articles, built once; the environment for a build subprocess."""
    data = tmp_path / "data"
    for n in range(30):
        add_text(data / "articles", f"Story {n}\n\nThe navy sent {n + 2} ships north.\n", published=date(2024, 3, 4))
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_")}, settings.DATA_DIR_KEY: str(data),
           "PYTHONPATH": str(ROOT)}
    assert subprocess.run([sys.executable, "-c", _BUILD], cwd=ROOT, env=env, timeout=120).returncode == 0
    return env


def _store_is_whole(env: dict[str, str]) -> None:
    config = settings.load(env)
    table = store.read_table(config.events_path)  # readable
    meta = workspace.read_meta(config.meta_path)
    assert meta is not None and meta.mentions == len(table) == 30


@pytest.mark.parametrize("after", [0.3, 0.8, 1.2, 1.6, 2.0, 2.4, 2.8, 3.5], ids=lambda s: f"kill -9 after {s}s")
def test_kill_9_during_a_build_leaves_the_store_readable(many: dict[str, str], after: float) -> None:
    proc = subprocess.Popen([sys.executable, "-c", _BUILD], cwd=ROOT, env=many)
    time.sleep(after)
    proc.kill()
    proc.wait()
    _store_is_whole(many)


def test_two_builds_at_once_leave_a_store_and_sidecar_that_agree(many: dict[str, str]) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", _BUILD], cwd=ROOT, env=many) for _ in range(2)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    _store_is_whole(many)
    config = settings.load(many)
    assert workspace.is_current(config, load_folder(config.articles_dir))


# --- 13 and held: what a read-only page says when its store is missing, corrupt or half a dataset -------------

@pytest.mark.parametrize(("damage", "message"), [
    pytest.param("missing", "data/events.parquet: holds no built events yet", id="missing store"),
    pytest.param("corrupt", "data/events.parquet: cannot be read as parquet", id="corrupt store"),
])
def test_read_only_page_names_the_store_problem_first(ws: Path, monkeypatch: pytest.MonkeyPatch, damage: str,
                                                      message: str) -> None:
    _build(ws)
    if damage == "missing":
        (ws / "events.parquet").unlink()
    else:
        (ws / "events.parquet").write_bytes((BAD_INPUT / "corrupted_events.parquet").read_bytes())
    monkeypatch.setenv(settings.READ_ONLY_KEY, "1")
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    errors = " ".join(html.unescape(e.value) for e in at.error)
    assert message in errors and "redeploy" in errors
    shown = " ".join(html.unescape(str(e.value)) for e in [*at.error, *at.info, *at.warning, *at.markdown])
    assert str(ws) not in shown and "Add articles" not in shown


def test_dataset_folder_without_its_summary_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "events"
    (folder / "month=2024-03").mkdir(parents=True)
    monkeypatch.setenv(settings.EVENTS_KEY, str(folder))
    monkeypatch.delenv(settings.READ_ONLY_KEY, raising=False)
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    errors = " ".join(html.unescape(e.value) for e in at.error)
    assert "is a folder without _summary.json" in errors and "extension" not in errors


# --- held: crafted query strings never reach a write ---------------------------------------------------------

@pytest.mark.parametrize("query", [
    {"TIMELINE_READ_ONLY": "0"}, {"rebuild": "1"}, {"add_files": "x", "add_pasted": "Troops moved."},
    {"cur_event": "e-1", "cur_action": "hide", "cur_save": "true"}, {"event": "../../etc/passwd"},
    {"actor": "<script>alert(1)</script>", "from": "0001-01-01", "to": "9999-12-31", "min_sources": "-5"},
])
def test_crafted_urls_never_reach_a_write(ws: Path, monkeypatch: pytest.MonkeyPatch, query: dict[str, str]) -> None:
    _build(ws)
    monkeypatch.setenv(settings.READ_ONLY_KEY, "1")
    before = snapshot(ws)
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception and len(at.file_uploader) == 0
    assert not {"Rebuild", "Save correction", "Add and rebuild"} & {b.label for b in at.button}
    assert snapshot(ws) == before
