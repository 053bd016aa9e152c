"""The offline page: one self-contained HTML file with the dashboard's timeline, its filters, the chronology brief
and the events table. It opens from `file://` and makes no network request (Plotly's JavaScript is inline and a
Content-Security-Policy forbids any connection).

The page first shows the dashboard's default view (what happened: asserted and claimed events) drawn by
`figures.timeline_figure` itself: its JSON is embedded as is. Its filters (search text, actor, country, type,
status, dates, minimum of sources; kept in the address's `#` part with the dashboard's query keys, so a link to the
file reopens a view) redraw the chart in the browser with `page.js`, a port of the parts of `timeline.present.figures`
and `timeline.present.layout` that depend on which events are shown (lanes, first view, jitter, weekly counts,
grouping);
everything else (hover texts, marker sizes, trace styles, the layout's constant keys, the key, label widths) comes
from Python, and `tests/browser/test_offline_page.py` checks that both draw the same figure for the same filters.
The brief (`timeline.export.brief`) is written here once per event, in Markdown and HTML; the page shows the entries its
filters keep under their period headings and downloads them as Markdown ("Download brief").
"""

from __future__ import annotations

import html
import json
from importlib import resources
from typing import Any, Final

import pandas as pd
from plotly.offline import get_plotlyjs

from timeline import schema
from timeline.export import brief
from timeline.present import figures, hover, layout, views
from timeline.store import query as filters

_CSP: Final = ("default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
               "img-src data: blob:; font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'")
TITLE: Final = "Crisis timeline"


def to_html(mentions: pd.DataFrame, title: str = TITLE, built: str = "") -> str:
    """The page for `mentions` (every column of the contract); works offline; all article text escaped."""
    events = hover.with_hover(views.curated_events(mentions))
    shown = filters.apply_filters(events, filters.Filters(), mentions)
    entries = brief.entries(mentions)
    data = page_data(mentions, events, entries, title=title, built=built)
    head = brief.header_of(views.shown_mentions(mentions, filters.Filters()), title=title, filters=filters.Filters(),
                           built=built)
    articles = mentions["article_id"].nunique() if not mentions.empty else 0
    note = f"Data built {html.escape(built)}. " if built else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title><style>{_asset("page.css")}</style>
<script>{get_plotlyjs()}</script></head>
<body><h1>{html.escape(title)}</h1>
<p>{note}{len(events)} event(s) from {articles} article(s). Showing <span id="shown-count">{len(shown)}</span>
of them. Rows marked <span class="curated">curated</span> were corrected by a person.</p>
{_filter_form(events)}
<p id="chart-notes" class="hint"></p>
<div id="timeline-chart" class="chart"></div>
<p class="hint">Colour and shape: event type · hollow: dated only by the publication date · crossed: planned,
threatened, denied or hypothetical · bar: a week, month or season · size and label: number of sources. Click a
marker to find its row below; drag to pan, scroll to zoom.</p>
<section id="brief" aria-labelledby="brief-title"><div class="brief-bar"><h2 id="brief-title">Chronology brief</h2>
<button type="button" id="download-brief">Download brief</button></div>
<div id="brief-head">{brief.html_of(head[1:])}</div>
<div id="brief-entries">{_brief_entries(entries, set(shown["event_id"]))}</div></section>
<h2>Events</h2>
<table id="events-table"><thead><tr><th>When</th><th>Type</th><th>Actor</th><th>Target</th><th>Headline</th>
<th>Sources</th><th>Evidence</th></tr></thead>
<tbody>{_table(events, views.mention_sources(mentions), set(shown["event_id"]))}</tbody></table>
<script type="application/json" id="figure-data">{_for_script(figures.timeline_figure(shown).to_json())}</script>
<script type="application/json" id="page-data">{_for_script(json.dumps(data, ensure_ascii=False))}</script>
<script>{_asset("page.js")}</script>
</body></html>
"""


def _asset(name: str) -> str:
    return resources.files("timeline.export").joinpath("assets", name).read_text(encoding="utf-8")


def _for_script(text: str) -> str:
    """JSON text that is safe inside <script>: no '<', '>' or '&' survive literally (so no '</script>')."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --- what the page's script needs ---------------------------------------------------------------------------

def page_data(mentions: pd.DataFrame, events: pd.DataFrame, entries: list[brief.Entry], *, title: str,
              built: str) -> dict[str, Any]:
    """Everything `page.js` filters and draws with: per event (in `events` order, every status) the filter fields,
    the figure's per-event values, the table row and the brief entry; the constants and styles of `figures`."""
    group = filters.country_of(events).astype(str)
    middle, start, end = figures.event_times(events)
    by_event = mentions.groupby("event_id", observed=True, sort=False)
    haystacks = filters.text_haystack(mentions).str.lower().groupby(mentions["event_id"], observed=True).agg(list)
    articles = by_event["article_id"].agg(lambda s: sorted(set(s.astype(str))))
    ids = events["event_id"].astype(str)
    actors = sorted(set(events["actor"].astype(str)))
    order = {event_id: i for i, event_id in enumerate(ids)}
    return {
        "title": title, "titleMd": brief.md_escape(title), "built": built,
        "events": {
            "id": ids.tolist(), "actor": events["actor"].astype(str).tolist(), "group": group.tolist(),
            "type": events["event_type"].astype(str).tolist(), "modality": events["modality"].astype(str).tolist(),
            "kind": pd.Categorical(events["event_type"], categories=list(schema.EVENT_TYPES)).codes.tolist(),
            "crossed": (~events["modality"].isin(filters.HAPPENED)).tolist(),
            "hollow": (events["date_basis"] == "publication").tolist(),
            "ranged": (events["date_precision"] != "day").tolist(),
            "x": middle.tolist(), "start": start.tolist(), "end": end.tolist(),
            "day": _ms(events["date_start"].dt.floor("D")), "week": _ms(layout.week_of(events["date_start"])),
            "from": events["date_start"].dt.strftime("%Y-%m-%d").tolist(),
            "to": events["date_end"].dt.strftime("%Y-%m-%d").tolist(),
            "fromText": [brief.day_text(d) for d in events["date_start"]],
            "toText": [brief.day_text(d) for d in events["date_end"]],
            "sources": events["sources"].fillna(1).astype(int).tolist(),
            "size": figures.marker_sizes(events["sources"]).tolist(),
            "hover": events[hover.HOVER].astype(str).tolist(),
            "mentions": events["mentions"].astype(int).tolist(),
            "articles": [articles.get(i, []) for i in ids], "text": [haystacks.get(i, []) for i in ids],
        },
        "entries": [{"event": order[e.event_id], "period": e.period,
                     "markdown": brief.markdown_of(list(e.blocks)).rstrip("\n")} for e in entries],
        "actors": {a: {"width": layout.label_width(a), "tick": html.escape(a), "md": brief.md_escape(a)}
                   for a in actors},
        "others": [layout.label_width(f"Other actors ({k})") for k in range(len(actors) + 1)],
        "groups": {g: {"band": figures.band_name(g), "md": brief.md_escape(g)} for g in sorted(set(group))},
        "figure": _figure_constants(events),
    }


def _figure_constants(events: pd.DataFrame) -> dict[str, Any]:
    """The constants, styles and constant layout keys of `figures.timeline_figure`, for the page's script."""
    template = json.loads(figures.timeline_figure(events).to_json())["layout"] if len(events) else None
    return {
        "types": list(schema.EVENT_TYPES), "modalities": list(schema.MODALITIES), "happened": list(filters.HAPPENED),
        "laneSpacing": figures.LANE_PX, "stripPx": figures.STRIP_PX, "datesPx": figures.DATES_PX,
        "headerPx": figures.HEADER_PX, "bottomPx": figures.BOTTOM_PX, "keyGapPx": figures.KEY_GAP_PX,
        "bandGap": layout.BAND_GAP, "maxLanes": layout.MAX_LANES, "labelPad": layout.LABEL_PAD_PX,
        "dayMs": figures.DAY_MS, "monday": figures.MONDAY, "labelsUntil": figures.LABELS_UNTIL,
        "webglFrom": figures.WEBGL_FROM, "markerBudget": figures.MARKER_BUDGET, "periodKey": figures.PERIOD,
        "periods": [[longest, days, phrase] for longest, days, phrase in figures.GROUP_PERIODS],
        "variants": [list(v) for v in figures.VARIANTS], "labels": figures.LABELS,
        "bars": {k: [figures.bar_style(k, False), figures.bar_style(k, True)] for k in schema.EVENT_TYPES},
        "markers": {k: [[figures.marker_style(k, c, h, g) for g in (False, True)] for c, h in figures.VARIANTS]
                    for k in schema.EVENT_TYPES},
        "strip": {k: figures.strip_style(k) for k in schema.EVENT_TYPES},
        "keys": {phrase or "": figures.key_traces(phrase) for phrase in (None, *(p[2] for p in figures.GROUP_PERIODS))},
        "template": template, "empty": json.loads(figures.timeline_figure(events.iloc[:0]).to_json()),
    }


def _ms(days: pd.Series) -> list[float]:
    return [float(v) for v in days.to_numpy(dtype="datetime64[ms]").astype("int64")]


# --- the parts of the page made here -----------------------------------------------------------------------

def _filter_form(events: pd.DataFrame) -> str:
    """The filters, set to the dashboard's default view; `page.js` reads and writes them."""
    choices = filters.choices(events)
    lo = events["date_start"].min().strftime("%Y-%m-%d") if len(events) else ""
    hi = events["date_end"].max().strftime("%Y-%m-%d") if len(events) else ""

    def boxes(name: str, values: dict[str, int] | list[str], checked: tuple[str, ...] = ()) -> str:
        counted = values if isinstance(values, dict) else dict.fromkeys(values, 0)
        return "".join(
            f'<label><input type="checkbox" name="{name}" value="{html.escape(v, quote=True)}"'
            f'{" checked" if v in checked else ""}> {html.escape(v)}{f" ({n})" if n else ""}</label>'
            for v, n in counted.items())

    return f"""<form id="filters" class="filters" onsubmit="return false">
<label class="wide">Search summaries and sentences <input type="search" id="filter-text" name="q"
 placeholder="e.g. carrier, sanctions"></label>
<fieldset class="list"><legend>Actor</legend>{boxes("actor", choices["actors"])}</fieldset>
<fieldset class="list"><legend>Actor country / side</legend>{boxes("country", choices["countries"])}</fieldset>
<fieldset><legend>Type</legend>{boxes("type", list(schema.EVENT_TYPES))}</fieldset>
<fieldset><legend>Status</legend>{boxes("status", list(schema.MODALITIES), filters.HAPPENED)}</fieldset>
<fieldset><legend>Dates</legend><label>from <input type="date" id="filter-from" min="{lo}" max="{hi}"></label>
<label>to <input type="date" id="filter-to" min="{lo}" max="{hi}"></label></fieldset>
<fieldset><legend>Sources</legend><label>at least <input type="number" id="filter-min-sources" min="1" value="1"
 step="1"></label></fieldset>
<button type="button" id="filter-reset">Reset filters</button>
</form>"""


def _brief_entries(entries: list[brief.Entry], shown: set[str]) -> str:
    """Every event's brief entry (hidden when not in the default view) under the headings of the default view;
    `page.js` moves the headings when the filters change."""
    out: list[str] = []
    period = None
    for entry in entries:
        visible = entry.event_id in shown
        if visible and entry.period != period:
            out.append(f'<h3 class="period">{html.escape(entry.period)}</h3>')
            period = entry.period
        out.append(f'<div class="entry" data-event="{html.escape(entry.event_id, quote=True)}"'
                   f'{"" if visible else " hidden"}>{brief.html_of(list(entry.blocks))}</div>')
    return "".join(out)


def _table(events: pd.DataFrame, sources: dict[str, list[dict[str, str]]], shown: set[str]) -> str:
    rows = []
    for e in events.itertuples(index=False):
        mentions = sources.get(str(e.event_id), [])
        quotes = "".join(f"<blockquote>{html.escape(m['sentence'])}<br><small>{source_html(m)}</small>"
                         "</blockquote>" for m in mentions)
        span = f"{e.date_start:%Y-%m-%d}" + ("" if e.date_end == e.date_start else f" – {e.date_end:%Y-%m-%d}")
        curated = ' <span class="curated">curated</span>' if bool(e.curated) else ""
        status = "" if str(e.modality) == "asserted" else f' <span class="status">{html.escape(str(e.modality))}</span>'
        rows.append(
            f'<tr data-event="{html.escape(str(e.event_id), quote=True)}"{"" if e.event_id in shown else " hidden"}>'
            f"<td>{span}</td><td>{html.escape(str(e.event_type))}</td><td>{html.escape(str(e.actor))}</td>"
            f"<td>{html.escape(str(e.target))}</td><td>{html.escape(views.headline(e))}{status}{curated}</td>"
            f"<td>{int(e.sources)}</td><td>{quotes}</td></tr>")
    return "".join(rows)


def source_html(mention: dict[str, str]) -> str:
    """A source (one of `views.mention_sources`) as HTML: its outlet, title or id, date, and link when it has one."""
    label = html.escape(mention["outlet"] or mention["title"] or mention["article_id"])
    if mention["published"]:
        label += f" ({mention['published']})"
    if mention["url"]:
        return f'<a href="{html.escape(mention["url"], quote=True)}" rel="noopener noreferrer">{label}</a>'
    return label
