import type { Atlas } from './atlas.ts';
import type { Item } from './data/validate.ts';
import type { Accuracy, Category, PromoterId } from './types.ts';

/** AND across facets, OR within one; an empty facet does not filter. */
export interface Filters {
  projects: string[];
  goals: string[];
  promoters: PromoterId[];
  bodies: string[];
  categories: Category[];
  areas: string[];
  accuracy: Accuracy[];
  border: BorderFilter;
}
export type BorderFilter = 'all' | 'inside' | 'outside';
export type ListFacet = Exclude<keyof Filters, 'border'>;
export type Facet = keyof Filters;

export const LIST_FACETS: readonly ListFacet[] = ['projects', 'goals', 'promoters', 'bodies', 'categories', 'areas', 'accuracy'];

export const EMPTY_FILTERS: Filters = {
  projects: [],
  goals: [],
  promoters: [],
  bodies: [],
  categories: [],
  areas: [],
  accuracy: [],
  border: 'all',
};

/** The facet values one item carries: what every filter, count and map expression is computed from. */
export type FacetValues = Record<ListFacet, string[]> & { border: 'inside' | 'outside' };

export function facetValues(atlas: Atlas, item: Item): FacetValues {
  const p = item.properties;
  const projects = atlas.projectsOfItem(item);
  return {
    projects: p.projects,
    goals: [...new Set(projects.flatMap((x) => x.goals))],
    promoters: [...new Set(projects.map((x) => x.promoter))],
    bodies: [p.body],
    categories: [p.category],
    areas: atlas.areasOfItem(item),
    accuracy: [p.accuracy],
    border: atlas.inBorderRegion(item) ? 'inside' : 'outside',
  };
}

export function matches(v: FacetValues, f: Filters, except?: Facet): boolean {
  for (const facet of LIST_FACETS) {
    if (facet === except) continue;
    const wanted = f[facet] as string[];
    if (wanted.length > 0 && !wanted.some((w) => v[facet].includes(w))) return false;
  }
  return except === 'border' || f.border === 'all' || v.border === f.border;
}

export function isEmpty(f: Filters): boolean {
  return f.border === 'all' && LIST_FACETS.every((k) => f[k].length === 0);
}

/** For each value of `facet`: how many items match it given all the other facets. */
export function facetCounts(values: readonly FacetValues[], f: Filters, facet: ListFacet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) {
    if (!matches(v, f, facet)) continue;
    for (const x of v[facet]) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  return counts;
}

export function borderCounts(values: readonly FacetValues[], f: Filters): Record<'inside' | 'outside', number> {
  const out = { inside: 0, outside: 0 };
  for (const v of values) if (matches(v, f, 'border')) out[v.border]++;
  return out;
}

/** Feature property names the map stores the encoded facet values under. */
export const facetProperty = (facet: Facet): string => `f_${facet}`;

/**
 * Encodes facet values as strings a style expression can test: '|a|b|' so that `in` on a
 * substring '|a|' means "has value a" (GeoJSON array properties do not survive into tiles).
 */
export function encodeFacets(v: FacetValues): Record<string, string> {
  const out: Record<string, string> = { [facetProperty('border')]: v.border };
  for (const facet of LIST_FACETS) out[facetProperty(facet)] = `|${v[facet].join('|')}|`;
  return out;
}

/** The same filter as `matches`, as a MapLibre filter expression over the encoded properties. */
export function filterExpression(f: Filters): unknown[] {
  const clauses: unknown[] = [];
  for (const facet of LIST_FACETS) {
    const wanted = f[facet] as string[];
    if (wanted.length === 0) continue;
    const any = wanted.map((w) => ['in', `|${w}|`, ['get', facetProperty(facet)]]);
    clauses.push(any.length === 1 ? any[0] : ['any', ...any]);
  }
  if (f.border !== 'all') clauses.push(['==', ['get', facetProperty('border')], f.border]);
  return ['all', ...clauses];
}

/** Toggles one value in a list facet. */
export function toggleValue(f: Filters, facet: ListFacet, value: string): Filters {
  const list = f[facet] as string[];
  const next = list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
  return { ...f, [facet]: next };
}
