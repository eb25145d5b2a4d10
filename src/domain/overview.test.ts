import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { Atlas } from './atlas.ts';
import { importFile } from './import/import-file.ts';
import { toItems } from './import/to-items.ts';
import { FIRST_ZOOM, importedCompleteFrom, planFeatures, thinnedFeatures } from './map-features.ts';
import { type OverviewOptions, countPerTile, overviewZooms, rankOf, sharePerZoom, tileOf, toID } from './overview.ts';

const o: OverviewOptions = { minzoom: 0, maxzoom: 14, maxFeatures: 100 };

/** `n` features spread over a 0.5° square from (lon, lat), ids with a prefix. */
function spread(prefix: string, n: number, lon = 144, lat = 43): { id: string; position: [number, number] }[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    position: [lon + ((i * 7919) % 1000) / 2000, lat + ((i * 104729) % 1000) / 2000] as [number, number],
  }));
}

describe('overviewZooms', () => {
  it('draws everything everywhere when no tile holds more than the cap', () => {
    const { zooms, completeFrom } = overviewZooms(spread('a', 80), o);
    expect([...zooms].every((z) => z === 0)).toBe(true);
    expect(completeFrom).toBe(0);
  });

  it('keeps at most about the cap in any tile at any zoom, and every feature from completeFrom', () => {
    const feats = [...spread('a', 3000), ...spread('b', 200, 145.5, 43.8)];
    const { zooms, completeFrom } = overviewZooms(feats, o);
    for (let z = o.minzoom; z < o.maxzoom; z++) {
      const drawn = feats.filter((_, i) => zooms[i]! <= z);
      const densest = Math.max(
        ...countPerTile(
          drawn.map((f) => f.position),
          { ...o, minzoom: z, maxzoom: z + 1 },
        ).values(),
      );
      expect(densest).toBeLessThanOrEqual(o.maxFeatures * 1.25);
    }
    expect(Math.max(...zooms)).toBe(completeFrom);
    expect(completeFrom).toBeGreaterThan(0);
    expect(completeFrom).toBeLessThanOrEqual(o.maxzoom);
  });

  it('keeps, at each zoom, exactly the features the tiler keeps (rank below the zoom share)', () => {
    const feats = spread('c', 2000);
    const { zooms } = overviewZooms(feats, o);
    const share = sharePerZoom(
      countPerTile(
        feats.map((f) => f.position),
        o,
      ),
      o,
    );
    for (const z of [0, 5, 9, 13])
      expect(feats.filter((_, i) => zooms[i]! <= z).map((f) => f.id)).toEqual(
        feats.filter((f) => rankOf(f.id) < share[z]!).map((f) => f.id),
      );
  });

  it('counts each feature in the tile of its position', () => {
    const counts = countPerTile(
      [
        [144.5, 43.2],
        [144.5001, 43.2001],
      ],
      { minzoom: 10, maxzoom: 11, maxFeatures: 1 },
    );
    expect(counts.get(toID(10, ...tileOf(144.5, 43.2, 10)))).toBe(2);
  });
});

describe('the map’s GeoJSON features', () => {
  it('leave the real data unthinned: it is far below the cap', () => {
    const { atlas } = loadRealData();
    const plan = planFeatures(atlas);
    expect(importedCompleteFrom(atlas)).toBe(0);
    expect(plan.features.length).toBe(atlas.located.length);
    expect(plan.features.some((f) => FIRST_ZOOM in f.properties)).toBe(false);
  });

  // 10 000 points packed around 釧路: far beyond the cap of one tile at every zoom.
  const { dataset } = loadRealData();
  const rows = Array.from(
    { length: 10_000 },
    (_, i) => `p${i},${(42.9 + (i % 100) / 500).toFixed(4)},${(144.3 + Math.floor(i / 100) / 500).toFixed(4)}`,
  );
  const result = importFile('many.csv', new TextEncoder().encode(`name,lat,lon\n${rows.join('\n')}\n`));
  if (!result.ok) throw new Error('fixture should import');
  const items = toItems(result.items);

  it('never thin the plan’s own items, however large an import: only imported features carry a first zoom', () => {
    const before = new Atlas(dataset);
    const atlas = new Atlas(dataset, undefined, [{ items }]);
    const plan = planFeatures(atlas).features;
    // The same features as without the import (the map's source of them is not sent again).
    expect(planFeatures(atlas)).toBe(planFeatures(before));
    expect(plan.length).toBe(atlas.located.filter((i) => i.properties.category !== 'imported').length);
    expect(plan.length).toBeGreaterThan(40);
    expect(plan.filter((f) => FIRST_ZOOM in f.properties).map((f) => f.properties.id)).toEqual([]);
    const imported = thinnedFeatures(items, atlas);
    expect(imported.features.length).toBe(10_000);
    expect(imported.features.some((f) => (f.properties[FIRST_ZOOM] as number) > 0)).toBe(true);
    expect(imported.completeFrom).toBeGreaterThan(0);
  });
});
