import turfArea from '@turf/area';
import turfBbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection, lineString } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import turfLength from '@turf/length';
import lineSplit from '@turf/line-split';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Atlas } from './atlas.ts';
import { municipalitiesOf } from './area-frame.ts';
import { type MunicipalShapes, shapesByCode } from './data/placement.ts';
import type { Item } from './data/validate.ts';
import type { Category } from './types.ts';

type Shape = Feature<Polygon | MultiPolygon>;

export interface AreaSummary {
  areaId: string;
  /** Items whose municipalities lie in the area (located and not). */
  items: Item[];
  /** Items of the region named without a place, shown under the region's own areas. */
  unlocated: Item[];
  byCategory: Map<Category, number>;
  byBody: Map<string, number>;
  projects: string[];
  /** Length of the drawn road and river works inside the area, km. */
  lengthKm: { road: number; river: number };
  /** Area of the drawn districts and polygons inside the area, km². */
  areaKm2: Partial<Record<Category, number>>;
  /**
   * Whether lengths and areas were clipped to the official polygons (N03). Without the polygons
   * (the file failed to load, or an area outside the region) they are the drawn geometry's whole.
   */
  clipped: boolean;
}

const lines = (g: Geometry): Position[][] =>
  g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
const polygons = (g: Geometry): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);

/** km of a line inside a polygon: the line is cut where it crosses the boundary and the pieces inside are summed. */
export function lengthInsideKm(line: Position[], shape: Shape): number {
  const f = lineString(line);
  // Wholly inside (every vertex): no cutting needed, the common case.
  if (line.every((p) => booleanPointInPolygon(p, shape))) return turfLength(f, { units: 'kilometers' });
  const split = lineSplit(f, shape);
  const pieces: Feature<LineString>[] = split.features.length ? split.features : [f];
  let km = 0;
  for (const piece of pieces) {
    const [a, b] = piece.geometry.coordinates as [Position, Position];
    // A piece lies wholly on one side: the middle of its first segment tells which.
    if (booleanPointInPolygon([(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2], shape)) km += turfLength(piece, { units: 'kilometers' });
  }
  return km;
}

/** km² of a polygon inside another. */
export function areaInsideKm2(rings: Position[][], shape: Shape): number {
  if (rings[0]!.every((p) => booleanPointInPolygon(p, shape))) return turfArea({ type: 'Polygon', coordinates: rings }) / 1e6;
  const cut = intersect(
    featureCollection<Polygon | MultiPolygon>([
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } },
      shape,
    ]),
  );
  return cut ? turfArea(cut) / 1e6 : 0;
}

type Box = [number, number, number, number];
const boxes = new WeakMap<Shape, Box>();
function boxOf(s: Shape): Box {
  let b = boxes.get(s);
  if (!b) boxes.set(s, (b = turfBbox(s) as Box));
  return b;
}
const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

const shapesCache = new WeakMap<Atlas, MunicipalShapes>();

/** The official polygons of an area's municipalities; `complete` when every one of them was found. */
function areaShapes(atlas: Atlas, areaId: string): { shapes: Shape[]; complete: boolean } {
  let all = shapesCache.get(atlas);
  if (!all) shapesCache.set(atlas, (all = shapesByCode(atlas.data.municipalityShapes)));
  const codes = municipalitiesOf(atlas, areaId);
  const shapes = codes.map((c) => all.get(c)).filter((s): s is Shape => !!s);
  return { shapes, complete: shapes.length > 0 && shapes.length === codes.length };
}

/**
 * What an area (a municipality, a 振興局 or the 連携地域) holds, for the area view. Lengths and
 * areas count only the part inside the area's official polygons: a road crossing into the next
 * town counts in each town for its own part.
 */
export function summariseArea(atlas: Atlas, areaId: string): AreaSummary {
  const inside = atlas.data.items.filter((i) => atlas.areasOfItem(i).includes(areaId));
  const items = inside.filter((i) => i.properties.municipalities.length > 0 || i.geometry !== null);
  const unlocated = inside.filter((i) => i.geometry === null);
  const count = <K>(keys: K[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
  const { shapes, complete: clipped } = areaShapes(atlas, areaId);
  const lengthKm = { road: 0, river: 0 };
  const areaKm2: Partial<Record<Category, number>> = {};
  for (const i of items) {
    if (!i.geometry) continue;
    const c = i.properties.category;
    const measured = c === 'road' || c === 'river' || /Polygon/.test(i.geometry.type);
    // Clipping costs; only the shapes whose box meets the item's can hold part of it.
    const near = measured && clipped ? shapes.filter((sh) => overlaps(boxOf(sh), turfBbox(i.geometry!) as Box)) : [];
    if (c === 'road' || c === 'river') {
      for (const l of lines(i.geometry))
        lengthKm[c] += clipped ? near.reduce((s, sh) => s + lengthInsideKm(l, sh), 0) : turfLength(lineString(l), { units: 'kilometers' });
    }
    for (const p of polygons(i.geometry)) {
      const km2 = clipped ? near.reduce((s, sh) => s + areaInsideKm2(p, sh), 0) : turfArea({ type: 'Polygon', coordinates: p }) / 1e6;
      areaKm2[c] = (areaKm2[c] ?? 0) + km2;
    }
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
    clipped,
  };
}
