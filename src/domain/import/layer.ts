import type { AtlasIndex } from '../atlas.ts';
import type { Item } from '../data/validate.ts';
import { FacetIndex, type FacetIndexData, type ItemRelations, facetValues } from '../filters.ts';
import { type ItemFeature, thinnedFeatures } from '../map-features.ts';

/** The layer name inside the imported files' vector tiles. */
export const IMPORTED_TILE_LAYER = 'imported';
/** The deepest zoom their tiles are cut at (MapLibre over-zooms beyond it): every feature is in its tiles. */
export const IMPORTED_MAXZOOM = 14;

/** Where the map gets the imported files' tiles from (the import worker, or this page when no worker could start). */
export interface TileProvider {
  /** The tile as an uncompressed Mapbox Vector Tile; null when it holds nothing. */
  tile(z: number, x: number, y: number): Promise<ArrayBuffer | null>;
}

/** One good file laid over the data: its items and, once prepared, what the map and the filters need of them. */
export interface ImportedLayer {
  items: Item[];
  /** The items by id, made as they arrived from the worker (else by the atlas). */
  byId?: ReadonlyMap<string, Item>;
  /** Made where the file was read (the import worker); without it the atlas indexes the items itself and the map does not draw them. */
  prepared?: PreparedLayer;
}

/** What the map and the filters need of a file's items, made where the file was read. */
export interface PreparedLayer {
  /** Where the map gets the tiles of the imported files (all of them: one source draws them together). */
  tiles: TileProvider;
  /** The provider's generation once this file was in it. */
  generation: number;
  /** The zoom from which every feature of the file is drawn (0: at every zoom). */
  completeFrom: number;
  /** Located points: many are drawn as dots when zoomed out. */
  points: number;
  /** Facet indexes of the file's items (all, and the located ones), joined to the data's by the atlas. */
  index: AtlasIndex;
}

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
