import { h, clear, country, countries, dash, claimant, describeEvent, typeLabel, actorName } from './dom.js';
import { api } from './api.js';
import { articleStatus, statusBadge, incidentTitles } from './status.js';

const PAGE = 100;

/** The articles, a page at a time, each with its title, outlet, date, status and the reason for it. */
export async function renderArticleList(main, params) {
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const { items, total } = await api.articlePage(offset, PAGE);
  // A server that does not page gives everything: show it all, as given.
  const paged = total !== null && items.length <= PAGE;
  const [originalOf, titleOf] = await Promise.all([copiesOf(items), incidentTitles(api)]);
  document.title = 'Articles – Borderwatch';
  const count = total ?? items.length;
  const nav = paged && count > PAGE ? h('p', { class: 'pager no-print' },
    offset > 0 ? h('a', { href: `#/articles?offset=${Math.max(0, offset - PAGE)}` }, '← Newer') : null, ' ',
    `${offset + 1}–${offset + items.length} of ${count}`, ' ',
    offset + items.length < count ? h('a', { href: `#/articles?offset=${offset + PAGE}` }, 'Older →') : null) : null;
  clear(main).append(...[h('h1', {}, 'Articles'), nav,
    h('table', { class: 'articles' },
      h('caption', {}, `${count} article${count === 1 ? '' : 's'}`),
      h('colgroup', {}, ['c-title', 'c-outlet', 'c-date', 'c-status', 'c-reason'].map(c => h('col', { class: c }))),
      h('thead', {}, h('tr', {}, ['Title', 'Outlet', 'Published', 'Status', 'Why / where'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, items.map(a => {
        const st = articleStatus(a, originalOf, titleOf);
        return h('tr', { class: 'article-row', dataset: { id: a.id, status: st.kind } },
          h('th', { scope: 'row' }, h('a', { href: `#/articles/${encodeURIComponent(a.id)}` }, a.title || a.fileName || 'untitled article'),
            (a.countries || []).length ? h('span', { class: 'meta states' }, countries(a.countries)) : null),
          h('td', {}, dash(a.outlet)),
          h('td', { class: 'date' }, dash(a.published)),
          h('td', {}, statusBadge(st)),
          h('td', { class: 'reason' }, st.detail));
      }))),
    nav ? nav.cloneNode(true) : null].filter(Boolean));
}

/**
 * Which listed article copies which, when the list does not say (no duplicateOf field): the pictures of the
 * incidents on this page name each copy's original (ArticleRef.duplicateOf). Returns id -> original ArticleRef.
 */
async function copiesOf(items) {
  if (items.some(a => 'duplicateOf' in a)) return () => null;
  const ids = [...new Set(items.filter(a => a.incidentId).map(a => a.incidentId))];
  const refs = new Map();
  for (let k = 0; k < ids.length; k += 8) {
    const pictures = await Promise.all(ids.slice(k, k + 8).map(id => api.incident(id).catch(() => null)));
    for (const p of pictures.filter(Boolean)) {
      const byId = new Map((p.articles || []).map(r => [r.id, r]));
      for (const r of p.articles || []) if (r.duplicateOf) refs.set(r.id, byId.get(r.duplicateOf) || { id: r.duplicateOf });
    }
  }
  return (id) => refs.get(id) || null;
}

/** The article text with each record's evidence sentence marked, and the records beside it. */
export async function renderArticle(main, id) {
  const a = await api.article(id);
  const [original, titleOf] = await Promise.all([a.duplicateOf ? originalRef(a) : null, incidentTitles(api)]);
  const st = articleStatus({ ...a, duplicateOf: original }, null, titleOf);
  document.title = `${a.title || a.id} – Borderwatch`;
  const events = a.events || [];
  const text = a.text || '';
  const records = h('ol', { class: 'records' }, events.map((e, i) => recordCard(e, i)));
  const body = h('div', { class: 'article-text', id: 'article-text' }, highlighted(text, events));

  body.addEventListener('click', (ev) => {
    const mark = ev.target.closest('mark');
    if (mark) select(mark.dataset.events.split(' ').map(Number), true);
  });
  // Hovering a marked sentence outlines its records (the mark's title also names them).
  body.addEventListener('mouseover', (ev) => {
    const mark = ev.target.closest('mark');
    records.querySelectorAll('.linked').forEach(el => el.classList.remove('linked'));
    if (mark) mark.dataset.events.split(' ').forEach(i => records.querySelector(`li.record[data-index="${i}"]`)?.classList.add('linked'));
  });
  body.addEventListener('mouseleave', () => records.querySelectorAll('.linked').forEach(el => el.classList.remove('linked')));
  records.addEventListener('click', (ev) => {
    const card = ev.target.closest('li.record');
    if (card && !ev.target.closest('a')) select([Number(card.dataset.index)], false);
  });

  function select(indexes, scrollRecords) {
    main.querySelectorAll('.selected').forEach(el => el.classList.remove('selected'));
    for (const i of indexes) {
      const card = records.querySelector(`li.record[data-index="${i}"]`);
      if (card) card.classList.add('selected');
      body.querySelectorAll('mark').forEach(m => { if (m.dataset.events.split(' ').includes(String(i))) m.classList.add('selected'); });
    }
    const first = scrollRecords ? records.querySelector('li.record.selected') : body.querySelector('mark.selected');
    if (first) first.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  clear(main).append(
    h('p', { class: 'crumbs no-print' }, a.incidentId
      ? h('a', { href: `#/incidents/${encodeURIComponent(a.incidentId)}` }, `← ${titleOf(a.incidentId) || 'Incident ' + a.incidentId}`)
      : h('a', { href: '#/articles' }, '← All articles')),
    h('h1', {}, a.title || a.fileName || a.id),
    h('dl', { class: 'facts' },
      [['Published', dash(a.published)], ['Outlet', dash(a.outlet)], ['States', countries(a.countries) || '—'],
        ['Status', [statusBadge(st), ' ', h('span', { class: 'reason', id: 'article-reason' }, st.detail)]], ['File', dash(a.fileName)],
        ['Extractor', a.extractor ? `${a.extractor.name || ''} ${a.extractor.version || ''}`.trim() : '—']]
        .map(([t, v]) => [h('dt', {}, t), h('dd', {}, v)]),
      (a.warnings || []).length ? [h('dt', {}, 'Extractor notes'), h('dd', {}, a.warnings.join('; '))] : null),
    h('div', { class: 'article-layout' },
      h('section', { 'aria-labelledby': 'h-text' }, h('h2', { id: 'h-text' }, 'Text'),
        h('p', { class: 'hint no-print' }, 'Marked sentences are the evidence of a record: click one to see its record.'), body),
      h('section', { 'aria-labelledby': 'h-records', class: 'records-col' },
        h('h2', { id: 'h-records' }, `Extracted records (${events.length})`),
        events.length ? records : h('p', { class: 'empty' }, 'No record.'))));
}

/** The original of a copy, named by title and outlet: from the incident's picture, else from the article itself. */
async function originalRef(a) {
  if (a.incidentId) {
    const p = await api.incident(a.incidentId).catch(() => null);
    const ref = p && (p.articles || []).find(r => r.id === a.duplicateOf);
    if (ref) return ref;
  }
  const o = await api.article(a.duplicateOf).catch(() => null);
  return o ? { id: o.id, title: o.title, outlet: o.outlet } : { id: a.duplicateOf };
}

/**
 * Splits the text at every evidence boundary and wraps each covered piece in a mark naming the records it
 * supports, so overlapping or shared sentences stay correct. Offsets are UTF-16 indexes (Java and JS agree);
 * if a sentence is not at its offsets (text normalized differently) it is looked up by its content.
 */
function highlighted(text, events) {
  const spans = [];
  events.forEach((e, i) => {
    const ev = e.evidence;
    if (!ev) return;
    let { start, end } = ev;
    if (!(start >= 0 && end <= text.length && start < end && text.slice(start, end) === ev.sentence)) {
      start = ev.sentence ? text.indexOf(ev.sentence) : -1;
      end = start + (ev.sentence || '').length;
    }
    if (start >= 0 && end > start) spans.push({ start, end, i });
  });
  const cuts = [...new Set([0, text.length, ...spans.flatMap(s => [s.start, s.end])])].sort((x, y) => x - y);
  const out = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k], to = cuts[k + 1];
    const piece = text.slice(from, to);
    const covering = spans.filter(s => s.start <= from && s.end >= to).map(s => s.i);
    if (covering.length === 0) { out.push(piece); continue; }
    const label = covering.map(i => recordTitle(events[i])).join('; ');
    out.push(h('mark', { dataset: { events: covering.join(' ') }, title: label, tabindex: 0,
      onkeydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); ev.target.click(); } } }, piece));
  }
  return out;
}

function recordTitle(e) {
  return `${typeLabel(e.type)}${e.negated ? ' (denied)' : ''}${e.date ? ' ' + e.date : ''}: ${describeEvent(e)} – ${claimant(e.claimedBy)}`;
}

function recordCard(e, i) {
  const c = e.counts || {};
  const counts = ['killed', 'wounded', 'captured', 'missing', 'troops', 'evacuated']
    .filter(k => c[k] !== null && c[k] !== undefined).map(k => `${c.qualifier ? c.qualifier + ' ' : ''}${c[k]} ${k}`);
  const type = typeLabel(e.type);
  return h('li', { class: `record${e.negated ? ' negated' : ''}${e.background ? ' background' : ''}`, dataset: { index: i }, tabindex: 0 },
    h('div', { class: 'record-head' },
      e.negated ? h('s', { class: 'type' }, type) : h('span', { class: 'type' }, type),
      e.negated ? h('span', { class: 'tag' }, 'denied') : null,
      e.background ? h('span', { class: 'tag' }, 'background') : null,
      h('span', { class: 'date' }, e.date || (e.dateHint ? `undated (${e.dateHint})` : 'undated'))),
    h('dl', {},
      counts.length ? [h('dt', {}, 'Counts'), h('dd', {}, e.negated ? h('s', {}, counts.join(', ')) : counts.join(', '))] : null,
      e.party ? [h('dt', {}, 'Party'), h('dd', {}, country(e.party) + (e.civilian ? ' (civilians)' : ''))] : null,
      [h('dt', {}, 'Claimed by'), h('dd', {}, claimant(e.claimedBy))],
      (e.actors || []).length ? [h('dt', {}, 'Actors'), h('dd', {}, e.actors.map(a => `${actorName(a) || '?'} (${a.role})`).join(', '))] : null,
      e.appeal ? [h('dt', {}, 'Appeal'), h('dd', {}, `${country(e.appeal.from)} → ${country(e.appeal.to)}${e.appeal.instrument ? ', ' + e.appeal.instrument : ''}`)] : null,
      (e.locations || []).length ? [h('dt', {}, 'Places'), h('dd', {}, e.locations.map(l => l.name).join(', '))] : null,
      e.summary ? [h('dt', {}, 'Summary'), h('dd', {}, e.summary)] : null,
      [h('dt', {}, 'Confidence'), h('dd', {}, typeof e.confidence === 'number' ? e.confidence.toFixed(2) : '—')]));
}
