"""Figures: lanes, encodings, hover, ranges and the activity strip, read back from the go.Figure."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from timeline.present import figures, hover, views
from timeline.store.synthetic import mentions_frame, synthetic_events


def events(rows: list[dict[str, object]]) -> pd.DataFrame:
    return views.events_of(mentions_frame(rows))


@pytest.fixture
def mixed() -> pd.DataFrame:
    """A day event with two sources, a month range, a publication-dated statement and a threat."""
    return events([
        {"event_id": "d", "actor": "PLA Navy", "actor_country": "China", "article_id": "a1",
         "date_start": "2025-05-10", "summary": "PLA Navy <b>drills</b> near Taiwan"},
        {"event_id": "d", "actor": "PLA Navy", "actor_country": "China", "article_id": "a2",
         "date_start": "2025-05-10"},
        {"event_id": "m", "actor": "PLA Navy", "actor_country": "China", "date_start": "2025-06-01",
         "date_end": "2025-06-30", "date_precision": "month", "date_text": "in June", "date_basis": "relative"},
        {"event_id": "p", "event_type": "statement", "actor": "Taiwan MND", "actor_country": "Taiwan",
         "date_start": "2025-05-12", "date_text": "", "date_basis": "publication"},
        {"event_id": "t", "event_type": "statement", "modality": "threatened", "actor": "Taiwan MND",
         "actor_country": "Taiwan", "date_start": "2025-05-20"},
    ])


def ms(value: float) -> pd.Timestamp:
    """A Plotly date given as milliseconds since 1970."""
    return pd.Timestamp(int(value), unit="ms")


def event_traces(fig: go.Figure) -> list[go.Scatter]:
    return [t for t in fig.data if t.meta == figures.EVENT_TRACE]


def trace_of(fig: go.Figure, event_id: str) -> go.Scatter:
    return next(t for t in event_traces(fig) if event_id in list(t.customdata))


def test_every_event_is_one_marker_carrying_its_id(mixed: pd.DataFrame) -> None:
    fig = figures.timeline_figure(mixed)
    assert sorted(figures.event_points(fig)) == ["d", "m", "p", "t"]


@pytest.mark.parametrize(("event_id", "symbol"), [
    ("d", "circle"), ("m", "circle"), ("p", "diamond-open"), ("t", "diamond-x"),
])
def test_marker_shape_tells_type_basis_and_modality(mixed: pd.DataFrame, event_id: str, symbol: str) -> None:
    fig = figures.timeline_figure(mixed)
    assert trace_of(fig, event_id).marker.symbol == symbol


def test_colour_by_type_is_colour_blind_safe(mixed: pd.DataFrame) -> None:
    fig = figures.timeline_figure(mixed)
    assert trace_of(fig, "d").marker.color == figures.COLOURS["deployment"]
    assert trace_of(fig, "p").marker.color == figures.COLOURS["statement"]
    assert fig.layout.paper_bgcolor == fig.layout.plot_bgcolor == "white"  # explicit, not the app's theme


def test_day_is_a_point_and_a_month_is_a_bar_over_its_range(mixed: pd.DataFrame) -> None:
    fig = figures.timeline_figure(mixed)
    day = trace_of(fig, "d")
    i = list(day.customdata).index("d")
    assert ms(day.x[i]) == pd.Timestamp("2025-05-10 12:00")
    bars = [t for t in fig.data if t.type == "scatter" and t.mode == "lines" and t.name.startswith("Deployment")]
    assert len(bars) == 1
    xs = [ms(x) for x in bars[0].x if not pd.isna(x)]
    assert xs == [pd.Timestamp("2025-06-01"), pd.Timestamp("2025-07-01")]  # end is inclusive: to the next midnight
    month = trace_of(fig, "m")
    assert ms(month.x[list(month.customdata).index("m")]) == pd.Timestamp("2025-06-16")


def test_merged_events_show_their_source_count(mixed: pd.DataFrame) -> None:
    fig = figures.timeline_figure(mixed)
    trace = trace_of(fig, "d")
    i = list(trace.customdata).index("d")
    assert trace.text[i] == "2"
    assert trace.marker.size[i] > figures.marker_sizes(pd.Series([1]))[0]


def test_hover_has_written_and_resolved_dates_and_is_escaped(mixed: pd.DataFrame) -> None:
    fig = figures.timeline_figure(mixed)
    texts = {cid: text for t in event_traces(fig) for cid, text in zip(t.customdata, t.hovertext, strict=True)}
    assert "Date as written: on October 15" in texts["d"] and "Resolved: 2025-05-10" in texts["d"]
    assert "&lt;b&gt;drills&lt;/b&gt;" in texts["d"] and "<b>drills" not in texts["d"]
    assert "Date as written: in June" in texts["m"] and "2025-06-01 – 2025-06-30 (month)" in texts["m"]
    assert "no date in text" in texts["p"]
    assert "Sources: 2" in texts["d"] and "threatened" in texts["t"]


def test_one_event_gets_a_readable_range_not_milliseconds() -> None:
    fig = figures.timeline_figure(events([{"event_id": "only", "date_start": "2025-01-15"}]))
    lo, hi = (pd.Timestamp(v) for v in fig.layout.xaxis.range)
    assert hi - lo >= pd.Timedelta(days=28)
    assert lo < pd.Timestamp("2025-01-15") < hi


def test_range_buttons_and_shared_time_axis(mixed: pd.DataFrame) -> None:
    fig = figures.timeline_figure(mixed)
    labels = [b.label for b in fig.layout.xaxis.rangeselector.buttons]
    assert labels == ["1 month", "3 months", "All"]
    assert fig.layout.xaxis.matches == "x2" or fig.layout.xaxis2.matches == "x"


def test_activity_strip_counts_events_per_week_by_type(mixed: pd.DataFrame) -> None:
    fig = figures.timeline_figure(mixed)
    bars = [t for t in fig.data if t.type == "bar"]
    assert sum(sum(t.y) for t in bars) == len(mixed)


def test_many_events_drop_labels_and_range_bars_stay_svg() -> None:
    big = views.events_of(synthetic_events(figures.LABELS_UNTIL * 2, seed=2))
    assert figures.LABELS_UNTIL <= len(big) < figures.WEBGL_FROM
    fig = figures.timeline_figure(big)
    assert {t.type for t in event_traces(fig)} == {"scatter"}  # SVG: complete, and as fast at this size
    assert all(t.mode == "markers" for t in event_traces(fig))
    assert len(figures.event_points(fig)) == len(big)
    small = figures.timeline_figure(big.head(10))
    assert any("text" in t.mode for t in event_traces(small))


def dense_events(n: int, lanes: int, days: int, start: str = "2025-01-01", step: int = 1) -> pd.DataFrame:
    """`n` day-precise, asserted events dealt out over `lanes` actors and `days` days `step` days apart, so that
    every (actor, day, type, basis) holds an event (as many as there are places for)."""
    events = views.events_of(synthetic_events(n * 2, seed=3, n_actors=10, days=100)).head(n).reset_index(drop=True)
    assert len(events) == n
    i = np.arange(len(events))
    day = pd.Timestamp(start) + pd.to_timedelta((i // lanes) % days * step, unit="D")
    categories = {c: events[c].cat.categories for c in ("event_type", "date_precision", "modality")}
    return events.assign(
        actor=pd.array([f"Actor {k}" for k in i % lanes], dtype="string"), date_start=day, date_end=day,
        event_type=pd.Categorical(np.array(figures.schema.EVENT_TYPES)[(i // (lanes * days)) % 3],
                                  categories=categories["event_type"]),
        date_basis=pd.array(np.where((i // (lanes * days * 3)) % 2 == 0, "text", "publication"), dtype="string"),
        date_precision=pd.Categorical(["day"] * len(events), categories=categories["date_precision"]),
        modality=pd.Categorical(["asserted"] * len(events), categories=categories["modality"]))


def test_markers_switch_to_webgl_past_the_threshold_but_range_bars_do_not() -> None:
    # a marker per lane, quarter, type and basis: 16 years, more than the budget even in the longest period
    events = dense_events(40 * 64 * 3 * 2, lanes=40, days=64, step=91)
    assert figures.group_period(events) == figures.GROUP_PERIODS[-1][1:]
    fig = figures.timeline_figure(events)
    markers = sum(len(t.x) for t in event_traces(fig))
    assert markers >= figures.WEBGL_FROM
    assert {t.type for t in event_traces(fig)} == {"scattergl"}
    ranged = views.events_of(synthetic_events(figures.WEBGL_FROM, seed=3, days=365))  # weeks, months, seasons
    bars = [t for t in figures.timeline_figure(ranged).data if getattr(t, "mode", None) == "lines"]
    assert bars and {t.type for t in bars} == {"scatter"}


@pytest.mark.parametrize(("days", "period"), [(1, "that day"), (90, "that day"), (200, "that week"),
                                                (700, "that week"), (1_200, "in those 4 weeks"),
                                                (3_000, "in those 13 weeks")])
def test_grouped_markers_cover_a_longer_period_on_a_longer_span(days: int, period: str) -> None:
    events = dense_events(2 * figures.MARKER_BUDGET, lanes=2, days=days)  # within the marker budget by day
    assert figures.group_period(events)[1] == period
    assert any(t.name.startswith(f"size: events {period} (") for t in figures.timeline_figure(events).data)


@pytest.mark.parametrize(("lanes", "days", "period"), [
    (10, 60, "that day"),  # 10 x 60 x 6 = 3,600 markers by day: within the budget
    (40, 90, "that week"),  # 21,600 by day, 3,360 by week
    (40, 300, "in those 4 weeks"),  # 10,560 by week, 2,880 by 4 weeks
    (10, 700, "in those 4 weeks"),  # a week would do on a span this long, but gives 6,060 markers (4 weeks 1,560)
])
def test_past_the_marker_budget_the_groups_cover_a_longer_period(lanes: int, days: int, period: str) -> None:
    events = dense_events(max(2 * figures.MARKER_BUDGET, lanes * days * 3 * 2), lanes=lanes, days=days)
    assert figures.group_period(events)[1] == period
    fig = figures.timeline_figure(events)
    assert figures.period_of(fig) == period
    assert len(figures.event_points(fig)) <= figures.MARKER_BUDGET


def test_only_grouped_charts_name_a_period() -> None:
    events = dense_events(2 * figures.MARKER_BUDGET, lanes=10, days=60)
    assert figures.period_of(figures.timeline_figure(events)) == "that day"
    assert figures.period_of(figures.timeline_figure(events.head(100))) is None


def test_a_few_early_outliers_do_not_coarsen_the_groups() -> None:
    events = dense_events(2 * figures.MARKER_BUDGET, lanes=10, days=60)
    old = events.head(20).assign(date_start=pd.Timestamp("2019-03-01"), date_end=pd.Timestamp("2019-03-01"))
    assert figures.group_period(pd.concat([old, events.iloc[20:]], ignore_index=True))[1] == "that day"


def test_weeks_of_grouped_markers_start_on_monday() -> None:
    events = dense_events(2 * figures.MARKER_BUDGET, lanes=10, days=200)
    probe = events.head(3).assign(actor="Probe", date_start=pd.to_datetime(["2025-01-05", "2025-01-06", "2025-01-08"]))
    probe["date_end"] = probe["date_start"]
    fig = figures.timeline_figure(pd.concat([events.iloc[3:], probe], ignore_index=True))
    hovers = [h for t in event_traces(fig) for h in t.hovertext if "<b>Probe</b>" in h]
    assert len(hovers) == 2  # Sunday 5 January alone; Monday 6 and Wednesday 8 January together
    assert sum("<b>2 events</b> here that week;" in h for h in hovers) == 1


def test_empty_frame_draws_a_message_not_an_error() -> None:
    fig = figures.timeline_figure(views.events_of(mentions_frame([])))
    assert figures.event_points(fig) == []
    assert "No events" in fig.layout.annotations[0].text


def test_initial_range_skips_a_few_early_outliers_but_all_events_stay_drawn() -> None:
    rows = [{"event_id": f"e{i}", "date_start": f"2025-10-{i + 1:02d}"} for i in range(25)]
    rows.append({"event_id": "old", "date_start": "2019-01-01", "date_end": "2019-12-31", "date_precision": "year"})
    frame = events(rows)
    fig = figures.timeline_figure(frame)
    assert pd.Timestamp(fig.layout.xaxis.range[0]) > pd.Timestamp("2024-01-01")
    assert "old" in figures.event_points(fig)


def test_prepared_hover_texts_are_used_as_given(mixed: pd.DataFrame) -> None:
    prepared = hover.with_hover(mixed)
    assert list(prepared[hover.HOVER]) == hover.hover_text(mixed)
    fig = figures.timeline_figure(prepared.assign(hover="prepared"))
    assert {h for t in event_traces(fig) for h in t.hovertext} == {"prepared"}


def test_past_the_threshold_events_of_one_lane_and_day_share_a_marker() -> None:
    big = views.events_of(synthetic_events(int(figures.MARKER_BUDGET * 1.8), seed=4, n_actors=8, days=60))
    assert figures.aggregated(big)
    fig = figures.timeline_figure(big)
    drawn = figures.event_points(fig)
    days = (big["date_end"].max() - big["date_start"].min()).days + 1
    assert 0 < len(drawn) <= 8 * days * 12  # bounded by lanes x days x (types x variants), not by events
    assert len(drawn) < len(big) // 3
    assert set(drawn) <= set(big["event_id"])  # each marker opens a real event (the most reported)
    hovers = [h for t in event_traces(fig) for h in t.hovertext]
    period = figures.group_period(big)[1]
    assert any(f" events</b> here {period};" in h for h in hovers)
    assert any(t.name.startswith(f"size: events {period} (") for t in fig.data)


def test_country_names_stand_in_a_header_row_above_their_lanes(mixed: pd.DataFrame) -> None:
    fig = figures.timeline_figure(mixed)
    lanes = list(fig.layout.yaxis2.tickvals)
    markers = [y for t in event_traces(fig) for y in t.y]
    assert [a.text for a in fig.layout.annotations] == ["CHINA", "TAIWAN"]
    for note in fig.layout.annotations:  # between lanes, where no marker is drawn
        assert all(abs(note.y - lane) >= 0.5 + figures.BAND_GAP / 2 - 1e-9 for lane in lanes)
        assert all(abs(note.y - y) > 0.5 for y in markers)
    assert all(any(abs(y - lane) <= 0.4 for lane in lanes) for y in markers)  # every marker inside its lane
    bands = [(s.y0, s.y1) for s in fig.layout.shapes]
    assert bands[0][0] == -0.5 and bands[0][1] < fig.layout.annotations[1].y  # shaded from the header row down


def test_dates_stand_under_the_strip_as_well_as_under_the_lanes(mixed: pd.DataFrame) -> None:
    fig = figures.timeline_figure(mixed)
    assert fig.layout.xaxis.showticklabels is not False and fig.layout.xaxis2.showticklabels is not False
    plot = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    gap_px = (fig.layout.yaxis.domain[0] - fig.layout.yaxis2.domain[1]) * plot
    assert gap_px == pytest.approx(figures.DATES_PX)  # room for two lines of dates (day, and year where it starts)
    units = fig.layout.yaxis2.range[0] - fig.layout.yaxis2.range[1]  # lanes and header rows
    assert fig.layout.yaxis2.domain[1] * plot == pytest.approx(round(max(units, 4) * figures.LANE_PX))


def test_range_buttons_stand_at_the_top_left_clear_of_the_toolbar(mixed: pd.DataFrame) -> None:
    selector = figures.timeline_figure(mixed).layout.xaxis.rangeselector
    assert (selector.x, selector.xanchor, selector.yanchor) == (0, "left", "top")  # Plotly's toolbar is top right
