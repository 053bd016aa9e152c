"""Where things go on the timeline: actor lanes, the first visible time range, weekly counts. Pure.

`timeline.present.figures` draws with these; they are apart so each stays small and testable on its own.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Final

import pandas as pd

from timeline.store import query as filters

MAX_LANES: Final = 40  # actors beyond this are drawn in one "other actors" lane
# height of the header row above each country band, in lanes: the band's name stands there, above its first
# lane, so it never covers a marker (drawn inside the first lane, it hid the markers at the left edge)
BAND_GAP: Final = 0.8
# Advance widths in em, a little wider than the fonts Plotly's "Open Sans, verdana, arial, sans-serif" falls back
# to where Open Sans is missing (DejaVu Sans, Liberation Sans): an estimate that errs wide, so a label is never cut
# (tests/browser/test_dashboard.py checks that every drawn label lies inside the chart).
_NARROW: Final = frozenset("fijlrtI.,:;'|!()[]-")
_WIDE: Final = frozenset("mwMW")
LABEL_PAD_PX: Final = 12  # tick label standoff and breathing room left of the lane labels


def lanes(events: pd.DataFrame, max_lanes: int = MAX_LANES) -> pd.DataFrame:
    """Lane order: one row per actor with `lane` (0 = top), `group` (country), `events` (count), `label` and
    `y`, the lane's place on the chart (`lane` plus a `BAND_GAP` header row above each group, see `lane_y`).

    Countries are ordered by their number of events, actors inside a country likewise; when there are
    more than `max_lanes` actors, the least active share a last lane named "Other actors (N)".
    """
    if events.empty:
        return pd.DataFrame({"actor": [], "group": [], "events": [], "lane": [], "label": [], "y": []})
    counts = (pd.DataFrame({"actor": events["actor"], "group": filters.country_of(events)})
              .value_counts().rename("events").reset_index())
    # an actor seen under two countries goes in its most frequent one (on a tie, the first by name)
    counts = counts.sort_values(["events", "group"], ascending=[False, True], kind="stable").drop_duplicates("actor")
    totals = counts.groupby("group")["events"].sum().rename("group_events")
    counts = counts.join(totals, on="group")
    counts["unknown"] = counts["group"] == filters.UNKNOWN_COUNTRY
    counts = counts.sort_values(["unknown", "group_events", "group", "events", "actor"],
                                ascending=[True, False, True, False, True], kind="stable").reset_index(drop=True)
    counts["label"] = counts["actor"]
    if len(counts) > max_lanes:
        top = counts.nlargest(max_lanes - 1, "events", keep="first").index
        rest = ~counts.index.isin(top)
        counts.loc[rest, "label"] = f"Other actors ({int(rest.sum())})"
        counts.loc[rest, "group"] = "Other"
        counts["other"] = rest
        counts = counts.sort_values("other", kind="stable").reset_index(drop=True)
    order = list(dict.fromkeys(counts["label"]))
    counts["lane"] = counts["label"].map({label: i for i, label in enumerate(order)})
    counts["y"] = lane_y(counts["lane"], counts["group"])
    return counts[["actor", "group", "events", "lane", "label", "y"]]


def lane_y(lane: pd.Series, group: pd.Series) -> pd.Series:
    """Where each lane sits on the chart's y axis (0.5 units a side): its number plus one `BAND_GAP` per group that
    starts at or above it, so that each group (lanes numbered together) has a header row for its name. The top of
    the first header row is at -0.5, as the top of lane 0 would be without one."""
    first = pd.DataFrame({"lane": lane, "group": group}).groupby("group", sort=False)["lane"].min()
    band = first.rank(method="first").astype("int64")  # 1 for the topmost group
    return lane.astype("float64") + BAND_GAP * group.map(band).astype("float64")


def initial_range(events: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The first x range: the bulk of the events with a margin, never narrower than four weeks.

    A few early outliers (background from years before, a year-long range) would squeeze everything
    else into a sliver, so when the earliest tenth of the events (by the middle of their range)
    stretches the span to more than twice that of the rest, the view starts where the rest start;
    the "All" range button shows everything.
    """
    starts = events["date_start"]
    ends = events["date_end"] + pd.Timedelta(days=1)
    lo = pd.Timestamp(starts.min())
    hi = pd.Timestamp(ends.max())
    middles = starts + (ends - starts) / 2
    bulk = pd.Timestamp(middles.quantile(0.1))
    if len(events) >= 20 and (hi - lo) > 2 * (hi - bulk):
        lo = bulk
    pad = max(pd.Timedelta(days=3), (hi - lo) * 0.04)
    lo, hi = lo - pad, hi + pad
    if hi - lo < pd.Timedelta(days=28):
        middle = lo + (hi - lo) / 2
        lo, hi = middle - pd.Timedelta(days=14), middle + pd.Timedelta(days=14)
    return lo.floor("D"), hi.ceil("D")


def outside_initial_range(events: pd.DataFrame) -> int:
    """How many events lie wholly before the initial view (the app says so, with a hint to press All)."""
    if events.empty:
        return 0
    lo, _ = initial_range(events)
    return int((events["date_end"] + pd.Timedelta(days=1) <= lo).sum())


def weekly_counts(events: pd.DataFrame) -> pd.DataFrame:
    """Events per week (weeks start on Monday, by `date_start`) and type: columns week, event_type, events."""
    if events.empty:
        return pd.DataFrame({"week": pd.Series(dtype="datetime64[s]"), "event_type": [], "events": []})
    frame = pd.DataFrame({"week": week_of(events["date_start"]).to_numpy(),
                          "event_type": events["event_type"].astype(str).to_numpy()})
    return frame.value_counts().rename("events").reset_index().sort_values(["week", "event_type"])


def week_of(days: pd.Series) -> pd.Series:
    """The Monday (midnight) of the week holding each day."""
    return (days - pd.to_timedelta(days.dt.day_of_week, unit="D")).dt.floor("D")


def label_width(text: str, font_px: float = 12) -> float:
    """Estimated width in px of `text` in Plotly's default sans-serif at `font_px`, erring wide."""
    em = 0.0
    for char in text:
        if char in _NARROW:
            em += 0.40
        elif char in _WIDE:
            em += 0.99
        elif char == " ":
            em += 0.32
        elif unicodedata.east_asian_width(char) in {"W", "F"}:  # CJK: one em each
            em += 1.0
        elif char.isupper() or char.isdigit():
            em += 0.78
        else:
            em += 0.64
    return em * font_px


def left_margin(labels: Iterable[str], font_px: float = 12, minimum: int = 60) -> int:
    """Pixels left of the plot for the lane labels (and never less than `minimum`, which holds the activity
    strip's counts and title). Set by us because Plotly's `automargin` measures the labels in the browser and
    then draws the whole chart a second time: 0.27 s of 0.65 s for a first view of 4,000 markers."""
    return max(minimum, round(max((label_width(str(t), font_px) for t in labels), default=0.0)) + LABEL_PAD_PX)
