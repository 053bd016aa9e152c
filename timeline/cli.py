"""Command line: `python -m timeline extract|timex ...` (a stable contract: extend, never break)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline import build, store
from timeline.articles import Loaded, load_folder
from timeline.errors import TimelineError


def _progress(enabled: bool):  # type: ignore[no-untyped-def]
    def report(done: int, total: int, name: str) -> None:
        if enabled:
            print(f"\r[{done}/{total}] {name[:50]:<50}", end="" if done < total else "\n", file=sys.stderr)

    return report


def _load(folder: str) -> Loaded:
    loaded = load_folder(folder)
    for issue in loaded.issues:
        print(f"{issue.level}: {issue}", file=sys.stderr)
    return loaded


def cmd_extract(args: argparse.Namespace) -> int:
    store.check_format(Path(args.out))  # fail before the slow part, not after it
    loaded = _load(args.articles)
    frame = build.build_events(loaded.articles, progress=_progress(not args.quiet))
    store.write_table(frame, args.out)
    print(f"{len(frame)} mention(s) of {frame['event_id'].nunique()} event(s) from {len(loaded.articles)} "
          f"article(s) -> {args.out}", file=sys.stderr)
    return 0


def cmd_timex(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".jsonl":
        raise TimelineError(f"has the extension {out.suffix or '(none)'!r}", where=str(out),
                            fix="name the output FILE.jsonl")
    loaded = _load(args.articles)
    report = _progress(not args.quiet)
    lines: list[str] = []
    for done, article in enumerate(loaded.articles, start=1):
        lines += [json.dumps(r, ensure_ascii=False) for r in build.timex_records(article)]
        report(done, len(loaded.articles), article.id)
    store.write_text_atomic(out, "".join(line + "\n" for line in lines))
    print(f"{len(lines)} time expression(s) from {len(loaded.articles)} article(s) -> {out}", file=sys.stderr)
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m timeline", description=__doc__)
    sub = top.add_subparsers(dest="command", required=True)

    extract = sub.add_parser("extract", help="write the events table (one row per mention)")
    extract.add_argument("articles", metavar="ARTICLES_DIR", help="folder of *.txt articles and manifest.csv")
    extract.add_argument("--out", required=True, help="output file: .csv, .parquet or .jsonl")
    extract.add_argument("--quiet", action="store_true", help="no progress on standard error")
    extract.set_defaults(run=cmd_extract)

    timex = sub.add_parser("timex", help="write every time expression found, as JSON lines")
    timex.add_argument("articles", metavar="ARTICLES_DIR")
    timex.add_argument("--out", required=True, help="output file (.jsonl)")
    timex.add_argument("--quiet", action="store_true", help="no progress on standard error")
    timex.set_defaults(run=cmd_timex)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code: int = args.run(args)
        return code
    except TimelineError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return 130
