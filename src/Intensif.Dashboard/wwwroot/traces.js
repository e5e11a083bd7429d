// Traces: the list (name, resources, spans, errors, duration) and, with ?id=, the waterfall of one trace across services.
'use strict';
const query = new URLSearchParams(location.search);
const traceId = query.get('id');
const details = document.getElementById('details');
let selectedSpanId = null;   // kept across the refreshes of the waterfall

async function refreshList() {
  const resource = document.getElementById('resource');
  const text = document.getElementById('text');
  const parameters = new URLSearchParams();
  if (resource.value) parameters.set('resource', resource.value);
  if (text.value) parameters.set('text', text.value);
  const traces = await getJson('/api/telemetry/traces?take=200&' + parameters);
  const longest = Math.max(1, ...traces.map(t => t.durationMs));
  document.getElementById('summary').textContent = `${traces.length} shown (newest first)`;
  document.querySelector('#traces tbody').replaceChildren(...traces.map(t => el('tr', { class: t.errorCount ? 'has-error' : '' },
    el('td', { class: 'nowrap' }, time(t.start)),
    el('td', {}, el('a', { href: '/traces?id=' + t.traceId }, t.name)),
    el('td', {}, ...t.resources.map(chip)),
    el('td', {}, String(t.spanCount)),
    el('td', { class: t.errorCount ? 'error' : '' }, t.errorCount ? String(t.errorCount) : ''),
    el('td', { class: 'duration' }, el('span', { class: 'bar', style: `width:${Math.max(2, 100 * t.durationMs / longest)}%` }), ms(t.durationMs)))));
}

function depthOf(span, byId) {
  let depth = 0;
  for (let p = byId.get(span.parentSpanId); p && depth < 50; p = byId.get(p.parentSpanId)) depth++;
  return depth;
}

// parents before children, siblings by start time
function ordered(spans) {
  const byId = new Map(spans.map(s => [s.spanId, s]));
  const children = new Map();
  const roots = [];
  for (const s of spans) {
    if (s.parentSpanId && byId.has(s.parentSpanId)) (children.get(s.parentSpanId) || children.set(s.parentSpanId, []).get(s.parentSpanId)).push(s);
    else roots.push(s);
  }
  const out = [];
  const walk = s => { out.push(s); (children.get(s.spanId) || []).sort((a, b) => a.start.localeCompare(b.start)).forEach(walk); };
  roots.sort((a, b) => a.start.localeCompare(b.start)).forEach(walk);
  return { out, byId };
}

// where a call leaving a service goes: the database (not just "postgresql"), the queue, else the host
function destinationOf(span) {
  if (span.kind === 'Server' || span.kind === 'Consumer') return null;
  const value = key => span.attributes.find(a => a.key === key)?.value;
  const destination = value('db.namespace') ?? value('db.name') ?? value('messaging.destination.name') ?? value('server.address')
    ?? value('db.system.name') ?? value('db.system');
  return destination && destination !== span.name ? destination : null;
}

function showSpan(span, origin) {
  details.hidden = false;
  const rows = [['resource', span.resource], ['kind', span.kind], ['scope', span.scope], ['span id', span.spanId],
    ['start', '+' + ms(new Date(span.start) - origin)], ['duration', ms(span.durationMs)], ['status', span.isError ? 'Error ' + (span.statusMessage || '') : 'Ok'],
    ...span.attributes.map(a => [a.key, a.value])];
  details.replaceChildren(...[el('h3', {}, span.name),
    el('table', { class: 'attributes' }, ...rows.map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v)))),
    span.events.length ? el('h4', {}, 'Events') : null,
    ...span.events.map(e => el('div', { class: 'event' }, el('strong', {}, '+' + ms(new Date(e.at) - origin) + ' ' + e.name),
      ...e.attributes.map(a => el('div', { class: 'muted' }, a.key + ' = ' + a.value))))].filter(Boolean));
}

async function showTrace() {
  document.getElementById('list').hidden = true;
  document.getElementById('trace').hidden = false;
  let spans;
  try { spans = await getJson('/api/telemetry/traces/' + encodeURIComponent(traceId)); }
  catch { document.getElementById('trace-name').textContent = traceId + ' (not received yet)'; return false; }
  const { out, byId } = ordered(spans);
  const origin = Math.min(...spans.map(s => new Date(s.start)));
  const total = Math.max(1, Math.max(...spans.map(s => new Date(s.end))) - origin);
  const resources = [...new Set(out.map(s => s.resource))];
  document.getElementById('trace-name').textContent = `${out[0].resource}: ${out[0].name}`;
  document.getElementById('trace-totals').replaceChildren(
    `${ms(total)} · ${spans.length} spans · depth ${1 + Math.max(...spans.map(s => depthOf(s, byId)))} · `,
    el('span', { id: 'trace-resources' }, ...resources.map(chip)), ' · ',
    el('a', { href: '/structured-logs?traceId=' + traceId }, 'View logs'));
  document.getElementById('waterfall').replaceChildren(...out.map(span => {
    const left = 100 * (new Date(span.start) - origin) / total;
    const width = Math.max(0.3, 100 * span.durationMs / total);
    const destination = destinationOf(span);
    const row = el('div', { class: 'span-row' + (span.isError ? ' has-error' : '') + (span.spanId === selectedSpanId ? ' selected' : ''), 'data-resource': span.resource },
      el('div', { class: 'span-name', title: `${span.resource}: ${span.name}${destination ? ' → ' + destination : ''}`, style: `padding-left:${depthOf(span, byId) * 14 + 4}px` },
        chip(span.resource), ' ', span.isError ? el('span', { class: 'error' }, '⚠ ') : null, span.name,
        destination ? el('span', { class: 'muted' }, ' → ' + destination) : null),
      el('div', { class: 'span-track' },
        el('span', { class: 'span-bar', style: `left:${left}%;width:${width}%;background:${colourOf(span.resource)}` }),
        // the duration sits after the bar, or before it when the bar reaches the right edge
        el('span', { class: 'span-ms', style: left + width > 85 ? `right:${100 - left}%` : `left:${left + width}%` }, ms(span.durationMs))));
    row.onclick = () => {
      for (const other of document.querySelectorAll('.span-row.selected')) other.classList.remove('selected');
      row.classList.add('selected');
      selectedSpanId = span.spanId;
      showSpan(span, origin);
    };
    return row;
  }));
  return true;
}

if (traceId) {
  // a trace arrives span by span: refresh it until it stops growing
  const poll = async () => { await showTrace().catch(() => {}); };
  poll();
  setInterval(poll, 3000);
} else {
  fillResources(document.getElementById('resource'), query.get('resource')).then(refreshList);
  document.getElementById('resource').onchange = refreshList;
  document.getElementById('text').oninput = refreshList;
  setInterval(() => refreshList().catch(() => {}), 3000);
}
