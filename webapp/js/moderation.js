// Moderators' queue: held and reported proposals and comments, most reported first; hide with a public
// reason or publish/restore. Below it the inappropriate-word list, one word per line for each language.

import { layoutReady } from './layout.js';
import { apiFetch, apiGet, apiPost } from './api.js';
import { setMessage, setPlain } from './catalog.js';
import { FormErrors } from './forms.js';
import {
  currentSession, el, fieldErrors, flash, hasRole, showFlash, showProblem, text,
} from './participation.js';

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

/** The words of a textarea: one a line, trimmed, empty lines left out. */
function words(textarea) {
  return textarea.value.split(/\r?\n/).map((w) => w.trim()).filter((w) => w.length > 0);
}

function wordList() {
  const section = document.getElementById('words-section');
  const form = document.getElementById('words-form');
  const lists = { tr: document.getElementById('words-tr'), en: document.getElementById('words-en') };
  const status = document.getElementById('words-status');
  const save = document.getElementById('words-save');
  const errors = new FormErrors({
    summary: document.getElementById('words-problem'),
    fields: {
      tr: { controls: [lists.tr], error: document.getElementById('words-tr-error') },
      en: { controls: [lists.en], error: document.getElementById('words-en-error') },
    },
  });

  function fill(byLanguage) {
    lists.tr.value = (byLanguage.tr || []).join('\n');
    lists.en.value = (byLanguage.en || []).join('\n');
  }

  /** Every bad word under its list (several per list), the problem's detail in the summary. */
  function showErrors(error) {
    const byField = fieldErrors(error);
    if (Object.keys(byField).length === 0) {
      errors.showProblem(error, { fallbackKey: 'proposals.error.generic' });
      return;
    }
    const extra = [];
    Object.entries(byField).forEach(([field, message]) => {
      if (!errors.set(field, { text: message })) {
        extra.push(message);
      }
    });
    const problem = error.problem || {};
    const detail = problem.detail || problem.title;
    errors.showSummary(detail ? { text: detail } : { key: 'proposals.error.generic' }, extra);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errors.clear();
    setPlain(status, '');
    save.disabled = true;
    try {
      const saved = await apiFetch('/api/admin/moderation/words', { method: 'PUT',
        body: { tr: words(lists.tr), en: words(lists.en) } });
      fill(saved);
      text(status, 'moderation.words.saved', { tr: (saved.tr || []).length, en: (saved.en || []).length });
    } catch (error) {
      showErrors(error);
    } finally {
      save.disabled = false;
    }
  });

  // saving stays off until the list is loaded, so that a failed load never saves empty lists over it
  save.disabled = true;
  section.hidden = false;
  return apiGet('/api/admin/moderation/words').then((loaded) => {
    fill(loaded);
    save.disabled = false;
  }, (error) => {
    const problem = error.problem || {};
    const box = el('p');
    if (problem.detail || problem.title) {
      setPlain(box, problem.detail || problem.title);
    } else {
      setMessage(box, error.network ? 'error.network' : 'proposals.error.generic');
    }
    document.getElementById('words-problem').replaceChildren(box);
  });
}

async function init() {
  await layoutReady;
  showFlash(statusBox);
  const session = await currentSession();
  if (!hasRole(session, 'MODERATOR', 'ADMIN')) {
    document.getElementById('moderation-login').hidden = false;
    return;
  }
  const words = wordList();
  try {
    const queue = await apiGet('/api/admin/moderation/queue');
    document.getElementById('moderation-empty').hidden = queue.length > 0;
    queue.forEach((entry) => list.append(item(entry)));
  } catch (error) {
    showProblem(errorBox, error, 'proposals.error.generic');
  }
  await words;
}

init();
