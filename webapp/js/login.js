// Staff login: POST /api/auth/login, then the staff panel.

import { t } from './i18n.js';
import { layoutReady } from './layout.js';
import { apiPost, setCsrfToken } from './api.js';

const FIELDS = ['username', 'password'];

const form = document.getElementById('login-form');
const errorBox = document.getElementById('login-error');
const statusBox = document.getElementById('status');
const submit = document.getElementById('login-submit');

let busy = false;

/** Shows a message; with a key the text follows language changes, without one it is shown as given. */
function showMessage(box, { key, text, items = [] }) {
  box.replaceChildren();
  const paragraph = document.createElement('p');
  if (key) {
    paragraph.setAttribute('data-i18n', key);
    paragraph.textContent = t(key);
  } else {
    paragraph.textContent = text;
  }
  box.append(paragraph);
  if (items.length > 0) {
    const list = document.createElement('ul');
    items.forEach((message) => {
      const item = document.createElement('li');
      item.textContent = message;
      list.append(item);
    });
    box.append(list);
  }
}

function describedBy(input, id, add) {
  const ids = new Set((input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean));
  if (add) {
    ids.add(id);
  } else {
    ids.delete(id);
  }
  if (ids.size > 0) {
    input.setAttribute('aria-describedby', Array.from(ids).join(' '));
  } else {
    input.removeAttribute('aria-describedby');
  }
}

function setFieldError(field, { key, text }) {
  const input = document.getElementById(field);
  const message = document.getElementById(`${field}-error`);
  if (key) {
    message.setAttribute('data-i18n', key);
    message.textContent = t(key);
  } else {
    message.removeAttribute('data-i18n');
    message.textContent = text;
  }
  input.setAttribute('aria-invalid', 'true');
  describedBy(input, message.id, true);
}

function clearErrors() {
  errorBox.replaceChildren();
  FIELDS.forEach((field) => {
    const input = document.getElementById(field);
    const message = document.getElementById(`${field}-error`);
    message.removeAttribute('data-i18n');
    message.textContent = '';
    input.removeAttribute('aria-invalid');
    describedBy(input, message.id, false);
  });
}

/** "username", "login.arg0.username" and "/username" all name the username field. */
function fieldName(path) {
  const parts = String(path || '').split(/[./[\]]/).filter(Boolean);
  return parts.length > 0 ? parts[parts.length - 1] : '';
}

function focusFirstInvalid() {
  const first = FIELDS.map((field) => document.getElementById(field)).find(
    (input) => input.getAttribute('aria-invalid') === 'true',
  );
  if (first) {
    first.focus();
  }
}

function validate() {
  let valid = true;
  if (!form.username.value.trim()) {
    setFieldError('username', { key: 'login.error.usernameRequired' });
    valid = false;
  }
  if (!form.password.value) {
    setFieldError('password', { key: 'login.error.passwordRequired' });
    valid = false;
  }
  if (!valid) {
    showMessage(errorBox, { key: 'login.error.fixFields' });
    focusFirstInvalid();
  }
  return valid;
}

function showProblem(error) {
  if (error.network) {
    showMessage(errorBox, { key: 'error.network' });
    return;
  }
  const problem = error.problem || {};
  const otherErrors = [];
  (Array.isArray(problem.errors) ? problem.errors : []).forEach((fieldError) => {
    const field = fieldName(fieldError.field);
    const text = fieldError.message || '';
    if (FIELDS.includes(field) && text) {
      setFieldError(field, { text });
    } else if (text) {
      otherErrors.push(text);
    }
  });

  const detail = problem.detail || problem.title;
  if (detail) {
    showMessage(errorBox, { text: detail, items: otherErrors });
  } else {
    let key = 'login.error.generic';
    if (error.status === 401) {
      key = 'login.error.invalid';
    } else if (error.status === 429) {
      key = 'login.error.tooMany';
    }
    showMessage(errorBox, { key, items: otherErrors });
  }
  focusFirstInvalid();
}

async function onSubmit(event) {
  event.preventDefault();
  if (busy) {
    return;
  }
  clearErrors();
  statusBox.replaceChildren();
  if (!validate()) {
    return;
  }
  busy = true;
  submit.setAttribute('aria-disabled', 'true');
  try {
    const user = await apiPost('/api/auth/login', {
      username: form.username.value.trim(),
      password: form.password.value,
    });
    setCsrfToken(user && user.csrfToken);
    window.location.assign('/staff.html');
  } catch (error) {
    showProblem(error);
  } finally {
    busy = false;
    submit.removeAttribute('aria-disabled');
  }
}

layoutReady.then(() => {
  if (new URLSearchParams(window.location.search).get('loggedOut') === '1') {
    showMessage(statusBox, { key: 'login.loggedOut' });
  }
});

form.addEventListener('submit', onSubmit);
