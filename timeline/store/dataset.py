"""The events store for big archives: a Parquet dataset partitioned by month, read with filters pushed down.

Layout (Hive partitioning on the month of `date_start`, rows sorted by `date_start` inside each file)::

    DIR/month=2025-10/part-0.parquet
    DIR/month=2025-11/part-0.parquet
    DIR/_summary.json          row count, date range, mentions per month and per end day, the choices, the first view
    DIR/_first_view.parquet    every mention of the events of the first view (the default filters)

Readers never load the whole archive: `query` turns filters into a pyarrow expression, so whole months
are skipped by their directory name, row groups by their min/max statistics, and only the columns asked
for are decoded. `summary` answers the first paint (counts, date range, choices) from `_summary.json`, and
`recent_window` picks the latest stretch of days that holds at most a budget of mentions from it. The writer
stores the first view beside the summary (`first_view_filters`, `read_first_view`): the events a first visitor
sees (the latest days holding at most `FIRST_VIEW` mentions), so that page reads one small file, not the store.

Filters are `timeline.store.query.Filters` (its `event`, the open detail, is no filter here).
"""

from __future__ import annotations

import json
import operator
import os
import shutil
import tempfile
from bisect import bisect_left
from calendar import monthrange
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
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

PARTITION = "month"
SUMMARY = "_summary.json"
FIRST_VIEW_FILE = "_first_view.parquet"  # pyarrow's discovery skips names starting with "_": never a partition
# mentions: a bigger store opens on its latest days holding at most this many, and never on fewer than MIN_DAYS
# days (up to the latest event start); why these numbers: bench/RESULTS.md, "At most 4,000 markers a chart"
FIRST_VIEW = 30_000
MIN_DAYS = 7
ROWS_PER_GROUP = 65_536  # small enough for row-group pruning on dates, big enough to read fast
PARTITIONING = ds.partitioning(pa.schema([(PARTITION, pa.string())]), flavor="hive")
_CATEGORY_COLUMNS = tuple(c.name for c in schema.COLUMNS if c.dtype == "category")
_CONTRACT_DTYPES = {c.name: c.dtype for c in schema.COLUMNS}
_CATEGORIES = {"event_type": schema.EVENT_TYPES, "modality": schema.MODALITIES, "date_precision": schema.PRECISIONS,
               "date_basis": schema.DATE_BASES}
_PANDAS_TYPES = {pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(),
                 pa.bool_(): pd.BooleanDtype()}


# --- writing ------------------------------------------------------------------------------------------


def month_of(frame: pd.DataFrame) -> pd.Series:
    """The partition value of each row: YYYY-MM of `date_start`."""
    return frame["date_start"].dt.strftime("%Y-%m").astype("string")


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


def summarize(frame: pd.DataFrame) -> dict[str, Any]:
    """What the dashboard needs before any query: size, date range and the counts behind every choice."""

    def counts(column: str) -> dict[str, int]:
        values = frame[column].astype("string").fillna("")
        return {str(k): int(v) for k, v in values.value_counts().sort_index().items()}

    empty = frame.empty
    return {
        "version": 1,
        "rows": len(frame),
        "events": int(frame["event_id"].nunique()),
        "articles": int(frame["article_id"].nunique()),
        "date_min": None if empty else frame["date_start"].min().date().isoformat(),
        "date_max": None if empty else frame["date_end"].max().date().isoformat(),
        "start_max": None if empty else frame["date_start"].max().date().isoformat(),  # the latest event start
        "months": month_counts(frame),
        "end_days": day_counts(frame["date_end"]),  # mentions per date_end: what a `date_from` window reads
        "event_type": counts("event_type"),
        "modality": counts("modality"),
        "actor": counts("actor"),
        "actor_country": counts("actor_country"),
        "outlet": counts("outlet"),
    }


def month_counts(frame: pd.DataFrame) -> dict[str, int]:
    return {str(k): int(v) for k, v in month_of(frame).value_counts().sort_index().items()}


def day_counts(days: pd.Series) -> dict[str, int]:
    """Rows per day (YYYY-MM-DD) of a date column."""
    counts = days.dt.normalize().value_counts().sort_index()
    return {k.date().isoformat(): int(v) for k, v in counts.items()}


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


@dataclass(frozen=True)
class Window:
    """The latest stretch of a store's events: `date_from` (as the date filter: events whose range reaches it)
    to `latest`, the latest event start; `mentions` is the summary's count (or, for a summary written before
    per-day counts, its estimate from the months) of mentions in events that end on or after `date_from`."""

    date_from: date
    latest: date
    mentions: int
    estimated: bool = False

    @property
    def days(self) -> int:
        return (self.latest - self.date_from).days + 1


def recent_window(info: Mapping[str, Any], budget: int, min_days: int = 7) -> Window | None:
    """The earliest `date_from` whose view holds at most `budget` mentions, but at least the last `min_days`
    days up to the latest event start; None when the whole store fits (or is empty)."""
    if int(info.get("rows", 0)) <= budget or not info.get("date_min"):
        return None
    first = date.fromisoformat(str(info["date_min"]))
    latest, per_day, estimated = _latest_and_ends(info)
    days = sorted(per_day)
    after = [0.0] * (len(days) + 1)  # after[i]: mentions of events ending on days[i] or later
    for i in range(len(days) - 1, -1, -1):
        after[i] = after[i + 1] + per_day[days[i]]
    over = [i for i in range(len(days)) if after[i] > budget]
    start = days[over[-1]] + timedelta(days=1) if over else first
    start = min(start, latest - timedelta(days=max(min_days, 1) - 1))
    if start <= first:
        return None
    return Window(start, latest, round(after[bisect_left(days, start)]), estimated)


def first_window(info: Mapping[str, Any]) -> Window | None:
    """The latest days a store with summary `info` opens on: at most `FIRST_VIEW` mentions, at least `MIN_DAYS`
    days; None (everything) when the whole store fits."""
    return recent_window(info, FIRST_VIEW, MIN_DAYS)


def first_view_filters(info: Mapping[str, Any]) -> Filters | None:
    """The filters of the first view stored beside the summary `info` (the default statuses from its
    `date_from`); None when the store has none (written before first views were stored)."""
    stored = info.get("first_view")
    if not isinstance(stored, Mapping):
        return None
    day = stored.get("date_from")
    return Filters(date_from=date.fromisoformat(str(day)) if day else None)


def read_first_view(path: str | Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """The stored first view: what `query(path, first_view_filters(summary(path)), columns, whole_events=True)`
    returns, read from one small file instead of the store."""
    source = Path(path) / FIRST_VIEW_FILE
    try:
        table = pq.read_table(source, columns=list(columns) if columns else list(schema.COLUMN_NAMES))
    except (pa.ArrowException, OSError) as exc:
        raise StoreError(f"has no readable first view ({str(exc)[:120]})", where=str(path),
                         fix="rebuild it with `python -m timeline extract ... --dataset DIR`") from exc
    return to_frame(table)


def _latest_and_ends(info: Mapping[str, Any]) -> tuple[date, dict[date, float], bool]:
    """The latest event start and mentions per end day; a summary without them (written before they were
    kept) gives the end of its last month (within `date_max`) and each month's count spread over its days."""
    ends = info.get("end_days")
    if info.get("start_max") and isinstance(ends, dict):
        return date.fromisoformat(str(info["start_max"])), {date.fromisoformat(k): float(v)
                                                            for k, v in ends.items()}, False
    months = {str(k): int(v) for k, v in (info.get("months") or {}).items() if int(v) > 0}
    last = max(months) if months else str(info["date_min"])[:7]
    year, month = int(last[:4]), int(last[5:7])
    latest = date(year, month, monthrange(year, month)[1])
    if info.get("date_max"):
        latest = min(latest, date.fromisoformat(str(info["date_max"])))
    spread: dict[date, float] = {}
    for key, n in months.items():
        year, month = int(key[:4]), int(key[5:7])
        length = monthrange(year, month)[1] if key != last else latest.day
        for day in range(1, length + 1):
            spread[date(year, month, day)] = n / length
    return latest, spread, True


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
