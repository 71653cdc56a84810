import { h, s, clear, countries, dash } from './dom.js';
import { api } from './api.js';

const FIRST_LIST_WAIT_MS = 8000;

/**
 * The incident list with its filters; the filters live in the hash (#/?country=AM&from=...) so a view can be linked.
 * The list follows the server-sent events of GET incidents/stream (same filters): a new or changed incident
 * appears without reloading, and each row has a strip of its dated events. Without EventSource, or if the stream
 * gives nothing in time, the plain GET incidents list is shown (without the strips). Returns the cleanup.
 */
export async function renderIncidentList(main, params) {
  const filters = { country: (params.get('country') || '').toUpperCase(), from: params.get('from') || '', to: params.get('to') || '' };
  document.title = 'Incidents – Borderwatch';
  const live = h('span', { id: 'live-state', class: 'live', role: 'status' }, 'connecting');
  const updated = h('span', { id: 'updated', class: 'updated', 'aria-live': 'polite' });
  const body = h('div', { class: 'incident-list' });
  const root = h('div', { class: 'incidents-view', dataset: { live: 'connecting' } },
    h('h1', {}, 'Border incidents'),
    h('div', { class: 'head-bar' }, live, updated),
    filterForm(filters),
    body,
    h('p', { class: 'exports no-print' }, 'Export all: ',
      h('a', { href: api.allCsvUrl(), download: 'borderwatch-events.csv' }, 'events (CSV)'), ' · ',
      h('a', { href: api.allGeoJsonUrl(), download: 'borderwatch-incidents.geojson' }, 'places (GeoJSON)')));

  let shown = null; // ids drawn so far: a later list marks the rows it adds
  const setLive = (state) => { root.dataset.live = state; live.textContent = state; };
  const draw = (rows) => {
    const before = shown;
    shown = new Set(rows.map(r => r.incident.id));
    clear(body).append(table(rows, before));
    if (before) {
      updated.textContent = `Updated ${new Date().toLocaleTimeString()}`;
      updated.classList.remove('flash');
      void updated.offsetWidth; // restart the animation
      updated.classList.add('flash');
    }
  };

  if (typeof EventSource === 'undefined') {
    draw((await api.incidents(filters)).map(i => ({ incident: i, days: null })));
    setLive('not live');
    clear(main).append(root);
    return () => {};
  }
  const source = new EventSource(api.listStreamUrl(filters));
  const first = new Promise((resolve) => {
    source.onmessage = (msg) => {
      draw(JSON.parse(msg.data).incidents || []);
      resolve(true);
    };
    setTimeout(() => resolve(false), FIRST_LIST_WAIT_MS);
  });
  source.onopen = () => setLive('live');
  source.onerror = () => setLive(source.readyState === EventSource.CLOSED ? 'offline' : 'reconnecting');
  if (!(await first)) draw((await api.incidents(filters)).map(i => ({ incident: i, days: null })));
  clear(main).append(root);
  return () => source.close();
}

function filterForm(filters) {
  return h('form', { class: 'filters no-print', 'aria-label': 'Filter incidents', onsubmit: (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    const fd = new FormData(ev.target);
    for (const k of ['country', 'from', 'to']) { const v = String(fd.get(k) || '').trim(); if (v) q.set(k, v); }
    location.hash = '#/' + (q.toString() ? '?' + q : '');
  } },
    h('label', {}, 'State (ISO code) ', h('input', { name: 'country', id: 'f-country', value: filters.country, size: 3,
      maxlength: 2, pattern: '[A-Za-z]{2}', placeholder: 'AM', autocomplete: 'off' })),
    h('label', {}, 'From ', h('input', { type: 'date', name: 'from', id: 'f-from', value: filters.from })),
    h('label', {}, 'To ', h('input', { type: 'date', name: 'to', id: 'f-to', value: filters.to })),
    h('button', { type: 'submit' }, 'Filter'),
    (filters.country || filters.from || filters.to) ? h('a', { href: '#/', class: 'reset' }, 'Clear') : null);
}

function table(rows, before) {
  if (rows.length === 0) return h('p', { class: 'empty' }, 'No incident matches these filters.');
  return h('table', { class: 'incidents' },
    h('caption', {}, `${rows.length} incident${rows.length === 1 ? '' : 's'}, newest first`),
    h('thead', {}, h('tr', {}, ['Incident', 'States', 'Status', 'Dated events', 'First event', 'Last event', 'Killed (spread)', 'Articles']
      .map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map(({ incident: i, days }) => h('tr', {
      class: 'incident-row' + (before && !before.has(i.id) ? ' fresh' : ''), dataset: { id: i.id } },
    h('th', { scope: 'row' }, h('a', { href: `#/incidents/${encodeURIComponent(i.id)}` }, i.title || i.id)),
    h('td', {}, countries(i.countries)),
    h('td', {}, h('span', { class: `status status-${i.status}` }, i.status)),
    h('td', { class: 'strip-cell' }, days ? strip(days) : '—'),
    h('td', { class: 'date' }, dash(i.firstEventDate)),
    h('td', { class: 'date' }, dash(i.lastEventDate)),
    h('td', { class: 'num killed' }, killed(i)),
    h('td', { class: 'num' }, i.articleCount)))));
}

const DAY_MS = 86400000;
const MIN_SPAN_DAYS = 14;

/**
 * A strip of the incident's dated events: one bar per day on the incident's own time axis (at least two weeks
 * wide), its height by the number of events, violence (clashes, attacks, incursions, casualties) stacked in red
 * over everything else in grey.
 */
function strip(days) {
  const W = 150, H = 24, BASE = H - 3;
  if (days.length === 0) return h('span', { class: 'meta' }, 'no dated event');
  const t = days.map(d => Date.parse(d.date + 'T00:00:00Z'));
  const first = Math.min(...t), last = Math.max(...t);
  const span = Math.max(MIN_SPAN_DAYS, Math.round((last - first) / DAY_MS) + 1);
  const bar = Math.max(2, Math.min(8, W / span - 1));
  const x = (ms) => 1 + ((ms - first) / DAY_MS) * ((W - bar - 2) / Math.max(1, span - 1));
  const most = Math.max(...days.map(d => d.violence + d.other));
  const y = (n) => (BASE - 2) * Math.sqrt(n / most);
  const total = days.reduce((n, d) => n + d.violence + d.other, 0);
  const label = `${total} dated event${total === 1 ? '' : 's'} on ${days.length} day${days.length === 1 ? '' : 's'}, `
    + `${days[0].date}${days.length > 1 ? ' to ' + days[days.length - 1].date : ''}`;
  return s('svg', { class: 'strip', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': label },
    s('title', {}, label),
    s('line', { x1: 0, x2: W, y1: BASE + 0.5, y2: BASE + 0.5, class: 'axis' }),
    days.map((d, k) => {
      const hv = Math.max(3, y(d.violence + d.other));
      const hViolence = d.violence ? Math.min(hv, Math.max(1.5, hv * d.violence / (d.violence + d.other))) : 0;
      return s('g', { class: 'day', 'data-date': d.date },
        s('title', {}, `${d.date}: ${d.violence} violent, ${d.other} other`),
        s('rect', { x: x(t[k]), y: BASE - hv, width: bar, height: hv - hViolence, class: 'other' }),
        hViolence ? s('rect', { x: x(t[k]), y: BASE - hViolence, width: bar, height: hViolence, class: 'violence' }) : null);
    }));
}

function killed(i) {
  if (i.killedBest === null || i.killedBest === undefined) return '—';
  const spread = i.killedLow !== null && i.killedLow !== undefined && i.killedHigh !== null && i.killedHigh !== undefined
    && (i.killedLow !== i.killedBest || i.killedHigh !== i.killedBest) ? ` (${i.killedLow}–${i.killedHigh})` : '';
  return `${i.killedBest}${spread}`;
}
