import type { Geometry } from 'geojson';
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { Atlas } from '../domain/atlas.ts';
import type { ItemSourceStyle } from './layers/infrastructure.ts';
import { CONTEXT_CLICKABLE } from './layers/context.ts';
import { drawnOnly } from './hidden-items.ts';

/**
 * What the map draws, read back: the end-to-end tests and the benchmark ask these through
 * `<atlas-map>`'s hooks; keyboard focus and "reveal" use `screenPoint` too.
 */

/** Ids of the items drawn on screen now (what a user sees, not what the data holds). */
export function renderedItemIds(map: MapLibreMap, clickable: string[]): string[] {
  const feats = drawnOnly(map.queryRenderedFeatures({ layers: clickable }));
  return [...new Set(feats.map((f: MapGeoJSONFeature) => String(f.properties['id'])))].sort();
}

/** The context layers switched on (only those draw, and only those can be clicked). */
export function visibleContextLayers(map: MapLibreMap): string[] {
  return CONTEXT_CLICKABLE.filter((id) => map.getLayoutProperty(id, 'visibility') !== 'none');
}

/** Ids of the context features drawn now. */
export function renderedContextIds(map: MapLibreMap): string[] {
  const layers = visibleContextLayers(map);
  if (layers.length === 0) return [];
  return [...new Set(map.queryRenderedFeatures({ layers }).map((f: MapGeoJSONFeature) => String(f.properties['id'])))].sort();
}

/** The feature-state of an item (selected / hover / highlight), as the map holds it in the item sources (each is set alike). */
export function featureState(map: MapLibreMap, sources: readonly ItemSourceStyle[], itemId: string): Record<string, unknown> {
  const states = sources.map(
    ({ source, sourceLayer }) => map.getFeatureState({ source, sourceLayer, id: itemId }) as Record<string, unknown>,
  );
  return Object.assign({}, ...states) as Record<string, unknown>;
}

/** Screen position (CSS px within the map) of a located item. */
export function screenPoint(map: MapLibreMap, atlas: Atlas | null, itemId: string): { x: number; y: number } | null {
  const item = atlas?.itemById.get(itemId);
  if (!item?.geometry) return null;
  const p = map.project(anchorOf(item.geometry));
  return { x: p.x, y: p.y };
}

/** Where an item is pointed at: a point itself, a line's middle vertex, a polygon's vertex mean. */
export function anchorOf(g: Geometry): [number, number] {
  switch (g.type) {
    case 'Point':
      return g.coordinates as [number, number];
    case 'LineString':
      return g.coordinates[Math.floor(g.coordinates.length / 2)] as [number, number];
    case 'Polygon':
      return centroidOfRing(g.coordinates[0] as [number, number][]);
    default:
      return (g.type === 'GeometryCollection' ? [144.5, 43.3] : g.coordinates.flat(3).slice(0, 2)) as [number, number];
  }
}

function centroidOfRing(ring: [number, number][]): [number, number] {
  const n = ring.length - 1 || 1;
  let x = 0;
  let y = 0;
  for (let i = 0; i < n; i++) {
    x += ring[i]![0];
    y += ring[i]![1];
  }
  return [x / n, y / n];
}

/** A drawn feature as the tests see it. */
export interface RenderedFeature {
  layer: string;
  properties: Record<string, unknown>;
  geometry: Geometry;
}

/** Features drawn now on the given layers (symbol layers: only the placed ones). */
export function renderedFeatures(map: MapLibreMap, layers: string[]): RenderedFeature[] {
  const present = layers.filter((id) => map.getLayer(id));
  if (present.length === 0) return [];
  return drawnOnly(map.queryRenderedFeatures({ layers: present })).map((f: MapGeoJSONFeature) => ({
    layer: f.layer.id,
    properties: { ...f.properties },
    geometry: f.geometry,
  }));
}

export interface Measure {
  x: number;
  y: number;
  zoom: number;
  /** Ground metres per CSS pixel there, as MapLibre projects it. */
  metresPerPixel: number;
}

/** Screen position (CSS px) of a place, and the map's zoom and metres per pixel there. */
export function measure(map: MapLibreMap, lngLat: [number, number]): Measure {
  const p = map.project(lngLat);
  const here = map.unproject([p.x, p.y]);
  return { x: p.x, y: p.y, zoom: map.getZoom(), metresPerPixel: here.distanceTo(map.unproject([p.x + 100, p.y])) / 100 };
}
