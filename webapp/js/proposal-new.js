// New proposal: while the citizen types, up to five similar proposals are shown with a one-click
// "support this one instead" (never a blocking step) and a likely department is suggested.

import { currentLang } from './i18n.js';
import { layoutReady, onLangChange } from './layout.js';
import { apiGet, apiPost } from './api.js';
import { currentSession, el, fieldErrors, flash, hasRole, markFields, showProblem } from './participation.js';

const form = document.getElementById('new-form');
const loginBox = document.getElementById('new-login');
const errorBox = document.getElementById('new-error');
const title = document.getElementById('new-title');
const body = document.getElementById('new-body');
const department = document.getElementById('new-departmentCode');
const neighbourhood = document.getElementById('new-neighbourhoodCode');
const similarBox = document.getElementById('similar-box');
const similarList = document.getElementById('similar-list');
const suggestion = document.getElementById('department-suggestion');
const FIELDS = ['title', 'body', 'departmentCode', 'neighbourhoodCode'];

let departments = [];
let timer = null;
let seq = 0;

function departmentLabel(d) {
  return currentLang() === 'en' ? d.name.en : d.name.tr;
}

function fillDepartments() {
  const chosen = department.value;
  department.querySelectorAll('option[value]:not([value=""])').forEach((o) => o.remove());
  departments.forEach((d) => department.append(new Option(departmentLabel(d), d.code)));
  department.value = chosen;
}

async function refreshHints() {
  const text_ = `${title.value}\n${body.value}`.trim();
  const mine = ++seq;
  if (text_.length < 8) {
    similarBox.hidden = true;
    return;
  }
  try {
    const [similar, depts] = await Promise.all([
      apiGet(`/api/proposals/similar?text=${encodeURIComponent(text_)}`),
      apiGet(`/api/proposals/suggest-department?text=${encodeURIComponent(text_)}`),
    ]);
    if (mine !== seq) {
      return;
    }
    showSimilar(similar);
    showDepartment(depts[0]);
  } catch {
    // hints are optional
  }
}

function showSimilar(items) {
  similarList.replaceChildren();
  items.forEach((p) => {
    const li = el('li', { class: 'card' });
    const link = el('a', { href: `/proposal.html?id=${p.id}` });
    link.textContent = p.title;
    const meta = el('p', { class: 'small muted' }, 'proposals.supports', { n: p.supports });
    li.append(el('h3'), meta);
    li.querySelector('h3').append(link);
    if (p.state === 'PUBLISHED' || p.state === 'UNDER_EVALUATION') {
      const b = el('button', { id: `support-instead-${p.id}`, class: 'button button-secondary', type: 'button' },
        'proposals.new.supportInstead');
      b.addEventListener('click', async () => {
        errorBox.replaceChildren();
        try {
          await apiPost(`/api/proposals/${p.id}/supports`);
          flash('proposals.new.supported', { title: p.title });
          window.location.assign(`/proposal.html?id=${p.id}`);
        } catch (error) {
          showProblem(errorBox, error, 'proposals.error.generic');
        }
      });
      li.append(b);
    }
    similarList.append(li);
  });
  similarBox.hidden = items.length === 0;
}

function showDepartment(s) {
  suggestion.replaceChildren();
  const d = s && departments.find((x) => x.code === s.departmentCode);
  if (!d || department.value) {
    return;
  }
  const p = el('span', {}, 'proposals.new.departmentSuggested', { name: departmentLabel(d) });
  const use = el('button', { id: 'department-use', type: 'button', class: 'button button-small button-secondary' },
    'proposals.new.departmentUse');
  use.addEventListener('click', () => {
    department.value = d.code;
    suggestion.replaceChildren();
    department.focus();
  });
  suggestion.append(p, ' ', use);
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(refreshHints, 350);
}

async function init() {
  await layoutReady;
  const session = await currentSession();
  if (!hasRole(session, 'CITIZEN')) {
    loginBox.hidden = false;
    return;
  }
  form.hidden = false;
  try {
    departments = await apiGet('/api/catalog/departments');
    fillDepartments();
    const nbh = await apiGet('/api/catalog/neighbourhoods');
    nbh.forEach((n) => neighbourhood.append(new Option(n.name, n.code)));
  } catch {
    // the selects stay optional
  }
  onLangChange(fillDepartments);
  title.addEventListener('input', schedule);
  body.addEventListener('input', schedule);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errorBox.replaceChildren();
    markFields('new', FIELDS, {});
    try {
      const created = await apiPost('/api/proposals', {
        title: title.value,
        body: body.value,
        departmentCode: department.value || undefined,
        neighbourhoodCode: neighbourhood.value || undefined,
      });
      flash(created.visibility === 'PENDING' ? 'proposals.new.held' : 'proposals.new.created');
      window.location.assign(`/proposal.html?id=${created.id}`);
    } catch (error) {
      const errors = fieldErrors(error);
      markFields('new', FIELDS, errors);
      showProblem(errorBox, error, 'proposals.error.generic');
      errorBox.focus();
    }
  });
}

init();
