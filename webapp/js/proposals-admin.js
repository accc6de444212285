// Officials' proposal queue: threshold-reached proposals awaiting an answer first (with due dates),
// answering with a public reason and adding milestones to accepted proposals.

import { layoutReady } from './layout.js';
import { apiGet, apiPost } from './api.js';
import { currentSession, el, flash, hasRole, showFlash, showProblem } from './participation.js';

const list = document.getElementById('office-queue');
const statusBox = document.getElementById('office-status');
const errorBox = document.getElementById('office-error');
const NEXT = {
  PUBLISHED: ['UNDER_EVALUATION', 'ACCEPTED', 'REJECTED'],
  UNDER_EVALUATION: ['ACCEPTED', 'REJECTED'],
  ACCEPTED: ['IN_PROGRESS', 'COMPLETED'],
  IN_PROGRESS: ['COMPLETED'],
};

async function act(call) {
  errorBox.replaceChildren();
  try {
    await call();
    flash('office.done');
    window.location.reload();
  } catch (error) {
    showProblem(errorBox, error, 'proposals.error.generic');
  }
}

function field(id, labelKey, control) {
  const f = el('div', { class: 'field' });
  control.id = id;
  f.append(el('label', { for: id }, labelKey), control);
  return f;
}

function item(p) {
  const li = el('li', { class: 'queue-item', id: `office-${p.id}` });
  const h = el('h2');
  const link = el('a', { href: `/proposal.html?id=${p.id}` });
  link.textContent = p.title;
  h.append(link);
  li.append(h);
  const meta = el('p', { class: 'small' });
  meta.append(el('span', { class: 'badge' }, `proposals.state.${p.state}`), ' ',
    el('span', {}, 'proposals.supports', { n: p.supports }));
  if (p.answerDueDate && !p.answeredAt) {
    meta.append(' · ', el('strong', {}, 'office.due', { date: p.answerDueDate }));
    if (p.answerOverdue) {
      meta.append(' ', el('span', { class: 'badge badge-overdue' }, 'office.overdue'));
    }
  }
  li.append(meta);
  const next = NEXT[p.state] || [];
  if (next.length > 0) {
    const form = el('form', { class: 'inline-form', novalidate: '' });
    const fs = el('fieldset', { class: 'group' });
    fs.append(el('legend', {}, 'office.answerLegend'));
    const select = el('select');
    next.forEach((s) => {
      const o = el('option', { value: s }, `proposals.state.${s}`);
      select.append(o);
    });
    const reason = el('textarea', { rows: '3', maxlength: '4000' });
    fs.append(field(`answer-state-${p.id}`, 'office.state', select), field(`answer-reason-${p.id}`, 'office.reason',
      reason));
    form.append(fs, el('button', { id: `answer-${p.id}`, class: 'button', type: 'submit' }, 'office.answer'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      act(() => apiPost(`/api/admin/proposals/${p.id}/answer`, { state: select.value, reason: reason.value }));
    });
    li.append(form);
  }
  if (['ACCEPTED', 'IN_PROGRESS'].includes(p.state)) {
    const form = el('form', { class: 'inline-form', novalidate: '' });
    const fs = el('fieldset', { class: 'group' });
    fs.append(el('legend', {}, 'office.milestoneLegend'));
    const date = el('input', { type: 'date' });
    const textInput = el('input', { type: 'text', maxlength: '2000' });
    const progress = el('input', { type: 'number', min: '0', max: '100' });
    fs.append(field(`milestone-date-${p.id}`, 'office.milestoneDate', date),
      field(`milestone-text-${p.id}`, 'office.milestoneText', textInput),
      field(`milestone-progress-${p.id}`, 'office.milestoneProgress', progress));
    form.append(fs, el('button', { id: `milestone-${p.id}`, class: 'button', type: 'submit' }, 'office.milestoneAdd'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      act(() => apiPost(`/api/admin/proposals/${p.id}/milestones`, {
        date: date.value, text: textInput.value, progress: progress.value === '' ? undefined : Number(progress.value),
      }));
    });
    li.append(form);
  }
  return li;
}

async function init() {
  await layoutReady;
  showFlash(statusBox);
  const session = await currentSession();
  if (!hasRole(session, 'OFFICIAL', 'ADMIN')) {
    document.getElementById('office-login').hidden = false;
    return;
  }
  try {
    const queue = await apiGet('/api/admin/proposals/queue');
    document.getElementById('office-empty').hidden = queue.length > 0;
    queue.forEach((p) => list.append(item(p)));
  } catch (error) {
    showProblem(errorBox, error, 'proposals.error.generic');
  }
}

init();
