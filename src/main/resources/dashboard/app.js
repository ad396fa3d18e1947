// The Facade Switch dashboard: one page over the switch's HTTP API (docs/dashboard.md).
// Every text from the server is set with textContent, never parsed as markup; the page only hides what the
// token may not do, the server checks every change itself.

const TOKEN_KEY = 'facade-switch-token';
const POLL_MS = 2000;
const SLOW_EVERY = 5; // releases, approvals and audit: every fifth poll (10 s), or at once after a change
const SVG = 'http://www.w3.org/2000/svg';

const state = {
  token: null,
  caller: null,
  timer: null,
  polls: 0,
  status: null,
  rollout: null,
  plans: null,
  diffKey: null,
  audit: [],
  inFlight: false,
};

const $ = (selector, root = document) => root.querySelector(selector);

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'text') node.textContent = value;
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function svg(tag, attributes = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function canOperate() {
  return state.caller !== null && state.caller.role === 'operate';
}

function when(instant) {
  if (!instant) return '';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? String(instant) : date.toLocaleString();
}

function short(checksum) {
  return checksum ? checksum.slice(0, 12) : '';
}

function lower(value) {
  return value === null || value === undefined ? '' : String(value).toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------
// The API

async function api(path, options = {}) {
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
    signOut('The token is no longer accepted: sign in again.');
  }
  return { ok: response.ok, status: response.status, json };
}

function problemText(reply) {
  const problem = reply.json || {};
  const code = problem.code || `HTTP ${reply.status}`;
  return `${code}: ${problem.detail || problem.title || 'refused'}`;
}

function say(text, failed) {
  const message = $('#message');
  message.textContent = text;
  message.classList.toggle('error', Boolean(failed));
}

// Runs a change, reports it, and polls at once so the page shows its effect.
async function act(label, path, body) {
  const reply = await api(path, { method: 'POST', body: body || {} });
  if (reply.ok) say(`done: ${label}`, false);
  else say(`${label} refused: ${problemText(reply)}`, true);
  state.polls = 0;
  await poll();
  return reply;
}

// ---------------------------------------------------------------------------------------------------------
// Asking for a reason

function askReason(what) {
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

async function withReason(what, label, path, extra) {
  const reason = await askReason(what);
  if (reason === null) {
    say(`${label} cancelled`, false);
    return;
  }
  await act(label, path, { ...(extra || {}), reason });
}

// ---------------------------------------------------------------------------------------------------------
// Now: colours, routing, instances, replicas

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

function driftText(drift) {
  if (!drift) return 'not checked';
  if (!drift.drifted) return `no drift (checked ${when(drift.checkedAt)})`;
  const layers = Object.entries(drift.byLayer || {}).map(([layer, count]) => `${layer} ${count}`).join(', ');
  return `drift: ${drift.objects} objects (${layers}), checked ${when(drift.checkedAt)}`;
}

function renderStatus(status) {
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

// ---------------------------------------------------------------------------------------------------------
// Rollout

function stepText(step, index) {
  const parts = [];
  if (step.instances && step.instances.length) parts.push(`instances ${step.instances.join(', ')}`);
  if (step.percent !== null && step.percent !== undefined) parts.push(`${step.percent}%`);
  if (step.hold) parts.push(`hold ${step.hold}`);
  return `step ${index + 1}: ${parts.join(', ') || 'canary'}`;
}

function renderRollout(view) {
  const stateLine = $('#rollout-state');
  const steps = $('#rollout-steps');
  const actions = $('#rollout-actions');
  if (!view) {
    stateLine.textContent = 'no rollout';
    steps.replaceChildren();
    actions.replaceChildren();
    $('#verdicts').replaceChildren();
    renderRolloutStart(true);
    return;
  }
  const r = view.rollout;
  const rolloutState = lower(r.state);
  const live = ['awaiting_approval', 'running', 'paused', 'inconclusive'].includes(rolloutState);
  const planSteps = r.plan.steps || [];
  const total = planSteps.length;
  stateLine.textContent = `${rolloutState.replace('_', ' ')}${r.gate ? ` (gate ${r.gate})` : ''}: release ${r.release} `
    + `on ${r.colour} against ${r.baseline}, step ${Math.min(r.step + 1, total)} of ${total}, started by ${r.initiator}`
    + `${r.reason ? ` ("${r.reason}")` : ''}, plan ${r.plan.name}`;
  steps.replaceChildren(...planSteps.map((step, i) => {
    const item = el('li', { 'data-step': i + 1, text: stepText(step, i) });
    if (i === r.step && live) item.setAttribute('aria-current', 'step');
    if (i < r.step) item.className = 'done';
    return item;
  }));
  renderVerdicts(view.verdicts || []);
  renderRolloutActions(rolloutState, live);
  renderRolloutStart(!live);
}

function renderRolloutActions(rolloutState, live) {
  const area = $('#rollout-actions');
  if (!canOperate() || !live) {
    area.replaceChildren();
    return;
  }
  const button = (id, text, handler, danger) => {
    const b = el('button', { type: 'button', id, text, className: danger ? 'danger' : '' });
    b.addEventListener('click', handler);
    return b;
  };
  const plain = (label, path) => () => act(label, path, {});
  area.replaceChildren(
    button('rollout-pause', 'Pause', plain('rollout pause', '/api/rollouts/current/pause')),
    button('rollout-resume', 'Resume', plain('rollout resume', '/api/rollouts/current/resume')),
    button('rollout-promote', 'Promote now', () => withReason('Promote the rollout\'s release to everyone now.',
      'rollout promote', '/api/rollouts/current/promote', { full: true })),
    button('rollout-approve', 'Approve', plain('rollout approve', '/api/rollouts/current/approve')),
    button('rollout-reject', 'Reject', () => withReason('Reject: the rollout ends and everyone goes back.',
      'rollout reject', '/api/rollouts/current/reject'), true),
    button('rollout-abort', 'Abort', () => withReason('Abort the rollout: everyone back on the previous release.',
      'rollout abort', '/api/rollouts/current/abort'), true));
  $('#rollout-pause', area).disabled = rolloutState !== 'running' && rolloutState !== 'inconclusive';
  $('#rollout-resume', area).disabled = rolloutState !== 'paused';
  $('#rollout-approve', area).disabled = rolloutState !== 'awaiting_approval';
  $('#rollout-reject', area).disabled = rolloutState !== 'awaiting_approval';
}

function renderRolloutStart(show) {
  const area = $('#rollout-start-area');
  if (!canOperate() || !show) {
    area.replaceChildren();
    return;
  }
  if ($('#rollout-start', area)) return;
  const select = el('select', { id: 'rollout-plan' });
  for (const name of Object.keys(state.plans || {})) select.append(el('option', { value: name, text: name }));
  const form = el('form', { id: 'rollout-start', className: 'inline-form', 'aria-label': 'start a rollout' },
    el('label', { for: 'rollout-plan', text: 'plan' }), select,
    el('label', { for: 'rollout-instances', text: 'first instances' }),
    el('input', { id: 'rollout-instances', placeholder: 'app-7', spellcheck: 'false' }),
    el('label', { for: 'rollout-reason', text: 'reason' }),
    el('input', { id: 'rollout-reason', maxlength: '1000' }),
    el('button', { type: 'submit', id: 'rollout-start-submit', text: 'Start rollout' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const instances = $('#rollout-instances').value.split(',').map((s) => s.trim()).filter(Boolean);
    const body = { planName: select.value };
    if (instances.length) body.instances = instances;
    const reason = $('#rollout-reason').value.trim();
    if (reason) body.reason = reason;
    await act('rollout start', '/api/rollouts', body);
  });
  area.replaceChildren(el('h3', { text: 'Start a rollout of the standby colour' }), form);
}

// A verdict chart: canary against baseline over the rollout's windows, with the limit the analysis applies.
function chart(title, unit, points, limitOf) {
  const width = 360;
  const height = 150;
  const pad = { left: 48, right: 10, top: 22, bottom: 24 };
  const values = points.flatMap((p) => [p.canary, p.baseline, limitOf(p)]).filter((v) => Number.isFinite(v));
  const max = Math.max(...values, unit === '%' ? 1 : 1) * 1.1;
  const x = (i) => pad.left + (points.length === 1 ? 0.5 : i / (points.length - 1)) * (width - pad.left - pad.right);
  const y = (v) => height - pad.bottom - (v / max) * (height - pad.top - pad.bottom);
  const root = svg('svg', { class: 'verdict-chart', viewBox: `0 0 ${width} ${height}`, role: 'img' });
  const label = svg('title');
  label.textContent = `${title}: canary, baseline and limit over ${points.length} window(s)`;
  root.append(label);
  const heading = svg('text', { x: pad.left, y: 14, class: 'chart-title' });
  heading.textContent = title;
  root.append(heading);
  // The legend names each line in words, so that no one needs to tell the colours apart.
  [['canary', 'canary'], ['baseline', 'baseline'], ['limit', 'limit']].forEach(([name, cls], i) => {
    const at = width - pad.right - (3 - i) * 62;
    root.append(svg('line', { x1: at, x2: at + 14, y1: 10, y2: 10, class: `series ${cls}` }));
    const text = svg('text', { x: at + 17, y: 13, class: 'tag' });
    text.textContent = name;
    root.append(text);
  });
  for (const tick of [0, max / 2, max]) {
    const line = svg('line', { x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick), class: 'grid' });
    const text = svg('text', { x: pad.left - 4, y: y(tick) + 4, class: 'axis', 'text-anchor': 'end' });
    text.textContent = `${tick.toFixed(max < 10 ? 1 : 0)}${unit}`;
    root.append(line, text);
  }
  const series = [['limit', limitOf, 'limit'], ['baseline', (p) => p.baseline, 'baseline'], ['canary', (p) => p.canary, 'canary']];
  for (const [, value, cls] of series) {
    const coordinates = points.map((p, i) => [x(i), value(p)]).filter(([, v]) => Number.isFinite(v));
    if (!coordinates.length) continue;
    root.append(svg('polyline', { class: `series ${cls}`, points: coordinates.map(([cx, v]) => `${cx},${y(v)}`).join(' ') }));
    for (const [cx, v] of coordinates) root.append(svg('circle', { class: `dot ${cls}`, cx, cy: y(v), r: 2.5 }));
  }
  points.forEach((p, i) => {
    if (p.outcome !== 'pass' && p.outcome !== 'PASS') {
      const mark = svg('text', { x: x(i), y: height - 6, class: 'outcome', 'text-anchor': 'middle' });
      mark.textContent = lower(p.outcome) === 'fail' ? '✗ fail' : lower(p.outcome);
      root.append(mark);
    }
  });
  return root;
}

function renderVerdicts(verdicts) {
  const area = $('#verdicts');
  const judged = verdicts.filter((v) => v.inputs && v.inputs.canary && v.inputs.baseline)
    .sort((a, b) => new Date(a.windowEnd) - new Date(b.windowEnd));
  if (!judged.length) {
    area.replaceChildren(el('p', { className: 'muted', text: 'No verdicts yet.' }));
    return;
  }
  const t = judged[judged.length - 1].inputs.thresholds || {};
  const errors = judged.map((v) => ({
    canary: 100 * Number(v.inputs.canary.errorRate), baseline: 100 * Number(v.inputs.baseline.errorRate),
    outcome: v.outcome, thresholds: v.inputs.thresholds || t,
  }));
  const latency = judged.map((v) => ({
    canary: Number(v.inputs.canary.meanLatencyMs), baseline: Number(v.inputs.baseline.meanLatencyMs),
    outcome: v.outcome, thresholds: v.inputs.thresholds || t,
  }));
  const errorLimit = (p) => p.baseline + 100 * Number(p.thresholds.maxErrorRateIncrease);
  const latencyLimit = (p) => Math.max(p.baseline * (1 + Number(p.thresholds.maxLatencyIncrease)),
    p.baseline + Number(p.thresholds.minLatencyIncreaseMs));
  const list = el('ol', { className: 'verdict-list' }, ...judged.slice(-5).reverse().map((v) => el('li', {
    text: `${when(v.windowEnd)}, step ${v.step + 1}: ${lower(v.summary).startsWith(lower(v.outcome)) ? v.summary
      : `${lower(v.outcome)}: ${v.summary}`}` })));
  area.replaceChildren(chart('error rate', '%', errors, errorLimit), chart('mean latency', ' ms', latency, latencyLimit),
    el('h3', { text: 'Latest verdicts' }), list);
}

// ---------------------------------------------------------------------------------------------------------
// Releases and the colours' difference

function renderReleases(releases) {
  const body = $('#releases-table tbody');
  body.replaceChildren(...releases.slice().reverse().map((r) => {
    const name = el('button', { type: 'button', className: 'link', text: r.name });
    name.addEventListener('click', () => showRelease(r.name));
    return el('tr', { 'data-release': r.name },
      el('th', { scope: 'row' }, name),
      el('td', { text: r.colour }),
      el('td', { className: 'mono', text: short(r.checksum) }),
      el('td', { text: String(r.objectCount) }),
      el('td', { text: String(r.fileCount) }),
      el('td', { text: when(r.deployedAt) }),
      el('td', { text: r.deployedBy }));
  }));
}

async function showRelease(name) {
  const area = $('#release-detail');
  const reply = await api(`/api/releases/${encodeURIComponent(name)}`);
  if (!reply.ok) {
    area.replaceChildren(el('p', { className: 'error', text: problemText(reply) }));
    return;
  }
  const d = reply.json;
  d.files = d.files || [];
  d.objects = d.objects || [];
  area.replaceChildren(
    el('h3', { text: `Release ${d.release.name}` }),
    el('p', { text: `${d.files.length} file(s), ${d.objects.length} object(s), checksum ${d.release.checksum}` }),
    el('details', {}, el('summary', { text: 'files' }),
      el('ul', { className: 'plain' }, ...d.files.map((f) => el('li', { text: `${f.path} (${f.kind}, ${f.characters} characters)` })))),
    el('details', {}, el('summary', { text: 'objects' }),
      el('ul', { className: 'plain' }, ...d.objects.map((o) => el('li', {
        text: `${o.kind} ${o.identity}${o.columns ? ` (${o.columns})` : ''}` })))));
}

async function renderDiff(status) {
  const key = `${status.colours.blue.checksum}/${status.colours.green.checksum}/${status.active}`;
  if (key === state.diffKey) return;
  const reply = await api('/api/colours/diff');
  if (!reply.ok) return;
  state.diffKey = key;
  const c = reply.json;
  const d = c.diff;
  const area = $('#colour-diff');
  if (!d.release || !c.fromRelease) {
    area.replaceChildren(el('p', { className: 'muted', text: 'Only one colour holds a release: nothing to compare.' }));
    return;
  }
  const group = (title, items, cls) => el('div', { className: `diff ${cls}` },
    el('h4', { text: `${title} (${items.length})` }),
    el('ul', { className: 'plain' }, ...items.map((item) => el('li', { text: item }))));
  area.replaceChildren(
    el('p', { text: `${d.colour} (${d.release}) against ${c.from} (${c.fromRelease}):` }),
    group('added', d.added || [], 'added'), group('removed', d.removed || [], 'removed'),
    group('changed', d.changed || [], 'changed'), group('views whose columns change', d.columnsChanged || [], 'columns'));
}

// ---------------------------------------------------------------------------------------------------------
// Environments and approvals

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

function renderEnvironments(chain) {
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

function renderApprovals(reply) {
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

// ---------------------------------------------------------------------------------------------------------
// Audit

function renderAudit() {
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

// ---------------------------------------------------------------------------------------------------------
// Polling

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
