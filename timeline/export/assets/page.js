// The offline page's filters (timeline/page.py). When they change, the chart is drawn again for the events they
// keep, the way timeline/figures.py draws the dashboard's: this is a port of the parts of figures.py and layout.py
// that depend on which events are shown (lanes, first view, jitter, weekly counts, grouped markers); every other
// value (hover texts, sizes, styles, the key, label widths) comes from Python in #page-data.
// tests/browser/test_offline_page.py checks that both draw the same figure for the same filters.
(function () {
  "use strict";
  const D = JSON.parse(document.getElementById("page-data").textContent);
  const F = D.figure;
  const E = D.events;
  const N = E.id.length;
  const chart = document.getElementById("timeline-chart");
  const config = {scrollZoom: true, displaylogo: false, responsive: true};

  // --- Python's semantics where JavaScript's differ ---------------------------------------------------------------
  function cmp(a, b) {  // strings by code point, as Python sorts them
    const x = Array.from(a), y = Array.from(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) return d;
    }
    return x.length - y.length;
  }
  function pyRound(v) {  // round half to even
    const r = Math.round(v);
    return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
  }
  function stableSort(items, compare) {
    return items.map((v, i) => [v, i]).sort((a, b) => compare(a[0], b[0]) || a[1] - b[1]).map(p => p[0]);
  }
  const DAY = F.dayMs;
  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function isoTime(ms) { return new Date(ms).toISOString().slice(0, 19); }

  // --- the filters (timeline/filters.py: Filters, apply_filters, to_params) ----------------------------------------
  const form = document.getElementById("filters");
  const textBox = document.getElementById("filter-text");
  const fromBox = document.getElementById("filter-from");
  const toBox = document.getElementById("filter-to");
  const minBox = document.getElementById("filter-min-sources");
  function checked(name) {
    return [...form.querySelectorAll(`input[name="${name}"]`)].filter(b => b.checked).map(b => b.value);
  }
  function setChecked(name, values) {
    form.querySelectorAll(`input[name="${name}"]`).forEach(b => { b.checked = values.includes(b.value); });
  }
  function readFilters() {
    return {actors: checked("actor"), countries: checked("country"), types: checked("type"),
            modalities: checked("status"), from: fromBox.value, to: toBox.value, text: textBox.value,
            minSources: Math.max(1, parseInt(minBox.value, 10) || 1)};
  }
  function setFilters(f) {
    setChecked("actor", f.actors); setChecked("country", f.countries); setChecked("type", f.types);
    setChecked("status", f.modalities);
    fromBox.value = f.from; toBox.value = f.to; textBox.value = f.text; minBox.value = String(f.minSources);
  }
  const DEFAULT = {actors: [], countries: [], types: [], modalities: F.happened.slice(), from: "", to: "", text: "",
                   minSources: 1};
  function kept(f) {
    const sets = {actor: new Set(f.actors), group: new Set(f.countries), type: new Set(f.types),
                  modality: new Set(f.modalities)};
    const needles = words(f.text.toLowerCase());
    const out = [];
    for (let i = 0; i < N; i++) {
      if (sets.actor.size && !sets.actor.has(E.actor[i])) continue;
      if (sets.group.size && !sets.group.has(E.group[i])) continue;
      if (sets.type.size && !sets.type.has(E.type[i])) continue;
      if (!sets.modality.has(E.modality[i])) continue;
      if (f.from && E.to[i] < f.from) continue;
      if (f.to && E.from[i] > f.to) continue;
      if (E.sources[i] < f.minSources) continue;
      if (needles.length && !E.text[i].some(h => needles.every(w => h.includes(w)))) continue;
      out.push(i);
    }
    return out;
  }
  // the view in the address's # part, with the dashboard's query keys (a link to the file reopens it)
  function toHash(f) {
    const p = new URLSearchParams();
    f.actors.forEach(v => p.append("actor", v));
    f.countries.forEach(v => p.append("country", v));
    f.types.forEach(v => p.append("type", v));
    if (f.modalities.join() !== F.happened.join()) {
      (f.modalities.length ? f.modalities : ["none"]).forEach(v => p.append("status", v));
    }
    if (f.from) p.set("from", f.from);
    if (f.to) p.set("to", f.to);
    if (f.text.trim()) p.set("q", f.text.trim());
    if (f.minSources > 1) p.set("min_sources", String(f.minSources));
    return p.toString();
  }
  function fromHash(hash) {
    const p = new URLSearchParams(hash.replace(/^#/, ""));
    const status = p.has("status") ? p.getAll("status").filter(v => F.modalities.includes(v)) : F.happened.slice();
    const day = v => /^\d{4}-\d{2}-\d{2}$/.test(v || "") ? v : "";
    const min = parseInt(p.get("min_sources") || "1", 10);
    return {actors: p.getAll("actor"), countries: p.getAll("country"),
            types: p.getAll("type").filter(v => F.types.includes(v)), modalities: status,
            from: day(p.get("from")), to: day(p.get("to")), text: p.get("q") || "", minSources: min > 0 ? min : 1};
  }

  // --- lanes (layout.lanes, layout.lane_y, layout.left_margin) ----------------------------------------------------
  function lanes(idx) {
    const pairs = new Map();
    idx.forEach(i => {
      const key = E.actor[i] + "\u0000" + E.group[i];
      const row = pairs.get(key) || {actor: E.actor[i], group: E.group[i], events: 0};
      row.events++;
      pairs.set(key, row);
    });
    // an actor seen under two countries goes in its most frequent one (on a tie, the first by name)
    const seen = new Set();
    let rows = stableSort([...pairs.values()], (a, b) => b.events - a.events || cmp(a.group, b.group))
      .filter(r => !seen.has(r.actor) && seen.add(r.actor));
    const totals = new Map();
    rows.forEach(r => totals.set(r.group, (totals.get(r.group) || 0) + r.events));
    const unknown = r => (r.group === "(unknown)" ? 1 : 0);
    rows = stableSort(rows, (a, b) => unknown(a) - unknown(b) || totals.get(b.group) - totals.get(a.group)
      || cmp(a.group, b.group) || b.events - a.events || cmp(a.actor, b.actor));
    rows.forEach(r => { r.label = r.actor; r.other = false; });
    if (rows.length > F.maxLanes) {
      const top = new Set(stableSort(rows, (a, b) => b.events - a.events).slice(0, F.maxLanes - 1));
      const rest = rows.filter(r => !top.has(r));
      rest.forEach(r => { r.label = `Other actors (${rest.length})`; r.group = "Other"; r.other = true; });
      rows = stableSort(rows, (a, b) => (a.other ? 1 : 0) - (b.other ? 1 : 0));
    }
    const labels = [...new Set(rows.map(r => r.label))];
    rows.forEach(r => { r.lane = labels.indexOf(r.label); });
    const firstLane = new Map();
    rows.forEach(r => { if (!firstLane.has(r.group) || r.lane < firstLane.get(r.group)) firstLane.set(r.group, r.lane); });
    const bands = [...firstLane.entries()].sort((a, b) => a[1] - b[1]).map(e => e[0]);
    rows.forEach(r => { r.y = r.lane + F.bandGap * (bands.indexOf(r.group) + 1); });
    return rows;
  }
  function labelWidth(row) {
    return row.other ? D.others[parseInt(row.label.slice(14), 10)] : D.actors[row.actor].width;
  }

  // --- the first view (layout.initial_range) ------------------------------------------------------------------------
  function initialRange(idx) {
    const starts = idx.map(i => E.start[i]), ends = idx.map(i => E.end[i]);
    let lo = starts.reduce((a, b) => Math.min(a, b)), hi = ends.reduce((a, b) => Math.max(a, b));  // no spread:
    // a call with 100,000 arguments overflows the stack
    const middles = idx.map((i, k) => starts[k] + (ends[k] - starts[k]) / 2).sort((a, b) => a - b);
    const pos = 0.1 * (middles.length - 1), at = Math.floor(pos);
    const bulk = at + 1 < middles.length ? middles[at] + (middles[at + 1] - middles[at]) * (pos - at) : middles[at];
    if (idx.length >= 20 && hi - lo > 2 * (hi - bulk)) lo = Math.floor(bulk / 1000) * 1000;
    const pad = Math.max(3 * DAY, Math.trunc((hi - lo) * 0.04));
    lo -= pad; hi += pad;
    if (hi - lo < 28 * DAY) {
      const middle = lo + (hi - lo) / 2;
      lo = middle - 14 * DAY; hi = middle + 14 * DAY;
    }
    return [Math.floor(lo / DAY) * DAY, Math.ceil(hi / DAY) * DAY];
  }

  // --- marks, grouping, traces (figures._base_marks, _period, _grouped, _event_traces, _strip_traces) -----------------
  function marks(idx, laneOf, jitter) {
    const rank = new Map();
    return idx.map(i => {
      const lane = laneOf.get(E.actor[i]);
      let y = lane.y;
      if (jitter) {
        const key = lane.y + "|" + E.day[i], r = rank.get(key) || 0;
        rank.set(key, r + 1);
        const offset = Math.floor((r + 1) / 2) * (r % 2 === 1 ? -1 : 1) * 0.16;
        y = lane.y + Math.min(0.4, Math.max(-0.4, offset));
      }
      return {row: i, x: E.x[i], y, start: E.start[i], end: E.end[i], lane: lane.lane, laneY: lane.y,
              kind: E.kind[i], crossed: E.crossed[i], hollow: E.hollow[i], ranged: E.ranged[i],
              sources: E.sources[i], size: E.size[i], prefix: ""};
    });
  }
  function periodIndex(x, days) { return Math.floor((x / DAY - F.monday) / days); }
  function period(ms, idx) {
    const [lo, hi] = initialRange(idx);
    const span = Math.floor((hi - lo) / DAY);
    const first = F.periods.findIndex(p => p[0] === null || span <= p[0]);
    for (const [, days, name] of F.periods.slice(first, -1)) {
      const cells = new Set(ms.map(m => `${((m.lane * F.types.length + m.kind) * 4 + (m.crossed ? 2 : 0)
        + (m.hollow ? 1 : 0))}|${periodIndex(m.x, days)}`));
      if (cells.size <= F.markerBudget) return [days, name];
    }
    const last = F.periods[F.periods.length - 1];
    return [last[1], last[2]];
  }
  function grouped(ms, [days, phrase]) {
    const key = m => [m.lane, periodIndex(m.x, days), m.kind, m.crossed, m.hollow].join("|");
    const counts = new Map();
    ms.forEach(m => counts.set(key(m), (counts.get(key(m)) || 0) + 1));
    const seen = new Set();
    const best = stableSort(ms, (a, b) => b.sources - a.sources).filter(m => !seen.has(key(m)) && seen.add(key(m)))
      .map(m => {
        const n = counts.get(key(m));
        return Object.assign({}, m, {y: m.laneY + (m.kind - 1) * 0.27, ranged: false,
          size: Math.min(10, Math.max(4, 4 + 1.5 * Math.log2(n))),
          prefix: n > 1 ? `<b>${n} events</b> here ${phrase}; the most reported:<br>` : ""});
      });
    const barSeen = new Set();
    const bars = ms.filter(m => m.ranged).filter(m => {
      const k = [m.lane, m.start, m.end, m.kind].join("|");
      return !barSeen.has(k) && barSeen.add(k);
    }).map(m => Object.assign({}, m, {x: NaN, size: 0}));
    return best.concat(bars);
  }
  function eventTraces(ms, nEvents, isGrouped) {
    const labelled = nEvents < F.labelsUntil;
    const markerCount = ms.filter(m => !Number.isNaN(m.x)).length;
    const traceType = markerCount >= F.webglFrom ? "scattergl" : "scatter";
    const traces = [];
    F.types.forEach((kind, code) => {
      const rows = ms.filter(m => m.kind === code);
      if (!rows.length) return;
      const bars = rows.filter(m => m.ranged);
      if (bars.length) {
        traces.push(Object.assign(structuredClone(F.bars[kind][isGrouped ? 1 : 0]), {
          x: bars.flatMap(m => [m.start, m.end, NaN]), y: bars.flatMap(m => [m.y, m.y, NaN])}));
      }
      let shownLegend = false;
      F.variants.forEach(([crossed, hollow], v) => {
        const part = rows.filter(m => !Number.isNaN(m.x) && m.crossed === crossed && m.hollow === hollow);
        if (!part.length) return;
        const trace = structuredClone(F.markers[kind][v][isGrouped ? 1 : 0]);
        Object.assign(trace, {type: traceType, x: part.map(m => m.x), y: part.map(m => m.y),
          customdata: part.map(m => E.id[m.row]), hovertext: part.map(m => m.prefix + E.hover[m.row]),
          showlegend: !shownLegend});
        trace.marker.size = part.map(m => m.size);
        if (labelled) {
          Object.assign(trace, structuredClone(F.labels), {text: part.map(m => (m.sources > 1 ? String(m.sources) : ""))});
        }
        traces.push(trace);
        shownLegend = true;
      });
    });
    return traces;
  }
  function stripTraces(idx) {
    const traces = [];
    F.types.forEach(kind => {
      const weeks = new Map();
      idx.forEach(i => { if (E.type[i] === kind) weeks.set(E.week[i], (weeks.get(E.week[i]) || 0) + 1); });
      if (!weeks.size) return;
      const order = [...weeks.keys()].sort((a, b) => a - b);
      traces.push(Object.assign(structuredClone(F.strip[kind]), {
        x: order.map(w => w + 3.5 * DAY), y: order.map(w => weeks.get(w)), customdata: order.map(isoDay)}));
    });
    return traces;
  }

  // --- the figure (figures.timeline_figure, _layout, _axes) -----------------------------------------------------------
  function figure(idx) {
    if (!idx.length || !F.template) return structuredClone(F.empty);
    const table = lanes(idx);
    const laneOf = new Map(table.map(r => [r.actor, r]));
    const bottom = Math.max(...table.map(r => r.y)) + 0.5;
    const lanesPx = pyRound(Math.max(bottom + 0.5, 4) * F.laneSpacing);
    const plot = F.stripPx + F.datesPx + lanesPx;
    const layout = structuredClone(F.template);
    layout.height = F.headerPx + plot + F.bottomPx;
    layout.legend.y = 1 + F.keyGapPx / plot;
    layout.yaxis.domain = [1 - F.stripPx / plot, 1];
    layout.yaxis2.domain = [0, lanesPx / plot];
    const isGrouped = idx.length > F.markerBudget;
    let ms = marks(idx, laneOf, !isGrouped);
    let phrase = "";
    delete layout.meta;
    if (isGrouped) {
      const chosen = period(ms, idx);
      ms = grouped(ms, chosen);
      phrase = chosen[1];
      layout.meta = {[F.periodKey]: phrase};
    }
    const data = eventTraces(ms, idx.length, isGrouped).concat(stripTraces(idx), structuredClone(F.keys[phrase]));
    // axes: the first view, the lane labels, a band per country with its name in its header row
    const [lo, hi] = initialRange(idx).map(isoTime);
    layout.xaxis.range = [lo, hi];
    layout.xaxis2.range = [lo, hi];
    layout.xaxis.rangeselector.y = 1 + (F.headerPx - 4) / plot;
    const seenLabel = new Set();
    const first = stableSort(table.filter(r => !seenLabel.has(r.label) && seenLabel.add(r.label)), (a, b) => a.lane - b.lane);
    layout.yaxis2.tickvals = first.map(r => r.y);
    layout.yaxis2.ticktext = first.map(r => (r.other ? r.label : D.actors[r.actor].tick));
    layout.yaxis2.range = [bottom, -0.5];
    layout.margin.l = Math.max(60, pyRound(Math.max(...first.map(labelWidth))) + F.labelPad);
    const spans = new Map();
    first.forEach(r => {
      const s = spans.get(r.group) || {min: r.y, max: r.y};
      spans.set(r.group, {min: Math.min(s.min, r.y), max: Math.max(s.max, r.y)});
    });
    layout.shapes = [];
    layout.annotations = [];
    stableSort([...spans.entries()], (a, b) => a[1].min - b[1].min).forEach(([group, span], i) => {
      const top = span.min - 0.5 - F.bandGap;
      if (i % 2 === 0) {
        layout.shapes.push({type: "rect", xref: "x2 domain", yref: "y2", x0: 0, x1: 1, y0: top, y1: span.max + 0.5,
                            fillcolor: "#f4f4f4", line: {width: 0}, layer: "below"});
      }
      layout.annotations.push({text: group === "Other" ? "OTHER" : D.groups[group].band, xref: "x2 domain", yref: "y2",
                               x: 0.002, y: top + F.bandGap / 2, xanchor: "left", yanchor: "middle",
                               showarrow: false, font: {size: 10, color: "#555"}});
    });
    return {data, layout};
  }

  // --- the brief (timeline/brief.py: header, describe, blocks_of) ------------------------------------------------------
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dayText(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    return `${d} ${MONTHS[m - 1]} ${y}`;
  }
  // Python's whitespace (str.isspace), as brief.one_line collapses it
  const SPACE = /[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
  function words(text) { return text.split(SPACE).filter(Boolean); }
  function mdEscape(text) {  // brief.md_escape
    return text.replace(SPACE, " ").replace(/[\\`*_[\]<>#|~$@]|&(?=#?[A-Za-z0-9_]+;)|(?<=[A-Za-z]):(?=\/\/)|(?<=\bwww)\./gi,
                                 c => "\\" + c);
  }
  function plural(n, word) { return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`; }
  function describe(f) {
    const parts = [];
    [["actor", f.actors], ["country/side", f.countries], ["type", f.types]].forEach(([name, values]) => {
      if (values.length) parts.push(`${name} ${values.join(" or ")}`);
    });
    if (new Set(f.modalities).size !== F.modalities.length) {
      parts.push("status " + (f.modalities.length ? f.modalities.join(" or ") : "none"));
    }
    if (f.from) parts.push(`from ${dayText(f.from)}`);
    if (f.to) parts.push(`to ${dayText(f.to)}`);
    if (words(f.text).length) parts.push(`text “${words(f.text).join(" ")}”`);
    if (f.minSources > 1) parts.push(`at least ${f.minSources} sources`);
    return parts.length ? parts.join("; ") : "none (every event, every status)";
  }
  function header(idx, f) {
    const articles = new Set(idx.flatMap(i => E.articles[i]));
    const mentions = idx.reduce((n, i) => n + E.mentions[i], 0);
    let span = "";
    if (idx.length) {
      const first = idx.reduce((a, i) => (E.from[i] < E.from[a] ? i : a), idx[0]);
      const last = idx.reduce((a, i) => (E.to[i] > E.to[a] ? i : a), idx[0]);
      span = E.fromText[first] === E.toText[last] ? E.fromText[first] : `${E.fromText[first]} – ${E.toText[last]}`;
    }
    const what = `Chronology of ${plural(idx.length, "event")} (${plural(mentions, "mention")}) from `
      + `${plural(articles.size, "article")}${span ? ", " + span + "." : "."}`;
    const lines = [what, `Filters: ${describe(f)}.`];
    if (D.built) lines.push(`Data built ${D.built}.`);
    return lines;
  }
  const PERIODS = new Map(D.entries.map(e => [E.id[e.event], e.period]));
  function briefMarkdown(idx, f) {
    const keep = new Set(idx);
    const parts = ["# " + D.titleMd, ...header(idx, f).map(mdEscape)];
    let current = null;
    D.entries.forEach(entry => {
      if (!keep.has(entry.event)) return;
      if (entry.period !== current) { parts.push("## " + mdEscape(entry.period)); current = entry.period; }
      parts.push(entry.markdown);
    });
    return parts.join("\n\n") + "\n";
  }
  function showBrief(idx, f) {
    const head = document.getElementById("brief-head");
    const paragraphs = head.querySelectorAll("p");
    header(idx, f).forEach((line, k) => { if (paragraphs[k]) paragraphs[k].textContent = line; });
    const box = document.getElementById("brief-entries");
    box.querySelectorAll("h3.period").forEach(h => h.remove());
    const keep = new Set(idx.map(i => E.id[i]));
    let current = null;
    box.querySelectorAll("div.entry").forEach(div => {
      const on = keep.has(div.dataset.event);
      div.hidden = !on;
      const period = PERIODS.get(div.dataset.event);
      if (on && period !== current) {
        const heading = document.createElement("h3");
        heading.className = "period";
        heading.textContent = period;
        div.before(heading);
        current = period;
      }
    });
  }

  // --- what the chart leaves out (as the dashboard's captions say it) ---------------------------------------------
  function showNotes(idx) {
    const notes = [];
    if (idx.length > F.markerBudget) {
      const phrase = period(marks(idx, new Map(lanes(idx).map(r => [r.actor, r])), false), idx)[1];
      notes.push(`Over ${F.markerBudget.toLocaleString("en-US")} events: each marker stands for one actor's events `
        + `of one type ${phrase}, sized by their number. Narrow the filters to see single events.`);
    }
    if (idx.length) {
      const lo = initialRange(idx)[0];
      const earlier = idx.filter(i => E.end[i] <= lo).length;  // wholly before the first view
      if (earlier) {
        notes.push(`${earlier} earlier event(s) lie before the initial view: press All above the chart to see them, `
          + "or drag the chart to the right.");
      }
    }
    document.getElementById("chart-notes").textContent = notes.join(" ");
  }

  // --- putting it together -------------------------------------------------------------------------------------------
  let shownIdx = kept(DEFAULT);
  function apply(draw) {
    const f = readFilters();
    shownIdx = kept(f);
    if (draw) Plotly.react(chart, figure(shownIdx));
    const keep = new Set(shownIdx.map(i => E.id[i]));
    document.querySelectorAll("#events-table tbody tr").forEach(row => { row.hidden = !keep.has(row.dataset.event); });
    document.getElementById("shown-count").textContent = String(shownIdx.length);
    showNotes(shownIdx);
    showBrief(shownIdx, f);
    const hash = toHash(f);
    history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
  }
  // for tests/browser/test_offline_page.py: the figure the page would draw for any filters
  window.timelinePage = {figure: idx => figure(idx), kept: f => kept(Object.assign({}, DEFAULT, f))};
  const initial = JSON.parse(document.getElementById("figure-data").textContent);
  Plotly.newPlot(chart, initial.data, initial.layout, config).then(() => {
    chart.on("plotly_click", event => {
      const id = event.points && event.points[0] && event.points[0].customdata;
      const row = id && document.querySelector(`#events-table tr[data-event="${CSS.escape(String(id))}"]`);
      if (row) { row.scrollIntoView({block: "center"}); row.classList.add("picked"); }
    });
  });
  if (location.hash.length > 1) { setFilters(fromHash(location.hash)); apply(true); } else { showNotes(shownIdx); }
  form.addEventListener("change", () => apply(true));
  textBox.addEventListener("input", () => apply(true));
  document.getElementById("filter-reset").addEventListener("click", () => { setFilters(DEFAULT); apply(true); });
  document.getElementById("download-brief").addEventListener("click", () => {
    const blob = new Blob([briefMarkdown(shownIdx, readFilters())], {type: "text/markdown;charset=utf-8"});
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "brief.md";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
})();
