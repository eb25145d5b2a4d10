/**
 * The peer: the same data and operations as senkon-atlas in a plain Leaflet page, the way most
 * municipal web maps are built — L.geoJSON on the canvas renderer, style by category, circle
 * markers for points, a click handler filling a panel, and a category filter applied by
 * clearing the layer and adding the data again through L.geoJSON's `filter` option.
 * No tile basemap: the outline of Hokkaido (bench/hokkaido-land.json, coarser than the app's vector
 * tiles, which Leaflet cannot read without a plugin) on a sea-coloured background.
 */
import '../page.css';
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { BASEMAP, CATEGORY_STYLE } from '../../src/theme.ts';
import landMask from '../hokkaido-land.json';
import type { ItemProperties, LocatedCategory, Project } from '../../src/domain/types.ts';
import {
  INFRASTRUCTURE_FILES,
  INITIAL_BOUNDS,
  INITIAL_PADDING,
  LOCATED_CATEGORIES,
  type Leg,
  MAX_BOUNDS,
  type PeerHooks,
} from '../shared.ts';

type ItemFeature = Feature<Geometry, ItemProperties>;

const nextFrame = () => new Promise<number>((ok) => requestAnimationFrame(ok));
const toLatLngBounds = ([w, s, e, n]: number[]): L.LatLngBoundsExpression => [
  [s!, w!],
  [n!, e!],
];

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, new URL('data/', document.baseURI)));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

async function start(): Promise<PeerHooks> {
  const land: Feature = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [landMask.ring] } };
  const [projects, ...collections] = await Promise.all([
    getJson<Project[]>('projects.json'),
    ...LOCATED_CATEGORIES.map((c) => getJson<FeatureCollection<Geometry, ItemProperties>>(INFRASTRUCTURE_FILES[c])),
  ]);
  const projectName = new Map(projects.map((p) => [p.id, `${p.numbers.join('、')} ${p.name_ja}`]));
  // Polygons under lines under points, as in the app's layer order.
  const rank = (f: ItemFeature) => (f.geometry.type.endsWith('Polygon') ? 0 : f.geometry.type.endsWith('LineString') ? 1 : 2);
  const all: ItemFeature[] = collections.flatMap((c) => c.features as ItemFeature[]).sort((a, b) => rank(a) - rank(b));
  const data: FeatureCollection<Geometry, ItemProperties> = { type: 'FeatureCollection', features: all };

  const container = document.getElementById('map')!;
  container.style.background = BASEMAP.sea;
  const map = L.map(container, {
    renderer: L.canvas(),
    preferCanvas: true,
    zoomSnap: 0,
    zoomDelta: 0.5,
    maxBounds: toLatLngBounds(MAX_BOUNDS),
  });
  map.fitBounds(toLatLngBounds(INITIAL_BOUNDS), { padding: [INITIAL_PADDING, INITIAL_PADDING], animate: false });
  map.attributionControl.addAttribution('© OpenStreetMap contributors (ODbL)');
  L.control.scale({ imperial: false }).addTo(map);

  L.geoJSON(land, {
    interactive: false,
    style: { fillColor: BASEMAP.land, fillOpacity: 1, color: BASEMAP.landOutline, weight: 0.8 },
  }).addTo(map);

  let active = new Set<string>();
  const items = L.geoJSON<ItemProperties>(undefined, {
    filter: (f) => active.size === 0 || active.has(f.properties.category),
    style: (f) => {
      const s = CATEGORY_STYLE[f!.properties.category as LocatedCategory];
      const polygon = f!.geometry.type.endsWith('Polygon');
      return polygon
        ? { color: s.color, weight: 2, dashArray: '6 3', fillColor: s.color, fillOpacity: 0.3 }
        : { color: s.color, weight: f!.properties.category === 'road' ? 4 : 5, lineCap: 'round', lineJoin: 'round' };
    },
    pointToLayer: (f, latlng) =>
      L.circleMarker(latlng, {
        radius: 6,
        color: '#ffffff',
        weight: 1.5,
        fillColor: CATEGORY_STYLE[f.properties.category as LocatedCategory].color,
        fillOpacity: 0.95,
      }),
  }).addTo(map);

  const panel = document.getElementById('panel')!;
  items.on('click', (e: L.LeafletMouseEvent) => {
    const layer = ((e as unknown as { propagatedFrom?: L.Layer }).propagatedFrom ?? e.layer) as L.Layer & { feature?: ItemFeature };
    const p = layer.feature?.properties;
    if (!p) return;
    const h2 = document.createElement('h2');
    h2.dataset['item'] = p.id;
    h2.textContent = p.name_ja;
    const dl = document.createElement('dl');
    dl.innerHTML = '<dt>区分</dt><dd></dd><dt>実施主体</dt><dd></dd>';
    dl.querySelectorAll('dd')[0]!.textContent = p.category;
    dl.querySelectorAll('dd')[1]!.textContent = p.body;
    const ul = document.createElement('ul');
    for (const id of p.projects) {
      const li = document.createElement('li');
      li.textContent = projectName.get(id) ?? id;
      ul.append(li);
    }
    panel.replaceChildren(h2, dl, ul);
    panel.hidden = false;
  });

  const apply = (categories: readonly string[]) => {
    active = new Set(categories);
    items.clearLayers();
    items.addData(data);
  };

  // the filter checkboxes (the bench drives setCategories directly)
  const filters = document.getElementById('filters')!;
  for (const c of LOCATED_CATEGORIES) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = c;
    box.addEventListener('change', () => {
      const on = [...filters.querySelectorAll('input')].filter((b) => b.checked).map((b) => b.value);
      apply(on.length === LOCATED_CATEGORIES.length ? [] : on);
    });
    label.append(box, ` ${c}`);
    filters.append(label);
  }

  apply([]);
  await nextFrame();
  const readyAt = performance.now();

  return {
    ready: Promise.resolve(readyAt),
    featureCount: () => items.getLayers().length,
    async setCategories(categories) {
      apply(categories);
      await nextFrame();
    },
    screenPoint(lon, lat) {
      const p = map.latLngToContainerPoint([lat, lon]);
      return { x: p.x, y: p.y };
    },
    async fly(legs: readonly Leg[]) {
      for (const leg of legs) {
        const done = new Promise<void>((ok) => map.once('moveend', () => ok()));
        map.flyTo([leg.center[1], leg.center[0]], leg.zoom + 1, { duration: leg.ms / 1000 });
        await done;
      }
      await nextFrame();
    },
    async clearSelection() {
      panel.hidden = true;
      panel.replaceChildren();
      await nextFrame();
    },
  };
}

declare global {
  interface Window {
    benchPeer: Promise<PeerHooks>;
  }
}

window.benchPeer = start();
