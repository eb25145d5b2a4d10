/**
 * The box the map frames for an area. Kept apart from the roll-ups (area-summary.ts, with Turf's
 * clipping and the placement checks) so the map's framing loads none of that at start.
 */
import turfBbox from '@turf/bbox';
import type { Feature, Geometry } from 'geojson';
import type { BBox } from './analysis.ts';
import type { Atlas } from './atlas.ts';
import type { Item } from './data/validate.ts';

/** The municipality codes an area covers (itself, or every municipality below it). */
export function municipalitiesOf(atlas: Atlas, areaId: string): string[] {
  const under = atlas.descendants(areaId);
  return atlas.municipalities.filter((m) => under.has(m.id)).map((m) => m.code ?? m.id);
}

/**
 * The box the map frames for an area: its official outline (as the area view draws it) and its
 * located items (a port may lie just off the coast), or only the items where no polygon is known.
 * Run once per choice of an area: no cache.
 */
export function areaFrame(atlas: Atlas, areaId: string, items: readonly Item[]): BBox | null {
  const codes = new Set(municipalitiesOf(atlas, areaId));
  const outline = (atlas.data.municipalityShapes?.features ?? []).filter((f) => codes.has(f.properties?.['code'] as string));
  const features: Feature[] = [...outline, ...items.filter((i): i is Item & { geometry: Geometry } => i.geometry !== null)];
  return features.length ? (turfBbox({ type: 'FeatureCollection', features }) as BBox) : null;
}
