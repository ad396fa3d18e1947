// The Audit section: the log, filtered by actor, action and time (docs/dashboard.md).

import { $, el, lower, when } from './dom.js';
import { state } from './session.js';

export function renderAudit() {
  const actor = $('#audit-actor').value.trim().toLowerCase();
  const action = $('#audit-action').value.trim().toLowerCase();
  const sinceText = $('#audit-since').value;
  const since = sinceText ? new Date(sinceText).getTime() : null;
  const rows = state.audit.slice().reverse().filter((e) => (!actor || lower(e.actor).includes(actor))
    && (!action || lower(e.action).includes(action))
    && (since === null || new Date(e.at).getTime() >= since));
  $('#audit-table tbody').replaceChildren(...rows.map((e) => el('tr', { 'data-audit-id': e.id },
    el('td', { 'data-field': 'at', text: when(e.at) }),
    el('td', { 'data-field': 'actor', text: e.actor }),
    el('td', { 'data-field': 'action', text: e.action }),
    el('td', { 'data-field': 'subject', text: e.subject || '' }),
    el('td', { 'data-field': 'reason', text: e.reason || '' }),
    el('td', { 'data-field': 'change' }, changeDetails(e)))));
}

function changeDetails(entry) {
  if (!entry.before && !entry.after) return '';
  return el('details', {}, el('summary', { text: 'before → after' }),
    el('pre', { text: `before: ${JSON.stringify(entry.before, null, 1)}\nafter: ${JSON.stringify(entry.after, null, 1)}` }));
}
