import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas } from '../domain/atlas.ts';
import { type Filters, filterExpression } from '../domain/filters.ts';
import { CONTEXT_LAYERS, type Lang } from '../domain/types.ts';
import { itemSources } from './item-sources.ts';
import { BASEMAP_SOURCES } from './layers/basemap.ts';
import { contextSource } from './layers/context.ts';
import { ITEMS_SOURCE, ITEM_PARTS, TILES_SOURCE, infrastructureLayers, layerId } from './layers/infrastructure.ts';
import { nameFieldOf, nameText } from './names.ts';
import { itemTilesSource } from './style.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The basemap files MapLibre fetches itself (their source has the name the atlas gives their checked content). */
const FETCHED_FILES = ['land', 'boundaries', 'places', 'labels'] as const;

/** How the items are to be drawn (MapController's record of what each item source's layers hold). */
export interface FirstDraw {
  filters: Filters;
  lang: Lang;
  fontsReady: boolean;
  dense: Map<string, boolean>;
  filtered: Map<string, Filters>;
}

/**
 * The first data on a map made while it loaded (the map starts with the basemap alone): the
 * context layers' features; the basemap files the loader found broken drawn empty (MapLibre
 * fetched them itself and may have drawn what it could read); and, when the data's items come
 * as vector tiles, their source and layers in place of the empty GeoJSON ones. The items' GeoJSON
 * itself follows as for any new atlas (showItems).
 */
export function showFirstData(map: MapLibreMap, atlas: Atlas, draw: FirstDraw): void {
  for (const id of CONTEXT_LAYERS)
    void map.getSource<GeoJSONSource>(contextSource(id))?.setData({ type: 'FeatureCollection', features: atlas.data.context[id] });
  for (const file of FETCHED_FILES) if (!atlas.data[file]) void map.getSource<GeoJSONSource>(BASEMAP_SOURCES[file])?.setData(EMPTY);
  const plan = itemSources(atlas).at(-1)!;
  const tiles = atlas.data.tiles;
  if (plan.source !== TILES_SOURCE || !tiles) return;
  map.addSource(TILES_SOURCE, itemTilesSource(tiles));
  const below = layerId(ITEMS_SOURCE, 'fill');
  for (const layer of infrastructureLayers(filterExpression(draw.filters), nameFieldOf(draw.lang), plan)) map.addLayer(layer, below);
  map.setLayoutProperty(layerId(TILES_SOURCE, 'symbol'), 'text-field', nameText({ item: true }, draw.lang, draw.fontsReady));
  // The plan's items are the tiles' now; the empty GeoJSON layers would only be laid out for nothing.
  for (const part of ITEM_PARTS) map.removeLayer(layerId(ITEMS_SOURCE, part));
  draw.dense.set(TILES_SOURCE, plan.dense);
  draw.filtered.set(TILES_SOURCE, draw.filters);
}
