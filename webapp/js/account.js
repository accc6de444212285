// Citizen account: log in with the e-mail address, open an account (with the KVKK notice), verify the
// address from the e-mailed link, reset a forgotten password, download one's data and delete the account.

import { currentLang } from './i18n.js';
import { layoutReady, onLangChange } from './layout.js';
import { apiGet, apiPost, setCsrfToken } from './api.js';
import { currentSession, fieldErrors, flash, hasRole, markFields, showFlash, showProblem, text } from './participation.js';
import { nextFromQuery } from './redirect.js';

const statusBox = document.getElementById('account-status');
const errorBox = document.getElementById('account-error');
const params = new URLSearchParams(window.location.search);
let notice = null;

function nextUrl() {
  return nextFromQuery('/account.html');
}

function fail(error, prefix, names) {
  markFields(prefix, names, fieldErrors(error));
  showProblem(errorBox, error, 'account.error.generic');
  errorBox.focus();
}

function showNotice() {
  const box = document.getElementById('kvkk-text');
  box.replaceChildren();
  if (!notice) {
    return;
  }
  String(currentLang() === 'en' ? notice.en : notice.tr).split(/\n\s*\n/).forEach((para) => {
    const p = document.createElement('p');
    p.textContent = para;
    box.append(p);
  });
}

async function guest() {
  document.getElementById('guest-sections').hidden = false;
  // The forms are shown now, so they get their handlers before anything is awaited: a form sent without one would
  // go to the page itself as a GET, the password in its address.
  document.getElementById('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    errorBox.replaceChildren();
    try {
      const session = await apiPost('/api/auth/login', {
        username: document.getElementById('login-email').value,
        password: document.getElementById('login-password').value,
      });
      setCsrfToken(session.csrfToken);
      window.location.assign(nextUrl());
    } catch (error) {
      showProblem(errorBox, error, 'account.login.failed');
      errorBox.focus();
    }
  });
  const registerFields = ['email', 'password', 'displayName', 'neighbourhoodCode', 'kvkkAcknowledged'];
  document.getElementById('register-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    errorBox.replaceChildren();
    markFields('register', registerFields, {});
    try {
      await apiPost('/api/accounts', {
        email: document.getElementById('register-email').value,
        password: document.getElementById('register-password').value,
        displayName: document.getElementById('register-displayName').value,
        neighbourhoodCode: document.getElementById('register-neighbourhoodCode').value || undefined,
        kvkkAcknowledged: document.getElementById('register-kvkkAcknowledged').checked,
        kvkkNoticeVersion: notice ? notice.version : undefined,
        language: currentLang(),
      });
      document.getElementById('register-form').reset();
      text(statusBox, 'account.register.done');
    } catch (error) {
      fail(error, 'register', registerFields);
    }
  });
  document.getElementById('reset-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    errorBox.replaceChildren();
    markFields('reset', ['email'], {});
    try {
      await apiPost('/api/accounts/password-reset', { email: document.getElementById('reset-email').value });
      text(statusBox, 'account.reset.sent');
    } catch (error) {
      fail(error, 'reset', ['email']);
    }
  });
  const resetToken = params.get('reset');
  if (resetToken) {
    const form = document.getElementById('reset-confirm-form');
    form.hidden = false;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      errorBox.replaceChildren();
      try {
        await apiPost('/api/accounts/password-reset/confirm', {
          token: resetToken,
          password: document.getElementById('reset-confirm-password').value,
        });
        form.hidden = true;
        text(statusBox, 'account.reset.done');
      } catch (error) {
        fail(error, 'reset-confirm', ['password']);
      }
    });
  }
  try {
    notice = await apiGet('/api/accounts/kvkk-notice');
    showNotice();
    onLangChange(showNotice);
    const nbh = await apiGet('/api/catalog/neighbourhoods');
    const select = document.getElementById('register-neighbourhoodCode');
    nbh.forEach((n) => select.append(new Option(n.name, n.code)));
  } catch {
    // the notice is required to register; the server refuses without it
  }
}

async function me(session) {
  const section = document.getElementById('me-section');
  section.hidden = false;
  text(document.getElementById('me-name'), 'account.me.signedIn', { name: session.displayName });
  try {
    const profile = await apiGet('/api/accounts/me');
    document.getElementById('me-unverified').hidden = profile.verified;
  } catch {
    // shown as verified-unknown
  }
  document.getElementById('me-logout').addEventListener('click', async () => {
    try {
      await apiPost('/api/auth/logout');
    } finally {
      setCsrfToken(null);
      window.location.assign('/account.html');
    }
  });
  document.getElementById('delete-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    errorBox.replaceChildren();
    try {
      await apiPost('/api/accounts/me/delete', { password: document.getElementById('delete-password').value });
      setCsrfToken(null);
      flash('account.me.deleted');
      window.location.assign('/account.html');
    } catch (error) {
      fail(error, 'delete', ['password']);
    }
  });
}

async function init() {
  await layoutReady;
  showFlash(statusBox);
  const verify = params.get('verify');
  if (verify) {
    try {
      await apiPost('/api/accounts/verify', { token: verify });
      text(statusBox, 'account.verify.done');
    } catch {
      text(errorBox, 'account.verify.failed');
    }
  }
  const session = await currentSession();
  if (hasRole(session, 'CITIZEN')) {
    await me(session);
  } else {
    await guest();
  }
}

init();
