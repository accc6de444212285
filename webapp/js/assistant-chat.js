// The assistant conversation, shared by the full page (assistant.html) and the panel that every page opens
// from its header (layout.js): the question form, the transcript, answers with their confidence in words,
// sources, the "was this helpful?" rating, the hand-off into the feedback form and the honest "I don't know".
//
// Server strings are only ever set as text (never parsed as HTML). The conversation (its id and turns) is kept
// in sessionStorage, so the panel and the page continue the same conversation while the tab is open.

import { t } from './i18n.js';
import { apiGet, apiPost, setCsrfToken } from './api.js';
import { setMessage, setPlain } from './catalog.js';

export const QUESTION_MAX = 1000;
export const STORAGE_KEY = 'ks.assistant';
const MAX_TURNS = 20;
const EXAMPLES = ['assistant.example.1', 'assistant.example.2', 'assistant.example.3'];

/** Confidence as words, not colour: ≥ 0.75 sure, ≥ 0.45 fairly sure, below that not sure. */
export function confidenceLevel(confidence) {
  const value = Number(confidence);
  if (!Number.isFinite(value)) {
    return 'low';
  }
  if (value >= 0.75) {
    return 'high';
  }
  return value >= 0.45 ? 'medium' : 'low';
}

/** The source page of a passage: /source.html?id=…#p<ordinal>. */
export function sourceHref(documentId, ordinal) {
  const base = `/source.html?id=${encodeURIComponent(String(documentId || ''))}`;
  const n = Number(ordinal);
  return Number.isInteger(n) && n >= 0 ? `${base}#p${n}` : base;
}

/** Only same-site paths ("/feedback.html?…") are followed for the hand-off; anything else is dropped. */
function safeLocalUrl(value) {
  const text = String(value || '');
  return text.startsWith('/') && !text.startsWith('//') && !text.startsWith('/\\') ? text : null;
}

function safeExternalUrl(value) {
  try {
    const url = new URL(String(value || ''));
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

// ---- the conversation in sessionStorage -------------------------------------------------------------------

function emptyState() {
  return { conversationId: null, turns: [] };
}

export function loadState() {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const data = raw ? JSON.parse(raw) : null;
    if (data && Array.isArray(data.turns)) {
      return { conversationId: data.conversationId || null, turns: data.turns.slice(-MAX_TURNS) };
    }
  } catch {
    // Unreadable or unavailable: start afresh.
  }
  return emptyState();
}

function saveState(state) {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ conversationId: state.conversationId, turns: state.turns.slice(-MAX_TURNS) }));
  } catch {
    // The conversation then lasts for this page only.
  }
}

// ---- small DOM helpers ------------------------------------------------------------------------------------

function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) {
    element.className = className;
  }
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

function msg(tag, className, key, params) {
  const element = el(tag, className);
  setMessage(element, key, params);
  return element;
}

function passageLabel(title, heading) {
  const main = String(title || '').trim();
  const sub = String(heading || '').trim();
  if (!sub || sub === main) {
    return main;
  }
  return main ? `${main} — ${sub}` : sub;
}

let uid = 0;

/**
 * Builds the conversation inside container. prefix makes the ids unique (the page and the panel differ).
 * Returns {focus(), form, input}.
 */
export function mountChat(container, { prefix }) {
  const id = (name) => `${prefix}-${name}`;
  let state = loadState();
  let busy = false;

  const root = el('div', 'chat');
  const examples = el('div', 'chat-examples');
  examples.id = id('examples');
  const examplesIntro = msg('p', 'chat-examples-intro', 'assistant.examples.intro');
  const examplesList = el('ul', 'chat-example-list');
  EXAMPLES.forEach((key) => {
    const item = el('li');
    const button = msg('button', 'link-button chat-example', key);
    button.type = 'button';
    button.addEventListener('click', () => {
      input.value = t(key);
      renderCount();
      ask();
    });
    item.append(button);
    examplesList.append(item);
  });
  examples.append(examplesIntro, examplesList);

  const transcript = el('ol', 'chat-transcript');
  transcript.id = id('transcript');
  transcript.setAttribute('data-i18n-attr', 'aria-label:assistant.transcript.label');
  transcript.setAttribute('aria-label', t('assistant.transcript.label'));

  // Announces each answer politely; the transcript itself is not live, so the question is not read back.
  const live = el('div', 'visually-hidden chat-live');
  live.id = id('live');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');

  const form = el('form', 'chat-form');
  form.id = id('form');
  form.noValidate = true;
  const field = el('div', 'field');
  const label = msg('label', null, 'assistant.question.label');
  label.htmlFor = id('question');
  const hint = msg('p', 'hint', 'assistant.question.hint');
  hint.id = id('hint');
  const error = el('p', 'field-error');
  error.id = id('error');
  const input = el('textarea', 'chat-input');
  input.id = id('question');
  input.name = 'question';
  input.rows = 3;
  input.maxLength = QUESTION_MAX;
  input.setAttribute('aria-describedby', `${hint.id} ${id('count')}`);
  const count = el('p', 'counter');
  count.id = id('count');
  field.append(label, hint, error, input, count);

  const actions = el('div', 'actions chat-actions');
  const submit = msg('button', 'button', 'assistant.send');
  submit.type = 'submit';
  submit.id = id('submit');
  const restart = msg('button', 'button button-secondary', 'assistant.new');
  restart.type = 'button';
  restart.id = id('new');
  const working = el('p', 'muted chat-working');
  working.id = id('working');
  actions.append(submit, restart, working);
  form.append(field, actions);

  root.append(examples, transcript, live, form);
  container.replaceChildren(root);

  // ---- rendering ------------------------------------------------------------------------------------------

  function renderCount() {
    setMessage(count, 'assistant.question.count', { used: input.value.length, max: QUESTION_MAX });
  }

  function renderEmpty() {
    const empty = state.turns.length === 0;
    transcript.hidden = empty;
    examples.hidden = !empty;
    restart.hidden = empty;
  }

  function sourceList(items, className) {
    const list = el('ul', className);
    const seen = new Set();
    items.forEach((item) => {
      if (!item || !item.documentId) {
        return;
      }
      const key = `${item.documentId}#${item.ordinal}`;
      if (seen.has(key)) {
        return;
      }
      seen.add(key);
      const entry = el('li');
      const link = el('a', 'chat-source', passageLabel(item.title, item.heading) || item.documentId);
      // Live answers cite the portal's own pages (tracking, the catalogue) by a local path.
      const local = safeLocalUrl(item.url);
      link.href = local || sourceHref(item.documentId, item.ordinal);
      entry.append(link);
      const external = local ? null : safeExternalUrl(item.url);
      if (external) {
        const original = el('a', 'chat-external');
        original.href = external;
        original.rel = 'noopener noreferrer';
        const visible = msg('span', null, 'assistant.source.original');
        const hidden = el('span', 'visually-hidden', `: ${item.title || item.documentId}`);
        original.append(visible, hidden);
        entry.append(' ', original);
      }
      list.append(entry);
    });
    return list.children.length > 0 ? list : null;
  }

  function ratingBox(turn) {
    const n = ++uid;
    const group = el('div', 'chat-rating');
    group.setAttribute('role', 'group');
    const question = msg('span', 'chat-rating-question', 'assistant.rating.question');
    question.id = id(`rating-label-${n}`);
    group.setAttribute('aria-labelledby', question.id);
    const yes = msg('button', 'button button-small button-secondary chat-rate-yes', 'assistant.rating.yes');
    const no = msg('button', 'button button-small button-secondary chat-rate-no', 'assistant.rating.no');
    const status = el('p', 'chat-rating-status');
    status.setAttribute('role', 'status');
    status.tabIndex = -1;
    [yes, no].forEach((button) => {
      button.type = 'button';
    });

    function settle(choice, key) {
      yes.disabled = true;
      no.disabled = true;
      yes.setAttribute('aria-pressed', String(choice === 'yes'));
      no.setAttribute('aria-pressed', String(choice === 'no'));
      status.className = 'chat-rating-status';
      setMessage(status, key);
    }

    async function rate(helpful, button) {
      if (yes.disabled || button.getAttribute('aria-disabled') === 'true') {
        return;
      }
      button.setAttribute('aria-disabled', 'true');
      const answerId = encodeURIComponent(String(turn.reply.answerId));
      try {
        await postWithSession(`/api/assistant/answers/${answerId}/rating`, { helpful });
        turn.rated = helpful ? 'yes' : 'no';
        saveState(state);
        settle(turn.rated, 'assistant.rating.thanks');
      } catch (failure) {
        if (failure.status === 409) {
          turn.rated = helpful ? 'yes' : 'no';
          saveState(state);
          settle(turn.rated, 'assistant.rating.already');
        } else {
          status.className = 'chat-rating-status field-error';
          setMessage(status, failure.network ? 'error.network' : 'assistant.rating.error');
          button.removeAttribute('aria-disabled');
          return;
        }
      } finally {
        button.removeAttribute('aria-disabled');
      }
      status.focus();
    }

    yes.addEventListener('click', () => rate(true, yes));
    no.addEventListener('click', () => rate(false, no));
    group.append(question, ' ', yes, ' ', no, status);
    if (turn.rated) {
      settle(turn.rated, 'assistant.rating.thanks');
    }
    return group;
  }

  function renderTurn(turn) {
    const reply = turn.reply || {};
    const item = el('li', 'chat-turn');

    const asked = el('div', 'chat-question');
    asked.append(msg('p', 'chat-who', 'assistant.you'), el('p', 'chat-text', turn.question));

    const answer = el('div', 'chat-answer');
    answer.append(msg('p', 'chat-who', 'assistant.bot'));
    const answered = reply.answered === true && typeof reply.answer === 'string' && reply.answer.trim() !== '';
    if (answered) {
      const text = el('p', 'chat-text chat-answer-text', reply.answer);
      if (reply.language === 'tr' || reply.language === 'en') {
        text.lang = reply.language;
      }
      answer.append(text);
      const level = confidenceLevel(reply.confidence);
      answer.append(msg('p', `chat-confidence chat-confidence-${level}`, `assistant.confidence.${level}`));
      const citations = Array.isArray(reply.citations) ? reply.citations : [];
      const list = sourceList(citations, 'chat-sources');
      if (list) {
        answer.append(msg('p', 'chat-label', 'assistant.sources'), list);
      }
    } else {
      answer.classList.add('chat-unknown');
      answer.append(msg('p', 'chat-text chat-unknown-text', 'assistant.unknown'));
      const suggestions = Array.isArray(reply.suggestions) ? reply.suggestions : [];
      const list = sourceList(suggestions, 'chat-suggestions');
      if (list) {
        answer.append(msg('p', 'chat-label', 'assistant.suggestions'), list);
      }
    }

    const liveType = reply.live && typeof reply.live === 'object' ? reply.live.type : null;
    const cited = Array.isArray(reply.citations) && reply.citations.some((c) => c && safeLocalUrl(c.url));
    if ((liveType === 'tracking' || liveType === 'catalog') && !cited) {
      const link = msg('a', 'chat-live-link', `assistant.live.${liveType}`);
      link.href = liveType === 'tracking' ? '/track.html' : '/#departments-title';
      const paragraph = el('p');
      paragraph.append(link);
      answer.append(paragraph);
    }

    const handoff = reply.handoff && typeof reply.handoff === 'object' ? safeLocalUrl(reply.handoff.url) : null;
    if (handoff) {
      const box = el('div', 'chat-handoff');
      box.append(msg('p', null, 'assistant.handoff.text'));
      const link = msg('a', 'button button-small chat-handoff-link', 'assistant.handoff.button');
      link.href = handoff;
      box.append(link);
      answer.append(box);
    }

    if (answered && reply.answerId !== undefined && reply.answerId !== null) {
      answer.append(ratingBox(turn));
    }
    item.append(asked, answer);
    return item;
  }

  function renderAll() {
    transcript.replaceChildren(...state.turns.map(renderTurn));
    renderEmpty();
  }

  /** What a screen reader hears when a reply arrives (the transcript is not a live region). */
  function announce(reply) {
    let text;
    if (reply.answered === true && reply.answer) {
      const level = confidenceLevel(reply.confidence);
      const citations = Array.isArray(reply.citations) ? reply.citations : [];
      const titles = [...new Set(citations.map((c) => c && c.title).filter(Boolean))];
      text = [
        t('assistant.announce.answer', { text: reply.answer }),
        t(`assistant.confidence.${level}`),
        titles.length > 0 ? t('assistant.announce.sources', { titles: titles.join(', ') }) : '',
      ]
        .filter(Boolean)
        .join(' ');
    } else {
      text = [t('assistant.unknown'), reply.handoff ? t('assistant.handoff.text') : ''].filter(Boolean).join(' ');
    }
    setPlain(live, text);
  }

  // ---- errors ---------------------------------------------------------------------------------------------

  function clearError() {
    setPlain(error, '');
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', `${hint.id} ${id('count')}`);
  }

  function showError(message) {
    if (message.key) {
      setMessage(error, message.key, message.params);
    } else {
      setPlain(error, message.text);
    }
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', `${error.id} ${hint.id} ${id('count')}`);
    setPlain(live, error.textContent);
  }

  function showProblem(failure) {
    if (failure.network) {
      showError({ key: 'error.network' });
      return;
    }
    if (failure.status === 429) {
      showError({ key: 'assistant.error.rateLimited' });
      return;
    }
    const problem = failure.problem || {};
    const fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
    const first = fieldErrors.find((e) => e && e.message);
    if (failure.status === 400 && (first || problem.detail)) {
      showError({ text: String(first ? first.message : problem.detail) });
      return;
    }
    showError({ key: 'assistant.error.generic' });
  }

  /** POST; a staff session without its token in this tab fetches it once from /api/auth/me and retries. */
  async function postWithSession(path, body) {
    try {
      return await apiPost(path, body);
    } catch (failure) {
      if (failure.status !== 403) {
        throw failure;
      }
      const me = await apiGet('/api/auth/me').catch(() => null);
      if (!me || !me.csrfToken) {
        throw failure;
      }
      setCsrfToken(me.csrfToken);
      return apiPost(path, body);
    }
  }

  // ---- asking ---------------------------------------------------------------------------------------------

  async function ask() {
    if (busy) {
      return;
    }
    const question = input.value.trim();
    if (!question) {
      showError({ key: 'assistant.error.empty' });
      input.focus();
      return;
    }
    if (question.length > QUESTION_MAX) {
      showError({ key: 'assistant.error.tooLong', params: { max: QUESTION_MAX } });
      input.focus();
      return;
    }
    clearError();
    busy = true;
    submit.setAttribute('aria-disabled', 'true');
    root.setAttribute('aria-busy', 'true');
    setMessage(working, 'assistant.asking');
    setPlain(live, '');
    try {
      const body = { question };
      if (state.conversationId) {
        body.conversationId = state.conversationId;
      }
      let reply;
      try {
        reply = await postWithSession('/api/assistant/ask', body);
      } catch (failure) {
        // A conversation the server no longer knows: ask again as a new one.
        if (body.conversationId && (failure.status === 404 || failure.status === 410)) {
          state.conversationId = null;
          delete body.conversationId;
          reply = await postWithSession('/api/assistant/ask', body);
        } else {
          throw failure;
        }
      }
      reply = reply && typeof reply === 'object' ? reply : {};
      if (reply.conversationId) {
        state.conversationId = reply.conversationId;
      }
      const turn = { question, reply, rated: null };
      state.turns.push(turn);
      if (state.turns.length > MAX_TURNS) {
        state.turns = state.turns.slice(-MAX_TURNS);
        renderAll();
      } else {
        transcript.append(renderTurn(turn));
        renderEmpty();
      }
      saveState(state);
      input.value = '';
      renderCount();
      announce(reply);
      const last = transcript.lastElementChild;
      if (last && typeof last.scrollIntoView === 'function') {
        last.scrollIntoView({ block: 'nearest' });
      }
    } catch (failure) {
      showProblem(failure);
    } finally {
      busy = false;
      submit.removeAttribute('aria-disabled');
      root.removeAttribute('aria-busy');
      setPlain(working, '');
    }
  }

  function startOver() {
    state = emptyState();
    saveState(state);
    renderAll();
    clearError();
    setMessage(live, 'assistant.newStarted');
    input.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ask();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      ask();
    }
  });
  input.addEventListener('input', () => {
    renderCount();
    if (input.getAttribute('aria-invalid') === 'true' && input.value.trim()) {
      clearError();
    }
  });
  restart.addEventListener('click', startOver);

  renderCount();
  renderAll();

  return {
    form,
    input,
    focus: () => input.focus(),
    /** Re-reads the stored conversation (the other view of it may have changed it). */
    refresh: () => {
      state = loadState();
      renderAll();
    },
  };
}
