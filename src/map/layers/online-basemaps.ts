import type { LayerSpecification, RasterSourceSpecification } from 'maplibre-gl';
import type { BasemapId } from '../../domain/state.ts';

export const ONLINE_SOURCE = 'online-basemap';
export const ONLINE_LAYER = 'online-basemap';

/**
 * Online raster basemaps. Optional extras: the app never needs them. Their credits (地理院タイル,
 * OpenStreetMap) are lines of src/map/credits.ts, shown as text in the map and on handouts; the
 * sources carry none, so MapLibre adds no markup of its own.
 */
export const ONLINE_BASEMAPS: Record<Exclude<BasemapId, 'offline'>, RasterSourceSpecification> = {
  'gsi-pale': { type: 'raster', tiles: ['https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 18 },
  'gsi-std': { type: 'raster', tiles: ['https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 18 },
  'gsi-photo': {
    type: 'raster',
    tiles: ['https://cyberjapandata.gsi.go.jp/xyz/seamlessphoto/{z}/{x}/{y}.jpg'],
    tileSize: 256,
    maxzoom: 18,
  },
  osm: {
    type: 'raster',
    tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
    tileSize: 256,
    maxzoom: 19,
  },
};

/** The raster layer, placed over the offline land and under every label and item. */
export function onlineLayer(): LayerSpecification {
  return { id: ONLINE_LAYER, type: 'raster', source: ONLINE_SOURCE, paint: { 'raster-fade-duration': 0 } };
}
