// Error display shared by the portal's forms: an error summary (role=alert) with links to the fields,
// a message under each field (aria-invalid + aria-describedby), and the mapping of problem+json
// field errors ({field, message}) onto the form's fields.

import { setMessage, setPlain } from './catalog.js';

/** Adds or removes id in an element's aria-describedby list. */
export function describedBy(element, id, add) {
  const ids = new Set((element.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean));
  if (add) {
    ids.add(id);
  } else {
    ids.delete(id);
  }
  if (ids.size > 0) {
    element.setAttribute('aria-describedby', Array.from(ids).join(' '));
  } else {
    element.removeAttribute('aria-describedby');
  }
}

/** Fills a message box: text from a key (follows language changes) or as given, plus an optional list. */
export function showBox(box, { key, params, text, items = [] }) {
  box.replaceChildren();
  const paragraph = document.createElement('p');
  if (key) {
    setMessage(paragraph, key, params);
  } else {
    setPlain(paragraph, text);
  }
  box.append(paragraph);
  if (items.length > 0) {
    const list = document.createElement('ul');
    items.forEach((entry) => {
      const item = document.createElement('li');
      item.append(entry instanceof Node ? entry : document.createTextNode(String(entry)));
      list.append(item);
    });
    box.append(list);
  }
}

/**
 * The last meaningful part of a problem's field path, matched against the form's field names:
 * "contact.email", "submit.arg0.contact.email" and "/contact/email" all name "contact.email".
 */
export function matchField(path, names) {
  const clean = String(path || '')
    .replace(/[/[\]]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
  if (!clean) {
    return null;
  }
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return sorted.find((name) => clean === name || clean.endsWith(`.${name}`)) || null;
}

/**
 * Errors of one form. fields: {name: {controls: [elements], error: element, describe: element?, focus: element?}}
 * - controls get aria-invalid; describe (default: each control) gets aria-describedby the error's id;
 * - focus (default: the first control) is where the summary's link leads.
 */
export class FormErrors {
  constructor({ summary, fields, focusSummary = true }) {
    this.summary = summary;
    this.fields = fields;
    this.focusSummary = focusSummary;
    this.active = [];
  }

  spec(name) {
    return this.fields[name] || null;
  }

  clear() {
    if (this.summary) {
      this.summary.replaceChildren();
    }
    Object.values(this.fields).forEach((spec) => {
      setPlain(spec.error, '');
      (spec.controls || []).forEach((control) => control.removeAttribute('aria-invalid'));
      const targets = spec.describe ? [spec.describe] : spec.controls || [];
      targets.forEach((target) => describedBy(target, spec.error.id, false));
    });
    this.active = [];
  }

  /** Marks a field with a message: {key, params} (translated) or {text} (as the server gave it). */
  set(name, message) {
    const spec = this.spec(name);
    if (!spec) {
      return false;
    }
    if (message.key) {
      setMessage(spec.error, message.key, message.params);
    } else {
      setPlain(spec.error, message.text);
    }
    (spec.controls || []).forEach((control) => control.setAttribute('aria-invalid', 'true'));
    const targets = spec.describe ? [spec.describe] : spec.controls || [];
    targets.forEach((target) => describedBy(target, spec.error.id, true));
    this.active = this.active.filter((entry) => entry.name !== name);
    this.active.push({ name, message });
    return true;
  }

  has() {
    return this.active.length > 0;
  }

  focusTarget(name) {
    const spec = this.spec(name);
    if (!spec) {
      return null;
    }
    return spec.focus || (spec.controls || [])[0] || null;
  }

  /** Links to the marked fields, in the order of the form. */
  links() {
    const order = Object.keys(this.fields);
    return [...this.active]
      .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))
      .map(({ name, message }) => {
        const target = this.focusTarget(name);
        const link = document.createElement('a');
        link.href = target && target.id ? `#${target.id}` : '#';
        if (message.key) {
          setMessage(link, message.key, message.params);
        } else {
          setPlain(link, message.text);
        }
        link.addEventListener('click', (event) => {
          if (!target) {
            return;
          }
          event.preventDefault();
          target.focus();
          target.scrollIntoView({ block: 'center' });
        });
        return link;
      });
  }

  /** Shows the summary (heading message plus links and extra items) and, by default, focuses it. */
  showSummary(message, extraItems = []) {
    if (!this.summary) {
      return;
    }
    showBox(this.summary, { ...message, items: [...this.links(), ...extraItems] });
    if (this.focusSummary) {
      this.summary.focus();
    } else {
      this.focusFirst();
    }
  }

  focusFirst() {
    const order = Object.keys(this.fields);
    const first = [...this.active].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))[0];
    const target = first ? this.focusTarget(first.name) : null;
    if (target) {
      target.focus();
    }
  }

  /**
   * Shows an ApiError: field errors under their fields, the problem's detail (or fallback) in the summary,
   * errors for fields the form does not show as plain items. mapField(name) may redirect a field name.
   */
  showProblem(error, { fallbackKey, statusKeys = {}, mapField = (name) => name } = {}) {
    if (error.network) {
      this.showSummary({ key: 'error.network' });
      return;
    }
    const problem = error.problem || {};
    const extra = [];
    const names = Object.keys(this.fields);
    (Array.isArray(problem.errors) ? problem.errors : []).forEach((fieldError) => {
      const text = fieldError && fieldError.message ? String(fieldError.message) : '';
      if (!text) {
        return;
      }
      const raw = String(fieldError.field || '');
      const name = mapField(matchField(raw, [...names, ...extraFieldNames(raw)]));
      if (!name || !this.set(name, { text })) {
        extra.push(text);
      }
    });
    const detail = problem.detail || problem.title;
    const key = statusKeys[error.status] || fallbackKey || 'error.unexpected';
    this.showSummary(detail ? { text: detail } : { key }, extra);
  }
}

/** The last segment of a path, so that mapField can redirect names the form does not list itself. */
function extraFieldNames(path) {
  const parts = String(path || '').split(/[./[\]]/).filter(Boolean);
  return parts.length > 0 ? [parts[parts.length - 1]] : [];
}

/** Marks a button busy (aria-disabled) and returns a function that undoes it. */
export function busy(button) {
  button.setAttribute('aria-disabled', 'true');
  return () => button.removeAttribute('aria-disabled');
}

/** True while a button is marked busy. */
export function isBusy(button) {
  return button.getAttribute('aria-disabled') === 'true';
}

/** A random id for Idempotency-Key: crypto.randomUUID where available (secure contexts), else from getRandomValues. */
export function randomKey() {
  if (window.crypto && typeof window.crypto.randomUUID === 'function') {
    return window.crypto.randomUUID();
  }
  const bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

