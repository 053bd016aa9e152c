"""Warm a freshly started dashboard server, so that its first visitor does not wait for the first run.

    python app_warmup.py [streamlit options]      # e.g. --server.port 8502 --server.baseUrlPath timeline

`scripts/run.sh` and the Docker image start it in the background beside `streamlit run app.py`, with the same
options. It waits until the server answers its health check, then opens one session over Streamlit's
websocket, as a browser does, and asks for a run of the page with no query string (the first view everyone
gets) and no widget changed. That run imports the app's modules, builds or reads the events and fills the
process-wide caches (`st.cache_data`, `st.cache_resource`) that every later session shares; then it closes.
On the 1M-mention store the first visitor then sees the chart after 3.05 s instead of 4.4 s (bench/RESULTS.md).

It changes nothing a visitor can see, and a server it cannot reach or a run that fails only ends it with one
line on stderr and exit status 1: the dashboard serves as it would without it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.exceptions import WebSocketException
from websockets.sync.client import connect

DEFAULT_PORT = 8501
START_TIMEOUT = 120.0  # s for the server to answer its health check
RUN_TIMEOUT = 300.0  # s for the first run (the bundled articles are extracted with spaCy in it)


@dataclass(frozen=True)
class Server:
    """Where the dashboard answers on this machine."""

    port: int = DEFAULT_PORT
    base: str = ""  # server.baseUrlPath, without slashes

    def url(self, scheme: str, path: str) -> str:
        prefix = f"/{self.base}" if self.base else ""
        return f"{scheme}://127.0.0.1:{self.port}{prefix}/{path}"


def server_of(argv: Sequence[str]) -> Server:
    """The port and base path among `streamlit run` options (`--server.port 8502` or `--server.port=8502`);
    anything else is the server's business and ignored here."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--server.port", dest="port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--server.baseUrlPath", dest="base", default="")
    known, _ = parser.parse_known_args(list(argv))
    return Server(int(known.port), str(known.base).strip("/"))


def wait_until_up(server: Server, timeout: float = START_TIMEOUT, parent: int | None = None) -> bool:
    """True once the health check answers 200; False when `timeout` passes first, or as soon as this process's
    parent is no longer `parent` (the server it was started beside has stopped)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and (parent is None or os.getppid() == parent):
        try:
            with urllib.request.urlopen(server.url("http", "_stcore/health"), timeout=2) as reply:
                if reply.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.25)
    return False


def first_run() -> bytes:
    """The message a browser sends to ask for a run of the page as first opened."""
    message = BackMsg()
    message.rerun_script.query_string = ""
    message.rerun_script.page_script_hash = ""
    return bytes(message.SerializeToString())


@dataclass(frozen=True)
class Run:
    """How the warm-up run ended (a `ForwardMsg.ScriptFinishedStatus` name) and how many page elements it sent."""

    status: str
    elements: int

    @property
    def ok(self) -> bool:
        return self.status == "FINISHED_SUCCESSFULLY"


def run_once(server: Server, timeout: float = RUN_TIMEOUT) -> Run:
    """Open a session, ask for one run and wait for its end."""
    deadline = time.monotonic() + timeout
    elements = 0
    with connect(server.url("ws", "_stcore/stream"), open_timeout=10, max_size=None) as socket:
        socket.send(first_run())
        while True:
            data = socket.recv(timeout=max(deadline - time.monotonic(), 0.001))
            message = ForwardMsg()
            message.ParseFromString(data if isinstance(data, bytes) else data.encode())
            kind = message.WhichOneof("type")
            if kind == "delta":
                elements += 1
            if kind == "script_finished":
                return Run(str(ForwardMsg.ScriptFinishedStatus.Name(message.script_finished)), elements)


def main(argv: Sequence[str] | None = None, start_timeout: float = START_TIMEOUT, parent: int | None = None) -> int:
    """Warm the server the options `argv` name. `parent` (default: this process's parent, the server that
    `scripts/run.sh` execs into) stopping ends the wait quietly: the server is gone, there is nothing to warm."""
    server = server_of(sys.argv[1:] if argv is None else argv)
    parent = os.getppid() if parent is None else parent
    if not wait_until_up(server, start_timeout, parent):
        if os.getppid() != parent:
            return 1
        print(f"app_warmup: no dashboard answered on port {server.port} within {start_timeout:g} s; "
              "the first visitor will start it up", file=sys.stderr)
        return 1
    started = time.monotonic()
    try:
        run = run_once(server)
    except (OSError, TimeoutError, WebSocketException) as exc:
        print(f"app_warmup: the warm-up run on port {server.port} did not finish ({exc or type(exc).__name__}); "
              "the first visitor will start it up", file=sys.stderr)
        return 1
    print(f"app_warmup: first run done in {time.monotonic() - started:.1f} s ({run.status}, "
          f"{run.elements} page elements)", file=sys.stderr)
    return 0 if run.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
