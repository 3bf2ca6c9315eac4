// The reader page: load one stored article and its technique legend, then render.
import { fetchJSON, renderReader, showError } from './reader.js';

const root = document.getElementById('reader-root');
const id = document.body.dataset.articleId;

Promise.all([
  fetchJSON(`/api/articles/${encodeURIComponent(id)}`),
  fetchJSON('/api/techniques').catch(() => []),
]).then(([article, catalog]) => {
  document.title = `${article.title || 'Article'} · presslens`;
  const view = renderReader(root, article, catalog);
  // A link to "#layer:index" (as the reader itself writes) marks that item.
  window.addEventListener('hashchange', () => {
    const key = decodeURIComponent(window.location.hash.slice(1));
    if (view.index.has(key)) view.select(key, true);
  });
}).catch((err) => showError(root, err));
