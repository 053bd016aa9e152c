"""Store: read and write events tables. Writes are atomic (temporary file, then rename)."""

from __future__ import annotations

import json
import os
import tempfile
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


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it over `path` only if the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if tmp.exists():
            tmp.chmod(FILE_MODE)  # mkstemp makes 0600 files; a store must stay readable by the app's user
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


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
