// The Now section: colours, routing, instances, replicas, and the routing actions (docs/dashboard.md).

import { $, el, short, when } from './dom.js';
import { act, canOperate, say, state, withReason } from './session.js';

function renderColour(name, colour) {
  const card = $(`#colour-${name}`);
  $('[data-field=release]', card).textContent = colour && colour.release ? colour.release : 'none';
  $('[data-field=state]', card).textContent = colour ? colour.state : '';
  $('[data-field=checksum]', card).textContent = colour ? short(colour.checksum) : '';
  card.classList.toggle('is-active', Boolean(colour) && colour.state === 'active');
}

function canaryText(canary) {
  if (!canary) return 'none';
  const parts = [];
  if (canary.instances && canary.instances.length) parts.push(`pinned ${canary.instances.join(', ')}`);
  parts.push(`share ${Number(canary.percent || 0)}%`);
  return `${canary.colour}: ${parts.join('; ')}`;
}

export function driftText(drift) {
  if (!drift) return 'not checked';
  if (!drift.drifted) return `no drift (checked ${when(drift.checkedAt)})`;
  const layers = Object.entries(drift.byLayer || {}).map(([layer, count]) => `${layer} ${count}`).join(', ');
  return `drift: ${drift.objects} objects (${layers}), checked ${when(drift.checkedAt)}`;
}

export function renderStatus(status) {
  renderColour('blue', status.colours.blue);
  renderColour('green', status.colours.green);
  const routing = $('#routing');
  $('[data-field=active]', routing).textContent = status.active || 'none';
  $('[data-field=canary]', routing).textContent = canaryText(status.canary);
  $('[data-field=generation]', routing).textContent = String(status.generation);
  const drift = $('#drift-flag');
  drift.textContent = driftText(status.drift);
  drift.classList.toggle('warn', Boolean(status.drift && status.drift.drifted));
  renderInstances(status.connections || []);
  renderReplicas(status.replicas || []);
  renderNowActions(status);
}

function renderInstances(connections) {
  const byInstance = new Map();
  for (const c of connections) {
    const row = byInstance.get(c.instance) || { blue: 0, green: 0 };
    row[c.colour] = (row[c.colour] || 0) + c.connections;
    byInstance.set(c.instance, row);
  }
  const body = $('#instances tbody');
  const rows = [...byInstance.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([instance, counts]) => {
    const on = ['blue', 'green'].filter((colour) => counts[colour] > 0).join(', ');
    return el('tr', { 'data-instance': instance },
      el('th', { scope: 'row', text: instance }),
      el('td', { 'data-field': 'colour', className: `on ${on.replace(', ', ' ')}`, text: on }),
      el('td', { 'data-field': 'blue', text: String(counts.blue || 0) }),
      el('td', { 'data-field': 'green', text: String(counts.green || 0) }));
  });
  body.replaceChildren(...rows);
  $('#instances-empty').hidden = rows.length > 0;
}

function renderReplicas(replicas) {
  const items = replicas.map((r) => {
    const proxy = r.proxy ? `, proxy ${r.proxy.connections ?? ''} connection(s)` : '';
    return el('li', { text: `${r.host}${r.httpPort ? `:${r.httpPort}` : ''} applies generation ${r.generation}`
      + ` (heartbeat ${when(r.heartbeatAt)}${r.listening ? '' : ', not listening'}${proxy})` });
  });
  $('#replicas').replaceChildren(...items);
}

function renderNowActions(status) {
  const area = $('#now-actions');
  if (!canOperate()) {
    area.replaceChildren();
    return;
  }
  if (!$('#canary-form', area)) {
    const form = el('form', { id: 'canary-form', className: 'inline-form', 'aria-label': 'start a canary' },
      el('label', { for: 'canary-instances', text: 'canary instances' }),
      el('input', { id: 'canary-instances', placeholder: 'app-7, app-9', spellcheck: 'false' }),
      el('label', { for: 'canary-percent', text: 'share %' }),
      el('input', { id: 'canary-percent', type: 'number', min: '0', max: '100', step: '0.1', inputmode: 'decimal' }),
      el('label', { for: 'canary-reason', text: 'reason' }),
      el('input', { id: 'canary-reason', maxlength: '1000' }),
      el('button', { type: 'submit', id: 'canary-submit', text: 'Start canary' }));
    form.addEventListener('submit', startCanary);
    const promote = el('button', { type: 'button', id: 'action-promote', text: 'Promote' });
    promote.addEventListener('click', () => withReason('Make the new colour active for everyone.', 'promote', '/api/promote',
      { expectedGeneration: state.status.generation }));
    const rollback = el('button', { type: 'button', id: 'action-rollback', className: 'danger', text: 'Roll back' });
    rollback.addEventListener('click', () => withReason('Make the previous colour active again, for everyone.',
      'rollback', '/api/rollback', { expectedGeneration: state.status.generation }));
    const abort = el('button', { type: 'button', id: 'action-abort', className: 'danger', text: 'Abort canary' });
    abort.addEventListener('click', () => withReason('End the canary: every instance back on the active colour.',
      'abort', '/api/abort', { expectedGeneration: state.status.generation }));
    area.replaceChildren(form, el('div', { className: 'buttons' }, promote, rollback, abort));
  }
  $('#action-abort', area).disabled = !status.canary;
}

async function startCanary(event) {
  event.preventDefault();
  const instances = $('#canary-instances').value.split(',').map((s) => s.trim()).filter(Boolean);
  const percentText = $('#canary-percent').value.trim();
  const reason = $('#canary-reason').value.trim();
  const body = { expectedGeneration: state.status.generation };
  if (instances.length) body.instances = instances;
  if (percentText) body.percent = Number(percentText);
  if (reason) body.reason = reason;
  if (!instances.length && !percentText) {
    say('canary refused: name instances, a share, or both', true);
    return;
  }
  await act('canary', '/api/canary', body);
}
