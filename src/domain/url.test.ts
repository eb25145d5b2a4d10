import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './filters.ts';
import { type AppState, INITIAL_STATE } from './state.ts';
import { CATEGORIES } from './types.ts';
import { formatView, isNothingDropped, parse, parseView, parseWithReport, serialise } from './url.ts';

const full: AppState = {
  lang: 'en',
  filters: {
    ...EMPTY_FILTERS,
    projects: ['p-food-industry'],
    categories: ['road', 'river'],
    areas: ['01691'],
    border: 'inside',
    promoters: ['kuni'],
  },
  selection: { kind: 'item', id: 'fp-akkeshi' },
  view: { center: [144.5, 43.25], zoom: 8.5, bearing: 0, pitch: 0 },
  basemap: 'gsi-pale',
  context: ['parks', 'islands'],
  overlay: 'kpis',
  regionMeasure: null,
  tour: { id: 'default', scene: 'food-industry' },
};

describe('url', () => {
  it('addresses the Hokkaido view, its measure and a chosen region', () => {
    const state: AppState = {
      ...INITIAL_STATE,
      overlay: 'hokkaido',
      regionMeasure: 'kpi-r3-観光入込客数',
      selection: { kind: 'area', id: 'renkei-tokachi' },
    };
    const s = serialise(state);
    expect(s).toContain('o=hokkaido');
    expect(parse(s)).toEqual(state);
    expect(parse('?o=hokkaido&m=nonsense').regionMeasure).toBeNull();
    expect(parse('?o=elsewhere').overlay).toBeNull();
  });
  it('serialises the initial state to nothing', () => {
    expect(serialise(INITIAL_STATE)).toBe('');
    expect(parse('')).toEqual(INITIAL_STATE);
  });
  it('round-trips a full state', () => {
    const s = serialise(full);
    expect(s).toBe(
      '?lang=en&p=p-food-industry&pr=kuni&c=road,river&a=01691&border=inside&sel=item:fp-akkeshi&v=144.5,43.25,8.5&bm=gsi-pale&ctx=parks,islands&o=kpis&tour=default&scene=food-industry',
    );
    expect(parse(s)).toEqual(full);
  });
  it('ignores unknown keys and malformed values', () => {
    const s = parse('?foo=1&lang=xx&border=maybe&sel=nothing&v=1,2&bm=evil&c=road,<script>&p=');
    expect(s).toEqual({ ...INITIAL_STATE, filters: { ...EMPTY_FILTERS, categories: ['road'] } });
  });
  it('drops ids it does not know when told which exist', () => {
    const known = { facets: { projects: new Set(['p-a']) }, selection: { item: new Set(['fp-a']) } };
    const s = parse('?p=p-a,p-zzz&sel=item:fp-b', known);
    expect(s.filters.projects).toEqual(['p-a']);
    expect(s.selection).toBeNull();
  });
  it('never throws on garbage', () => {
    const garbage = [
      '?%',
      '?sel=:',
      '?sel=item:',
      '?v=NaN,NaN,NaN',
      '?v=1e400,0,0',
      '?a=%E0%A4%A',
      '??&&==',
      `?p=${'x,'.repeat(10000)}`,
      '?sel=item:../../etc',
      '?lang=en&lang=ja',
    ];
    for (const g of garbage) expect(() => parse(g)).not.toThrow();
    expect(parse('?sel=item:../../etc').selection).toBeNull();
  });
  it('reads and writes views within sane ranges', () => {
    expect(parseView('144.5,43.2,9,30,45')).toEqual({ center: [144.5, 43.2], zoom: 9, bearing: 30, pitch: 45 });
    expect(parseView('200,43,9')).toBeNull();
    expect(parseView('144,43,30')).toBeNull();
    expect(formatView({ center: [144.123456, 43.1], zoom: 10, bearing: 0, pitch: 0 })).toBe('144.1235,43.1,10');
  });
});

describe('url: short category exclusions (issue 19.1)', () => {
  const allBut = (...off: string[]) => CATEGORIES.filter((c) => !off.includes(c));
  it('writes a category switched off as an exclusion', () => {
    const s = serialise({ ...INITIAL_STATE, filters: { ...EMPTY_FILTERS, categories: allBut('road') } });
    expect(s).toBe('?c=-road');
    expect(parse(s).filters.categories).toEqual(allBut('road'));
  });
  it('writes a few categories on as a list, as before', () => {
    expect(serialise({ ...INITIAL_STATE, filters: { ...EMPTY_FILTERS, categories: ['road', 'river'] } })).toBe('?c=road,river');
  });
  it('still reads old links that list every category on', () => {
    expect(parse(`?c=${allBut('road').join(',')}`).filters.categories).toEqual(allBut('road'));
  });
  it('reads exclusions of everything as no filter', () => {
    expect(parse(`?c=${CATEGORIES.map((c) => `-${c}`).join(',')}`).filters.categories).toEqual([]);
  });
});

describe('url: unknown values are dropped and reported (issue 21.6)', () => {
  it('drops unknown categories, accuracies and promoters even before the data is known', () => {
    const { state, dropped } = parseWithReport('?c=nope&acc=nope,exact&pr=xx');
    expect(state.filters.categories).toEqual([]);
    expect(state.filters.accuracy).toEqual(['exact']);
    expect(state.filters.promoters).toEqual([]);
    expect(dropped.facets).toEqual([
      { facet: 'promoters', values: ['xx'] },
      { facet: 'categories', values: ['nope'] },
      { facet: 'accuracy', values: ['nope'] },
    ]);
  });
  it('drops 10,000 junk values and reports them without listing them all', () => {
    const junk = Array.from({ length: 10_000 }, (_, i) => `junk${i}`).join(',');
    const known = { facets: { projects: new Set(['p-a']) }, selection: {} };
    const { state, dropped } = parseWithReport(`?p=p-a,${junk}&c=${junk}`, known);
    expect(state.filters.projects).toEqual(['p-a']);
    expect(state.filters.categories).toEqual([]);
    expect(serialise(state)).toBe('?p=p-a');
    const p = dropped.facets.find((d) => d.facet === 'projects')!;
    expect(p.values.length).toBeLessThanOrEqual(201);
    expect(p.values.at(-1)).toBe('(+9801)');
  });
  it('reports a selection and a tour that do not exist', () => {
    const known = { facets: {}, selection: { context: new Set(['np-shiretoko']) }, tours: new Set(['default']) };
    const { state, dropped } = parseWithReport('?sel=context:nope&tour=nope&scene=x', known);
    expect(state.selection).toBeNull();
    expect(state.tour).toBeNull();
    expect(dropped).toEqual({ facets: [], selection: 'context:nope', tour: 'nope' });
    expect(parseWithReport('?sel=context:np-shiretoko&tour=default', known).dropped).toSatisfy(isNothingDropped);
  });
  it('names a tour made in the app as user:<id>, and round-trips it', () => {
    const state = parse('?tour=user:meeting-lx2&scene=scene-2');
    expect(state.tour).toEqual({ id: 'user:meeting-lx2', scene: 'scene-2' });
    expect(serialise(state)).toBe('?tour=user:meeting-lx2&scene=scene-2');
    expect(parse('?tour=other:meeting').tour).toBeNull();
    expect(parse('?tour=user:').tour).toBeNull();
    const known = { facets: {}, selection: {}, tours: new Set(['default', 'user:meeting-lx2']) };
    expect(parseWithReport('?tour=user:meeting-lx2', known).dropped).toSatisfy(isNothingDropped);
    expect(parseWithReport('?tour=user:gone', known).dropped.tour).toBe('user:gone');
  });
});

describe('url: the report overlay', () => {
  it('opens the report of a selected area or project, and nothing else', () => {
    expect(parse('?sel=area:01691&o=report').overlay).toBe('report');
    expect(parse('?sel=project:p-a&o=report').overlay).toBe('report');
    expect(parse('?sel=item:fp-a&o=report').overlay).toBeNull();
    expect(parse('?o=report').overlay).toBeNull();
    expect(serialise(parse('?sel=area:01691&o=report'))).toBe('?sel=area:01691&o=report');
  });
});
