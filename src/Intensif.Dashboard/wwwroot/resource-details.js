// Resources page: the details pane of the selected resource (environment with secrets masked until revealed,
// references, waits) and its start / stop / restart commands with their result.
'use strict';
const detailsPane = document.getElementById('details');
let detailsOf = null;
let detailsState = null;
let lastResult = null;
let busy = false;

async function showDetails(name) {
  detailsOf = name;
  const details = await getJson(`/api/resources/${encodeURIComponent(name)}`);
  if (name !== detailsOf) return;
  detailsPane.replaceChildren(
    el('h3', {}, details.name, ' ', el('span', { id: 'details-state', class: 'state-' + details.state }, details.state)),
    el('p', { class: 'muted' }, details.source ?? ''),
    commandBar(details),
    el('h4', {}, 'Health checks'), healthTable(details.healthReports),
    el('h4', {}, 'References'), list(details.references),
    el('h4', {}, 'Waits for'), list(details.waitsFor),
    el('h4', {}, `Environment (${details.environment.length})`),
    details.environment.length ? environmentTable(details) : el('p', { class: 'muted' }, 'Not started yet, or nothing passed.'));
}

// the environment is set at start: fetch again when the selected resource's state changes
function refreshDetails(resources) {
  const current = resources.find(r => r.name === detailsOf);
  if (!current) return;
  enableCommands(current.state);
  if (busy) return;
  if (detailsState !== null && detailsState !== current.state) showDetails(detailsOf);
  detailsState = current.state;
}

// as the orchestrator decides (Orchestrator.Commands.cs): a button is enabled only when its command can run now
const runningStates = ['Running', 'Unhealthy'];
const finishedStates = ['Exited', 'FailedToStart'];
const allowedIn = { start: finishedStates, stop: runningStates, restart: [...runningStates, ...finishedStates] };

function enableCommands(state) {
  const stateLabel = document.getElementById('details-state');
  if (stateLabel) { stateLabel.textContent = state; stateLabel.className = 'state-' + state; }
  for (const button of detailsPane.querySelectorAll('.commands button[data-command]')) enableCommand(button, state);
}

function enableCommand(button, state) {
  const allowed = allowedIn[button.dataset.command];
  button.disabled = busy || (allowed !== undefined && !allowed.includes(state));
  button.title = button.disabled && !busy ? `not while ${state}` : '';
}

function healthTable(reports) {
  if (!reports.length) return el('p', { class: 'muted' }, 'Not checked yet.');
  return el('table', { class: 'health-checks' },
    ...reports.map(r => el('tr', {},
      el('td', {}, r.name),
      el('td', { class: r.status === 'Healthy' ? 'ok' : 'error' }, r.status),
      el('td', { class: 'muted' }, r.description ?? ''))));
}

function list(names) {
  return names.length ? el('p', {}, ...names.map(chip)) : el('p', { class: 'muted' }, 'none');
}

function commandBar(details) {
  const bar = el('div', { class: 'commands' });
  if (!details.commands.length) {
    bar.append(el('p', { class: 'muted' }, details.commandsNote || 'No commands.'));
    return bar;
  }
  for (const command of details.commands) {
    const button = el('button', { type: 'button', 'data-command': command, onclick: () => run(details.name, command) },
      command[0].toUpperCase() + command.slice(1));
    enableCommand(button, details.state);
    bar.append(button);
  }
  const result = el('p', { id: 'command-result' });
  if (lastResult && lastResult.name === details.name) {
    result.textContent = lastResult.message;
    result.className = lastResult.succeeded ? 'ok' : 'error';
  }
  bar.append(result);
  return bar;
}

async function run(name, command) {
  busy = true;
  for (const button of detailsPane.querySelectorAll('.commands button')) button.disabled = true;
  const result = document.getElementById('command-result');
  result.className = 'muted';
  result.textContent = `${command} ${name}…`;
  try {
    const answer = await getJson(`/api/resources/${encodeURIComponent(name)}/commands/${command}`, { method: 'POST' });
    lastResult = { name, ...answer };
  } catch (e) {
    lastResult = { name, succeeded: false, message: e.message };
  }
  busy = false;
  detailsState = null;
  if (detailsOf === name) await showDetails(name);
}

function environmentTable(details) {
  return el('table', { class: 'environment' }, ...details.environment.map(variable => {
    const value = el('td', { class: 'value' + (variable.masked ? ' masked' : '') }, variable.value);
    const action = el('td', {});
    if (variable.masked) {
      let revealed = false;
      const toggle = el('button', { type: 'button', class: 'reveal', title: 'Show the value' }, 'Show');
      toggle.onclick = async () => {
        revealed = !revealed;
        value.textContent = revealed
          ? (await getJson(`/api/resources/${encodeURIComponent(details.name)}/environment/${encodeURIComponent(variable.name)}`)).value
          : variable.value;
        value.classList.toggle('masked', !revealed);
        toggle.textContent = revealed ? 'Hide' : 'Show';
      };
      action.append(toggle);
    }
    return el('tr', {}, el('th', {}, variable.name), value, action);
  }));
}
