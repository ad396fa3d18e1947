// The Facade Switch dashboard: one page over the switch's HTTP API (docs/dashboard.md): signing in, and
// polling the API while the tab is visible. Each section draws itself from what the API answers.

import { renderAudit } from './audit.js';
import { $ } from './dom.js';
import { renderApprovals, renderEnvironments } from './environments.js';
import { renderStatus } from './now.js';
import { renderDiff, renderReleases } from './releases.js';
import { renderRollout } from './rollout.js';
import { api, canOperate, problemText, state } from './session.js';

const TOKEN_KEY = 'facade-switch-token';
const POLL_MS = 2000;
const SLOW_EVERY = 5; // releases, approvals and audit: every fifth poll (10 s), or at once after a change

// One part failing to draw (an answer of an older switch, say) must not keep the others from updating.
function guarded(part, draw) {
  try {
    draw();
  } catch (error) {
    console.error(`the dashboard could not draw ${part}:`, error);
  }
}

async function poll() {
  if (state.caller === null || state.inFlight) return;
  state.inFlight = true;
  try {
    const slow = state.polls % SLOW_EVERY === 0;
    state.polls += 1;
    const [status, rollout] = await Promise.all([api('/api/status'), api('/api/rollouts/current')]);
    if (state.caller === null) return;
    $('#connection').textContent = status.ok ? `updated ${new Date().toLocaleTimeString()}` : `not updated: ${problemText(status)}`;
    $('#connection').classList.toggle('error', !status.ok);
    if (status.ok) {
      state.status = status.json;
      guarded('the status', () => renderStatus(status.json));
      try {
        await renderDiff(status.json);
      } catch (error) {
        console.error('the dashboard could not draw the colours\' difference:', error);
      }
    }
    if (rollout.ok || rollout.status === 404) {
      if (state.plans === null && canOperate()) {
        const plans = await api('/api/rollouts/plans');
        state.plans = plans.ok ? plans.json : {};
      }
      state.rollout = rollout.ok ? rollout.json : null;
      guarded('the rollout', () => renderRollout(state.rollout));
    }
    if (slow) {
      const [releases, approvals, audit, environments] = await Promise.all([api('/api/releases'),
        api('/api/approvals?limit=20'), api('/api/audit?limit=200'), api('/api/environments')]);
      if (releases.ok) guarded('the releases', () => renderReleases(releases.json));
      if (environments.ok) guarded('the environments', () => renderEnvironments(environments.json));
      guarded('the approvals', () => renderApprovals(approvals));
      if (audit.ok) {
        state.audit = audit.json;
        guarded('the audit log', renderAudit);
      }
    }
  } finally {
    state.inFlight = false;
  }
}

function startPolling() {
  stopPolling();
  if (document.visibilityState === 'hidden') return;
  poll();
  state.timer = setInterval(poll, POLL_MS);
}

function stopPolling() {
  if (state.timer !== null) clearInterval(state.timer);
  state.timer = null;
}

// ---------------------------------------------------------------------------------------------------------
// Signing in and out

async function signIn(token) {
  state.token = token;
  const reply = await api('/api/whoami');
  if (!reply.ok) {
    state.token = null;
    sessionStorage.removeItem(TOKEN_KEY);
    $('#signin-error').textContent = reply.status === 401
      ? 'That token is not one of this switch\'s tokens.' : `Could not sign in: ${problemText(reply)}`;
    return false;
  }
  sessionStorage.setItem(TOKEN_KEY, token);
  state.caller = reply.json;
  state.polls = 0;
  state.plans = null;
  state.diffKey = null;
  $('#whoami').textContent = `${state.caller.name} (${state.caller.role === 'operate' ? 'operate' : 'read only'})`;
  $('#signin').hidden = true;
  $('#signin-error').textContent = '';
  $('#dashboard').hidden = false;
  $('#nav').hidden = false;
  $('#who').hidden = false;
  document.body.classList.toggle('read-only', !canOperate());
  startPolling();
  return true;
}

function signOut(why) {
  stopPolling();
  sessionStorage.removeItem(TOKEN_KEY);
  state.token = null;
  state.caller = null;
  state.status = null;
  for (const id of ['#now-actions', '#rollout-actions', '#rollout-start-area']) $(id).replaceChildren();
  $('#dashboard').hidden = true;
  $('#nav').hidden = true;
  $('#who').hidden = true;
  $('#signin').hidden = false;
  $('#token').value = '';
  $('#signin-error').textContent = why || '';
  $('#token').focus();
}

function init() {
  state.onUnauthorized = signOut;
  state.refresh = poll;
  $('#signin').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = $('#token').value.trim();
    if (token) signIn(token);
  });
  $('#signout').addEventListener('click', () => signOut(''));
  for (const id of ['#audit-actor', '#audit-action', '#audit-since']) $(id).addEventListener('input', renderAudit);
  document.addEventListener('visibilitychange', () => {
    if (state.caller === null) return;
    if (document.visibilityState === 'hidden') stopPolling();
    else startPolling();
  });
  const kept = sessionStorage.getItem(TOKEN_KEY);
  if (kept) signIn(kept);
  else $('#token').focus();
}

init();
