import { h, country, countries } from './dom.js';

/*
 * What became of an article and why, from GET /articles (ArticleView): pending, rejected (with the reason the
 * pipeline gave), not an incident (and why), a copy of another article, or the incident it counts in.
 * Fields the API may add later are used when present (duplicateOf on the list, a reason on analyzed articles);
 * otherwise the reason is derived from what the list gives, following the extractor's rule for a border incident
 * (two states named, a border context and a military event between them).
 */

/**
 * { kind, label, detail }: kind is a css-friendly word, detail a node or text saying why. originalOf(id) and
 * titleOf(incidentId) are optional look-ups (the copy's original, the incident's title).
 */
export function articleStatus(a, originalOf, titleOf) {
  if (a.status === 'pending') {
    return { kind: 'pending', label: 'pending', detail: 'waiting for the extractor' };
  }
  if (a.status === 'rejected') {
    const reason = a.reason || 'no reason recorded';
    // extract-service rejects a text not in English with "language ru: not supported yet" (the ISO 639-1 code)
    return /language/i.test(reason)
      ? { kind: 'language', label: 'unsupported language', detail: reason }
      : { kind: 'rejected', label: 'rejected', detail: reason };
  }
  const duplicateOf = a.duplicateOf || (originalOf && originalOf(a.id));
  if (duplicateOf) {
    const original = typeof duplicateOf === 'string' ? { id: duplicateOf } : duplicateOf;
    return { kind: 'copy', label: 'copy',
      detail: ['copy of ', h('a', { href: `#/articles/${encodeURIComponent(original.id)}`, class: 'original' },
        original.title || 'another article'), original.outlet ? ` (${original.outlet})` : '',
      ': counted once, with its original'] };
  }
  if (a.isBorderIncident === false) {
    return { kind: 'not-incident', label: 'not an incident', detail: a.reason || notIncidentReason(a.countries || []) };
  }
  if (a.incidentId) {
    return { kind: 'incident', label: 'in an incident',
      detail: h('a', { href: `#/incidents/${encodeURIComponent(a.incidentId)}`, class: 'incident-link' },
        (titleOf && titleOf(a.incidentId)) || a.incidentId) };
  }
  if (a.isBorderIncident === true) {
    return { kind: 'unplaced', label: 'not placed', detail: a.reason || 'a border incident by the extractor, but in no incident yet' };
  }
  return { kind: 'analyzed', label: a.status || 'unknown', detail: a.reason || '' };
}

/** The extractor calls an article a border incident only with two states, a border context and a military event. */
function notIncidentReason(codes) {
  if (codes.length === 0) return 'no state named';
  if (codes.length === 1) return `names only ${country(codes[0])}: an incident is between two states`;
  return `no military event at the border between ${countries(codes)} (clash, attack, incursion, casualties, troops, `
    + 'appeal or ceasefire)';
}

/** The status as a badge and its reason, as table cells or a definition. */
export function statusBadge(st) {
  return h('span', { class: `astatus astatus-${st.kind}` }, st.label);
}

/** Incident id -> title, from the (cached) incident list; ids stay as they are if the list cannot be had. */
export async function incidentTitles(api) {
  const list = await api.incidents({}).catch(() => []);
  const titles = new Map(list.map(i => [i.id, i.title]));
  return (id) => titles.get(id) || null;
}
