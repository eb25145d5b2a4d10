import type { Feature } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas } from '../domain/atlas.ts';
import { type Filters, filterExpression } from '../domain/filters.ts';
import { IMPORTED_TILE_LAYER } from '../domain/import/layer.ts';
import { planFeatures } from '../domain/map-features.ts';
import {
  DENSE_POINTS,
  type DensePart,
  IMPORTED_SOURCE,
  ITEMS_SOURCE,
  type ItemSourceStyle,
  TILES_SOURCE,
  denseZoomRanges,
  dotVisibility,
  fillPaint,
  layerId,
  lineEnds,
  lineWidth,
} from './layers/infrastructure.ts';
import { showImported } from './imported-source.ts';

const sourcesCache = new WeakMap<Atlas, ItemSourceStyle[]>();

/**
 * The item sources drawn, bottom first: the imported files' tiles (when there are any), then the
 * plan's items (their GeoJSON, or the data's tiles when it has them). The plan's items are drawn
 * over an import and their labels placed first, so no imported point hides one.
 */
export function itemSources(atlas: Atlas | null): ItemSourceStyle[] {
  if (!atlas) return [{ source: ITEMS_SOURCE, dense: false }];
  // Per atlas: clicks and every mousemove ask, and the density check walks the features.
  let sets = sourcesCache.get(atlas);
  if (!sets) {
    const tiles = atlas.data.tiles;
    const prepared = atlas.imported.flatMap((l) => (l.prepared ? [l.prepared] : []));
    const imported: ItemSourceStyle[] = prepared.length
      ? [{ source: IMPORTED_SOURCE, sourceLayer: IMPORTED_TILE_LAYER, dense: prepared.reduce((n, p) => n + p.points, 0) > DENSE_POINTS }]
      : [];
    const plan: ItemSourceStyle = tiles
      ? { source: TILES_SOURCE, sourceLayer: tiles.layer, dense: tiles.points > DENSE_POINTS }
      : { source: ITEMS_SOURCE, dense: isDense(planFeatures(atlas).features) };
    sets = [...imported, plan];
    sourcesCache.set(atlas, sets);
  }
  return sets;
}

export function isDense(features: readonly Feature[]): boolean {
  let points = 0;
  for (const f of features) if (f.geometry.type === 'Point' && ++points > DENSE_POINTS) return true;
  return false;
}

/** Sets the parts of an item source's style that follow its density. */
export function drawDensity(map: MapLibreMap, set: ItemSourceStyle): void {
  for (const [part, [min, max]] of Object.entries(denseZoomRanges(set.dense)))
    map.setLayerZoomRange(layerId(set.source, part as DensePart), min, max);
  map.setLayoutProperty(layerId(set.source, 'dot'), 'visibility', dotVisibility(set.dense));
  const fill = fillPaint(set.dense);
  for (const name of ['fill-antialias', 'fill-outline-color', 'fill-opacity'] as const)
    map.setPaintProperty(layerId(set.source, 'fill'), name, fill[name]);
  const line = layerId(set.source, 'line');
  map.setPaintProperty(line, 'line-width', lineWidth(set.dense));
  const ends = lineEnds(set.dense);
  map.setLayoutProperty(line, 'line-cap', ends['line-cap']);
  map.setLayoutProperty(line, 'line-join', ends['line-join']);
}

/** The item layers' drawing now: the filters and label field, and per source the density and filters its layers hold. */
export interface DrawnSources {
  filters: Filters;
  nameField: string;
  dense: Map<string, boolean>;
  filtered: Map<string, Filters>;
}

/**
 * Draws a new atlas's items: the plan's GeoJSON is sent again only when the data itself changed
 * (not for an import), the imported files' tiles are added or renewed, and each source's drawing
 * follows its density. True when the imported files' layers were added.
 */
export function showItems(map: MapLibreMap, atlas: Atlas, was: Atlas | null, drawn: DrawnSources): boolean {
  const plan = planFeatures(atlas);
  if (!was || planFeatures(was) !== plan) void map.getSource<GeoJSONSource>(ITEMS_SOURCE)?.setData(plan);
  const sets = itemSources(atlas);
  const importedSet = sets.find((s) => s.source === IMPORTED_SOURCE);
  const below = layerId(sets.at(-1)!.source, 'fill');
  const added = showImported(map, atlas, importedSet, { facets: filterExpression(drawn.filters), nameField: drawn.nameField, below });
  if (added && importedSet) {
    drawn.dense.set(IMPORTED_SOURCE, importedSet.dense);
    drawn.filtered.set(IMPORTED_SOURCE, drawn.filters);
  }
  // An imported file can make the points dense (or a small dataset sparse): switch drawing.
  // Only then: a zoom range set again re-lays out every tile of the source.
  for (const set of sets) {
    if (drawn.dense.get(set.source) === set.dense) continue;
    drawDensity(map, set);
    drawn.dense.set(set.source, set.dense);
  }
  return added;
}
