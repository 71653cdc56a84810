import { h, clear, country, countries, dash, claimant, describeEvent, typeLabel } from './dom.js';
import { api } from './api.js';
import { placesPanel } from './map.js';

const CATEGORY = { killed: 'Killed', wounded: 'Wounded', captured: 'Captured', missing: 'Missing' };

/**
 * The incident page. Without asOf it follows the live picture over server-sent events; with asOf it shows the
 * picture as it stood that day and does not subscribe. Returns the cleanup that closes the stream and the map.
 */
export async function renderIncident(main, id, asOf) {
  const [picture, timeline] = await Promise.all([api.incident(id, asOf), api.timeline(id).catch(() => [])]);
  let current = picture;
  let currentTimeline = timeline;
  let panel = null;
  const root = h('article', { class: 'incident', dataset: { id } });
  clear(main).append(root);
  draw();

  if (asOf || typeof EventSource === 'undefined') return () => panel && panel.remove();
  const source = new EventSource(api.streamUrl(id));
  source.onopen = () => setLive('live');
  source.onerror = () => setLive(source.readyState === EventSource.CLOSED ? 'offline' : 'reconnecting');
  source.onmessage = async (msg) => {
    const next = JSON.parse(msg.data);
    if (sameContent(next, current)) return; // the first push repeats what was fetched
    current = next;
    currentTimeline = await api.timeline(id).catch(() => currentTimeline);
    draw();
    flash();
  };
  return () => { source.close(); if (panel) panel.remove(); };

  function draw() {
    const y = window.scrollY;
    const previous = panel ? panel.view() : null;
    if (panel) panel.remove();
    const articles = new Map((current.articles || []).map(a => [a.id, a]));
    panel = placesPanel(current, currentTimeline, (articleId) => shortLabel(articles, articleId));
    clear(root).append(...incidentView(current, currentTimeline, asOf, articles, panel.element));
    panel.mount(previous);
    window.scrollTo(0, y);
    document.title = `${current.title || current.id} – Borderwatch`;
    setLive(asOf ? 'as-of' : root.dataset.live || 'connecting');
  }

  function setLive(state) {
    root.dataset.live = state;
    const badge = root.querySelector('#live-state');
    if (badge) badge.textContent = asOf ? `as of ${asOf}` : state;
  }

  function flash() {
    const note = root.querySelector('#updated');
    note.textContent = `Updated ${new Date().toLocaleTimeString()}`;
    note.classList.remove('flash');
    void note.offsetWidth; // restart the animation
    note.classList.add('flash');
  }
}

function sameContent(a, b) {
  const strip = (p) => JSON.stringify({ ...p, updatedAt: null });
  return strip(a) === strip(b);
}

function incidentView(p, timeline, asOf, articles, mapElement) {
  return [
    h('p', { class: 'crumbs no-print' }, h('a', { href: '#/' }, '← All incidents')),
    header(p, asOf),
    section('casualties', 'Casualties: the claims side by side', casualties(p, articles)),
    section('forces', 'Troops', forces(p, articles)),
    section('map', 'Places', mapElement),
    section('appeals', 'Appeals', appeals(p, articles)),
    section('accusations', 'Accusations', accusations(p, articles)),
    section('responses', 'Responses of organizations and third states', responses(p, articles)),
    section('timeline', 'Timeline', timelineView(timeline, articles)),
    section('articles', 'Articles', articleList(p)),
  ];
}

function section(id, title, body) {
  return h('section', { id: `sec-${id}`, 'aria-labelledby': `h-${id}` }, h('h2', { id: `h-${id}` }, title), body);
}

function header(p, asOf) {
  const cf = p.ceasefire;
  const asOfForm = h('form', { class: 'asof no-print', onsubmit: (ev) => {
    ev.preventDefault();
    const v = ev.target.elements.asOf.value;
    location.hash = `#/incidents/${encodeURIComponent(p.id)}` + (v ? `?asOf=${v}` : '');
  } },
    h('label', { for: 'asof-date' }, 'As of '),
    h('input', { type: 'date', id: 'asof-date', name: 'asOf', value: asOf || '' }),
    h('button', { type: 'submit' }, 'Show'),
    asOf ? h('a', { href: `#/incidents/${encodeURIComponent(p.id)}`, class: 'to-live' }, 'Back to live') : null);
  return h('header', { class: 'incident-head' },
    h('h1', {}, p.title || p.id),
    h('div', { class: 'head-bar' },
      h('span', { id: 'live-state', class: 'live', role: 'status' }, asOf ? `as of ${asOf}` : 'connecting'),
      h('span', { id: 'updated', class: 'updated', 'aria-live': 'polite' }),
      asOfForm),
    asOf ? h('p', { class: 'asof-note', role: 'note' }, `The picture as it stood on ${asOf}: only articles published by that day. Live updates are off.`) : null,
    h('dl', { class: 'facts' },
      fact('States', countries(p.countries)),
      fact('Status', h('span', { class: `status status-${p.status}` }, p.status)),
      fact('First event', dash(p.firstEventDate)),
      fact('Last event', dash(p.lastEventDate)),
      fact('Ceasefire', cf && cf.reported
        ? `reported${cf.date ? ' ' + cf.date : ''}${cf.mediator ? ', mediated by ' + country(cf.mediator) : ''}${cf.broken ? ' – broken since' : ''}`
        : 'none reported'),
      fact('Articles', String((p.articles || []).filter(a => !a.duplicateOf).length))),
    h('p', { class: 'exports no-print' }, 'Export: ',
      h('a', { href: api.csvUrl(p.id), download: `${p.id}-events.csv` }, 'events (CSV)'), ' · ',
      h('a', { href: api.geoJsonUrl(p.id), download: `${p.id}.geojson` }, 'places (GeoJSON)')));
}

function fact(term, value) {
  return [h('dt', {}, term), h('dd', {}, value)];
}

/** One full-width table per figure: the claims side by side, the evidence sentence given the most room. */
function figures(list, caption, articles) {
  return list.map(f => h('table', { class: 'claims' },
    h('caption', {}, caption(f), ' ', h('span', { class: 'figure' },
      'best ', h('strong', { class: 'best' }, dash(f.best)),
      f.low !== null && f.low !== undefined ? ` · low ${f.low} · high ${f.high}` : '')),
    h('colgroup', {}, ['c-figure', 'c-claimant', 'c-source', 'c-evidence'].map(c => h('col', { class: c }))),
    h('thead', {}, h('tr', {}, ['Figure', 'Claimed by', 'Source', 'Evidence'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, (f.claims || []).map(c => claimRow(c, articles)))));
}

function claimRow(c, articles) {
  const denial = c.count === 0;
  return h('tr', { class: denial ? 'claim denial' : 'claim' },
    h('td', { class: 'num' }, denial ? h('em', {}, 'no casualties') : `${c.qualifier ? c.qualifier + ' ' : ''}${c.count}`),
    h('td', {}, claimant(c.claimedBy)),
    h('td', { class: 'source' }, c.articleId ? sourceCell(articles, c.articleId, c.published) : '—'),
    h('td', { class: 'evidence' }, c.evidence ? h('q', {}, c.evidence.sentence) : '—'));
}

/** An article as a source: its title as the link, its outlet and date under it. */
function sourceCell(articles, id, published) {
  const a = articles.get(id) || {};
  return [h('a', { href: `#/articles/${encodeURIComponent(id)}`, title: fullLabel(articles, id) }, a.title || 'untitled article'),
    h('span', { class: 'meta' }, [a.outlet, a.published || published || 'undated'].filter(Boolean).join(', '))];
}

function casualties(p, articles) {
  const list = p.casualties || [];
  if (list.length === 0) return h('p', { class: 'empty' }, 'No casualty figures reported.');
  return h('div', { class: 'figures' }, figures(list,
    f => `${CATEGORY[f.category] || f.category}${f.civilian ? ' (civilians)' : ''} – ${f.party ? country(f.party) : 'party unknown'}`,
    articles));
}

function forces(p, articles) {
  const list = p.forces || [];
  if (list.length === 0) return h('p', { class: 'empty' }, 'No troop figures reported.');
  return h('div', { class: 'figures' }, figures(list, f => `Troops of ${f.party ? country(f.party) : 'unknown party'}`, articles));
}

/** Each appeal as a stepper: appeal -> consultations -> decision (rejected with its reason, or a mission). */
function appeals(p, articles) {
  const list = p.appeals || [];
  if (list.length === 0) return h('p', { class: 'empty' }, 'No appeal reported.');
  return list.map(a => {
    const consulted = a.outcome === 'consultations'
      || (p.responses || []).some(r => r.organization === a.to && ['consultation', 'meeting'].includes(r.type) && !r.negated);
    const decided = a.outcome === 'rejected' || a.outcome === 'mission';
    const steps = [
      step('done', 'Appeal', `${country(a.from)} to ${country(a.to)}${a.instrument ? ' under ' + a.instrument : ''}${a.date ? ', ' + a.date : ''}`),
      step(consulted ? 'done' : decided ? 'skipped' : 'todo', 'Consultations', consulted ? `${country(a.to)} consulted` : decided ? 'none reported' : 'not yet'),
      a.outcome === 'rejected' ? step('rejected', 'Rejected', a.reason ? `reason: “${a.reason}”` : 'no reason given')
        : a.outcome === 'mission' ? step('done', 'Mission', `${country(a.to)} decided a mission`)
          : step('todo', 'Decision', 'pending'),
    ];
    return h('div', { class: 'appeal', dataset: { outcome: a.outcome } },
      h('h3', {}, `${country(a.from)} → ${country(a.to)}`, ' ', h('span', { class: `outcome outcome-${a.outcome}` }, a.outcome)),
      h('ol', { class: 'stepper' }, steps),
      (a.articleIds || []).length ? h('p', { class: 'sources' }, 'Sources: ', a.articleIds.map((id, i) => [i ? '; ' : '', sourceLink(articles, id)])) : null);
  });
}

function step(state, label, detail) {
  return h('li', { class: `step step-${state}` }, h('span', { class: 'step-label' }, label),
    h('span', { class: 'visually-hidden' }, ` (${state}) `), h('span', { class: 'step-detail' }, detail));
}

/** One column per state of the pair: what it accuses the other of. */
function accusations(p, articles) {
  const list = p.accusations || [];
  if (list.length === 0) return h('p', { class: 'empty' }, 'No accusation reported.');
  const sides = [...new Set([...(p.countries || []), ...list.map(a => a.accuser)])];
  return h('div', { class: 'columns' }, sides.map(side => {
    const mine = list.filter(a => a.accuser === side);
    return h('div', { class: 'column', dataset: { side } },
      h('h3', {}, `${country(side)} says`),
      mine.length === 0 ? h('p', { class: 'empty' }, 'nothing reported') :
        h('ul', {}, mine.map(a => h('li', {},
          h('span', { class: 'accused' }, `about ${country(a.accused)}: `), a.claim || '(accusation)', ' ',
          sourceLinks(articles, a.articleIds)))));
  }));
}

function responses(p, articles) {
  const list = p.responses || [];
  if (list.length === 0) return h('p', { class: 'empty' }, 'None reported.');
  return h('ul', { class: 'responses' }, list.map(r => h('li', { class: r.negated ? 'negated' : '' },
    h('span', { class: 'date' }, dash(r.date)), ' ', h('strong', {}, country(r.organization)), ' ',
    r.negated ? h('s', {}, typeLabel(r.type)) : typeLabel(r.type), r.negated ? ' (denied)' : '', ' ',
    sourceLinks(articles, r.articleIds))));
}

function sourceLinks(articles, ids) {
  if (!(ids || []).length) return null;
  return h('span', { class: 'sources' }, ' (', ids.map((id, i) => [i ? '; ' : '', sourceLink(articles, id)]), ')');
}

/** A link to an article named by its outlet and date (its full title, outlet and date on hover). */
function sourceLink(articles, id) {
  return h('a', { href: `#/articles/${encodeURIComponent(id)}`, title: fullLabel(articles, id) }, shortLabel(articles, id));
}

/** "Outlet, 2022-09-13", else the start of the title and the date; never the article's hash. */
function shortLabel(articles, id) {
  const a = articles.get(id);
  if (!a) return 'an article not in this picture';
  const t = a.title || 'untitled article';
  const name = a.outlet || (t.length > 40 ? t.slice(0, 38).trimEnd() + '…' : t);
  return `${name}, ${a.published || 'undated'}`;
}

function fullLabel(articles, id) {
  const a = articles.get(id);
  return a ? [a.title || 'untitled article', a.outlet, a.published || 'undated'].filter(Boolean).join(' — ') : id;
}

/** The timeline, limited to the picture's articles so an as-of view does not show later events. */
function timelineView(timeline, articles) {
  // Near-duplicate copies repeat their original's events: they are folded under it in the article list instead.
  const entries = (timeline || []).filter(t => articles.has(t.articleId) && !articles.get(t.articleId).duplicateOf
    && !t.event.background);
  if (entries.length === 0) return h('p', { class: 'empty' }, 'No dated event.');
  return h('ol', { class: 'timeline' }, entries.map(t => h('li', { class: t.event.negated ? 'negated' : '' },
    h('time', { datetime: t.event.date || '' }, t.event.date || (t.event.dateHint ? `undated (${t.event.dateHint})` : 'undated')),
    ' ', h('span', { class: `type type-${(t.event.type || '').toLowerCase()}` }, typeLabel(t.event.type)),
    t.event.negated ? ' (denied)' : '', ' ',
    h('span', { class: 'desc' }, describeEvent(t.event)), ' ',
    sourceLink(articles, t.articleId))));
}

/** Originals by title, outlet and date, each with its near-duplicates folded under it ("also published by ..."). */
function articleList(p) {
  const all = p.articles || [];
  const originals = all.filter(a => !a.duplicateOf || !all.some(o => o.id === a.duplicateOf));
  const item = (a) => [h('a', { href: `#/articles/${encodeURIComponent(a.id)}` }, a.title || 'untitled article'), ' ',
    h('span', { class: 'meta' }, [a.outlet || 'outlet unknown', a.published || 'undated'].join(', '))];
  return h('ul', { class: 'article-list' }, originals.map(a => {
    const copies = all.filter(c => c.duplicateOf === a.id);
    return h('li', { dataset: { id: a.id } }, item(a),
      copies.length ? h('details', { class: 'copies' },
        h('summary', {}, `also published by ${copies.map(c => c.outlet || 'another outlet').join(', ')}`),
        h('ul', {}, copies.map(c => h('li', {}, item(c), h('span', { class: 'meta' }, ' (a copy: counted once)'))))) : null);
  }));
}
