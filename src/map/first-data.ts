import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas } from '../domain/atlas.ts';
import { filterExpression } from '../domain/filters.ts';
import { CONTEXT_LAYERS } from '../domain/types.ts';
import { type DrawnSources, itemSources } from './item-sources.ts';
import { BASEMAP_SOURCES } from './layers/basemap.ts';
import { contextSource } from './layers/context.ts';
import { ITEMS_SOURCE, ITEM_PARTS, TILES_SOURCE, infrastructureLayers, layerId } from './layers/infrastructure.ts';
import { nameText } from './names.ts';
import { EMPTY, FETCHED_BASEMAP_FILES, itemTilesSource } from './style.ts';

/**
 * The first data on a map made while it loaded (the map starts with the basemap alone): the
 * context layers' features; the basemap files the loader found broken drawn empty (MapLibre
 * fetched them itself and may have drawn what it could read); and, when the data's items come
 * as vector tiles, their source and layers in place of the empty GeoJSON ones. The items' GeoJSON
 * itself follows as for any new atlas (showItems).
 */
export function showFirstData(map: MapLibreMap, atlas: Atlas, drawn: DrawnSources, fontsReady: boolean): void {
  for (const id of CONTEXT_LAYERS)
    void map.getSource<GeoJSONSource>(contextSource(id))?.setData({ type: 'FeatureCollection', features: atlas.data.context[id] });
  for (const file of FETCHED_BASEMAP_FILES) if (!atlas.data[file]) void map.getSource<GeoJSONSource>(BASEMAP_SOURCES[file])?.setData(EMPTY);
  const plan = itemSources(atlas).at(-1)!;
  const tiles = atlas.data.tiles;
  if (plan.source !== TILES_SOURCE || !tiles) return;
  map.addSource(TILES_SOURCE, itemTilesSource(tiles));
  const below = layerId(ITEMS_SOURCE, 'fill');
  for (const layer of infrastructureLayers(filterExpression(drawn.filters), drawn.nameField, plan)) map.addLayer(layer, below);
  map.setLayoutProperty(layerId(TILES_SOURCE, 'symbol'), 'text-field', nameText({ item: true }, drawn.nameField, fontsReady));
  // The plan's items are the tiles' now; the empty GeoJSON layers would only be laid out for nothing.
  for (const part of ITEM_PARTS) map.removeLayer(layerId(ITEMS_SOURCE, part));
  drawn.dense.set(TILES_SOURCE, plan.dense);
  drawn.filtered.set(TILES_SOURCE, drawn.filters);
}
