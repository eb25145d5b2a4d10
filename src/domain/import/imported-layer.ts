import type { Item } from '../data/validate.ts';
import type { FacetIndex } from '../filters.ts';

/*
 * The shapes of an imported file laid over the data, apart from the code that prepares it
 * (layer.ts): the atlas names them, and layer.ts uses the map features, which name the atlas.
 */

/** Facet indexes of all items and of the located ones (both in data order). */
export interface AtlasIndex {
  all: FacetIndex;
  located: FacetIndex;
}

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
