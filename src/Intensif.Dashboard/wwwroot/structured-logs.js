// Structured logs received over OTLP: filter by resource, level and text; a log line links to its trace.
'use strict';
const query = new URLSearchParams(location.search);
const resource = document.getElementById('resource');
const level = document.getElementById('level');
const text = document.getElementById('text');
const details = document.getElementById('details');
let traceId = query.get('traceId');
level.value = query.get('level') || '';
text.value = query.get('text') || '';

function showTraceFilter() {
  const holder = document.getElementById('trace-filter');
  holder.replaceChildren();
  if (traceId) holder.append('trace ', el('code', {}, traceId.slice(0, 12)), ' ',
    el('button', { type: 'button', onclick: () => { traceId = null; showTraceFilter(); refresh(); } }, '×'));
}

function showDetails(entry) {
  details.hidden = false;
  details.replaceChildren(el('h3', {}, entry.level + ' · ' + entry.category), el('p', {}, entry.message),
    el('table', {}, ...[['resource', entry.resource], ['time', new Date(entry.at).toISOString()], ['trace id', entry.traceId], ['span id', entry.spanId],
      ...entry.attributes.map(a => [a.key, a.value])].filter(([, v]) => v != null).map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v)))));
}

async function refresh() {
  const parameters = new URLSearchParams();
  if (resource.value) parameters.set('resource', resource.value);
  if (level.value) parameters.set('level', level.value);
  if (text.value) parameters.set('text', text.value);
  if (traceId) parameters.set('traceId', traceId);
  history.replaceState(null, '', '?' + parameters);
  const logs = await getJson('/api/telemetry/logs?take=500&' + parameters);
  document.getElementById('summary').textContent = `${logs.length} shown (newest first)`;
  document.querySelector('#logs tbody').replaceChildren(...logs.map(entry => el('tr', { class: 'level-' + entry.level, onclick: () => showDetails(entry) },
    el('td', { class: 'nowrap' }, time(entry.at)), el('td', {}, chip(entry.resource)), el('td', { class: 'level' }, entry.level),
    el('td', { class: 'message' }, entry.message),
    el('td', {}, entry.traceId ? el('a', { href: '/traces?id=' + entry.traceId, class: 'trace-link' }, entry.traceId.slice(0, 8)) : ''))));
}

resource.onchange = level.onchange = refresh;
text.oninput = () => { clearTimeout(text.timer); text.timer = setTimeout(refresh, 300); };
showTraceFilter();
fillResources(resource, query.get('resource')).then(refresh);
setInterval(() => refresh().catch(() => {}), 3000);
