// The query-service REST API (same origin; relative URLs so the page also works behind a path prefix).

async function getJson(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    const err = new Error(`${res.status} ${res.statusText} for ${path}`);
    err.status = res.status;
    throw err;
  }
  return res.json();
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
  articles: () => getJson('articles'),
  article: (id) => getJson(`articles/${encodeURIComponent(id)}`),
  streamUrl: (id) => `incidents/${encodeURIComponent(id)}/stream`,
  csvUrl: (id) => `incidents/${encodeURIComponent(id)}/events.csv`,
  geoJsonUrl: (id) => `incidents/${encodeURIComponent(id)}/geojson`,
  allGeoJsonUrl: () => 'export/incidents.geojson',
  allCsvUrl: () => 'export/events.csv',
};
