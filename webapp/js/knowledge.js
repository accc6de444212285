// Editors' page for the assistant's knowledge (EDITOR or ADMIN): re-index the knowledge folder with progress,
// upload a document (the raw file with its media type), and the unanswered / unhelpful questions, grouped.

import { currentLang, t } from './i18n.js';
import { layoutReady, onLangChange } from './layout.js';
import { apiGet, apiPost, getCsrfToken, setCsrfToken } from './api.js';
import { formatDateTime, setMessage, setPlain } from './catalog.js';
import { busy, isBusy } from './forms.js';

const POLL_MS = 1000;
const EDITOR_ROLES = ['EDITOR', 'ADMIN'];
const TYPES = {
  md: 'text/markdown',
  markdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  txt: 'text/plain',
  pdf: 'application/pdf',
};

const byId = (id) => document.getElementById(id);
const loading = byId('knowledge-loading');
const errorBox = byId('knowledge-error');
const panel = byId('knowledge-panel');
const reindexButton = byId('reindex-start');
const progressBox = byId('reindex-progress-box');
const progress = byId('reindex-progress');
const reindexCount = byId('reindex-count');
const reindexStatus = byId('reindex-status');
const reindexError = byId('reindex-error');
const uploadForm = byId('upload-form');
const uploadFile = byId('upload-file');
const uploadError = byId('upload-error');
const uploadSubmit = byId('upload-submit');
const uploadResult = byId('upload-result');
const questionsStatus = byId('questions-status');
const refreshButton = byId('questions-refresh');

let me = null;
let job = null;
let lastState = null;
let pollTimer = 0;
const groups = { unanswered: null, unhelpful: null };

/** Times without an offset are UTC (the server keeps UTC); make that explicit before formatting them. */
function utc(value) {
  const text = String(value || '');
  return /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text}Z` : text;
}

function toLogin() {
  window.location.replace('/login.html');
}

function showPageError(key) {
  loading.hidden = true;
  errorBox.replaceChildren();
  const paragraph = document.createElement('p');
  setMessage(paragraph, key);
  errorBox.append(paragraph);
}

/** A problem's own message (field error, detail or title), else the message for key. */
function problemText(error, key) {
  const problem = (error && error.problem) || {};
  const first = Array.isArray(problem.errors) ? problem.errors.find((e) => e && e.message) : null;
  if (first) {
    return { text: String(first.message) };
  }
  if (problem.detail) {
    return { text: String(problem.detail) };
  }
  return { key: error && error.network ? 'error.network' : key };
}

function setText(element, message) {
  if (message.key) {
    setMessage(element, message.key, message.params);
  } else {
    setPlain(element, message.text);
  }
}

// ---- re-indexing --------------------------------------------------------------------------------------------

function renderJob() {
  if (!job) {
    progressBox.hidden = true;
    return;
  }
  const state = String(job.state || 'IDLE').toUpperCase();
  const total = Math.max(0, Number(job.total) || 0);
  const done = Math.min(total, Math.max(0, Number(job.done) || 0));
  progressBox.hidden = state === 'IDLE';
  progress.max = Math.max(total, 1);
  progress.value = state === 'DONE' && total === 0 ? 1 : done;
  setMessage(reindexCount, 'knowledge.reindex.count', { done, total });
  // The live status changes only with the state, so a screen reader is not told every step.
  if (state !== lastState) {
    const params = {
      started: job.startedAt ? formatDateTime(utc(job.startedAt)) : '',
      finished: job.finishedAt ? formatDateTime(utc(job.finishedAt)) : '',
      total,
    };
    setMessage(reindexStatus, `knowledge.reindex.state.${state}`, params);
    lastState = state;
  }
  if (state === 'RUNNING') {
    reindexButton.setAttribute('aria-disabled', 'true');
  } else {
    reindexButton.removeAttribute('aria-disabled');
  }
}

function schedulePoll() {
  window.clearTimeout(pollTimer);
  if (job && String(job.state).toUpperCase() === 'RUNNING') {
    pollTimer = window.setTimeout(pollJob, POLL_MS);
  }
}

async function pollJob() {
  try {
    job = await apiGet('/api/admin/knowledge/reindex');
    setPlain(reindexError, '');
  } catch (error) {
    if (error.status === 401) {
      toLogin();
      return;
    }
    setText(reindexError, problemText(error, 'knowledge.reindex.error'));
    // Keep trying while the job may still be running.
  }
  renderJob();
  schedulePoll();
}

async function startReindex() {
  if (isBusy(reindexButton)) {
    return;
  }
  setPlain(reindexError, '');
  reindexButton.setAttribute('aria-disabled', 'true');
  try {
    job = await apiPost('/api/admin/knowledge/reindex', undefined, { csrfToken: getCsrfToken() || me.csrfToken });
    lastState = null;
  } catch (error) {
    if (error.status === 401) {
      toLogin();
      return;
    }
    if (error.status === 409) {
      // Already running: follow that run.
      await pollJob();
      return;
    }
    reindexButton.removeAttribute('aria-disabled');
    setText(reindexError, problemText(error, 'knowledge.reindex.error'));
    return;
  }
  renderJob();
  schedulePoll();
}

// ---- upload ---------------------------------------------------------------------------------------------------

function mediaType(file) {
  const match = /\.([a-z0-9]+)$/i.exec(file.name || '');
  const extension = match ? match[1].toLowerCase() : '';
  return TYPES[extension] || file.type || 'application/octet-stream';
}

function clearUploadError() {
  setPlain(uploadError, '');
  uploadFile.removeAttribute('aria-invalid');
  uploadFile.setAttribute('aria-describedby', 'upload-hint');
}

function showUploadError(message) {
  setText(uploadError, message);
  uploadFile.setAttribute('aria-invalid', 'true');
  uploadFile.setAttribute('aria-describedby', 'upload-error upload-hint');
  uploadFile.focus();
}

async function readJson(response) {
  const text = await response.text().catch(() => '');
  if (!text) {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function upload(event) {
  event.preventDefault();
  if (isBusy(uploadSubmit)) {
    return;
  }
  clearUploadError();
  uploadResult.replaceChildren();
  const file = uploadFile.files && uploadFile.files[0];
  if (!file) {
    showUploadError({ key: 'knowledge.upload.error.noFile' });
    return;
  }
  const done = busy(uploadSubmit);
  const headers = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLang(),
    'Content-Type': mediaType(file),
  };
  const token = getCsrfToken() || (me && me.csrfToken);
  if (token) {
    headers['X-CSRF-Token'] = token;
  }
  let response;
  try {
    response = await fetch(`/api/admin/knowledge/documents?filename=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers,
      body: file,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    done();
    showUploadError({ key: 'error.network' });
    return;
  }
  const data = await readJson(response);
  done();
  if (response.status === 401) {
    toLogin();
    return;
  }
  if (!response.ok) {
    const failure = { problem: data && typeof data === 'object' ? data : null, status: response.status };
    const fallback =
      response.status === 413
        ? 'knowledge.upload.error.tooLarge'
        : response.status === 415
          ? 'knowledge.upload.error.type'
          : 'knowledge.upload.error.generic';
    showUploadError(problemText(failure, fallback));
    return;
  }
  const result = data || {};
  const paragraph = document.createElement('p');
  setMessage(paragraph, 'knowledge.upload.done', {
    title: result.title || result.documentId || file.name,
    passages: Number(result.passages) || 0,
    lang: result.lang || '',
  });
  uploadResult.append(paragraph);
  if (result.documentId) {
    const link = document.createElement('a');
    link.id = 'upload-open';
    link.href = `/source.html?id=${encodeURIComponent(result.documentId)}`;
    setMessage(link, 'knowledge.upload.open');
    const line = document.createElement('p');
    line.append(link);
    uploadResult.append(line);
  }
  uploadForm.reset();
}

// ---- questions ----------------------------------------------------------------------------------------------

function cell(text, className) {
  const td = document.createElement('td');
  if (className) {
    td.className = className;
  }
  if (text instanceof Node) {
    td.append(text);
  } else {
    td.textContent = text == null ? '' : String(text);
  }
  return td;
}

function renderGroups(view) {
  const body = byId(`${view}-rows`);
  const list = groups[view];
  if (list === null) {
    body.replaceChildren();
    return;
  }
  if (list.length === 0) {
    const row = document.createElement('tr');
    const td = cell('', 'muted');
    td.colSpan = 4;
    setMessage(td, `knowledge.questions.empty.${view}`);
    row.append(td);
    body.replaceChildren(row);
    return;
  }
  body.replaceChildren(
    ...list.map((group) => {
      const row = document.createElement('tr');
      let when = '';
      if (group.lastAskedAt) {
        when = document.createElement('time');
        when.dateTime = utc(group.lastAskedAt);
        when.textContent = formatDateTime(utc(group.lastAskedAt));
      }
      row.append(
        cell(group.topic || ''),
        cell(group.example || '', 'excerpt'),
        cell(Number(group.count) || 0, 'nowrap'),
        cell(when, 'nowrap'),
      );
      return row;
    }),
  );
}

async function loadQuestions() {
  setMessage(questionsStatus, 'knowledge.questions.loading');
  const views = ['unanswered', 'unhelpful'];
  const results = await Promise.allSettled(
    views.map((view) => apiGet(`/api/admin/assistant/questions?view=${view}`)),
  );
  let failed = null;
  results.forEach((result, index) => {
    const view = views[index];
    if (result.status === 'fulfilled') {
      const data = result.value || {};
      groups[view] = Array.isArray(data.groups) ? data.groups : [];
    } else {
      failed = result.reason;
      groups[view] = null;
    }
    renderGroups(view);
  });
  if (failed) {
    if (failed.status === 401) {
      toLogin();
      return;
    }
    setText(questionsStatus, problemText(failed, 'knowledge.questions.error'));
  } else {
    setMessage(questionsStatus, 'knowledge.questions.loaded');
  }
}

// ---- start ------------------------------------------------------------------------------------------------------

function renderAll() {
  renderJob();
  renderGroups('unanswered');
  renderGroups('unhelpful');
}

async function start() {
  try {
    me = await apiGet('/api/auth/me');
  } catch (error) {
    if (error.status === 401) {
      toLogin();
      return;
    }
    showPageError(error.network ? 'error.network' : 'knowledge.error.load');
    return;
  }
  const roles = Array.isArray(me && me.roles) ? me.roles : [];
  if (!roles.some((role) => EDITOR_ROLES.includes(role))) {
    showPageError('knowledge.error.forbidden');
    return;
  }
  if (me.csrfToken) {
    setCsrfToken(me.csrfToken);
  }
  loading.hidden = true;
  panel.hidden = false;
  reindexButton.addEventListener('click', startReindex);
  uploadForm.addEventListener('submit', upload);
  uploadFile.addEventListener('change', clearUploadError);
  refreshButton.addEventListener('click', loadQuestions);
  onLangChange(() => {
    lastState = null;
    renderAll();
  });
  await Promise.all([pollJob(), loadQuestions()]);
}

layoutReady.then(start);
