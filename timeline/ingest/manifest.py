"""The articles folder's manifest.csv: one row per article file (`MANIFEST_COLUMNS`, and any other column, kept
as metadata). Read leniently: a bad row is an `Issue` and the rest still loads, but a manifest that cannot be read
at all is an `InputError` (every article would lose its date, title and link). Rewritten atomically, with the new
row, when an article is added.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from timeline.errors import InputError
from timeline.ingest.files import Issue, outside_folder, read_text
from timeline.settings import MAX_MANIFEST_BYTES
from timeline.store.tables import write_text_atomic

MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ("file", "title", "outlet", "url", "published")


def parse_manifest(text: str, where: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """The manifest's header and its rows as (line, row), values stripped. `InputError` when it cannot be read
    as one table: a quote left open (it would swallow every row after it) or a column named twice (one of the
    two values would win unseen)."""
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        header = [c.strip() for c in next(reader, [])]
        twice = sorted({c for c in header if c and header.count(c) > 1})
        if twice:
            raise InputError(f"names the column(s) {', '.join(twice)} twice in its header", where=where,
                             fix="keep one column of each name")
        rows: list[tuple[int, dict[str, str]]] = []
        start = reader.line_num + 1
        for values in reader:
            rows.append((start, {name: value.strip() for name, value in zip(header, values, strict=False) if name}))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(f"cannot be read as CSV from line {start} on ({exc}): a quote is probably left open",
                         where=where, fix="close the quote, or write a field that holds a quote or comma as "
                         "\"...\" with inner quotes doubled") from exc
    return header, rows


def read_manifest(folder: Path, issues: list[Issue]) -> dict[str, dict[str, str]]:
    """Rows of `manifest.csv` keyed by file name; a missing or empty manifest is allowed. `InputError` when it
    exists but cannot be read (too big, not UTF-8, a link out of the folder, not one CSV table, no 'file' column)."""
    path = folder / MANIFEST
    if not path.exists() and not path.is_symlink():
        return {}
    if outside_folder(path, folder):
        raise InputError("is a link to a file outside the articles folder", where=str(path),
                         fix="replace the link with the manifest itself")
    try:
        text = read_text(path, MAX_MANIFEST_BYTES, what="the manifest")
    except InputError as exc:
        if exc.what == "is empty":
            return {}
        raise InputError(exc.what + "; no article could get its date, title or link from it", where=exc.where,
                         fix=exc.fix) from exc
    columns, table = parse_manifest(text, str(path))
    if "file" not in columns:
        raise InputError("has no 'file' column, so no row can be matched to an article", where=str(path),
                         fix=f"make the first line a header with the columns {','.join(MANIFEST_COLUMNS)}")
    missing = [c for c in MANIFEST_COLUMNS if c not in columns]
    if missing:
        issues.append(Issue(str(path), f"has no column(s) {', '.join(missing)}; they are taken as blank",
                            f"add them to the header: {','.join(MANIFEST_COLUMNS)}"))
    rows: dict[str, dict[str, str]] = {}
    for line_no, clean in table:
        if not any(clean.values()):
            continue
        name = Path(clean.get("file", "")).name
        if not name:
            issues.append(Issue(f"{path}, line {line_no}", "has an empty 'file' field; the row is not used",
                                "name the article file", level="error"))
            continue
        if name in rows:
            # a warning: the article itself is read (with the first row), so nothing is refused (exit status 0)
            issues.append(Issue(f"{path}, line {line_no}", f"lists {name} a second time; the first row is kept",
                                "remove the duplicate row"))
            continue
        clean["_line"] = str(line_no)
        rows[name] = clean
    return rows


def manifest_rows(folder: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The manifest's header and rows as written (an absent manifest has the standard header, no rows)."""
    path = folder / MANIFEST
    if not path.exists() or path.stat().st_size == 0:
        return list(MANIFEST_COLUMNS), []
    header, rows = parse_manifest(read_text(path, MAX_MANIFEST_BYTES, what="the manifest"), str(path))
    return [c for c in header if c], [row for _, row in rows]


def append_manifest_row(folder: Path, row: dict[str, str]) -> None:
    """Rewrite manifest.csv atomically with `row` added; missing standard columns are added to the header."""
    header, rows = manifest_rows(folder)
    header += [c for c in MANIFEST_COLUMNS if c not in header]
    header += [c for c in row if c not in header]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows([*rows, row])
    write_text_atomic(folder / MANIFEST, buffer.getvalue())
