// The analyse page: send text, a URL or a file to the API and show the reader for the result.
import { el, fetchJSON, renderReader, showError } from './reader.js';

const form = document.getElementById('analyze-form');
const status = document.getElementById('analyze-status');
const button = document.getElementById('analyze-button');
const root = document.getElementById('reader-root');
let mode = 'text';

for (const tab of document.querySelectorAll('.tab[data-mode]')) {
  tab.addEventListener('click', () => {
    mode = tab.dataset.mode;
    for (const t of document.querySelectorAll('.tab[data-mode]')) {
      t.setAttribute('aria-selected', String(t === tab));
    }
    for (const box of document.querySelectorAll('.mode')) {
      box.hidden = !box.classList.contains(`mode-${mode}`);
    }
  });
}

function request() {
  const store = document.getElementById('in-store').checked;
  if (mode === 'url') {
    const url = document.getElementById('in-url').value.trim();
    if (!url) throw new Error('Give the URL of an article.');
    return ['/api/analyze/url', jsonPost({ url, store })];
  }
  if (mode === 'file') {
    const input = document.getElementById('in-file');
    if (!input.files.length) throw new Error('Choose a file.');
    const data = new FormData();
    data.append('file', input.files[0]);
    data.append('store', store ? 'true' : 'false');
    return ['/api/analyze/file', { method: 'POST', body: data }];
  }
  const text = document.getElementById('in-text').value;
  if (!text.trim()) throw new Error('Paste the text of an article.');
  const body = { text, store };
  const title = document.getElementById('in-title').value.trim();
  const outlet = document.getElementById('in-outlet').value.trim();
  const published = document.getElementById('in-published').value;
  if (title) body.title = title;
  if (outlet) body.outlet = outlet;
  if (published) body.published = published;
  return ['/api/analyze/text', jsonPost(body)];
}

function jsonPost(body) {
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  let url;
  let init;
  try {
    [url, init] = request();
  } catch (err) {
    status.textContent = err.message;
    status.className = 'status error';
    return;
  }
  button.disabled = true;
  status.className = 'status';
  status.textContent = 'Analysing…';
  const started = performance.now();
  try {
    const [result, catalog] = await Promise.all([
      fetchJSON(url, init), fetchJSON('/api/techniques').catch(() => []),
    ]);
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    status.textContent = `Analysed in ${secs} s${result.stored ? ' and saved' : ''}.`;
    renderReader(root, result.article, catalog);
    if (result.stored) {
      const note = el('p', 'notice saved-note');
      note.id = 'saved-note';
      note.appendChild(document.createTextNode('Saved in the library: '));
      const a = el('a', '', 'open its page');
      a.href = `/articles/${encodeURIComponent(result.article.id)}`;
      note.appendChild(a);
      root.prepend(note);
    }
    root.scrollIntoView({ behavior: 'smooth', block: 'start' });
  } catch (err) {
    status.textContent = '';
    showError(root, err);
  } finally {
    button.disabled = false;
  }
});
