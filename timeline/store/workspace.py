"""The local workspace: the built events store, when it was built, and rebuilding only when needed.

The store (`Settings.events_path`, default `data/events.parquet`) holds what `build.build_events`
returned, curation applied. Beside it, `events.meta.json` records when it was built (a timestamp the
caller passes in: `timeline/` never reads the clock) and a fingerprint of everything it was built
from: the articles' content hashes, the curation file and the extractor's version key. `rebuild`
compares fingerprints and skips the work when nothing changed; `build_events` with a `RowCache`
re-extracts only the articles whose text or metadata changed.

Read-only deployments only ever call `load`, which never writes. A rebuild holds the store's lock
(`store.locked`), so two builds never interleave their store and sidecar; `current` is what the local app
shows: a rebuild when anything changed, and when the articles cannot be read (say, an unreadable manifest)
the last store as it was, with the error, never a smaller store.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from timeline import curation, schema
from timeline.build import runner as build
from timeline.build.runner import ArticleFn, Merge, Progress
from timeline.errors import ReadOnlyError, TimelineError
from timeline.ingest.articles import Article, Loaded, load_folder
from timeline.ingest.files import Issue
from timeline.settings import Settings
from timeline.store.tables import locked, read_table, write_table, write_text_atomic


@dataclass(frozen=True)
class Meta:
    built_at: str  # ISO timestamp given by whoever ran the build
    fingerprint: str
    articles: int
    mentions: int
    events: int
    hidden: int = 0

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1) + "\n"


@dataclass
class View:
    """What the app shows: the events frame, when it was built, and what went wrong on the way."""

    frame: pd.DataFrame
    meta: Meta | None
    issues: list[Issue] = field(default_factory=list)
    rebuilt: bool = False
    undated: list[Article] = field(default_factory=list)


def file_time(path: Path) -> str:
    """A file's modification time as an ISO UTC timestamp (the file system's clock, not ours)."""
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).isoformat(timespec="seconds")


def cache_dir(settings: Settings) -> Path:
    return settings.data_dir / "build" / "cache"


def fingerprint(articles: list[Article], curation_text: str, version: str) -> str:
    """Changes when an article, the curation file or the extractor changes; stable otherwise."""
    digest = hashlib.sha256(version.encode("utf-8"))
    for article in sorted(articles, key=lambda a: a.id):
        digest.update(f"\x1e{article.id}\x1f{article.content_hash}".encode())
    digest.update(b"\x1d" + curation_text.encode("utf-8"))
    return digest.hexdigest()[:20]


def read_meta(path: Path) -> Meta | None:
    """The sidecar's content, or None when it is missing or unreadable (then the store counts as stale)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Meta(**{k: data[k] for k in Meta.__dataclass_fields__ if k in data})
    except (OSError, ValueError, TypeError):
        return None


def shown_path(settings: Settings, path: Path) -> str:
    """`path` as a page may show it: relative to the data folder's parent (`data/events.parquet`), never the
    server's absolute path."""
    try:
        return str(path.relative_to(settings.data_dir.parent))
    except ValueError:
        return path.name


def load(settings: Settings) -> View:
    """The built store and its metadata; never writes. A missing or corrupted store becomes an error issue
    (with the fix, naming the store as `shown_path`) and an empty frame, so the page still opens and says why."""
    meta = read_meta(settings.meta_path)
    where = shown_path(settings, settings.events_path)
    if not settings.events_path.exists():
        fix = ("build it locally (`python -m timeline build`, or the app's Rebuild button), commit "
               "data/events.parquet and data/events.meta.json, and redeploy"
               if settings.read_only else "press Rebuild, or run `python -m timeline build`")
        return View(schema.empty_frame(), meta, [Issue(where, "holds no built events yet", fix, level="error")])
    try:
        frame = read_table(settings.events_path)
    except TimelineError as exc:
        fix = exc.fix if not settings.read_only else "rebuild it locally, commit it and redeploy"
        what = exc.what.replace(str(settings.events_path), where)
        return View(schema.empty_frame(), meta, [Issue(where, what, fix, level="error")])
    return View(frame, meta)


def current(settings: Settings, *, built_at: str | None = None) -> View:
    """What the local app shows: `rebuild` (only when anything changed); when the articles cannot be built from
    (an unreadable manifest, a folder gone), the store as last built with that error first, never a smaller one."""
    try:
        return rebuild(settings, built_at=built_at)
    except ReadOnlyError:
        raise
    except TimelineError as exc:
        view = load(settings)
        view.issues.insert(0, Issue(exc.where, exc.what + "; the events shown are those of the last build",
                                    exc.fix, level="error"))
        return view


def _curation_text(settings: Settings) -> str:
    try:
        return settings.curation_path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def version_key() -> str:
    from timeline.build.cache import version_key as key  # the build engineer's definition of "the extractor"

    return key()


def is_current(settings: Settings, loaded: Loaded) -> bool:
    """True when the store was built from exactly these articles, this curation file and this extractor."""
    meta = read_meta(settings.meta_path)
    dated = [a for a in loaded.articles if a.published is not None]
    return (meta is not None and settings.events_path.exists()
            and meta.fingerprint == fingerprint(dated, _curation_text(settings), version_key()))


def rebuild(settings: Settings, *, built_at: str | None = None, progress: Progress | None = None, force: bool = False,
            workers: int = 1, extract: ArticleFn | None = None, merge: Merge | None = None) -> View:
    """Rebuild the store from the articles folder when anything changed (or `force`), then load it.

    Raises `ReadOnlyError` in a read-only deployment and `InputError` when the folder is unusable;
    problems with single articles or curation rows come back as issues. `built_at` is the caller's clock
    (the app passes it); without it the new store file's modification time is recorded. `extract` and
    `merge` default to the real stages (tests pass small fakes, as for `build_events`)."""
    settings.require_writable("rebuild the events")
    with locked(settings.events_path.parent):  # one build at a time: its store and sidecar always belong together
        return _rebuild(settings, built_at=built_at, progress=progress, force=force, workers=workers,
                        extract=extract, merge=merge)


def _rebuild(settings: Settings, *, built_at: str | None, progress: Progress | None, force: bool, workers: int,
             extract: ArticleFn | None, merge: Merge | None) -> View:
    loaded = load_folder(settings.articles_dir)
    dated = [a for a in loaded.articles if a.published is not None]
    if not force and is_current(settings, loaded):
        view = load(settings)
        if not any(i.level == "error" for i in view.issues):
            view.issues[:0] = loaded.issues
            view.undated = loaded.undated
            return view
    from timeline.build.cache import RowCache

    stages: dict[str, Any] = {"extract": extract} if extract else {}
    if merge:
        stages["merge"] = merge
    # through the module, so a test that replaces `build.build_events` reaches this call too
    frame = build.build_events(dated, progress=progress, cache=RowCache(cache_dir(settings)), workers=workers,
                               **stages)
    if curation.ISSUES_ATTR not in frame.attrs:  # this build_events did not run the curation stage
        frame = curation.apply_curation(frame, settings.curation_path)
    issues = [*loaded.issues, *curation.issues_of(frame)]
    write_table(frame, settings.events_path)
    stamp = built_at or file_time(settings.events_path)
    meta = Meta(built_at=stamp, fingerprint=fingerprint(dated, _curation_text(settings), version_key()),
                articles=len(dated), mentions=len(frame), events=int(frame["event_id"].nunique()),
                hidden=int(frame.attrs.get(curation.HIDDEN_ATTR, 0)))
    write_text_atomic(settings.meta_path, meta.to_json())  # last: a crash before it leaves the store "stale"
    return View(frame, meta, issues, rebuilt=True, undated=loaded.undated)
