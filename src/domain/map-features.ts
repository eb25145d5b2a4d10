import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Atlas } from './atlas.ts';
import type { Dataset, Item } from './data/validate.ts';
import { type Filters, type ItemRelations, encodeFacets, facetValues, isEmpty } from './filters.ts';
import { firstPosition } from './import/positions.ts';
import { MAX_FEATURES_PER_TILE, type OverviewOptions, overviewZooms } from './overview.ts';

/**
 * What the map reads of an item: id, category, names, accuracy, the encoded facets and, on an
 * imported file's thinned features, the zoom it is first drawn at (FIRST_ZOOM).
 */
export type MapFeatureProperties = Record<string, string | number | null>;
export type ItemFeature = Feature<Geometry, MapFeatureProperties>;

/**
 * One located item as the map draws it. The same function feeds the GeoJSON source in the
 * browser, the imported files' tiles and `scripts/build-tiles.ts`, so the filter expressions work
 * on each.
 */
export function itemFeature(relations: ItemRelations, item: Item): ItemFeature {
  const feature = plainFeature(item);
  Object.assign(feature.properties, encodeFacets(facetValues(relations, item)));
  return feature;
}

/** An item as the map draws it without its facets (the plan's GeoJSON: see planFeatures). */
function plainFeature(item: Item): ItemFeature {
  const p = item.properties;
  return {
    type: 'Feature',
    geometry: item.geometry as Geometry,
    properties: { id: p.id, category: p.category, name_ja: p.name_ja, name_en: p.name_en ?? null, accuracy: p.accuracy },
  };
}

/** The property of a thinned feature holding the zoom it is first drawn at. */
export const FIRST_ZOOM = 'z0';

/**
 * Imported files are thinned as the data's tiles are (scripts/build-tiles.ts), at every zoom
 * below 14: at 100k items each filter change otherwise re-lays out every item in view, 4–5 s in
 * software GL.
 */
const IMPORTED_OVERVIEW: OverviewOptions = { minzoom: 0, maxzoom: 14, maxFeatures: MAX_FEATURES_PER_TILE };

/** A file's map features, and the zoom from which every one of them is drawn (0: always). */
export interface ThinnedFeatures {
  features: ItemFeature[];
  completeFrom: number;
}

/**
 * The located items as map features, thinned: where some zoom's densest tile would hold more
 * than MAX_FEATURES_PER_TILE, each feature carries the zoom it is first drawn at (FIRST_ZOOM).
 */
export function thinnedFeatures(items: readonly Item[], relations: ItemRelations): ThinnedFeatures {
  const features = items.flatMap((item) => (item.geometry ? [itemFeature(relations, item)] : []));
  const located = features.map((f) => ({
    id: String(f.properties.id),
    position: firstPosition((f.geometry as { coordinates?: unknown }).coordinates) ?? ([0, 0] as [number, number]),
  }));
  const { zooms, completeFrom } = overviewZooms(located, IMPORTED_OVERVIEW);
  if (completeFrom > IMPORTED_OVERVIEW.minzoom) features.forEach((f, i) => (f.properties[FIRST_ZOOM] = zooms[i]!));
  return { features, completeFrom };
}

const planCache = new WeakMap<Dataset, FeatureCollection<Geometry, MapFeatureProperties>>();

/**
 * The plan's own items on the map's GeoJSON source: every located one, or none beside tiles
 * (which then hold them). Never thinned: a few hundred at most, and what the atlas is for — no
 * import may hide one. Cached per dataset, so that adding a file leaves them, and the source
 * holding them, as they were. Without the encoded facets that tiles carry: the filters reach
 * these by feature-state and by ids (planFilterExpression), and MapLibre keeps the object its
 * source is given on the page, where eight facet strings a feature were most of the features'
 * heap (10k items, measured in Node: 6.5 MB with them, 1.2 MB without).
 */
export function planFeatures(atlas: Atlas): FeatureCollection<Geometry, MapFeatureProperties> {
  let out = planCache.get(atlas.base);
  if (!out) {
    const items = atlas.base.tiles ? [] : atlas.base.items.filter((i) => i.geometry !== null);
    out = { type: 'FeatureCollection', features: items.map(plainFeature) };
    planCache.set(atlas.base, out);
  }
  return out;
}

/** The zoom from which the imported files are drawn whole (0: at every zoom). */
export function importedCompleteFrom(atlas: Atlas): number {
  return Math.max(0, ...atlas.imported.map((l) => l.prepared?.completeFrom ?? 0));
}

/**
 * The first zoom at which the map draws every item (0: at every zoom): below it the plan's tiles,
 * or a large import's tiles, keep a sample, and the app says so.
 */
export function completeFromZoom(atlas: Atlas): number {
  const tiles = atlas.data.tiles;
  return Math.max(tiles && tiles.complete_from > tiles.minzoom ? tiles.complete_from : 0, importedCompleteFrom(atlas));
}

/**
 * Ids of the plan's features that the filters hide: what `filterExpression` leaves out, from the
 * atlas's facet index (the map draws these transparent instead of filtering its layers; see
 * map/hidden-items.ts).
 */
export function hiddenPlanIds(atlas: Atlas, filters: Filters): Set<string> {
  const out = new Set<string>();
  if (isEmpty(filters)) return out;
  const pass = atlas.passing(filters);
  for (const f of planFeatures(atlas).features) {
    const id = String(f.properties['id']);
    if (pass[atlas.positionOf(id)] !== 1) out.add(id);
  }
  return out;
}

/**
 * The filter expression for the plan's GeoJSON layers (their features carry no facets), given
 * the ids the filters hide (hiddenPlanIds): the ids that pass, as a `match` (a lookup table in
 * MapLibre, not a scan per feature).
 */
export function planFilterExpression(atlas: Atlas, hidden: ReadonlySet<string>): unknown[] {
  if (hidden.size === 0) return ['all'];
  const shown = planFeatures(atlas)
    .features.map((f) => String(f.properties['id']))
    .filter((id) => !hidden.has(id));
  return shown.length > 0 ? ['match', ['get', 'id'], shown, true, false] : ['literal', false];
}
