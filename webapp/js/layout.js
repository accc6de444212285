// Shared page behaviour: language switch, active navigation link.
// Every page loads this module (directly or through its own page module).

import { ready, currentLang, otherLang, setLang, t, LANG_CHANGE_EVENT } from './i18n.js';

/** Calls fn(lang) after every language change (not for the first translation). */
export function onLangChange(fn) {
  document.addEventListener(LANG_CHANGE_EVENT, (event) => fn(event.detail.lang));
}

function normalisePath(path) {
  const clean = path.replace(/\/index\.html$/, '/');
  return clean === '' ? '/' : clean;
}

/** Marks links to the current page with aria-current="page" (header and footer navigation). */
export function markActiveLinks() {
  const here = normalisePath(window.location.pathname);
  document.querySelectorAll('nav a[href]').forEach((link) => {
    const target = new URL(link.getAttribute('href'), window.location.href);
    const isCurrent = target.origin === window.location.origin && normalisePath(target.pathname) === here;
    if (isCurrent) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
}

function switchUrl(lang) {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  return url.pathname + url.search + url.hash;
}

function updateLangSwitch(button) {
  const target = otherLang();
  button.setAttribute('lang', target);
  button.setAttribute('hreflang', target);
  button.setAttribute('href', switchUrl(target));
}

function wireLangSwitch() {
  const button = document.getElementById('lang-switch');
  if (!button) {
    return;
  }
  updateLangSwitch(button);
  button.addEventListener('click', async (event) => {
    event.preventDefault();
    await setLang(otherLang());
    // Keep an explicit ?lang= in the address in step with the choice, so a reload agrees.
    const url = new URL(window.location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', currentLang());
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    }
    updateLangSwitch(button);
  });
}

// ---- the assistant panel: a header button on every page (except the assistant's own page) opens a
// non-modal panel with the conversation (assistant-chat.js, loaded on first use). Escape closes it and
// returns the focus to the button.

function i18nElement(tag, key, className) {
  const element = document.createElement(tag);
  if (className) {
    element.className = className;
  }
  element.setAttribute('data-i18n', key);
  element.textContent = t(key);
  return element;
}

function wireAssistantPanel() {
  const header = document.querySelector('.site-header');
  const inner = header && header.querySelector('.header-inner');
  if (!inner || document.body.hasAttribute('data-assistant-page') || document.getElementById('assistant-open')) {
    return;
  }
  const button = i18nElement('button', 'assistant.open', 'assistant-open');
  button.type = 'button';
  button.id = 'assistant-open';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'assistant-panel');
  inner.insertBefore(button, document.getElementById('lang-switch'));

  const panel = document.createElement('div');
  panel.id = 'assistant-panel';
  panel.className = 'assistant-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'false');
  panel.setAttribute('aria-labelledby', 'assistant-panel-title');
  panel.hidden = true;
  const top = document.createElement('div');
  top.className = 'assistant-panel-top';
  const title = i18nElement('h2', 'assistant.panel.title');
  title.id = 'assistant-panel-title';
  const full = i18nElement('a', 'assistant.panel.fullPage', 'assistant-panel-full');
  full.href = '/assistant.html';
  const close = i18nElement('button', 'assistant.panel.close', 'button button-small button-secondary');
  close.type = 'button';
  close.id = 'assistant-close';
  top.append(title, full, close);
  const body = document.createElement('div');
  body.id = 'assistant-panel-body';
  panel.append(top, body);
  header.append(panel);

  let chat = null;

  async function open() {
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    if (!chat) {
      const module = await import('./assistant-chat.js');
      chat = module.mountChat(body, { prefix: 'assistant-panel' });
    } else {
      chat.refresh();
    }
    chat.focus();
  }

  function shut({ restoreFocus = true } = {}) {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (restoreFocus) {
      button.focus();
    }
  }

  button.addEventListener('click', () => {
    if (panel.hidden) {
      open().catch((error) => console.error('The assistant could not be opened', error));
    } else {
      shut();
    }
  });
  close.addEventListener('click', () => shut());
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      shut();
    }
  });
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      shut();
    }
  });
}

markActiveLinks();

/** Resolves when the page is translated and the shared behaviour is wired. */
export const layoutReady = ready.then(() => {
  wireLangSwitch();
  wireAssistantPanel();
  return currentLang();
});
