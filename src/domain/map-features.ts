import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Atlas } from './atlas.ts';
import type { Item } from './data/validate.ts';
import { encodeFacets, facetValues } from './filters.ts';

/** What the map reads of an item: id, category, names, accuracy and the encoded facets. */
export type MapFeatureProperties = Record<string, string | null>;

/**
 * One located item as the map draws it. The same function feeds the GeoJSON source in the
 * browser and `scripts/build-tiles.ts`, so the filter expressions work on either.
 */
export function itemFeature(atlas: Atlas, item: Item): Feature<Geometry, MapFeatureProperties> {
  const p = item.properties;
  return {
    type: 'Feature',
    geometry: item.geometry as Geometry,
    properties: { id: p.id, category: p.category, name_ja: p.name_ja, name_en: p.name_en ?? null, accuracy: p.accuracy, ...encodeFacets(facetValues(atlas, item)) },
  };
}

/** The located items (those `keep` accepts) as map features. */
export function itemCollection(atlas: Atlas, keep: (item: Item) => boolean = () => true): FeatureCollection<Geometry, MapFeatureProperties> {
  return { type: 'FeatureCollection', features: atlas.located.filter(keep).map((item) => itemFeature(atlas, item)) };
}
