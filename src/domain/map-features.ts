import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Atlas } from './atlas.ts';
import type { Item } from './data/validate.ts';
import { encodeFacets, facetValues } from './filters.ts';
import { firstPosition } from './import/positions.ts';
import { MAX_FEATURES_PER_TILE, type OverviewOptions, overviewZooms } from './overview.ts';

/**
 * What the map reads of an item: id, category, names, accuracy, the encoded facets and, on
 * thinned GeoJSON, the zoom it is first drawn at (FIRST_ZOOM).
 */
export type MapFeatureProperties = Record<string, string | number | null>;

/**
 * One located item as the map draws it. The same function feeds the GeoJSON source in the
 * browser and `scripts/build-tiles.ts`, so the filter expressions work on either.
 */
export function itemFeature(atlas: Atlas, item: Item): Feature<Geometry, MapFeatureProperties> {
  const p = item.properties;
  return {
    type: 'Feature',
    geometry: item.geometry as Geometry,
    properties: {
      id: p.id,
      category: p.category,
      name_ja: p.name_ja,
      name_en: p.name_en ?? null,
      accuracy: p.accuracy,
      ...encodeFacets(facetValues(atlas, item)),
    },
  };
}

/** The located items (those `keep` accepts) as map features. */
export function itemCollection(
  atlas: Atlas,
  keep: (item: Item) => boolean = () => true,
): FeatureCollection<Geometry, MapFeatureProperties> {
  return { type: 'FeatureCollection', features: atlas.located.filter(keep).map((item) => itemFeature(atlas, item)) };
}

/** The property of a thinned GeoJSON feature holding the zoom it is first drawn at. */
export const FIRST_ZOOM = 'z0';

/**
 * GeoJSON is thinned as the tiles are (scripts/build-tiles.ts), at every zoom MapLibre cuts it
 * into tiles below 14: at 100k items each filter change otherwise re-lays out every item in view,
 * 4–5 s in software GL.
 */
const GEOJSON_OVERVIEW: OverviewOptions = { minzoom: 0, maxzoom: 14, maxFeatures: MAX_FEATURES_PER_TILE };

/** What the map's GeoJSON source draws, and the zoom from which it draws every feature (0: always). */
export interface GeojsonItems {
  collection: FeatureCollection<Geometry, MapFeatureProperties>;
  completeFrom: number;
}

const geojsonCache = new WeakMap<Atlas, GeojsonItems>();

/**
 * The items of the map's GeoJSON source: every located item, or beside tiles only the imported
 * ones. Where some zoom's densest tile of imported features would hold more than
 * MAX_FEATURES_PER_TILE, each imported feature carries the zoom it is first drawn at (FIRST_ZOOM);
 * the plan's items carry none and are drawn at every zoom. Cached per atlas.
 */
export function geojsonItems(atlas: Atlas): GeojsonItems {
  let out = geojsonCache.get(atlas);
  if (!out) {
    const collection = atlas.data.tiles ? itemCollection(atlas, (i) => i.properties.category === 'imported') : itemCollection(atlas);
    // Only imported features are thinned: the plan's own items (a few hundred at most) are what
    // the atlas is for, and a large import must never hide one of them.
    const thinnable = collection.features.filter((f) => f.properties.category === 'imported');
    const located = thinnable.map((f) => ({
      id: String(f.properties.id),
      position: firstPosition((f.geometry as { coordinates?: unknown }).coordinates) ?? ([0, 0] as [number, number]),
    }));
    const { zooms, completeFrom } = overviewZooms(located, GEOJSON_OVERVIEW);
    if (completeFrom > GEOJSON_OVERVIEW.minzoom) thinnable.forEach((f, i) => (f.properties[FIRST_ZOOM] = zooms[i]!));
    out = { collection, completeFrom };
    geojsonCache.set(atlas, out);
  }
  return out;
}

/**
 * The first zoom at which the map draws every item (0: at every zoom): below it the tiles, or a
 * large import's GeoJSON, keep a sample, and the app says so.
 */
export function completeFromZoom(atlas: Atlas): number {
  const tiles = atlas.data.tiles;
  return Math.max(tiles && tiles.complete_from > tiles.minzoom ? tiles.complete_from : 0, geojsonItems(atlas).completeFrom);
}
