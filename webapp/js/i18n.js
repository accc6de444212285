// Message bundles and page translation.
//
// Language order: ?lang=en|tr in the URL, else localStorage "ks.lang", else Turkish.
// Pages carry Turkish text in the HTML plus data-i18n="key" (text content),
// data-i18n-attr="attr:key;attr2:key2" (attributes) and optionally
// data-i18n-params='{"name":"..."}' (values for {name} placeholders).

export const SUPPORTED_LANGS = Object.freeze(['tr', 'en']);
export const DEFAULT_LANG = 'tr';
export const STORAGE_KEY = 'ks.lang';
export const LANG_CHANGE_EVENT = 'ks:langchange';

const bundles = new Map();
let lang = detectLang();
let messages = {};

function isSupported(value) {
  return SUPPORTED_LANGS.includes(value);
}

function readStored() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function store(value) {
  try {
    localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
}

function detectLang() {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isSupported(fromUrl)) {
    return fromUrl;
  }
  const stored = readStored();
  return isSupported(stored) ? stored : DEFAULT_LANG;
}

async function loadBundle(value) {
  if (bundles.has(value)) {
    return bundles.get(value);
  }
  const response = await fetch(`/i18n/${value}.json`, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  });
  if (!response.ok) {
    throw new Error(`Message bundle ${value} could not be loaded (${response.status})`);
  }
  const bundle = await response.json();
  bundles.set(value, bundle);
  return bundle;
}

/** The language in use: "tr" or "en". */
export function currentLang() {
  return lang;
}

/** The other supported language (the one the language switch offers). */
export function otherLang() {
  return lang === 'tr' ? 'en' : 'tr';
}

function lookup(key) {
  if (Object.prototype.hasOwnProperty.call(messages, key)) {
    return messages[key];
  }
  const fallback = bundles.get(DEFAULT_LANG);
  if (fallback && Object.prototype.hasOwnProperty.call(fallback, key)) {
    return fallback[key];
  }
  return undefined;
}

/**
 * Translates a key. Placeholders are written {name} and filled from params.
 * When params.n is 1 and a "key.one" message exists, that singular form is used.
 * An unknown key is returned as is, so a missing message is visible but harmless.
 */
export function t(key, params = {}) {
  let message;
  if (params && params.n === 1) {
    message = lookup(`${key}.one`);
  }
  if (message === undefined) {
    message = lookup(key);
  }
  if (message === undefined) {
    return key;
  }
  return String(message).replace(/\{(\w+)\}/g, (whole, name) =>
    params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

function hasMessage(key) {
  return lookup(key) !== undefined;
}

function paramsOf(element) {
  const raw = element.getAttribute('data-i18n-params');
  if (!raw) {
    return {};
  }
  try {
    return JSON.parse(raw);
  } catch {
    return {};
  }
}

function translateElement(element) {
  const key = element.getAttribute('data-i18n');
  if (key && hasMessage(key)) {
    element.textContent = t(key, paramsOf(element));
  }
  const attrs = element.getAttribute('data-i18n-attr');
  if (attrs) {
    for (const pair of attrs.split(';')) {
      const [attr, attrKey] = pair.split(':').map((part) => part && part.trim());
      if (attr && attrKey && hasMessage(attrKey)) {
        element.setAttribute(attr, t(attrKey, paramsOf(element)));
      }
    }
  }
}

/** Translates root (an element or the document) and everything inside it. */
export function applyTranslations(root = document) {
  const selector = '[data-i18n], [data-i18n-attr]';
  if (root instanceof Element && root.matches(selector)) {
    translateElement(root);
  }
  root.querySelectorAll(selector).forEach(translateElement);
}

/**
 * Switches the page to lang: loads its bundle, sets <html lang>, translates the page,
 * remembers the choice (unless persist is false) and fires "ks:langchange" on document.
 */
export async function setLang(value, { persist = true } = {}) {
  let next = isSupported(value) ? value : DEFAULT_LANG;
  let bundle;
  try {
    if (next !== DEFAULT_LANG) {
      // Turkish is the fallback for any message a bundle lacks.
      await loadBundle(DEFAULT_LANG).catch(() => null);
    }
    bundle = await loadBundle(next);
  } catch (error) {
    // Without the requested bundle the page stays in Turkish, the language of the HTML.
    console.error(error);
    next = DEFAULT_LANG;
    bundle = bundles.get(DEFAULT_LANG) || {};
  }
  lang = next;
  messages = bundle;
  if (persist) {
    store(next);
  }
  document.documentElement.lang = next;
  applyTranslations(document);
  document.dispatchEvent(new CustomEvent(LANG_CHANGE_EVENT, { detail: { lang: next } }));
  return next;
}

/** Resolves once the first bundle is loaded and the page is translated. */
export const ready = setLang(lang, { persist: isSupported(new URLSearchParams(window.location.search).get('lang')) });
