import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../../test/load-data.ts';
import { FIRST_ZOOM, thinnedFeatures } from '../map-features.ts';
import { tileOf } from '../overview.ts';
import { Relations } from '../relations.ts';
import { ImportedTiles } from './imported-tiles.ts';
import { IMPORTED_MAXZOOM } from './layer.ts';
import { importFile } from './import-file.ts';
import { toItems } from './to-items.ts';

const { atlas, dataset } = loadRealData();

/** `n` points packed around 釧路 (every zoom's tiles far over the thinning cap). */
function points(file: string, n: number) {
  const rows = Array.from(
    { length: n },
    (_, i) => `p${i},${(42.9 + (i % 100) / 500).toFixed(4)},${(144.3 + Math.floor(i / 100) / 500).toFixed(4)}`,
  );
  const result = importFile(file, new TextEncoder().encode(`name,lat,lon\n${rows.join('\n')}\n`));
  if (!result.ok) throw new Error('fixture should import');
  return toItems(result.items);
}

const ids = (t: ImportedTiles, z: number, lon = 144.4, lat = 42.95) => {
  const [x, y] = tileOf(lon, lat, z);
  return (t.features(z, x, y)?.features ?? []).map((f) => String(f.tags?.['id']));
};

describe('ImportedTiles', () => {
  const items = points('many.csv', 10_000);
  // Made as the import worker makes them: from the data's areas and projects alone.
  const { features } = thinnedFeatures(items, new Relations(structuredClone({ areas: dataset.areas, projects: dataset.projects })));

  it('makes the same features in the worker as the page makes with the atlas', () => {
    expect(features).toEqual(thinnedFeatures(items, atlas).features);
    expect(features.some((f) => (f.properties[FIRST_ZOOM] as number) > 0)).toBe(true);
  });

  it('thins a dense file below the deepest zoom as its first zooms say, and holds every feature there', () => {
    const tiles = new ImportedTiles();
    tiles.set('many.csv', structuredClone(features));
    const low = ids(tiles, 8);
    expect(low.length).toBeGreaterThan(0);
    expect(low.length).toBeLessThanOrEqual(1_000 * 1.5);
    const firstZoom = new Map(features.map((f) => [String(f.properties.id), Number(f.properties[FIRST_ZOOM] ?? 0)]));
    expect(low.every((id) => firstZoom.get(id)! <= 8)).toBe(true);
    // Drawn at one zoom, drawn at every deeper one (in the deeper tile of its position).
    const at = new Map(features.map((f) => [String(f.properties.id), (f.geometry as Point).coordinates as [number, number]]));
    for (const id of low.slice(0, 50)) expect(ids(tiles, 11, ...at.get(id)!)).toContain(id);
    const deepest = new Set<string>();
    for (const [lon, lat] of features.map((f) => (f.geometry as Point).coordinates as [number, number])) {
      const [x, y] = tileOf(lon, lat, IMPORTED_MAXZOOM);
      for (const id of (tiles.features(IMPORTED_MAXZOOM, x, y)?.features ?? []).map((f) => String(f.tags?.['id']))) deepest.add(id);
    }
    expect(deepest.size).toBe(10_000);
  });

  it('replaces a file of the same name, keeps the others, and renews its generation each time', () => {
    const tiles = new ImportedTiles();
    const few = (file: string, n: number) => thinnedFeatures(points(file, n), atlas).features;
    const g1 = tiles.set('a.csv', few('a.csv', 3));
    const g2 = tiles.set('b.csv', few('b.csv', 2));
    expect(g2).toBeGreaterThan(g1);
    expect(ids(tiles, 12, 144.3, 42.9).length).toBe(5);
    tiles.set('a.csv', few('a.csv', 1));
    expect(ids(tiles, 12, 144.3, 42.9).length).toBe(3);
    expect(tiles.tile(12, ...tileOf(144.3, 42.9, 12))).toBeInstanceOf(Uint8Array);
    expect(tiles.tile(12, 0, 0)).toBeNull();
  });
});
