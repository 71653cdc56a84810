// Small DOM helpers. Everything from the server goes in as text (never innerHTML), so article text cannot inject markup.

/** h('a', {href: '#/'}, 'text', child...) - attributes starting with "on" become listeners; null/false children are skipped. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

let regionNames = null;
try { regionNames = new Intl.DisplayNames(['en'], { type: 'region' }); } catch (e) { /* old browser: codes only */ }

/** "AM" -> "Armenia"; organizations ("CSTO") and unknown codes stay as they are. */
export function country(code) {
  if (!code) return '';
  if (/^[A-Z]{2}$/.test(code) && regionNames) {
    try {
      const name = regionNames.of(code);
      if (name && name !== code) return name;
    } catch (e) { /* not a region code */ }
  }
  return code;
}

export function countries(codes) {
  return (codes || []).map(country).join(' – ');
}

export function dash(v) {
  return v === null || v === undefined || v === '' ? '—' : v;
}

export function articleLink(id, label) {
  return h('a', { href: `#/articles/${encodeURIComponent(id)}` }, label || id.slice(0, 10));
}

export function claimant(c) {
  if (!c) return 'outlet';
  const where = [c.organization, c.country && country(c.country)].filter(Boolean).join(', ');
  return where && c.name !== where ? `${c.name} (${where})` : c.name;
}

/** A one-line description of an event record, used in the timeline and beside the article text. */
export function describeEvent(e) {
  const parts = [];
  const c = e.counts || {};
  const q = c.qualifier ? c.qualifier + ' ' : '';
  for (const k of ['killed', 'wounded', 'captured', 'missing', 'evacuated']) {
    if (c[k] !== null && c[k] !== undefined) parts.push(`${q}${c[k]} ${k}`);
  }
  if (c.troops !== null && c.troops !== undefined) parts.push(`${q}${c.troops} troops`);
  if (c.distanceKm !== null && c.distanceKm !== undefined) parts.push(`${c.distanceKm} km`);
  if (e.party) parts.push(`party ${country(e.party)}`);
  if (e.civilian) parts.push('civilians');
  if (e.appeal) parts.push(`appeal ${country(e.appeal.from)} → ${country(e.appeal.to)}${e.appeal.instrument ? ' (' + e.appeal.instrument + ')' : ''}`);
  const named = (role) => (e.actors || []).filter(a => a.role === role).map(actorName).filter(Boolean);
  const initiators = named('initiator');
  const targets = named('target');
  const mediators = named('mediator');
  if (initiators.length) parts.push(`by ${initiators.join(', ')}`);
  if (targets.length) parts.push(`against ${targets.join(', ')}`);
  if (mediators.length) parts.push(`mediated by ${mediators.join(', ')}`);
  if ((e.locations || []).length) parts.push('at ' + e.locations.map(l => l.name).join(', '));
  if (e.summary) parts.push(`“${e.summary}”`);
  return parts.join('; ');
}

/** An actor's name; state actors may carry only their country code. */
export function actorName(a) {
  return a.name ? (/^[A-Z]{2}$/.test(a.name) ? country(a.name) : a.name) : country(a.country) || a.organization || '';
}

export function typeLabel(type) {
  return (type || '').toLowerCase().replace(/_/g, ' ');
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}
