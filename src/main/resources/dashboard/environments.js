// The Environments section: the chain, each step's gate, and the approval requests (docs/dashboard.md).

import { $, el, when } from './dom.js';
import { driftText } from './now.js';
import { act, canOperate, problemText, withReason } from './session.js';

function gateText(gate) {
  const parts = [];
  const approvers = gate.approvers || [];
  const windows = gate.windows || [];
  if (gate.approvals) parts.push(`${gate.approvals} approval(s)${approvers.length ? ` from ${approvers.join(', ')}` : ''}`);
  if (windows.length) parts.push(`windows ${windows.join(', ')}`);
  parts.push(gate.open ? 'open now' : `closed${gate.freeze ? ` (freeze: ${gate.freeze})` : ''}`
    + `${gate.nextOpening ? `, opens ${when(gate.nextOpening)}` : ''}`);
  return `${gate.step}: ${parts.join('; ')}`;
}

export function renderEnvironments(chain) {
  const area = $('#environments-chain');
  if (!chain.current) {
    area.replaceChildren(el('p', { className: 'muted',
      text: 'This switch serves no environment (serve --env NAME): no chain, gates or approvals here.' }));
    return false;
  }
  const cards = (chain.environments || []).map(({ environment: e, gates = [] }) => {
    const release = (r) => (r ? `${r.release} on ${r.colour}` : 'none');
    const facts = e.reachable
      ? [`active ${release(e.active)}`, `standby ${release(e.standby)}`, `generation ${e.generation}`,
        `core ${e.coreApplied} applied${e.corePending ? `, ${e.corePending} pending` : ''}`,
        `${e.pendingApprovals} pending approval(s)`, e.canary ? `canary ${e.canary}` : null,
        e.rollout ? `rollout ${e.rollout}` : null, driftText(e.drift)].filter(Boolean)
      : [`unreachable: ${e.error}`];
    return el('li', { className: `environment${e.name === chain.current ? ' current' : ''}`, 'data-environment': e.name },
      el('h4', { text: `${e.name}${e.name === chain.current ? ' (this switch)' : ''}` }),
      el('ul', { className: 'plain' }, ...facts.map((f) => el('li', { text: f }))),
      (gates || []).length ? el('ul', { className: 'plain gates' }, ...gates.map((g) => el('li', {
        className: g.open ? 'gate-open' : 'gate-closed', text: gateText(g) }))) : null);
  });
  area.replaceChildren(el('ol', { className: 'chain', 'aria-label': 'promotion order' }, ...cards));
  return true;
}

function approvalState(request) {
  if ((request.decisions || []).some((d) => d.decision === 'reject')) return 'rejected';
  return new Date(request.expiresAt).getTime() > Date.now() ? 'open' : 'expired';
}

export function renderApprovals(reply) {
  const note = $('#approvals-note');
  const body = $('#approvals tbody');
  if (!reply.ok) {
    note.textContent = reply.json && reply.json.code === 'APPROVAL_NOT_NEEDED'
      ? 'Approvals belong to an environment: none here.' : `Approvals not read: ${problemText(reply)}`;
    body.replaceChildren();
    return;
  }
  const requests = reply.json;
  note.textContent = requests.length ? '' : 'No approval requests in this environment.';
  body.replaceChildren(...requests.map((a) => {
    const decisions = (a.decisions || []).map((d) => `${d.decision} by ${d.actor}${d.reason ? ` ("${d.reason}")` : ''}`).join('; ');
    const requestState = approvalState(a);
    const cell = el('td');
    if (canOperate() && requestState === 'open') {
      const grant = el('button', { type: 'button', 'data-action': 'grant', 'data-approval': a.id, text: 'Approve' });
      grant.addEventListener('click', () => act(`approve request ${a.id}`, `/api/approvals/${a.id}/grant`, {}));
      const reject = el('button', { type: 'button', 'data-action': 'reject', 'data-approval': a.id, className: 'danger', text: 'Reject' });
      reject.addEventListener('click', () => withReason(`Reject the ${a.step} of ${a.release}.`, `reject request ${a.id}`,
        `/api/approvals/${a.id}/reject`));
      cell.append(grant, reject);
    }
    return el('tr', { 'data-approval-id': a.id },
      el('td', { text: a.step }), el('td', { text: a.release }), el('td', { text: a.requestedBy }),
      el('td', { text: a.reason }), el('td', { text: requestState }), el('td', { text: decisions }),
      el('td', { text: when(a.expiresAt) }), cell);
  }));
}
