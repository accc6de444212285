// The municipality's catalogue (departments, services, neighbourhoods) as the pages need it,
// Turkish-insensitive text folding for searching it, and date formatting in the page language.

import { currentLang, t } from './i18n.js';
import { apiGet } from './api.js';

let departmentsRequest = null;
let neighbourhoodsRequest = null;

/** Picks the name in the page language, falling back to the other language, then to fallback. */
export function localName(name, fallback = '') {
  if (name && typeof name === 'object') {
    return name[currentLang()] || name.tr || name.en || fallback;
  }
  return typeof name === 'string' && name ? name : fallback;
}

const FOLD = { ç: 'c', ğ: 'g', ı: 'i', ö: 'o', ş: 's', ü: 'u', â: 'a', î: 'i', û: 'u' };

/**
 * Text for comparison whatever the case and Turkish letters: Turkish lower-casing (İ→i, I→ı),
 * then ç→c, ğ→g, ı→i, ö→o, ş→s, ü→u (and the circumflex vowels), other accents dropped.
 */
export function fold(text) {
  return String(text || '')
    .toLocaleLowerCase('tr')
    .replace(/[çğıöşüâîû]/g, (c) => FOLD[c])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The catalogue indexed for the pages:
 * departments (as the API lists them), department(code), service(code) → {service, department}.
 */
export function indexCatalog(list) {
  const departments = Array.isArray(list) ? list : [];
  const byDepartment = new Map();
  const byService = new Map();
  departments.forEach((department) => {
    byDepartment.set(department.code, department);
    (Array.isArray(department.services) ? department.services : []).forEach((service) => {
      byService.set(service.code, { service, department });
    });
  });
  return {
    departments,
    department: (code) => byDepartment.get(code) || null,
    service: (code) => byService.get(code) || null,
    services: () => Array.from(byService.values()),
  };
}

/** GET /api/catalog/departments once per page; resolves with indexCatalog(...), rejects with ApiError. */
export function loadCatalog() {
  if (!departmentsRequest) {
    departmentsRequest = apiGet('/api/catalog/departments').then(indexCatalog);
    departmentsRequest.catch(() => {
      departmentsRequest = null;
    });
  }
  return departmentsRequest;
}

/** GET /api/catalog/neighbourhoods once per page: [{code, name}]. */
export function loadNeighbourhoods() {
  if (!neighbourhoodsRequest) {
    neighbourhoodsRequest = apiGet('/api/catalog/neighbourhoods').then((data) => (Array.isArray(data) ? data : []));
    neighbourhoodsRequest.catch(() => {
      neighbourhoodsRequest = null;
    });
  }
  return neighbourhoodsRequest;
}

/** Department name in the page language, else the code. */
export function departmentName(catalog, code) {
  const department = catalog && code ? catalog.department(code) : null;
  return department ? localName(department.name, code) : code || '';
}

/** Service name in the page language, else the code. */
export function serviceName(catalog, code) {
  const entry = catalog && code ? catalog.service(code) : null;
  return entry ? localName(entry.service.name, code) : code || '';
}

/** The service standard as {key, params} for t(), or null when the service has none. */
export function serviceStandard(service) {
  const days = Number(service && service.responseDays);
  if (!Number.isFinite(days) || days <= 0) {
    return null;
  }
  return { key: service.workingDays ? 'service.standard.workingDays' : 'service.standard.days', params: { n: days } };
}

/** Sets an element's text from a message key so that it follows language changes. */
export function setMessage(element, key, params) {
  element.setAttribute('data-i18n', key);
  if (params) {
    element.setAttribute('data-i18n-params', JSON.stringify(params));
  } else {
    element.removeAttribute('data-i18n-params');
  }
  element.textContent = t(key, params || {});
}

/** Sets an element's text as given (from the server, or already formatted), dropping any message key. */
export function setPlain(element, text) {
  element.removeAttribute('data-i18n');
  element.removeAttribute('data-i18n-params');
  element.textContent = text == null ? '' : String(text);
}

/** Label for an enumerated value (status.X, kind.X, …); the value itself when there is no message. */
export function label(prefix, value) {
  if (!value) {
    return '';
  }
  const key = `${prefix}.${value}`;
  const text = t(key);
  return text === key ? String(value) : text;
}

function locale() {
  return currentLang() === 'tr' ? 'tr-TR' : 'en-GB';
}

const TIME_ZONE = 'Europe/Istanbul';

/** "2026-03-14" (a calendar date) → "14 Mart 2026" / "14 March 2026". Other values are returned as given. */
export function formatDate(value) {
  if (!value) {
    return '';
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
  if (match) {
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
    return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      date,
    );
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return String(value);
  }
  return new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** An instant ("2026-03-14T09:30:00Z") → date and time in İstanbul, in the page language. */
export function formatDateTime(value) {
  if (!value) {
    return '';
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(String(value))) {
    return formatDate(value);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return String(value);
  }
  return new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** A <time> element for a date or an instant. */
export function timeElement(value, { withTime = false, id } = {}) {
  const time = document.createElement('time');
  if (id) {
    time.id = id;
  }
  if (value) {
    time.dateTime = String(value);
  }
  time.textContent = withTime ? formatDateTime(value) : formatDate(value);
  return time;
}

/** Fills a details row (the <dd> with this id); a row without content is hidden with its term. */
export function setRow(id, content) {
  const cell = document.getElementById(id);
  if (!cell) {
    return;
  }
  const row = cell.parentElement;
  if (content === null || content === undefined || content === '') {
    row.hidden = true;
    cell.replaceChildren();
    return;
  }
  row.hidden = false;
  cell.replaceChildren(content instanceof Node ? content : document.createTextNode(String(content)));
}

/** A due date with, when overdue, a badge that says so in words (not by colour alone). */
export function dueContent(dueDate, overdue, badgeId) {
  const content = document.createDocumentFragment();
  content.append(timeElement(dueDate));
  if (overdue) {
    const badge = document.createElement('span');
    if (badgeId) {
      badge.id = badgeId;
    }
    badge.className = 'badge badge-overdue';
    badge.textContent = t('date.overdue');
    content.append(' ', badge);
  }
  return content;
}

/** Paragraph elements for plain text whose paragraphs are separated by blank lines (never parsed as HTML). */
export function paragraphs(text) {
  return String(text || '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = part;
      return paragraph;
    });
}
