// Home page: the list of departments and their services from the catalogue.

import { currentLang, t } from './i18n.js';
import { layoutReady, onLangChange } from './layout.js';
import { apiGet } from './api.js';

const DEPARTMENTS_URL = '/api/catalog/departments';

let departments = null;
let failed = false;

/** Picks the name in the page language, falling back to the other language, then to the code. */
export function localName(name, fallback = '') {
  if (name && typeof name === 'object') {
    return name[currentLang()] || name.tr || name.en || fallback;
  }
  return typeof name === 'string' && name ? name : fallback;
}

function responseTime(service) {
  const days = Number(service.responseDays);
  if (!Number.isFinite(days) || days <= 0) {
    return null;
  }
  const key = service.workingDays ? 'home.departments.workingDays' : 'home.departments.days';
  return t(key, { n: days });
}

function renderService(service) {
  const item = document.createElement('li');
  const name = document.createElement('span');
  name.className = 'service-name';
  name.textContent = localName(service.name, service.code || '');
  item.append(name);
  const time = responseTime(service);
  if (time) {
    const days = document.createElement('span');
    days.className = 'service-days';
    days.textContent = t('home.departments.responseTime', { time });
    item.append(' ', days);
  }
  return item;
}

function renderDepartment(department, open) {
  const details = document.createElement('details');
  details.dataset.code = department.code || '';
  if (department.code) {
    details.id = `department-${department.code}`;
  }
  details.open = open;
  const summary = document.createElement('summary');
  summary.textContent = localName(department.name, department.code || '');
  details.append(summary);

  const services = Array.isArray(department.services) ? department.services : [];
  if (services.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'service-list muted';
    empty.textContent = t('home.departments.noServices');
    details.append(empty);
  } else {
    const list = document.createElement('ul');
    list.className = 'service-list';
    list.setAttribute('aria-label', t('home.departments.servicesOf', { name: summary.textContent }));
    services.forEach((service) => list.append(renderService(service)));
    details.append(list);
  }
  return details;
}

function setStatus(key) {
  const status = document.getElementById('departments-status');
  if (!status) {
    return;
  }
  if (key) {
    status.setAttribute('data-i18n', key);
    status.textContent = t(key);
    status.hidden = false;
  } else {
    status.removeAttribute('data-i18n');
    status.textContent = '';
    status.hidden = true;
  }
}

function render() {
  const container = document.getElementById('departments');
  if (!container) {
    return;
  }
  if (failed) {
    container.replaceChildren();
    setStatus('home.departments.error');
    return;
  }
  if (departments === null) {
    setStatus('home.departments.loading');
    return;
  }
  if (departments.length === 0) {
    container.replaceChildren();
    setStatus('home.departments.empty');
    return;
  }
  // Keep the departments a visitor opened when the list is drawn again (e.g. after a language change).
  const open = new Set(
    Array.from(container.querySelectorAll('details[open]'), (details) => details.dataset.code),
  );
  container.replaceChildren(...departments.map((d) => renderDepartment(d, open.has(d.code || ''))));
  setStatus(null);
}

async function loadDepartments() {
  try {
    const data = await apiGet(DEPARTMENTS_URL);
    departments = Array.isArray(data) ? data : [];
    failed = false;
  } catch (error) {
    console.error('Departments could not be loaded', error);
    failed = true;
  }
  render();
}

layoutReady.then(() => {
  onLangChange(render);
  return loadDepartments();
});
