// The open data page: lists the feedback data set's fields from the data package descriptor.

import { t } from './i18n.js';
import { layoutReady } from './layout.js';
import { apiGet } from './api.js';

layoutReady.then(async () => {
  const body = document.getElementById('od-fields');
  try {
    const descriptor = await apiGet('/api/open-data/datapackage.json');
    const feedback = descriptor.resources.find((r) => r.name === 'feedback');
    body.replaceChildren(...feedback.schema.fields.map((f) => {
      const row = document.createElement('tr');
      const name = document.createElement('th');
      name.scope = 'row';
      const code = document.createElement('code');
      code.textContent = f.name;
      name.append(code);
      const type = document.createElement('td');
      type.textContent = f.type;
      const description = document.createElement('td');
      description.textContent = f.description;
      description.lang = 'en';
      row.append(name, type, description);
      return row;
    }));
  } catch {
    const row = document.createElement('tr');
    const cell = document.createElement('td');
    cell.colSpan = 3;
    cell.textContent = t('tp.error');
    row.append(cell);
    body.replaceChildren(row);
  }
});
