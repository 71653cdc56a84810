// The query-service REST API (same origin; relative URLs so the page also works behind a path prefix).

async function getJson(path) {
  return (await getPage(path)).body;
}

/** The JSON body and the X-Total-Count header (null when the server does not page the answer). */
async function getPage(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    const err = new Error(`${res.status} ${res.statusText} for ${path}`);
    err.status = res.status;
    throw err;
  }
  const total = res.headers.get('X-Total-Count');
  return { body: await res.json(), total: total === null ? null : Number(total) };
}

/** A page of articles: the list may come as an array or wrapped in an object ({items} or {articles}). */
async function articlePage(offset, limit) {
  const { body, total } = await getPage('articles' + query({ offset: String(offset), limit: String(limit) }));
  const items = Array.isArray(body) ? body : (body.items || body.articles || body.content || []);
  const all = total ?? (Array.isArray(body) ? null : (body.total ?? body.totalCount ?? null));
  return { items, total: all };
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v) q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

export const api = {
  incidents: (filters) => getJson('incidents' + query(filters)),
  incident: (id, asOf) => getJson(`incidents/${encodeURIComponent(id)}` + query({ asOf })),
  timeline: (id) => getJson(`incidents/${encodeURIComponent(id)}/timeline`),
  articlePage,
  article: (id) => getJson(`articles/${encodeURIComponent(id)}`),
  streamUrl: (id) => `incidents/${encodeURIComponent(id)}/stream`,
  listStreamUrl: (filters) => 'incidents/stream' + query(filters),
  csvUrl: (id) => `incidents/${encodeURIComponent(id)}/events.csv`,
  geoJsonUrl: (id) => `incidents/${encodeURIComponent(id)}/geojson`,
  allGeoJsonUrl: () => 'export/incidents.geojson',
  allCsvUrl: () => 'export/events.csv',
};
