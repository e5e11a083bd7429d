// Metrics: choose a resource and an instrument; a time-series chart in plain SVG (one line per dimension set) and a table.
'use strict';
const query = new URLSearchParams(location.search);
const resource = document.getElementById('resource');
const instrument = document.getElementById('instrument');
const svgNs = 'http://www.w3.org/2000/svg';
const maxSeries = 8;

function svg(tag, attributes, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  if (text != null) node.textContent = text;
  return node;
}

function format(value) {
  if (value == null) return '';
  const abs = Math.abs(value);
  return abs >= 1e6 ? (value / 1e6).toFixed(1) + 'M' : abs >= 1e3 ? (value / 1e3).toFixed(1) + 'k' : abs >= 1 || abs === 0 ? +value.toFixed(2) + '' : value.toPrecision(2);
}

function drawChart(info, points) {
  const holder = document.getElementById('chart');
  const series = new Map();
  for (const p of points) (series.get(p.dimensions) || series.set(p.dimensions, []).get(p.dimensions)).push(p);
  // the busiest dimension sets first
  const shown = [...series.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).slice(0, maxSeries);
  const width = 900, height = 260, left = 60, right = 10, top = 10, bottom = 30;
  const times = points.map(p => new Date(p.at).getTime());
  const t0 = Math.min(...times), t1 = Math.max(t0 + 1000, ...times);
  const values = shown.flatMap(([, ps]) => ps.map(p => p.value));
  const v0 = Math.min(0, ...values), v1 = Math.max(v0 + 1e-9, ...values) * 1.05;
  const x = t => left + (width - left - right) * (t - t0) / (t1 - t0);
  const y = v => top + (height - top - bottom) * (1 - (v - v0) / (v1 - v0));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': info.name });
  for (let i = 0; i <= 4; i++) {
    const v = v0 + (v1 - v0) * i / 4;
    chart.append(svg('line', { x1: left, x2: width - right, y1: y(v), y2: y(v), class: 'grid' }), svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, format(v)));
  }
  // the first and last labels stay inside the chart
  for (const [t, anchor] of [[t0, 'start'], [(t0 + t1) / 2, 'middle'], [t1, 'end']])
    chart.append(svg('text', { x: x(t), y: height - 8, 'text-anchor': anchor }, new Date(t).toLocaleTimeString([], { hour12: false })));
  shown.forEach(([dimensions, ps], i) => {
    const colour = palette[i % palette.length];
    chart.append(svg('polyline', { points: ps.map(p => `${x(new Date(p.at).getTime()).toFixed(1)},${y(p.value).toFixed(1)}`).join(' '), stroke: colour, class: 'series' }, null));
    if (ps.length === 1) chart.append(svg('circle', { cx: x(new Date(ps[0].at).getTime()), cy: y(ps[0].value), r: 3, fill: colour }));
  });
  const legend = el('div', { class: 'legend' }, ...shown.map(([dimensions], i) =>
    el('span', {}, el('span', { class: 'swatch', style: `background:${palette[i % palette.length]}` }), dimensions || '(no dimensions)')));
  holder.replaceChildren(chart, legend);
  const rows = shown.map(([dimensions, ps]) => ps[ps.length - 1]);
  document.querySelector('#values tbody').replaceChildren(...rows.map(p => el('tr', {},
    el('td', {}, p.dimensions || '(no dimensions)'), el('td', { class: 'nowrap' }, time(p.at)), el('td', {}, format(p.value)),
    el('td', {}, p.count ?? ''), el('td', {}, format(p.sum)), el('td', {}, format(p.p50)), el('td', {}, format(p.p90)), el('td', {}, format(p.p99)))));
  document.getElementById('summary').textContent = `${points.length} points, ${series.size} dimension sets` + (series.size > maxSeries ? ` (busiest ${maxSeries} drawn)` : '');
}

async function loadInstruments() {
  const list = resource.value ? await getJson('/api/telemetry/metrics?resource=' + encodeURIComponent(resource.value)) : [];
  const wanted = instrument.value || query.get('instrument');
  const groups = new Map();
  for (const i of list) (groups.get(i.meter) || groups.set(i.meter, []).get(i.meter)).push(i);
  instrument.replaceChildren(new Option(list.length ? 'choose an instrument' : 'no instruments yet', ''),
    ...[...groups.entries()].map(([meter, items]) => {
      const group = el('optgroup', { label: meter });
      group.append(...items.map(i => new Option(`${i.name} (${i.unit || i.type})`, meter + '|' + i.name)));
      return group;
    }));
  if (wanted && [...instrument.options].some(o => o.value === wanted)) instrument.value = wanted;
}

async function refresh() {
  const parameters = new URLSearchParams();
  if (resource.value) parameters.set('resource', resource.value);
  if (instrument.value) parameters.set('instrument', instrument.value);
  history.replaceState(null, '', '?' + parameters);
  if (!resource.value || !instrument.value) {
    document.getElementById('chart').replaceChildren(el('p', { class: 'muted' }, 'Choose a resource and an instrument.'));
    document.querySelector('#values tbody').replaceChildren();
    return;
  }
  const [meter, name] = instrument.value.split('|');
  const data = await getJson(`/api/telemetry/metrics/points?resource=${encodeURIComponent(resource.value)}&meter=${encodeURIComponent(meter)}&instrument=${encodeURIComponent(name)}`);
  const i = data.instrument;
  document.getElementById('description').textContent = `${i.meter} · ${i.name} · ${i.type}${i.unit ? ' in ' + i.unit : ''}${i.description ? ' — ' + i.description : ''}` +
    (i.type === 'histogram' ? ' (chart: estimated p90)' : '');
  drawChart(i, data.points);
}

resource.onchange = async () => { instrument.value = ''; await loadInstruments(); await refresh(); };
instrument.onchange = refresh;
fillResources(resource, query.get('resource')).then(loadInstruments).then(refresh);
setInterval(async () => { try { if (!resource.value) return; if (instrument.options.length <= 1) await loadInstruments(); await refresh(); } catch { } }, 3000);
