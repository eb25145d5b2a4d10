import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { Atlas } from './atlas.ts';
import type { Item } from './data/validate.ts';
import { EMPTY_FILTERS, type Filters, LIST_FACETS } from './filters.ts';
import { prepareItems } from './import/layer.ts';
import { Relations } from './relations.ts';

const { dataset } = loadRealData();

describe('Atlas counts', () => {
  const someValue = (a: Atlas, facet: (typeof LIST_FACETS)[number]) => [...a.counts(EMPTY_FILTERS, facet).keys()][0]!;

  it('match a fresh computation after any sequence of filter changes', () => {
    const atlas = new Atlas(dataset);
    const steps: Filters[] = [
      { ...EMPTY_FILTERS, categories: ['road'] },
      { ...EMPTY_FILTERS, categories: ['road'], border: 'inside' },
      { ...EMPTY_FILTERS, categories: ['fishing-port', 'road'], projects: [someValue(atlas, 'projects')] },
      { ...EMPTY_FILTERS, border: 'inside' },
      EMPTY_FILTERS,
      { ...EMPTY_FILTERS, categories: ['road'] },
    ];
    for (const f of steps) {
      const fresh = new Atlas(dataset);
      for (const facet of LIST_FACETS) {
        expect(atlas.counts(f, facet)).toEqual(fresh.counts(f, facet));
        expect(atlas.counts(f, facet, 'located')).toEqual(fresh.counts(f, facet, 'located'));
      }
      expect(atlas.borderCounts(f)).toEqual(fresh.borderCounts(f));
    }
  });

  it("reuse a facet's counts while only that facet's selection changes", () => {
    const atlas = new Atlas(dataset);
    const before = atlas.counts({ ...EMPTY_FILTERS, border: 'inside' }, 'categories', 'located');
    expect(atlas.counts({ ...EMPTY_FILTERS, border: 'inside', categories: ['road'] }, 'categories', 'located')).toBe(before);
    expect(atlas.counts({ ...EMPTY_FILTERS, border: 'outside', categories: ['road'] }, 'categories', 'located')).not.toBe(before);
    const border = atlas.borderCounts({ ...EMPTY_FILTERS, categories: ['road'] });
    expect(atlas.borderCounts({ ...EMPTY_FILTERS, categories: ['road'], border: 'inside' })).toBe(border);
  });
});

describe('Atlas with imported files', () => {
  const point = (id: string, lon: number): Item => ({
    ...dataset.items[0]!,
    geometry: { type: 'Point', coordinates: [lon, 43.1] },
    properties: { ...dataset.items[0]!.properties, id, category: 'imported', projects: [], municipalities: [], body: '' },
  });
  const layers = [[point('u-1', 144.1), point('u-2', 144.2)], [point('v-1', 144.3)]].map((items) => ({ items }));
  const relations = new Relations(dataset);

  it("joins the files' own facet indexes to the data's: the same filters and counts as indexing everything again", () => {
    const base = new Atlas(dataset).index;
    const tiles = { tile: () => Promise.resolve(null) };
    const joined = new Atlas(
      dataset,
      base,
      layers.map((l) => ({ ...l, prepared: { ...prepareItems(l.items, relations), tiles, generation: 1 } })),
    );
    const fresh = new Atlas(dataset, undefined, layers);
    expect(joined.data.items.map((i) => i.properties.id)).toEqual(fresh.data.items.map((i) => i.properties.id));
    const project = [...fresh.counts(EMPTY_FILTERS, 'projects').keys()][0]!;
    for (const f of [
      EMPTY_FILTERS,
      { ...EMPTY_FILTERS, categories: ['imported'] },
      { ...EMPTY_FILTERS, categories: ['imported', 'road'], border: 'outside' },
      { ...EMPTY_FILTERS, projects: [project] },
      { ...EMPTY_FILTERS, areas: ['renkei-kushiro-nemuro'] },
    ] as Filters[]) {
      expect([...joined.passing(f)]).toEqual([...fresh.passing(f)]);
      for (const facet of LIST_FACETS) {
        expect(joined.counts(f, facet)).toEqual(fresh.counts(f, facet));
        expect(joined.counts(f, facet, 'located')).toEqual(fresh.counts(f, facet, 'located'));
      }
      expect(joined.borderCounts(f)).toEqual(fresh.borderCounts(f));
    }
    expect(joined.counts(EMPTY_FILTERS, 'categories').get('imported')).toBe(3);
  });

  it('keeps the dataset it was laid over apart from the items with the files', () => {
    const atlas = new Atlas(dataset, undefined, layers);
    expect(atlas.base).toBe(dataset);
    expect(atlas.data.items.length).toBe(dataset.items.length + 3);
    expect(atlas.itemById.get('v-1')?.properties.category).toBe('imported');
    expect(atlas.hasImported).toBe(true);
  });
});
