// The corpus dashboard: techniques per outlet and month, event timeline, actor network.
// Drawn with ECharts (served from the npm package by the app). Names from the store are drawn
// on the canvas, and tooltips use ECharts' rich-text mode, so no store text becomes HTML.
import { el, fetchJSON } from './reader.js';

// Saturated versions of the stylesheet's technique colours (.tc0 .. .tc13), by colour slot.
const TECH_COLOURS = ['#e05a5a', '#f08c2e', '#d9b400', '#7fb33a', '#2fa56e', '#1fa0b3', '#3d7fe0',
  '#7a5be0', '#c455b8', '#e0507f', '#a0825a', '#5d9a52', '#6b7f99', '#c2894a'];
const QUAD = {
  1: { name: 'verbal cooperation', colour: '#4caf7a' },
  2: { name: 'material cooperation', colour: '#1f7a4d' },
  3: { name: 'verbal conflict', colour: '#f0a040' },
  4: { name: 'material conflict', colour: '#d64545' },
};
const message = document.getElementById('dash-message');
const charts = {};
window.presslensCharts = charts;
let catalog = new Map();
let pairs = [];

function chart(id) {
  if (!charts[id]) {
    charts[id] = window.echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
  }
  return charts[id];
}

function emptyTitle(text) {
  return { text, left: 'center', top: 'middle', textStyle: { color: '#8a93a6', fontSize: 14, fontWeight: 'normal' } };
}

const TOOLTIP = { renderMode: 'richText', confine: true };

function params() {
  const p = new URLSearchParams();
  const from = document.getElementById('d-from').value;
  const to = document.getElementById('d-to').value;
  const outlet = document.getElementById('d-outlet').value;
  if (from) p.set('from', from);
  if (to) p.set('to', to);
  if (outlet) p.set('outlet', outlet);
  return p;
}

function techName(label) {
  const t = catalog.get(label);
  return t ? t.name : label;
}

function techColour(label) {
  const t = catalog.get(label);
  return TECH_COLOURS[(t ? t.colour : 0) % TECH_COLOURS.length];
}

function stacked(rows, category, horizontal) {
  const cats = [...new Set(rows.map((r) => r[category]))].sort();
  const techs = [...new Set(rows.map((r) => r.technique))];
  const totals = new Map();
  for (const r of rows) totals.set(r.technique, (totals.get(r.technique) || 0) + r.n);
  techs.sort((a, b) => totals.get(b) - totals.get(a));
  const series = techs.map((t) => ({
    name: techName(t),
    type: 'bar',
    stack: 'all',
    emphasis: { focus: 'series' },
    itemStyle: { color: techColour(t) },
    data: cats.map((c) => {
      const row = rows.find((r) => r[category] === c && r.technique === t);
      return row ? row.n : 0;
    }),
  }));
  const catAxis = { type: 'category', data: cats, axisLabel: { width: 110, overflow: 'truncate' } };
  const valAxis = { type: 'value', minInterval: 1 };
  return {
    tooltip: { ...TOOLTIP, trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', bottom: 0, textStyle: { fontSize: 11 } },
    grid: { left: horizontal ? 120 : 40, right: 18, top: 16, bottom: 56 },
    xAxis: horizontal ? valAxis : catAxis,
    yAxis: horizontal ? catAxis : valAxis,
    series,
    title: rows.length ? { show: false } : emptyTitle('No techniques found for this selection'),
  };
}

function drawTimeline(timeline) {
  const months = [...new Set(timeline.map((r) => r.month))].sort();
  const series = [1, 2, 3, 4].map((q) => ({
    name: QUAD[q].name,
    type: 'bar',
    stack: 'events',
    itemStyle: { color: QUAD[q].colour },
    data: months.map((m) => {
      const row = timeline.find((r) => r.month === m && r.quad_class === q);
      return row ? row.n : 0;
    }),
  }));
  chart('chart-events').setOption({
    tooltip: { ...TOOLTIP, trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0, textStyle: { fontSize: 11 } },
    grid: { left: 40, right: 18, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series,
    title: timeline.length ? { show: false } : emptyTitle('No events found for this selection'),
  }, true);
}

function drawNetwork() {
  const wanted = new Set([...document.querySelectorAll('#quad-filter input:checked')].map((i) => Number(i.value)));
  const shown = pairs.filter((p) => wanted.has(p.quad_class) && p.source !== p.target);
  const weight = new Map();
  const code = new Map();
  for (const p of shown) {
    weight.set(p.source, (weight.get(p.source) || 0) + p.n);
    weight.set(p.target, (weight.get(p.target) || 0) + p.n);
    if (p.source_code) code.set(p.source, p.source_code);
    if (p.target_code) code.set(p.target, p.target_code);
  }
  const max = Math.max(1, ...weight.values());
  const nodes = [...weight.entries()].map(([name, w]) => ({
    name,
    value: w,
    symbolSize: 14 + 30 * Math.sqrt(w / max),
    code: code.get(name) || '',
    label: { show: true },
  }));
  const links = shown.map((p) => ({
    source: p.source,
    target: p.target,
    value: p.n,
    quad: p.quad_class,
    lineStyle: { color: QUAD[p.quad_class].colour, width: 1.5 + Math.min(6, p.n), opacity: 0.85, curveness: 0.12 * (p.quad_class - 2.5) },
  }));
  chart('chart-network').setOption({
    tooltip: {
      ...TOOLTIP,
      formatter: (info) => (info.dataType === 'edge'
        ? `${info.data.source} → ${info.data.target}\n${QUAD[info.data.quad].name}: ${info.data.value} event(s)`
        : `${info.name}${info.data.code ? ' (' + info.data.code + ')' : ''}: ${info.value} event(s)`),
    },
    title: nodes.length ? { show: false } : emptyTitle('No events between actors for this selection'),
    series: [{
      type: 'graph',
      layout: 'force',
      roam: true,
      draggable: true,
      // Small networks spread out; large ones are pulled in so they stay inside the panel.
      force: nodes.length < 25
        ? { repulsion: 520, edgeLength: [110, 220], gravity: 0.06, layoutAnimation: false }
        : { repulsion: 220, edgeLength: [60, 150], gravity: 0.14, layoutAnimation: false },
      zoom: 0.9,
      cursor: 'pointer',
      edgeSymbol: ['none', 'arrow'],
      edgeSymbolSize: 7,
      itemStyle: { color: '#3a5bbf', borderColor: '#fff', borderWidth: 1.5 },
      label: { position: 'right', fontSize: 11, color: '#1d2433' },
      emphasis: { focus: 'adjacency', lineStyle: { width: 6 } },
      data: nodes,
      links,
    }],
  }, true);
}

function fillTable(id, rows, cells) {
  const body = document.querySelector(`#${id} tbody`);
  body.replaceChildren();
  if (!rows.length) {
    const tr = el('tr');
    const td = el('td', 'muted', 'Nothing yet.');
    td.colSpan = 3;
    tr.appendChild(td);
    body.appendChild(tr);
  }
  for (const r of rows) {
    const tr = el('tr');
    for (const [value, cls] of cells(r)) {
      const td = el('td', cls || '');
      if (value instanceof Node) td.appendChild(value); else td.textContent = value;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
}

function card(value, label) {
  const c = el('div', 'card');
  c.appendChild(el('div', 'v', value));
  c.appendChild(el('div', 'l', label));
  return c;
}

async function load() {
  const p = params();
  const q = p.toString() ? `?${p}` : '';
  const sep = q ? '&' : '?';
  const confidence = document.getElementById('d-confidence').value;
  const [techMonth, techOutlet, events, speakers, page] = await Promise.all([
    fetchJSON(`/api/stats/techniques${q}${sep}by=month`),
    fetchJSON(`/api/stats/techniques${q}${sep}by=outlet`),
    fetchJSON(`/api/stats/events${q}${confidence ? `${sep}min_confidence=${confidence}` : ''}`),
    fetchJSON(`/api/stats/speakers${q}${sep}limit=12`),
    fetchJSON(`/api/articles${q}${sep}limit=1`),
  ]);
  chart('chart-tech-month').setOption(stacked(techMonth, 'month', false), true);
  chart('chart-tech-outlet').setOption(stacked(techOutlet, 'outlet', true), true);
  drawTimeline(events.timeline);
  pairs = events.pairs;
  drawNetwork();
  const sum = (rows) => rows.reduce((s, r) => s + r.n, 0);
  const actors = new Set(pairs.flatMap((x) => [x.source, x.target]));
  document.getElementById('cards').replaceChildren(
    card(page.total, 'articles'), card(sum(techOutlet), 'technique spans'),
    card(sum(events.timeline), 'events'), card(actors.size, 'actors in events'),
    card(speakers.reduce((s, r) => s + r.quotes, 0), 'quotes by top speakers'),
  );
  fillTable('speakers', speakers, (r) => [[r.code ? `${r.speaker} (${r.code})` : r.speaker], [r.quotes, 'num'], [r.articles, 'num']]);
  fillTable('pairs', pairs.slice(0, 10), (r) => [
    [`${r.source} → ${r.target}`],
    [el('span', `quad quad-${r.quad_class}`, QUAD[r.quad_class].name)],
    [r.n, 'num'],
  ]);
}

/** Open the library filtered by what a chart element stands for. */
function library(params) {
  const p = params;
  const from = document.getElementById('d-from').value;
  const to = document.getElementById('d-to').value;
  if (from) p.set('from', from);
  if (to) p.set('to', to);
  window.location.href = `/?${p}`;
}

function clickThrough() {
  chart('chart-network').on('click', (info) => {
    if (info.dataType === 'node') library(new URLSearchParams({ actor: info.name }));
  });
  chart('chart-tech-outlet').on('click', (info) => {
    const label = [...catalog.values()].find((t) => t.name === info.seriesName);
    const p = new URLSearchParams({ technique: label ? label.label : info.seriesName });
    if (info.name !== '(unknown)') p.set('outlet', info.name);
    library(p);
  });
}

async function start() {
  if (!window.echarts) {
    message.textContent = 'The charting library is not installed: run `npm ci` in the presslens folder, then reload.';
    message.hidden = false;
    return;
  }
  try {
    const list = await fetchJSON('/api/techniques');
    catalog = new Map(list.map((t) => [t.label, t]));
    await load();
    clickThrough();
    document.body.dataset.ready = 'true';
  } catch (err) {
    message.textContent = err.message;
    message.hidden = false;
  }
}

document.getElementById('dash-filters').addEventListener('submit', (event) => {
  event.preventDefault();
  load().catch((err) => { message.textContent = err.message; message.hidden = false; });
});
for (const box of document.querySelectorAll('#quad-filter input')) box.addEventListener('change', drawNetwork);
window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
start();
