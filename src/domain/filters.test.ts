import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  type FacetValues,
  type Filters,
  FacetIndex,
  LIST_FACETS,
  borderCounts,
  encodeFacets,
  facetCounts,
  filterExpression,
  isEmpty,
  matches,
  toggleValue,
} from './filters.ts';

const v = (o: Partial<FacetValues>): FacetValues => ({
  projects: [],
  goals: [],
  promoters: [],
  bodies: [],
  categories: [],
  areas: [],
  accuracy: [],
  border: 'outside',
  ...o,
});

const port = v({
  projects: ['p-a', 'p-b'],
  goals: ['goal-1'],
  promoters: ['kuni'],
  bodies: ['kuni'],
  categories: ['fishing-port'],
  areas: ['01223', 'sk-nemuro'],
  accuracy: ['approximate'],
  border: 'inside',
});
const road = v({
  projects: ['p-b'],
  goals: ['goal-4'],
  promoters: ['kuni'],
  bodies: ['kuni'],
  categories: ['road'],
  areas: ['01206', 'sk-kushiro'],
  accuracy: ['approximate'],
});
const forest = v({
  projects: ['p-c'],
  goals: ['goal-3'],
  promoters: ['do'],
  bodies: ['do'],
  categories: ['forestry'],
  areas: ['renkei-kushiro-nemuro'],
  accuracy: ['approximate'],
});
const all = [port, road, forest];

describe('matches', () => {
  it('lets everything through with no filter', () => {
    expect(all.every((x) => matches(x, EMPTY_FILTERS))).toBe(true);
    expect(isEmpty(EMPTY_FILTERS)).toBe(true);
  });
  it('is OR within a facet', () => {
    const f: Filters = { ...EMPTY_FILTERS, categories: ['road', 'forestry'] };
    expect(all.map((x) => matches(x, f))).toEqual([false, true, true]);
  });
  it('is AND across facets', () => {
    const f: Filters = { ...EMPTY_FILTERS, projects: ['p-b'], areas: ['sk-nemuro'] };
    expect(all.map((x) => matches(x, f))).toEqual([true, false, false]);
  });
  it('filters by border region', () => {
    expect(all.map((x) => matches(x, { ...EMPTY_FILTERS, border: 'inside' }))).toEqual([true, false, false]);
    expect(all.map((x) => matches(x, { ...EMPTY_FILTERS, border: 'outside' }))).toEqual([false, true, true]);
  });
});

describe('counts', () => {
  it('counts each value given the other facets, keeping zeros countable', () => {
    const f: Filters = { ...EMPTY_FILTERS, promoters: ['kuni'], categories: ['road'] };
    const c = facetCounts(all, f, 'categories');
    expect(Object.fromEntries(c)).toEqual({ 'fishing-port': 1, road: 1 });
    expect(c.get('forestry') ?? 0).toBe(0);
    expect(borderCounts(all, f)).toEqual({ inside: 0, outside: 1 });
  });
});

describe('FacetIndex', () => {
  // Every combination of one or two values over the facets, with each border choice.
  const choices: Partial<Filters>[] = [
    {},
    { categories: ['road'] },
    { categories: ['road', 'forestry'] },
    { promoters: ['kuni'] },
    { projects: ['p-b'] },
    { areas: ['sk-nemuro'] },
    { goals: ['goal-9'] },
    { accuracy: ['approximate'] },
    { bodies: ['do'] },
  ];
  const cases: Filters[] = [];
  for (const a of choices)
    for (const b of choices)
      for (const border of ['all', 'inside', 'outside'] as const) cases.push({ ...EMPTY_FILTERS, ...a, ...b, border });
  const allCounts = (index: FacetIndex, f: Filters) => ({
    facets: Object.fromEntries(LIST_FACETS.map((k) => [k, index.countsOf(f, k)])) as Record<
      (typeof LIST_FACETS)[number],
      Map<string, number>
    >,
    border: index.borderCountsOf(f),
  });
  it.each(cases.map((f) => [JSON.stringify(f), f] as const))('equals facetCounts and borderCounts for %s', (_, f) => {
    const got = allCounts(FacetIndex.of(all), f);
    for (const facet of LIST_FACETS) expect(Object.fromEntries(got.facets[facet])).toEqual(Object.fromEntries(facetCounts(all, f, facet)));
    expect(got.border).toEqual(borderCounts(all, f));
    expect([...FacetIndex.of(all).mask(f)]).toEqual(all.map((x) => (matches(x, f) ? 1 : 0)));
    // As the loader worker sends it: plain data, rebuilt on the other side.
    const copy = new FacetIndex(structuredClone(FacetIndex.of(all).data()));
    expect(allCounts(copy, f)).toEqual(got);
    expect([...copy.mask(f)]).toEqual(all.map((x) => (matches(x, f) ? 1 : 0)));
  });
  it('answers each filter for itself when asked about several in turn', () => {
    const index = FacetIndex.of(all);
    const roads: Filters = { ...EMPTY_FILTERS, categories: ['road'] };
    const inside: Filters = { ...EMPTY_FILTERS, border: 'inside' };
    expect([...index.mask(roads)]).toEqual([0, 1, 0]);
    expect(Object.fromEntries(index.countsOf(inside, 'categories'))).toEqual({ 'fishing-port': 1 });
    expect([...index.mask(roads)]).toEqual([0, 1, 0]);
    expect(index.borderCountsOf(roads)).toEqual({ inside: 0, outside: 1 });
    expect(Object.fromEntries(index.countsOf(EMPTY_FILTERS, 'categories'))).toEqual({ 'fishing-port': 1, road: 1, forestry: 1 });
    expect(index.borderCountsOf(inside)).toEqual({ inside: 1, outside: 2 });
  });
});

describe('filterExpression', () => {
  const cases: Filters[] = [
    EMPTY_FILTERS,
    { ...EMPTY_FILTERS, categories: ['road'] },
    { ...EMPTY_FILTERS, projects: ['p-a', 'p-c'] },
    { ...EMPTY_FILTERS, projects: ['p-b'], areas: ['sk-nemuro'], border: 'inside' },
    { ...EMPTY_FILTERS, promoters: ['do'], border: 'outside' },
    { ...EMPTY_FILTERS, goals: ['goal-4', 'goal-1'], accuracy: ['approximate'], bodies: ['kuni'] },
    // '|p-a|' must not match a longer id that contains it.
    { ...EMPTY_FILTERS, projects: ['p'] },
  ];
  it.each(cases.map((f, i) => [i, f] as const))('case %i: the map expression selects what matches() selects', (_, f) => {
    const compiled = featureFilter(filterExpression(f) as never, 'layers[0].filter');
    const viaMap = all.map((x) => compiled.filter({ zoom: 10 }, { type: 1, properties: encodeFacets(x) } as never));
    expect(viaMap).toEqual(all.map((x) => matches(x, f)));
  });
});

describe('toggleValue', () => {
  it('adds then removes', () => {
    const once = toggleValue(EMPTY_FILTERS, 'goals', 'goal-1');
    expect(once.goals).toEqual(['goal-1']);
    expect(toggleValue(once, 'goals', 'goal-1').goals).toEqual([]);
  });
});
