/**
 * Proper crossings between the edges of a polygon's rings (tile coordinates). A tile's polygon
 * whose rings cross is not simple: MapLibre's triangulation (earcut) then lays triangles over one
 * another, and a translucent fill shows them as light lines across the land (seen on the
 * projector). Simplifying each tile on its own (geojson-vt) can make such crossings, so the
 * basemap's tiles are checked with this when they are written, and by a test over every tile.
 */
import { featureCollection, polygon } from '@turf/helpers';
import { union } from '@turf/union';

export type Ring = readonly (readonly [number, number])[];

const side = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number =>
  Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

interface Edge {
  ax: number;
  ay: number;
  bx: number;
  by: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function edges(rings: readonly Ring[]): Edge[] {
  const out: Edge[] = [];
  for (const r of rings)
    for (let i = 1; i < r.length; i++) {
      const [ax, ay] = r[i - 1]!;
      const [bx, by] = r[i]!;
      out.push({ ax, ay, bx, by, minX: Math.min(ax, bx), maxX: Math.max(ax, bx), minY: Math.min(ay, by), maxY: Math.max(ay, by) });
    }
  return out;
}

/** Whether two edges cross at a point inside both (touching at an end or running along each other is not a crossing). */
function crosses(e: Edge, f: Edge): boolean {
  if (e.maxX < f.minX || f.maxX < e.minX || e.maxY < f.minY || f.maxY < e.minY) return false;
  const d1 = side(f.ax, f.ay, f.bx, f.by, e.ax, e.ay);
  const d2 = side(f.ax, f.ay, f.bx, f.by, e.bx, e.by);
  const d3 = side(e.ax, e.ay, e.bx, e.by, f.ax, f.ay);
  const d4 = side(e.ax, e.ay, e.bx, e.by, f.bx, f.by);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** How many pairs of edges of the rings cross (within a ring or between two of them). */
export function ringCrossings(rings: readonly Ring[]): number {
  // Sorted by their left end, an edge is compared only with those that start before it ends.
  const es = edges(rings).sort((a, b) => a.minX - b.minX);
  let n = 0;
  for (let i = 0; i < es.length; i++) {
    const e = es[i]!;
    for (let j = i + 1; j < es.length && es[j]!.minX <= e.maxX; j++) if (crosses(e, es[j]!)) n++;
  }
  return n;
}

type Point = [number, number];

const ringArea = (r: Ring): number => {
  let s = 0;
  for (let i = 1; i < r.length; i++) s += (r[i]![0] - r[i - 1]![0]) * (r[i]![1] + r[i - 1]![1]);
  return s / 2;
};

/** A tile's rings as polygons, the way MapLibre reads them: a ring wound like the first starts a polygon, the others are its holes. */
function polygonsOf(rings: readonly Ring[]): Point[][][] {
  const polys: Point[][][] = [];
  let outerSign = 0;
  for (const r of rings) {
    const a = ringArea(r);
    if (a === 0) continue;
    if (outerSign === 0) outerSign = Math.sign(a);
    if (Math.sign(a) === outerSign || polys.length === 0) polys.push([r.map((p) => [p[0], p[1]])]);
    else polys[polys.length - 1]!.push(r.map((p) => [p[0], p[1]]));
  }
  return polys;
}

/** Integer points without repeats, closed; null when fewer than 3 distinct points are left. */
function snapped(ring: readonly (readonly number[])[]): Point[] | null {
  const out: Point[] = [];
  for (const p of ring) {
    const q: Point = [Math.round(p[0]!), Math.round(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length > 1 && out[0]![0] === out[out.length - 1]![0] && out[0]![1] === out[out.length - 1]![1]) out.pop();
  if (out.length < 3) return null;
  out.push([out[0]![0], out[0]![1]]);
  return out;
}

/** The union of tile polygons by a polygon clipper (@turf/union), which resolves their crossings. */
function clipped(polys: Point[][][]): number[][][][] {
  // @turf/union takes two or more polygons: a lone one is joined with itself, which leaves its area.
  const parts = polys.map((p) => polygon(p));
  const g = union(featureCollection(parts.length === 1 ? [parts[0]!, parts[0]!] : parts))?.geometry;
  return !g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * The same area as rings that do not cross, on the tile's integer grid. The clipper resolves the
 * crossings; snapping its new corners back to the grid can make others, so it runs again until
 * none are left (or gives up, returning null). Exterior rings keep the winding of the input's
 * first ring, holes the other.
 */
export function uncrossed(rings: readonly Ring[], attempts = 4): Point[][] | null {
  const outerSign = Math.sign(rings.map(ringArea).find((a) => a !== 0) ?? 0);
  if (outerSign === 0) return [];
  let current: Point[][] = rings.map((r) => r.map((p) => [p[0], p[1]] as Point));
  for (let i = 0; i < attempts; i++) {
    if (ringCrossings(current) === 0) return current;
    const next: Point[][] = [];
    for (const poly of clipped(polygonsOf(current))) {
      const [outer, ...holes] = poly.map(snapped);
      if (!outer) continue;
      for (const [k, r] of [outer, ...holes].entries()) {
        if (!r) continue;
        const wanted = k === 0 ? outerSign : -outerSign;
        next.push(Math.sign(ringArea(r)) === wanted ? r : r.reverse());
      }
    }
    current = next;
  }
  return ringCrossings(current) === 0 ? current : null;
}
