import { s, h, country } from './dom.js';

/**
 * An offline map of the incident's places: equirectangular projection (x scaled by cos of the mean latitude)
 * fitted to the places' bounding box, a degree graticule and a distance scale; no tiles, no outlines.
 */
export function placesMap(locations) {
  const pts = (locations || []).filter(l => typeof l.lat === 'number' && typeof l.lon === 'number')
    .sort((a, b) => b.lat - a.lat || a.lon - b.lon);
  if (pts.length === 0) return h('p', { class: 'empty' }, 'No place with coordinates.');
  const W = 640, H = 360, PAD = 48;
  let minLat = Math.min(...pts.map(p => p.lat)), maxLat = Math.max(...pts.map(p => p.lat));
  let minLon = Math.min(...pts.map(p => p.lon)), maxLon = Math.max(...pts.map(p => p.lon));
  // At least ~0.5 degree across, so one place (or two close ones) is not blown up to the whole frame.
  const grow = (lo, hi, min) => { const d = Math.max(0, min - (hi - lo)) / 2; return [lo - d, hi + d]; };
  [minLat, maxLat] = grow(minLat, maxLat, 0.5);
  [minLon, maxLon] = grow(minLon, maxLon, 0.5);
  const k = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180);
  const spanX = (maxLon - minLon) * k, spanY = maxLat - minLat;
  const scale = Math.min((W - 2 * PAD) / spanX, (H - 2 * PAD) / spanY);
  const ox = (W - spanX * scale) / 2, oy = (H - spanY * scale) / 2;
  const X = lon => ox + (lon - minLon) * k * scale;
  const Y = lat => H - oy - (lat - minLat) * scale;

  const grid = [];
  const step = niceStep(Math.max(maxLat - minLat, maxLon - minLon) / 4);
  for (let lat = Math.ceil((minLat - 1) / step) * step; lat <= maxLat + 1; lat += step) {
    grid.push(s('line', { x1: 0, x2: W, y1: Y(lat), y2: Y(lat), class: 'grid' }),
      Y(lat) < H - 18 ? s('text', { x: 4, y: Y(lat) - 3, class: 'grid-label' }, `${round(lat)}°N`) : null);
  }
  for (let lon = Math.ceil((minLon - 2) / step) * step; lon <= maxLon + 2; lon += step) {
    grid.push(s('line', { y1: 0, y2: H, x1: X(lon), x2: X(lon), class: 'grid' }),
      X(lon) > 40 ? s('text', { x: X(lon) + 3, y: H - 4, class: 'grid-label' }, `${round(lon)}°E`) : null);
  }
  // Scale bar: 1 degree of latitude is ~111 km.
  const kmPerPx = 111.32 / scale;
  const barKm = niceStep(kmPerPx * 120);
  const barPx = barKm / kmPerPx;

  // Labels are placed greedily: the first of a few spots around the dot that overlaps no label placed before.
  const placed = [];
  const marks = pts.map(p => {
    const label = `${p.name}${p.country ? ' (' + p.country + ')' : ''}`;
    const cx = X(p.lon), cy = Y(p.lat), w = label.length * 7.2, lh = 14;
    const spots = [[8, 4, 'start'], [-8, 4, 'end'], [8, -10, 'start'], [8, 18, 'start'], [-8, -10, 'end'], [-8, 18, 'end'],
      [8, 32, 'start'], [8, -24, 'start']];
    const box = ([dx, dy, anchor]) => ({ x: anchor === 'start' ? cx + dx : cx + dx - w, y: cy + dy - lh + 3, w, h: lh });
    const free = (b) => placed.every(o => b.x + b.w < o.x || o.x + o.w < b.x || b.y + b.h < o.y || o.y + o.h < b.y)
      && b.x >= 0 && b.x + b.w <= W;
    const spot = spots.find(sp => free(box(sp))) || spots[0];
    placed.push(box(spot));
    return s('g', { class: `place place-${(p.kind || 'settlement').replace(/[^a-z_]/g, '')}` },
      s('title', {}, `${p.name}${p.admin1 ? ', ' + p.admin1 : ''}${p.country ? ', ' + country(p.country) : ''} (${p.lat.toFixed(3)}, ${p.lon.toFixed(3)})`),
      s('circle', { cx, cy, r: 5 }),
      s('text', { x: cx + spot[0], y: cy + spot[1], 'text-anchor': spot[2], class: 'place-label' }, label));
  });

  return s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'img', 'aria-labelledby': 'map-title' },
    s('title', { id: 'map-title' }, 'Places named in the articles: ' + pts.map(p => p.name).join(', ')),
    s('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }),
    grid,
    marks,
    s('g', { class: 'scale' },
      s('line', { x1: W - PAD - barPx, x2: W - PAD, y1: 20, y2: 20 }),
      s('text', { x: W - PAD - barPx / 2, y: 14, 'text-anchor': 'middle' }, `${barKm} km`)));
}

function niceStep(x) {
  const p = Math.pow(10, Math.floor(Math.log10(x)));
  const m = x / p;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
}

function round(v) {
  return Math.round(v * 100) / 100;
}
