import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGeometry } from '../../src/domain/data/geojson.ts';
import { type DataIssue, RecordCheck, formatIssue, isObject } from '../../src/domain/data/issues.ts';
import { msg } from '../../src/domain/message.ts';
import { DATA_DIR } from '../load-data.ts';

/**
 * The context layers (data/context) are held to the same rules as the plan data: RFC 7946
 * geometry, [lon, lat] inside the box, every feature cites the plan documents, and says how
 * accurate it is. The box is wider than the region's: the Northern Territories reach lon 148.
 */
const FILES = {
  'context/parks.geojson': ['Polygon', 'MultiPolygon'],
  'context/byways.geojson': ['LineString', 'MultiLineString'],
  'context/expressway.geojson': ['LineString', 'MultiLineString'],
  'context/islands.geojson': ['Point'],
} as const;
const BBOX: [number, number, number, number] = [139, 41, 149, 46];
const KINDS = [
  'national-park',
  'quasi-national-park',
  'prefectural-park',
  'ramsar-site',
  'scenic-byway',
  'expressway',
  'expressway-section',
  'island',
] as const;
const ACCURACIES = ['approximate', 'representative-point', 'exact'] as const;
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

type Feature = { type: string; geometry: Record<string, unknown>; properties: Record<string, unknown> };

function load(file: string): Feature[] {
  const json = JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as unknown;
  if (!isObject(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features']))
    throw new Error(`${file} is not a FeatureCollection`);
  return json['features'] as Feature[];
}

function checkFeature(file: string, f: Feature, types: readonly string[], issues: DataIssue[]): void {
  const c = new RecordCheck(file, typeof f.properties['id'] === 'string' ? f.properties['id'] : '?', issues);
  const p = f.properties;
  c.string(p, 'id');
  if (typeof p['id'] === 'string' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p['id']))
    c.fail('id', msg('asIs', { text: 'must be ASCII kebab case' }));
  c.string(p, 'name_ja');
  c.string(p, 'name_en', { optional: true });
  c.oneOf(p, 'kind', KINDS);
  c.oneOf(p, 'accuracy', ACCURACIES);
  c.string(p, 'represents_ja');
  c.string(p, 'geometry_basis');
  c.sources(p);
  checkGeometry(c, f.geometry, BBOX, { allowNull: false });
  if (!types.includes(String(f.geometry['type']))) c.fail('geometry.type', msg('ruleOneOf', { allowed: types }));
}

const decimals = (c: unknown): number =>
  Array.isArray(c) ? Math.max(0, ...c.map(decimals)) : typeof c === 'number' ? (String(c).split('.')[1] ?? '').length : 0;

const squash = (s: string) => s.replace(/\s+/g, '');
const seedText = new Map<string, string>();
const seed = (file: string) => {
  if (!seedText.has(file)) seedText.set(file, squash(readFileSync(join(SEEDS, file), 'utf8')));
  return seedText.get(file)!;
};

describe('data/context', () => {
  const all = Object.entries(FILES).flatMap(([file, types]) => load(file).map((f) => ({ file, types, f })));

  it('holds RFC 7946 features with the context properties and plan citations', () => {
    const issues: DataIssue[] = [];
    for (const { file, types, f } of all) checkFeature(file, f, types, issues);
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('uses unique ids and at most 5 decimals', () => {
    const ids = all.map(({ f }) => f.properties['id']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { f } of all) expect(decimals(f.geometry['coordinates']), String(f.properties['id'])).toBeLessThanOrEqual(5);
  });

  it('draws every park, byway and road as approximate, and islands as label points', () => {
    for (const { f } of all) {
      const expected = f.properties['kind'] === 'island' ? 'representative-point' : 'approximate';
      expect(f.properties['accuracy'], String(f.properties['id'])).toBe(expected);
    }
  });

  it.skipIf(!existsSync(SEEDS))('quotes the plan documents as printed', () => {
    for (const { f } of all) {
      for (const s of f.properties['sources'] as { file: string; note?: string }[]) {
        const pieces = (s.note ?? '')
          .split(/[【】（）()\s]/)
          .map((x) => x.replace(/^[・◎○●■]+/, '').replace(/、$/, ''))
          .filter((x) => x.length >= 6);
        for (const piece of pieces) expect(seed(s.file), `${String(f.properties['id'])}: ${piece}`).toContain(squash(piece));
      }
    }
  });
});
