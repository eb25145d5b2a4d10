/**
 * Builds the Hokkaido-wide boundaries of the 14 振興局 and the 6 連携地域 for the Hokkaido view.
 *
 *   npx tsx scripts/build-regions.ts
 *
 * Source: ../shared/geodata/hokkaido-municipalities.geojson (国土数値情報 行政区域データ N03-21,
 * 1 % simplified; see that folder's README). The municipalities are dissolved by their
 * `subprefecture_ja` (振興局) with @turf/union, and the 振興局 into the 連携地域 that 003
 * (Ⅲ 各地域の政策) defines — the grouping is read from data/areas.json (each 振興局's parent),
 * which cites 003 and 004, so the script and the app share one definition.
 *
 * Output: data/regions/shinkokyoku.geojson (14 features) and data/regions/renkei.geojson
 * (6 features), coordinates rounded to 1e-4° (≈ 10 m, far below the 1 % simplification's
 * error), each feature with `id` (the area id of areas.json), `name_ja` and, for a 振興局, its
 * `renkei`. Credit: 「国土数値情報（行政区域データ）」（国土交通省）を加工して作成.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { union } from '@turf/union';
import { featureCollection } from '@turf/helpers';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, '..', 'shared', 'geodata', 'hokkaido-municipalities.geojson');
const OUT = join(ROOT, 'data', 'regions');
export const CREDIT = '「国土数値情報（行政区域データ）」（国土交通省）を加工して作成';
const PRECISION = 4;

interface Area {
  id: string;
  level: string;
  name_ja: string;
  parent: string | null;
}
type Shape = Feature<Polygon | MultiPolygon>;

function dissolve(parts: Shape[]): Polygon | MultiPolygon {
  if (parts.length === 1) return parts[0]!.geometry;
  const merged = union(featureCollection(parts));
  if (!merged) throw new Error('union returned nothing');
  return merged.geometry;
}

function round(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const f = 10 ** PRECISION;
  const ring = (r: Position[]) => {
    const out: Position[] = [];
    for (const [x, y] of r) {
      const p = [Math.round(x! * f) / f, Math.round(y! * f) / f];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
  };
  const poly = (rings: Position[][]) => rings.map(ring).filter((r) => r.length >= 4);
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: poly(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(poly).filter((p) => p.length > 0) };
}

export function buildRegions(source: FeatureCollection<Polygon | MultiPolygon>, areas: Area[]) {
  const subprefectures = areas.filter((a) => a.level === 'shinkokyoku');
  const byName = new Map(subprefectures.map((a) => [a.name_ja, a]));
  const groups = new Map<string, Shape[]>();
  for (const f of source.features) {
    const name = String(f.properties?.['subprefecture_ja']);
    const area = byName.get(name);
    if (!area) throw new Error(`${name} (${String(f.properties?.['code'])}) is not a 振興局 of data/areas.json`);
    groups.set(area.id, [...(groups.get(area.id) ?? []), f]);
  }
  const shinkokyoku: Shape[] = subprefectures.map((a) => {
    const parts = groups.get(a.id);
    if (!parts) throw new Error(`no municipality of ${a.name_ja} in the source`);
    return {
      type: 'Feature',
      properties: { id: a.id, name_ja: a.name_ja, renkei: a.parent, municipalities: parts.length },
      geometry: dissolve(parts),
    };
  });
  const renkei: Shape[] = areas
    .filter((a) => a.level === 'renkei')
    .map((r) => ({
      type: 'Feature',
      properties: { id: r.id, name_ja: r.name_ja },
      geometry: dissolve(shinkokyoku.filter((s) => s.properties!['renkei'] === r.id)),
    }));
  const out = (features: Shape[]) => ({
    type: 'FeatureCollection' as const,
    credit: CREDIT,
    source: 'shared/geodata/hokkaido-municipalities.geojson (N03-21, 1 % simplified), dissolved by scripts/build-regions.ts',
    features: features.map((f) => ({ ...f, geometry: round(f.geometry) })),
  });
  return { shinkokyoku: out(shinkokyoku), renkei: out(renkei) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const areas = JSON.parse(readFileSync(join(ROOT, 'data', 'areas.json'), 'utf8')) as Area[];
  const { shinkokyoku, renkei } = buildRegions(source, areas);
  mkdirSync(OUT, { recursive: true });
  for (const [name, fc] of [
    ['shinkokyoku', shinkokyoku],
    ['renkei', renkei],
  ] as const) {
    const text = `${JSON.stringify(fc)}\n`;
    writeFileSync(join(OUT, `${name}.geojson`), text);
    console.log(`data/regions/${name}.geojson: ${fc.features.length} features, ${(text.length / 1024).toFixed(0)} KB`);
  }
}
