// Shared helpers of the proposal pages: the session, flash messages across reloads, problem display,
// and small element builders whose text follows the language switch (data-i18n).

import { t } from './i18n.js';
import { apiGet, setCsrfToken } from './api.js';

const FLASH_KEY = 'ks.flash';

/** The logged-in session ({username, displayName, roles, csrfToken}) or null. */
export async function currentSession() {
  try {
    const me = await apiGet('/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch {
    return null;
  }
}

export function hasRole(session, ...roles) {
  return !!session && roles.some((r) => (session.roles || []).includes(r));
}

/** Remembers a message key to show after the next page load. */
export function flash(key, params = {}) {
  try {
    sessionStorage.setItem(FLASH_KEY, JSON.stringify({ key, params }));
  } catch {
    // no storage: the message is skipped
  }
}

/** Shows (and forgets) a flashed message in the element. */
export function showFlash(element) {
  try {
    const raw = sessionStorage.getItem(FLASH_KEY);
    sessionStorage.removeItem(FLASH_KEY);
    if (raw && element) {
      const { key, params } = JSON.parse(raw);
      text(element, key, params);
    }
  } catch {
    // ignore
  }
}

/** Sets a translated text that follows language changes. */
export function text(element, key, params) {
  element.setAttribute('data-i18n', key);
  if (params && Object.keys(params).length > 0) {
    element.setAttribute('data-i18n-params', JSON.stringify(params));
  } else {
    element.removeAttribute('data-i18n-params');
  }
  element.textContent = t(key, params || {});
  return element;
}

export function el(tag, attrs = {}, key, params) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null) {
      e.setAttribute(k, v);
    }
  }
  if (key) {
    text(e, key, params);
  }
  return e;
}

/** Writes a failed call into an alert box: the problem's detail and any field messages. */
export function showProblem(box, error, fallbackKey) {
  box.replaceChildren();
  const problem = error && error.problem;
  const p = document.createElement('p');
  if (problem && (problem.detail || problem.title)) {
    p.textContent = problem.detail || problem.title;
  } else {
    text(p, fallbackKey);
  }
  box.append(p);
  if (problem && Array.isArray(problem.errors) && problem.errors.length > 0) {
    const ul = document.createElement('ul');
    problem.errors.forEach((f) => {
      const li = document.createElement('li');
      li.textContent = f.message;
      ul.append(li);
    });
    box.append(ul);
  }
  box.focus?.();
}

/** Field errors of a problem by field name. */
export function fieldErrors(error) {
  const out = {};
  const list = error && error.problem && Array.isArray(error.problem.errors) ? error.problem.errors : [];
  list.forEach((f) => {
    out[f.field] = out[f.field] ? `${out[f.field]} ${f.message}` : f.message;
  });
  return out;
}

/** Shows field errors under inputs: errors[name] goes into #<prefix>-<name>-error, the input gets aria-invalid. */
export function markFields(prefix, names, errors) {
  names.forEach((name) => {
    const input = document.getElementById(`${prefix}-${name}`);
    const box = document.getElementById(`${prefix}-${name}-error`);
    if (!input || !box) {
      return;
    }
    if (errors[name]) {
      box.textContent = errors[name];
      input.setAttribute('aria-invalid', 'true');
    } else {
      box.textContent = '';
      input.removeAttribute('aria-invalid');
    }
  });
}
