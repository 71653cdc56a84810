// Hash router: #/ (incidents), #/incidents/{id}[?asOf=YYYY-MM-DD], #/articles, #/articles/{id}.
import { h, clear } from './dom.js';
import { renderIncidentList } from './list.js';
import { renderIncident } from './incident.js';
import { renderArticle, renderArticleList } from './article.js';

const main = document.getElementById('main');
let cleanup = null; // closes the previous view's EventSource

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = raw.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(qs || '') };
}

async function route(event) {
  if (cleanup) { cleanup(); cleanup = null; }
  const { parts, params } = parseHash();
  clear(main).append(h('p', { class: 'loading' }, 'Loading…'));
  try {
    if (parts.length === 0) {
      cleanup = await renderIncidentList(main, params);
    } else if (parts[0] === 'incidents' && parts[1]) {
      cleanup = await renderIncident(main, parts[1], params.get('asOf'));
    } else if (parts[0] === 'articles' && parts[1]) {
      await renderArticle(main, parts[1]);
    } else if (parts[0] === 'articles') {
      await renderArticleList(main, params);
    } else {
      clear(main).append(h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '#/' }, 'Back to the incidents')));
    }
  } catch (e) {
    clear(main).append(h('h1', {}, e.status === 404 ? 'Not found' : 'Could not load'),
      h('p', { class: 'error', role: 'alert' }, e.message),
      h('p', {}, h('a', { href: '#/' }, 'Back to the incidents')));
  }
  // After an in-page navigation, move focus to the new content so keyboard and screen-reader users start there.
  if (event && event.type === 'hashchange') main.focus({ preventScroll: true });
  document.body.dataset.ready = location.hash || '#/';
}

window.addEventListener('hashchange', route);
route();
