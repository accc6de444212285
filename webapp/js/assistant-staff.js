// Staff panel addition: the link to the assistant's knowledge page, shown to editors and administrators.

import { layoutReady } from './layout.js';
import { apiGet } from './api.js';

layoutReady.then(async () => {
  const item = document.getElementById('staff-knowledge-item');
  if (!item) {
    return;
  }
  try {
    const me = await apiGet('/api/auth/me');
    const roles = Array.isArray(me && me.roles) ? me.roles : [];
    item.hidden = !roles.includes('EDITOR') && !roles.includes('ADMIN');
  } catch {
    item.hidden = true;
  }
});
