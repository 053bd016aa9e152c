"""Run every benchmark in bench/ and print one table: `python -m bench.run_all [--smoke]`.

Each benchmark script runs in its own process (so memory peaks are its own). A script that accepts
`--json FILE` gives rows (benchmark, size, metric, value, unit, note) that go into the one table;
the output of a script that does not is printed as it is. `--smoke` passes `--smoke` to the scripts
that accept it (CI runs this: tiny sizes, seconds). A script that fails or runs out of time is listed
as such and the others still run; the exit status is then 1.

    python -m bench.run_all                                  # full sizes (slow: see bench/RESULTS.md)
    python -m bench.run_all --sizes 100,1000                 # corpus sizes for the pipeline benchmark
    python -m bench.run_all --smoke                          # what CI runs
    python -m bench.run_all --only pipeline,store --results  # also rewrite the table in bench/RESULTS.md
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import Row, machine, table

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
HELPERS = frozenset({"run_all", "common", "corpus", "__init__"})
RESULTS = BENCH / "RESULTS.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"
# Scripts that need data outside the repository: listed as skipped, with how to run them.
EXTERNAL = {"tempeval": "needs the TempEval-3 corpus outside the repository; run "
            "`python -m bench.tempeval ../shared/tempeval/data/platinum` by hand"}
SHARED = ROOT.parent / "shared"  # the team's evaluation data, beside the checkout (not in a clean clone)
# Smoke arguments for scripts that have no --smoke option of their own.
SMOKE_ARGS = {"extract": ["--copies", "1"], "temporal": ["--repeat", "1"]}
# Size options per benchmark (full runs), when the script accepts --sizes.
FULL_SIZES = {"store": "10000,100000,1000000", "dashboard": "10000,100000,1000000"}


@dataclass
class Outcome:
    name: str
    seconds: float
    status: str  # ok, failed (exit N), timed out, skipped
    rows: list[Row] = field(default_factory=list)
    text: str = ""  # printed output of a script that gives no JSON rows, or the error


def scripts() -> list[Path]:
    """Every benchmark script in bench/ (helpers excluded), in name order."""
    return sorted(p for p in BENCH.glob("*.py") if p.stem not in HELPERS and not p.stem.startswith("_"))


def accepts(script: Path, option: str) -> bool:
    """True when the script's source mentions `option` (its argparse definition)."""
    return f'"{option}"' in script.read_text(encoding="utf-8") or f"'{option}'" in script.read_text(encoding="utf-8")


def command(script: Path, *, smoke: bool, sizes: str | None, json_out: Path) -> list[str]:
    cmd = [sys.executable, "-m", f"bench.{script.stem}"]
    if smoke and accepts(script, "--smoke"):
        cmd.append("--smoke")
    elif smoke:
        cmd += SMOKE_ARGS.get(script.stem, [])
    elif not smoke and accepts(script, "--sizes"):
        chosen = sizes if script.stem == "pipeline" and sizes else FULL_SIZES.get(script.stem)
        if chosen:
            cmd += ["--sizes", *chosen.split(",")]
    if accepts(script, "--json"):
        cmd += ["--json", str(json_out)]
    return cmd


def run_one(script: Path, *, smoke: bool, sizes: str | None, timeout: float | None) -> Outcome:
    if script.stem in EXTERNAL:
        return Outcome(script.stem, 0.0, "skipped: " + EXTERNAL[script.stem])
    if '"shared"' in script.read_text(encoding="utf-8") and not SHARED.is_dir():
        return Outcome(script.stem, 0.0, f"skipped: reads the evaluation data in {SHARED}, which is not here")
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        json_out = Path(tmp) / "rows.json"
        cmd = command(script, smoke=smoke, sizes=sizes, json_out=json_out)
        print(f"== {script.name}: {' '.join(cmd[1:])}", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return Outcome(script.stem, time.perf_counter() - start, f"timed out after {timeout:.0f} s")
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-5:])
            return Outcome(script.stem, seconds, f"failed (exit {done.returncode})", text=tail)
        if json_out.exists():
            rows = [Row(**r) for r in json.loads(json_out.read_text(encoding="utf-8"))]
            return Outcome(script.stem, seconds, "ok", rows=rows)
        return Outcome(script.stem, seconds, "ok", text=done.stdout.strip())


def report(outcomes: list[Outcome], *, smoke: bool) -> str:
    """The combined report in Markdown: machine, one table of rows, other scripts' output, the run log."""
    parts = [f"Machine: {machine()}", f"Mode: {'smoke (CI sizes)' if smoke else 'full'}", ""]
    rows = [r for o in outcomes for r in o.rows]
    if rows:
        parts += [table(rows), ""]
    for o in outcomes:
        if o.text and o.status == "ok":
            parts += [f"### {o.name}", "", "```", o.text, "```", ""]
    parts += ["| benchmark script | status | wall time (s) |", "|---|---|---:|"]
    parts += [f"| {o.name} | {o.status} | {o.seconds:.1f} |" for o in outcomes]
    failures = [o for o in outcomes if o.status != "ok" and o.text]
    for o in failures:
        parts += ["", f"{o.name} {o.status}:", "```", o.text, "```"]
    return "\n".join(parts)


def write_results(text: str, command: str = "python -m bench.run_all") -> None:
    """Replace the generated block of bench/RESULTS.md with `text`, made by `command` (the rest of the file is
    kept)."""
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    block = f"{START}\nRun {stamp} with `{command}`.\n\n{text}\n{END}"
    current = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else f"# Benchmark results\n\n{START}\n{END}\n"
    if START in current and END in current:
        head, rest = current.split(START, 1)
        new = head + block + rest.split(END, 1)[1]
    else:
        new = current.rstrip("\n") + "\n\n" + block + "\n"
    RESULTS.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, for CI")
    parser.add_argument("--sizes", help="corpus sizes for the pipeline benchmark (default 100,1000,10000)")
    parser.add_argument("--only", help="comma-separated benchmark names (script names without .py)")
    parser.add_argument("--timeout", type=float, default=0, help="seconds per benchmark (default: none; "
                        "600 with --smoke)")
    parser.add_argument("--results", action="store_true", help="write the report into bench/RESULTS.md")
    args = parser.parse_args(argv)
    chosen = scripts()
    if args.only:
        wanted = {w.strip() for w in args.only.split(",") if w.strip()}
        unknown = wanted - {s.stem for s in chosen}
        if unknown:
            print(f"error: no benchmark named {', '.join(sorted(unknown))}; there are "
                  f"{', '.join(s.stem for s in chosen)}", file=sys.stderr)
            return 2
        chosen = [s for s in chosen if s.stem in wanted]
    timeout = args.timeout or (600.0 if args.smoke else None)
    outcomes = [run_one(s, smoke=args.smoke, sizes=args.sizes, timeout=timeout) for s in chosen]
    text = report(outcomes, smoke=args.smoke)
    print(text)
    if args.results:
        given = sys.argv[1:] if argv is None else argv
        write_results(text, " ".join(["python -m bench.run_all", *given]))
    return 0 if all(o.status == "ok" or o.status.startswith("skipped") for o in outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
