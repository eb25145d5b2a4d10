import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildRegions, CREDIT } from '../../scripts/build-regions.ts';
import { DATA_DIR } from '../load-data.ts';

/** The Hokkaido view's boundaries: 14 振興局 and 6 連携地域 dissolved from N03, grouped as areas.json (003) says. */
const read = (f: string): unknown => JSON.parse(readFileSync(join(DATA_DIR, f), 'utf8'));
/** A boundary file as the script writes it: the features' properties and the file's credit. */
type Boundaries = FeatureCollection<Polygon | MultiPolygon, { id: string; renkei: string; municipalities: number }> & { credit: string };
const shinkokyoku = read('regions/shinkokyoku.geojson') as Boundaries;
const renkei = read('regions/renkei.geojson') as Boundaries;
const areas = read('areas.json') as { id: string; level: string; parent: string | null }[];
const SOURCE = join(import.meta.dirname, '..', '..', '..', 'shared', 'geodata', 'hokkaido-municipalities.geojson');

describe('the 振興局 and 連携地域 boundaries', () => {
  it('has one feature per 振興局 (14) and per 連携地域 (6), ids of areas.json, the N03 credit', () => {
    const ids = (fc: { features: { properties: { id: string } }[] }) => fc.features.map((f) => f.properties.id).sort();
    expect(ids(shinkokyoku)).toEqual(
      areas
        .filter((a) => a.level === 'shinkokyoku')
        .map((a) => a.id)
        .sort(),
    );
    expect(ids(renkei)).toEqual(
      areas
        .filter((a) => a.level === 'renkei')
        .map((a) => a.id)
        .sort(),
    );
    for (const fc of [shinkokyoku, renkei]) expect(fc.credit).toBe(CREDIT);
  });

  it('groups the 振興局 into the 連携地域 as 003 defines them (areas.json parents)', () => {
    for (const f of shinkokyoku.features)
      expect(f.properties.renkei, f.properties.id).toBe(areas.find((a) => a.id === f.properties.id)!.parent);
    const of = (r: string) =>
      shinkokyoku.features
        .filter((f: { properties: { renkei: string } }) => f.properties.renkei === r)
        .map((f: { properties: { id: string } }) => f.properties.id)
        .sort();
    expect(of('renkei-doo')).toEqual(['sk-hidaka', 'sk-iburi', 'sk-ishikari', 'sk-shiribeshi', 'sk-sorachi']);
    expect(of('renkei-kushiro-nemuro')).toEqual(['sk-kushiro', 'sk-nemuro']);
  });

  it.skipIf(!existsSync(SOURCE))(
    'is what the script makes from the N03 file (all 194 municipalities used)',
    () => {
      const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
      const built = buildRegions(source, areas as never);
      expect(JSON.parse(JSON.stringify(built.shinkokyoku))).toEqual(shinkokyoku);
      expect(JSON.parse(JSON.stringify(built.renkei))).toEqual(renkei);
      expect(shinkokyoku.features.reduce((n, f) => n + f.properties.municipalities, 0)).toBe(194);
    },
    60_000,
  );
});
