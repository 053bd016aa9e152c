"""Curation: a person's corrections, kept in `data/curation.csv` and applied after every build.

The file is a small log keyed by `event_id`, one correction per row:

| action | field | value | effect |
|---|---|---|---|
| `hide` | | | the event is left out of the view and the exports (a false event) |
| `set` | a column in `EDITABLE_FIELDS` | the new value | every mention of the event gets it |
| `merge_into` | | another event_id | the event's mentions join that event |
| `split` | | one of the event's mention_ids | that mention becomes an event of its own |

Rows apply in file order to the freshly built frame. A correction follows its event when the event's id
changes: an event id is a hash of the event's smallest mention id (`merge.event_id_of`), so when a new mention
that sorts first joins the event, the row's id is still the id of one of the event's mentions, and the row
applies to the event that holds that mention now (`aliases`). Every row that changes something marks the rows
it touched `curated`. Undo is removing the row (`remove`). A row naming an event that is not there, or holding
a bad value, becomes an error `Issue` (file, line, fix) and is skipped; the other rows still apply. A hide that
cannot be applied says that the event may show again.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path

import pandas as pd

from timeline import schema, settings
from timeline.errors import InputError
from timeline.ingest.files import Issue, read_text
from timeline.merge import event_id_of
from timeline.store.tables import locked, write_text_atomic

COLUMNS = ("event_id", "action", "field", "value", "note", "created")
ACTIONS = ("hide", "set", "merge_into", "split")
EDITABLE_FIELDS = ("event_type", "subtype", "modality", "actor", "actor_country", "target", "date_start",
                   "date_end", "date_precision", "summary")
_CHOICES = {"event_type": schema.EVENT_TYPES, "modality": schema.MODALITIES, "date_precision": schema.PRECISIONS}
_NOT_EMPTY = ("actor",)


@dataclass(frozen=True)
class Correction:
    event_id: str
    action: str
    field: str = ""
    value: str = ""
    note: str = ""
    created: str = ""  # ISO timestamp given by the caller (timeline/ never reads the clock)
    line: int = 0  # line in the curation file; 0 when the correction did not come from a file

    def row(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if k in COLUMNS}

    def describe(self) -> str:
        if self.action == "set":
            return f"set {self.field} of {self.event_id} to {self.value!r}"
        if self.action == "merge_into":
            return f"merge {self.event_id} into {self.value}"
        if self.action == "split":
            return f"split mention {self.value} out of {self.event_id}"
        return f"{self.action} {self.event_id}"


@dataclass
class Applied:
    frame: pd.DataFrame  # the curated view: corrections applied, hidden events left out
    hidden: pd.DataFrame  # rows of hidden events (so the editor can show and undo them)
    issues: list[Issue] = field(default_factory=list)
    applied: list[Correction] = field(default_factory=list)


def _where(source: str, line: int) -> str:
    return f"{source}, line {line}" if line else source


def check(correction: Correction, *, source: str = "curation") -> Issue | None:
    """The problem with one correction on its own (before looking at the events), or None."""
    where = _where(source, correction.line)
    if not correction.event_id.strip():
        return Issue(where, "has an empty event_id", "copy the event's id from the events table", level="error")
    if correction.action not in ACTIONS:
        return Issue(where, f"has the unknown action {correction.action!r}", f"use one of {', '.join(ACTIONS)}",
                     level="error")
    if correction.action == "set":
        if correction.field not in EDITABLE_FIELDS:
            return Issue(where, f"sets the field {correction.field!r}, which cannot be corrected",
                         f"use one of {', '.join(EDITABLE_FIELDS)}", level="error")
        if correction.field in _CHOICES and correction.value not in _CHOICES[correction.field]:
            return Issue(where, f"sets {correction.field} to {correction.value!r}",
                         f"use one of {', '.join(_CHOICES[correction.field])}", level="error")
        if correction.field in ("date_start", "date_end"):
            try:
                day = date.fromisoformat(correction.value.strip())
            except ValueError:
                return Issue(where, f"sets {correction.field} to {correction.value!r}, which is not a date",
                             "write the date as YYYY-MM-DD", level="error")
            if not settings.EARLIEST_DAY <= day <= settings.LATEST_DAY:
                return Issue(where, f"sets {correction.field} to {day.isoformat()}, outside "
                             f"{settings.EARLIEST_DAY.isoformat()}..{settings.LATEST_DAY.isoformat()}",
                             "write the event's real date (YYYY-MM-DD)", level="error")
        if correction.field in _NOT_EMPTY and not correction.value.strip():
            return Issue(where, f"sets {correction.field} to nothing", f"give the {correction.field} a name",
                         level="error")
    if correction.action in ("merge_into", "split") and not correction.value.strip():
        what = "event_id to merge into" if correction.action == "merge_into" else "mention_id to split off"
        return Issue(where, f"has no value ({what})", f"put the {what} in the value column", level="error")
    if correction.action == "merge_into" and correction.value == correction.event_id:
        return Issue(where, "merges an event into itself", "name a different event_id in the value column",
                     level="error")
    return None


def read(path: str | Path) -> tuple[list[Correction], list[Issue]]:
    """The corrections in a curation file (a missing or empty file holds none) and the problems found."""
    source = Path(path)
    if not source.exists():
        return [], []
    if source.stat().st_size == 0:
        return [], []
    try:
        text = read_text(source)
    except InputError as exc:
        if exc.what == "is empty":
            return [], []
        return [], [Issue(exc.where, exc.what + "; no correction was applied", exc.fix, level="error")]
    reader = csv.DictReader(io.StringIO(text))
    header = [c.strip() for c in (reader.fieldnames or [])]
    missing = [c for c in ("event_id", "action") if c not in header]
    if missing:
        return [], [Issue(str(source), f"has no column(s) {', '.join(missing)}; no correction was applied",
                          f"make the first line the header {','.join(COLUMNS)}", level="error")]
    corrections: list[Correction] = []
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        if not any(row.values()):
            continue
        corrections.append(Correction(event_id=row.get("event_id", ""), action=row.get("action", "").lower(),
                                      field=row.get("field", ""), value=row.get("value", ""),
                                      note=row.get("note", ""), created=row.get("created", ""), line=line))
    return corrections, []


def dumps(corrections: Sequence[Correction]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for c in corrections:
        writer.writerow(c.row())
    return buffer.getvalue()


def write(path: str | Path, corrections: Sequence[Correction]) -> None:
    """Write the whole curation file atomically (temporary file, then rename)."""
    write_text_atomic(Path(path), dumps(corrections))


def _renumber(corrections: Sequence[Correction]) -> list[Correction]:
    return [replace(c, line=i) for i, c in enumerate(corrections, start=2)]


def append(path: str | Path, correction: Correction) -> list[Correction]:
    """Add one correction at the end of the file (refused when it is invalid on its own)."""
    problem = check(correction, source=str(path))
    if problem:
        raise InputError(problem.what, where=problem.where, fix=problem.fix)
    with locked(Path(path).parent):  # read, add, write back: one writer at a time
        current, issues = read(path)
        if issues:
            first = issues[0]
            raise InputError(first.what, where=first.where, fix=first.fix)
        updated = _renumber([*current, correction])
        write(path, updated)
    return updated


def remove(path: str | Path, index: int) -> list[Correction]:
    """Undo: drop the correction at `index` (0-based, file order) and write the file back."""
    with locked(Path(path).parent):
        current, issues = read(path)
        if issues:
            first = issues[0]
            raise InputError(first.what, where=first.where, fix=first.fix)
        if not 0 <= index < len(current):
            raise InputError(f"has no correction number {index + 1}", where=str(path),
                             fix="reload the page; the file changed since it was shown")
        updated = _renumber(current[:index] + current[index + 1:])
        write(path, updated)
    return updated


def split_event_id(event_id: str, mention_id: str) -> str:
    """The stable id a split-off mention gets (same inputs, same id, run after run)."""
    return "e-split-" + hashlib.sha1(f"{event_id}|{mention_id}".encode()).hexdigest()[:12]


def _mark(out: pd.DataFrame, mask: pd.Series) -> None:
    out.loc[mask, "curated"] = True


def aliases(frame: pd.DataFrame) -> dict[str, str]:
    """Every id an event of `frame` was or could have been known by -> its id now. An event's id is the hash of
    its smallest mention id, so the id it had before a new mention joined it is the hash of one of its
    mentions: each mention's hash names the event that holds the mention now."""
    if frame.empty:
        return {}
    mentions = frame["mention_id"].astype(str).tolist()
    return dict(zip(map(event_id_of, mentions), frame["event_id"].astype(str).tolist(), strict=True))


class _Resolver:
    """A correction's event id as it is in `out` now: the id itself when an event has it, else the event that
    holds the mention whose hash it is (`aliases` of the `built` frame, worked out on the first miss only)."""

    def __init__(self, out: pd.DataFrame, built: pd.DataFrame) -> None:
        self.out, self.built = out, built
        self.known: dict[str, str] | None = None

    def __call__(self, event_id: str) -> str:
        if (self.out["event_id"] == event_id).any():
            return event_id
        if self.known is None:
            self.known = aliases(self.built)
        return self.known.get(event_id, event_id)


def _apply_one(out: pd.DataFrame, c: Correction, hidden: set[str], where: str, resolve: _Resolver) -> Issue | None:
    """Apply one checked correction to `out` in place; an Issue when it names something absent. A row keyed by
    an event's former id still finds the event (`resolve`)."""
    event_id = resolve(c.event_id)
    mask = out["event_id"] == event_id
    if not mask.any():
        lost = " The event is no longer hidden: it may show again." if c.action == "hide" else ""
        return Issue(where, f"names the event {c.event_id!r}, which is not in the events table (re-extraction "
                     f"may have changed or dropped it); the row is skipped.{lost}",
                     "correct the event_id from the current table, or delete the row", level="error")
    c = replace(c, event_id=event_id) if c.action != "split" else c
    if c.action == "hide":
        hidden.add(c.event_id)
        _mark(out, mask)
    elif c.action == "set":
        value: object = c.value
        if c.field in ("date_start", "date_end"):
            day = pd.Timestamp(c.value.strip())
            other_day = out.loc[mask, "date_end" if c.field == "date_start" else "date_start"]
            reversed_rows = other_day < day if c.field == "date_start" else other_day > day
            if bool(reversed_rows.fillna(False).any()):
                other = "date_end" if c.field == "date_start" else "date_start"
                return Issue(where, f"puts {c.field} at {c.value}, which leaves date_end before date_start; "
                             "the row is skipped", f"correct {other} too (add a set row for it before this one)",
                             level="error")
            value = day
        out.loc[mask, c.field] = value
        _mark(out, mask)
    elif c.action == "merge_into":
        into = resolve(c.value)
        target = out["event_id"] == into
        if not target.any():
            return Issue(where, f"merges into {c.value!r}, which is not in the events table; the row is skipped",
                         "put an existing event_id in the value column", level="error")
        out.loc[mask, "event_id"] = into
        out.loc[mask, "merge_reason"] = "merged by hand"
        _mark(out, mask | target)
    elif c.action == "split":
        mention = mask & (out["mention_id"] == c.value)
        if not mention.any():
            return Issue(where, f"splits off the mention {c.value!r}, which is not part of {c.event_id}; "
                         "the row is skipped", "put one of the event's mention_ids in the value column", level="error")
        if int(mask.sum()) == 1:
            return Issue(where, f"splits {c.event_id}, which has only one mention; nothing to split",
                         "delete the row", level="error")
        out.loc[mention, "event_id"] = split_event_id(c.event_id, c.value)
        out.loc[mention, "merge_reason"] = "split by hand"
        _mark(out, mask)
    return None


def _recount_sources(out: pd.DataFrame, events: set[str]) -> None:
    if not events or "article_id" not in out.columns:
        return
    touched = out["event_id"].isin(events)
    counts = out.loc[touched].groupby("event_id", observed=True)["article_id"].nunique()
    out.loc[touched, "sources"] = out.loc[touched, "event_id"].map(counts).astype("Int64")


def _recounted(c: Correction, resolve: _Resolver) -> set[str]:
    """The events whose sources a merge or split changes, named as they are before it applies."""
    if c.action == "merge_into":
        return {resolve(c.event_id), resolve(c.value)}
    if c.action == "split":
        return {resolve(c.event_id), split_event_id(c.event_id, c.value)}
    return set()


def apply(frame: pd.DataFrame, corrections: Sequence[Correction], *, source: str = "curation") -> Applied:
    """The curated view of a freshly built `frame` (which is not modified)."""
    out = frame.copy()
    if "curated" not in out.columns:
        out["curated"] = False
    out["curated"] = out["curated"].astype("boolean").fillna(False)
    hidden: set[str] = set()
    issues: list[Issue] = []
    applied: list[Correction] = []
    touched: set[str] = set()
    resolve = _Resolver(out, frame)
    for c in corrections:
        problem = check(c, source=source)
        recount = _recounted(c, resolve) if problem is None else set()
        problem = problem or _apply_one(out, c, hidden, _where(source, c.line), resolve)
        if problem:
            issues.append(problem)
            continue
        applied.append(c)
        touched |= recount
    _recount_sources(out, touched)
    out = schema.coerce(out)
    gone = out["event_id"].isin(hidden)
    return Applied(frame=out.loc[~gone].reset_index(drop=True), hidden=out.loc[gone].reset_index(drop=True),
                   issues=issues, applied=applied)


def apply_file(frame: pd.DataFrame, path: str | Path) -> Applied:
    """`apply` with the corrections in `path`; problems reading the file come back as issues."""
    corrections, issues = read(path)
    result = apply(frame, corrections, source=str(path))
    result.issues[:0] = issues
    return result


ISSUES_ATTR = "curation_issues"  # frame.attrs key: the problems found while applying, as `Issue` fields
HIDDEN_ATTR = "curation_hidden"  # frame.attrs key: how many mention rows the corrections hid


def apply_curation(frame: pd.DataFrame, path: str | Path | None = None) -> pd.DataFrame:
    """The build's curation stage (called by `build.finish` after merging): the corrections in `path`
    (default: `curation.csv` in the data folder that `settings` names, TIMELINE_DATA_DIR honoured)
    applied to `frame`. Problems go to `frame.attrs[ISSUES_ATTR]` (dicts of `Issue` fields; `issues_of`
    turns them back), the number of hidden rows to `frame.attrs[HIDDEN_ATTR]`."""
    if path is None:
        path = settings.load(os.environ).curation_path
    result = apply_file(frame, path)
    out = result.frame
    out.attrs[ISSUES_ATTR] = [asdict(issue) for issue in result.issues]
    out.attrs[HIDDEN_ATTR] = len(result.hidden)
    return out


def issues_of(frame: pd.DataFrame) -> list[Issue]:
    """The curation problems `apply_curation` left on `frame` (none when it was not curated)."""
    return [Issue(**raw) for raw in frame.attrs.get(ISSUES_ATTR, []) if isinstance(raw, dict)]
