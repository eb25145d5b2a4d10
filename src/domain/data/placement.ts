import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { type BilingualText, type Message, msg } from '../message.ts';

/** How far outside the municipalities it names an item may reach, km. */
export const PLACEMENT_TOLERANCE_KM = {
  /** Official port and harbour points often sit on the breakwater or at sea off the coast. */
  point: 1,
  /** A line's or a district's vertices: the municipal polygons are simplified to about 100 m. */
  shape: 0.3,
};

export type MunicipalShapes = ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;

/** The official polygons by municipality code (features whose `code` is a 5-digit string). */
export function shapesByCode(fc: FeatureCollection | null): MunicipalShapes {
  const out = new Map<string, Feature<Polygon | MultiPolygon>>();
  for (const f of fc?.features ?? []) {
    const code: unknown = f.properties?.['code'];
    // With its box: a point outside it is answered without walking the rings (large imports).
    if (typeof code === 'string' && (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')) out.set(code, { ...(f as Feature<Polygon | MultiPolygon>), bbox: boxOf(f.geometry) });
  }
  return out;
}

function boxOf(g: Polygon | MultiPolygon): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of vertices(g)) {
    b[0] = Math.min(b[0], p[0]!);
    b[1] = Math.min(b[1], p[1]!);
    b[2] = Math.max(b[2], p[0]!);
    b[3] = Math.max(b[3], p[1]!);
  }
  return b;
}

function vertices(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(vertices);
  }
}

const KM_PER_DEGREE = 111.195;

/**
 * km from a position to a polygon's edge, on a plane scaled to the position's latitude: within a
 * few km (what a misplacement is) the error is far below the polygons' own 100 m simplification.
 */
function edgeDistanceKm(p: Position, s: Feature<Polygon | MultiPolygon>): number {
  const kx = Math.cos(((p[1] as number) * Math.PI) / 180);
  const [px, py] = [(p[0] as number) * kx, p[1] as number];
  let best = Infinity;
  const rings = s.geometry.type === 'Polygon' ? s.geometry.coordinates : s.geometry.coordinates.flat();
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay, bx, by] = [ring[i - 1]![0]! * kx, ring[i - 1]![1]!, ring[i]![0]! * kx, ring[i]![1]!];
      const [dx, dy] = [bx - ax, by - ay];
      const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
      best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py));
    }
  }
  return best * KM_PER_DEGREE;
}

/**
 * Point-in-polygon through a grid over the polygon's box: a cell no edge crosses is wholly inside
 * or outside (its centre tells), so most points are answered by one lookup; only the cells on the
 * boundary walk the rings. A dataset of 100k items is checked in well under a second this way.
 */
class GridIndex {
  private readonly cells: Uint8Array;
  private readonly nx: number;
  private readonly ny: number;
  constructor(
    private readonly shape: Feature<Polygon | MultiPolygon>,
    private readonly box: [number, number, number, number],
    private readonly size = 0.02,
  ) {
    this.nx = Math.max(1, Math.ceil((box[2] - box[0]) / size));
    this.ny = Math.max(1, Math.ceil((box[3] - box[1]) / size));
    // 0: crossed by an edge (ask the rings), 1: inside, 2: outside.
    this.cells = new Uint8Array(this.nx * this.ny).fill(255);
    const rings = shape.geometry.type === 'Polygon' ? shape.geometry.coordinates : shape.geometry.coordinates.flat();
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [a, b] = [ring[i - 1]!, ring[i]!];
        const steps = Math.ceil(Math.max(Math.abs(b[0]! - a[0]!), Math.abs(b[1]! - a[1]!)) / (size / 4)) + 1;
        for (let k = 0; k <= steps; k++) this.mark(a[0]! + ((b[0]! - a[0]!) * k) / steps, a[1]! + ((b[1]! - a[1]!) * k) / steps);
      }
    }
    for (let j = 0; j < this.ny; j++) {
      for (let i = 0; i < this.nx; i++) {
        const at = j * this.nx + i;
        if (this.cells[at] === 255) this.cells[at] = booleanPointInPolygon([box[0] + (i + 0.5) * size, box[1] + (j + 0.5) * size], shape) ? 1 : 2;
      }
    }
  }

  /** Marks the cell of a point on an edge, and its neighbours (an edge near a cell's side). */
  private mark(x: number, y: number): void {
    const ci = Math.floor((x - this.box[0]) / this.size);
    const cj = Math.floor((y - this.box[1]) / this.size);
    for (let j = cj - 1; j <= cj + 1; j++) for (let i = ci - 1; i <= ci + 1; i++) if (i >= 0 && j >= 0 && i < this.nx && j < this.ny) this.cells[j * this.nx + i] = 0;
  }

  contains(p: Position): boolean {
    const [x, y] = [p[0]!, p[1]!];
    if (x < this.box[0] || y < this.box[1] || x > this.box[2] || y > this.box[3]) return false;
    const i = Math.min(this.nx - 1, Math.floor((x - this.box[0]) / this.size));
    const j = Math.min(this.ny - 1, Math.floor((y - this.box[1]) / this.size));
    const c = this.cells[j * this.nx + i];
    return c === 0 ? booleanPointInPolygon(p, this.shape) : c === 1;
  }
}

const grids = new WeakMap<Feature<Polygon | MultiPolygon>, GridIndex>();
function inside(p: Position, s: Feature<Polygon | MultiPolygon>): boolean {
  let g = grids.get(s);
  if (!g) grids.set(s, (g = new GridIndex(s, (s.bbox as [number, number, number, number] | undefined) ?? boxOf(s.geometry))));
  return g.contains(p);
}

/** Whether every vertex lies inside one of the named municipalities (no tolerance; grid lookups only). */
export function insideNamed(geometry: Geometry, municipalities: readonly string[], shapes: MunicipalShapes): boolean {
  const named = municipalities.map((m) => shapes.get(m)).filter((s): s is Feature<Polygon | MultiPolygon> => !!s);
  return named.length > 0 && vertices(geometry).every((p) => named.some((s) => inside(p, s)));
}

/** The code of the municipality whose polygon holds a position, or null (sea, or outside the region). */
export function municipalityAt(p: Position, shapes: MunicipalShapes): string | null {
  for (const [code, s] of shapes) if (inside(p, s)) return code;
  return null;
}

/** km from a position to a box (0 inside it): a lower bound of its distance to the shape in the box. */
function boxDistanceKm(p: Position, b: [number, number, number, number]): number {
  const dx = Math.max(b[0] - p[0]!, 0, p[0]! - b[2]) * Math.cos(((p[1] as number) * Math.PI) / 180);
  const dy = Math.max(b[1] - p[1]!, 0, p[1]! - b[3]);
  return Math.hypot(dx, dy) * KM_PER_DEGREE;
}

/**
 * km from a position to the nearest of the shapes (0 inside one). Beyond `enough` km from every
 * shape's box the box distance is returned (far enough to be reported; the exact figure is
 * computed for the one vertex that is).
 */
function distanceKm(p: Position, shapes: Feature<Polygon | MultiPolygon>[], enough = 0): number {
  if (shapes.some((s) => inside(p, s))) return 0;
  const boxes = shapes.map((s) => boxDistanceKm(p, s.bbox as [number, number, number, number]));
  if (enough > 0 && Math.min(...boxes) > enough) return Math.min(...boxes);
  return Math.min(...shapes.map((s) => edgeDistanceKm(p, s)));
}

export interface Misplacement {
  /** The farthest vertex's distance outside every named municipality, km. */
  distanceKm: number;
  /** That vertex. */
  at: Position;
  tolerance: number;
}

/**
 * Whether an item's geometry lies within the municipalities it names: every vertex inside one of
 * them, or within the tolerance. Null when it does, or when nothing can be checked (no geometry,
 * no municipality named, or none of the named ones has a polygon: an area outside the region).
 */
export function misplacement(geometry: Geometry | null, municipalities: readonly string[], shapes: MunicipalShapes): Misplacement | null {
  if (!geometry) return null;
  const named = municipalities.map((m) => shapes.get(m)).filter((s): s is Feature<Polygon | MultiPolygon> => !!s);
  if (named.length === 0 || named.length < municipalities.length) return null;
  const tolerance = geometry.type === 'Point' ? PLACEMENT_TOLERANCE_KM.point : PLACEMENT_TOLERANCE_KM.shape;
  let worst: Misplacement | null = null;
  for (const p of vertices(geometry)) {
    const d = distanceKm(p, named, tolerance);
    if (d > tolerance && (!worst || d > worst.distanceKm)) worst = { distanceKm: d, at: p, tolerance };
  }
  return worst && { ...worst, distanceKm: distanceKm(worst.at, named) };
}

/** The message of a misplacement, naming the municipalities (in both languages) and the distance. */
export function misplacementMessage(m: Misplacement, names: readonly (string | BilingualText)[]): Message {
  const at = m.at.map((v) => v.toFixed(5)).join(', ');
  return msg('misplaced', { km: m.distanceKm.toFixed(2), names, tolerance: m.tolerance, at });
}
