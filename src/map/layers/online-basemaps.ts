import type { LayerSpecification, RasterSourceSpecification } from 'maplibre-gl';
import type { BasemapId } from '../../domain/state.ts';

export const ONLINE_SOURCE = 'online-basemap';
export const ONLINE_LAYER = 'online-basemap';

const GSI_ATTRIBUTION = '<a href="https://maps.gsi.go.jp/development/ichiran.html" target="_blank" rel="noopener">地理院タイル</a>';

/** Online raster basemaps, each with the attribution its provider requires. Optional extras: the app never needs them. */
export const ONLINE_BASEMAPS: Record<Exclude<BasemapId, 'offline'>, RasterSourceSpecification> = {
  'gsi-pale': { type: 'raster', tiles: ['https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 18, attribution: GSI_ATTRIBUTION },
  'gsi-std': { type: 'raster', tiles: ['https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 18, attribution: GSI_ATTRIBUTION },
  'gsi-photo': { type: 'raster', tiles: ['https://cyberjapandata.gsi.go.jp/xyz/seamlessphoto/{z}/{x}/{y}.jpg'], tileSize: 256, maxzoom: 18, attribution: GSI_ATTRIBUTION },
  osm: {
    type: 'raster',
    tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
    tileSize: 256,
    maxzoom: 19,
    attribution: '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors',
  },
};

/** The raster layer, placed over the offline land and under every label and item. */
export function onlineLayer(): LayerSpecification {
  return { id: ONLINE_LAYER, type: 'raster', source: ONLINE_SOURCE, paint: { 'raster-fade-duration': 0 } };
}
