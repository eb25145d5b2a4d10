import { describe, expect, it } from 'vitest';
import { showArea } from './area-view.ts';
import { AREA_LAYERS, areaLayers } from './layers/boundaries.ts';
import { type StyleTarget, setFilterIfChanged, setVisibleIfChanged } from './style-changes.ts';
import { loadRealData } from '../../test/load-data.ts';
import { EMPTY_FILTERS } from '../domain/filters.ts';

/**
 * A style that records what was set, answering like MapLibre (no visibility set means visible),
 * starting from the layers the app's style gives.
 */
function fakeStyle(layers: { id: string; filter?: unknown; layout?: { visibility?: string } }[] = []): StyleTarget & { sets: string[] } {
  const filters = new Map<string, unknown>(layers.filter((l) => l.filter).map((l) => [l.id, l.filter]));
  const layout = new Map<string, unknown>(
    layers.filter((l) => l.layout?.visibility).map((l) => [`${l.id}/visibility`, l.layout?.visibility]),
  );
  const sets: string[] = [];
  // Loosely typed, then cast: MapLibre's setter overloads are too large a union to infer against.
  const fake = {
    sets,
    getFilter: (id: string) => (filters.has(id) ? structuredClone(filters.get(id)) : undefined),
    setFilter(id: string, f: unknown) {
      sets.push(`filter ${id}`);
      filters.set(id, structuredClone(f));
    },
    getLayoutProperty: (id: string, name: string) => layout.get(`${id}/${name}`),
    setLayoutProperty(id: string, name: string, value: unknown) {
      sets.push(`${name} ${id}=${String(value)}`);
      layout.set(`${id}/${name}`, value);
    },
  };
  return fake as unknown as StyleTarget & { sets: string[] };
}

describe('style changes', () => {
  it('sets a filter only when it differs from the one set', () => {
    const map = fakeStyle();
    expect(setFilterIfChanged(map, 'a', ['in', ['get', 'code'], ['literal', ['01206']]])).toBe(true);
    expect(setFilterIfChanged(map, 'a', ['in', ['get', 'code'], ['literal', ['01206']]])).toBe(false);
    expect(setFilterIfChanged(map, 'a', ['in', ['get', 'code'], ['literal', ['01691']]])).toBe(true);
    expect(map.sets).toEqual(['filter a', 'filter a']);
  });

  it('treats a layer without a visibility as visible', () => {
    const map = fakeStyle();
    expect(setVisibleIfChanged(map, 'a', true)).toBe(false);
    expect(setVisibleIfChanged(map, 'a', false)).toBe(true);
    expect(setVisibleIfChanged(map, 'a', false)).toBe(false);
    expect(setVisibleIfChanged(map, 'a', true)).toBe(true);
    expect(map.sets).toEqual(['visibility a=none', 'visibility a=visible']);
  });
});

describe('showArea', () => {
  it('draws an area once; selecting items after it, or again, sets nothing', () => {
    const { atlas } = loadRealData();
    const map = fakeStyle(areaLayers() as Parameters<typeof fakeStyle>[0]);
    const item = atlas.located[0]!.properties.id;
    showArea(map, { atlas, selection: { kind: 'area', id: '01691' }, filters: EMPTY_FILTERS });
    expect(map.sets).toContain(`visibility ${AREA_LAYERS.outline}=visible`);
    expect(map.sets).toContain(`visibility ${AREA_LAYERS.maskRest}=visible`);
    map.sets.length = 0;
    showArea(map, { atlas, selection: { kind: 'area', id: '01691' }, filters: EMPTY_FILTERS });
    expect(map.sets).toEqual([]);
    showArea(map, { atlas, selection: null, filters: EMPTY_FILTERS });
    expect(map.sets.length).toBeGreaterThan(0);
    map.sets.length = 0;
    showArea(map, { atlas, selection: { kind: 'item', id: item }, filters: EMPTY_FILTERS });
    showArea(map, { atlas, selection: null, filters: EMPTY_FILTERS });
    expect(map.sets).toEqual([]);
  });
});
