import type { Geometry } from 'geojson';
import { checkGeometry } from '../data/geojson.ts';
import { type DataIssue, RecordCheck } from '../data/issues.ts';
import type { Message } from '../message.ts';
import type { BBox } from './result.ts';

/**
 * Geometry checks for imported data. The rules (RFC 7946 shape, closed rings, every position
 * inside the box, swapped lon/lat named) are the project's own, from data/geojson.ts, so a user
 * file is held to exactly what the plan data is held to.
 */

export interface GeometryCheck {
  geometry: Geometry | undefined;
  /** Field paths relative to the feature, e.g. 'geometry.coordinates[0][3]'. */
  issues: { field: string; message: Message }[];
  /** True when the geometry fails but would pass with every [a, b] read as [b, a]. */
  swapped: boolean;
}

export function checkImportedGeometry(raw: unknown, bbox: BBox): GeometryCheck {
  const issues = runCheck(raw, bbox);
  if (issues.length === 0) return { geometry: raw as Geometry, issues: [], swapped: false };
  const swapped = runCheck(swapGeometry(raw), bbox).length === 0;
  return { geometry: undefined, issues: issues.map(({ field, msg }) => ({ field, message: msg })), swapped };
}

function runCheck(raw: unknown, bbox: BBox): DataIssue[] {
  const sink: DataIssue[] = [];
  checkGeometry(new RecordCheck('import', 'feature', sink), raw, bbox, { allowNull: false });
  return sink;
}

/** The same geometry with the first two numbers of every position exchanged. */
function swapGeometry(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const g = raw as Record<string, unknown>;
  return { ...g, coordinates: swapCoordinates(g['coordinates']) };
}

function swapCoordinates(c: unknown): unknown {
  if (!Array.isArray(c)) return c;
  const a = c as unknown[];
  if (a.length >= 2 && typeof a[0] === 'number' && typeof a[1] === 'number') return [a[1], a[0], ...a.slice(2)];
  return a.map(swapCoordinates);
}

/** A point [lon, lat] checked by the same rules: null when fine. */
export function checkPoint(lon: number, lat: number, bbox: BBox): { swapped: boolean } | null {
  const check = checkImportedGeometry({ type: 'Point', coordinates: [lon, lat] }, bbox);
  return check.issues.length === 0 ? null : { swapped: check.swapped };
}

/**
 * Numbers far outside degrees usually mean metres in a projected system (平面直角座標系, UTM);
 * a number too large to be finite (1e999) is no coordinate at all.
 */
export function looksProjected(a: number, b: number): boolean {
  return Number.isFinite(a) && Number.isFinite(b) && (Math.abs(a) > 360 || Math.abs(b) > 360);
}

/** The first position anywhere in a coordinates array, for hints (a loop: nesting may be hostile). */
export function firstPosition(c: unknown): [number, number] | null {
  let cur = c;
  for (let depth = 0; Array.isArray(cur) && depth < 64; depth++) {
    if (typeof cur[0] === 'number' && typeof cur[1] === 'number') return [cur[0], cur[1]];
    cur = cur[0];
  }
  return null;
}
