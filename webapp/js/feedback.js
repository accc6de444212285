// Citizen feedback page: the form (see feedback-form.js), then the confirmation with the tracking code.

import { layoutReady, onLangChange } from './layout.js';
import { formatDate, setPlain } from './catalog.js';
import { setupFeedbackForm } from './feedback-form.js';

const form = document.getElementById('feedback-form');
const intro = document.getElementById('feedback-intro');
const summary = document.getElementById('feedback-errors');
const done = document.getElementById('feedback-done');
const doneTitle = document.getElementById('feedback-done-title');
const trackingCode = document.getElementById('tracking-code');
const dueDate = document.getElementById('due-date');
const trackLink = document.getElementById('track-link');

let created = null;

function renderDone() {
  if (!created) {
    return;
  }
  setPlain(trackingCode, created.trackingCode || '');
  if (created.dueDate) {
    dueDate.dateTime = created.dueDate;
    dueDate.textContent = formatDate(created.dueDate);
    dueDate.parentElement.hidden = false;
  } else {
    dueDate.parentElement.hidden = true;
  }
  trackLink.href = `/track.html?code=${encodeURIComponent(created.trackingCode || '')}`;
}

/** Replaces the form with the confirmation and moves the focus to its heading. */
function showDone(result) {
  created = result;
  renderDone();
  summary.replaceChildren();
  form.hidden = true;
  intro.hidden = true;
  done.hidden = false;
  doneTitle.focus();
}

layoutReady.then(() => {
  setupFeedbackForm({ endpoint: '/api/feedback', onCreated: showDone });
  onLangChange(renderDone);
});
