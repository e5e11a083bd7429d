// Resources page: polls the AppHost's JSON API once a second; no framework, no CDN.
'use strict';
const tbody = document.querySelector('#resources tbody');
const select = document.getElementById('logs-of');
const log = document.getElementById('log');
const follow = document.getElementById('follow');
const pauseLog = document.getElementById('pause-log');
const download = document.getElementById('download-log');
let logPaused = false;
let selected = new URLSearchParams(location.search).get('resource');
let lastLine = -1;

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  if (className) td.className = className;
  return td;
}

function renderResources(resources) {
  tbody.replaceChildren(...resources.map(r => {
    const tr = document.createElement('tr');
    if (r.parent || r.name !== r.resourceName) tr.className = 'child';
    if (r.name === selected) tr.classList.add('selected');
    tr.append(cell(r.name), cell(r.resourceType),
      cell(r.state + (r.exitCode != null && r.state === 'Exited' ? ` (${r.exitCode})` : ''), 'state-' + r.state),
      cell(r.health, 'health-' + r.health));
    const urls = cell('');
    for (const url of r.urls) { const a = document.createElement('a'); a.href = url; a.textContent = url; a.target = '_blank'; urls.append(a, ' '); }
    tr.append(urls, cell(r.startedAt ? new Date(r.startedAt).toLocaleTimeString() : ''), cell(r.description, 'details'));
    tr.onclick = () => choose(r.name);
    return tr;
  }));
  const healthy = resources.filter(r => r.health === 'Healthy').length;
  document.getElementById('summary').textContent = `${healthy}/${resources.length} healthy`;
  const names = resources.map(r => r.name);
  if (select.options.length !== names.length) {
    select.replaceChildren(...names.map(n => new Option(n, n)));
  }
  if (!selected && names.length) choose(names[0]);
  select.value = selected;
}

function choose(name) {
  if (name === selected && lastLine >= 0 && detailsOf === name) return;
  selected = name;
  lastLine = -1;
  log.replaceChildren();
  history.replaceState(null, '', '?resource=' + encodeURIComponent(name));
  download.href = `/api/resources/${encodeURIComponent(name)}/logs/download`;
  showDetails(name);
}

// while paused nothing is fetched; the AppHost keeps the lines, so resuming continues where the view stopped
pauseLog.onclick = () => {
  logPaused = !logPaused;
  pauseLog.textContent = logPaused ? 'Resume' : 'Pause';
  pauseLog.classList.toggle('on', logPaused);
};

async function pollLogs() {
  if (!selected || logPaused) return;
  const name = selected;
  const data = await getJson(`/api/resources/${encodeURIComponent(name)}/logs?after=${lastLine}`);
  // paused while the request was on its way: nothing more is shown, and resuming fetches these lines again
  if (name !== selected || logPaused) return;
  for (const line of data.lines) {
    const div = document.createElement('div');
    if (line.isError) div.className = 'err';
    div.dataset.seq = line.sequence;
    const at = document.createElement('span');
    at.className = 'at';
    at.textContent = new Date(line.at).toLocaleTimeString() + ' ';
    div.append(at, line.text);
    log.append(div);
  }
  while (log.childElementCount > 5000) log.firstChild.remove();
  lastLine = data.last;
  if (follow.checked && data.lines.length) log.scrollTop = log.scrollHeight;
}

select.onchange = () => choose(select.value);
// following again jumps to the newest line at once, not at the next line that arrives
follow.onchange = () => { if (follow.checked) log.scrollTop = log.scrollHeight; };

async function tick() {
  try { const resources = await getJson('/api/resources'); renderResources(resources); if (selected && detailsOf !== selected) showDetails(selected); refreshDetails(resources); await pollLogs(); }
  catch (e) { document.getElementById('summary').textContent = 'AppHost unreachable'; }
  setTimeout(tick, 1000);
}
// opened on ?resource=: its console, download link and details, as a click on its row would
if (selected) choose(selected);
tick();
