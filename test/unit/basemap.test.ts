import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES } from '../../src/domain/data/files.ts';
import { MAX_BOUNDS } from '../../src/map/layers/basemap.ts';
import { DATA_DIR } from '../load-data.ts';

const read = (file: string) => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as FeatureCollection & { attribution?: string };
const land = read(BASEMAP_FILES.land);
const boundaries = read(BASEMAP_FILES.boundaries);
const labels = read(BASEMAP_FILES.labels);
const municipalities = read(BASEMAP_FILES.municipalities);
const N03 = '「国土数値情報（行政区域データ）」（国土交通省）を加工して作成';

const rings = (f: Feature) =>
  (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : []).flat();
const km = (a: Position, b: Position) => Math.hypot((a[0]! - b[0]!) * 81.0, (a[1]! - b[1]!) * 111.0);
const [[west, south], [east, north]] = MAX_BOUNDS;
const inView = (p: Position) => p[0]! > west && p[0]! < east && p[1]! > south && p[1]! < north;

describe('offline basemap (data/basemap, built by scripts/build-basemap.ts)', () => {
  it('credits N03 in every file, and its README', () => {
    for (const fc of [land, boundaries, labels, municipalities]) expect(fc.attribution).toContain(N03);
    expect(readFileSync(join(DATA_DIR, 'basemap', 'README.md'), 'utf8')).toContain(N03);
  });

  it('has no straight clipped edge anywhere the camera can go (the old window clipped at 142.6°E and 42.3°N)', () => {
    const straight: string[] = [];
    // N03's land, and every clip edge of the land beyond (the OSM source's own blocky lake and
    // Sakhalin edges are not clip edges: see the README's limits).
    for (const f of land.features) {
      const n03 = f.properties?.['source'] === 'N03';
      for (const ring of rings(f)) {
        for (let i = 1; i < ring.length; i++) {
          const [a, b] = [ring[i - 1]!, ring[i]!];
          const axis = a[0] === b[0] || a[1] === b[1];
          const clipEdge = [135, 154].includes(a[0]!) || [38, 49].includes(a[1]!);
          if (axis && km(a, b) > 3 && (n03 || clipEdge) && (inView(a) || inView(b)))
            straight.push(`${f.properties?.['lod']} ${a.join()} → ${b.join()}`);
        }
      }
    }
    expect(straight).toEqual([]);
  });

  it('draws the land zoomed out and zoomed in, lakes, and the land beyond Hokkaido', () => {
    const kinds = new Set(land.features.map((f) => `${f.properties?.['kind']}/${f.properties?.['lod']}`));
    expect([...kinds].sort()).toEqual(['lake/all', 'land/all', 'land/low', 'land/rest']);
    // 屈斜路湖, 摩周湖, 阿寒湖 are water.
    const lakes = land.features.filter((f) => f.properties?.['kind'] === 'lake') as Feature<Polygon>[];
    for (const p of [
      [144.33, 43.62],
      [144.535, 43.58],
      [144.1, 43.455],
    ])
      expect(
        lakes.some((l) => booleanPointInPolygon(p, l)),
        String(p),
      ).toBe(true);
  });

  it('has municipal and 振興局 boundaries zoomed out and outside the region', () => {
    const kinds = new Set(boundaries.features.map((f) => `${f.properties?.['kind']}/${f.properties?.['lod']}`));
    expect([...kinds].sort()).toEqual(['municipality/low', 'municipality/rest', 'subprefecture/low', 'subprefecture/rest']);
  });

  it('labels every municipality inside its own polygon, and the 14 振興局', () => {
    const shapes = new Map(municipalities.features.map((f) => [f.properties?.['code'], f as Feature<Polygon | MultiPolygon>]));
    const munis = labels.features.filter((f) => f.properties?.['kind'] === 'municipality');
    expect(munis).toHaveLength(19);
    for (const l of munis)
      expect(
        booleanPointInPolygon(l.geometry.type === 'Point' ? l.geometry.coordinates : [0, 0], shapes.get(l.properties?.['code'])!),
        l.properties?.['name_ja'] as string | undefined,
      ).toBe(true);
    expect(labels.features.filter((f) => f.properties?.['kind'] === 'subprefecture')).toHaveLength(14);
  });

  it('has the region’s full-resolution tiles from the detail zoom', () => {
    const dir = join(DATA_DIR, 'basemap', 'tiles');
    expect(
      readdirSync(dir)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([7, 8, 9, 10, 11, 12]);
    expect(existsSync(join(dir, '12'))).toBe(true);
  });

  it('keeps the GeoJSON fetched at start within 300 KB gzip (the tiles in view take the rest of the 400 KB)', () => {
    const bytes = Object.values(BASEMAP_FILES).reduce((s, f) => s + gzipSync(readFileSync(join(DATA_DIR, f))).length, 0);
    expect(bytes).toBeLessThan(300_000);
  });
});
