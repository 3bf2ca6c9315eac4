// The reader page: load one stored article and its technique legend, then render.
import { fetchJSON, renderReader, showError } from './reader.js';

const root = document.getElementById('reader-root');
const id = document.body.dataset.articleId;

Promise.all([
  fetchJSON(`/api/articles/${encodeURIComponent(id)}`),
  fetchJSON('/api/techniques').catch(() => []),
]).then(([article, catalog]) => {
  document.title = `${article.title || 'Article'} · presslens`;
  renderReader(root, article, catalog);
}).catch((err) => showError(root, err));
