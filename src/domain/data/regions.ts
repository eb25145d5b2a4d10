import type { FeatureCollection } from 'geojson';
import { type DataIssue, formatIssue } from './issues.ts';

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
  const fail = (record: string, field: string, message: string) => issues.push({ file, record, field, message });
  const o = value as { type?: unknown; features?: unknown; credit?: unknown } | null;
  if (!o || o.type !== 'FeatureCollection' || !Array.isArray(o.features)) {
    fail('', 'type', 'must be a GeoJSON FeatureCollection');
    return { fc: null, credit: '', issues };
  }
  if (typeof o.credit !== 'string' || !o.credit.includes('国土数値情報')) fail('', 'credit', 'must carry the 国土数値情報 credit');
  const seen = new Set<string>();
  (o.features as unknown[]).forEach((f, i) => {
    const feature = f as { properties?: { id?: unknown }; geometry?: { type?: unknown } } | null;
    const id = feature?.properties?.id;
    const record = typeof id === 'string' ? id : `#${i}`;
    if (typeof id !== 'string' || !ids.has(id)) fail(record, 'properties.id', `must be an area id of areas.json (got ${JSON.stringify(id)})`);
    else seen.add(id);
    const type = feature?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') fail(record, 'geometry', `must be a Polygon or MultiPolygon (got ${String(type)})`);
  });
  for (const id of ids) if (!seen.has(id)) fail(id, '', 'has no boundary in this file');
  return { fc: issues.length ? null : (o as FeatureCollection), credit: typeof o.credit === 'string' ? o.credit : '', issues };
}

/** Fetches and checks both files; throws one message naming every problem (file › record › field). */
export async function loadRegionBoundaries(
  fetchText: (path: string) => Promise<string>,
  ids: { subprefectures: ReadonlySet<string>; renkei: ReadonlySet<string> },
): Promise<RegionBoundaries> {
  const read = async (file: string, known: ReadonlySet<string>) => {
    let value: unknown;
    try {
      value = JSON.parse(await fetchText(file));
    } catch (e) {
      return { fc: null, credit: '', issues: [{ file, record: '', field: '', message: `could not be loaded: ${(e as Error).message}` }] };
    }
    return checkBoundaries(file, value, known);
  };
  const [sk, rk] = await Promise.all([read(REGION_FILES.subprefectures, ids.subprefectures), read(REGION_FILES.renkei, ids.renkei)]);
  const issues = [...sk.issues, ...rk.issues];
  if (issues.length || !sk.fc || !rk.fc) throw new Error(issues.map(formatIssue).join('\n'));
  return { subprefectures: sk.fc, renkei: rk.fc, credit: sk.credit };
}
