"""Command line: `python -m timeline extract|timex|add|export|export-html ...` (a stable contract: extend,
never break). Exit status, for every command: 0 when every input was used; 2 when any was refused (an
`error:` line each; the output is still written for the rest) or when the command could not run at all
(`commands.REFUSED`); 130 when interrupted. No traceback reaches a user."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline import curation
from timeline.build import distributed
from timeline.build import runner as build
from timeline.build.cache import RowCache
from timeline.cli import commands
from timeline.cli.commands import REFUSED, progress_bar, report
from timeline.errors import TimelineError
from timeline.ingest.articles import Loaded, load_folder
from timeline.store import dataset
from timeline.store import tables as store


def _load(folder: str) -> tuple[Loaded, int]:
    """The articles of `folder`, their problems printed; and the exit status those call for."""
    loaded = load_folder(folder)
    return loaded, report(loaded.issues)


def _dataset_target(args: argparse.Namespace) -> Path | None:
    """The dataset directory to write (`--dataset DIR`, or `--out DIR/`), or None for a single file."""
    if args.dataset:
        return Path(args.dataset)
    if args.out is None:
        raise TimelineError("no output given", where="extract", fix="add --out FILE (.csv, .parquet, .jsonl), "
                            "--out DIR/ or --dataset DIR (a month-partitioned Parquet dataset)")
    return Path(args.out) if args.out.endswith(("/", "\\")) else None


def cmd_extract(args: argparse.Namespace) -> int:
    target = _dataset_target(args)
    if target is None:
        store.check_format(Path(args.out))  # fail before the slow part, not after it
    loaded, status = _load(args.articles)
    cache = RowCache(args.cache) if args.cache else None
    with progress_bar(args.quiet) as progress:
        if args.dask:
            frame = distributed.build_events(loaded.articles, args.dask, progress=progress, cache=cache)
        else:
            frame = build.build_events(loaded.articles, progress=progress, workers=args.workers, cache=cache)
    written = dataset.write(frame, target) if target else store.write_table(frame, args.out)
    status = max(status, report(curation.issues_of(frame)))
    print(f"{len(frame)} mention(s) of {frame['event_id'].nunique()} event(s) from {len(loaded.articles)} "
          f"article(s) -> {written}", file=sys.stderr)
    return status


def cmd_timex(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".jsonl":
        raise TimelineError(f"has the extension {out.suffix or '(none)'!r}", where=str(out),
                            fix="name the output FILE.jsonl")
    loaded, status = _load(args.articles)
    lines: list[str] = []
    with progress_bar(args.quiet) as progress:
        for done, article in enumerate(loaded.articles, start=1):
            lines += [json.dumps(r, ensure_ascii=False) for r in build.timex_records(article)]
            progress(done, len(loaded.articles), article.id)
    store.write_text_atomic(out, "".join(line + "\n" for line in lines))
    print(f"{len(lines)} time expression(s) from {len(loaded.articles)} article(s) -> {out}", file=sys.stderr)
    return status


def parser() -> argparse.ArgumentParser:
    # `timeline` when run as the console script, else the module: usage lines show the command that was typed
    prog = "timeline" if Path(sys.argv[0]).name == "timeline" else "python -m timeline"
    top = argparse.ArgumentParser(prog=prog, description=__doc__)
    sub = top.add_subparsers(dest="command", required=True)

    extract = sub.add_parser("extract", help="write the events table (one row per mention)")
    extract.add_argument("articles", metavar="ARTICLES_DIR", help="folder of *.txt articles and manifest.csv")
    extract.add_argument("--out", help="output file: .csv, .parquet or .jsonl; or DIR/ for a Parquet dataset")
    extract.add_argument("--quiet", action="store_true", help="no progress on standard error")
    extract.add_argument("--dataset", metavar="DIR", help="write a month-partitioned Parquet dataset to DIR")
    extract.add_argument("--workers", type=int, default=build.default_workers(), metavar="N",
                         help="processes to extract with (default: every core)")
    extract.add_argument("--cache", metavar="DIR", help="reuse rows of unchanged articles stored in DIR")
    extract.add_argument("--dask", metavar="ADDRESS", help="extract on the Dask scheduler at ADDRESS "
                         "(tcp://host:8786), or `local[:N]` for N local worker processes")
    extract.set_defaults(run=cmd_extract)

    timex = sub.add_parser("timex", help="write every time expression found, as JSON lines")
    timex.add_argument("articles", metavar="ARTICLES_DIR")
    timex.add_argument("--out", required=True, help="output file (.jsonl)")
    timex.add_argument("--quiet", action="store_true", help="no progress on standard error")
    timex.set_defaults(run=cmd_timex)

    commands.register(sub)  # add, build, export, export-html
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code: int = args.run(args)
        return code
    except TimelineError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return REFUSED
    except OSError as exc:  # a read or write the command did not expect to fail (a full disk, a vanished folder)
        print(f"error: {store.write_error(Path(exc.filename or '?'), exc).message}", file=sys.stderr)
        return REFUSED
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return 130
