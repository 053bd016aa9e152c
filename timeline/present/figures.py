"""Figures: an events frame (one row per event, from `views.events_of`) in, a Plotly figure out. Pure.

The timeline has one lane per actor, lanes grouped by the actor's country and ordered by activity
(`timeline.present.layout` decides the lanes, the first visible range and the weekly counts).
Colour and marker shape give the event type (Okabe-Ito colours, safe for colour-blind readers); a
day-precise event is a point, a wider date is a bar over its range with a marker at its middle; a
hollow marker is dated only by publication; a crossed marker did not (yet) happen (planned,
threatened, denied, hypothetical); marker size and a label give the number of sources. Above it, an
activity strip counts events per week by type on the same time axis. Every marker carries its
`event_id` as `customdata`, so a click can open the event's detail.
"""

from __future__ import annotations

import html
from typing import Any, Final

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline import schema
from timeline.present.hover import HOVER, hover_text
from timeline.present.layout import BAND_GAP, initial_range, lanes, left_margin, weekly_counts
from timeline.store.query import HAPPENED

COLOURS: Final = {"deployment": "#D55E00", "designation": "#0072B2", "statement": "#009E73"}  # Okabe-Ito
SYMBOLS: Final = {"deployment": "circle", "designation": "square", "statement": "diamond"}
TYPE_NAMES: Final = {"deployment": "Deployment", "designation": "Designation", "statement": "Statement"}
LABELS_UNTIL: Final = 2_000  # events; past this, no source-count label beside each marker
# markers drawn; past this, WebGL. Below it SVG is as fast in a browser without a GPU (bench/RESULTS.md, "The app
# on a 1M-mention dataset in a browser") and always complete: WebGL traces have dropped points and lines here
# (plotly.js#3413, #3751; range bars and lower lanes missing in headless Chromium), so range bars are always SVG:
# one path per type.
WEBGL_FROM: Final = 15_000
# markers a chart draws at most: each event its own marker up to this many events; past it, one marker per lane,
# period, type and variant (`aggregated`), the period made longer while it would still give more markers
# (`_period`; only the longest of `GROUP_PERIODS` may exceed it). The browser's cost follows the markers drawn,
# not the events: ~50 us an SVG marker to draw and more to restyle, and Streamlit draws a new chart twice (hidden,
# then shown); why 4,000: bench/RESULTS.md, "At most 4,000 markers a chart".
MARKER_BUDGET: Final = 4_000
# grouped markers share a lane, a period, a type and a variant; the period grows with the span drawn, so a year
# is not 365 columns of markers a few px apart (at 1400 px a day is under 4 px over a year, markers 4-10 px):
# (longest first-view span in days, days per period, how the key and hovers say it); weeks start on Monday, as
# the activity strip's
GROUP_PERIODS: Final = ((120, 1, "that day"), (840, 7, "that week"), (2_520, 28, "in those 4 weeks"),
                         (None, 91, "in those 13 weeks"))
GROUP_KEYS: Final = ("lane", "period", "kind", "crossed", "hollow")  # what the events of one grouped marker share
PERIOD: Final = "period"  # key of the figure's `layout.meta` naming the period of grouped markers (`period_of`)
LANE_PX: Final = 26
STRIP_PX: Final = 110
DATES_PX: Final = 38  # between the strip and the lanes: the dates (two lines where a year begins), near the top
BOTTOM_PX: Final = 40  # below the lanes: the dates again
# top margin: the range buttons on its first line at the left (Plotly's toolbar appears at the right of that line
# when the mouse is over the chart, so the two never meet), the key's rows (up to three) between them and the
# strip, so a key that wraps on a narrow chart never runs into the buttons or the toolbar
HEADER_PX: Final = 110
KEY_GAP_PX: Final = 8  # between the key and the strip
EVENT_TRACE: Final = "events"  # `meta` of traces whose points are events (tests and the app count them)
DAY_MS: Final = 86_400_000
MONDAY: Final = 4  # 1970-01-05, the first Monday after the epoch, in days


def marker_sizes(sources: pd.Series) -> np.ndarray:
    """Marker diameter in px: 9 for one source, growing with the logarithm of the count."""
    n = sources.fillna(1).astype("float64").clip(lower=1).to_numpy()
    return np.asarray(9 + 5 * np.log2(n), dtype="float64")


def event_times(events: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Milliseconds since 1970 (float64) of each event's marker (the middle of its range), start and end (the
    midnight after its last day)."""
    start = events["date_start"].to_numpy(dtype="datetime64[ms]").astype("int64").astype("float64")
    end = events["date_end"].to_numpy(dtype="datetime64[ms]").astype("int64").astype("float64") + DAY_MS
    return start + (end - start) / 2, start, end


def _positions(events: pd.DataFrame, lane_of: pd.Series,
               jitter: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """x of the marker (middle of the range), y (lane plus a small offset for same-day events), start, end.

    Times are milliseconds since 1970 as float64, which a Plotly date axis reads as such: numeric arrays
    travel as compact binary and are copied in one block (datetime arrays become per-item objects).
    """
    middle, start, end = event_times(events)
    lane = lane_of.to_numpy(dtype="float64")
    if not jitter:
        return middle, lane, start, end
    day = events["date_start"].dt.floor("D")
    rank = pd.DataFrame({"lane": lane, "day": day.to_numpy()}).groupby(["lane", "day"]).cumcount().to_numpy()
    offset = ((rank + 1) // 2) * np.where(rank % 2 == 1, -1.0, 1.0) * 0.16
    return middle, lane + np.clip(offset, -0.4, 0.4), start, end


def timeline_figure(events: pd.DataFrame, *, title: str = "") -> go.Figure:
    """The dashboard's figure: activity strip (top) over the actor lanes, sharing the time axis.

    Traces, shapes and annotations are assembled as plain dicts and handed to `go.Figure` once, so
    Plotly validates everything in one pass (adding them one by one costs far more).
    """
    lane_table = lanes(events)
    bottom = float(lane_table["y"].max()) + 0.5 if len(lane_table) else 1.0  # the lanes' y axis: -0.5 to this
    layout = _layout(round(max(bottom + 0.5, 4) * LANE_PX), title)
    if events.empty:
        layout["annotations"] = [{"text": "No events to show", "showarrow": False, "xref": "paper",
                                  "yref": "paper", "x": 0.5, "y": 0.4}]
        return go.Figure(layout=layout)
    grouped = aggregated(events)
    marks = _base_marks(events, lane_table, jitter=not grouped)
    period = _period(marks, events) if grouped else None  # grouped markers: per what period
    if period is None:
        marks["size"] = marker_sizes(marks["sources"])
        prefix: dict[int, str] = {}
    else:
        marks, prefix = _grouped(marks, period)
        layout["meta"] = {PERIOD: period[1]}
    traces = (_event_traces(events, marks, prefix, grouped=period is not None) + _strip_traces(events)
              + key_traces(period[1] if period else None))
    _axes(layout, events, lane_table, bottom)
    return go.Figure(data=traces, layout=layout)


def _layout(lanes_px: int, title: str) -> dict[str, Any]:
    """Everything but the axes' contents, for lanes `lanes_px` high: the strip, the dates and the lanes in
    fixed pixel heights, the key above the strip."""
    plot = STRIP_PX + DATES_PX + lanes_px
    return {
        # explicit colours instead of a template (copying a template costs more than drawing 1k events);
        # the app passes theme=None, so Streamlit's theme does not restyle any of this
        "template": "none", "paper_bgcolor": "white", "plot_bgcolor": "white", "colorway": list(COLOURS.values()),
        "height": HEADER_PX + plot + BOTTOM_PX, "margin": {"l": 10, "r": 10, "t": HEADER_PX, "b": BOTTOM_PX},
        "hovermode": "closest", "dragmode": "pan", "clickmode": "event+select", "barmode": "stack", "bargap": 0,
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1 + KEY_GAP_PX / plot, "x": 0, "xanchor": "left",
                   "groupclick": "togglegroup"},
        "hoverlabel": {"align": "left"}, "font": {"size": 12, "color": "#2a3f5f"},
        "title": {"text": html.escape(title), "x": 0.01, "y": 0.995} if title else None,
        # the strip on top (x, y) and the lanes below (x2, y2) share one time axis; both show the dates
        "xaxis": {"anchor": "y", "matches": "x2", "domain": [0, 1]},
        "yaxis": {"anchor": "x", "domain": [1 - STRIP_PX / plot, 1]},
        "xaxis2": {"anchor": "y2", "domain": [0, 1]},
        "yaxis2": {"anchor": "x2", "domain": [0, lanes_px / plot]},
    }


def _base_marks(events: pd.DataFrame, lane_table: pd.DataFrame, *, jitter: bool) -> pd.DataFrame:
    """One mark per event as a numeric frame: x, y, start, end in ms; lane; kind as an index into EVENT_TYPES;
    crossed, hollow, ranged; sources; count; row = position in `events`. Strings stay out of this frame and are
    fetched only for the rows drawn (`_strings`): converting every text column of a large frame costs more than
    the rest of the figure."""
    lane_of = pd.Index(lane_table["actor"]).get_indexer(events["actor"])
    lane = lane_table["lane"].to_numpy(dtype="float64")[lane_of]
    lane_y = lane_table["y"].to_numpy(dtype="float64")[lane_of]
    x, y, start, end = _positions(events, pd.Series(lane_y, index=events.index), jitter=jitter)
    return pd.DataFrame({
        "x": x, "y": y, "start": start, "end": end, "lane": lane, "lane_y": lane_y,
        "kind": pd.Categorical(events["event_type"], categories=list(schema.EVENT_TYPES)).codes.astype("int64"),
        "crossed": ~events["modality"].isin(HAPPENED).to_numpy(dtype=bool),
        "hollow": (events["date_basis"] == "publication").to_numpy(dtype=bool),
        "ranged": (events["date_precision"] != "day").to_numpy(dtype=bool),
        "sources": events["sources"].fillna(1).astype("int64").to_numpy(), "count": 1, "row": np.arange(len(events)),
    })


def _grouped(marks: pd.DataFrame, period: tuple[int, str]) -> tuple[pd.DataFrame, dict[int, str]]:
    """Events of one lane, period, type and marker variant (`GROUP_KEYS`) as one marker: its size gives how many
    events it holds, its hover names the count and the most-reported event, and a click opens that event; plus
    hover prefixes by row. Range bars: one per distinct (lane, range, type)."""
    days, phrase = period
    marks = marks.assign(period=_period_index(marks["x"].to_numpy(), days))
    keys = list(GROUP_KEYS)
    counts = marks.groupby(keys, sort=False).size().rename("count")
    best = (marks.drop(columns="count").sort_values("sources", ascending=False, kind="stable")
            .drop_duplicates(keys).join(counts, on=keys))
    best["y"] = best["lane_y"] + (best["kind"] - 1) * 0.27  # the three types as sub-rows of the lane
    # one marker per period and lane is dense: small markers, growing slowly with the number of events
    best["size"] = np.clip(4 + 1.5 * np.log2(best["count"].to_numpy(dtype="float64")), 4, 10)
    best["ranged"] = False
    many = best["count"].to_numpy() > 1
    prefix = {int(row): f"<b>{n} events</b> here {phrase}; the most reported:<br>"
              for row, n in zip(best["row"].to_numpy()[many], best["count"].to_numpy()[many], strict=True)}
    bars = marks.loc[marks["ranged"]].drop_duplicates(["lane", "start", "end", "kind"]).assign(x=np.nan, size=0.0)
    return pd.concat([best, bars], ignore_index=True), prefix


def _strings(events: pd.DataFrame, at: np.ndarray, prefix: dict[int, str]) -> tuple[np.ndarray, np.ndarray]:
    """Event ids and hover texts of the rows `at` of `events`, as fixed-width unicode arrays (Plotly
    deep-copies trace data; these copy as one block, object arrays item by item)."""
    part = events.iloc[at]
    ids = np.asarray(part["event_id"].astype(str).tolist(), dtype=str)
    texts = part[HOVER].tolist() if HOVER in part.columns else hover_text(part)
    if prefix:
        texts = [prefix.get(int(row), "") + text for row, text in zip(at, texts, strict=True)]
    return ids, np.asarray(texts, dtype=str)


def bar_style(kind: str, grouped: bool) -> dict[str, Any]:
    """Every key of a type's range-bar trace but its x and y (the offline page draws with the same)."""
    return {"type": "scatter", "xaxis": "x2", "yaxis": "y2", "mode": "lines",
            "line": {"color": COLOURS[kind], "width": 3 if grouped else 7}, "opacity": 0.25 if grouped else 0.35,
            "hoverinfo": "skip", "legendgroup": kind, "showlegend": False, "name": f"{TYPE_NAMES[kind]} date range"}


def marker_style(kind: str, crossed: bool, hollow: bool, grouped: bool) -> dict[str, Any]:
    """Every key of a marker trace of one type and variant but its type, data, sizes and legend entry (`LABELS`
    added when it is labelled)."""
    colour = COLOURS[kind]
    symbol = SYMBOLS[kind] + ("-x" if crossed else "") + ("-open" if hollow else "")
    return {"xaxis": "x2", "yaxis": "y2", "mode": "markers",
            "marker": {"color": colour, "symbol": symbol,
                       "opacity": 0.6 if crossed else 0.95,
                       "line": {"width": 1 if grouped else 1.5, "color": colour}},
            "hovertemplate": "%{hovertext}<extra></extra>", "name": TYPE_NAMES[kind], "legendgroup": kind,
            "meta": EVENT_TRACE}


LABELS: Final = {"mode": "markers+text", "textposition": "middle right", "textfont": {"size": 10, "color": "#333"}}
VARIANTS: Final = ((False, False), (False, True), (True, False), (True, True))  # (crossed, hollow), drawing order


def _event_traces(events: pd.DataFrame, marks: pd.DataFrame, prefix: dict[int, str], *,
                  grouped: bool) -> list[dict[str, Any]]:
    """Range bars (one SVG path per type) and markers (one trace per type and variant) of `marks`."""
    labelled = len(events) < LABELS_UNTIL
    is_marker = marks["x"].notna().to_numpy()
    kind_of_trace = "scattergl" if int(is_marker.sum()) >= WEBGL_FROM else "scatter"
    kinds = marks["kind"].to_numpy()
    crossed_all = marks["crossed"].to_numpy(dtype=bool)
    hollow_all = marks["hollow"].to_numpy(dtype=bool)
    ranged = marks["ranged"].to_numpy(dtype=bool)
    x, y = marks["x"].to_numpy(), marks["y"].to_numpy()
    start, end = marks["start"].to_numpy(), marks["end"].to_numpy()
    sizes = marks["size"].to_numpy(dtype="float64")
    row = marks["row"].to_numpy()
    sources = marks["sources"].to_numpy()
    traces: list[dict[str, Any]] = []
    for code, kind in enumerate(schema.EVENT_TYPES):
        rows = kinds == code
        if not rows.any():
            continue
        bars = rows & ranged
        if bars.any():
            traces.append({**bar_style(kind, grouped), "x": _segments(start[bars], end[bars]),
                           "y": np.repeat(y[bars], 3) * _mask3(int(bars.sum()))})
        shown_legend = False
        # one trace per marker variant: a scalar symbol keeps Plotly's per-point validation out of the way
        for crossed, hollow in VARIANTS:
            part = rows & is_marker & (crossed_all == crossed) & (hollow_all == hollow)
            if not part.any():
                continue
            ids, hover = _strings(events, row[part], prefix)
            trace = marker_style(kind, crossed, hollow, grouped)
            trace.update(type=kind_of_trace, x=x[part], y=y[part], customdata=ids, hovertext=hover,
                         showlegend=not shown_legend)
            trace["marker"]["size"] = sizes[part]
            if labelled:  # the number of sources beside merged events
                trace.update(LABELS, text=np.where(sources[part] > 1, sources[part].astype(str), ""))
            traces.append(trace)
            shown_legend = True
    return traces


def _segments(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """x for one line trace drawing many separate segments: start, end, gap, start, end, gap..."""
    out = np.empty(len(start) * 3, dtype="float64")
    out[0::3] = start
    out[1::3] = end
    out[2::3] = np.nan
    return out


def _ms(days: pd.Series) -> np.ndarray:
    """Timestamps as milliseconds since 1970 (float64), the numeric form of a Plotly date."""
    return np.asarray(days.to_numpy(dtype="datetime64[ms]").astype("int64"), dtype="float64")


def _mask3(n: int) -> np.ndarray:
    """1, 1, NaN repeated: breaks the line between segments."""
    return np.tile(np.array([1.0, 1.0, np.nan]), n)


def _strip_traces(events: pd.DataFrame) -> list[dict[str, Any]]:
    weekly = weekly_counts(events)
    traces: list[dict[str, Any]] = []
    for kind in schema.EVENT_TYPES:
        rows = weekly[weekly["event_type"] == kind]
        if rows.empty:
            continue
        traces.append({**strip_style(kind), "x": _ms(rows["week"] + pd.Timedelta(days=3.5)),
                       "y": rows["events"].to_numpy(),
                       "customdata": rows["week"].dt.strftime("%Y-%m-%d").to_numpy(dtype=object)})
    return traces


def strip_style(kind: str) -> dict[str, Any]:
    """Every key of a type's trace in the activity strip but its x (middle of each week), y and customdata (weeks)."""
    return {"type": "bar", "xaxis": "x", "yaxis": "y", "width": 7 * DAY_MS * 0.9, "marker": {"color": COLOURS[kind]},
            "name": TYPE_NAMES[kind], "legendgroup": kind, "showlegend": False,
            "hovertemplate": f"Week of %{{customdata}}: %{{y}} {kind} event(s)<extra></extra>"}


def aggregated(events: pd.DataFrame) -> bool:
    """Whether `timeline_figure` draws one marker per lane, period, type and variant instead of per event."""
    return len(events) > MARKER_BUDGET


def period_of(fig: go.Figure) -> str | None:
    """How the figure's grouped markers name their period ("that week"), or None when each marker is an event."""
    meta = fig.layout.meta
    return meta.get(PERIOD) if isinstance(meta, dict) else None


def group_period(events: pd.DataFrame) -> tuple[int, str]:
    """Days per period of grouped markers and how to say it, as `timeline_figure` chooses them (see `_period`)."""
    return _period(_base_marks(events, lanes(events), jitter=False), events)


def _period(marks: pd.DataFrame, events: pd.DataFrame) -> tuple[int, str]:
    """The first of `GROUP_PERIODS` whose longest span holds the first view's (`initial_range`: a few early outliers
    do not make the periods coarser), or a longer one while `marks` would group into more than `MARKER_BUDGET`."""
    lo, hi = initial_range(events)
    span = (hi - lo).days
    first = next(n for n, (longest, _, _) in enumerate(GROUP_PERIODS) if longest is None or span <= longest)
    x = marks["x"].to_numpy()
    # what a marker shares besides its period (`GROUP_KEYS`), as one number
    cell = ((marks["lane"].to_numpy(dtype="int64") * len(schema.EVENT_TYPES) + marks["kind"].to_numpy()) * 4
            + marks["crossed"].to_numpy(dtype="int64") * 2 + marks["hollow"].to_numpy(dtype="int64"))
    for _, days, name in GROUP_PERIODS[first:-1]:
        if len(np.unique(cell * (1 << 32) + _period_index(x, days))) <= MARKER_BUDGET:
            return days, name
    return GROUP_PERIODS[-1][1], GROUP_PERIODS[-1][2]


def _period_index(x: np.ndarray, days: int) -> np.ndarray:
    """The period of `days` days (counted from a Monday) holding each time `x` (ms since 1970), as an integer."""
    return np.floor((x / DAY_MS - MONDAY) / days).astype("int64")


def key_traces(period: str | None = None) -> list[dict[str, Any]]:
    """Legend-only entries that explain the encodings (with `period`, as "that week", the size of grouped
    markers)."""
    keys: tuple[tuple[str, str], ...] = (
        ("circle-open", "hollow: dated by publication only"),
        ("circle-x-open", "crossed: planned, threatened, denied or hypothetical"),
        ("line-ew", "bar: week, month or season"))
    if period:
        keys += (("circle", f"size: events {period} (over {MARKER_BUDGET:,} events, grouped)"),)
    return [{"type": "scatter", "x": [None], "y": [None], "xaxis": "x2", "yaxis": "y2", "mode": "markers",
             "name": label, "legendgroup": "key", "hoverinfo": "skip",
             "marker": {"symbol": symbol, "size": 10, "color": "#555", "line": {"width": 2, "color": "#555"}}}
            for symbol, label in keys]


def _axes(layout: dict[str, Any], events: pd.DataFrame, lane_table: pd.DataFrame, bottom: float) -> None:
    """The shared time axis (dates under the strip and under the lanes, the range buttons at the top left), the
    strip's counts, the lane labels, and a shaded band per country with its name in the header row above it."""
    lo, hi = initial_range(events)
    first = lane_table.drop_duplicates("label").sort_values("lane")
    time_axis = {"type": "date", "range": [lo, hi], "showgrid": True, "gridcolor": "#e5e5e5"}
    plot = layout["height"] - HEADER_PX - BOTTOM_PX
    layout["xaxis"].update(time_axis, rangeselector={"buttons": [
        {"count": 1, "label": "1 month", "step": "month", "stepmode": "backward"},
        {"count": 3, "label": "3 months", "step": "month", "stepmode": "backward"},
        {"label": "All", "step": "all"}], "x": 0, "xanchor": "left", "yanchor": "top",
        "y": 1 + (HEADER_PX - 4) / plot})  # the top left of the figure
    layout["xaxis2"].update(time_axis)
    layout["yaxis"].update(title={"text": "per week", "font": {"size": 11}}, rangemode="tozero", fixedrange=True,
                           gridcolor="#eeeeee")
    layout["yaxis2"].update(tickmode="array", tickvals=first["y"].tolist(),
                            ticktext=[html.escape(str(t)) for t in first["label"]], range=[bottom, -0.5],
                            showgrid=True, gridcolor="#f0f0f0", zeroline=False, fixedrange=True, automargin=False)
    layout["margin"]["l"] = left_margin(first["label"])
    # group bands: alternate shading per country, its name in the band's header row (no lane, so no marker, there)
    shapes: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    groups = first.groupby("group", sort=False)["y"].agg(["min", "max"]).sort_values("min")
    for i, (group, span) in enumerate(groups.iterrows()):
        top = span["min"] - 0.5 - BAND_GAP
        if i % 2 == 0:
            shapes.append({"type": "rect", "xref": "x2 domain", "yref": "y2", "x0": 0, "x1": 1,
                           "y0": top, "y1": span["max"] + 0.5, "fillcolor": "#f4f4f4",
                           "line": {"width": 0}, "layer": "below"})
        notes.append({"text": band_name(str(group)), "xref": "x2 domain", "yref": "y2", "x": 0.002,
                      "y": top + BAND_GAP / 2, "xanchor": "left", "yanchor": "middle", "showarrow": False,
                      "font": {"size": 10, "color": "#555"}})
    layout["shapes"] = shapes
    layout["annotations"] = notes


def band_name(group: str) -> str:
    """The name a country band shows in its header row (upper case, escaped)."""
    return html.escape(group.upper())


def event_points(fig: go.Figure) -> list[str]:
    """The event ids drawn in `fig` (the markers of its event traces), in drawing order."""
    out: list[str] = []
    for trace in fig.data:
        if getattr(trace, "meta", None) == EVENT_TRACE and trace.customdata is not None:
            out.extend(str(v) for v in trace.customdata)
    return out
