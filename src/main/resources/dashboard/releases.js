// The Releases section: every release, one release's inventory, and the colours' difference (docs/dashboard.md).

import { $, el, short, when } from './dom.js';
import { api, problemText, state } from './session.js';

export function renderReleases(releases) {
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

export async function renderDiff(status) {
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
