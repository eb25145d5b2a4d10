import type { Item } from './data/validate.ts';
import type { ItemRelations } from './filters.ts';
import type { Area, Project } from './types.ts';

const REGION_ID = 'renkei-kushiro-nemuro';

/** What an item's facet values are read from, as plain data: a worker gets it by structured clone. */
export interface RelationsData {
  areas: readonly Area[];
  projects: readonly Project[];
}

/**
 * An item's projects and areas, from the dataset's areas and projects alone: the atlas answers
 * through it, and the import worker builds the same facet values from the same two lists.
 */
export class Relations implements ItemRelations {
  readonly areaById: ReadonlyMap<string, Area>;
  readonly projectById: ReadonlyMap<string, Project>;

  constructor(data: RelationsData) {
    this.areaById = new Map(data.areas.map((a) => [a.id, a]));
    this.projectById = new Map(data.projects.map((p) => [p.id, p]));
  }

  projectsOfItem(item: Item): Project[] {
    return item.properties.projects.flatMap((id) => this.projectById.get(id) ?? []);
  }

  /** An area and all its ancestors, nearest first. */
  lineage(areaId: string): Area[] {
    const out: Area[] = [];
    for (let a = this.areaById.get(areaId); a; a = a.parent ? this.areaById.get(a.parent) : undefined) out.push(a);
    return out;
  }

  /** Area ids an item counts as inside: its municipalities and their ancestors, or the region when it names none. */
  areasOfItem(item: Item): string[] {
    const codes = item.properties.municipalities;
    if (codes.length === 0) return this.lineage(REGION_ID).map((a) => a.id);
    return [...new Set(codes.flatMap((c) => this.lineage(c).map((a) => a.id)))];
  }

  /** 北方領土隣接地域: inside when any of the item's municipalities is in the border region. */
  inBorderRegion(item: Item): boolean {
    return item.properties.municipalities.some((c) => this.areaById.get(c)?.border_region === true);
  }
}
