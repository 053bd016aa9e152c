"""What a store's `_summary.json` says, written with the store and read before any row: its size, date range and
the counts behind every filter choice (`summarize`), and the latest days a first visitor sees (`first_window`: at
most `FIRST_VIEW` mentions, at least `MIN_DAYS` days; `first_view_filters` for the first view the writer stored).
Pure: the summary is a mapping; `timeline.store.dataset` reads and writes the file.
"""

from __future__ import annotations

from bisect import bisect_left
from calendar import monthrange
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pandas as pd

from timeline.store.query import Filters

# mentions: a bigger store opens on its latest days holding at most this many, and never on fewer than MIN_DAYS
# days (up to the latest event start); why these numbers: bench/RESULTS.md, "At most 4,000 markers a chart"
FIRST_VIEW = 30_000
MIN_DAYS = 7


def month_of(frame: pd.DataFrame) -> pd.Series:
    """The partition value of each row: YYYY-MM of `date_start`."""
    return frame["date_start"].dt.strftime("%Y-%m").astype("string")


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
