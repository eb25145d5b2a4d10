import type { Geometry, Position } from 'geojson';

/**
 * One position that stands for a geometry in a table (lon/lat columns), and what kind it is:
 * a point is itself; a line gives the point halfway along its longest part (on the line); a
 * polygon gives a point inside its largest part (the ring's centroid when it lies inside, else
 * the middle of the widest stretch of the centroid's latitude inside the polygon).
 */
export type PointKind = 'point' | 'first-point' | 'line-middle' | 'polygon-inside';

export interface RepresentativePoint {
  lon: number;
  lat: number;
  kind: PointKind;
}

export function representativePoint(g: Geometry | null): RepresentativePoint | null {
  if (!g) return null;
  switch (g.type) {
    case 'Point':
      return at(g.coordinates, 'point');
    case 'MultiPoint':
      return g.coordinates[0] ? at(g.coordinates[0], 'first-point') : null;
    case 'LineString':
      return lineMiddle([g.coordinates]);
    case 'MultiLineString':
      return lineMiddle(g.coordinates);
    case 'Polygon':
      return insidePolygon([g.coordinates]);
    case 'MultiPolygon':
      return insidePolygon(g.coordinates);
    default:
      return null;
  }
}

function at(p: Position, kind: PointKind): RepresentativePoint {
  return { lon: round(p[0]!), lat: round(p[1]!), kind };
}

/** 7 decimals: about a centimetre, the precision of the data. */
function round(x: number): number {
  return Math.round(x * 1e7) / 1e7;
}

/** Planar length in degrees with longitude scaled by cos(latitude): enough to find a midpoint. */
function segLength(a: Position, b: Position): number {
  const k = Math.cos((((a[1]! + b[1]!) / 2) * Math.PI) / 180);
  return Math.hypot((b[0]! - a[0]!) * k, b[1]! - a[1]!);
}

function lineLength(line: Position[]): number {
  let s = 0;
  for (let i = 1; i < line.length; i++) s += segLength(line[i - 1]!, line[i]!);
  return s;
}

function lineMiddle(lines: Position[][]): RepresentativePoint | null {
  const longest = lines.reduce<Position[] | null>((best, l) => (!best || lineLength(l) > lineLength(best) ? l : best), null);
  if (!longest || longest.length === 0) return null;
  let rest = lineLength(longest) / 2;
  for (let i = 1; i < longest.length; i++) {
    const a = longest[i - 1]!;
    const b = longest[i]!;
    const d = segLength(a, b);
    if (d >= rest && d > 0) {
      const t = rest / d;
      return at([a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t], 'line-middle');
    }
    rest -= d;
  }
  return at(longest[0]!, 'line-middle');
}

function ringArea(ring: Position[]): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) s += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return s / 2;
}

function insidePolygon(polygons: Position[][][]): RepresentativePoint | null {
  const largest = polygons.reduce<Position[][] | null>(
    (best, p) => (!best || Math.abs(ringArea(p[0] ?? [])) > Math.abs(ringArea(best[0] ?? [])) ? p : best),
    null,
  );
  const outer = largest?.[0];
  if (!largest || !outer || outer.length < 4) return null;
  const c = centroid(outer);
  if (c && inside(largest, c)) return at(c, 'polygon-inside');
  const lat = c ? c[1]! : outer[0]![1]!;
  const chord = widestChord(largest, lat);
  return chord ? at(chord, 'polygon-inside') : at(outer[0]!, 'polygon-inside');
}

function centroid(ring: Position[]): Position | null {
  const a = ringArea(ring);
  if (a === 0) return null;
  let x = 0;
  let y = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    const f = x0 * y1 - x1 * y0;
    x += (x0 + x1) * f;
    y += (y0 + y1) * f;
  }
  return [x / (6 * a), y / (6 * a)];
}

/** Even-odd test over every ring (holes included). */
function inside(rings: Position[][], p: Position): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > p[1]! !== yj > p[1]! && p[0]! < ((xj - xi) * (p[1]! - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

/** The middle of the widest stretch inside the polygon along the latitude `lat`. */
function widestChord(rings: Position[][], lat: number): Position | null {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1] as [number, number];
      const [x1, y1] = ring[i] as [number, number];
      if (y0 > lat !== y1 > lat) xs.push(x0 + ((lat - y0) / (y1 - y0)) * (x1 - x0));
    }
  }
  xs.sort((a, b) => a - b);
  let best: Position | null = null;
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = xs[i + 1]! - xs[i]!;
    if (w > width) [width, best] = [w, [(xs[i]! + xs[i + 1]!) / 2, lat]];
  }
  return best;
}
