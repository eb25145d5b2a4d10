import type { FeatureCollection } from 'geojson';
import { type Message, english, msg } from '../message.ts';
import { loadFailure } from './http.ts';
import { type DataIssue, fileIssue, formatIssue, mustGot } from './issues.ts';

/** The Hokkaido view's boundaries (scripts/build-regions.ts), loaded when the view opens. */
export const REGION_FILES = {
  subprefectures: 'regions/shinkokyoku.geojson',
  renkei: 'regions/renkei.geojson',
} as const;

export interface RegionBoundaries {
  subprefectures: FeatureCollection;
  renkei: FeatureCollection;
  /** The N03 credit the files carry, shown wherever they are drawn. */
  credit: string;
}

/** Checks one boundary file: polygons with an id from `ids` each; the issues name file, record and field. */
export function checkBoundaries(file: string, value: unknown, ids: ReadonlySet<string>): { fc: FeatureCollection | null; credit: string; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const fail = (record: string, field: string, m: Message) => issues.push({ file, record, field, message: english(m), msg: m });
  const o = value as { type?: unknown; features?: unknown; credit?: unknown } | null;
  if (!o || o.type !== 'FeatureCollection' || !Array.isArray(o.features)) {
    fail('', 'type', msg('mustCollection'));
    return { fc: null, credit: '', issues };
  }
  if (typeof o.credit !== 'string' || !o.credit.includes('国土数値情報')) fail('', 'credit', msg('boundaryCredit'));
  const seen = new Set<string>();
  (o.features as unknown[]).forEach((f, i) => {
    const feature = f as { properties?: { id?: unknown }; geometry?: { type?: unknown } } | null;
    const id = feature?.properties?.id;
    const record = typeof id === 'string' ? id : `#${i}`;
    if (typeof id !== 'string' || !ids.has(id)) fail(record, 'properties.id', mustGot(msg('boundaryAreaId'), id));
    else seen.add(id);
    const type = feature?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') fail(record, 'geometry', mustGot(msg('boundaryPolygon'), type));
  });
  for (const id of ids) if (!seen.has(id)) fail(id, '', msg('boundaryMissing'));
  return { fc: issues.length ? null : (o as FeatureCollection), credit: typeof o.credit === 'string' ? o.credit : '', issues };
}

/** The boundary files could not be used: every problem, each naming file › record › field. */
export class BoundaryError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}

/** Fetches and checks both files; throws a BoundaryError naming every problem (file › record › field). */
export async function loadRegionBoundaries(
  fetchText: (path: string) => Promise<string>,
  ids: { subprefectures: ReadonlySet<string>; renkei: ReadonlySet<string> },
): Promise<RegionBoundaries> {
  const read = async (file: string, known: ReadonlySet<string>) => {
    let value: unknown;
    try {
      value = JSON.parse(await fetchText(file));
    } catch (e) {
      return { fc: null, credit: '', issues: [fileIssue(file, loadFailure(e))] };
    }
    return checkBoundaries(file, value, known);
  };
  const [sk, rk] = await Promise.all([read(REGION_FILES.subprefectures, ids.subprefectures), read(REGION_FILES.renkei, ids.renkei)]);
  const issues = [...sk.issues, ...rk.issues];
  if (issues.length || !sk.fc || !rk.fc) throw new BoundaryError(issues);
  return { subprefectures: sk.fc, renkei: rk.fc, credit: sk.credit };
}
