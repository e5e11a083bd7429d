// Shared by every page: the header (navigation, pause and clear of telemetry) and fetching the AppHost's JSON API.
'use strict';
const pages = [['/', 'Resources'], ['/structured-logs', 'Structured logs'], ['/traces', 'Traces'], ['/metrics', 'Metrics'], ['/messaging', 'Messaging']];

async function getJson(url, options) {
  const response = await fetch(url, { credentials: 'same-origin', ...options });
  if (response.status === 401) { location.href = '/login'; throw new Error('signed out'); }
  if (!response.ok) throw new Error(url + ': ' + response.status);
  return response.status === 204 ? null : response.json();
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (key === 'class') node.className = value; else if (key.startsWith('on')) node[key] = value; else node.setAttribute(key, value);
  }
  node.append(...children.filter(c => c != null));
  return node;
}

const palette = ['#175cd3', '#067647', '#b54708', '#6938ef', '#c11574', '#0e9384', '#b42318', '#4e5ba6', '#ca8504', '#667085'];
function colourOf(name) {
  let h = 0;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return palette[h % palette.length];
}
function chip(resource) { return el('span', { class: 'chip', style: `background:${colourOf(resource)}` }, resource); }
function time(at) { return new Date(at).toLocaleTimeString([], { hour12: false }) + '.' + String(new Date(at).getMilliseconds()).padStart(3, '0'); }
function ms(value) { return value >= 1000 ? (value / 1000).toFixed(2) + ' s' : value.toFixed(value < 10 ? 2 : 0) + ' ms'; }

async function fillResources(select, current) {
  const status = await getJson('/api/telemetry/status');
  const names = ['', ...status.resources];
  if (current && !names.includes(current)) names.push(current);
  select.replaceChildren(...names.map(n => new Option(n || 'all resources', n)));
  select.value = current || '';
}

function renderHeader() {
  const header = document.querySelector('header');
  const nav = el('nav', {}, ...pages.map(([href, label]) =>
    el('a', { href, class: location.pathname === href ? 'active' : '' }, label)));
  const pause = el('button', { type: 'button', id: 'pause' }, 'Pause telemetry');
  const clear = el('button', { type: 'button', id: 'clear', title: 'Forget all structured logs, traces and metrics' }, 'Clear telemetry');
  const logout = el('form', { method: 'post', action: '/logout' }, el('button', { type: 'submit' }, 'Log out'));
  const note = el('span', { id: 'telemetry-note', class: 'muted' });
  header.replaceChildren(el('h1', {}, 'Intensif'), nav, el('span', { class: 'controls' }, note, pause, clear), logout);
  let paused = false;
  const show = status => {
    paused = status.paused;
    pause.textContent = paused ? 'Resume telemetry' : 'Pause telemetry';
    pause.classList.toggle('on', paused);
    // the services keep sending while paused: the count shows that what arrives is dropped, not lost on the way
    note.textContent = paused ? `paused: ${status.ignoredWhilePaused} export${status.ignoredWhilePaused === 1 ? '' : 's'} ignored` : '';
  };
  const refresh = () => getJson('/api/telemetry/status').then(show).catch(() => {});
  pause.onclick = async () => { await getJson('/api/telemetry/pause?paused=' + !paused, { method: 'POST' }); await refresh(); };
  clear.onclick = async () => { if (confirm('Clear all telemetry?')) { await getJson('/api/telemetry/clear', { method: 'POST' }); location.reload(); } };
  refresh();
  setInterval(refresh, 3000);
}
renderHeader();
