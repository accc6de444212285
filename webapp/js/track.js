// Request tracking: look a request up by its tracking code, show its status, reply and history,
// and let the citizen rate the outcome or reopen the request when the server allows it.

import { t } from './i18n.js';
import { layoutReady, onLangChange } from './layout.js';
import { apiGet, apiPost } from './api.js';
import {
  departmentName,
  dueContent,
  formatDateTime,
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
import { FormErrors, busy, describedBy, isBusy, showBox } from './forms.js';

const form = document.getElementById('track-form');
const input = document.getElementById('track-code');
const submit = document.getElementById('track-submit');
const errorBox = document.getElementById('track-error');
const statusBox = document.getElementById('track-status');
const result = document.getElementById('track-result');
const resultTitle = document.getElementById('track-result-title');
const savedBox = document.getElementById('track-saved');
const rateForm = document.getElementById('rate-form');
const rateSubmit = document.getElementById('rate-submit');
const reopenForm = document.getElementById('reopen-form');
const reopenReason = document.getElementById('reopen-reason');
const reopenSubmit = document.getElementById('reopen-submit');
const reopenUntil = document.getElementById('reopen-until');
const resolutionRadios = [1, 2, 3, 4, 5].map((n) => document.getElementById(`resolution-${n}`));

let view = null;
let catalog = null;
let neighbourhoods = [];
let lookupSeq = 0;

const codeErrors = new FormErrors({
  summary: errorBox,
  focusSummary: false,
  fields: { code: { controls: [input], error: document.getElementById('track-code-error') } },
});
const rateErrors = new FormErrors({
  summary: errorBox,
  focusSummary: false,
  fields: {
    rating: {
      controls: resolutionRadios,
      error: document.getElementById('resolution-error'),
      describe: document.getElementById('resolution-group'),
    },
  },
});
const reopenErrors = new FormErrors({
  summary: errorBox,
  focusSummary: false,
  fields: { reason: { controls: [reopenReason], error: document.getElementById('reopen-reason-error') } },
});

/**
 * What a citizen typed → "KS-XXXX-XXXX-X", or null when it cannot be a tracking code.
 * Lower case, spaces and missing dashes are accepted; O reads as 0, I and L as 1 (as on the server).
 */
export function normaliseCode(typed) {
  let s = String(typed || '')
    .replace(/[ıİ]/g, 'I')
    .toUpperCase()
    .replace(/[\s\-‐-―_.]/g, '');
  if (s.length === 11 && s.startsWith('KS')) {
    s = s.slice(2);
  }
  if (!/^[0-9A-Z]{9}$/.test(s)) {
    return null;
  }
  s = s.replace(/O/g, '0').replace(/[IL]/g, '1');
  return `KS-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

function neighbourhoodName(code) {
  if (!code) {
    return t('common.notGiven');
  }
  const found = neighbourhoods.find((n) => n.code === code);
  return found ? localName(found.name, code) : code;
}

function timelineNote(entry) {
  if (!entry.note) {
    return '';
  }
  if (entry.type === 'TRANSFERRED' && catalog && catalog.department(entry.note)) {
    return t('track.timeline.transferredTo', { department: departmentName(catalog, entry.note) });
  }
  return entry.note;
}

function renderTimeline(list) {
  const timeline = document.getElementById('timeline');
  const entries = Array.isArray(list) ? list : [];
  if (entries.length === 0) {
    const item = document.createElement('li');
    item.className = 'muted';
    item.textContent = t('track.timeline.empty');
    timeline.replaceChildren(item);
    return;
  }
  timeline.replaceChildren(
    ...entries.map((entry) => {
      const item = document.createElement('li');
      const when = document.createElement('p');
      when.className = 'timeline-when';
      when.append(timeElement(entry.at, { withTime: true }));
      const what = document.createElement('p');
      what.className = 'timeline-what';
      what.textContent = label('event', entry.type);
      if (entry.status) {
        const state = document.createElement('span');
        state.className = 'timeline-status';
        state.textContent = ` — ${label('status', entry.status)}`;
        what.append(state);
      }
      item.append(when, what);
      const note = timelineNote(entry);
      if (note) {
        const text = document.createElement('p');
        text.className = 'timeline-note';
        text.textContent = note;
        item.append(text);
      }
      return item;
    }),
  );
}

function render() {
  if (!view) {
    result.hidden = true;
    return;
  }
  setMessage(resultTitle, 'track.result.title', { code: view.trackingCode || '' });
  setRow('result-status', label('status', view.status));
  setRow('result-kind', label('kind', view.kind));
  setRow('result-service', serviceName(catalog, view.serviceCode));
  setRow('result-department', departmentName(catalog, view.departmentCode));
  setRow('result-neighbourhood', neighbourhoodName(view.neighbourhoodCode));
  setRow('result-rating', view.rating ? t('rating.value', { n: view.rating }) : null);
  setRow('result-created', view.createdAt ? timeElement(view.createdAt, { withTime: true }) : null);
  setRow('result-due', view.dueDate ? dueContent(view.dueDate, view.overdue, 'result-overdue') : null);
  setRow('result-resolution-rating', view.resolutionRating ? t('rating.value', { n: view.resolutionRating }) : null);

  const response = document.getElementById('public-response');
  if (view.publicResponse) {
    response.replaceChildren(...paragraphs(view.publicResponse));
  } else {
    const none = document.createElement('p');
    none.className = 'muted';
    setMessage(none, 'track.response.none');
    response.replaceChildren(none);
  }
  renderTimeline(view.timeline);

  rateForm.hidden = !view.canRate;
  reopenForm.hidden = !view.canReopen;
  if (view.canReopen && view.reopenUntil) {
    setMessage(reopenUntil, 'track.reopen.until', { date: formatDateTime(view.reopenUntil) });
    reopenUntil.hidden = false;
  } else {
    setPlain(reopenUntil, '');
    reopenUntil.hidden = true;
  }
  result.hidden = false;
}

function clearAll() {
  codeErrors.clear();
  rateErrors.clear();
  reopenErrors.clear();
  describedBy(input, errorBox.id, false);
  input.removeAttribute('aria-invalid');
  setPlain(savedBox, '');
}

function rememberCode(code) {
  const url = new URL(window.location.href);
  url.searchParams.set('code', code);
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

function showLookupError(error) {
  if (error.network) {
    showBox(errorBox, { key: 'error.network' });
    return;
  }
  const problem = error.problem || {};
  let key = 'track.error.generic';
  if (error.status === 404) {
    key = problem.code === 'tracking-mistyped' ? 'track.error.mistyped' : 'track.error.notFound';
  }
  // The server's detail says what went wrong (for a mistyped code: "did you mistype?").
  const detail = error.status === 404 || error.status === 400 ? problem.detail || problem.title : problem.detail;
  showBox(errorBox, detail ? { text: detail } : { key });
  if (error.status === 404 || error.status === 400) {
    input.setAttribute('aria-invalid', 'true');
    describedBy(input, errorBox.id, true);
  }
}

async function lookup(code, { moveFocus }) {
  const seq = ++lookupSeq;
  clearAll();
  view = null;
  render();
  setMessage(statusBox, 'track.loading');
  const done = busy(submit);
  try {
    const data = await apiGet(`/api/feedback/${encodeURIComponent(code)}`);
    if (seq !== lookupSeq) {
      return;
    }
    view = data || null;
    render();
    setMessage(statusBox, 'track.found');
    rememberCode(view && view.trackingCode ? view.trackingCode : code);
    if (moveFocus) {
      resultTitle.focus();
    }
  } catch (error) {
    if (seq !== lookupSeq) {
      return;
    }
    setPlain(statusBox, '');
    showLookupError(error);
    if (moveFocus) {
      input.focus();
    }
  } finally {
    done();
  }
}

function onLookup(event) {
  event.preventDefault();
  if (isBusy(submit)) {
    return;
  }
  clearAll();
  if (!input.value.trim()) {
    codeErrors.set('code', { key: 'track.error.empty' });
    codeErrors.showSummary({ key: 'track.error.empty' });
    return;
  }
  const code = normaliseCode(input.value);
  if (!code) {
    codeErrors.set('code', { key: 'track.error.format' });
    codeErrors.showSummary({ key: 'track.error.format' });
    return;
  }
  input.value = code;
  lookup(code, { moveFocus: true });
}

function actionDone(data, savedKey) {
  view = data || view;
  render();
  setMessage(savedBox, savedKey);
  savedBox.setAttribute('tabindex', '-1');
  savedBox.focus();
}

function showActionError(errors, error, fallbackKey) {
  if (error.status === 404 || error.status === 409 || error.status === 429) {
    const problem = error.problem || {};
    showBox(errorBox, problem.detail ? { text: problem.detail } : { key: fallbackKey });
    return;
  }
  errors.showProblem(error, { fallbackKey });
}

async function onRate(event) {
  event.preventDefault();
  if (!view || isBusy(rateSubmit)) {
    return;
  }
  clearAll();
  const checked = resolutionRadios.find((radio) => radio.checked);
  if (!checked) {
    rateErrors.set('rating', { key: 'track.rate.error' });
    rateErrors.showSummary({ key: 'track.error.fix' });
    return;
  }
  const done = busy(rateSubmit);
  try {
    const data = await apiPost(`/api/feedback/${encodeURIComponent(view.trackingCode)}/resolution-rating`, {
      rating: Number(checked.value),
    });
    resolutionRadios.forEach((radio) => {
      radio.checked = false;
    });
    actionDone(data, 'track.rate.saved');
  } catch (error) {
    showActionError(rateErrors, error, 'track.error.generic');
  } finally {
    done();
  }
}

async function onReopen(event) {
  event.preventDefault();
  if (!view || isBusy(reopenSubmit)) {
    return;
  }
  clearAll();
  const reason = reopenReason.value.trim();
  if (!reason) {
    reopenErrors.set('reason', { key: 'track.reopen.error' });
    reopenErrors.showSummary({ key: 'track.error.fix' });
    return;
  }
  const done = busy(reopenSubmit);
  try {
    const data = await apiPost(`/api/feedback/${encodeURIComponent(view.trackingCode)}/reopen`, { reason });
    reopenReason.value = '';
    actionDone(data, 'track.reopen.saved');
  } catch (error) {
    showActionError(reopenErrors, error, 'track.error.generic');
  } finally {
    done();
  }
}

async function loadNames() {
  const [departments, places] = await Promise.allSettled([loadCatalog(), loadNeighbourhoods()]);
  if (departments.status === 'fulfilled') {
    catalog = departments.value;
  }
  if (places.status === 'fulfilled') {
    neighbourhoods = places.value;
  }
  render();
}

form.addEventListener('submit', onLookup);
rateForm.addEventListener('submit', onRate);
reopenForm.addEventListener('submit', onReopen);

layoutReady.then(() => {
  onLangChange(render);
  loadNames();
  const fromUrl = new URLSearchParams(window.location.search).get('code');
  if (fromUrl) {
    const code = normaliseCode(fromUrl);
    input.value = code || fromUrl;
    if (code) {
      lookup(code, { moveFocus: false });
    } else {
      codeErrors.set('code', { key: 'track.error.format' });
      codeErrors.showSummary({ key: 'track.error.format' });
    }
  }
});
