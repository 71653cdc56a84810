import { h, clear, countries, dash } from './dom.js';
import { api } from './api.js';

/** The incident list with its filters; the filters live in the hash (#/?country=AM&from=...) so a view can be linked. */
export async function renderIncidentList(main, params) {
  const filters = { country: (params.get('country') || '').toUpperCase(), from: params.get('from') || '', to: params.get('to') || '' };
  const incidents = await api.incidents(filters);
  document.title = 'Incidents – Borderwatch';

  const form = h('form', { class: 'filters no-print', 'aria-label': 'Filter incidents', onsubmit: (ev) => {
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

  const rows = incidents.map(i => h('tr', { class: 'incident-row', dataset: { id: i.id } },
    h('th', { scope: 'row' }, h('a', { href: `#/incidents/${encodeURIComponent(i.id)}` }, i.title || i.id)),
    h('td', {}, countries(i.countries)),
    h('td', {}, h('span', { class: `status status-${i.status}` }, i.status)),
    h('td', { class: 'date' }, dash(i.firstEventDate)),
    h('td', { class: 'date' }, dash(i.lastEventDate)),
    h('td', { class: 'num killed' }, killed(i)),
    h('td', { class: 'num' }, i.articleCount)));

  clear(main).append(
    h('h1', {}, 'Border incidents'),
    form,
    incidents.length === 0
      ? h('p', { class: 'empty' }, 'No incident matches these filters.')
      : h('table', { class: 'incidents' },
        h('caption', {}, `${incidents.length} incident${incidents.length === 1 ? '' : 's'}, newest first`),
        h('thead', {}, h('tr', {}, ['Incident', 'States', 'Status', 'First event', 'Last event', 'Killed (spread)', 'Articles']
          .map(t => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, rows)),
    h('p', { class: 'exports no-print' }, 'Export all: ',
      h('a', { href: api.allCsvUrl(), download: 'borderwatch-events.csv' }, 'events (CSV)'), ' · ',
      h('a', { href: api.allGeoJsonUrl(), download: 'borderwatch-incidents.geojson' }, 'places (GeoJSON)')));
}

function killed(i) {
  if (i.killedBest === null || i.killedBest === undefined) return '—';
  const spread = i.killedLow !== null && i.killedLow !== undefined && i.killedHigh !== null && i.killedHigh !== undefined
    && (i.killedLow !== i.killedBest || i.killedHigh !== i.killedBest) ? ` (${i.killedLow}–${i.killedHigh})` : '';
  return `${i.killedBest}${spread}`;
}
