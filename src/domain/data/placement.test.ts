import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../../test/load-data.ts';
import { PLACEMENT_TOLERANCE_KM, misplacement, misplacementMessage, shapesByCode } from './placement.ts';
import { english, say } from '../message.ts';
import { issueText } from './issues.ts';
import { buildDataset } from './validate.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../../test/load-data.ts';

const { dataset } = loadRealData();
const shapes = shapesByCode(dataset.municipalityShapes);
const BETSUKAI_OFFICE: [number, number] = [145.11747, 43.39381];
const NAKASHIBETSU_OFFICE: [number, number] = [144.97136, 43.55522];

describe('item in the municipality it names', () => {
  it('has the official polygons of the 13 municipalities and the 6 villages', () => {
    expect(shapes.size).toBe(19);
    expect(shapes.has('01691')).toBe(true);
  });

  it('accepts a point inside, and reports one in another town with its distance', () => {
    const point = { type: 'Point' as const, coordinates: BETSUKAI_OFFICE };
    expect(misplacement(point, ['01691'], shapes)).toBeNull();
    const off = misplacement({ type: 'Point', coordinates: NAKASHIBETSU_OFFICE }, ['01691'], shapes)!;
    expect(off.distanceKm).toBeGreaterThan(PLACEMENT_TOLERANCE_KM.point);
    expect(off.distanceKm).toBeLessThan(30);
    const message = misplacementMessage(off, [{ ja: '別海町', en: 'Betsukai Town' }]);
    expect(english(message)).toMatch(/^lies \d+\.\d\d km outside Betsukai Town \(/);
    expect(say('ja', message)).toMatch(/^記載の市町村（別海町）から\d+\.\d\d km離れています/);
  });

  it('reports a line that runs out of the town it names, and accepts it when both towns are named', () => {
    const line = { type: 'LineString' as const, coordinates: [BETSUKAI_OFFICE, NAKASHIBETSU_OFFICE] };
    expect(misplacement(line, ['01691'], shapes)?.at).toEqual(NAKASHIBETSU_OFFICE);
    expect(misplacement(line, ['01691', '01692'], shapes)).toBeNull();
  });

  it('skips what cannot be checked: no geometry, no municipality, no polygon', () => {
    expect(misplacement(null, ['01691'], shapes)).toBeNull();
    expect(misplacement({ type: 'Point', coordinates: NAKASHIBETSU_OFFICE }, [], shapes)).toBeNull();
    expect(misplacement({ type: 'Point', coordinates: NAKASHIBETSU_OFFICE }, ['01691'], new Map())).toBeNull();
  });

  it('is a validation error naming the file, the id and the distance', () => {
    const file = 'infrastructure/roads.geojson';
    const text = readFileSync(join(DATA_DIR, file), 'utf8');
    const roads = JSON.parse(text) as FeatureCollection<Geometry, { id: string; municipalities: string[] }>;
    const moved = roads.features.find((f) => f.geometry.type === 'LineString') as Feature<LineString, { id: string; municipalities: string[] }>;
    moved.geometry.coordinates = [BETSUKAI_OFFICE, NAKASHIBETSU_OFFICE];
    moved.properties.municipalities = ['01691'];
    const read = (path: string) => {
      try {
        return { ok: true as const, text: path === file ? JSON.stringify(roads) : readFileSync(join(DATA_DIR, path), 'utf8') };
      } catch {
        return { ok: false as const, reason: 'missing' };
      }
    };
    const { issues, dataset: ds } = buildDataset(read);
    const issue = issues.find((i) => i.record === moved.properties.id)!;
    expect(issue).toMatchObject({ file, field: 'geometry' });
    expect(issue.message).toMatch(/km outside Betsukai Town/);
    expect(issueText(issue, 'ja')).toMatch(/^infrastructure\/.+\.geojson › レコード .+ › 項目 geometry: 記載の市町村（別海町）から/);
    expect(ds.items.some((i) => i.properties.id === moved.properties.id)).toBe(false);
  });

  it('finds every item of the real data inside the municipalities it names', () => {
    const located = dataset.items.filter((i) => i.geometry && i.properties.municipalities.length);
    expect(located.length).toBeGreaterThan(30);
    expect(located.filter((i) => misplacement(i.geometry, i.properties.municipalities, shapes)).map((i) => i.properties.id)).toEqual([]);
  });
});
