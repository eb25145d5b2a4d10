import type { Feature } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas } from '../domain/atlas.ts';
import { geojsonItems } from '../domain/map-features.ts';
import {
  DENSE_POINTS,
  type DensePart,
  ITEMS_SOURCE,
  type ItemSourceStyle,
  TILES_SOURCE,
  denseZoomRanges,
  fillPaint,
  layerId,
  lineEnds,
  lineWidth,
} from './layers/infrastructure.ts';

const sourcesCache = new WeakMap<Atlas, ItemSourceStyle[]>();

/**
 * The item sources drawn: the GeoJSON one, and with tiles the tile source too (the GeoJSON one
 * then holds only the user's imported files). Tiled first: it holds the dataset.
 */
export function itemSources(atlas: Atlas | null): ItemSourceStyle[] {
  if (!atlas) return [{ source: ITEMS_SOURCE, dense: false }];
  // Per atlas: clicks and every mousemove ask, and the density check walks the features.
  let sets = sourcesCache.get(atlas);
  if (!sets) {
    const tiles = atlas.data.tiles;
    const own: ItemSourceStyle = { source: ITEMS_SOURCE, dense: isDense(geojsonItems(atlas).collection.features) };
    sets = tiles ? [{ source: TILES_SOURCE, sourceLayer: tiles.layer, dense: tiles.points > DENSE_POINTS }, own] : [own];
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
  const fill = fillPaint(set.dense);
  for (const name of ['fill-antialias', 'fill-outline-color', 'fill-opacity'] as const)
    map.setPaintProperty(layerId(set.source, 'fill'), name, fill[name]);
  const line = layerId(set.source, 'line');
  map.setPaintProperty(line, 'line-width', lineWidth(set.dense));
  const ends = lineEnds(set.dense);
  map.setLayoutProperty(line, 'line-cap', ends['line-cap']);
  map.setLayoutProperty(line, 'line-join', ends['line-join']);
}
