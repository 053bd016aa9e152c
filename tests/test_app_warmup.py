"""app_warmup.py: the options it reads, and one real warm-up run against a served app."""

from __future__ import annotations

import http.server
import os
import socket
import threading
import time
from pathlib import Path

import pytest

import app_warmup
from bench.common import port_of, serve_app  # how the benchmarks and browser tests serve the app
from timeline.store.synthetic import synthetic_events
from timeline.store.tables import write_table

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("argv", "port", "base"), [
    ([], 8501, ""),
    (["--server.port", "8502"], 8502, ""),
    (["--server.port=8503", "--server.address=0.0.0.0"], 8503, ""),
    (["--server.baseUrlPath", "/timeline/"], 8501, "timeline"),
    (["--server.headless", "true", "--theme.base", "dark"], 8501, ""),
])
def test_server_of_reads_port_and_base_path_only(argv: list[str], port: int, base: str) -> None:
    assert app_warmup.server_of(argv) == app_warmup.Server(port, base)


def test_urls_carry_the_base_path() -> None:
    assert app_warmup.Server(8600, "timeline").url("ws", "_stcore/stream") == "ws://127.0.0.1:8600/timeline/_stcore/stream"
    assert app_warmup.Server(8600).url("http", "_stcore/health") == "http://127.0.0.1:8600/_stcore/health"


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_no_server_gives_up_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    port = closed_port()
    assert app_warmup.main(["--server.port", str(port)], start_timeout=0.5) == 1
    err = capsys.readouterr().err
    assert f"no dashboard answered on port {port}" in err and "Traceback" not in err


def test_a_stopped_server_ends_the_wait_quietly(capsys: pytest.CaptureFixture[str]) -> None:
    """Started beside a server that has already stopped (its parent is not the one it was given), it ends at once
    and says nothing: the visitor stopped the dashboard, nothing is wrong."""
    started = time.monotonic()
    assert app_warmup.main(["--server.port", str(closed_port())], start_timeout=30, parent=-1) == 1
    assert time.monotonic() - started < 5 and capsys.readouterr().err == ""


class _AlwaysHealthy(http.server.BaseHTTPRequestHandler):
    """Answers 200 to every GET, the websocket upgrade included: a server that is up but is not Streamlit."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_a_server_that_is_not_streamlit_ends_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), _AlwaysHealthy) as other:
        threading.Thread(target=other.serve_forever, daemon=True).start()
        try:
            assert app_warmup.main(["--server.port", str(other.server_address[1])], start_timeout=5) == 1
        finally:
            other.shutdown()
    err = capsys.readouterr().err
    assert "did not finish" in err and "Traceback" not in err


@pytest.mark.slow
def test_warm_up_runs_the_page_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events = tmp_path / "events.parquet"
    write_table(synthetic_events(120, seed=3, n_actors=6), events)
    with serve_app(ROOT, {**os.environ, "TIMELINE_EVENTS": str(events)}, tmp_path / "streamlit.log") as url:
        port = port_of(url)
        run = app_warmup.run_once(app_warmup.Server(int(port)), timeout=120)
        assert run.ok and run.elements > 10  # the whole page was drawn: title, sidebar widgets, chart, table
        assert app_warmup.main(["--server.port", port]) == 0  # a second run, from the command line's entry point
    assert "first run done" in capsys.readouterr().err
