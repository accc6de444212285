// Shared by the transparency page and the officials' dashboard: number formats, figure tables that sort by
// keyboard, and accessible charts (a chart, a one-sentence summary and the same data as a table).

import { currentLang, t } from './i18n.js';

function locale() {
  return currentLang() === 'en' ? 'en-GB' : 'tr-TR';
}

export function fmtNumber(value, digits = 0) {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function fmtShare(value) {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** The name of a group in the page language. */
export function groupName(group) {
  if (group && group.names) {
    return group.names[currentLang()] || group.names.tr || group.code;
  }
  return group ? group.name || group.code : '';
}

function hidden(group, field) {
  return Boolean(group && (group.suppressed || (group.suppressedFigures || []).includes(field)));
}

/** {text, sort} of one figure of a group; withheld figures read "too few responses", missing ones "—". */
export function figure(group, field) {
  const value = field.split('.').reduce((object, key) => (object == null ? null : object[key]), group);
  const base = field.split('.')[0];
  if (value == null) {
    return hidden(group, base) ? { text: t('tp.tooFew'), sort: null, tooFew: true } : { text: '—', sort: null };
  }
  switch (field) {
    case 'onTimeRate':
    case 'reopenRate':
      return { text: fmtShare(value), sort: value };
    case 'satisfaction':
    case 'resolutionSatisfaction': {
      if (value.mean == null) {
        return { text: '—', sort: null };
      }
      const ci = value.ci95Low == null ? '' : ` (${fmtNumber(value.ci95Low, 2)}–${fmtNumber(value.ci95High, 2)})`;
      return { text: fmtNumber(value.mean, 2) + ci, sort: value.mean };
    }
    default:
      return { text: fmtNumber(value), sort: value };
  }
}

/** The standard columns of a figure table. */
export const COLUMNS = Object.freeze([
  { field: 'submissions', key: 'tp.col.submissions' },
  { field: 'satisfaction', key: 'tp.col.satisfaction' },
  { field: 'satisfaction.ratings', key: 'tp.col.ratings' },
  { field: 'onTimeRate', key: 'tp.col.onTime' },
  { field: 'medianResponseDays', key: 'tp.col.median' },
  { field: 'p90ResponseDays', key: 'tp.col.p90' },
  { field: 'medianResolutionDays', key: 'tp.col.resolutionMedian' },
  { field: 'reopenRate', key: 'tp.col.reopen' },
  { field: 'resolutionSatisfaction', key: 'tp.col.resolution' },
]);

function el(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attrs).forEach(([name, value]) => {
    if (value != null) {
      element.setAttribute(name, value);
    }
  });
  children.forEach((child) => element.append(child));
  return element;
}

export { el };

/**
 * A table of groups (departments, services, neighbourhoods, months) whose columns sort with buttons in the headers.
 * options: id, caption, firstKey (the first column's header key), columns, link(group) → href or null,
 * extra: [{key, cell(group) → {text, sort}}] appended columns.
 */
export function groupTable(container, { id, caption, firstKey, rows, columns = COLUMNS, link, extra = [] }) {
  const all = [
    { key: firstKey, cell: (g) => ({ text: groupName(g), sort: groupName(g) }), first: true },
    ...columns.map((c) => ({ key: c.key, cell: (g) => figure(g, c.field) })),
    ...extra,
  ];
  const state = container.sortState || { column: -1, direction: 'none' };
  container.sortState = state;
  const body = el('tbody');
  const headerRow = el('tr');
  const table = el('table', { id, class: 'data-table figures' }, el('caption', { id: `${id}-caption` }, caption),
    el('thead', {}, headerRow), body);

  function fill() {
    const ordered = rows.slice();
    if (state.column >= 0) {
      const column = all[state.column];
      const sign = state.direction === 'descending' ? -1 : 1;
      ordered.sort((a, b) => {
        const x = column.cell(a).sort;
        const y = column.cell(b).sort;
        if (x == null && y == null) return 0;
        if (x == null) return 1;
        if (y == null) return -1;
        return (typeof x === 'string' ? x.localeCompare(y, locale()) : x - y) * sign;
      });
    }
    body.replaceChildren(...ordered.map((g) => {
      const tr = el('tr', { 'data-code': g.code });
      all.forEach((column, index) => {
        const value = column.cell(g);
        if (column.first) {
          const href = link ? link(g) : null;
          tr.append(el('th', { scope: 'row' }, href ? el('a', { href }, value.text) : value.text));
        } else {
          tr.append(el('td', { class: value.tooFew ? 'too-few' : null, 'data-col': String(index) }, value.text));
        }
      });
      return tr;
    }));
    headerRow.querySelectorAll('th').forEach((th, index) => {
      th.setAttribute('aria-sort', index === state.column ? state.direction : 'none');
    });
  }

  all.forEach((column, index) => {
    const button = el('button', { type: 'button', class: 'sort-button' }, t(column.key));
    button.addEventListener('click', () => {
      state.direction = state.column === index && state.direction === 'ascending' ? 'descending' : 'ascending';
      state.column = index;
      fill();
      button.focus();
    });
    headerRow.append(el('th', { scope: 'col' }, button));
  });
  fill();
  container.replaceChildren(el('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': `${id}-caption`,
    tabindex: '0' }, table));
}

/** One sentence that says how a series moved: first and last value and the highest point. */
export function trendSentence(what, labels, values) {
  const points = labels.map((label, i) => ({ label, value: values[i] })).filter((p) => p.value != null);
  if (points.length === 0) {
    return t('tp.chart.noData', { what });
  }
  if (points.length === 1) {
    return t('tp.chart.single', { what, label: points[0].label, value: fmtNumber(points[0].value, 2).replace(/[,.]00$/, '') });
  }
  const first = points[0];
  const last = points[points.length - 1];
  const max = points.reduce((a, b) => (b.value > a.value ? b : a));
  const show = (v) => fmtNumber(v, 2).replace(/[,.]00$/, '');
  const direction = last.value > first.value ? 'tp.chart.rose' : last.value < first.value ? 'tp.chart.fell' : 'tp.chart.same';
  return t(direction, { what, from: first.label, to: last.label, a: show(first.value), b: show(last.value),
    max: show(max.value), maxLabel: max.label });
}

/**
 * An accessible chart: the drawing (role img, named by the summary sentence, reachable by keyboard), the summary as
 * visible text, and the same numbers as a table. Bars and points carry their values as labels, so nothing depends
 * on colour. kind: 'bar' or 'line'. Without the chart library the table and summary still show.
 */
export function chart(container, { id, title, labels, values, kind = 'bar', valueKey, labelKey, format = (v) => fmtNumber(v) }) {
  const summary = trendSentence(title, labels, values);
  const drawing = el('div', { id: `${id}-chart`, class: 'chart', role: 'img', 'aria-label': summary, tabindex: '0' });
  const rows = labels.map((label, i) => el('tr', {}, el('th', { scope: 'row' }, label),
    el('td', {}, values[i] == null ? t('tp.tooFewOrNone') : format(values[i]))));
  const table = el('table', { id: `${id}-table`, class: 'data-table chart-table' },
    el('caption', { id: `${id}-caption` }, t('tp.chart.tableCaption', { what: title })),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t(labelKey)), el('th', { scope: 'col' }, t(valueKey)))),
    el('tbody', {}, ...rows));
  const figureEl = el('figure', { class: 'chart-figure', id },
    drawing,
    el('figcaption', { id: `${id}-summary`, class: 'chart-summary' }, summary),
    el('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': `${id}-caption`, tabindex: '0' }, table));
  container.replaceChildren(figureEl);
  if (window.echarts) {
    const instance = window.echarts.init(drawing, null, { renderer: 'svg' });
    instance.setOption({
      animation: false,
      aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
      grid: { left: 48, right: 16, top: 28, bottom: 40 },
      xAxis: { type: 'category', data: labels, axisLabel: { color: '#1a1a1a' } },
      yAxis: { type: 'value', axisLabel: { color: '#1a1a1a' } },
      series: [{
        type: kind,
        data: values,
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 8,
        itemStyle: { color: '#0b4f8a' },
        lineStyle: { width: 3 },
        label: { show: true, position: 'top', color: '#1a1a1a', formatter: (p) => (p.value == null ? '' : format(p.value)) },
      }],
    });
    drawing.setAttribute('role', 'img');
    drawing.setAttribute('aria-label', summary);
  }
}

/** One section per feature that gives figures (proposals, assistant, …). */
export function renderSections(container, sections, prefix) {
  const lang = currentLang();
  container.replaceChildren(...sections.map((s) => {
    const titleId = `${prefix}-section-${s.section}`;
    const title = s.titles ? s.titles[lang] || s.title : s.title;
    // not a named landmark itself: its table region below carries the same name (landmarks must be unique)
    const section = el('section', { class: 'figure-section', 'data-section': s.section },
      el('h2', { id: titleId }, title));
    if (s.unavailable) {
      section.append(el('p', { class: 'muted' }, t('tp.section.unavailable')));
      return section;
    }
    const rows = s.figures.map((f) => el('tr', {},
      el('th', { scope: 'row' }, f.labels ? f.labels[lang] || f.label : f.label),
      el('td', { class: f.suppressed ? 'too-few' : null }, f.suppressed ? t('tp.tooFew')
        : f.value == null ? '—' : f.unit === 'share' ? fmtShare(f.value) : fmtNumber(f.value, Number.isInteger(f.value) ? 0 : 2)),
      el('td', {}, fmtNumber(f.basis)),
      el('td', {}, f.definitions ? f.definitions[lang] || f.definition : f.definition)));
    const captionId = `${titleId}-caption`;
    section.append(el('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
      el('table', { class: 'data-table' }, el('caption', { id: captionId }, title),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('tp.col.figure')), el('th', { scope: 'col' }, t('tp.col.value')),
          el('th', { scope: 'col' }, t('tp.col.basis')), el('th', { scope: 'col' }, t('tp.col.definition')))),
        el('tbody', {}, ...rows))));
    return section;
  }));
}

