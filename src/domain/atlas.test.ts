import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { Atlas } from './atlas.ts';
import { EMPTY_FILTERS, type Filters, LIST_FACETS } from './filters.ts';

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
