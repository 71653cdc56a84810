import { h, country, typeLabel, describeEvent } from './dom.js';
import { borders } from './topology.js';

/*
 * The incident's places on a real map, offline: Leaflet (served from its webjar) with no tile layer, only the
 * country outlines of Natural Earth (js/topology.js). The two states of the incident are shaded and the border
 * they share is drawn thick; one marker per place with coordinates, its popup listing the place's events and
 * sources; places without coordinates are listed beside the map.
 */

const MIN_SPAN_DEGREES = 3; // a single village is shown with its surroundings, not at street level

/**
 * The map panel. Leaflet needs its container in the document to measure it, so the panel is built here and
 * drawn by mount() once it is attached; mount(previous) keeps the previous panel's view when the places are the
 * same (a live update must not throw the reader's pan and zoom away). Returns { element, mount, view, remove }.
 */
export function placesPanel(p, timeline, articleLabel) {
  const located = (p.locations || []).filter(l => typeof l.lat === 'number' && typeof l.lon === 'number');
  const unlocated = (p.locations || []).filter(l => !(typeof l.lat === 'number' && typeof l.lon === 'number'));
  const key = located.map(l => `${l.name}@${l.lat},${l.lon}`).sort().join('|');
  const container = h('div', { id: 'incident-map', class: 'leaflet-map', role: 'region',
    'aria-label': 'Map of the places named in the articles' + (located.length ? ': ' + located.map(l => l.name).join(', ') : ''),
    dataset: { markers: String(located.length), borders: 'loading' } });
  const element = h('div', { class: 'map-panel' },
    container,
    h('aside', { class: 'unlocated', 'aria-labelledby': 'h-unlocated' },
      h('h3', { id: 'h-unlocated' }, 'Places without coordinates'),
      unlocated.length === 0 ? h('p', { class: 'empty' }, 'none')
        : h('ul', { class: 'unlocated-places' }, unlocated.map(l => h('li', { dataset: { place: l.name } }, l.name,
          h('span', { class: 'meta' }, [kindLabel(l.kind), l.admin1, l.country && country(l.country)].filter(Boolean).map(x => ' · ' + x).join('')),
          ' ', sourcesLine(l.articleIds, articleLabel)))),
      h('h3', {}, 'Legend'),
      h('ul', { class: 'legend' },
        h('li', {}, h('span', { class: 'swatch swatch-party' }), ` ${(p.countries || []).map(country).join(' and ')}`),
        h('li', { class: 'legend-border' }, h('span', { class: 'swatch swatch-border' }), ' their shared border'),
        h('li', {}, h('span', { class: 'dot dot-place' }), ' settlement, landmark or border section'),
        h('li', {}, h('span', { class: 'dot dot-region' }), ' region (its centre)'))));

  let map = null;
  return {
    element,
    key,
    view: () => (map ? { key, center: map.getCenter(), zoom: map.getZoom() } : null),
    remove: () => { if (map) { map.remove(); map = null; } },
    async mount(previous) {
      if (typeof L === 'undefined') {
        container.append(h('p', { class: 'error' }, 'The map library did not load.'));
        container.dataset.borders = 'failed';
        return;
      }
      map = L.map(container, { zoomSnap: 0.25, scrollWheelZoom: false, worldCopyJump: false, minZoom: 2, maxZoom: 12 });
      map.attributionControl.setPrefix('Leaflet');
      map.attributionControl.addAttribution('Borders: Natural Earth (public domain)');
      L.control.scale({ imperial: false }).addTo(map);
      const markers = L.featureGroup(located.map(l => marker(l, p, timeline, articleLabel, located.length <= 12)));
      if (previous && previous.key === key) map.setView(previous.center, previous.zoom, { animate: false });
      else if (located.length) map.fitBounds(atLeast(markers.getBounds()), { padding: [24, 24], animate: false });
      else map.setView([20, 30], 2);
      markers.addTo(map);
      declutter(map, markers);
      map.on('zoomend', () => declutter(map, markers));

      let world;
      try {
        world = await borders();
      } catch (e) {
        container.dataset.borders = 'failed';
        container.append(h('p', { class: 'error map-error' }, `Country borders could not be loaded: ${e.message}`));
        return;
      }
      if (!map) return; // the view was left while the borders loaded
      const pair = new Set(p.countries || []);
      const outlines = L.geoJSON(world.features, {
        style: f => ({ className: 'country' + (pair.has(f.properties.iso2) ? ' party' : ''),
          weight: pair.has(f.properties.iso2) ? 1.2 : 0.7, color: '#8d8a80', fillColor: pair.has(f.properties.iso2) ? '#f6dcb4' : '#f4f2ec',
          fillOpacity: 1, interactive: false }),
      });
      const [a, b] = p.countries || [];
      const shared = L.polyline(a && b ? world.sharedBorder(a, b) : [],
        { className: 'shared-border', color: '#b3261e', weight: 4.5, opacity: 0.9, interactive: false });
      outlines.addTo(map).bringToBack();
      shared.addTo(map);
      markers.bringToFront();
      if (!located.length && pair.size) {
        const bounds = L.featureGroup(outlines.getLayers().filter(l => pair.has(l.feature.properties.iso2))).getBounds();
        if (bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16], animate: false });
      }
      if (shared.getLatLngs().length === 0) {
        // states at sea from each other (or a geometry without a code): say so instead of promising a line
        const item = element.querySelector('.legend-border');
        if (item) item.textContent = a && b ? `no land border between ${country(a)} and ${country(b)} on this map` : '';
      }
      container.dataset.borders = 'drawn';
      container.dataset.sharedBorder = String(shared.getLatLngs().length);
    },
  };
}

const LABEL_SPOTS = [['right', [8, 0]], ['left', [-8, 0]], ['top', [0, -8]], ['bottom', [0, 8]]];

/**
 * Places each permanent label on the first side of its marker where it overlaps no label placed before and no
 * other marker (Leaflet does not avoid collisions: two villages a few km apart would print over each other); a
 * label with no free side is hidden, its place still named in the popup. Run again after each zoom.
 */
function declutter(map, markers) {
  const layers = markers.getLayers().filter(m => m.getTooltip() && m.getTooltip().options.permanent);
  const dots = markers.getLayers().map(m => map.latLngToContainerPoint(m.getLatLng()));
  const placed = [];
  const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  for (const m of layers) {
    const t = m.getTooltip();
    const p = map.latLngToContainerPoint(m.getLatLng());
    const w = t.getContent().length * 7.5 + 10, hgt = 18;
    const box = ([dir, [dx, dy]]) => ({
      x: dir === 'right' ? p.x + dx : dir === 'left' ? p.x + dx - w : p.x - w / 2,
      y: dir === 'top' ? p.y + dy - hgt : dir === 'bottom' ? p.y + dy : p.y - hgt / 2, w, h: hgt });
    const spot = LABEL_SPOTS.find(sp => {
      const b = box(sp);
      return !placed.some(o => overlaps(b, o))
        && !dots.some(d => (d.x !== p.x || d.y !== p.y) && overlaps(b, { x: d.x - 6, y: d.y - 6, w: 12, h: 12 }));
    });
    t.options.direction = spot ? spot[0] : 'right';
    t.options.offset = L.point(spot ? spot[1] : [8, 0]);
    t.setOpacity(spot ? 0.9 : 0);
    if (spot) placed.push(box(spot));
    t.update();
  }
}

/** A bounds of at least MIN_SPAN_DEGREES each way around the same centre. */
function atLeast(bounds) {
  const c = bounds.getCenter();
  const half = MIN_SPAN_DEGREES / 2;
  return bounds.extend([[c.lat - half, c.lng - half], [c.lat + half, c.lng + half]]);
}

function marker(l, p, timeline, articleLabel, label) {
  const kind = (l.kind || 'settlement').replace(/[^a-z_]/g, '');
  const m = L.circleMarker([l.lat, l.lon], { radius: 7, weight: 2, color: '#ffffff', fillOpacity: 1,
    fillColor: kind === 'region' ? '#a86b00' : '#a32020', className: `place-marker place-${kind}` });
  m.on('add', () => {
    const el = m.getElement();
    if (!el) return;
    // reachable by keyboard: Tab to a marker, Enter or Space opens its popup
    el.setAttribute('data-place', l.name);
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', `${l.name}: events and sources`);
    el.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); m.openPopup(); }
    });
  });
  m.bindPopup(() => popup(l, p, timeline, articleLabel), { maxWidth: 420, minWidth: 240 });
  // Settlements and landmarks are labelled; a region's name shows on hover (its centre is not where things happened,
  // and its label would sit on top of the places inside it).
  m.bindTooltip(l.name, { permanent: label && kind !== 'region', direction: 'right', offset: [8, 0], className: 'place-label' });
  return m;
}

/** The place, the events that name it (originals only, not background) and the articles that mention it. */
function popup(l, p, timeline, articleLabel) {
  const originals = new Set((p.articles || []).filter(a => !a.duplicateOf).map(a => a.id));
  const events = (timeline || []).filter(t => originals.has(t.articleId) && !t.event.background
    && (t.event.locations || []).some(x => x.name === l.name && (!x.country || !l.country || x.country === l.country)));
  return h('div', { class: 'place-popup' },
    h('h3', {}, l.name),
    h('p', { class: 'meta' }, [kindLabel(l.kind), l.admin1, l.country && country(l.country), `${l.lat.toFixed(3)}, ${l.lon.toFixed(3)}`]
      .filter(Boolean).join(' · ')),
    events.length === 0 ? h('p', { class: 'empty' }, 'Named in the articles; no event record names it.')
      : h('ul', { class: 'popup-events' }, events.map(t => h('li', { class: t.event.negated ? 'negated' : '' },
        h('span', { class: 'date' }, t.event.date || 'undated'), ' ',
        h('strong', {}, typeLabel(t.event.type)), t.event.negated ? ' (denied)' : '', ': ', describeEvent(t.event)))),
    h('p', { class: 'sources' }, 'Sources: ', sourcesLine(l.articleIds, articleLabel)));
}

function sourcesLine(ids, articleLabel) {
  if (!(ids || []).length) return '—';
  return (ids || []).map((id, i) => [i ? '; ' : '', h('a', { href: `#/articles/${encodeURIComponent(id)}` }, articleLabel(id))]);
}

function kindLabel(kind) {
  return (kind || '').replace(/_/g, ' ');
}
