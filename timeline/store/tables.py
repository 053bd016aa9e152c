"""Store: read and write events tables. Writes are atomic (temporary file, then rename); a write that fails
(a full disk, a file where a folder should be) raises `StoreError` naming the path and leaves the old file as
it was. `locked(folder)` serialises the writers of a folder's files across processes (read-modify-write of the
manifest, the curation file, the built store)."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from timeline import schema
from timeline.errors import StoreError

FORMATS = (".csv", ".parquet", ".jsonl")
FILE_MODE = 0o644


def check_format(path: Path) -> str:
    """The output format named by `path`'s extension; `StoreError` when it is not one we write."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise StoreError(f"has the unknown extension {suffix or '(none)'!r}", where=str(path),
                         fix=f"name the output with one of {', '.join(FORMATS)}")
    return suffix


def write_error(path: Path, exc: OSError) -> StoreError:
    """A failed write as a one-line `StoreError` naming `path`, what happened and the fix."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        what, fix = "cannot be written: the disk is full", "free some space and run the command again"
    elif isinstance(exc, FileExistsError | NotADirectoryError) or exc.errno in (errno.EEXIST, errno.ENOTDIR):
        what, fix = "cannot be written: part of its path is a file, not a folder", "choose another output path"
    elif isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        what, fix = "cannot be written: permission denied", "choose a folder you may write to"
    else:
        what, fix = f"cannot be written ({exc.strerror or type(exc).__name__})", "check the path and the disk"
    return StoreError(what + "; nothing was changed", where=str(path), fix=fix)


def make_dir(folder: Path) -> None:
    """`folder` and its parents, or `StoreError` when they cannot be made."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(folder, exc) from exc


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it over `path` only if the block succeeds. An OSError on
    the way (a full disk, no such folder) becomes a `StoreError` naming `path`; `path` is left as it was."""
    make_dir(path.parent)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise write_error(path, exc) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        if tmp.exists():
            tmp.chmod(FILE_MODE)  # mkstemp makes 0600 files; a store must stay readable by the app's user
        os.replace(tmp, path)
    except OSError as exc:
        raise write_error(path, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)


LOCK_TIMEOUT = 600.0  # s to wait for another writer (a rebuild of a large archive holds the store's lock)


@contextmanager
def locked(folder: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold an exclusive lock on `folder` for the block, across processes: every writer that reads, changes and
    writes back a file of the folder (the manifest, the curation file, the built store) holds it, so two never
    interleave. Waits up to `timeout` seconds for the current holder, then raises `StoreError`. POSIX `flock`
    on the folder itself: no lock file is left behind, and the system releases the lock when its holder exits,
    even on kill -9, so a crash never leaves a stale lock. Not re-entrant: never nest two locks of one folder."""
    make_dir(folder)
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        raise write_error(folder, exc) from exc
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StoreError(f"is being changed by another command for over {timeout:.0f} s",
                                     where=str(folder), fix="wait for it to finish, then try again") from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
def write_text_atomic(path: Path, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def _jsonable(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for col in out.columns:
        if str(out[col].dtype).startswith("datetime64"):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
    return out.astype(object).where(out.notna(), None)


def to_records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Rows as plain JSON-ready dicts (dates as ISO days, missing values as None)."""
    records: list[dict[str, object]] = _jsonable(frame).to_dict("records")
    return records


def write_table(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write `frame` as CSV, Parquet or JSON lines, chosen by the extension of `path`."""
    target = Path(path)
    kind = check_format(target)
    with atomic_path(target) as tmp:
        if kind == ".csv":
            frame.to_csv(tmp, index=False, date_format="%Y-%m-%d")
        elif kind == ".parquet":
            frame.to_parquet(tmp, index=False)
        else:
            tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in to_records(frame)),
                           encoding="utf-8")
    return target


def read_table(path: str | Path) -> pd.DataFrame:
    """Read an events table written by `write_table` and check it against the schema."""
    source = Path(path)
    if source.is_dir():  # a dataset folder (`timeline.dataset`) is recognised by its summary
        raise StoreError("is a folder without _summary.json, so not a complete events dataset", where=str(source),
                         fix=f"rebuild it with `python -m timeline extract ARTICLES_DIR --dataset {source}`, "
                         "or point to an events file (.csv, .parquet, .jsonl)")
    kind = check_format(source)
    if not source.exists():
        raise StoreError("does not exist", where=str(source),
                         fix="build it with `python -m timeline extract data/articles --out " + str(source) + "`")
    try:
        if kind == ".csv":
            frame = pd.read_csv(source, dtype=str, keep_default_na=False)
        elif kind == ".parquet":
            frame = pd.read_parquet(source)
        else:
            frame = pd.read_json(source, lines=True, dtype=False)
    except Exception as exc:  # any parser failure means the same thing to the user
        raise StoreError(f"cannot be read as {kind[1:]} ({type(exc).__name__}: {str(exc)[:120]})",
                         where=str(source), fix="rebuild it with `python -m timeline extract`") from exc
    return schema.validate(schema.coerce(frame), where=str(source))
