// One inbox item for officials: everything about it, and the actions (assign to self, change status with a
// reply to the citizen, internal note, forward to another department). With ?new=1 the page instead lets an
// official enter feedback received by phone, in person, by email or through CİMER.

import { t } from './i18n.js';
import { layoutReady, onLangChange } from './layout.js';
import { apiGet, apiPost, getCsrfToken, setCsrfToken } from './api.js';
import {
  departmentName,
  dueContent,
  formatDate,
  label,
  loadCatalog,
  loadNeighbourhoods,
  localName,
  paragraphs,
  serviceName,
  setMessage,
  setPlain,
  setRow,
  timeElement,
} from './catalog.js';
import { FormErrors, busy, isBusy, showBox } from './forms.js';
import { setupFeedbackForm } from './feedback-form.js';

const byId = (id) => document.getElementById(id);

const title = byId('item-title');
const pageTitle = document.querySelector('title');
const loadingBox = byId('item-loading');
const errorBox = byId('item-error');
const statusBox = byId('item-status');
const itemView = byId('item-view');
const entryView = byId('entry-view');

const assignButton = byId('assign-self');
const statusForm = byId('status-form');
const statusSelect = byId('status-select');
const responseText = byId('public-response');
const statusSubmit = byId('status-submit');
const noteForm = byId('note-form');
const noteText = byId('note-text');
const noteSubmit = byId('note-submit');
const transferForm = byId('transfer-form');
const transferDepartment = byId('transfer-department');
const transferService = byId('transfer-service');
const transferReason = byId('transfer-reason');
const transferSubmit = byId('transfer-submit');

const NEEDS_RESPONSE = ['ANSWERED', 'RESOLVED'];

let me = null;
let catalog = null;
let neighbourhoods = [];
let item = null;
let created = null;

const statusErrors = new FormErrors({
  summary: errorBox,
  focusSummary: false,
  fields: {
    status: { controls: [statusSelect], error: byId('status-select-error') },
    publicResponse: { controls: [responseText], error: byId('public-response-error') },
  },
});
const noteErrors = new FormErrors({
  summary: errorBox,
  focusSummary: false,
  fields: { text: { controls: [noteText], error: byId('note-text-error') } },
});
const transferErrors = new FormErrors({
  summary: errorBox,
  focusSummary: false,
  fields: {
    departmentCode: { controls: [transferDepartment], error: byId('transfer-department-error') },
    serviceCode: { controls: [transferService], error: byId('transfer-service-error') },
    reason: { controls: [transferReason], error: byId('transfer-reason-error') },
  },
});
const noFieldErrors = new FormErrors({ summary: errorBox, focusSummary: false, fields: {} });

function toLogin() {
  window.location.replace('/login.html');
}

function csrfToken() {
  return getCsrfToken() || (me && me.csrfToken) || undefined;
}

function codePath(suffix = '') {
  return `/api/admin/feedback/${encodeURIComponent(item ? item.trackingCode : '')}${suffix}`;
}

// ---- rendering ------------------------------------------------------------------------------------------

function neighbourhoodName(code) {
  if (!code) {
    return t('common.notGiven');
  }
  const found = neighbourhoods.find((n) => n.code === code);
  return found ? localName(found.name, code) : code;
}

function textOrNone(element, text, noneKey) {
  if (text) {
    element.classList.remove('muted');
    setPlain(element, text);
  } else {
    element.classList.add('muted');
    setMessage(element, noneKey);
  }
}

function renderContact() {
  const box = byId('item-contact');
  const contact = item.contact;
  const entries = contact
    ? [
        ['name', contact.name, null],
        ['email', contact.email, contact.email ? `mailto:${contact.email}` : null],
        ['phone', contact.phone, contact.phone ? `tel:${String(contact.phone).replace(/[^\d+]/g, '')}` : null],
      ].filter(([, value]) => value)
    : [];
  if (entries.length === 0) {
    const none = document.createElement('p');
    none.className = 'muted';
    setMessage(none, 'item.contact.none');
    box.replaceChildren(none);
    return;
  }
  const list = document.createElement('dl');
  list.className = 'details';
  entries.forEach(([name, value, href]) => {
    const group = document.createElement('div');
    const term = document.createElement('dt');
    setMessage(term, `item.contact.${name}`);
    const data = document.createElement('dd');
    if (href) {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = value;
      data.append(link);
    } else {
      data.textContent = value;
    }
    group.append(term, data);
    list.append(group);
  });
  box.replaceChildren(list);
}

function renderTimeline() {
  const timeline = byId('item-timeline');
  const entries = Array.isArray(item.timeline) ? item.timeline : [];
  timeline.replaceChildren(
    ...entries.map((entry) => {
      const li = document.createElement('li');
      if (entry.internal) {
        li.className = 'is-internal';
      }
      const when = document.createElement('p');
      when.className = 'timeline-when';
      when.append(timeElement(entry.at, { withTime: true }));
      if (entry.internal) {
        const badge = document.createElement('span');
        badge.className = 'badge badge-internal';
        badge.textContent = t('item.timeline.internal');
        when.append(' ', badge);
      }
      const what = document.createElement('p');
      what.className = 'timeline-what';
      what.textContent = label('event', entry.type);
      if (entry.status) {
        const state = document.createElement('span');
        state.className = 'timeline-status';
        state.textContent = ` — ${label('status', entry.status)}`;
        what.append(state);
      }
      li.append(when, what);
      if (entry.fromDepartment || entry.toDepartment) {
        const transfer = document.createElement('p');
        transfer.className = 'timeline-note';
        transfer.textContent = t('item.timeline.transfer', {
          from: departmentName(catalog, entry.fromDepartment) || '—',
          to: departmentName(catalog, entry.toDepartment) || '—',
        });
        li.append(transfer);
      }
      if (entry.note) {
        const note = document.createElement('p');
        note.className = 'timeline-note';
        note.textContent = entry.note;
        li.append(note);
      }
      if (entry.actor) {
        const actor = document.createElement('p');
        actor.className = 'timeline-actor muted';
        actor.textContent = t('item.timeline.actor', { actor: entry.actor });
        li.append(actor);
      }
      return li;
    }),
  );
}

function renderAssignee() {
  const state = byId('assign-state');
  const mine = Boolean(item.assignee && me && item.assignee === me.username);
  if (!item.assignee) {
    setMessage(state, 'item.assign.none');
  } else if (mine) {
    setMessage(state, 'item.assign.you');
  } else {
    setMessage(state, 'item.assign.other', { assignee: item.assignee });
  }
  assignButton.hidden = mine;
}

function renderTransferOptions() {
  const departmentValue = transferDepartment.value;
  const placeholder = document.createElement('option');
  placeholder.value = '';
  setMessage(placeholder, 'feedback.department.placeholder');
  const departments = catalog ? catalog.departments.filter((d) => !item || d.code !== item.departmentCode) : [];
  const options = departments
    .map((d) => ({ code: d.code, name: localName(d.name, d.code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'tr'))
    .map(({ code, name }) => {
      const option = document.createElement('option');
      option.value = code;
      option.textContent = name;
      return option;
    });
  transferDepartment.replaceChildren(placeholder, ...options);
  transferDepartment.value = options.some((o) => o.value === departmentValue) ? departmentValue : '';
  renderTransferServices();
}

function renderTransferServices() {
  const value = transferService.value;
  const any = document.createElement('option');
  any.value = '';
  setMessage(any, 'item.transfer.anyService');
  const department = catalog ? catalog.department(transferDepartment.value) : null;
  const services = department && Array.isArray(department.services) ? department.services : [];
  const options = services
    .map((s) => ({ code: s.code, name: localName(s.name, s.code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'tr'))
    .map(({ code, name }) => {
      const option = document.createElement('option');
      option.value = code;
      option.textContent = name;
      return option;
    });
  transferService.replaceChildren(any, ...options);
  transferService.value = options.some((o) => o.value === value) ? value : '';
}

function render() {
  if (!item) {
    return;
  }
  setMessage(title, 'item.title', { code: item.trackingCode });
  setRow('item-state', label('status', item.status));
  setRow('item-kind', label('kind', item.kind));
  setRow('item-channel', item.channel ? label('channel', item.channel) : null);
  setRow('item-service', serviceName(catalog, item.serviceCode));
  setRow('item-department', departmentName(catalog, item.departmentCode));
  setRow('item-neighbourhood', neighbourhoodName(item.neighbourhoodCode));
  setRow('item-rating', item.rating ? t('rating.value', { n: item.rating }) : null);
  setRow('item-created', item.createdAt ? timeElement(item.createdAt, { withTime: true }) : null);
  setRow('item-due', item.dueDate ? dueContent(item.dueDate, item.overdue, 'item-overdue') : null);
  setRow('item-assignee', item.assignee || t('inbox.unassigned'));
  setRow('item-resolution-rating', item.resolutionRating ? t('rating.value', { n: item.resolutionRating }) : null);
  textOrNone(byId('item-comment'), item.comment, 'item.comment.none');
  renderContact();
  const response = byId('item-public-response');
  if (item.publicResponse) {
    response.replaceChildren(...paragraphs(item.publicResponse));
  } else {
    const none = document.createElement('p');
    none.className = 'muted';
    setMessage(none, 'item.response.none');
    response.replaceChildren(none);
  }
  renderTimeline();
  renderAssignee();
  renderTransferOptions();
}

function renderEntryDone() {
  if (!created) {
    return;
  }
  setPlain(byId('entry-code'), created.trackingCode || '');
  const due = byId('entry-due-date');
  due.dateTime = created.dueDate || '';
  due.textContent = formatDate(created.dueDate);
  due.parentElement.hidden = !created.dueDate;
  byId('entry-open').href = `/inbox-item.html?code=${encodeURIComponent(created.trackingCode || '')}`;
}

// ---- actions --------------------------------------------------------------------------------------------

function clearMessages() {
  [statusErrors, noteErrors, transferErrors, noFieldErrors].forEach((errors) => errors.clear());
  setPlain(statusBox, '');
}

function showActionError(errors, error) {
  if (error.network) {
    showBox(errorBox, { key: 'error.network' });
    return;
  }
  const problem = error.problem || {};
  if (error.status === 400 || error.status === 422) {
    errors.showProblem(error, { fallbackKey: 'item.error.fix' });
    return;
  }
  let key = 'item.error.generic';
  if (error.status === 403) {
    key = 'item.error.forbidden';
  } else if (error.status === 404) {
    key = 'item.error.notFound';
  }
  // 409 (for example "invalid-transition") and the rest: the server's detail says what is wrong.
  showBox(errorBox, problem.detail ? { text: problem.detail } : { key });
  errorBox.focus();
}

async function post(path, body) {
  try {
    return await apiPost(path, body, { csrfToken: csrfToken() });
  } catch (error) {
    // A token from an earlier session: fetch the current one and try once more.
    if (error.status === 403 && error.problem && error.problem.code === 'csrf') {
      const fresh = await apiGet('/api/auth/me');
      me = fresh || me;
      setCsrfToken(fresh && fresh.csrfToken);
      return apiPost(path, body, { csrfToken: csrfToken() });
    }
    throw error;
  }
}

/** Runs one action: busy button, POST, the updated item on success, "Saved" in the status region. */
async function act(button, path, body, errors, onSuccess) {
  if (!item || isBusy(button)) {
    return;
  }
  clearMessages();
  const done = busy(button);
  try {
    const updated = await post(path, body);
    if (updated && typeof updated === 'object') {
      item = updated;
    }
    if (onSuccess) {
      onSuccess();
    }
    render();
    setMessage(statusBox, 'item.saved');
  } catch (error) {
    if (error.status === 401) {
      toLogin();
      return;
    }
    showActionError(errors, error);
  } finally {
    done();
  }
}

function onAssign() {
  act(assignButton, codePath('/assign'), undefined, noFieldErrors);
}

function onStatus(event) {
  event.preventDefault();
  if (isBusy(statusSubmit)) {
    return;
  }
  clearMessages();
  const status = statusSelect.value;
  const response = responseText.value.trim();
  if (!status) {
    statusErrors.set('status', { key: 'item.error.status' });
  }
  if (NEEDS_RESPONSE.includes(status) && !response) {
    statusErrors.set('publicResponse', { key: 'item.error.response' });
  }
  if (statusErrors.has()) {
    statusErrors.showSummary({ key: 'item.error.fix' });
    return;
  }
  const body = { status };
  if (response) {
    body.publicResponse = responseText.value;
  }
  act(statusSubmit, codePath('/status'), body, statusErrors, () => {
    statusSelect.value = '';
    responseText.value = item.publicResponse || '';
  });
}

function onNote(event) {
  event.preventDefault();
  if (isBusy(noteSubmit)) {
    return;
  }
  clearMessages();
  if (!noteText.value.trim()) {
    noteErrors.set('text', { key: 'item.error.note' });
    noteErrors.showSummary({ key: 'item.error.fix' });
    return;
  }
  act(noteSubmit, codePath('/notes'), { text: noteText.value }, noteErrors, () => {
    noteText.value = '';
  });
}

function onTransfer(event) {
  event.preventDefault();
  if (isBusy(transferSubmit)) {
    return;
  }
  clearMessages();
  if (!transferDepartment.value) {
    transferErrors.set('departmentCode', { key: 'item.error.transferDepartment' });
  }
  if (!transferReason.value.trim()) {
    transferErrors.set('reason', { key: 'item.error.transferReason' });
  }
  if (transferErrors.has()) {
    transferErrors.showSummary({ key: 'item.error.fix' });
    return;
  }
  const body = { departmentCode: transferDepartment.value, reason: transferReason.value.trim() };
  if (transferService.value) {
    body.serviceCode = transferService.value;
  }
  act(transferSubmit, codePath('/transfer'), body, transferErrors, () => {
    transferDepartment.value = '';
    transferService.value = '';
    transferReason.value = '';
  });
}

// ---- start ----------------------------------------------------------------------------------------------

function showLoadError(error) {
  loadingBox.hidden = true;
  const problem = error.problem || {};
  let key = 'item.error.generic';
  if (error.network) {
    key = 'error.network';
  } else if (error.status === 404) {
    key = 'item.error.notFound';
  } else if (error.status === 403) {
    key = 'item.error.forbidden';
  }
  showBox(errorBox, !error.network && problem.detail ? { text: problem.detail } : { key });
}

async function loadItem(code) {
  try {
    item = await apiGet(`/api/admin/feedback/${encodeURIComponent(code)}`);
  } catch (error) {
    if (error.status === 401) {
      toLogin();
      return;
    }
    showLoadError(error);
    return;
  }
  loadingBox.hidden = true;
  responseText.value = (item && item.publicResponse) || '';
  render();
  itemView.hidden = false;
}

function startEntry() {
  setMessage(title, 'entry.title');
  setMessage(pageTitle, 'page.entry.title');
  loadingBox.hidden = true;
  entryView.hidden = false;
  setupFeedbackForm({
    endpoint: '/api/admin/feedback',
    staff: true,
    csrfToken,
    onCreated: (result) => {
      created = result;
      renderEntryDone();
      byId('feedback-errors').replaceChildren();
      byId('feedback-form').hidden = true;
      byId('entry-intro').hidden = true;
      byId('entry-done').hidden = false;
      byId('entry-done-title').focus();
    },
  });
}

async function start() {
  const params = new URLSearchParams(window.location.search);
  try {
    me = await apiGet('/api/auth/me');
  } catch (error) {
    if (error.status === 401) {
      toLogin();
      return;
    }
    showLoadError(error);
    return;
  }
  if (me && me.csrfToken) {
    setCsrfToken(me.csrfToken);
  }
  if (params.get('new') === '1') {
    startEntry();
    return;
  }
  const code = (params.get('code') || '').trim();
  if (!code) {
    loadingBox.hidden = true;
    showBox(errorBox, { key: 'item.error.noCode' });
    return;
  }
  const [departments, places] = await Promise.allSettled([loadCatalog(), loadNeighbourhoods()]);
  catalog = departments.status === 'fulfilled' ? departments.value : null;
  neighbourhoods = places.status === 'fulfilled' ? places.value : [];
  await loadItem(code);
}

assignButton.addEventListener('click', onAssign);
statusForm.addEventListener('submit', onStatus);
noteForm.addEventListener('submit', onNote);
transferForm.addEventListener('submit', onTransfer);
transferDepartment.addEventListener('change', renderTransferServices);

layoutReady.then(() => {
  onLangChange(() => {
    render();
    renderEntryDone();
  });
  return start();
});
