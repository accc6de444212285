// One proposal (server-rendered, readable without JavaScript). This adds supporting, following,
// withdrawing, flagging and commenting for a logged-in citizen; each action reloads the page with a message.

import { layoutReady } from './layout.js';
import { apiFetch, apiGet, apiPost } from './api.js';
import { currentSession, el, flash, hasRole, showFlash, showProblem } from './participation.js';

const root = document.getElementById('proposal');
const actions = document.getElementById('proposal-actions');
const status = document.getElementById('action-status');
const errorBox = document.getElementById('action-error');
const jsNote = document.getElementById('js-note');
const commentArea = document.getElementById('comment-area');

async function run(call, flashKey) {
  errorBox.replaceChildren();
  try {
    const result = await call();
    if (typeof flashKey === 'function') {
      flashKey(result);
    } else if (flashKey) {
      flash(flashKey);
    }
    window.location.reload();
  } catch (error) {
    showProblem(errorBox, error, 'proposals.error.generic');
  }
}

function button(id, key, onClick, secondary = false) {
  const b = el('button', { id, type: 'button', class: secondary ? 'button button-secondary' : 'button' }, key);
  b.addEventListener('click', onClick);
  return b;
}

/** A small form with one text field, shown under a toggle button. */
function inlineForm({ id, labelKey, submitKey, multiline = true, onSubmit }) {
  const form = el('form', { id, class: 'inline-form', novalidate: '' });
  const field = el('div', { class: 'field' });
  const input = el(multiline ? 'textarea' : 'input', { id: `${id}-text`, name: 'text', rows: multiline ? '3' : null,
    maxlength: multiline ? '2000' : '500', type: multiline ? null : 'text' });
  field.append(el('label', { for: `${id}-text` }, labelKey), input);
  form.append(field, el('button', { id: `${id}-submit`, class: 'button', type: 'submit' }, submitKey));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit(input.value);
  });
  return form;
}

async function init() {
  await layoutReady;
  showFlash(status);
  const id = root.dataset.id;
  const session = await currentSession();
  const citizen = hasRole(session, 'CITIZEN');
  let view = null;
  try {
    view = await apiGet(`/api/proposals/${id}`);
  } catch {
    return;
  }
  actions.hidden = false;
  if (!session) {
    const next = encodeURIComponent(`/proposal.html?id=${id}`);
    actions.append(el('a', { id: 'login-to-act', class: 'button', href: `/account.html?next=${next}` },
      'proposals.loginToAct'));
    return;
  }
  jsNote.hidden = true;
  if (citizen && view.canSupport) {
    if (view.supportedByMe) {
      actions.append(button('unsupport-button', 'proposals.support.remove',
        () => run(() => apiFetch(`/api/proposals/${id}/supports`, { method: 'DELETE' }), 'proposals.support.removed'),
        true));
    } else {
      actions.append(button('support-button', 'proposals.support.add',
        () => run(() => apiPost(`/api/proposals/${id}/supports`), 'proposals.support.done')));
    }
  }
  if (citizen && view.visibility !== 'PENDING') {
    actions.append(view.followedByMe
      ? button('unfollow-button', 'proposals.follow.remove',
        () => run(() => apiFetch(`/api/proposals/${id}/follow`, { method: 'DELETE' }), 'proposals.follow.removed'), true)
      : button('follow-button', 'proposals.follow.add',
        () => run(() => apiPost(`/api/proposals/${id}/follow`), 'proposals.follow.done'), true));
  }
  if (view.canWithdraw) {
    actions.append(button('withdraw-button', 'proposals.withdraw',
      () => run(() => apiPost(`/api/proposals/${id}/withdraw`), 'proposals.withdrawn'), true));
  }
  if (view.visibility === 'PUBLIC' && !view.mine) {
    const toggle = button('flag-open', 'proposals.flag.open', () => {
      toggle.setAttribute('aria-expanded', 'true');
      flagForm.hidden = false;
      document.getElementById('flag-form-text').focus();
    }, true);
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'flag-form');
    const flagForm = inlineForm({ id: 'flag-form', labelKey: 'proposals.flag.reason', submitKey: 'proposals.flag.submit',
      multiline: false,
      onSubmit: (reason) => run(() => apiPost(`/api/proposals/${id}/flags`, { reason }), 'proposals.flag.done') });
    flagForm.hidden = true;
    actions.append(toggle, flagForm);
  }
  if (citizen && view.visibility === 'PUBLIC') {
    commentArea.append(inlineForm({ id: 'comment-form', labelKey: 'proposals.comments.label',
      submitKey: 'proposals.comments.submit',
      onSubmit: (value) => run(() => apiPost(`/api/proposals/${id}/comments`, { text: value }),
        (c) => flash(c.pending ? 'proposals.comments.held' : 'proposals.comments.done')) }));
  }
  document.querySelectorAll('li.comment').forEach((li) => commentActions(li, citizen, id));
}

function commentActions(li, citizen, proposalId) {
  const cid = li.dataset.commentId;
  const box = li.querySelector(':scope > .comment-actions');
  if (!box || li.querySelector(':scope > .comment-text.muted')) {
    return;
  }
  if (li.dataset.mine === '1') {
    box.append(button(`comment-delete-${cid}`, 'proposals.comments.delete',
      () => run(() => apiFetch(`/api/proposals/comments/${cid}`, { method: 'DELETE' })), true));
  } else {
    const form = inlineForm({ id: `comment-flag-${cid}`, labelKey: 'proposals.flag.reason',
      submitKey: 'proposals.flag.submit', multiline: false,
      onSubmit: (reason) => run(() => apiPost(`/api/proposals/comments/${cid}/flags`, { reason }),
        'proposals.flag.done') });
    form.hidden = true;
    const toggle = button(`comment-flag-open-${cid}`, 'proposals.comments.flag', () => {
      form.hidden = false;
      toggle.setAttribute('aria-expanded', 'true');
      document.getElementById(`comment-flag-${cid}-text`).focus();
    }, true);
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', `comment-flag-${cid}`);
    box.append(toggle, form);
  }
  if (citizen && li.dataset.top === '1') {
    const form = inlineForm({ id: `reply-form-${cid}`, labelKey: 'proposals.comments.replyLabel',
      submitKey: 'proposals.comments.submit',
      onSubmit: (value) => run(() => apiPost(`/api/proposals/${proposalId}/comments`,
        { text: value, parentId: Number(cid) }),
      (c) => flash(c.pending ? 'proposals.comments.held' : 'proposals.comments.done')) });
    form.hidden = true;
    const toggle = button(`reply-open-${cid}`, 'proposals.comments.reply', () => {
      form.hidden = false;
      toggle.setAttribute('aria-expanded', 'true');
      document.getElementById(`reply-form-${cid}-text`).focus();
    }, true);
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', `reply-form-${cid}`);
    box.append(toggle, form);
  }
}

if (root) {
  init();
}
