import type { Dataset, Item } from './data/validate.ts';
import { type AllCounts, FacetIndex, type FacetValues, type Filters, type ListFacet, facetValues } from './filters.ts';
import type { AtlasIndex, ImportedLayer } from './import/imported-layer.ts';

export type { AtlasIndex };
import { JoinedMap } from './joined-map.ts';
import { Relations } from './relations.ts';
import type { Area, Body, Goal, Kpi, LegacyProject, Project } from './types.ts';

/** A KPI as seen from a current project: directly its own, or of the earlier project it continues. */
export interface ProjectKpi {
  kpi: Kpi;
  via: LegacyProject | null;
}

/** Read-only lookups over a validated dataset and the user's imported files laid over it. */
export class Atlas {
  /** The dataset with the imported files' items after its own. */
  readonly data: Dataset;
  readonly areaById: ReadonlyMap<string, Area>;
  readonly projectById: ReadonlyMap<string, Project>;
  readonly bodyById: ReadonlyMap<string, Body>;
  readonly goalById: ReadonlyMap<string, Goal>;
  readonly itemById: ReadonlyMap<string, Item>;
  readonly legacyById: ReadonlyMap<string, LegacyProject>;
  readonly kpiById: ReadonlyMap<string, Kpi>;
  readonly municipalities: readonly Area[];
  private readonly relations: Relations;

  /**
   * `base`: the loaded dataset; `facetIndex`: indexes built elsewhere for exactly its items (the
   * loader worker's); `imported`: the user's files, in order. Their own indexes, when prepared
   * where they were read, are joined to the dataset's instead of indexing every item again.
   */
  constructor(
    readonly base: Dataset,
    facetIndex?: AtlasIndex,
    readonly imported: readonly ImportedLayer[] = [],
  ) {
    this.data = imported.length ? { ...base, items: [...base.items, ...imported.flatMap((l) => l.items)] } : base;
    const parts = imported.map((l) => l.prepared?.index);
    if (facetIndex && parts.every((p) => p !== undefined)) this.indexParts = [facetIndex, ...parts];
    const data = this.data;
    const index = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
    this.relations = new Relations(data);
    this.areaById = this.relations.areaById;
    this.projectById = this.relations.projectById;
    this.bodyById = index(data.bodies);
    this.goalById = index(data.goals);
    this.legacyById = index(data.legacyProjects);
    this.kpiById = index(data.kpis);
    this.itemById = imported.length ? new JoinedMap([byId(base.items), ...imported.map((l) => l.byId ?? byId(l.items))]) : byId(base.items);
    this.municipalities = data.areas.filter((a) => a.level === 'municipality');
  }

  /** The facet indexes to join (the dataset's, then each file's) when all were given. */
  private readonly indexParts: readonly AtlasIndex[] | null = null;
  private facetCache: FacetValues[] | null = null;
  /** Filter results per filter object: state changes that keep the filters (a map move) reuse them. */
  private readonly filteredCache = new WeakMap<Filters, Item[]>();
  private readonly passingCache = new WeakMap<Filters, Uint8Array>();
  private positionCache: Map<string, number> | null = null;
  /**
   * Counts by facet and the selection in the other facets: a facet's own selection never changes
   * its counts, so toggling a category (the legend) reuses the category counts.
   */
  private readonly countCache = { all: new Map<string, Map<string, number>>(), located: new Map<string, Map<string, number>>() };
  private readonly borderCache = new Map<string, AllCounts['border']>();
  private indexCache: AtlasIndex | null = null;

  private usedBodiesCache: ReadonlySet<string> | null = null;

  /** The bodies some item names (the filter offers only those). */
  get usedBodies(): ReadonlySet<string> {
    this.usedBodiesCache ??= new Set(this.data.items.map((i) => i.properties.body));
    return this.usedBodiesCache;
  }

  private importedCache: boolean | null = null;

  /** Whether the user's own files are among the items (the legend then shows their layer). */
  get hasImported(): boolean {
    this.importedCache ??= this.data.items.some((i) => i.properties.category === 'imported');
    return this.importedCache;
  }

  get located(): Item[] {
    return this.data.items.filter((i) => i.geometry !== null);
  }

  /** Facet values of every item, aligned with data.items; computed once. */
  get facets(): readonly FacetValues[] {
    this.facetCache ??= this.data.items.map((i) => facetValues(this, i));
    return this.facetCache;
  }

  /** The items that pass the filters, in data order. */
  filtered(f: Filters): Item[] {
    let out = this.filteredCache.get(f);
    if (!out) {
      const items = this.data.items;
      const pass = this.passing(f);
      out = items.filter((_, i) => pass[i] === 1);
      this.filteredCache.set(f, out);
    }
    return out;
  }

  /** 1 for each item (by its position in data.items) that passes the filters, cached like `filtered`. */
  passing(f: Filters): Uint8Array {
    let out = this.passingCache.get(f);
    if (!out) this.passingCache.set(f, (out = this.index.all.mask(f)));
    return out;
  }

  /** An item's position in data.items (-1 for an unknown id). */
  positionOf(id: string): number {
    this.positionCache ??= new Map(this.data.items.map((i, n) => [i.properties.id, n]));
    return this.positionCache.get(id) ?? -1;
  }

  /** facetCounts over every item (or only the drawn ones, for the map legend), cached by the other facets' selection. */
  counts(f: Filters, facet: ListFacet, scope: 'all' | 'located' = 'all'): Map<string, number> {
    return remember(this.countCache[scope], `${facet} ${JSON.stringify({ ...f, [facet]: [] })}`, () =>
      this.index[scope].countsOf(f, facet),
    );
  }

  /** borderCounts over every item, cached by the other facets' selection. */
  borderCounts(f: Filters): AllCounts['border'] {
    return remember(this.borderCache, JSON.stringify({ ...f, border: 'all' }), () => this.index.all.borderCountsOf(f));
  }

  /** The facet values interned for fast filtering and counting: of all items, and of the located ones. */
  get index(): AtlasIndex {
    const parts = this.indexParts;
    this.indexCache ??= parts
      ? { all: FacetIndex.concat(parts.map((p) => p.all)), located: FacetIndex.concat(parts.map((p) => p.located)) }
      : {
          all: FacetIndex.of(this.facets),
          located: FacetIndex.of(this.facets.filter((_, i) => this.data.items[i]!.geometry !== null)),
        };
    return this.indexCache;
  }

  itemsOfProject(projectId: string): Item[] {
    return this.data.items.filter((i) => i.properties.projects.includes(projectId));
  }

  projectsOfItem(item: Item): Project[] {
    return this.relations.projectsOfItem(item);
  }

  /** The KPIs of a current project: its own and those of the earlier projects it continues. */
  kpisOfProject(projectId: string): ProjectKpi[] {
    const out: ProjectKpi[] = this.data.kpis.filter((k) => k.project === projectId).map((kpi) => ({ kpi, via: null }));
    for (const lp of this.data.legacyProjects) {
      if (!lp.continued_by.includes(projectId)) continue;
      for (const kpi of this.data.kpis) if (kpi.project === lp.id) out.push({ kpi, via: lp });
    }
    return out;
  }

  /** The current projects a KPI measures (directly or through the project it belongs to). */
  projectsOfKpi(kpi: Kpi): string[] {
    if (this.projectById.has(kpi.project)) return [kpi.project];
    return this.legacyById.get(kpi.project)?.continued_by ?? [];
  }

  /**
   * The items a KPI measures: those of the KPI's own project only. A KPI of an earlier plan's
   * project measures that project, which the plans tie to no infrastructure item; the items of
   * the current project that continues it are not what the KPI measured, so none are returned.
   */
  itemsMeasuredByKpi(kpi: Kpi): Item[] {
    return this.itemsOfProject(kpi.project);
  }

  /** An area and all its ancestors, nearest first. */
  lineage(areaId: string): Area[] {
    return this.relations.lineage(areaId);
  }

  /** Area ids an item counts as inside: its municipalities and their ancestors, or the region when it names none. */
  areasOfItem(item: Item): string[] {
    return this.relations.areasOfItem(item);
  }

  /** 北方領土隣接地域: inside when any of the item's municipalities is in the border region. */
  inBorderRegion(item: Item): boolean {
    return this.relations.inBorderRegion(item);
  }

  /** Area ids covered by an area selection: the area itself and every descendant. */
  descendants(areaId: string): Set<string> {
    const out = new Set([areaId]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const a of this.data.areas) {
        if (a.parent && out.has(a.parent) && !out.has(a.id)) {
          out.add(a.id);
          grew = true;
        }
      }
    }
    return out;
  }
}

const byIdCache = new WeakMap<readonly Item[], ReadonlyMap<string, Item>>();

/** Items by id, once per list: adding a file leaves the data's own lookup as it was. */
function byId(items: readonly Item[]): ReadonlyMap<string, Item> {
  let out = byIdCache.get(items);
  if (!out) byIdCache.set(items, (out = new Map(items.map((i) => [i.properties.id, i]))));
  return out;
}

/** Count results kept per cache: enough for going back and forth between recent filters. */
const KEPT_COUNTS = 64;

/** The cached value for `key`, computed on a miss; the oldest entry goes once the cache is full. */
function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let out = cache.get(key);
  if (out === undefined) {
    out = compute();
    if (cache.size >= KEPT_COUNTS) cache.delete(cache.keys().next().value!);
    cache.set(key, out);
  }
  return out;
}
