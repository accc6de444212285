// Staff panel: who is signed in, and log out.

import { currentLang, t } from './i18n.js';
import { layoutReady, onLangChange } from './layout.js';
import { apiGet, apiPost, getCsrfToken, setCsrfToken } from './api.js';

const loading = document.getElementById('staff-loading');
const errorBox = document.getElementById('staff-error');
const panel = document.getElementById('staff-panel');
const logoutButton = document.getElementById('logout');

let me = null;
let departmentNames = new Map();

function showError(key) {
  errorBox.replaceChildren();
  const paragraph = document.createElement('p');
  paragraph.setAttribute('data-i18n', key);
  paragraph.textContent = t(key);
  errorBox.append(paragraph);
}

function roleLabel(role) {
  const key = `role.${role}`;
  const label = t(key);
  return label === key ? role : label;
}

function departmentLabel(code) {
  const name = departmentNames.get(code);
  if (!name) {
    return code;
  }
  return name[currentLang()] || name.tr || name.en || code;
}

function listItem(label, code) {
  const item = document.createElement('li');
  item.append(label);
  if (code && code !== label) {
    const codeSpan = document.createElement('span');
    codeSpan.className = 'code';
    codeSpan.textContent = ` (${code})`;
    item.append(codeSpan);
  }
  return item;
}

function fillList(id, values, toLabel, emptyKey) {
  const list = document.getElementById(id);
  if (values.length === 0) {
    const item = document.createElement('li');
    item.textContent = t(emptyKey);
    list.replaceChildren(item);
    return;
  }
  list.replaceChildren(...values.map((value) => listItem(toLabel(value), value)));
}

function render() {
  if (!me) {
    return;
  }
  const welcome = document.getElementById('staff-welcome');
  const params = { displayName: me.displayName || me.username || '' };
  welcome.setAttribute('data-i18n', 'staff.welcome');
  welcome.setAttribute('data-i18n-params', JSON.stringify(params));
  welcome.textContent = t('staff.welcome', params);
  fillList('staff-roles', Array.isArray(me.roles) ? me.roles : [], roleLabel, 'staff.roles.none');
  fillList(
    'staff-departments',
    Array.isArray(me.departments) ? me.departments : [],
    departmentLabel,
    'staff.departments.none',
  );
}

/** Department names are a nicety: the codes are shown when the catalogue cannot be read. */
async function loadDepartmentNames() {
  try {
    const departments = await apiGet('/api/catalog/departments');
    if (Array.isArray(departments)) {
      departmentNames = new Map(departments.map((d) => [d.code, d.name]));
      render();
    }
  } catch {
    // Keep the codes.
  }
}

async function loadMe() {
  try {
    me = await apiGet('/api/auth/me');
  } catch (error) {
    if (error.status === 401) {
      window.location.replace('/login.html');
      return;
    }
    loading.hidden = true;
    showError(error.network ? 'error.network' : 'staff.error.load');
    return;
  }
  if (me && me.csrfToken) {
    setCsrfToken(me.csrfToken);
  }
  loading.hidden = true;
  panel.hidden = false;
  render();
  if (Array.isArray(me.departments) && me.departments.length > 0) {
    loadDepartmentNames();
  }
}

async function logout() {
  if (logoutButton.getAttribute('aria-disabled') === 'true') {
    return;
  }
  errorBox.replaceChildren();
  logoutButton.setAttribute('aria-disabled', 'true');
  const token = getCsrfToken() || (me && me.csrfToken) || undefined;
  try {
    await apiPost('/api/auth/logout', undefined, { csrfToken: token });
  } catch (error) {
    // 401: the session had already ended, which is what the visitor wanted.
    if (error.status !== 401) {
      logoutButton.removeAttribute('aria-disabled');
      showError(error.network ? 'error.network' : 'staff.error.logout');
      return;
    }
  }
  setCsrfToken(null);
  window.location.assign('/login.html?loggedOut=1');
}

logoutButton.addEventListener('click', logout);

layoutReady.then(() => {
  onLangChange(render);
  return loadMe();
});
