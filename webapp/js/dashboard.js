// The officials' dashboard: figures of the official's departments (all for ADMIN and Strategy Development)
// without suppression, KPIs against the year's targets and the previous period, drill-down to the inbox, CSV of
// every table, the activity report PDF, and (for Strategy Development) setting the targets.

import { currentLang, t } from './i18n.js';
import { layoutReady, onLangChange } from './layout.js';
import { apiFetch, apiGet, setCsrfToken } from './api.js';
import { loadCatalog, localName } from './catalog.js';
import { chart, el, fmtNumber, fmtShare, groupName, groupTable, renderSections } from './tp-common.js';

const statusBox = document.getElementById('dash-status');
const errorBox = document.getElementById('dash-error');
const content = document.getElementById('dash-content');
const departmentSelect = document.getElementById('dash-department');
const fromInput = document.getElementById('dash-from');
const toInput = document.getElementById('dash-to');
const targetForm = document.getElementById('dash-target-form');

const KPIS = ['SATISFACTION', 'ON_TIME_RATE', 'MEDIAN_RESPONSE_DAYS', 'REOPEN_RATE', 'RESOLUTION_SATISFACTION'];
const SHARES = new Set(['ON_TIME_RATE', 'REOPEN_RATE']);
const STATUS_MARK = { MET: '✓', AT_RISK: '!', MISSED: '✗', NO_DATA: '–' };

let data = null;
let catalog = null;
let targets = [];

function kpiValue(kpi, value) {
  if (value == null) return '—';
  if (SHARES.has(kpi)) return fmtShare(value);
  if (kpi === 'MEDIAN_RESPONSE_DAYS') return t('tp.days', { n: fmtNumber(value) });
  return fmtNumber(value, 2);
}

function kpiChange(kpi, change) {
  if (change == null) return '—';
  const sign = change > 0 ? '+' : '';
  if (SHARES.has(kpi)) return `${sign}${fmtNumber(change * 100, 1)} ${t('tp.points')}`;
  return sign + fmtNumber(change, kpi === 'MEDIAN_RESPONSE_DAYS' ? 0 : 2);
}

function statusCell(status) {
  return el('span', { class: `kpi-status kpi-${status.toLowerCase()}` }, `${STATUS_MARK[status]} ${t(`tp.status.${status}`)}`);
}

function query(extra = {}) {
  const params = new URLSearchParams();
  if (departmentSelect.value) params.set('department', departmentSelect.value);
  if (fromInput.value) params.set('from', fromInput.value);
  if (toInput.value) params.set('to', toInput.value);
  Object.entries(extra).forEach(([k, v]) => params.set(k, v));
  return params;
}

function csvLink(id, table) {
  document.getElementById(id).setAttribute('href', `/api/admin/transparency/export.csv?${query({ table, lang: currentLang() })}`);
}

function renderKpis() {
  const rows = data.kpis.map((k) => el('tr', { 'data-kpi': k.kpi },
    el('th', { scope: 'row' }, t(`tp.kpi.${k.kpi}`)),
    el('td', {}, kpiValue(k.kpi, k.value)),
    el('td', {}, k.target == null ? t('tp.noTarget') : kpiValue(k.kpi, k.target)),
    el('td', {}, statusCell(k.status)),
    el('td', {}, kpiValue(k.kpi, k.previous)),
    el('td', {}, kpiChange(k.kpi, k.change)),
    el('td', {}, fmtNumber(k.basis))));
  const caption = t('tp.dash.kpiCaption', { scope: groupName(data.total), year: data.targetYear });
  document.getElementById('dash-kpis').replaceChildren(el('div', { class: 'table-wrap', role: 'region',
    'aria-labelledby': 'dash-kpi-caption', tabindex: '0' }, el('table', { id: 'dash-kpi-table', class: 'data-table' },
    el('caption', { id: 'dash-kpi-caption' }, caption),
    el('thead', {}, el('tr', {}, ...['tp.col.kpi', 'tp.col.value', 'tp.col.target', 'tp.col.status', 'tp.col.previous',
      'tp.col.change', 'tp.col.basis'].map((key) => el('th', { scope: 'col' }, t(key))))),
    el('tbody', {}, ...rows))));
  document.getElementById('dash-period-text').textContent = t('tp.dash.periodText', {
    from: data.period.from, to: data.period.to, pfrom: data.previousPeriod.from, pto: data.previousPeriod.to });
  const overdue = document.getElementById('dash-overdue');
  if (data.department) {
    const link = el('a', { id: 'dash-overdue-link', href: `/inbox.html?department=${encodeURIComponent(data.department)}&due=overdue` },
      t('tp.dash.overdueLink'));
    overdue.replaceChildren(t('tp.dash.overdue', { n: fmtNumber(data.overdue) }), ' ', link);
  } else {
    overdue.replaceChildren(t('tp.dash.chooseDepartment'));
  }
  csvLink('dash-kpis-csv', 'kpis');
}

function kpiSummary(group) {
  const counts = { MET: 0, AT_RISK: 0, MISSED: 0 };
  (group.kpis || []).forEach((k) => {
    if (counts[k.status] != null) counts[k.status] += 1;
  });
  const sort = counts.MISSED * 100 + counts.AT_RISK * 10;
  if (counts.MET + counts.AT_RISK + counts.MISSED === 0) return { text: t('tp.noTarget'), sort: null };
  return { text: t('tp.dash.kpiCounts', { met: counts.MET, risk: counts.AT_RISK, missed: counts.MISSED }), sort };
}

function render() {
  if (!data) return;
  const selected = departmentSelect.value;
  departmentSelect.replaceChildren(el('option', { value: '' }, data.allDepartments ? t('tp.dash.allDepartments') : t('tp.dash.myDepartments')),
    ...data.departments.map((d) => el('option', { value: d.code }, groupName(d))));
  departmentSelect.value = selected;
  renderKpis();
  const labels = data.months.map((m) => m.code);
  const trend = document.getElementById('dash-trend');
  chart(trend, { id: 'dash-trend-submissions', title: t('tp.chart.submissions'), labels,
    values: data.months.map((m) => m.submissions), kind: 'bar', labelKey: 'tp.col.month', valueKey: 'tp.col.submissions' });
  const onTime = document.createElement('div');
  trend.append(onTime);
  chart(onTime, { id: 'dash-trend-ontime', title: t('tp.chart.onTime'), labels,
    values: data.months.map((m) => (m.onTimeRate == null ? null : Math.round(m.onTimeRate * 1000) / 10)),
    kind: 'line', labelKey: 'tp.col.month', valueKey: 'tp.col.onTimePercent', format: (v) => fmtNumber(v, 1) });
  csvLink('dash-months-csv', 'months');
  groupTable(document.getElementById('dash-departments'), {
    id: 'dash-departments-table', caption: t('tp.departments.caption'), firstKey: 'tp.col.department', rows: data.departments,
    link: (g) => `/dashboard.html?${new URLSearchParams({ department: g.code, from: fromInput.value, to: toInput.value })}`,
    extra: [{ key: 'tp.col.kpiStatus', cell: kpiSummary }],
  });
  csvLink('dash-departments-csv', 'departments');
  const servicesSection = document.getElementById('dash-services-section');
  servicesSection.hidden = !data.department;
  if (data.department) {
    groupTable(document.getElementById('dash-services'), {
      id: 'dash-services-table', caption: t('tp.services.caption', { department: groupName(data.total) }),
      firstKey: 'tp.col.service', rows: data.services, extra: [{ key: 'tp.col.kpiStatus', cell: kpiSummary }],
    });
    csvLink('dash-services-csv', 'services');
  }
  groupTable(document.getElementById('dash-hoods'), {
    id: 'dash-hoods-table', caption: t('tp.hoods.caption'), firstKey: 'tp.col.neighbourhood', rows: data.neighbourhoods,
  });
  csvLink('dash-hoods-csv', 'neighbourhoods');
  renderSections(document.getElementById('dash-sections'), data.sections || [], 'dash');
  document.getElementById('report-department').value = data.department || '';
  document.getElementById('report-lang').value = currentLang();
  const year = document.getElementById('report-year');
  if (!year.value) year.value = String(data.targetYear);
  renderTargets();
}

function renderTargets() {
  targetForm.hidden = !data.canSetTargets;
  document.getElementById('dash-targets-who').hidden = data.canSetTargets;
  const lang = currentLang();
  const deptName = (code) => (catalog && catalog.department(code) ? localName(catalog.department(code).name, code) : code);
  const serviceName = (code) => (catalog && catalog.service(code) ? localName(catalog.service(code).service.name, code) : code);
  const rows = targets.map((x) => {
    const cells = [
      el('th', { scope: 'row' }, deptName(x.departmentCode)),
      el('td', {}, x.serviceCode ? serviceName(x.serviceCode) : t('tp.targets.wholeDepartment')),
      el('td', {}, t(`tp.kpi.${x.kpi}`)),
      el('td', {}, kpiValue(x.kpi, x.target)),
      el('td', {}, x.setBy),
    ];
    if (data.canSetTargets) {
      const remove = el('button', { type: 'button', class: 'button button-secondary button-small', 'data-target-id': String(x.id) },
        t('tp.targets.remove'));
      remove.addEventListener('click', () => removeTarget(x.id));
      cells.push(el('td', {}, remove));
    }
    return el('tr', {}, ...cells);
  });
  const headers = ['tp.col.department', 'tp.col.service', 'tp.col.kpi', 'tp.col.target', 'tp.targets.setBy'];
  if (data.canSetTargets) headers.push('tp.targets.actions');
  const box = document.getElementById('dash-targets');
  if (targets.length === 0) {
    box.replaceChildren(el('p', { class: 'muted' }, t('tp.targets.none', { year: data.targetYear })));
    return;
  }
  box.replaceChildren(el('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'dash-targets-caption', tabindex: '0' },
    el('table', { id: 'dash-targets-table', class: 'data-table', lang },
      el('caption', { id: 'dash-targets-caption' }, t('tp.targets.caption', { year: data.targetYear })),
      el('thead', {}, el('tr', {}, ...headers.map((key) => el('th', { scope: 'col' }, t(key))))),
      el('tbody', {}, ...rows))));
}

function fillTargetForm() {
  const department = document.getElementById('target-department');
  const service = document.getElementById('target-service');
  const kpi = document.getElementById('target-kpi');
  const chosen = department.value;
  department.replaceChildren(...catalog.departments.map((d) => el('option', { value: d.code }, localName(d.name, d.code))));
  if (chosen) department.value = chosen;
  else if (data.department) department.value = data.department;
  const chosenService = service.value;
  const current = catalog.department(department.value);
  service.replaceChildren(el('option', { value: '' }, t('tp.targets.wholeDepartment')),
    ...((current && current.services) || []).map((s) => el('option', { value: s.code }, localName(s.name, s.code))));
  service.value = chosenService && current && current.services.some((s) => s.code === chosenService) ? chosenService : '';
  const chosenKpi = kpi.value;
  kpi.replaceChildren(...KPIS.map((k) => el('option', { value: k }, t(`tp.kpi.${k}`))));
  if (chosenKpi) kpi.value = chosenKpi;
  const year = document.getElementById('target-year');
  if (!year.value) year.value = String(data.targetYear);
}

async function loadTargets() {
  targets = await apiGet(`/api/admin/transparency/targets?year=${data.targetYear}`);
}

async function removeTarget(id) {
  try {
    await apiFetch(`/api/admin/transparency/targets/${id}`, { method: 'DELETE' });
    await refresh();
    document.getElementById('target-saved').textContent = t('tp.targets.removed');
  } catch (error) {
    showError(error);
  }
}

function showError(error) {
  errorBox.replaceChildren(el('p', {}, error && error.problem && (error.problem.detail || error.problem.title) ? (error.problem.detail || error.problem.title) : t('tp.error')));
}

async function refresh() {
  data = await apiGet(`/api/admin/transparency/dashboard?${query()}`);
  if (!fromInput.value) fromInput.value = data.period.from.slice(0, 7);
  if (!toInput.value) toInput.value = data.period.to.slice(0, 7);
  await loadTargets();
  render();
  if (data.canSetTargets) fillTargetForm();
}

targetForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const errors = document.getElementById('target-errors');
  errors.replaceChildren();
  const kpi = document.getElementById('target-kpi').value;
  const raw = document.getElementById('target-value').value.replace(',', '.');
  const number = raw === '' ? null : Number(raw);
  const body = {
    year: Number(document.getElementById('target-year').value) || null,
    departmentCode: document.getElementById('target-department').value,
    serviceCode: document.getElementById('target-service').value || null,
    kpi,
    target: number == null || Number.isNaN(number) ? null : SHARES.has(kpi) ? number / 100 : number,
  };
  try {
    await apiFetch('/api/admin/transparency/targets', { method: 'PUT', body });
    document.getElementById('target-saved').textContent = t('tp.targets.saved');
    await refresh();
  } catch (error) {
    const items = error.problem && Array.isArray(error.problem.errors) ? error.problem.errors : [];
    errors.replaceChildren(el('p', {}, error.problem ? error.problem.title || t('tp.error') : t('tp.error')),
      el('ul', {}, ...items.map((i) => el('li', {}, i.message))));
    errors.focus();
  }
});

document.getElementById('target-department').addEventListener('change', () => {
  document.getElementById('target-service').value = '';
  fillTargetForm();
});

async function start() {
  const params = new URLSearchParams(window.location.search);
  fromInput.value = /^\d{4}-\d{2}$/.test(params.get('from') || '') ? params.get('from') : '';
  toInput.value = /^\d{4}-\d{2}$/.test(params.get('to') || '') ? params.get('to') : '';
  try {
    const me = await apiGet('/api/auth/me');
    if (me && me.csrfToken) setCsrfToken(me.csrfToken);
    catalog = await loadCatalog();
    const wanted = params.get('department') || '';
    departmentSelect.replaceChildren(el('option', { value: wanted }, wanted));
    departmentSelect.value = wanted;
    await refresh();
    content.hidden = false;
    statusBox.textContent = t('tp.loaded');
  } catch (error) {
    if (error.status === 401) {
      window.location.replace('/login.html');
      return;
    }
    statusBox.textContent = '';
    showError(error);
  }
}

onLangChange(() => {
  render();
  if (data && data.canSetTargets) fillTargetForm();
});
layoutReady.then(start);
