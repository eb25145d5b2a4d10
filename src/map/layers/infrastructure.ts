import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { LocatedCategory } from '../../domain/types.ts';
import { CATEGORY_STYLE, HIGHLIGHT } from '../../theme.ts';

export const ITEMS_SOURCE = 'items';

/** Layer ids that draw items; clicks, hover and the facet filter apply to these. */
export const ITEM_LAYERS = ['items-fill', 'items-outline', 'items-line-casing', 'items-line', 'items-point-halo', 'items-dot', 'items-symbol'] as const;
export const CLICKABLE_LAYERS = ['items-fill', 'items-line', 'items-dot', 'items-symbol'] as const;

/**
 * Above this many points the shaped icons would overflow MapLibre's symbol buffers in the
 * low-zoom tiles (seen at 60k points: "opacityVertexArray.length (= 32768) !== …"), so points are
 * drawn as coloured dots and the icons appear from DENSE_ICON_MINZOOM, where tiles hold few.
 */
export const DENSE_POINTS = 20_000;
export const DENSE_ICON_MINZOOM = 10;

const GEOMETRY: Record<(typeof ITEM_LAYERS)[number], FilterSpecification> = {
  'items-fill': ['==', ['geometry-type'], 'Polygon'],
  'items-outline': ['==', ['geometry-type'], 'Polygon'],
  'items-line-casing': ['==', ['geometry-type'], 'LineString'],
  'items-line': ['==', ['geometry-type'], 'LineString'],
  'items-point-halo': ['==', ['geometry-type'], 'Point'],
  'items-dot': ['==', ['geometry-type'], 'Point'],
  'items-symbol': ['in', ['geometry-type'], ['literal', ['Point', 'Polygon']]],
};

/** The layer's own geometry rule combined with the app's facet filter. */
export function layerFilter(id: (typeof ITEM_LAYERS)[number], facets: unknown[]): FilterSpecification {
  return ['all', GEOMETRY[id], facets] as unknown as FilterSpecification;
}

function byCategory(pick: (c: LocatedCategory | 'imported') => string | number, fallback: string | number): ExpressionSpecification {
  const pairs = (Object.keys(CATEGORY_STYLE) as (LocatedCategory | 'imported')[]).flatMap((c) => [c, pick(c)]);
  return ['match', ['get', 'category'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];
const selected = state('selected');
const emphasis: ExpressionSpecification = ['any', selected, state('hover'), state('highlight')];

/**
 * Infrastructure, one source, styled by category with data-driven expressions; selection,
 * hover and highlight are feature-state, so they never touch the data.
 */
export function infrastructureLayers(facets: unknown[], nameField: string, dense: boolean): LayerSpecification[] {
  const color = byCategory((c) => CATEGORY_STYLE[c].color, '#666666');
  return [
    {
      id: 'items-fill',
      type: 'fill',
      source: ITEMS_SOURCE,
      filter: layerFilter('items-fill', facets),
      paint: { 'fill-color': color, 'fill-opacity': ['case', emphasis, 0.55, 0.3] },
    },
    {
      id: 'items-outline',
      type: 'line',
      source: ITEMS_SOURCE,
      filter: layerFilter('items-outline', facets),
      paint: {
        'line-color': ['case', selected, HIGHLIGHT.selected, color],
        'line-width': ['case', emphasis, 4, 2],
        'line-dasharray': [3, 1.5],
      },
    },
    {
      id: 'items-line-casing',
      type: 'line',
      source: ITEMS_SOURCE,
      filter: layerFilter('items-line-casing', facets),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, HIGHLIGHT.selected, emphasis, HIGHLIGHT.halo, '#ffffff'],
        'line-width': ['case', emphasis, 11, byCategory((c) => (c === 'road' ? 7 : 0), 0)],
      },
    },
    {
      id: 'items-line',
      type: 'line',
      source: ITEMS_SOURCE,
      filter: layerFilter('items-line', facets),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': byCategory((c) => (c === 'road' ? 4 : 5), 4) },
    },
    {
      id: 'items-point-halo',
      type: 'circle',
      source: ITEMS_SOURCE,
      filter: layerFilter('items-point-halo', facets),
      paint: {
        'circle-radius': 16,
        'circle-color': ['case', selected, HIGHLIGHT.selected, HIGHLIGHT.hover],
        'circle-stroke-color': HIGHLIGHT.halo,
        'circle-stroke-width': ['case', emphasis, 2, 0],
        'circle-opacity': ['case', emphasis, 0.9, 0],
      },
    },
    {
      id: 'items-dot',
      type: 'circle',
      source: ITEMS_SOURCE,
      filter: layerFilter('items-dot', facets),
      // Only for dense data, and only where the icons are not shown.
      maxzoom: dense ? DENSE_ICON_MINZOOM : 0,
      paint: { 'circle-radius': 3.5, 'circle-color': color, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 0.8 },
    },
    {
      id: 'items-symbol',
      type: 'symbol',
      source: ITEMS_SOURCE,
      minzoom: dense ? DENSE_ICON_MINZOOM : 0,
      filter: layerFilter('items-symbol', facets),
      layout: {
        'icon-image': ['concat', 'icon-', ['get', 'category']],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': ['step', ['zoom'], '', 9, ['coalesce', ['get', nameField], ['get', 'name_ja']]],
        'text-font': ['Noto Sans JP'],
        'text-size': 12,
        'text-offset': [0, 1.3],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': '#1a1a1a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    },
  ];
}
