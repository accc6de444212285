// The feedback form, shared by the citizens' page (feedback.html) and the officials' entry of feedback
// received by phone or in person (inbox-item.html?new=1): kind, service (search or browse), rating,
// comment with service suggestions, neighbourhood, optional contact with the KVKK notice, submission.

import { currentLang } from './i18n.js';
import { onLangChange } from './layout.js';
import { apiFetch, apiGet } from './api.js';
import {
  fold,
  loadCatalog,
  loadNeighbourhoods,
  localName,
  serviceStandard,
  setMessage,
  setPlain,
} from './catalog.js';
import { FormErrors, busy, isBusy, randomKey } from './forms.js';

export const KINDS = Object.freeze(['SATISFACTION', 'REQUEST', 'COMPLAINT', 'INFORMATION', 'SUGGESTION', 'THANKS']);
export const CHANNELS = Object.freeze(['PHONE', 'IN_PERSON', 'EMAIL', 'CIMER']);

const COMMENT_MAX = 4000;
const SUGGEST_MIN_LENGTH = 15;
const SUGGEST_DELAY_MS = 400;
const COUNT_DELAY_MS = 400;
const SEARCH_DELAY_MS = 150;
const SEARCH_MIN_LENGTH = 2;
const SEARCH_LIMIT = 8;
const SUGGESTION_LIMIT = 3;
const EMAIL = /^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$/;

const byId = (id) => document.getElementById(id);

/**
 * Wires the form. options:
 * - endpoint: where to POST;
 * - staff: true for the officials' entry (adds channel, sends X-CSRF-Token, redirects to login on 401);
 * - csrfToken(): the token to send (staff);
 * - onCreated(result): called with the 201 body.
 * Reads ?service=, ?comment= and ?kind= to pre-fill.
 */
export function setupFeedbackForm({ endpoint, staff = false, csrfToken = () => undefined, onCreated }) {
  const form = byId('feedback-form');
  const submit = byId('feedback-submit');
  const summary = byId('feedback-errors');
  const kindRadios = KINDS.map((kind) => byId(`kind-${kind}`));
  const ratingRadios = [1, 2, 3, 4, 5].map((n) => byId(`rating-${n}`));
  const search = byId('service-search');
  const searchResults = byId('service-search-results');
  const searchStatus = byId('service-search-status');
  const department = byId('department');
  const service = byId('service');
  const standard = byId('service-standard');
  const catalogStatus = byId('catalog-status');
  const comment = byId('comment');
  const commentCount = byId('comment-count');
  const suggestions = byId('suggestions');
  const suggestionsStatus = byId('suggestions-status');
  const neighbourhood = byId('neighbourhood');
  const contactName = byId('contact-name');
  const contactEmail = byId('contact-email');
  const contactPhone = byId('contact-phone');
  const notice = byId('kvkk-notice');
  const noticeVersion = byId('kvkk-version');
  const ack = byId('kvkk-ack');
  const website = byId('website');
  const channel = byId('channel');
  const ratingMarker = byId('rating-marker');
  const ratingHint = byId('rating-hint');
  const ratingClear = byId('rating-clear');

  let catalog = null;
  let neighbourhoods = [];
  let kvkk = null;
  let kvkkFailed = false;
  let idempotencyKey = null;
  let searchHits = [];
  let searchOpen = false;
  let suggested = [];
  let suggestTimer = 0;
  let countTimer = 0;
  let searchTimer = 0;
  let suggestController = null;
  let lastSuggestText = '';
  let chosenAnnouncement = null;

  const fields = {};
  if (staff && channel) {
    fields.channel = { controls: [channel], error: byId('channel-error') };
  }
  fields.kind = { controls: kindRadios, error: byId('kind-error'), describe: byId('kind-group') };
  fields.serviceCode = {
    controls: [department, service],
    error: byId('service-error'),
    get focus() {
      return department.value ? service : department;
    },
  };
  fields.rating = { controls: ratingRadios, error: byId('rating-error'), describe: byId('rating-group') };
  fields.comment = { controls: [comment], error: byId('comment-error') };
  fields.neighbourhoodCode = { controls: [neighbourhood], error: byId('neighbourhood-error') };
  fields['contact.name'] = { controls: [contactName], error: byId('contact-name-error') };
  fields['contact.email'] = { controls: [contactEmail], error: byId('contact-email-error') };
  fields['contact.phone'] = { controls: [contactPhone], error: byId('contact-phone-error') };
  fields.kvkkAcknowledged = { controls: [ack], error: byId('kvkk-ack-error') };
  const errors = new FormErrors({ summary, fields });

  const CONTACT_ALIASES = { name: 'contact.name', email: 'contact.email', phone: 'contact.phone', contact: 'contact.name' };

  // ---- kind and rating ----------------------------------------------------------------------------------

  function selectedKind() {
    const checked = kindRadios.find((radio) => radio.checked);
    return checked ? checked.value : '';
  }

  function selectedRating() {
    const checked = ratingRadios.find((radio) => radio.checked);
    return checked ? Number(checked.value) : null;
  }

  function updateRatingRequirement() {
    const required = selectedKind() === 'SATISFACTION';
    setMessage(ratingMarker, required ? 'form.required' : 'form.optional');
    setMessage(ratingHint, required ? 'feedback.rating.requiredHint' : 'feedback.rating.optionalHint');
  }

  // ---- service: browse ----------------------------------------------------------------------------------

  function sortedByName(list) {
    return [...list].sort((a, b) =>
      localName(a.name, a.code).localeCompare(localName(b.name, b.code), currentLang() === 'tr' ? 'tr' : 'en'),
    );
  }

  function option(value, text, key) {
    const element = document.createElement('option');
    element.value = value;
    if (key) {
      setMessage(element, key);
    } else {
      element.textContent = text;
    }
    return element;
  }

  function renderDepartments() {
    const value = department.value;
    const options = [option('', '', 'feedback.department.placeholder')];
    if (catalog) {
      sortedByName(catalog.departments).forEach((d) => options.push(option(d.code, localName(d.name, d.code))));
    }
    department.replaceChildren(...options);
    department.value = catalog && catalog.department(value) ? value : '';
  }

  function renderServices() {
    const value = service.value;
    const chosen = catalog ? catalog.department(department.value) : null;
    const list = chosen && Array.isArray(chosen.services) ? chosen.services : [];
    const options = [
      option('', '', chosen ? 'feedback.service.placeholder' : 'feedback.service.placeholderNoDepartment'),
    ];
    sortedByName(list).forEach((s) => options.push(option(s.code, localName(s.name, s.code))));
    service.replaceChildren(...options);
    service.disabled = !chosen;
    service.value = list.some((s) => s.code === value) ? value : '';
    renderStandard();
  }

  function renderStandard() {
    const entry = catalog && service.value ? catalog.service(service.value) : null;
    const rule = entry ? serviceStandard(entry.service) : null;
    if (rule) {
      setMessage(standard, rule.key, rule.params);
    } else {
      setPlain(standard, '');
    }
  }

  /** Chooses a service (from the search, a suggestion or the address) and says so in statusBox. */
  function chooseService(code, statusBox) {
    const entry = catalog ? catalog.service(code) : null;
    if (!entry) {
      return false;
    }
    department.value = entry.department.code;
    renderServices();
    service.value = entry.service.code;
    renderStandard();
    if (statusBox) {
      chosenAnnouncement = { box: statusBox, code };
      announceChosen();
    }
    return true;
  }

  function announceChosen() {
    if (!chosenAnnouncement || !catalog) {
      return;
    }
    const entry = catalog.service(chosenAnnouncement.code);
    if (!entry) {
      return;
    }
    setMessage(chosenAnnouncement.box, 'feedback.service.chosen', {
      service: localName(entry.service.name, entry.service.code),
      department: localName(entry.department.name, entry.department.code),
    });
  }

  // ---- service: search ----------------------------------------------------------------------------------

  function searchText(entry) {
    const s = entry.service;
    const d = entry.department;
    return {
      name: fold(`${(s.name && s.name.tr) || ''} | ${(s.name && s.name.en) || ''} | ${s.code}`),
      department: fold(`${(d.name && d.name.tr) || ''} | ${(d.name && d.name.en) || ''}`),
      description: fold(`${(s.description && s.description.tr) || ''} | ${(s.description && s.description.en) || ''}`),
    };
  }

  /** Services whose name (then department name, then description) contains every word of the query. */
  function findServices(query) {
    const words = fold(query).split(' ').filter(Boolean);
    if (!catalog || words.length === 0) {
      return [];
    }
    const hits = [];
    catalog.services().forEach((entry) => {
      const text = searchText(entry);
      let rank = -1;
      if (words.every((w) => text.name.includes(w))) {
        rank = 0;
      } else if (words.every((w) => text.name.includes(w) || text.department.includes(w))) {
        rank = 1;
      } else if (words.every((w) => text.name.includes(w) || text.department.includes(w) || text.description.includes(w))) {
        rank = 2;
      }
      if (rank >= 0) {
        hits.push({ entry, rank });
      }
    });
    const lang = currentLang() === 'tr' ? 'tr' : 'en';
    hits.sort(
      (a, b) =>
        a.rank - b.rank ||
        localName(a.entry.service.name, '').localeCompare(localName(b.entry.service.name, ''), lang),
    );
    return hits.map((hit) => hit.entry);
  }

  /** Lists the services matching the search box, until one of them is chosen. */
  function renderSearch() {
    const query = search.value;
    if (!searchOpen) {
      searchHits = [];
      searchResults.replaceChildren();
      return;
    }
    if (fold(query).length < SEARCH_MIN_LENGTH || !catalog) {
      searchHits = [];
      searchResults.replaceChildren();
      setPlain(searchStatus, '');
      return;
    }
    const all = findServices(query);
    searchHits = all.slice(0, SEARCH_LIMIT);
    if (searchHits.length === 0) {
      searchResults.replaceChildren();
      setMessage(searchStatus, 'feedback.search.none');
      return;
    }
    const list = document.createElement('ul');
    list.className = 'choice-buttons';
    searchHits.forEach((entry) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'option-button';
      button.dataset.service = entry.service.code;
      const name = document.createElement('span');
      name.className = 'option-name';
      name.textContent = localName(entry.service.name, entry.service.code);
      const dept = document.createElement('span');
      dept.className = 'option-sub';
      dept.textContent = localName(entry.department.name, entry.department.code);
      button.append(name, ' ', dept);
      item.append(button);
      list.append(item);
    });
    searchResults.replaceChildren(list);
    if (all.length > SEARCH_LIMIT) {
      setMessage(searchStatus, 'feedback.search.more', { n: all.length, shown: SEARCH_LIMIT });
    } else {
      setMessage(searchStatus, 'feedback.search.count', { n: all.length });
    }
  }

  function onSearchResultClick(event) {
    const button = event.target.closest('button[data-service]');
    if (!button) {
      return;
    }
    searchOpen = false;
    renderSearch();
    if (chooseService(button.dataset.service, searchStatus)) {
      service.focus();
    }
  }

  function onSearchKeydown(event) {
    if (event.key === 'Enter') {
      // Enter in the search box must not send the form.
      event.preventDefault();
      window.clearTimeout(searchTimer);
      searchOpen = true;
      renderSearch();
    }
    if ((event.key === 'Enter' || event.key === 'ArrowDown') && searchHits.length > 0) {
      event.preventDefault();
      const first = searchResults.querySelector('button');
      if (first) {
        first.focus();
      }
    }
  }

  function onResultsKeydown(event) {
    const buttons = Array.from(searchResults.querySelectorAll('button'));
    const index = buttons.indexOf(document.activeElement);
    if (index < 0) {
      return;
    }
    if (event.key === 'ArrowDown' && index < buttons.length - 1) {
      event.preventDefault();
      buttons[index + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (index > 0 ? buttons[index - 1] : search).focus();
    } else if (event.key === 'Escape') {
      search.focus();
    }
  }

  // ---- comment: counter and suggestions -----------------------------------------------------------------

  function renderCount() {
    setMessage(commentCount, 'feedback.comment.count', { used: comment.value.length, max: COMMENT_MAX });
  }

  function renderSuggestions() {
    if (suggested.length === 0) {
      suggestions.replaceChildren();
      suggestions.hidden = true;
      return;
    }
    const intro = document.createElement('p');
    intro.className = 'suggestions-intro';
    setMessage(intro, 'feedback.suggest.intro');
    const list = document.createElement('ul');
    list.className = 'choice-buttons';
    suggested.forEach((s) => {
      const item = document.createElement('li');
      const text = document.createElement('span');
      text.className = 'suggestion-text';
      const name = localName(s.serviceName, s.serviceCode);
      text.textContent = `${name} — ${localName(s.departmentName, s.departmentCode)}`;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button-small button-secondary';
      button.dataset.service = s.serviceCode;
      const visible = document.createElement('span');
      setMessage(visible, 'feedback.suggest.choose');
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = `: ${name}`;
      button.append(visible, hidden);
      item.append(text, ' ', button);
      list.append(item);
    });
    suggestions.replaceChildren(intro, list);
    suggestions.hidden = false;
  }

  async function fetchSuggestions() {
    const text = comment.value.trim();
    if (text.length < SUGGEST_MIN_LENGTH) {
      lastSuggestText = '';
      if (suggestController) {
        suggestController.abort();
      }
      if (suggested.length > 0) {
        suggested = [];
        renderSuggestions();
      }
      return;
    }
    if (text === lastSuggestText) {
      return;
    }
    lastSuggestText = text;
    if (suggestController) {
      suggestController.abort();
    }
    const controller = new AbortController();
    suggestController = controller;
    const params = new URLSearchParams({ text, lang: currentLang() });
    try {
      const data = await apiGet(`/api/feedback/suggest?${params}`, { signal: controller.signal });
      if (controller !== suggestController) {
        return;
      }
      const list = (Array.isArray(data) ? data : []).filter((s) => s && s.serviceCode).slice(0, SUGGESTION_LIMIT);
      const before = suggested.map((s) => s.serviceCode).join(',');
      suggested = list;
      renderSuggestions();
      const after = suggested.map((s) => s.serviceCode).join(',');
      if (after && after !== before) {
        setMessage(suggestionsStatus, 'feedback.suggest.announce', { n: suggested.length });
      }
    } catch {
      // Suggestions are a help only: the citizen goes on without them.
      lastSuggestText = '';
    }
  }

  function onCommentInput() {
    window.clearTimeout(suggestTimer);
    window.clearTimeout(countTimer);
    countTimer = window.setTimeout(renderCount, COUNT_DELAY_MS);
    suggestTimer = window.setTimeout(fetchSuggestions, SUGGEST_DELAY_MS);
  }

  function onSuggestionClick(event) {
    const button = event.target.closest('button[data-service]');
    if (button) {
      chooseService(button.dataset.service, suggestionsStatus);
    }
  }

  // ---- neighbourhoods and KVKK notice -------------------------------------------------------------------

  function renderNeighbourhoods() {
    const value = neighbourhood.value;
    const options = [option('', '', 'feedback.neighbourhood.placeholder')];
    [...neighbourhoods]
      .sort((a, b) => String(a.name).localeCompare(String(b.name), 'tr'))
      .forEach((n) => options.push(option(n.code, localName(n.name, n.code))));
    neighbourhood.replaceChildren(...options);
    neighbourhood.value = neighbourhoods.some((n) => n.code === value) ? value : '';
  }

  function renderNotice() {
    if (kvkkFailed) {
      const paragraph = document.createElement('p');
      paragraph.className = 'field-error';
      setMessage(paragraph, 'feedback.kvkk.error');
      notice.replaceChildren(paragraph);
      setPlain(noticeVersion, '');
      return;
    }
    if (!kvkk) {
      return;
    }
    const text = localName(kvkk.text, '');
    const paragraphs = String(text)
      .replace(/\r\n?/g, '\n')
      .split(/\n\s*\n/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const paragraph = document.createElement('p');
        paragraph.textContent = part;
        return paragraph;
      });
    notice.replaceChildren(...paragraphs);
    if (kvkk.version) {
      setMessage(noticeVersion, 'feedback.kvkk.version', { version: kvkk.version });
    }
  }

  async function loadNotice() {
    try {
      const data = await apiGet('/api/feedback/kvkk-notice');
      if (!data || !data.text) {
        throw new Error('KVKK notice missing');
      }
      kvkk = data;
      kvkkFailed = false;
    } catch (error) {
      console.error('KVKK notice could not be loaded', error);
      kvkkFailed = true;
    }
    renderNotice();
  }

  // ---- validation and submission ------------------------------------------------------------------------

  function contactValues() {
    const values = {};
    const name = contactName.value.trim();
    const email = contactEmail.value.trim();
    const phone = contactPhone.value.trim();
    if (name) values.name = name;
    if (email) values.email = email;
    if (phone) values.phone = phone;
    return values;
  }

  function validate() {
    if (staff && channel && !channel.value) {
      errors.set('channel', { key: 'feedback.error.channel' });
    }
    const kind = selectedKind();
    if (!kind) {
      errors.set('kind', { key: 'feedback.error.kind' });
    }
    if (!service.value) {
      errors.set('serviceCode', { key: 'feedback.error.service' });
    }
    if (kind === 'SATISFACTION' && selectedRating() === null) {
      errors.set('rating', { key: 'feedback.error.rating' });
    }
    if (comment.value.length > COMMENT_MAX) {
      errors.set('comment', { key: 'feedback.error.commentLong', params: { max: COMMENT_MAX } });
    }
    const contact = contactValues();
    if (contact.email && !EMAIL.test(contact.email)) {
      errors.set('contact.email', { key: 'feedback.error.email' });
    }
    if (Object.keys(contact).length > 0) {
      if (!ack.checked) {
        errors.set('kvkkAcknowledged', { key: 'feedback.error.kvkk' });
      } else if (!kvkk) {
        errors.set('kvkkAcknowledged', { key: 'feedback.error.kvkkUnavailable' });
      }
    }
    if (errors.has()) {
      errors.showSummary({ key: 'feedback.error.summary' });
      return false;
    }
    return true;
  }

  function body() {
    const data = { kind: selectedKind(), serviceCode: service.value };
    const rating = selectedRating();
    if (rating !== null) {
      data.rating = rating;
    }
    if (comment.value.trim()) {
      data.comment = comment.value;
    }
    if (neighbourhood.value) {
      data.neighbourhoodCode = neighbourhood.value;
    }
    const contact = contactValues();
    if (Object.keys(contact).length > 0) {
      data.contact = contact;
    }
    if (ack.checked && kvkk) {
      data.kvkkAcknowledged = true;
      data.kvkkNoticeVersion = kvkk.version;
    }
    data.language = currentLang();
    if (staff) {
      // Officials' entries carry the channel instead of the honeypot (they are logged in, not anonymous).
      data.channel = channel ? channel.value : '';
    } else {
      data.website = website ? website.value : '';
    }
    return data;
  }

  async function onSubmit(event) {
    event.preventDefault();
    if (isBusy(submit)) {
      return;
    }
    errors.clear();
    if (!validate()) {
      return;
    }
    if (!idempotencyKey) {
      // One key per filled-in form: a retry after a lost answer cannot create the feedback twice.
      idempotencyKey = randomKey();
    }
    const done = busy(submit);
    try {
      const result = await apiFetch(endpoint, {
        method: 'POST',
        body: body(),
        headers: { 'Idempotency-Key': idempotencyKey },
        csrfToken: staff ? csrfToken() : undefined,
      });
      window.clearTimeout(suggestTimer);
      window.clearTimeout(countTimer);
      if (suggestController) {
        suggestController.abort();
      }
      idempotencyKey = null;
      onCreated(result || {});
    } catch (error) {
      if (staff && error.status === 401) {
        window.location.assign('/login.html');
        return;
      }
      errors.showProblem(error, {
        fallbackKey: 'feedback.error.generic',
        statusKeys: { 429: 'feedback.error.rateLimited' },
        mapField: (name) => CONTACT_ALIASES[name] || name,
      });
    } finally {
      done();
    }
  }

  // ---- start --------------------------------------------------------------------------------------------

  function prefill() {
    const params = new URLSearchParams(window.location.search);
    const kind = (params.get('kind') || '').toUpperCase();
    const radio = KINDS.includes(kind) ? byId(`kind-${kind}`) : null;
    if (radio) {
      radio.checked = true;
    }
    const text = params.get('comment');
    if (text) {
      comment.value = text.slice(0, COMMENT_MAX);
    }
    return (params.get('service') || '').trim().toUpperCase();
  }

  async function loadCatalogAndPrefill(serviceCode) {
    setMessage(catalogStatus, 'feedback.catalog.loading');
    try {
      catalog = await loadCatalog();
      setPlain(catalogStatus, '');
      catalogStatus.hidden = true;
    } catch (error) {
      console.error('Catalogue could not be loaded', error);
      setMessage(catalogStatus, error.network ? 'error.network' : 'feedback.catalog.error');
      catalogStatus.hidden = false;
      catalogStatus.classList.add('field-error');
      return;
    }
    renderDepartments();
    renderServices();
    if (serviceCode) {
      chooseService(serviceCode, null);
    }
  }

  async function loadNeighbourhoodList() {
    try {
      neighbourhoods = await loadNeighbourhoods();
    } catch (error) {
      console.error('Neighbourhoods could not be loaded', error);
      neighbourhoods = [];
    }
    renderNeighbourhoods();
  }

  function renderAll() {
    if (catalog) {
      renderDepartments();
      renderServices();
      renderSearch();
      announceChosen();
    }
    renderNeighbourhoods();
    renderSuggestions();
    renderNotice();
    renderCount();
    updateRatingRequirement();
  }

  const serviceCode = prefill();
  renderCount();
  updateRatingRequirement();
  renderServices();

  kindRadios.forEach((radio) => radio.addEventListener('change', updateRatingRequirement));
  ratingClear.addEventListener('click', () => {
    ratingRadios.forEach((radio) => {
      radio.checked = false;
    });
  });
  department.addEventListener('change', () => {
    renderServices();
  });
  service.addEventListener('change', renderStandard);
  search.addEventListener('input', () => {
    searchOpen = true;
    if (chosenAnnouncement && chosenAnnouncement.box === searchStatus) {
      chosenAnnouncement = null;
    }
    window.clearTimeout(searchTimer);
    searchTimer = window.setTimeout(renderSearch, SEARCH_DELAY_MS);
  });
  search.addEventListener('keydown', onSearchKeydown);
  searchResults.addEventListener('click', onSearchResultClick);
  searchResults.addEventListener('keydown', onResultsKeydown);
  comment.addEventListener('input', onCommentInput);
  suggestions.addEventListener('click', onSuggestionClick);
  form.addEventListener('submit', onSubmit);
  onLangChange(() => {
    lastSuggestText = '';
    renderAll();
  });

  const ready = Promise.all([loadCatalogAndPrefill(serviceCode), loadNeighbourhoodList(), loadNotice()]);
  if (comment.value && !serviceCode) {
    fetchSuggestions();
  }
  return { ready };
}
