import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { filterChips, withoutChip } from './chips.ts';
import { EMPTY_FILTERS } from './filters.ts';
import { INITIAL_STATE, reduce } from './state.ts';
import { CATEGORIES } from './types.ts';

describe('わがまち: scoping and chips (issue 19.1)', () => {
  const { atlas } = loadRealData();
  it('scopes to an area: the list, counts and export are the area view’s items', () => {
    const s = reduce(INITIAL_STATE, { type: 'scope', facet: 'areas', id: '01691' });
    expect(s.filters.areas).toEqual(['01691']);
    const scoped = atlas
      .filtered(s.filters)
      .map((i) => i.properties.id)
      .sort();
    const inArea = atlas.data.items
      .filter((i) => atlas.areasOfItem(i).includes('01691'))
      .map((i) => i.properties.id)
      .sort();
    expect(scoped).toEqual(inArea);
    expect(scoped).toHaveLength(4);
  });
  it('scopes to a project, keeping the other facets', () => {
    const s = reduce(
      { ...INITIAL_STATE, filters: { ...EMPTY_FILTERS, border: 'inside', projects: ['x'] } },
      { type: 'scope', facet: 'projects', id: 'p-resilient-land' },
    );
    expect(s.filters).toMatchObject({ projects: ['p-resilient-land'], border: 'inside' });
  });
  it('shows each active value as a chip with its name, and removing one removes only it', () => {
    const f = { ...EMPTY_FILTERS, areas: ['01691'], projects: ['p-resilient-land'], border: 'inside' as const };
    const chips = filterChips(f, atlas, 'ja');
    expect(chips.map((c) => c.label)).toEqual([expect.stringContaining('4-(3)'), '別海町', expect.stringContaining('北方領土隣接地域')]);
    expect(withoutChip(f, chips[1]!)).toEqual({ ...f, areas: [] });
    expect(withoutChip(f, chips[2]!)).toEqual({ ...f, border: 'all' });
  });
  it('shows a category switched off as an exclusion chip; removing it shows the category again', () => {
    const f = { ...EMPTY_FILTERS, categories: CATEGORIES.filter((c) => c !== 'road') };
    const chips = filterChips(f, atlas, 'en');
    expect(chips).toEqual([{ facet: 'categories', value: 'road', excluded: true, label: 'Roads' }]);
    expect(withoutChip(f, chips[0]!).categories).toEqual([]);
  });
  it('has no chips without filters', () => {
    expect(filterChips(EMPTY_FILTERS, atlas, 'ja')).toEqual([]);
  });
});
