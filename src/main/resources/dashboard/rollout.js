// The Rollout section: steps, verdict charts and the rollout's actions (docs/dashboard.md).

import { $, el, lower, svg, when } from './dom.js';
import { act, canOperate, state, withReason } from './session.js';

function stepText(step, index) {
  const parts = [];
  if (step.instances && step.instances.length) parts.push(`instances ${step.instances.join(', ')}`);
  if (step.percent !== null && step.percent !== undefined) parts.push(`${step.percent}%`);
  if (step.hold) parts.push(`hold ${step.hold}`);
  return `step ${index + 1}: ${parts.join(', ') || 'canary'}`;
}

const LIVE = ['awaiting_approval', 'running', 'paused', 'inconclusive'];

// A rollout that may still change: its verdicts and steps are read every poll.
export function isLive(view) {
  return Boolean(view) && LIVE.includes(lower(view.rollout.state));
}

export function renderRollout(view) {
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
  const live = LIVE.includes(rolloutState);
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
