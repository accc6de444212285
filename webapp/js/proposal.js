// One proposal (server-rendered, readable without JavaScript). This adds supporting, following,
// withdrawing, flagging and commenting for a logged-in citizen; each of these reloads the page with a message.
// Authors edit their own comment in place while the server allows it (editableUntil, ten minutes after writing)
// and delete it.

import { layoutReady } from './layout.js';
import { apiFetch, apiGet, apiPost } from './api.js';
import { setPlain } from './catalog.js';
import { FormErrors } from './forms.js';
import { currentLang } from './i18n.js';
import { currentSession, el, flash, hasRole, showFlash, showProblem, text } from './participation.js';

const root = document.getElementById('proposal');
const actions = document.getElementById('proposal-actions');
const status = document.getElementById('action-status');
const errorBox = document.getElementById('action-error');
const jsNote = document.getElementById('js-note');
const commentArea = document.getElementById('comment-area');
const commentStatus = document.getElementById('comment-status');

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
  const comments = new Map((view.comments || []).map((c) => [String(c.id), c]));
  document.querySelectorAll('li.comment').forEach((li) => commentActions(li, citizen, id, comments));
}

function commentActions(li, citizen, proposalId, comments) {
  const cid = li.dataset.commentId;
  const box = li.querySelector(':scope > .comment-actions');
  if (!box || li.querySelector(':scope > .comment-text.muted')) {
    return;
  }
  if (li.dataset.mine === '1') {
    const remove = button(`comment-delete-${cid}`, 'proposals.comments.delete',
      () => run(() => apiFetch(`/api/proposals/comments/${cid}`, { method: 'DELETE' }), 'proposals.comments.removed'),
      true);
    const comment = comments.get(cid);
    if (comment && editableFor(comment) > 0) {
      editControls(li, box, comment, remove);
    }
    box.append(remove);
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

/** Milliseconds the comment can still be edited (0 when not), by the time the server gave. */
function editableFor(comment) {
  if (!comment.mine || comment.deleted || comment.hidden || !comment.editableUntil) {
    return 0;
  }
  const until = Date.parse(comment.editableUntil);
  return Number.isNaN(until) ? 0 : Math.max(0, until - Date.now());
}

function clock(iso) {
  return new Intl.DateTimeFormat(currentLang() === 'en' ? 'en-GB' : 'tr-TR',
    { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Istanbul' }).format(new Date(iso));
}

/**
 * The author's "Edit" button and its form (label, hint with the deadline, field error, Save, Cancel; Escape cancels).
 * Saving replaces the text in place, marks the comment edited and returns focus to the button; the button goes
 * when the time to edit is over.
 */
function editControls(li, box, comment, nextFocus) {
  const cid = comment.id;
  const prefix = `comment-edit-${cid}`;
  const textBox = li.querySelector(':scope > .comment-text');
  const toggle = button(prefix, 'proposals.comments.edit', () => open(), true);
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', `${prefix}-form`);

  const form = el('form', { id: `${prefix}-form`, class: 'comment-edit-form', novalidate: '' });
  form.hidden = true;
  const summary = el('div', { id: `${prefix}-problem`, class: 'alert alert-error', role: 'alert', tabindex: '-1' });
  const field = el('div', { class: 'field' });
  const input = el('textarea', { id: `${prefix}-text`, name: 'text', rows: '4', maxlength: '2000',
    'aria-describedby': `${prefix}-hint` });
  const hint = el('p', { id: `${prefix}-hint`, class: 'hint' }, 'proposals.comments.editHint',
    { time: clock(comment.editableUntil) });
  const fieldError = el('p', { id: `${prefix}-text-error`, class: 'field-error' });
  field.append(el('label', { for: input.id }, 'proposals.comments.editLabel'), hint, fieldError, input);
  const save = el('button', { id: `${prefix}-save`, class: 'button', type: 'submit' }, 'proposals.comments.save');
  const cancel = el('button', { id: `${prefix}-cancel`, class: 'button button-secondary', type: 'button' },
    'proposals.comments.cancel');
  form.append(summary, field, save, cancel);
  const errors = new FormErrors({ summary, fields: { text: { controls: [input], error: fieldError } },
    focusSummary: false });

  function open() {
    setPlain(commentStatus, '');
    errors.clear();
    input.value = comment.text;
    form.hidden = false;
    if (textBox) {
      textBox.hidden = true;
    }
    toggle.setAttribute('aria-expanded', 'true');
    input.focus();
  }

  function close() {
    errors.clear();
    form.hidden = true;
    if (textBox) {
      textBox.hidden = false;
    }
    toggle.setAttribute('aria-expanded', 'false');
    if (toggle.isConnected && !toggle.hidden) {
      toggle.focus();
    } else {
      nextFocus.focus();
    }
  }

  function saved(updated) {
    comment.text = updated.text;
    if (textBox) {
      // the server's rendering of the text: escaped, paragraphs and nofollow links (the same HTML the page has)
      textBox.innerHTML = updated.textHtml;
    }
    const meta = li.querySelector(':scope > p.small');
    if (meta && updated.editedAt && !meta.querySelector('.comment-edited')) {
      meta.append(' · ', el('span', { class: 'comment-edited' }, 'proposals.comments.edited'));
    }
    if (updated.pending && !li.querySelector(':scope > .comment-pending')) {
      textBox?.before(el('p', { class: 'small muted comment-pending' }, 'proposals.comments.pending'));
    }
    close();
    text(commentStatus, updated.pending ? 'proposals.comments.heldEdit' : 'proposals.comments.saved');
  }

  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  cancel.addEventListener('click', () => close());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errors.clear();
    save.disabled = true;
    try {
      saved(await apiFetch(`/api/proposals/comments/${cid}`, { method: 'PUT', body: { text: input.value } }));
    } catch (error) {
      errors.showProblem(error, { fallbackKey: 'proposals.error.generic' });
      if (!errors.has()) {
        summary.focus();
      }
    } finally {
      save.disabled = false;
    }
  });

  // the server refuses edits after the deadline; the button goes then too (unless the form is open)
  const left = editableFor(comment);
  if (left < 2 ** 31 - 1) {
    setTimeout(() => {
      if (form.hidden) {
        const hadFocus = document.activeElement === toggle;
        toggle.hidden = true;
        if (hadFocus) {
          nextFocus.focus();
        }
      }
    }, left);
  }
  box.append(toggle, form);
}

if (root) {
  init();
}
