// The assistant's full page: the same conversation as the header panel (assistant-chat.js), in the page.

import { layoutReady } from './layout.js';
import { mountChat } from './assistant-chat.js';

layoutReady.then(() => {
  const chat = mountChat(document.getElementById('assistant-chat'), { prefix: 'assistant' });
  // ?q= asks straight away (e.g. from a search box elsewhere); otherwise the field waits for the visitor.
  const question = new URLSearchParams(window.location.search).get('q');
  if (question) {
    chat.input.value = question.slice(0, 1000);
    chat.input.dispatchEvent(new Event('input'));
    chat.form.requestSubmit();
  }
});
