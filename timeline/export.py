"""Export the (curated) events table: CSV, JSON, TimelineJS JSON and one self-contained HTML file.

Public interface: `to_csv_bytes`, `to_json_bytes`, `to_timelinejs`, `to_html`, `FORMATS`, `export_bytes`.
Every function takes the mentions frame of the contract (one row per mention, `curated` included)
and returns plain values; writing them to disk is the caller's job (`store.write_text_atomic`).

Safety: CSV cells that a spreadsheet would run as a formula are neutralised; in HTML and TimelineJS
every piece of article text is escaped, links are kept only when they are http(s), and the HTML
carries a Content-Security-Policy that forbids any network request.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import re
from typing import Any, Final

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

from timeline import schema, views
from timeline.store import to_records

FORMATS: Final = ("csv", "json", "timelinejs")
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_TYPE_COLOURS: Final = {"deployment": "#1f77b4", "designation": "#d62728", "statement": "#2ca02c"}
_CSP: Final = ("default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
               "img-src data: blob:; font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'")


# --- CSV and JSON ---------------------------------------------------------------------------------------

def neutralise(value: str) -> str:
    """A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets a leading quote."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for col in out.columns:
        if str(out[col].dtype).startswith("datetime64"):
            out[col] = out[col].dt.strftime("%Y-%m-%d").astype("string").fillna("")
    return out


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """The table as UTF-8 CSV, dates as YYYY-MM-DD, formula-like text cells neutralised."""
    out = _plain(frame)
    for col in out.columns:
        dtype = str(out[col].dtype)
        if dtype in ("string", "object", "category", "str"):
            out[col] = out[col].astype("string").fillna("").map(neutralise)
    buffer = io.StringIO()
    out.to_csv(buffer, index=False, lineterminator="\r\n")  # RFC 4180; also makes pandas quote a lone CR
    return buffer.getvalue().encode("utf-8")


def to_json_bytes(frame: pd.DataFrame) -> bytes:
    """The table as a JSON array of row objects (dates as ISO days, missing values as null)."""
    return json.dumps(to_records(frame), ensure_ascii=False, indent=1).encode("utf-8")


# --- one row per event ---------------------------------------------------------------------------------

def _events(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per event (the dashboard's `views.events_of`), curated when any of its mentions is."""
    events = views.events_of(frame)
    if frame.empty:
        events["curated"] = pd.Series(dtype="boolean")
        return events
    curated = frame.groupby("event_id", observed=True)["curated"].any()
    events["curated"] = events["event_id"].map(curated).astype("boolean").fillna(False)
    return events


def _sources(frame: pd.DataFrame) -> dict[str, list[dict[str, str]]]:
    """event_id -> its mentions as plain strings (sentence, title, outlet, url, published)."""
    out: dict[str, list[dict[str, str]]] = {}
    ordered = frame.sort_values(["event_id", "published", "char_start"], kind="stable")
    for row in ordered.itertuples(index=False):
        published = getattr(row, "published", None)
        out.setdefault(str(row.event_id), []).append({
            "sentence": str(row.sentence), "title": str(row.title), "outlet": str(row.outlet),
            "url": views.safe_url(row.url), "article_id": str(row.article_id),
            "published": published.strftime("%Y-%m-%d") if isinstance(published, pd.Timestamp) else "",
        })
    return out


def _day_parts(day: pd.Timestamp, precision: str) -> dict[str, int]:
    parts = {"year": int(day.year)}
    if precision not in ("year", "decade"):
        parts["month"] = int(day.month)
    if precision in ("day", "week"):
        parts["day"] = int(day.day)
    return parts


def _headline(event: Any) -> str:
    summary = str(event.summary or "").strip()
    return summary or f"{event.actor}: {event.event_type}"


# --- TimelineJS -----------------------------------------------------------------------------------------

_SLIDE_ID: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")


def slide_id(event_id: str) -> str:
    """A TimelineJS `unique_id` (an HTML id and the page's URL fragment): the event id when it is plain letters,
    digits, `-` and `_` (every id this tool makes), else a hash of it, so a crafted table cannot inject markup."""
    if _SLIDE_ID.fullmatch(event_id):
        return event_id
    return "e-x" + hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:12]


def to_timelinejs(frame: pd.DataFrame, title: str = "Crisis timeline") -> dict[str, Any]:
    """TimelineJS3 JSON: one slide per event, grouped by actor, the first source link as media."""
    events = _events(frame)
    sources = _sources(frame)
    slides: list[dict[str, Any]] = []
    for event in events.itertuples(index=False):
        precision = str(event.date_precision or "day")
        mentions = sources.get(str(event.event_id), [])
        body = "".join(f"<p>{html.escape(m['sentence'])}</p>" for m in mentions[:3])
        links = ", ".join(_source_html(m) for m in mentions)
        mark = " <em>(curated)</em>" if bool(event.curated) else ""
        slide: dict[str, Any] = {
            "unique_id": slide_id(str(event.event_id)),
            "start_date": _day_parts(event.date_start, precision),
            "text": {"headline": html.escape(_headline(event)) + mark,
                     "text": body + (f"<p>Sources: {links}</p>" if links else "")},
            "group": html.escape(str(event.actor)),
        }
        if event.date_end != event.date_start:
            slide["end_date"] = _day_parts(event.date_end, precision)
        if event.date_text:
            slide["display_date"] = html.escape(str(event.date_text))
        linked = next((m for m in mentions if m["url"]), None)
        if linked:
            slide["media"] = {"url": linked["url"], "credit": html.escape(linked["outlet"] or linked["title"])}
        slides.append(slide)
    return {"title": {"text": {"headline": html.escape(title),
                               "text": f"{len(slides)} event(s) from {frame['article_id'].nunique()} article(s)"}},
            "events": slides}


def _source_html(mention: dict[str, str]) -> str:
    label = html.escape(mention["outlet"] or mention["title"] or mention["article_id"])
    if mention["published"]:
        label += f" ({mention['published']})"
    if mention["url"]:
        return f'<a href="{html.escape(mention["url"], quote=True)}" rel="noopener noreferrer">{label}</a>'
    return label


# --- the one-file HTML ----------------------------------------------------------------------------------

def timeline_figure(events: pd.DataFrame) -> go.Figure:
    """A simple timeline, one row per actor, coloured by type: a bar over each event's possible days and a
    marker at its middle (so one-day events stay visible when zoomed out). `customdata[0]` of every
    point is its event_id: the page's filter keeps the points whose event passes."""
    fig = go.Figure()
    for event_type in schema.EVENT_TYPES:
        part = events[events["event_type"] == event_type]
        if part.empty:
            continue
        start = part["date_start"]
        days = (part["date_end"] - start).dt.days + 1
        middle = start + pd.to_timedelta(days / 2, unit="D")
        hover = [f"{html.escape(_headline(e))}<br>{e.date_start:%Y-%m-%d} – {e.date_end:%Y-%m-%d}"
                 f"<br>{int(e.sources)} source(s)" for e in part.itertuples(index=False)]
        ids = [[str(i)] for i in part["event_id"]]
        actors = [html.escape(a) for a in part["actor"].astype(str)]  # lane labels: Plotly reads tags in them
        colour = _TYPE_COLOURS[event_type]
        fig.add_trace(go.Bar(
            name=event_type, orientation="h", base=start.dt.strftime("%Y-%m-%d").tolist(),
            x=(days * 86_400_000).tolist(), y=actors, width=0.5, marker_color=colour, opacity=0.35, customdata=ids,
            hoverinfo="skip", legendgroup=event_type, showlegend=False))
        fig.add_trace(go.Scatter(
            name=event_type, mode="markers", x=middle.dt.strftime("%Y-%m-%dT%H:%M:%S").tolist(), y=actors,
            marker={"color": colour, "size": 9, "line": {"width": 1, "color": "white"}}, customdata=ids,
            hovertext=hover, hoverinfo="text", legendgroup=event_type))
    fig.update_layout(barmode="overlay", xaxis={"type": "date"}, yaxis={"title": "", "automargin": True},
                      legend_title_text="Type", template="plotly_white", margin={"l": 10, "r": 10, "t": 20, "b": 40},
                      height=max(320, 30 * max(1, events["actor"].nunique()) + 100))
    return fig


def _json_for_script(value: object) -> str:
    """JSON that is safe inside <script>: no '<', '>' or '&' survive literally."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _options(values: list[str]) -> str:
    return "".join(f'<option value="{html.escape(v, quote=True)}">{html.escape(v)}</option>' for v in values)


def _table(events: pd.DataFrame, sources: dict[str, list[dict[str, str]]]) -> str:
    rows = []
    for e in events.itertuples(index=False):
        mentions = sources.get(str(e.event_id), [])
        quotes = "".join(f"<blockquote>{html.escape(m['sentence'])}<br><small>{_source_html(m)}</small>"
                         "</blockquote>" for m in mentions)
        span = f"{e.date_start:%Y-%m-%d}" + ("" if e.date_end == e.date_start else f" – {e.date_end:%Y-%m-%d}")
        curated = '<span class="curated">curated</span>' if bool(e.curated) else ""
        rows.append(
            f'<tr data-event="{html.escape(str(e.event_id), quote=True)}"><td>{span}</td>'
            f"<td>{html.escape(str(e.event_type))}</td><td>{html.escape(str(e.actor))}</td>"
            f"<td>{html.escape(str(e.target))}</td><td>{html.escape(_headline(e))} {curated}</td>"
            f"<td>{int(e.sources)}</td><td>{quotes}</td></tr>")
    return "".join(rows)


_SCRIPT: Final = """
(function () {
  const events = JSON.parse(document.getElementById("events-data").textContent);
  const plot = document.getElementById("timeline-chart");
  const original = JSON.parse(JSON.stringify(plot.data));
  const actorBox = document.getElementById("filter-actor");
  const typeBox = document.getElementById("filter-type");
  function apply() {
    const actor = actorBox.value, type = typeBox.value;
    const keep = new Set(events.filter(e => (!actor || e.actor === actor) && (!type || e.event_type === type))
      .map(e => e.event_id));
    const data = original.map(trace => {
      const n = (trace.customdata || []).length, idx = [];
      for (let i = 0; i < n; i++) { if (keep.has(String(trace.customdata[i][0]))) idx.push(i); }
      const out = Object.assign({}, trace);
      for (const key of Object.keys(trace)) {
        if (Array.isArray(trace[key]) && trace[key].length === n) out[key] = idx.map(i => trace[key][i]);
      }
      if (trace.marker && Array.isArray(trace.marker.color) && trace.marker.color.length === n) {
        out.marker = Object.assign({}, trace.marker, {color: idx.map(i => trace.marker.color[i])});
      }
      return out;
    });
    Plotly.react(plot, data, plot.layout);
    let shown = 0;
    document.querySelectorAll("#events-table tbody tr").forEach(row => {
      const on = keep.has(row.dataset.event);
      row.hidden = !on;
      if (on) shown++;
    });
    document.getElementById("shown-count").textContent = String(shown);
  }
  actorBox.addEventListener("change", apply);
  typeBox.addEventListener("change", apply);
})();
"""

_STYLE: Final = """
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-top:1px solid #ddd;padding:.3rem;
vertical-align:top;text-align:left}blockquote{margin:.2rem 0;padding-left:.5rem;border-left:3px solid #ccc}
.curated{background:#ffe9a8;border-radius:3px;padding:0 .3rem;font-size:.8rem}label{margin-right:1rem}
"""


def to_html(frame: pd.DataFrame, title: str = "Crisis timeline", built: str = "") -> str:
    """One self-contained page: the timeline chart (Plotly's JavaScript inline), a filter by actor and
    type, and the events table with every sentence and source. Works offline; all article text escaped."""
    events = _events(frame)
    sources = _sources(frame)
    figure = timeline_figure(events)
    chart = pio.to_html(figure, include_plotlyjs=False, full_html=False, div_id="timeline-chart",
                        config={"displaylogo": False, "responsive": True})
    data = [{"event_id": str(e.event_id), "actor": str(e.actor), "event_type": str(e.event_type)}
            for e in events.itertuples(index=False)]
    actors = sorted({d["actor"] for d in data})
    types = [t for t in schema.EVENT_TYPES if any(d["event_type"] == t for d in data)]
    note = f"Data built {html.escape(built)}. " if built else ""
    articles = frame["article_id"].nunique() if not frame.empty else 0
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title><style>{_STYLE}</style>
<script>{get_plotlyjs()}</script></head>
<body><h1>{html.escape(title)}</h1>
<p>{note}{len(events)} event(s) from {articles} article(s). Showing <span id="shown-count">{len(events)}</span>.
Rows marked <span class="curated">curated</span> were corrected by a person.</p>
<form id="filters"><label>Actor <select id="filter-actor"><option value="">All actors</option>
{_options(actors)}</select></label><label>Type <select id="filter-type"><option value="">All types</option>
{_options(types)}</select></label></form>
{chart}
<table id="events-table"><thead><tr><th>When</th><th>Type</th><th>Actor</th><th>Target</th><th>Event</th>
<th>Sources</th><th>Evidence</th></tr></thead><tbody>{_table(events, sources)}</tbody></table>
<script type="application/json" id="events-data">{_json_for_script(data)}</script>
<script>{_SCRIPT}</script>
</body></html>
"""


def export_bytes(frame: pd.DataFrame, fmt: str, title: str = "Crisis timeline") -> bytes:
    """The bytes of one export format from `FORMATS` (the CLI and the app's download buttons share it)."""
    if fmt == "csv":
        return to_csv_bytes(frame)
    if fmt == "json":
        return to_json_bytes(frame)
    if fmt == "timelinejs":
        return json.dumps(to_timelinejs(frame, title), ensure_ascii=False, indent=1).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")

