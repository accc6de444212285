// One knowledge document as the assistant quotes it: title, facts, and its passages; source.html?id=X#p3
// scrolls to passage 3 (ordinals count from 0, the text before the first heading being passage 0) and marks it.

import { t } from './i18n.js';
import { layoutReady, onLangChange } from './layout.js';
import { apiGet } from './api.js';
import { departmentName, formatDate, loadCatalog, paragraphs, setMessage, setPlain, setRow } from './catalog.js';

const status = document.getElementById('source-status');
const errorBox = document.getElementById('source-error');
const article = document.getElementById('source-document');
const title = document.getElementById('source-title');
const sections = document.getElementById('source-sections');

let documentData = null;
let catalog = null;

function showError(key) {
  status.hidden = true;
  errorBox.replaceChildren();
  const paragraph = document.createElement('p');
  setMessage(paragraph, key);
  errorBox.append(paragraph);
}

function highlighted() {
  const match = /^#p(\d+)$/.exec(window.location.hash);
  return match ? Number(match[1]) : null;
}

function externalUrl(value) {
  try {
    const url = new URL(String(value || ''));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function renderMeta() {
  const d = documentData;
  setRow('source-department', d.department ? departmentName(catalog, d.department) : '');
  if (d.updated) {
    const time = document.createElement('time');
    time.dateTime = String(d.updated);
    time.textContent = formatDate(d.updated);
    setRow('source-updated', time);
  } else {
    setRow('source-updated', '');
  }
  const langKey = d.lang === 'tr' || d.lang === 'en' ? `assistant.lang.${d.lang}` : null;
  setRow('source-lang', langKey ? t(langKey) : d.lang || '');
  const url = externalUrl(d.url);
  if (url) {
    const link = document.createElement('a');
    link.href = url;
    link.rel = 'noopener noreferrer';
    link.textContent = url;
    setRow('source-url', link);
  } else {
    setRow('source-url', '');
  }
}

function renderSections() {
  const d = documentData;
  const list = Array.isArray(d.sections) ? d.sections : [];
  const marked = highlighted();
  const nodes = list.map((section, index) => {
    const ordinal = Number.isInteger(section && section.ordinal) ? section.ordinal : index;
    const box = document.createElement('section');
    box.id = `p${ordinal}`;
    box.className = 'source-section';
    box.tabIndex = -1;
    const heading = String((section && section.heading) || '').trim();
    if (heading && heading !== String(d.title || '').trim()) {
      const h2 = document.createElement('h2');
      h2.id = `p${ordinal}-heading`;
      h2.textContent = heading;
      box.setAttribute('aria-labelledby', h2.id);
      box.append(h2);
    }
    if (ordinal === marked) {
      box.classList.add('is-quoted');
      const note = document.createElement('p');
      note.className = 'source-quoted-note';
      setMessage(note, 'assistant.source.quoted');
      note.lang = document.documentElement.lang;
      box.append(note);
    }
    box.append(...paragraphs(section && section.text));
    return box;
  });
  sections.replaceChildren(...nodes);
}

function focusQuoted() {
  const marked = highlighted();
  const target = marked === null ? null : document.getElementById(`p${marked}`);
  if (target) {
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }
}

function render() {
  if (!documentData) {
    return;
  }
  setPlain(title, documentData.title || documentData.id || '');
  if (documentData.lang === 'tr' || documentData.lang === 'en') {
    // The facts are in the page's language, only the document's own text is in its language.
    title.lang = documentData.lang;
    sections.lang = documentData.lang;
  }
  document.title = `${documentData.title || documentData.id} — ${t('site.name')}`;
  renderMeta();
  renderSections();
}

async function load() {
  const id = new URLSearchParams(window.location.search).get('id');
  if (!id) {
    showError('assistant.source.error.noId');
    return;
  }
  try {
    documentData = await apiGet(`/api/assistant/documents/${encodeURIComponent(id)}`);
  } catch (error) {
    showError(
      error.network ? 'error.network' : error.status === 404 ? 'assistant.source.error.notFound' : 'assistant.source.error.generic',
    );
    return;
  }
  status.hidden = true;
  article.hidden = false;
  render();
  focusQuoted();
  if (documentData.department) {
    loadCatalog()
      .then((loaded) => {
        catalog = loaded;
        renderMeta();
      })
      .catch(() => {
        // The department code stays.
      });
  }
}

window.addEventListener('hashchange', () => {
  renderSections();
  focusQuoted();
});

layoutReady.then(() => {
  onLangChange(render);
  return load();
});
