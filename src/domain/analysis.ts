import turfBbox from '@turf/bbox';
import type { Geometry } from 'geojson';
import type { Item } from './data/validate.ts';

export type BBox = [number, number, number, number];

/** The bounding box of the located items, or null when none is located. */
export function boundsOf(items: readonly Item[]): BBox | null {
  const located = items.filter((i): i is Item & { geometry: Geometry } => i.geometry !== null);
  if (located.length === 0) return null;
  return turfBbox({ type: 'FeatureCollection', features: located }) as BBox;
}
