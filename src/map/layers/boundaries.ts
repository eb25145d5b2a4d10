import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { AREA, BASEMAP } from '../../theme.ts';
import { BASEMAP_SOURCES, BASEMAP_TILE_LAYERS, DETAIL_ZOOM } from './basemap.ts';
import { perFeature, perFeatureAndZoom, sharedFill } from './per-feature.ts';

/** Layers the controller filters to the area on show (and shows only then). */
export const AREA_LAYERS = {
  outline: 'area-outline',
  casing: 'area-outline-casing',
  maskRegion: 'area-mask-region',
  maskRest: 'area-mask-rest',
} as const;

const isSub: ExpressionSpecification = ['==', ['get', 'kind'], 'subprefecture'];

/** 振興局 boundaries stronger than municipal ones; municipal ones appear once they can be told apart. */
const boundaryPaint = {
  'line-color': ['case', isSub, BASEMAP.subprefectureLine, BASEMAP.municipalityLine] as ExpressionSpecification,
  'line-width': [
    'interpolate',
    ['linear'],
    ['zoom'],
    5,
    ['case', isSub, 1, 0.4],
    10,
    ['case', isSub, 2, 1],
    14,
    ['case', isSub, 3, 1.5],
  ] as ExpressionSpecification,
  'line-opacity': ['interpolate', ['linear'], ['zoom'], 5, ['case', isSub, 1, 0.4], 8, 1] as ExpressionSpecification,
};

/**
 * Municipal and 振興局 boundaries (lines, so the coast is not drawn twice): all of Hokkaido's
 * zoomed out, and from DETAIL_ZOOM on the region's at full resolution from its tiles beside the
 * rest of Hokkaido's (the Hokkaido tiles of each zoom hold the lines it draws).
 */
export function boundaryLayers(): LayerSpecification[] {
  const layout = { 'line-join': 'round' as const };
  return [
    {
      id: 'boundaries',
      type: 'line',
      source: BASEMAP_SOURCES.hokkaido,
      'source-layer': BASEMAP_TILE_LAYERS.boundaries,
      layout,
      paint: boundaryPaint,
    },
    {
      id: 'boundaries-region',
      type: 'line',
      source: BASEMAP_SOURCES.tiles,
      'source-layer': BASEMAP_TILE_LAYERS.boundaries,
      minzoom: DETAIL_ZOOM,
      layout,
      paint: boundaryPaint,
    },
  ];
}

/** Matches the municipalities with these codes (none: an empty list). */
export function codesFilter(codes: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'code'], ['literal', [...codes]]];
}

/**
 * The area asked about (a municipality, a 振興局, the 北方領土隣接地域): its outline over
 * everything but the items, and the rest of the land dimmed. Hidden until the controller
 * sets the codes and shows them. Their paint is per feature and zoom (per-feature.ts): they draw
 * with the programs of the item lines and fills instead of compiling some when an area is first shown.
 */
export function areaLayers(codes: readonly string[] = []): LayerSpecification[] {
  const src = { source: BASEMAP_SOURCES.tiles, 'source-layer': BASEMAP_TILE_LAYERS.municipalities };
  const hidden = { visibility: 'none' as const };
  const mask = { ...sharedFill(AREA.mask, AREA.mask, AREA.maskOpacity), 'fill-antialias': false };
  return [
    { id: AREA_LAYERS.maskRegion, type: 'fill', ...src, filter: ['!', codesFilter(codes)], layout: hidden, paint: mask },
    {
      id: AREA_LAYERS.maskRest,
      type: 'fill',
      source: BASEMAP_SOURCES.hokkaido,
      'source-layer': BASEMAP_TILE_LAYERS.land,
      minzoom: DETAIL_ZOOM,
      filter: ['all', ['==', ['get', 'kind'], 'land'], ['==', ['get', 'lod'], 'rest']],
      layout: hidden,
      paint: mask,
    },
    {
      id: AREA_LAYERS.casing,
      type: 'line',
      ...src,
      filter: codesFilter(codes),
      layout: { ...hidden, 'line-join': 'round' },
      paint: { 'line-color': perFeature(AREA.outlineCasing), 'line-width': perFeatureAndZoom(6), 'line-opacity': perFeatureAndZoom(0.8) },
    },
    {
      id: AREA_LAYERS.outline,
      type: 'line',
      ...src,
      filter: codesFilter(codes),
      layout: { ...hidden, 'line-join': 'round' },
      paint: { 'line-color': perFeature(AREA.outline), 'line-width': perFeatureAndZoom(3), 'line-opacity': perFeatureAndZoom(1) },
    },
  ];
}
