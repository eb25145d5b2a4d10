import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BASEMAP_BBOX, BASEMAP_DATA_BBOX, BASEMAP_HOKKAIDO_TILES, BASEMAP_TILES } from '../../domain/data/files.ts';
import { BASEMAP } from '../../theme.ts';
import { sharedFill } from './per-feature.ts';

export const BASEMAP_SOURCES = {
  places: 'places',
  labels: 'labels',
  /** All of Hokkaido and the land beyond, coarse (scripts/build-basemap.ts). */
  hokkaido: 'basemap-hokkaido',
  /** The region at full resolution. */
  tiles: 'basemap-tiles',
} as const;

/** The layers of the basemap's vector tiles (scripts/build-basemap.ts); `municipalities` is in the region's only. */
export const BASEMAP_TILE_LAYERS = { land: 'land', boundaries: 'boundaries', municipalities: 'municipalities' } as const;

/**
 * Zoom at which the map switches from the Hokkaido-wide land (1 % of N03's vertices) to the
 * region's tiles and the rest of Hokkaido's own polygons. The tiles start at this zoom.
 */
export const DETAIL_ZOOM = 7;
/** The zooms the region's tiles exist at (MapLibre draws the last up to MAX_ZOOM). */
export const BASEMAP_TILE_ZOOMS: [number, number] = [DETAIL_ZOOM, 12];
/**
 * The zooms of all of Hokkaido's tiles: the low land and lines below DETAIL_ZOOM, the rest of
 * Hokkaido from it; the last is drawn up to MAX_ZOOM (its 1 % source has no more detail).
 */
export const HOKKAIDO_TILE_ZOOMS: [number, number] = [4, 8];

/** A basemap tile set: its files (relative to data/), its zooms, and where it has tiles. */
export interface BasemapTileSet {
  url: string;
  zooms: [number, number];
  bounds: [number, number, number, number];
}

/** The basemap's tile sets by source: what the style draws, and how a broken tile is named. */
export const BASEMAP_TILE_SETS: Record<typeof BASEMAP_SOURCES.hokkaido | typeof BASEMAP_SOURCES.tiles, BasemapTileSet> = {
  [BASEMAP_SOURCES.hokkaido]: { url: BASEMAP_HOKKAIDO_TILES, zooms: HOKKAIDO_TILE_ZOOMS, bounds: BASEMAP_DATA_BBOX },
  [BASEMAP_SOURCES.tiles]: { url: BASEMAP_TILES, zooms: BASEMAP_TILE_ZOOMS, bounds: [143.0, 42.6, 149.0, 45.6] },
};
/** Beyond this the data means nothing more (positions are surveyed to metres, not centimetres). */
export const MAX_ZOOM = 16;
/** All of Hokkaido, 択捉島 included, on a small laptop's map. */
export const MIN_ZOOM = 4.5;
/**
 * How far the camera may pan: Hokkaido with room around it. The land beyond Hokkaido is clipped
 * well outside (scripts/build-basemap.ts), so no clip edge can come into view.
 */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [BASEMAP_BBOX[0], BASEMAP_BBOX[1]],
  [BASEMAP_BBOX[2], BASEMAP_BBOX[3]],
];

const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];
const hokkaido = { source: BASEMAP_SOURCES.hokkaido, 'source-layer': BASEMAP_TILE_LAYERS.land } as const;

/**
 * The embedded offline basemap's ground: sea, land and lakes. Zoomed out the land is all of
 * Hokkaido in one coarse polygon; from DETAIL_ZOOM on, the region comes from its tiles at full
 * resolution and the rest of Hokkaido from its own polygons (which meet the region's exactly):
 * the Hokkaido tiles of each zoom hold the one that zoom draws. The land beyond Hokkaido is drawn
 * at every zoom. The fill draws the coast as its one-pixel edge: a line layer for it cost a frame
 * 2–4 ms more in software GL.
 */
export function basemapGround(): LayerSpecification[] {
  // Per feature and zoom like the items' fills (per-feature.ts): one fill program for the map.
  const land = sharedFill(BASEMAP.land, BASEMAP.landOutline);
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
    { id: 'land', type: 'fill', ...hokkaido, filter: kind('land'), paint: land },
    {
      id: 'land-region',
      type: 'fill',
      source: BASEMAP_SOURCES.tiles,
      'source-layer': BASEMAP_TILE_LAYERS.land,
      minzoom: DETAIL_ZOOM,
      paint: land,
    },
    {
      id: 'lakes',
      type: 'fill',
      ...hokkaido,
      filter: kind('lake'),
      paint: sharedFill(BASEMAP.lake, BASEMAP.lakeOutline),
    },
  ];
}
