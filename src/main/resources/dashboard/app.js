// The Facade Switch dashboard: one page over the switch's HTTP API (docs/dashboard.md): signing in, and
// polling the API while the tab is visible. Each section draws itself from what the API answers.

import { renderAudit } from './audit.js';
import { $ } from './dom.js';
import { renderApprovals, renderEnvironments } from './environments.js';
import { renderStatus } from './now.js';
import { renderDiff, renderReleases } from './releases.js';
import { isLive, renderRollout } from './rollout.js';
import { api, canOperate, problemText, state } from './session.js';

const TOKEN_KEY = 'facade-switch-token';
const POLL_MS = 2000;
const SLOW_EVERY = 5; // the slower reads: every fifth poll (10 s), and at once after an action

// One part failing to draw (an answer of an older switch, say) must not keep the others from updating.
function guarded(part, draw) {
  try {
    draw();
  } catch (error) {
    console.error(`the dashboard could not draw ${part}:`, error);
  }
}

// Which releases the colours hold, and the routing's generation: releases and the colours' difference change only
// with it, and a rollout that is not live is read again only when it moves (a rollout's start moves it).
function routingKey(status) {
  return `${status.generation}/${status.colours.blue.checksum}/${status.colours.green.checksum}`;
}

// Every 2 s the status, and the rollout while one is live; every 10 s the audit log, the rollout, and the
// environments and approvals of a switch that serves an environment (whether it does never changes while it runs).
async function poll() {
  if (state.caller === null || state.inFlight) return;
  state.inFlight = true;
  try {
    const slow = state.polls % SLOW_EVERY === 0;
    state.polls += 1;
    const status = await api('/api/status');
    if (state.caller === null) return;
    $('#connection').textContent = status.ok ? `updated ${new Date().toLocaleTimeString()}` : `not updated: ${problemText(status)}`;
    $('#connection').classList.toggle('error', !status.ok);
    let moved = false;
    if (status.ok) {
      state.status = status.json;
      const key = routingKey(status.json);
      moved = key !== state.routingKey;
      state.routingKey = key;
      guarded('the status', () => renderStatus(status.json));
      if (moved) {
        try {
          await renderDiff(status.json);
        } catch (error) {
          console.error('the dashboard could not draw the colours\' difference:', error);
        }
      }
    }
    if (slow || moved || isLive(state.rollout)) {
      const rollout = await api('/api/rollouts/current');
      if (rollout.ok || rollout.status === 404) {
        if (state.plans === null && canOperate()) {
          const plans = await api('/api/rollouts/plans');
          state.plans = plans.ok ? plans.json : {};
        }
        state.rollout = rollout.ok ? rollout.json : null;
        guarded('the rollout', () => renderRollout(state.rollout));
      }
    }
    const [releases, audit, environments, approvals] = await Promise.all([
      moved ? api('/api/releases') : null,
      slow ? api('/api/audit?limit=200') : null,
      slow && state.servesEnvironment !== false ? api('/api/environments') : null,
      slow && state.servesEnvironment !== false ? api('/api/approvals?limit=20') : null]);
    if (releases && releases.ok) guarded('the releases', () => renderReleases(releases.json));
    if (audit && audit.ok) {
      state.audit = audit.json;
      guarded('the audit log', renderAudit);
    }
    if (environments && environments.ok) {
      guarded('the environments', () => {
        state.servesEnvironment = renderEnvironments(environments.json);
      });
    }
    if (approvals) guarded('the approvals', () => renderApprovals(approvals));
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
  state.routingKey = null;
  state.rollout = null;
  state.servesEnvironment = null;
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
