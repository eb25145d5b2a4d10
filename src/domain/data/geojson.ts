import type { Geometry, Position } from 'geojson';
import { msg } from '../message.ts';
import { RecordCheck, describe, isObject, mustGot } from './issues.ts';

type BBox = [number, number, number, number];

const DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

/**
 * RFC 7946 geometry check. Returns the geometry when valid. `null` geometry is allowed only
 * where the caller says so (unlocated items).
 */
export function checkGeometry(
  check: RecordCheck,
  geometry: unknown,
  bbox: BBox,
  opts: { allowNull: boolean },
): Geometry | null | undefined {
  if (geometry === null) {
    if (!opts.allowNull) check.fail('geometry', msg('geomNull'));
    return null;
  }
  if (!isObject(geometry) || typeof geometry['type'] !== 'string' || !(geometry['type'] in DEPTH)) {
    check.fail('geometry.type', mustGot(msg('ruleOneOf', { allowed: Object.keys(DEPTH) }), isObject(geometry) ? geometry['type'] : geometry));
    return undefined;
  }
  const type = geometry['type'];
  const before = check.ok;
  walk(check, geometry['coordinates'], DEPTH[type] ?? 0, 'geometry.coordinates', type, bbox);
  return before && check.ok ? (geometry as unknown as Geometry) : undefined;
}

function walk(check: RecordCheck, c: unknown, depth: number, path: string, type: string, bbox: BBox): void {
  if (depth === 0) {
    position(check, c, path, bbox);
    return;
  }
  if (!Array.isArray(c) || c.length === 0) {
    check.fail(path, msg('geomEmpty', { type }));
    return;
  }
  const isLine = (type === 'LineString' && depth === 1) || (type === 'MultiLineString' && depth === 1);
  const isRing = (type === 'Polygon' && depth === 1) || (type === 'MultiPolygon' && depth === 1);
  if (isLine && c.length < 2) check.fail(path, msg('geomLine'));
  if (isRing) ring(check, c, path);
  c.forEach((x, i) => walk(check, x, depth - 1, `${path}[${i}]`, type, bbox));
}

function ring(check: RecordCheck, c: unknown[], path: string): void {
  if (c.length < 4) {
    check.fail(path, msg('geomRing'));
    return;
  }
  const a = c[0];
  const b = c[c.length - 1];
  if (!Array.isArray(a) || !Array.isArray(b) || a[0] !== b[0] || a[1] !== b[1]) {
    check.fail(path, msg('geomRingOpen'));
  }
}

function position(check: RecordCheck, p: unknown, path: string, bbox: BBox): void {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3 || p.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
    check.fail(path, msg('geomPosition', { got: describe(p) }));
    return;
  }
  checkLonLat(check, p as Position as [number, number], path, bbox);
}

/** A [lon, lat] pair must lie in the box; a pair that would if swapped is named as swapped. */
export function checkLonLat(check: RecordCheck, [lon, lat]: readonly [number, number], path: string, bbox: BBox): void {
  if (inBox(lon, lat, bbox)) return;
  check.fail(
    path,
    inBox(lat, lon, bbox)
      ? msg('geomSwapped', { lon, lat })
      : msg('geomOutside', { lon, lat, west: bbox[0], east: bbox[2], south: bbox[1], north: bbox[3] }),
  );
}

function inBox(lon: number, lat: number, [w, s, e, n]: BBox): boolean {
  return lon >= w && lon <= e && lat >= s && lat <= n;
}
