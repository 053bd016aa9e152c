"""Synthetic events tables of any size, for benchmarks and tests (never shown as real data).

`synthetic_events(n, seed=...)` returns `n` mention rows that hold the contract in `timeline.schema`:
mentions are grouped into events of one to four mentions from distinct articles, dates come in every
precision with a matching time expression, a share is dated only by publication, and a share is
planned, threatened, denied or hypothetical. The same seed gives the same frame.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from timeline import schema

COUNTRIES: tuple[str, ...] = ("Russia", "Ukraine", "China", "Taiwan", "Israel", "Iran", "Sudan", "United States")
ROLES: tuple[str, ...] = ("Navy", "Army", "Air Force", "Foreign Ministry", "President", "Defence Ministry")
OUTLETS: tuple[str, ...] = ("Wire A", "Daily B", "Broadcaster C", "Weekly D", "Gazette E")
_SUBTYPES = {
    "deployment": ("exercise", "strike", "patrol", "mobilisation"),
    "designation": ("sanction", "terrorist-listing", "decree", "bounty"),
    "statement": ("warning", "threat", "denial", "call"),
}
_TRIGGERS = {"deployment": "deployed forces near", "designation": "sanctioned", "statement": "warned"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_SEASONS = {3: ("spring", "SP"), 6: ("summer", "SU"), 9: ("fall", "FA"), 12: ("winter", "WI")}


def mention_row(**fields: Any) -> dict[str, Any]:
    """One schema row with plain defaults (a day-precise, asserted deployment), overridden by `fields`."""
    day = fields.get("date_start", "2025-10-15")
    row: dict[str, Any] = {
        "event_id": "e-1", "mention_id": "", "event_type": "deployment", "subtype": "", "modality": "asserted",
        "actor": "Actor", "actor_country": "", "target": "", "date_start": day, "date_end": day,
        "date_precision": "day", "date_text": "on October 15", "date_basis": "explicit", "timex": str(day),
        "summary": "", "sentence": "Something happened on October 15.", "char_start": 0, "char_end": 30,
        "article_id": "a1", "title": "An article", "outlet": "Outlet", "url": "https://example.org/a1",
        "published": fields.get("published", day), "confidence": 0.9, "sources": 1, "merge_reason": "",
        "curated": False,
    }
    row.update(fields)
    if not row["summary"]:
        row["summary"] = f"{row['actor']} {row['event_type']} {row['target']}".strip()
    return row


def mentions_frame(rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """A schema-valid frame from hand-written rows (each completed by `mention_row`); mention ids filled in."""
    full = [mention_row(**dict(r)) for r in rows]
    for i, row in enumerate(full):
        row["mention_id"] = row["mention_id"] or f"m-{i}"
    frame = pd.DataFrame(full, columns=list(schema.COLUMN_NAMES)) if full else schema.empty_frame()
    return schema.validate(schema.coerce(frame), where="hand-made events")


def actor_pool(n_actors: int) -> list[tuple[str, str]]:
    """`n_actors` (name, country) pairs such as ("Iran Navy", "Iran"), countries first varied."""
    pool = [(f"{c} {r}", c) for r in ROLES for c in COUNTRIES]
    while len(pool) < n_actors:
        k = len(pool)
        country = COUNTRIES[k % len(COUNTRIES)]
        pool.append((f"{country} Unit {k}", country))
    return pool[:n_actors]


def synthetic_events(n: int, *, seed: int = 0, n_actors: int = 24, start: date = date(2025, 8, 1),
                     days: int = 150) -> pd.DataFrame:
    """A schema-valid events table of `n` mention rows spread over `days` days from `start`."""
    if n <= 0:
        return schema.empty_frame()
    rng = np.random.default_rng(seed)
    actors = actor_pool(max(1, n_actors))
    n_events = max(1, int(n / 1.6))
    # Event of each mention: the first n_events mentions open one event each, the rest repeat events.
    event_of = np.concatenate([np.arange(min(n, n_events)), rng.integers(0, n_events, max(0, n - n_events))])
    event_of.sort()
    ev_actor = rng.integers(0, len(actors), n_events)
    ev_target = rng.integers(0, len(actors), n_events)
    ev_type = rng.choice(np.array(schema.EVENT_TYPES), n_events, p=[0.45, 0.2, 0.35])
    ev_sub = rng.integers(0, 4, n_events)
    ev_modality = rng.choice(np.array(schema.MODALITIES), n_events, p=[0.72, 0.08, 0.07, 0.05, 0.03, 0.05])
    ev_precision = rng.choice(np.array(["day", "week", "month", "season"]), n_events, p=[0.7, 0.12, 0.13, 0.05])
    ev_day = rng.integers(0, days, n_events)
    origin = pd.Timestamp(start)
    day0 = origin + pd.to_timedelta(ev_day, unit="D")
    ev_start, ev_end, ev_text, ev_timex = _ranges(pd.DatetimeIndex(day0), ev_precision)
    ev_publication = (rng.random(n_events) < 0.12) & (ev_precision == "day")

    a = event_of
    rows = len(a)
    n_articles = max(8, rows // 4)  # enough that every event can have distinct articles
    article = rng.integers(0, n_articles, rows)
    # distinct articles inside one event: shift duplicates so `sources` counts what it says
    frame = pd.DataFrame({"event": a, "article": article})
    dup = frame.duplicated(["event", "article"])
    frame.loc[dup, "article"] = (frame.loc[dup, "article"] + 1 + frame.index[dup].to_numpy()) % n_articles
    frame = frame.drop_duplicates(["event", "article"]).reset_index(drop=True)
    while len(frame) < rows:  # top up with single-mention events so the frame has exactly n rows
        extra = rows - len(frame)
        frame = pd.concat([frame, pd.DataFrame({"event": rng.integers(0, n_events, extra),
                                                "article": rng.integers(0, n_articles, extra)})])
        frame = frame.drop_duplicates(["event", "article"]).reset_index(drop=True)
    frame = frame.iloc[:rows].sort_values(["event", "article"]).reset_index(drop=True)
    a = frame["event"].to_numpy()
    article = frame["article"].to_numpy()

    actor_names = np.array([x[0] for x in actors], dtype=object)
    actor_countries = np.array([x[1] for x in actors], dtype=object)
    etype = ev_type[a]
    subtype = np.array([_SUBTYPES[t][s] for t, s in zip(etype, ev_sub[a], strict=True)], dtype=object)
    actor = actor_names[ev_actor[a]]
    target = actor_names[ev_target[a]]
    by_pub = ev_publication[a]
    date_text = np.where(by_pub, "", ev_text[a])
    basis = np.where(by_pub, "publication", np.where(ev_precision[a] == "day", "explicit", "relative"))
    d_start = ev_start[a]
    d_end = ev_end[a]
    published = pd.DatetimeIndex(d_end) + pd.to_timedelta(rng.integers(0, 4, rows), unit="D")
    trigger = np.array([_TRIGGERS[t] for t in etype], dtype=object)
    summary = actor + " " + trigger + " " + target
    when = np.where(by_pub, "", " " + date_text)
    sentence = "Officials said the " + summary + when + ", according to reports."
    char_start = rng.integers(0, 5000, rows)
    char_end = char_start + np.fromiter((len(s) for s in sentence), dtype=np.int64, count=rows)
    sources = pd.Series(article).groupby(a).transform("nunique").to_numpy()
    event_id = np.char.add("e-syn-", np.char.zfill(a.astype(str), 7))
    mention_id = np.char.add(np.char.add(event_id, "-"), np.char.zfill(article.astype(str), 6))
    art = np.char.zfill(article.astype(str), 6)
    out = pd.DataFrame({
        "event_id": event_id,
        "mention_id": mention_id,
        "event_type": etype,
        "subtype": subtype,
        "modality": ev_modality[a],
        "actor": actor,
        "actor_country": actor_countries[ev_actor[a]],
        "target": target,
        "date_start": d_start,
        "date_end": d_end,
        "date_precision": ev_precision[a],
        "date_text": date_text,
        "date_basis": basis,
        "timex": np.where(by_pub, pd.DatetimeIndex(d_start).strftime("%Y-%m-%d"), ev_timex[a]),
        "summary": summary,
        "sentence": sentence,
        "char_start": char_start,
        "char_end": char_end,
        "article_id": np.char.add("syn-", art),
        "title": np.char.add("Synthetic report ", art),
        "outlet": np.array(OUTLETS, dtype=object)[article % len(OUTLETS)],
        "url": np.char.add("https://example.org/syn/", art),
        "published": published,
        "confidence": np.round(rng.uniform(0.4, 1.0, rows), 2),
        "sources": sources,
        "merge_reason": np.where(sources > 1, "same actor, type and overlapping dates", ""),
        "curated": False,
    })
    return schema.validate(schema.coerce(out), where="synthetic events")


def _ranges(day: pd.DatetimeIndex, precision: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Start, end, written expression and TIMEX3 value for each (day, precision) pair (vectorised)."""
    days = pd.Series(day)
    month_name = pd.Series(np.array(_MONTHS, dtype=object)[days.dt.month.to_numpy() - 1])
    week_start = days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    week_name = pd.Series(np.array(_MONTHS, dtype=object)[week_start.dt.month.to_numpy() - 1])
    month_start = days.dt.to_period("M").dt.to_timestamp()
    month_end = month_start + pd.offsets.MonthEnd(0)
    month = days.dt.month
    first = ((month // 3) * 3).where(month >= 3, 12)  # Dec-Feb is winter, starting in December
    season_year = days.dt.year - ((first == 12) & (month < 12)).astype(int)
    season_start = pd.to_datetime(pd.DataFrame({"year": season_year, "month": first, "day": 1}))
    season_end = season_start + pd.offsets.MonthEnd(3)
    season = first.map({m: name for m, (name, _) in _SEASONS.items()})
    season_code = first.map({m: code for m, (_, code) in _SEASONS.items()})
    iso = days.dt.isocalendar()
    choices = {
        "day": (days, days, "on " + month_name + " " + days.dt.day.astype(str), days.dt.strftime("%Y-%m-%d")),
        "week": (week_start, week_start + pd.Timedelta(days=6),
                 "in the week of " + week_name + " " + week_start.dt.day.astype(str),
                 iso["year"].astype(str) + "-W" + iso["week"].astype(str).str.zfill(2)),
        "month": (month_start, month_end, "in " + month_name, days.dt.strftime("%Y-%m")),
        "season": (season_start, season_end, "this " + season, season_year.astype(str) + "-" + season_code),
    }
    start = days.to_numpy().copy()
    end = days.to_numpy().copy()
    text = np.empty(len(days), dtype=object)
    timex = np.empty(len(days), dtype=object)
    for name, (s, e, t, x) in choices.items():
        rows = precision == name
        start[rows] = s.to_numpy()[rows]
        end[rows] = e.to_numpy()[rows]
        text[rows] = t.to_numpy(dtype=object)[rows]
        timex[rows] = x.to_numpy(dtype=object)[rows]
    return start, end, text, timex
