"""The local-workflow subcommands of `python -m timeline`: `add`, `build`, `export`, `export-html`.

`export` and `export-html` take their output file as `OUT` or `--out OUT`, as `extract` and `timex` take `--out`.

Registered on the CLI's parser by `timeline.cli` (`register(sub)`); each returns an exit status and
raises `TimelineError` for the CLI to print as one line.

One exit-status rule for every command: 0 when every input was used; `REFUSED` (2) when any input was refused
(each printed as an `error:` line naming it and the fix), the output still written for the rest; 2 with nothing
written when the command cannot run at all (bad arguments, an unreadable folder or manifest, a failed write).
`warning:` lines (an undated article kept, a URL dropped) never change the status.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pandas as pd

from timeline import settings
from timeline.build.runner import Progress
from timeline.errors import InputError, StoreError, TimelineError
from timeline.export import tables as export
from timeline.ingest.articles import Added, add_article
from timeline.ingest.files import Issue, parse_day
from timeline.present import link, views
from timeline.store import workspace
from timeline.store.query import Filters, choices
from timeline.store.tables import atomic_path, read_table, write_text_atomic

_SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".md": "markdown", ".markdown": "markdown"}
REFUSED = 2  # exit status when any input was refused (or the command could not run)


def report(issues: Sequence[Issue]) -> int:
    """Print each issue as one `error:` or `warning:` line on standard error; the exit status they call for."""
    for issue in issues:
        print(f"{issue.level}: {issue}", file=sys.stderr)
    return REFUSED if any(issue.level == "error" for issue in issues) else 0


def _settings() -> settings.Settings:
    return settings.load(os.environ)


def _add_one(folder: Path, file: Path, args: argparse.Namespace, published: date | None,
             limit: int) -> Added:
    if not file.is_file():
        raise InputError("does not exist or is not a file", where=str(file), fix="check the path")
    if file.stat().st_size > limit:
        raise InputError(f"is {file.stat().st_size:,} bytes, over the {limit:,}-byte limit for one article",
                         where=str(file), fix="split it into single articles")
    return add_article(folder, str(file), file.read_bytes(), published=published, title=args.title,
                       outlet=args.outlet, url=args.url, max_bytes=limit)


def cmd_add(args: argparse.Namespace) -> int:
    config = _settings()
    config.require_writable("add articles")
    folder = Path(args.articles) if args.articles else config.articles_dir
    published = parse_day(args.published, where="--published") if args.published else None
    failed = 0
    for name in args.files:
        try:
            added = _add_one(folder, Path(name), args, published, config.max_article_bytes)
        except TimelineError as exc:  # one bad file never stops the others
            print(f"error: {exc.message}", file=sys.stderr)
            failed += 1
            continue
        report(added.issues)  # warnings only (undated, a URL dropped): the article was added
        day = added.article.published.isoformat() if added.article.published else "undated"
        print(f"added {name} -> {added.path} ({day}, {added.article.date_source or 'no date'})", file=sys.stderr)
    if failed:
        rest = "; the others were added" if failed < len(args.files) else ""
        print(f"{failed} of {len(args.files)} file(s) not added{rest}", file=sys.stderr)
        return REFUSED
    print("run `python -m timeline extract` or press Rebuild in the app to include them", file=sys.stderr)
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    config = _settings()
    with progress_bar(args.quiet) as progress:
        view = workspace.rebuild(config, progress=progress, force=args.force, workers=args.workers)
    status = report(view.issues)
    if not view.rebuilt:
        print(f"nothing changed since {view.meta.built_at if view.meta else '?'}; {config.events_path} is current "
              "(--force rebuilds anyway)", file=sys.stderr)
        return status
    print(f"{len(view.frame)} mention(s) of {view.frame['event_id'].nunique()} event(s) -> {config.events_path}",
          file=sys.stderr)
    return status


@contextmanager
def progress_bar(quiet: bool) -> Iterator[Progress]:
    """A `Progress` drawn as a tqdm bar on standard error (articles done, rate, time left, the current article),
    closed on leaving. Off with --quiet, and off by itself when standard error is not a terminal (a log, a pipe)."""
    bar: Any = None

    def report(done: int, total: int, name: str) -> None:
        nonlocal bar
        if quiet:
            return
        if bar is None:
            from tqdm import tqdm  # here, not at the top: `--help` and --quiet never pay for importing it

            bar = tqdm(total=total, unit="article", file=sys.stderr, disable=None, dynamic_ncols=True)
        bar.set_postfix_str(name[:40], refresh=False)
        bar.update(done - bar.n)

    try:
        yield report
    finally:
        if bar is not None:
            bar.close()


def _events(args: argparse.Namespace) -> tuple[pd.DataFrame, str]:
    """(events frame, when it was built) from --events FILE, else from the workspace's built store."""
    if args.events:
        return read_table(args.events), ""
    view = workspace.load(_settings())
    errors = [i for i in view.issues if i.level == "error"]
    if errors:
        raise StoreError(errors[0].what, where=errors[0].where,
                         fix="build it first (`python -m timeline extract data/articles --out data/events.parquet`) "
                         "or pass --events FILE")
    return view.frame, view.meta.built_at if view.meta else ""


def output_path(args: argparse.Namespace) -> Path:
    """The file to write: `OUT` (positional) or `--out OUT`; one of them, or both naming the same file."""
    given = [value for value in (args.out, args.out_option) if value]
    if not given:
        raise TimelineError("no output file given", where=args.command,
                            fix="add the file to write, as OUT or --out OUT")
    if len(set(given)) > 1:
        raise TimelineError(f"two output files given ({given[0]!r} and --out {given[1]!r})", where=args.command,
                            fix="give the output file once, as OUT or --out OUT")
    return Path(given[0])


def _view(args: argparse.Namespace, frame: pd.DataFrame) -> Filters | None:
    """The dashboard view `--view` names (its URL's query string), or None for every event. A value the events
    do not hold (a misspelt actor) is refused, where the dashboard would drop it, so that a typo never empties or
    widens the file unnoticed."""
    if args.view is None:
        return None
    wanted = link.from_params(parse_qs(args.view.lstrip("?")))
    known = choices(views.events_of(frame), frame)
    for attr, key in (("actors", "actor"), ("countries", "country"), ("outlets", "outlet"), ("articles", "article")):
        missing = [v for v in getattr(wanted, attr) if v not in known[attr]]
        if missing:
            some = list(known[attr])
            raise InputError(f"{key} {missing[0]!r} is not in the events", where="--view",
                             fix=f"use one of: {', '.join(some[:8])}{' ...' if len(some) > 8 else ''}")
    return wanted


def cmd_export(args: argparse.Namespace) -> int:
    out = output_path(args)
    fmt = args.format or _SUFFIX_FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise TimelineError(f"has the extension {out.suffix or '(none)'!r} and no --format was given",
                            where=str(out), fix="name the file .csv, .json or .md, or pass --format timelinejs")
    frame, built = _events(args)
    view = _view(args, frame)
    if view is not None:
        frame = views.shown_mentions(frame, view)
    data = export.export_bytes(frame, fmt, title=args.title, filters=view, built=built)
    with atomic_path(out) as tmp:
        tmp.write_bytes(data)
    print(f"{len(frame)} mention(s) of {frame['event_id'].nunique()} event(s) -> {out} ({fmt})", file=sys.stderr)
    return 0


def cmd_export_html(args: argparse.Namespace) -> int:
    out = output_path(args)
    if out.suffix.lower() not in (".html", ".htm"):
        raise TimelineError(f"has the extension {out.suffix or '(none)'!r}", where=str(out),
                            fix="name the output FILE.html")
    frame, built = _events(args)
    write_text_atomic(out, export.to_html(frame, title=args.title, built=built))
    print(f"{frame['event_id'].nunique()} event(s) -> {out} (one self-contained file, works offline)",
          file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `add`, `build`, `export` and `export-html` to the CLI's subcommands."""
    add = sub.add_parser("add", help="add article files (.txt, .md, .html) to the articles folder")
    add.add_argument("files", metavar="FILE", nargs="+", help="article files; HTML is reduced to its text")
    add.add_argument("--published", help="publication date YYYY-MM-DD (else the page's metadata or dateline)")
    add.add_argument("--title", default="", help="title (else the page's or the first line)")
    add.add_argument("--outlet", default="", help="publisher")
    add.add_argument("--url", default="", help="address of the article")
    add.add_argument("--articles", metavar="ARTICLES_DIR", help="folder to add to (default data/articles)")
    add.set_defaults(run=cmd_add)

    build = sub.add_parser("build", help="build data/events.parquet from the articles (only what changed)")
    build.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    build.add_argument("--workers", type=int, default=1, help="processes for extraction (default 1)")
    build.add_argument("--quiet", action="store_true", help="no progress on standard error")
    build.set_defaults(run=cmd_build)

    exp = sub.add_parser("export", help="write the events as CSV, JSON, TimelineJS JSON or a Markdown brief")
    exp.add_argument("out", metavar="OUT", nargs="?", help="output file (.csv, .json, .md; any name with --format)")
    exp.add_argument("--out", dest="out_option", metavar="OUT", help="the output file, as an option")
    exp.add_argument("--format", choices=export.FORMATS,
                     help="csv, json, timelinejs or markdown (the chronology brief); default: from OUT")
    exp.add_argument("--events", metavar="FILE", help="events table to export (default: the built store)")
    exp.add_argument("--view", metavar="QUERY", help="only the events of this dashboard view: the query string of "
                     "its link, e.g. 'actor=Donald Trump&type=statement&from=2025-10-01' (default: every event)")
    exp.add_argument("--title", default="Crisis timeline", help="title of the TimelineJS story or the brief")
    exp.set_defaults(run=cmd_export)

    page = sub.add_parser("export-html", help="write one self-contained HTML page (chart, filters, brief, table)")
    page.add_argument("out", metavar="OUT.html", nargs="?", help="output file (.html)")
    page.add_argument("--out", dest="out_option", metavar="OUT.html", help="the output file, as an option")
    page.add_argument("--events", metavar="FILE", help="events table to export (default: the built store)")
    page.add_argument("--title", default="Crisis timeline", help="title of the page")
    page.set_defaults(run=cmd_export_html)
