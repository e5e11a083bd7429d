// Messaging page: each service's outbox backlog and the broker's queues, polled every 5 s; an _error queue's messages
// on demand, and replaying one of them.
'use strict';
function age(seconds) {
  if (seconds == null) return '';
  if (seconds < 60) return seconds.toFixed(1) + ' s';
  if (seconds < 3600) return (seconds / 60).toFixed(1) + ' min';
  return (seconds / 3600).toFixed(1) + ' h';
}

function td(text, className) { return el('td', className ? { class: className } : {}, text == null ? '' : String(text)); }

async function showOutboxes() {
  const outboxes = await getJson('/api/messaging/outboxes');
  document.querySelector('#outboxes tbody').replaceChildren(...outboxes.map(o => el('tr', { class: o.failing > 0 ? 'error-queue' : '' },
    td(o.service), td(o.database),
    o.problem ? el('td', { colspan: 4, class: 'muted' }, o.problem) : td(o.pending),
    ...(o.problem ? [] : [td(o.failing, o.failing > 0 ? 'error' : ''), td(age(o.oldestPendingSeconds)), td(o.lastError, 'details')]))));
  if (!outboxes.length) document.getElementById('outbox-note').textContent = 'no service references a database';
}

async function showQueues() {
  const broker = await getJson('/api/messaging/queues');
  const errors = broker.queues.filter(q => q.isErrorQueue && q.messages > 0).length;
  document.getElementById('queues-note').textContent = broker.problem
    ? broker.problem
    : `${broker.queues.length} queues, ${errors} _error queue${errors === 1 ? '' : 's'} holding messages, as of ${time(broker.at)}`;
  document.querySelector('#queues tbody').replaceChildren(...broker.queues.map(q =>
    el('tr', { class: q.isErrorQueue && q.messages > 0 ? 'error-queue' : q.isErrorQueue ? 'muted' : '' },
      q.isErrorQueue && q.messages > 0
        ? el('td', {}, el('a', { href: '#', onclick: e => { e.preventDefault(); showErrors(q.name).then(() => errorSection.scrollIntoView({ block: 'nearest' })); } }, q.name))
        : td(q.name),
      td(q.messages, q.isErrorQueue && q.messages > 0 ? 'error' : ''), td(q.consumers))));
}

const errorSection = document.getElementById('error-messages');
document.getElementById('close-errors').onclick = () => { errorSection.hidden = true; };

// peeked, not consumed: the dashboard gives every message back to the queue
async function showErrors(queue, note) {
  errorSection.hidden = false;
  document.getElementById('error-queue').textContent = queue;
  const read = await getJson(`/api/messaging/queues/${encodeURIComponent(queue)}/messages`);
  document.getElementById('error-note').textContent = (note ? note + ' · ' : '') + (read.problem
    ? read.problem
    : `${read.messages.length} of ${read.depth} shown`);
  document.querySelector('#errors tbody').replaceChildren(...read.messages.map(m => el('tr', {},
    td(m.messageId), td(m.messageType),
    el('td', { class: 'details' }, [m.reason, m.exceptionType, m.faultMessage].filter(x => x).join(' · ')),
    td(m.at ? new Date(m.at).toLocaleString() : ''),
    el('td', { class: 'details' }, el('div', { class: 'body-preview', title: m.bodyLength + ' bytes' }, m.bodyPreview)),
    el('td', {}, m.messageId ? el('button', { type: 'button', onclick: () => replay(queue, m.messageId) }, 'Replay') : null))));
}

async function replay(queue, messageId) {
  if (!confirm(`Move ${messageId} back to ${queue.replace(/_error$/, '')}?`)) return;
  const result = await getJson(`/api/messaging/queues/${encodeURIComponent(queue)}/messages/${encodeURIComponent(messageId)}/replay`, { method: 'POST' });
  await showErrors(queue, result.message);
}

async function tick() {
  try { await Promise.all([showOutboxes(), showQueues()]); }
  catch (e) { document.getElementById('outbox-note').textContent = e.message; }
  setTimeout(tick, 5000);
}
tick();
