// The signed-in session: the token, the API, and actions with their reasons (docs/dashboard.md).
// The page only hides what the token may not do; the server checks every change itself.

import { $ } from './dom.js';

export const state = {
  token: null,
  caller: null,
  timer: null,
  polls: 0,
  status: null,
  rollout: null,
  plans: null,
  diffKey: null,
  routingKey: null,
  servesEnvironment: null, // false once /api/environments said this switch serves none
  audit: [],
  inFlight: false,
  // Set by app.js: what to do when the token stops working, and how to show a change at once.
  onUnauthorized: () => {},
  refresh: async () => {},
};

export function canOperate() {
  return state.caller !== null && state.caller.role === 'operate';
}


export async function api(path, options = {}) {
  const headers = { Accept: 'application/json', Authorization: `Bearer ${state.token}` };
  let body;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response;
  try {
    response = await fetch(path, { method: options.method || 'GET', headers, body, cache: 'no-store' });
  } catch (error) {
    return { ok: false, status: 0, json: { code: 'NETWORK', detail: 'the switch cannot be reached' } };
  }
  let json = null;
  const text = await response.text();
  if (text) {
    try {
      json = JSON.parse(text);
    } catch (error) {
      json = { detail: text.slice(0, 200) };
    }
  }
  if (response.status === 401 && state.caller !== null) {
    state.onUnauthorized('The token is no longer accepted: sign in again.');
  }
  return { ok: response.ok, status: response.status, json };
}

export function problemText(reply) {
  const problem = reply.json || {};
  const code = problem.code || `HTTP ${reply.status}`;
  return `${code}: ${problem.detail || problem.title || 'refused'}`;
}

export function say(text, failed) {
  const message = $('#message');
  message.textContent = text;
  message.classList.toggle('error', Boolean(failed));
}

// Runs a change, reports it, and polls at once so the page shows its effect.
export async function act(label, path, body) {
  const reply = await api(path, { method: 'POST', body: body || {} });
  if (reply.ok) say(`done: ${label}`, false);
  else say(`${label} refused: ${problemText(reply)}`, true);
  state.polls = 0;
  await state.refresh();
  return reply;
}

export function askReason(what) {
  const dialog = $('#reason-dialog');
  const input = $('#reason-input');
  const error = $('#reason-error');
  $('#reason-what').textContent = what;
  input.value = '';
  error.textContent = '';
  return new Promise((resolve) => {
    const form = $('#reason-form');
    const cancel = $('#reason-cancel');
    const done = (value) => {
      form.removeEventListener('submit', onSubmit);
      cancel.removeEventListener('click', onCancel);
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
      resolve(value);
    };
    const onSubmit = (event) => {
      event.preventDefault();
      const reason = input.value.trim();
      if (!reason) {
        error.textContent = 'A reason is needed: it is kept in the audit log with your name.';
        input.focus();
        return;
      }
      done(reason);
    };
    const onCancel = (event) => {
      event.preventDefault();
      done(null);
    };
    form.addEventListener('submit', onSubmit);
    cancel.addEventListener('click', onCancel);
    dialog.addEventListener('cancel', onCancel);
    dialog.showModal();
    input.focus();
  });
}

export async function withReason(what, label, path, extra) {
  const reason = await askReason(what);
  if (reason === null) {
    say(`${label} cancelled`, false);
    return;
  }
  await act(label, path, { ...(extra || {}), reason });
}
