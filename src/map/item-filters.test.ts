import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { Atlas } from '../domain/atlas.ts';
import { EMPTY_FILTERS, type Filters } from '../domain/filters.ts';
import { hiddenPlanIds, planFeatures } from '../domain/map-features.ts';
import { type FilterTarget, ItemFilters } from './item-filters.ts';
import { HIDDEN_STATE, ITEMS_SOURCE, ITEM_PARTS, layerId } from './layers/infrastructure.ts';

/** A map that records the filters and feature-states set, at a zoom the test moves. */
function fakeMap(zoom: number) {
  const filters = new Map<string, unknown>();
  const state = new Map<string, boolean>();
  const log = { filters: 0, states: 0, redraws: 0 };
  const fake = {
    zoom,
    log,
    state,
    filterOf: (part: (typeof ITEM_PARTS)[number]) => JSON.stringify(filters.get(layerId(ITEMS_SOURCE, part))),
    getZoom: () => fake.zoom,
    getFilter: (id: string) => structuredClone(filters.get(id)),
    setFilter(id: string, f: unknown) {
      log.filters++;
      filters.set(id, structuredClone(f));
    },
    setFeatureState(target: { source: string; id: string }, s: Record<string, boolean>) {
      log.states++;
      state.set(`${target.source}/${target.id}`, s[HIDDEN_STATE]!);
    },
    redraw() {
      log.redraws++;
    },
  };
  return fake;
}

const { dataset } = loadRealData();
const atlas = new Atlas({ ...dataset, tiles: null });
const roads: Filters = { ...EMPTY_FILTERS, categories: ['road'] };
const hiddenNow = (map: ReturnType<typeof fakeMap>) => [...map.state].filter(([, v]) => v).map(([k]) => k.split('/')[1]);

describe('ItemFilters on the plan GeoJSON', () => {
  it('zoomed out (no names drawn), a filter hides items by state and leaves the layers as they were', () => {
    const map = fakeMap(7);
    const f = new ItemFilters();
    f.apply(map as unknown as FilterTarget, EMPTY_FILTERS, atlas, true);
    const before = map.filterOf('symbol');
    f.apply(map as unknown as FilterTarget, roads, atlas, true);
    expect(map.filterOf('symbol')).toBe(before);
    expect(map.filterOf('symbol')).not.toContain('match');
    expect(hiddenNow(map).sort()).toEqual([...hiddenPlanIds(atlas, roads)].sort());
    expect(hiddenNow(map).length).toBeGreaterThan(0);
    expect(map.log.redraws).toBe(0);
  });

  it('sets only the states that change, and shows everything again when the filter is cleared', () => {
    const map = fakeMap(7);
    const f = new ItemFilters();
    f.apply(map as unknown as FilterTarget, roads, atlas, true);
    const set = map.log.states;
    f.apply(map as unknown as FilterTarget, { ...roads }, atlas, true);
    expect(map.log.states).toBe(set);
    f.apply(map as unknown as FilterTarget, EMPTY_FILTERS, atlas, true);
    expect(hiddenNow(map)).toEqual([]);
    expect(map.log.states).toBe(set * 2);
  });

  it('from the zoom that draws names, the layers are filtered too; zooming back out takes that back', () => {
    const map = fakeMap(7);
    const f = new ItemFilters();
    f.apply(map as unknown as FilterTarget, roads, atlas, true);
    const filtersSet = map.log.filters;
    map.zoom = 8.5;
    f.zoomed(map as unknown as FilterTarget, roads, atlas);
    expect(map.log.filters).toBe(filtersSet);
    map.zoom = 9.2;
    f.zoomed(map as unknown as FilterTarget, roads, atlas);
    const [hiddenId] = hiddenPlanIds(atlas, roads);
    const road = planFeatures(atlas).features.find((x) => x.properties['category'] === 'road')!.properties['id'] as string;
    for (const part of ITEM_PARTS) expect(map.filterOf(part)).toContain(`"${road}"`);
    for (const part of ITEM_PARTS) expect(map.filterOf(part)).not.toContain(`"${hiddenId!}"`);
    map.zoom = 12;
    const named = map.log.filters;
    f.zoomed(map as unknown as FilterTarget, roads, atlas);
    expect(map.log.filters).toBe(named);
    map.zoom = 8;
    f.zoomed(map as unknown as FilterTarget, roads, atlas);
    for (const part of ITEM_PARTS) expect(map.filterOf(part)).not.toContain('match');
    expect(hiddenNow(map).sort()).toEqual([...hiddenPlanIds(atlas, roads)].sort());
  });

  it('every plan feature the state hides is one the layer filter would leave out, and no other', () => {
    expect(hiddenPlanIds(atlas, roads).size + planFeatures(atlas).features.filter((x) => x.properties['category'] === 'road').length).toBe(
      planFeatures(atlas).features.length,
    );
  });
});
