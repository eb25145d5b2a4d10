import turfArea from '@turf/area';
import turfBbox from '@turf/bbox';
import turfLength from '@turf/length';
import type { Feature, Geometry } from 'geojson';
import type { Atlas } from './atlas.ts';
import type { Item } from './data/validate.ts';
import type { Category } from './types.ts';

export type BBox = [number, number, number, number];

/** The bounding box of the located items, or null when none is located. */
export function boundsOf(items: readonly Item[]): BBox | null {
  const located = items.filter((i): i is Item & { geometry: Geometry } => i.geometry !== null);
  if (located.length === 0) return null;
  return turfBbox({ type: 'FeatureCollection', features: located }) as BBox;
}

export interface AreaSummary {
  areaId: string;
  /** Items whose municipalities lie in the area (located and not). */
  items: Item[];
  /** Items of the region named without a place, shown under the region's own areas. */
  unlocated: Item[];
  byCategory: Map<Category, number>;
  byBody: Map<string, number>;
  projects: string[];
  /** Length of the drawn road and river works, km (as drawn: approximate lines give approximate km). */
  lengthKm: { road: number; river: number };
  /** Area of the drawn districts and polygons, km². */
  areaKm2: Partial<Record<Category, number>>;
}

/** What an area (a municipality, a 振興局 or the 連携地域) holds, for the area view. */
export function summariseArea(atlas: Atlas, areaId: string): AreaSummary {
  const inside = atlas.data.items.filter((i) => atlas.areasOfItem(i).includes(areaId));
  const items = inside.filter((i) => i.properties.municipalities.length > 0 || i.geometry !== null);
  const unlocated = inside.filter((i) => i.geometry === null);
  const count = <K>(keys: K[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
  const lengthKm = { road: 0, river: 0 };
  const areaKm2: Partial<Record<Category, number>> = {};
  for (const i of items) {
    if (!i.geometry) continue;
    const c = i.properties.category;
    const f = i as Feature<Geometry>;
    if ((c === 'road' || c === 'river') && /LineString/.test(i.geometry.type)) lengthKm[c] += turfLength(f, { units: 'kilometers' });
    if (/Polygon/.test(i.geometry.type)) areaKm2[c] = (areaKm2[c] ?? 0) + turfArea(f) / 1e6;
  }
  return {
    areaId,
    items,
    unlocated,
    byCategory: count(inside.map((i) => i.properties.category)),
    byBody: count(inside.map((i) => i.properties.body)),
    projects: [...new Set(inside.flatMap((i) => i.properties.projects))],
    lengthKm,
    areaKm2,
  };
}
