import turfLength from '@turf/length';
import { lineString } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import turfBbox from '@turf/bbox';
import { boundsOf } from './analysis.ts';
import { areaFrame } from './area-frame.ts';
import { areaInsideKm2, lengthInsideKm, summariseArea } from './area-summary.ts';
import { Atlas } from './atlas.ts';
import { shapesByCode } from './data/placement.ts';
import type { Item } from './data/validate.ts';

const { atlas, dataset } = loadRealData();
const shapes = shapesByCode(dataset.municipalityShapes);
// The offices of 釧路市 and 釧路町 (areas.json): a straight line between them crosses the boundary.
const KUSHIRO_CITY: [number, number] = [144.38167, 42.985];
const KUSHIRO_TOWN: [number, number] = [144.4661, 42.9961];

describe('roll-ups on the official polygons', () => {
  it('counts a line crossing a boundary in each municipality for its own part only', () => {
    const line = [KUSHIRO_CITY, KUSHIRO_TOWN];
    const total = turfLength(lineString(line), { units: 'kilometers' });
    const city = lengthInsideKm(line, shapes.get('01206')!);
    const town = lengthInsideKm(line, shapes.get('01661')!);
    expect(city).toBeGreaterThan(0.5);
    expect(town).toBeGreaterThan(0.5);
    expect(city).toBeLessThan(total - 0.5);
    expect(city + town).toBeCloseTo(total, 2);
    expect(lengthInsideKm(line, shapes.get('01691')!)).toBe(0);
  });

  it('clips a district to the municipality: the parts on either side add up to the whole', () => {
    // A 2 km square around the 釧路市 / 釧路町 boundary between the offices.
    const [x, y] = [(KUSHIRO_CITY[0] + KUSHIRO_TOWN[0]) / 2, (KUSHIRO_CITY[1] + KUSHIRO_TOWN[1]) / 2];
    const d = 0.01;
    const square = [
      [
        [x - d, y - d],
        [x + d, y - d],
        [x + d, y + d],
        [x - d, y + d],
        [x - d, y - d],
      ],
    ];
    const parts = ['01206', '01661'].map((c) => areaInsideKm2(square, shapes.get(c)!));
    expect(Math.min(...parts)).toBeGreaterThan(0.05);
    const whole = 2 * d * 111.32 * Math.cos((y * Math.PI) / 180) * (2 * d * 110.95);
    expect(parts[0]! + parts[1]!).toBeGreaterThan(whole * 0.97);
    expect(parts[0]! + parts[1]!).toBeLessThan(whole * 1.01);
  });

  it('sums a crossing road in each area’s panel by its part inside, and says it clipped', () => {
    const road: Item = {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [KUSHIRO_CITY, KUSHIRO_TOWN] },
      properties: {
        ...atlas.data.items.find((i) => i.properties.category === 'road')!.properties,
        id: 'rd-test-crossing',
        municipalities: ['01206', '01661'],
      },
    };
    const test = new Atlas({ ...dataset, items: [road] });
    const city = summariseArea(test, '01206');
    const town = summariseArea(test, '01661');
    const kushiro = summariseArea(test, 'sk-kushiro');
    const total = turfLength(road as never, { units: 'kilometers' });
    expect(city.clipped && town.clipped && kushiro.clipped).toBe(true);
    expect(city.lengthKm.road).toBeLessThan(total - 0.5);
    expect(city.lengthKm.road + town.lengthKm.road).toBeCloseTo(total, 2);
    expect(kushiro.lengthKm.road).toBeCloseTo(total, 2);
  });

  it('without the polygons, measures the whole drawn shapes and says so', () => {
    const bare = new Atlas({ ...dataset, municipalityShapes: null });
    const s = summariseArea(bare, '01223');
    expect(s.clipped).toBe(false);
    expect(s.lengthKm.road).toBeGreaterThan(0);
  });
});

describe('summariseArea on the real data', () => {
  it('summarises a municipality: items, counts, projects, lengths', () => {
    const s = summariseArea(atlas, '01223'); // 根室市
    const ids = s.items.map((i) => i.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['fp-ochiishi', 'fp-habomai', 'hb-nemuro', 'pk-shunkunitai']));
    expect(s.items.every((i) => i.properties.municipalities.includes('01223'))).toBe(true);
    expect(s.byCategory.get('fishing-port')).toBe(ids.filter((id) => id.startsWith('fp-')).length);
    expect(s.projects).toContain('p-border-region-kuni');
    expect(s.lengthKm.road).toBeGreaterThan(5);
    expect(s.areaKm2['agriculture']).toBeGreaterThan(1);
  });
  it('rolls municipalities up into their 振興局, and lists region-wide items under the region', () => {
    const nemuro = summariseArea(atlas, 'sk-nemuro');
    const muni = ['01223', '01691', '01692', '01693', '01694'].map((c) => summariseArea(atlas, c).items.length);
    expect(nemuro.items.length).toBeLessThanOrEqual(muni.reduce((a, b) => a + b, 0));
    expect(nemuro.items.length).toBeGreaterThan(Math.max(...muni));
    expect(summariseArea(atlas, 'renkei-kushiro-nemuro').unlocated.length).toBeGreaterThan(20);
    expect(summariseArea(atlas, '01223').unlocated).toEqual([]);
    // Seven summaries, each clipping the items to the polygons: 2–7 s on a shared two-core machine.
  }, 30_000);
});

describe('areaFrame', () => {
  it('frames an area by its official outline, which holds its items, not by the items alone', () => {
    const items = summariseArea(atlas, '01691').items; // 別海町
    const frame = areaFrame(atlas, '01691', items)!;
    const outline = turfBbox(shapes.get('01691')!);
    const located = boundsOf(items)!;
    // The outline is larger than the items' box (the town's west and south have no works).
    expect(frame).toEqual([
      Math.min(outline[0], located[0]),
      Math.min(outline[1], located[1]),
      Math.max(outline[2], located[2]),
      Math.max(outline[3], located[3]),
    ]);
    expect(frame[2] - frame[0]).toBeGreaterThan(located[2] - located[0] + 0.1);
    expect(frame[3] - frame[1]).toBeGreaterThan(located[3] - located[1] + 0.1);
  });
  it('falls back on the items where no polygon is known, and gives nothing for an empty area', () => {
    const bare = new Atlas({ ...dataset, municipalityShapes: null });
    const items = summariseArea(bare, '01691').items;
    expect(areaFrame(bare, '01691', items)).toEqual(boundsOf(items));
    expect(areaFrame(bare, 'sk-tokachi', [])).toBeNull();
  });
});
