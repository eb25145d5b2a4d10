/**
 * The millions-of-features path, minimal: MapLibre drawing the items from a folder of vector
 * tiles (built by scripts/build-tiles.ts --slim) served as static files. The browser loads only
 * the tiles in view, so its cost follows what is on screen, not the size of the data set.
 * Same layout, first view, filter and flight as the app, so the figures compare.
 *
 * With `?geojson` the same page loads the app's GeoJSON files into a `geojson` source instead
 * (the app's own approach, minus the app): the "control" that separates what MapLibre costs on
 * this machine from what the app adds around it.
 */
import '../page.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  type ExpressionSpecification,
  type FilterSpecification,
  Map as MapLibreMap,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { BASEMAP, CATEGORY_STYLE } from '../../src/theme.ts';
import { BASEMAP_SOURCES, BASEMAP_TILE_SETS, type BasemapTileSet } from '../../src/map/layers/basemap.ts';
import type { FeatureCollection } from 'geojson';
import {
  INFRASTRUCTURE_FILES,
  INITIAL_BOUNDS,
  INITIAL_PADDING,
  LOCATED_CATEGORIES,
  type Leg,
  MAX_BOUNDS,
  type PeerHooks,
  TILE_LAYER,
} from '../shared.ts';

setWorkerUrl(workerUrl);

interface TileMeta {
  bounds: [number, number, number, number];
  minzoom: number;
  maxzoom: number;
  layer: string;
}

const base = `${location.origin}${location.pathname.replace(/[^/]*$/, '')}`;
const color = [
  'match',
  ['get', 'category'],
  ...Object.entries(CATEGORY_STYLE).flatMap(([c, s]) => [c, s.color]),
  '#666666',
] as unknown as ExpressionSpecification;
const GEOMETRY: Record<string, FilterSpecification> = {
  'items-fill': ['==', ['geometry-type'], 'Polygon'],
  'items-line': ['==', ['geometry-type'], 'LineString'],
  'items-point': ['==', ['geometry-type'], 'Point'],
};
const filterFor = (id: string, categories: readonly string[]): FilterSpecification =>
  (categories.length ? ['all', GEOMETRY[id], ['in', ['get', 'category'], ['literal', categories]]] : GEOMETRY[id]) as FilterSpecification;

/** One of the app's basemap tile sets, as the app's style reads it. */
const landTiles = ({ url, zooms: [minzoom, maxzoom], bounds }: BasemapTileSet): StyleSpecification['sources'][string] => ({
  type: 'vector',
  tiles: [`${base}data/${url}`],
  minzoom,
  maxzoom,
  bounds,
});

const getJson = async <T>(path: string): Promise<T> => (await (await fetch(`${base}${path}`)).json()) as T;

async function start(): Promise<PeerHooks> {
  const geojson = new URLSearchParams(location.search).has('geojson');
  let items: StyleSpecification['sources'][string];
  let sourceLayer: { 'source-layer'?: string } = {};
  if (geojson) {
    const parts = await Promise.all(LOCATED_CATEGORIES.map((c) => getJson<FeatureCollection>(`data/${INFRASTRUCTURE_FILES[c]}`)));
    items = { type: 'geojson', data: { type: 'FeatureCollection', features: parts.flatMap((p) => p.features) }, promoteId: 'id' };
  } else {
    const meta = await getJson<TileMeta>('tiles/metadata.json');
    items = {
      type: 'vector',
      tiles: [`${base}tiles/{z}/{x}/{y}.pbf`],
      minzoom: meta.minzoom,
      maxzoom: meta.maxzoom,
      bounds: meta.bounds,
      promoteId: 'id',
    };
    sourceLayer = { 'source-layer': meta.layer || TILE_LAYER };
  }
  const style: StyleSpecification = {
    version: 8,
    // The app's own land: its basemap tiles (all of Hokkaido coarse, the region in full from zoom 7).
    sources: {
      land: landTiles(BASEMAP_TILE_SETS[BASEMAP_SOURCES.hokkaido]),
      'land-region': landTiles(BASEMAP_TILE_SETS[BASEMAP_SOURCES.tiles]),
      items,
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
      { id: 'land', type: 'fill', source: 'land', 'source-layer': 'land', paint: { 'fill-color': BASEMAP.land } },
      {
        id: 'land-region',
        type: 'fill',
        source: 'land-region',
        'source-layer': 'land',
        minzoom: BASEMAP_TILE_SETS[BASEMAP_SOURCES.tiles].zooms[0],
        paint: { 'fill-color': BASEMAP.land },
      },
      {
        id: 'land-outline',
        type: 'line',
        source: 'land',
        'source-layer': 'land',
        paint: { 'line-color': BASEMAP.landOutline, 'line-width': 0.8 },
      },
      {
        id: 'items-fill',
        type: 'fill',
        source: 'items',
        ...sourceLayer,
        filter: GEOMETRY['items-fill'],
        paint: { 'fill-color': color, 'fill-opacity': 0.3, 'fill-outline-color': color },
      },
      {
        id: 'items-line',
        type: 'line',
        source: 'items',
        ...sourceLayer,
        filter: GEOMETRY['items-line'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': color, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 12, 4] },
      },
      {
        id: 'items-point',
        type: 'circle',
        source: 'items',
        ...sourceLayer,
        filter: GEOMETRY['items-point'],
        paint: {
          'circle-color': color,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 2.5, 12, 6],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1,
        },
      },
    ],
  };
  const map = new MapLibreMap({
    container: 'map',
    style,
    bounds: INITIAL_BOUNDS,
    fitBoundsOptions: { padding: INITIAL_PADDING },
    maxBounds: [
      [MAX_BOUNDS[0], MAX_BOUNDS[1]],
      [MAX_BOUNDS[2], MAX_BOUNDS[3]],
    ],
    attributionControl: { compact: false, customAttribution: '© OpenStreetMap contributors (ODbL)' },
  });
  const idle = () =>
    new Promise<void>((ok) => {
      map.once('idle', () => ok());
      map.triggerRepaint();
    });
  const ready = new Promise<number>((ok) => map.once('idle', () => ok(performance.now())));

  const panel = document.getElementById('panel')!;
  map.on('click', (e) => {
    const hit = map.queryRenderedFeatures(e.point, { layers: ['items-point', 'items-line', 'items-fill'] })[0];
    if (!hit) return;
    const h2 = document.createElement('h2');
    h2.dataset['item'] = String(hit.properties['id']);
    h2.textContent = String(hit.properties['name_ja']);
    const p = document.createElement('p');
    p.textContent = String(hit.properties['category']);
    panel.replaceChildren(h2, p);
    panel.hidden = false;
  });
  await ready;
  (window as unknown as { benchMap: MapLibreMap }).benchMap = map;

  return {
    ready,
    featureCount: () =>
      new Set(map.queryRenderedFeatures({ layers: ['items-point', 'items-line', 'items-fill'] }).map((f) => f.properties['id'])).size,
    async setCategories(categories) {
      for (const id of Object.keys(GEOMETRY)) map.setFilter(id, filterFor(id, categories));
      await idle();
    },
    screenPoint(lon, lat) {
      const p = map.project([lon, lat]);
      return { x: p.x, y: p.y };
    },
    async fly(legs: readonly Leg[]) {
      for (const leg of legs) {
        const done = new Promise<void>((ok) => map.once('moveend', () => ok()));
        map.flyTo({ center: leg.center, zoom: leg.zoom, duration: leg.ms, essential: true });
        await done;
      }
      await idle();
    },
    async clearSelection() {
      panel.hidden = true;
      panel.replaceChildren();
      await new Promise((ok) => requestAnimationFrame(ok));
    },
  };
}

declare global {
  interface Window {
    benchPeer: Promise<PeerHooks>;
  }
}

window.benchPeer = start();
