"""The events store for big archives: a Parquet dataset partitioned by month, read with filters pushed down.

Layout (Hive partitioning on the month of `date_start`, rows sorted by `date_start` inside each file)::

    DIR/month=2025-10/part-0.parquet
    DIR/month=2025-11/part-0.parquet
    DIR/_summary.json          row count, date range, mentions per month and per end day, the choices, the first view
    DIR/_first_view.parquet    every mention of the events of the first view (the default filters)

Readers never load the whole archive: `query` turns filters into a pyarrow expression, so whole months
are skipped by their directory name, row groups by their min/max statistics, and only the columns asked
for are decoded. `summary` answers the first paint (counts, date range, choices) from `_summary.json`, and
`timeline.store.summary` says what it holds and which latest days a first view shows. The writer stores that
first view beside the summary (`read_first_view`): every mention of the events a first visitor sees, so that the
first page reads one small file, not the store.

Filters are `timeline.store.query.Filters` (its `event`, the open detail, is no filter here).
"""

from __future__ import annotations

import json
import operator
import os
import shutil
import tempfile
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache, reduce
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from timeline import schema
from timeline.errors import StoreError
from timeline.store.query import TEXT_COLUMNS, UNKNOWN_COUNTRY, Filters
from timeline.store.summary import first_window, month_of, summarize

PARTITION = "month"
SUMMARY = "_summary.json"
FIRST_VIEW_FILE = "_first_view.parquet"  # pyarrow's discovery skips names starting with "_": never a partition
ROWS_PER_GROUP = 65_536  # small enough for row-group pruning on dates, big enough to read fast
PARTITIONING = ds.partitioning(pa.schema([(PARTITION, pa.string())]), flavor="hive")
_CATEGORY_COLUMNS = tuple(c.name for c in schema.COLUMNS if c.dtype == "category")
_CONTRACT_DTYPES = {c.name: c.dtype for c in schema.COLUMNS}
_CATEGORIES = {"event_type": schema.EVENT_TYPES, "modality": schema.MODALITIES, "date_precision": schema.PRECISIONS,
               "date_basis": schema.DATE_BASES}
_PANDAS_TYPES = {pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(),
                 pa.bool_(): pd.BooleanDtype()}


# --- writing ------------------------------------------------------------------------------------------


def _arrow(frame: pd.DataFrame) -> pa.Table:
    out = frame[list(schema.COLUMN_NAMES)].sort_values(["date_start", "event_id", "mention_id"], kind="stable")
    out = out.reset_index(drop=True)
    for name in _CATEGORY_COLUMNS:
        out[name] = out[name].astype("string")
    out[PARTITION] = month_of(out)
    return pa.Table.from_pandas(out, preserve_index=False)


@lru_cache(maxsize=1)
def arrow_schema() -> pa.Schema:
    """The stored schema: contract columns (categories as strings, days as millisecond timestamps, the unit
    Parquet keeps) and the partition column. Given to readers so that even an empty archive has columns."""
    fields = [pa.field(f.name, pa.timestamp("ms")) if pa.types.is_timestamp(f.type) else f
              for f in _arrow(schema.empty_frame()).schema.remove_metadata()]
    return pa.schema([f for f in fields if f.name != PARTITION] + [pa.field(PARTITION, pa.string())])


def to_table(frame: pd.DataFrame) -> pa.Table:
    """The frame as an Arrow table in the stored schema, sorted by `date_start`, with the partition column."""
    return _arrow(frame).replace_schema_metadata(None).cast(arrow_schema())


def write(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write a validated events frame as a month-partitioned dataset at `path` (a directory).

    The new dataset is written beside the old one and swapped in by renaming, so readers see either the
    old or the new archive, never half of one."""
    target = Path(path)
    schema.validate(frame, where=str(target))
    if target.exists() and not target.is_dir():
        raise StoreError("exists and is a file, not a dataset directory", where=str(target),
                         fix="choose a directory name (e.g. events/) or remove the file")
    if target.is_dir() and any(target.iterdir()) and not is_dataset(target):
        # replacing it would delete whatever the user keeps there
        raise StoreError("is a folder that holds other files, not an events dataset", where=str(target),
                         fix="choose a new or empty folder for the dataset")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        table = to_table(frame)
        ds.write_dataset(table, staging, format="parquet", partitioning=PARTITIONING,
                         basename_template="part-{i}.parquet", existing_data_behavior="overwrite_or_ignore",
                         max_rows_per_group=ROWS_PER_GROUP, min_rows_per_group=min(ROWS_PER_GROUP, 1 << 14))
        info = summarize(frame)
        (staging / SUMMARY).write_text(json.dumps(info, indent=1), encoding="utf-8")
        info["first_view"] = _write_first_view(staging, info)  # read back from the partitions, as a reader would
        (staging / SUMMARY).write_text(json.dumps(info, indent=1), encoding="utf-8")
        _swap(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _write_first_view(path: Path, info: dict[str, Any]) -> dict[str, Any]:
    """Store beside the summary every mention (every column, in stored order) of the events the first view shows:
    the default filters from the start of `first_window(info)`. Returns what the summary says of it."""
    window = first_window(info)
    filters = Filters(date_from=window.date_from if window else None)
    table = _whole_events(path, filters, None)
    pq.write_table(table, path / FIRST_VIEW_FILE)
    return {"date_from": filters.date_from.isoformat() if filters.date_from else None, "mentions": table.num_rows}


def _swap(staging: Path, target: Path) -> None:
    if not target.exists():
        os.replace(staging, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    old.rmdir()
    os.replace(target, old)
    try:
        os.replace(staging, target)
    except OSError:
        os.replace(old, target)  # put the previous archive back
        raise
    shutil.rmtree(old, ignore_errors=True)


# --- reading ------------------------------------------------------------------------------------------


def is_dataset(path: str | Path) -> bool:
    """True when `path` is a directory written by `write`."""
    return (Path(path) / SUMMARY).is_file()


def open(path: str | Path) -> ds.Dataset:
    """The dataset at `path`, opened lazily (only file footers are read)."""
    source = Path(path)
    if not is_dataset(source):
        raise StoreError("is not an events dataset (it has no _summary.json)", where=str(source),
                         fix=f"build it with `python -m timeline extract ARTICLES_DIR --dataset {source}`")
    try:
        return ds.dataset(source, schema=arrow_schema(), format="parquet", partitioning=PARTITIONING)
    except (pa.ArrowException, OSError) as exc:
        raise StoreError(f"cannot be opened as a Parquet dataset ({str(exc)[:120]})", where=str(source),
                         fix="rebuild it with `python -m timeline extract ... --dataset DIR`") from exc


def summary(path: str | Path) -> dict[str, Any]:
    """Row count, date range and choice counts of the dataset, without reading any rows."""
    source = Path(path)
    try:
        data: dict[str, Any] = json.loads((source / SUMMARY).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError("has no readable _summary.json", where=str(source),
                         fix="rebuild it with `python -m timeline extract ... --dataset DIR`") from exc
    return data


def read_first_view(path: str | Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """The stored first view: what `query(path, summary.first_view_filters(summary(path)), columns, whole_events=True)`
    returns, read from one small file instead of the store."""
    source = Path(path) / FIRST_VIEW_FILE
    try:
        table = pq.read_table(source, columns=list(columns) if columns else list(schema.COLUMN_NAMES))
    except (pa.ArrowException, OSError) as exc:
        raise StoreError(f"has no readable first view ({str(exc)[:120]})", where=str(path),
                         fix="rebuild it with `python -m timeline extract ... --dataset DIR`") from exc
    return to_frame(table)


def _timestamp(dataset: ds.Dataset, column: str, day: date) -> pa.Scalar:
    return pa.scalar(datetime(day.year, day.month, day.day), type=dataset.schema.field(column).type)


def _isin(column: str, values: Sequence[str]) -> ds.Expression:
    return pc.field(column).isin(pa.array(list(values), type=pa.string()))


def expression(dataset: ds.Dataset, filters: Filters | None, *, event_ids: Sequence[str] = (),
               months: Sequence[str] = ()) -> ds.Expression | None:
    """The pyarrow filter for `filters` (and, when given, only the events `event_ids` in the partitions
    `months`), or None when nothing is restricted. Statuses narrow only when some but not all are chosen (none
    chosen reads every status; the view then shows none, `filters.apply_filters`)."""
    chosen = filters if filters is not None else Filters(modalities=())
    modalities = () if set(chosen.modalities) >= set(schema.MODALITIES) else chosen.modalities  # every row has one
    countries = tuple("" if c == UNKNOWN_COUNTRY else c for c in chosen.countries)  # stored empty
    parts: list[ds.Expression] = []
    lists = ((chosen.actors, "actor"), (countries, "actor_country"), (chosen.types, "event_type"),
             (modalities, "modality"), (chosen.outlets, "outlet"), (chosen.articles, "article_id"),
             (event_ids, "event_id"), (months, PARTITION))
    for values, column in lists:
        if values:
            parts.append(_isin(column, values))
    if chosen.date_from:
        parts.append(pc.field("date_end") >= _timestamp(dataset, "date_end", chosen.date_from))
    if chosen.date_to:
        parts.append(pc.field("date_start") <= _timestamp(dataset, "date_start", chosen.date_to))
        parts.append(pc.field(PARTITION) <= f"{chosen.date_to:%Y-%m}")  # skips whole months by directory name
    if chosen.min_sources > 1:
        parts.append(pc.field("sources") >= chosen.min_sources)
    for word in chosen.text.split():
        parts.append(reduce(operator.or_, [pc.match_substring(pc.field(c), word, ignore_case=True)
                                           for c in TEXT_COLUMNS]))
    return reduce(operator.and_, parts) if parts else None


def scan(path: str | Path, filters: Filters | None = None, columns: Sequence[str] | None = None, *,
         event_ids: Sequence[str] = (), months: Sequence[str] = ()) -> pa.Table:
    """The matching rows as an Arrow table, reading only `columns` (default: every contract column);
    `event_ids` and `months` narrow as in `expression`."""
    dataset = open(path)
    wanted = _wanted(dataset, path, columns)
    try:
        where = expression(dataset, filters, event_ids=event_ids, months=months)
        table: pa.Table = dataset.to_table(columns=wanted, filter=where)
    except (pa.ArrowException, OSError) as exc:
        raise StoreError(f"cannot be read ({str(exc)[:120]})", where=str(path),
                         fix="rebuild it with `python -m timeline extract ... --dataset DIR`") from exc
    return table


def _wanted(dataset: ds.Dataset, path: str | Path, columns: Sequence[str] | None) -> list[str]:
    """`columns` (default: every contract column), checked against the stored ones."""
    wanted = list(columns) if columns else list(schema.COLUMN_NAMES)
    unknown = [c for c in wanted if c not in dataset.schema.names]
    if unknown:
        raise StoreError(f"has no column(s) {', '.join(unknown)}", where=str(path),
                         fix=f"ask for columns of the schema: {', '.join(schema.COLUMN_NAMES)}")
    return wanted


def to_frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow table of contract columns as a frame with the contract's dtypes, converted in Arrow (far
    faster than casting in pandas afterwards: strings stay Arrow-backed, categories come from codes)."""
    categories: dict[str, pd.Categorical] = {}
    for name in [n for n in table.column_names if n in _CATEGORIES]:
        categories[name] = _categorical(table.column(name), _CATEGORIES[name])
        table = table.drop_columns([name])
    for i, f in enumerate(table.schema):
        if pa.types.is_timestamp(f.type) and f.type.unit != "s":
            table = table.set_column(i, f.name, pc.cast(table.column(i), pa.timestamp("s")))
    frame = table.to_pandas(types_mapper=_PANDAS_TYPES.get)
    for name, values in categories.items():
        frame[name] = values
    for name in frame.columns:
        if _CONTRACT_DTYPES.get(name) == "string" and frame[name].hasnans:
            frame[name] = frame[name].fillna("")
    if _needs_coerce(frame):
        return schema.coerce(frame)
    return frame[[c for c in schema.COLUMN_NAMES if c in frame.columns]]


def _categorical(column: pa.ChunkedArray, categories: Sequence[str]) -> pd.Categorical:
    """`column` as a pandas Categorical over the contract's `categories` (unknown values become missing)."""
    encoded = pc.dictionary_encode(column).combine_chunks()
    lookup = np.array([categories.index(v) if v in categories else -1 for v in encoded.dictionary.to_pylist()]
                      + [-1], dtype=np.int64)
    indices = encoded.indices.fill_null(len(lookup) - 1).to_numpy(zero_copy_only=False)
    return pd.Categorical.from_codes(lookup[indices], categories=list(categories))


def _needs_coerce(frame: pd.DataFrame) -> bool:
    return any(str(frame[c].dtype) != _CONTRACT_DTYPES.get(c, str(frame[c].dtype)) for c in frame.columns)


def query(path: str | Path, filters: Filters | None = None, columns: Sequence[str] | None = None,
          *, whole_events: bool = False) -> pd.DataFrame:
    """The mentions that pass `filters`, only `columns` of them, with contract dtypes.

    With `whole_events`, every mention of an event that has at least one matching mention is returned
    (what the dashboard needs to show sources and outlets of each event it lists)."""
    return to_frame(_whole_events(path, filters, columns) if whole_events else scan(path, filters, columns))


def _whole_events(path: str | Path, filters: Filters | None, columns: Sequence[str] | None) -> pa.Table:
    ids = tuple(pc.unique(scan(path, filters, ["event_id"]).column("event_id")).to_pylist())
    return _mentions_table(path, ids, columns)


def mentions_of(path: str | Path, event_ids: Sequence[str], columns: Sequence[str] | None = None, *,
                months: Sequence[str] = ()) -> pd.DataFrame:
    """Every mention of the events `event_ids`, only `columns` of them (default: every contract column), with
    contract dtypes, in stored order. `months` are partitions known to hold all of them (`months_of` the
    events' mentions); without them a narrow pass finds those months, so the wide read skips the others."""
    return to_frame(_mentions_table(path, event_ids, columns, months))


def _mentions_table(path: str | Path, event_ids: Sequence[str], columns: Sequence[str] | None,
                    months: Sequence[str] = ()) -> pa.Table:
    if not event_ids:
        stored = open(path)  # nothing to read: the columns' types from the stored schema
        return stored.schema.empty_table().select(_wanted(stored, path, columns))
    if not months:
        months = tuple(pc.unique(scan(path, None, [PARTITION], event_ids=event_ids).column(PARTITION)).to_pylist())
    return scan(path, None, columns, event_ids=event_ids, months=months)


def months_of(mentions: pd.DataFrame) -> tuple[str, ...]:
    """The partitions holding `mentions` (by their `date_start`), sorted."""
    return tuple(sorted(month_of(mentions).dropna().unique())) if not mentions.empty else ()


def count(path: str | Path, filters: Filters | None = None) -> int:
    """How many mentions pass `filters`, without decoding their columns."""
    dataset = open(path)
    return int(dataset.count_rows(filter=expression(dataset, filters)))


def read(path: str | Path) -> pd.DataFrame:
    """The whole archive as a validated frame (for small stores and tests; big ones use `query`)."""
    return schema.validate(query(path), where=str(path))
