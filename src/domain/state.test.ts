import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, isCategoryShown, reduce, toggleCategory } from './state.ts';
import type { Category } from './types.ts';

const all: Category[] = ['fishing-port', 'harbor', 'road'];

describe('toggleCategory (legend = category facet)', () => {
  it('hiding one of all shows the others', () => {
    expect(toggleCategory([], 'road', all)).toEqual(['fishing-port', 'harbor']);
  });
  it('showing the last hidden one goes back to no filter', () => {
    expect(toggleCategory(['fishing-port', 'harbor'], 'road', all)).toEqual([]);
  });
  it('does not hide the last shown category', () => {
    expect(toggleCategory(['road'], 'road', all)).toEqual(['road']);
  });
  it('reports what is shown', () => {
    expect(isCategoryShown([], 'road')).toBe(true);
    expect(isCategoryShown(['harbor'], 'road')).toBe(false);
  });
});

describe('reduce', () => {
  it('selects, toggles facets and clears', () => {
    let s = reduce(INITIAL_STATE, { type: 'select', selection: { kind: 'project', id: 'p-a' } });
    s = reduce(s, { type: 'toggle-facet', facet: 'areas', value: '01691' });
    expect(s.selection).toEqual({ kind: 'project', id: 'p-a' });
    expect(s.filters.areas).toEqual(['01691']);
    s = reduce(s, { type: 'clear-filters' });
    expect(s.filters).toEqual(INITIAL_STATE.filters);
  });
});
