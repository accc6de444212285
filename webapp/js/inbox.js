// Officials' inbox: feedback for the official's departments (all departments for an administrator),
// filtered, ordered by due date and paged with the server's cursor.

import { t } from './i18n.js';
import { layoutReady, onLangChange } from './layout.js';
import { apiGet, setCsrfToken } from './api.js';
import {
  departmentName,
  dueContent,
  label,
  loadCatalog,
  loadNeighbourhoods,
  localName,
  serviceName,
  setMessage,
  setPlain,
  timeElement,
} from './catalog.js';
import { showBox } from './forms.js';

export const STATUSES = Object.freeze(['RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'RESOLVED', 'CLOSED', 'REOPENED']);
const PAGE_SIZE = 25;
const FILTERS = ['department', 'status', 'kind', 'due'];

const statusBox = document.getElementById('inbox-status');
const errorBox = document.getElementById('inbox-error');
const panel = document.getElementById('inbox-panel');
const filtersForm = document.getElementById('inbox-filters');
const departmentSelect = document.getElementById('filter-department');
const rows = document.getElementById('inbox-rows');
const caption = document.getElementById('inbox-caption');
const tableWrap = document.querySelector('.table-wrap');
const empty = document.getElementById('inbox-empty');
const counts = document.getElementById('inbox-counts');
const total = document.getElementById('inbox-total');
const pageLabel = document.getElementById('inbox-page');
const prev = document.getElementById('inbox-prev');
const next = document.getElementById('inbox-next');
const selects = {
  department: departmentSelect,
  status: document.getElementById('filter-status'),
  kind: document.getElementById('filter-kind'),
  due: document.getElementById('filter-due'),
};

let me = null;
let catalog = null;
let neighbourhoods = [];
let filters = {};
let cursor = null;
let previous = [];
let page = null;
let loading = false;

function isAdmin() {
  return Boolean(me && Array.isArray(me.roles) && me.roles.includes('ADMIN'));
}

function toLogin() {
  window.location.replace('/login.html');
}

/** The departments this user may filter by: all for an administrator, else the user's own. */
function departmentCodes() {
  if (isAdmin() && catalog) {
    return catalog.departments.map((d) => d.code);
  }
  return Array.isArray(me && me.departments) ? me.departments : [];
}

function renderDepartmentOptions() {
  const value = departmentSelect.value || filters.department || '';
  const all = document.createElement('option');
  all.value = '';
  setMessage(all, isAdmin() ? 'inbox.filter.allDepartmentsAdmin' : 'inbox.filter.allDepartments');
  const options = departmentCodes()
    .map((code) => ({ code, name: departmentName(catalog, code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'tr'))
    .map(({ code, name }) => {
      const option = document.createElement('option');
      option.value = code;
      option.textContent = name;
      return option;
    });
  departmentSelect.replaceChildren(all, ...options);
  departmentSelect.value = options.some((o) => o.value === value) ? value : '';
}

function readFilters() {
  const params = new URLSearchParams(window.location.search);
  const read = {};
  FILTERS.forEach((name) => {
    const value = params.get(name);
    if (value) {
      read[name] = value;
    }
  });
  return read;
}

function applyFiltersToForm() {
  FILTERS.forEach((name) => {
    const select = selects[name];
    const value = filters[name] || '';
    select.value = Array.from(select.options).some((o) => o.value === value) ? value : '';
  });
}

function rememberFilters() {
  const url = new URL(window.location.href);
  FILTERS.forEach((name) => {
    if (filters[name]) {
      url.searchParams.set(name, filters[name]);
    } else {
      url.searchParams.delete(name);
    }
  });
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

function neighbourhoodName(code) {
  if (!code) {
    return '';
  }
  const found = neighbourhoods.find((n) => n.code === code);
  return found ? localName(found.name, code) : code;
}

function cell(content, className) {
  const td = document.createElement('td');
  if (className) {
    td.className = className;
  }
  if (content instanceof Node) {
    td.append(content);
  } else {
    td.textContent = content == null ? '' : String(content);
  }
  return td;
}

function row(item) {
  const tr = document.createElement('tr');
  if (item.overdue) {
    tr.className = 'is-overdue';
  }
  const head = document.createElement('th');
  head.scope = 'row';
  const link = document.createElement('a');
  link.className = 'inbox-open';
  link.dataset.code = item.trackingCode;
  link.href = `/inbox-item.html?code=${encodeURIComponent(item.trackingCode)}`;
  link.textContent = item.trackingCode;
  head.append(link);

  const service = document.createDocumentFragment();
  service.append(serviceName(catalog, item.serviceCode));
  if (item.departmentCode) {
    const dept = document.createElement('span');
    dept.className = 'cell-sub';
    dept.textContent = departmentName(catalog, item.departmentCode);
    service.append(dept);
  }
  const assignee = item.assignee
    ? document.createTextNode(item.assignee)
    : Object.assign(document.createElement('span'), { className: 'muted', textContent: t('inbox.unassigned') });

  tr.append(
    head,
    cell(label('kind', item.kind)),
    cell(label('status', item.status)),
    cell(service, 'service-cell'),
    cell(neighbourhoodName(item.neighbourhoodCode)),
    cell(item.createdAt ? timeElement(item.createdAt) : ''),
    cell(item.dueDate ? dueContent(item.dueDate, item.overdue) : '', 'nowrap'),
    cell(assignee),
    cell(item.excerpt || '', 'excerpt'),
  );
  return tr;
}

function renderCounts() {
  const data = (page && page.counts) || {};
  counts.replaceChildren(
    ...STATUSES.map((status) => {
      const item = document.createElement('li');
      item.textContent = t('inbox.counts.item', { status: label('status', status), n: Number(data[status] || 0) });
      return item;
    }),
  );
  if (page && typeof page.total === 'number') {
    setMessage(total, 'inbox.total', { n: page.total });
  } else {
    setPlain(total, '');
  }
}

function render() {
  if (!me) {
    return;
  }
  renderDepartmentOptions();
  const number = previous.length + 1;
  setMessage(caption, 'inbox.caption', { page: number });
  setMessage(pageLabel, 'inbox.page', { page: number });
  const items = (page && Array.isArray(page.items) && page.items) || [];
  rows.replaceChildren(...items.map(row));
  empty.hidden = !page || items.length > 0;
  tableWrap.hidden = Boolean(page) && items.length === 0;
  renderCounts();
  prev.disabled = previous.length === 0;
  next.disabled = !(page && page.nextCursor);
}

async function load({ focusAfter } = {}) {
  if (loading) {
    return;
  }
  loading = true;
  tableWrap.setAttribute('aria-busy', 'true');
  errorBox.replaceChildren();
  setMessage(statusBox, 'inbox.loading');
  const params = new URLSearchParams();
  FILTERS.forEach((name) => {
    if (filters[name]) {
      params.set(name, filters[name]);
    }
  });
  if (cursor) {
    params.set('after', cursor);
  }
  params.set('limit', String(PAGE_SIZE));
  try {
    page = await apiGet(`/api/admin/feedback/inbox?${params}`);
    render();
    const shown = Array.isArray(page && page.items) ? page.items.length : 0;
    setMessage(statusBox, 'inbox.loaded', { n: shown, page: previous.length + 1 });
    if (focusAfter && (document.activeElement === document.body || document.activeElement.disabled)) {
      (tableWrap.hidden ? empty : tableWrap).focus();
    }
    return true;
  } catch (error) {
    if (error.status === 401) {
      toLogin();
      return false;
    }
    setPlain(statusBox, '');
    const detail = error.problem && (error.problem.detail || error.problem.title);
    showBox(errorBox, error.network ? { key: 'error.network' } : detail ? { text: detail } : { key: 'inbox.error.load' });
    return false;
  } finally {
    loading = false;
    tableWrap.removeAttribute('aria-busy');
  }
}

function onApply(event) {
  event.preventDefault();
  filters = {};
  FILTERS.forEach((name) => {
    if (selects[name].value) {
      filters[name] = selects[name].value;
    }
  });
  rememberFilters();
  cursor = null;
  previous = [];
  load();
}

async function onNext() {
  if (!page || !page.nextCursor || loading) {
    return;
  }
  const before = { cursor, previous: [...previous] };
  previous.push(cursor);
  cursor = page.nextCursor;
  if (!(await load({ focusAfter: true }))) {
    ({ cursor, previous } = before);
    render();
  }
}

async function onPrev() {
  if (previous.length === 0 || loading) {
    return;
  }
  const before = { cursor, previous: [...previous] };
  cursor = previous.pop();
  if (!(await load({ focusAfter: true }))) {
    ({ cursor, previous } = before);
    render();
  }
}

async function start() {
  try {
    me = await apiGet('/api/auth/me');
  } catch (error) {
    if (error.status === 401) {
      toLogin();
      return;
    }
    setPlain(statusBox, '');
    showBox(errorBox, { key: error.network ? 'error.network' : 'staff.error.load' });
    return;
  }
  if (me && me.csrfToken) {
    setCsrfToken(me.csrfToken);
  }
  const [departments, places] = await Promise.allSettled([loadCatalog(), loadNeighbourhoods()]);
  catalog = departments.status === 'fulfilled' ? departments.value : null;
  neighbourhoods = places.status === 'fulfilled' ? places.value : [];
  filters = readFilters();
  render();
  applyFiltersToForm();
  panel.hidden = false;
  await load();
}

tableWrap.setAttribute('tabindex', '0');
empty.setAttribute('tabindex', '-1');
filtersForm.addEventListener('submit', onApply);
next.addEventListener('click', onNext);
prev.addEventListener('click', onPrev);

layoutReady.then(() => {
  onLangChange(render);
  return start();
});
