import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { Atlas } from './atlas.ts';
import type { TileSet } from './data/manifest.ts';
import type { ImportedItem } from './import/result.ts';
import { toItems } from './import/to-items.ts';
import { prepareItems } from './import/layer.ts';
import { EMPTY_FILTERS, type Filters, filterExpression } from './filters.ts';
import { completeFromZoom, hiddenPlanIds, itemFeature, planFeatures, planFilterExpression } from './map-features.ts';
import { MAX_FEATURES_PER_TILE } from './overview.ts';

const { dataset } = loadRealData();
const tiles: TileSet = { url: 'tiles/{z}/{x}/{y}.pbf', layer: 'items', minzoom: 4, maxzoom: 14, complete_from: 11, features: 1, points: 1 };

/** `n` imported points a few metres apart: far more than a tile keeps at a low zoom. */
function crowd(n: number): Atlas['data']['items'] {
  const imported: ImportedItem[] = Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [144.38 + (i % 100) * 1e-4, 42.98 + Math.floor(i / 100) * 1e-4] },
    properties: { id: `crowd-${i}`, name_ja: `点${i}`, layer: 'crowd.csv', source_file: 'crowd.csv', properties: {} },
  }));
  return toItems(imported);
}

describe('completeFromZoom', () => {
  it('is 0 for the plan data alone: every zoom draws every item', () => {
    expect(completeFromZoom(new Atlas({ ...dataset, tiles: null }))).toBe(0);
  });

  it("is the tiles' first complete zoom when they thin below it, not when they are complete from their first zoom", () => {
    expect(completeFromZoom(new Atlas({ ...dataset, tiles }))).toBe(11);
    expect(completeFromZoom(new Atlas({ ...dataset, tiles: { ...tiles, complete_from: 4 } }))).toBe(0);
  });

  it("a large import, thinned in its own tiles, raises it to the import's first complete zoom", () => {
    const items = crowd(MAX_FEATURES_PER_TILE * 3);
    const prep = prepareItems(items, new Atlas({ ...dataset, tiles: null }));
    expect(prep.completeFrom).toBeGreaterThan(0);
    const prepared = {
      tiles: { tile: () => Promise.resolve(null) },
      generation: 1,
      completeFrom: prep.completeFrom,
      points: prep.points,
      index: prep.index,
    };
    const atlas = new Atlas({ ...dataset, tiles: null }, undefined, [{ items, prepared }]);
    expect(completeFromZoom(atlas)).toBe(prep.completeFrom);
    // Without its preparation (no worker) the file is not drawn from tiles, and nothing is thinned.
    expect(completeFromZoom(new Atlas({ ...dataset, tiles: null }, undefined, [{ items }]))).toBe(0);
  });
});

describe('the filters on the plan GeoJSON', () => {
  const atlas = new Atlas({ ...dataset, tiles: null });
  const plain = planFeatures(atlas).features;
  // The same items with their encoded facets, as tiles carry them: the reference for the filters.
  const faceted = plain.map((f) => itemFeature(atlas, atlas.itemById.get(String(f.properties['id']))!));
  const cases: [string, Filters][] = [
    ['no filter', EMPTY_FILTERS],
    ['harbours and fishery', { ...EMPTY_FILTERS, categories: ['harbor', 'fishery'] }],
    ['inside the border region', { ...EMPTY_FILTERS, border: 'inside' }],
    ['roads outside it', { ...EMPTY_FILTERS, categories: ['road'], border: 'outside' }],
    ["the first item's body", { ...EMPTY_FILTERS, bodies: [atlas.itemById.get(String(plain[0]!.properties['id']))!.properties.body] }],
    ['approximate places', { ...EMPTY_FILTERS, accuracy: ['approximate'] }],
    ['a project no located item has', { ...EMPTY_FILTERS, projects: ['no-such-project'] }],
  ];
  const ids = (fs: readonly { properties: Record<string, unknown> }[]) => fs.map((x) => String(x.properties['id'])).sort();
  const passing = (expr: unknown[], fs: typeof plain) => {
    const compiled = featureFilter(expr as never, 'layers[0].filter');
    return fs.filter((x) => compiled.filter({ zoom: 10 }, { type: 1, properties: x.properties } as never));
  };

  it.each(cases)('%s: hiddenPlanIds hides exactly what the facet filter leaves out', (_, f) => {
    const shown = new Set(ids(passing(filterExpression(f), faceted)));
    expect([...hiddenPlanIds(atlas, f)].sort()).toEqual(ids(faceted.filter((x) => !shown.has(String(x.properties['id'])))));
  });

  it.each(cases)('%s: planFilterExpression on the plain features passes what the facet filter passes', (_, f) => {
    expect(ids(passing(planFilterExpression(atlas, hiddenPlanIds(atlas, f)), plain))).toEqual(ids(passing(filterExpression(f), faceted)));
  });

  it('the plain features carry no facets; the filters hide something and show something (the cases are not vacuous)', () => {
    expect(plain.some((x) => Object.keys(x.properties).some((k) => k.startsWith('f_')))).toBe(false);
    const hidden = hiddenPlanIds(atlas, { ...EMPTY_FILTERS, categories: ['road'] });
    expect(hidden.size).toBeGreaterThan(0);
    expect(hidden.size).toBeLessThan(plain.length);
    expect(passing(planFilterExpression(atlas, hiddenPlanIds(atlas, cases[6]![1])), plain)).toEqual([]);
  });
});
