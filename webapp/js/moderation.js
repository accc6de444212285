// Moderators' queue: held and reported proposals and comments, most reported first; hide with a public
// reason or publish/restore.

import { layoutReady } from './layout.js';
import { apiGet, apiPost } from './api.js';
import { currentSession, el, flash, hasRole, showFlash, showProblem } from './participation.js';

const list = document.getElementById('moderation-queue');
const statusBox = document.getElementById('moderation-status');
const errorBox = document.getElementById('moderation-error');

async function act(call) {
  errorBox.replaceChildren();
  try {
    await call();
    flash('moderation.done');
    window.location.reload();
  } catch (error) {
    showProblem(errorBox, error, 'proposals.error.generic');
  }
}

function item(entry) {
  const kind = entry.targetType === 'PROPOSAL' ? 'proposals' : 'comments';
  const key = `${kind}-${entry.id}`;
  const li = el('li', { class: 'queue-item', id: `queue-${key}` });
  const h = el('h2');
  h.append(el('span', { class: 'badge' }, `moderation.type.${entry.targetType}`), ' ');
  const link = el('a', { href: `/proposal.html?id=${entry.proposalId}` });
  link.textContent = entry.proposalTitle;
  h.append(link);
  li.append(h);
  const body = el('p', { class: 'response-text' });
  body.textContent = entry.text;
  li.append(body);
  if (entry.heldReason) {
    li.append(el('p', { class: 'small' }, `moderation.held.${entry.heldReason}`));
  }
  if (entry.openFlags > 0) {
    const p = el('p', { class: 'small' }, 'moderation.flags', { n: entry.openFlags });
    li.append(p);
    const reasons = el('ul', { class: 'small' });
    entry.flagReasons.forEach((r) => {
      const x = document.createElement('li');
      x.textContent = r;
      reasons.append(x);
    });
    li.append(reasons);
  }
  const form = el('form', { class: 'inline-form', novalidate: '' });
  const field = el('div', { class: 'field' });
  const input = el('input', { id: `hide-reason-${key}`, type: 'text', maxlength: '500' });
  field.append(el('label', { for: `hide-reason-${key}` }, 'moderation.reasonLabel'), input);
  form.append(field, el('button', { id: `hide-${key}`, class: 'button', type: 'submit' }, 'moderation.hide'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(() => apiPost(`/api/admin/moderation/${kind}/${entry.id}/hide`, { reason: input.value }));
  });
  const restore = el('button', { id: `restore-${key}`, class: 'button button-secondary', type: 'button' },
    'moderation.restore');
  restore.addEventListener('click', () => act(() => apiPost(`/api/admin/moderation/${kind}/${entry.id}/restore`)));
  li.append(form, restore);
  return li;
}

async function init() {
  await layoutReady;
  showFlash(statusBox);
  const session = await currentSession();
  if (!hasRole(session, 'MODERATOR', 'ADMIN')) {
    document.getElementById('moderation-login').hidden = false;
    return;
  }
  try {
    const queue = await apiGet('/api/admin/moderation/queue');
    document.getElementById('moderation-empty').hidden = queue.length > 0;
    queue.forEach((entry) => list.append(item(entry)));
  } catch (error) {
    showProblem(errorBox, error, 'proposals.error.generic');
  }
}

init();
