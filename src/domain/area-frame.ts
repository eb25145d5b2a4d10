/**
 * The box the map frames for an area. Kept apart from the roll-ups (area-summary.ts, with Turf's
 * clipping and the placement checks) so the map's framing loads none of that at start.
 */
import turfBbox from '@turf/bbox';
import { type BBox, boundsOf } from './analysis.ts';
import type { Atlas } from './atlas.ts';
import type { Item } from './data/validate.ts';

/** The municipality codes an area covers (itself, or every municipality below it). */
export function municipalitiesOf(atlas: Atlas, areaId: string): string[] {
  const under = atlas.descendants(areaId);
  return atlas.municipalities.filter((m) => under.has(m.id)).map((m) => m.code ?? m.id);
}

const boxesCache = new WeakMap<Atlas, ReadonlyMap<string, BBox>>();

/** The box of each official municipal polygon, by code. */
function boxesByCode(atlas: Atlas): ReadonlyMap<string, BBox> {
  let boxes = boxesCache.get(atlas);
  if (!boxes) {
    const m = new Map<string, BBox>();
    for (const f of atlas.data.municipalityShapes?.features ?? []) {
      const code: unknown = f.properties?.['code'];
      if (typeof code === 'string' && f.geometry) m.set(code, turfBbox(f) as BBox);
    }
    boxesCache.set(atlas, (boxes = m));
  }
  return boxes;
}

/**
 * The box the map frames for an area: its official outline (as the area view draws it) and its
 * located items (a port may lie just off the coast), or only the items where no polygon is known.
 */
export function areaFrame(atlas: Atlas, areaId: string, items: readonly Item[]): BBox | null {
  const all = boxesByCode(atlas);
  const boxes = municipalitiesOf(atlas, areaId)
    .map((code) => all.get(code))
    .filter((b): b is BBox => !!b);
  const located = boundsOf(items);
  if (located) boxes.push(located);
  if (boxes.length === 0) return null;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}
