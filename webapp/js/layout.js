// Shared page behaviour: language switch, active navigation link.
// Every page loads this module (directly or through its own page module).

import { ready, currentLang, otherLang, setLang, LANG_CHANGE_EVENT } from './i18n.js';

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

markActiveLinks();

/** Resolves when the page is translated and the shared behaviour is wired. */
export const layoutReady = ready.then(() => {
  wireLangSwitch();
  return currentLang();
});
