import type { Item } from '../data/validate.ts';
import { FacetIndex, type FacetIndexData, type ItemRelations, facetValues } from '../filters.ts';
import { type ItemFeature, thinnedFeatures } from '../map-features.ts';
import type { AtlasIndex } from './imported-layer.ts';

export type { AtlasIndex, ImportedLayer, PreparedLayer, TileProvider } from './imported-layer.ts';

/** The layer name inside the imported files' vector tiles. */
export const IMPORTED_TILE_LAYER = 'imported';
/** The deepest zoom their tiles are cut at (MapLibre over-zooms beyond it): every feature is in its tiles. */
export const IMPORTED_MAXZOOM = 14;

/** A prepared layer's facet indexes as plain data (typed arrays a worker transfers). */
export interface PreparedIndexData {
  all: FacetIndexData;
  located: FacetIndexData;
}

/** What preparing a file's items makes, before its features go to the tiles. */
export interface Preparation {
  features: ItemFeature[];
  completeFrom: number;
  points: number;
  index: AtlasIndex;
}

/**
 * The map features (thinned where the file is dense) and the facet indexes of a file's items.
 * Made in the import worker: at 200 000 points this is seconds of work that would otherwise
 * freeze the page when the file is added.
 */
export function prepareItems(items: readonly Item[], relations: ItemRelations): Preparation {
  const facets = items.map((item) => facetValues(relations, item));
  const { features, completeFrom } = thinnedFeatures(items, relations);
  return {
    features,
    completeFrom,
    points: features.filter((f) => f.geometry.type === 'Point').length,
    index: { all: FacetIndex.of(facets), located: FacetIndex.of(facets.filter((_, i) => items[i]!.geometry !== null)) },
  };
}

/** The indexes as transferable data, and the buffers to transfer. */
export function indexData(index: AtlasIndex): { data: PreparedIndexData; transfer: ArrayBuffer[] } {
  return { data: { all: index.all.data(), located: index.located.data() }, transfer: [...index.all.buffers(), ...index.located.buffers()] };
}
