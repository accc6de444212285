// The public transparency page: figures per department, service, neighbourhood and month for a period, with
// accessible charts, sortable tables and the features' own sections. Figures from fewer than 5 responses are
// withheld by the server and shown as "too few responses".

import { currentLang, t } from './i18n.js';
import { layoutReady, onLangChange } from './layout.js';
import { apiGet } from './api.js';
import { chart, el, figure, fmtNumber, groupName, groupTable, renderSections } from './tp-common.js';

const statusBox = document.getElementById('tp-status');
const errorBox = document.getElementById('tp-error');
const content = document.getElementById('tp-content');
const fromInput = document.getElementById('tp-from');
const toInput = document.getElementById('tp-to');
const departmentSelect = document.getElementById('tp-department');

let summary = null;
let hoods = null;
let services = null;

function query() {
  const params = new URLSearchParams();
  if (fromInput.value) params.set('from', fromInput.value);
  if (toInput.value) params.set('to', toInput.value);
  return params;
}

function showError(error) {
  const p = el('p', {}, error && error.problem && error.problem.detail ? error.problem.detail : t('tp.error'));
  errorBox.replaceChildren(p);
  statusBox.textContent = '';
}

function renderTotal() {
  const total = summary.total;
  const items = [
    ['tp.col.submissions', figure(total, 'submissions').text],
    ['tp.col.satisfaction', figure(total, 'satisfaction').text],
    ['tp.col.ratings', figure(total, 'satisfaction.ratings').text],
    ['tp.col.onTime', figure(total, 'onTimeRate').text],
    ['tp.col.median', figure(total, 'medianResponseDays').text],
    ['tp.col.p90', figure(total, 'p90ResponseDays').text],
    ['tp.col.resolutionMedian', figure(total, 'medianResolutionDays').text],
    ['tp.col.reopen', figure(total, 'reopenRate').text],
    ['tp.col.resolution', figure(total, 'resolutionSatisfaction').text],
  ];
  document.getElementById('tp-total').replaceChildren(...items.flatMap(([key, value]) => [
    el('dt', {}, t(key)), el('dd', {}, value)]));
  const byKind = total.byKind || {};
  const kinds = Object.keys(byKind).map((k) => `${t(`kind.${k}`)}: ${byKind[k] == null ? t('tp.tooFew') : fmtNumber(byKind[k])}`);
  document.getElementById('tp-total').append(el('dt', {}, t('tp.byKind')), el('dd', { id: 'tp-by-kind' }, kinds.join(' · ')));
  document.getElementById('tp-period-text').textContent = t('tp.period.text', { from: summary.period.from, to: summary.period.to });
}

function renderCharts() {
  const labels = summary.months.map((m) => m.code);
  chart(document.getElementById('tp-trend'), {
    id: 'tp-trend-submissions', title: t('tp.chart.submissions'), labels,
    values: summary.months.map((m) => (m.submissions == null ? null : m.submissions)),
    kind: 'bar', labelKey: 'tp.col.month', valueKey: 'tp.col.submissions',
  });
  const satisfaction = document.createElement('div');
  document.getElementById('tp-trend').append(satisfaction);
  chart(satisfaction, {
    id: 'tp-trend-satisfaction', title: t('tp.chart.satisfaction'), labels,
    values: summary.months.map((m) => (m.satisfaction && m.satisfaction.mean != null ? m.satisfaction.mean : null)),
    kind: 'line', labelKey: 'tp.col.month', valueKey: 'tp.col.satisfactionMean', format: (v) => fmtNumber(v, 2),
  });
  const dist = summary.total.satisfaction ? summary.total.satisfaction.distribution : [null, null, null, null, null];
  chart(document.getElementById('tp-dist'), {
    id: 'tp-distribution', title: t('tp.chart.distribution'), labels: ['1', '2', '3', '4', '5'],
    values: dist, kind: 'bar', labelKey: 'tp.col.rating', valueKey: 'tp.col.count',
  });
}

function renderDepartments() {
  groupTable(document.getElementById('tp-departments'), {
    id: 'tp-departments-table', caption: t('tp.departments.caption'), firstKey: 'tp.col.department',
    rows: summary.departments,
  });
  const csv = new URLSearchParams(query());
  csv.set('table', 'departments');
  csv.set('lang', currentLang());
  document.getElementById('tp-departments-csv').setAttribute('href', `/api/transparency/export.csv?${csv}`);
  const selected = departmentSelect.value;
  departmentSelect.replaceChildren(el('option', { value: '' }, t('tp.services.none')),
    ...summary.departments.map((d) => el('option', { value: d.code }, groupName(d))));
  departmentSelect.value = selected;
}

function renderServices() {
  const box = document.getElementById('tp-services');
  if (!services) {
    box.replaceChildren();
    return;
  }
  groupTable(box, {
    id: 'tp-services-table', caption: t('tp.services.caption', { department: groupName(summary.departments.find((d) => d.code === services.department) || { code: services.department }) }),
    firstKey: 'tp.col.service', rows: services.rows,
  });
}

function renderHoods() {
  groupTable(document.getElementById('tp-hoods'), {
    id: 'tp-hoods-table', caption: t('tp.hoods.caption'), firstKey: 'tp.col.neighbourhood', rows: hoods.rows,
  });
  const csv = new URLSearchParams(query());
  csv.set('table', 'neighbourhoods');
  csv.set('lang', currentLang());
  document.getElementById('tp-hoods-csv').setAttribute('href', `/api/transparency/export.csv?${csv}`);
}

function render() {
  if (!summary || !hoods) return;
  renderTotal();
  renderCharts();
  renderDepartments();
  renderServices();
  renderHoods();
  renderSections(document.getElementById('tp-sections'), summary.sections || [], 'tp');
}

async function loadServices() {
  const code = departmentSelect.value;
  if (!code) {
    services = null;
    renderServices();
    return;
  }
  try {
    services = await apiGet(`/api/transparency/departments/${encodeURIComponent(code)}?${query()}`);
    renderServices();
  } catch (error) {
    showError(error);
  }
}

async function load() {
  const params = new URLSearchParams(window.location.search);
  fromInput.value = /^\d{4}-\d{2}$/.test(params.get('from') || '') ? params.get('from') : '';
  toInput.value = /^\d{4}-\d{2}$/.test(params.get('to') || '') ? params.get('to') : '';
  try {
    [summary, hoods] = await Promise.all([
      apiGet(`/api/transparency/summary?${query()}`),
      apiGet(`/api/transparency/neighbourhoods?${query()}`),
    ]);
    if (!fromInput.value) fromInput.value = summary.period.from.slice(0, 7);
    if (!toInput.value) toInput.value = summary.period.to.slice(0, 7);
    content.hidden = false;
    statusBox.textContent = t('tp.loaded');
    render();
  } catch (error) {
    showError(error);
  }
}

departmentSelect.addEventListener('change', loadServices);
onLangChange(() => render());
layoutReady.then(load);
