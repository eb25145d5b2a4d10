import type { Atlas } from './atlas.ts';
import type { KnownIds } from './url.ts';

/** The ids a URL may name, from the loaded data: anything else in a link is dropped. */
export function knownIds(atlas: Atlas): KnownIds {
  const ids = (xs: Iterable<string>) => new Set(xs);
  return {
    facets: {
      projects: ids(atlas.projectById.keys()),
      goals: ids(atlas.goalById.keys()),
      bodies: ids(atlas.bodyById.keys()),
      areas: ids(atlas.areaById.keys()),
    },
    selection: {
      item: ids(atlas.itemById.keys()),
      project: ids(atlas.projectById.keys()),
      area: ids(atlas.areaById.keys()),
      kpi: ids(atlas.kpiById.keys()),
    },
  };
}
