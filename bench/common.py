"""What every benchmark in bench/ shares: result rows, timers, memory peaks, the machine, the table."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import resource
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass
class Row:
    """One measured figure."""

    bench: str
    size: str
    metric: str
    value: float
    unit: str
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Timing:
    wall: float = 0.0
    cpu: float = 0.0  # this process only


@contextmanager
def timed() -> Iterator[Timing]:
    """Wall-clock and this process's CPU seconds of the block."""
    result = Timing()
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        yield result
    finally:
        result.wall = time.perf_counter() - wall
        result.cpu = time.process_time() - cpu


def peak_mb(children: bool = False) -> float:
    """Peak resident memory so far (MB) of this process, or of its largest finished child process."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def children_cpu() -> float:
    """CPU seconds used by finished child processes (worker pools) so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def machine() -> str:
    """One line describing this machine."""
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), "")
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            kb = int(next(line.split()[1] for line in info if line.startswith("MemTotal")))
            memory = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    load = ""
    with contextlib.suppress(OSError, AttributeError):
        load = ", load average {:.1f} / {:.1f} / {:.1f} (1 / 5 / 15 min) at the start".format(*os.getloadavg())
    return (f"{cores()} cores ({model or platform.processor() or 'unknown CPU'}){memory}, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}{load}")


def fmt(value: float) -> str:
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table."""
    lines = ["| benchmark | size | metric | value | unit | note |", "|---|---:|---|---:|---|---|"]
    lines += [f"| {r.bench} | {r.size} | {r.metric} | {fmt(r.value)} | {r.unit} | {r.note} |" for r in rows]
    return "\n".join(lines)


def free_port() -> int:
    """A TCP port nobody listens on at 127.0.0.1 now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve_app(root: Path, env: Mapping[str, str], log: Path, script: str = "app.py",
              options: Sequence[str] = ()) -> Iterator[str]:
    """`streamlit run` of `script` in the checkout `root` on a free loopback port with environment `env`
    (headless, no usage statistics, no file watcher, more `options`), its output in `log`; yields the address once
    the server answers its health check and stops it on exit. The benchmarks and the browser tests share it."""
    port = free_port()
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true", "--server.port",
             str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none", *options], cwd=root, env=dict(env), stdout=out,
            stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}/"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(url + "_stcore/health", timeout=2) as reply:
                        if reply.status == 200:
                            break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
                        raise RuntimeError(f"streamlit did not start; see {log}:\n{tail}") from None
                    time.sleep(0.25)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def report(rows: Sequence[Row], json_path: str | None = None) -> None:
    """Print `rows` as the results table and, when `json_path` is given, also write them there as JSON."""
    print(table(rows))
    if json_path:
        Path(json_path).write_text(json.dumps([r.as_dict() for r in rows], indent=1), encoding="utf-8")
