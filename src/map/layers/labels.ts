import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BASEMAP } from '../../theme.ts';
import { BASEMAP_SOURCES, DETAIL_ZOOM } from './basemap.ts';
import { perFeature } from './per-feature.ts';

/** The label layers whose text follows the language. */
export const LABEL_LAYERS = ['place-labels', 'subprefecture-labels', 'municipality-labels'] as const;

export const labelText = (nameField: string): ExpressionSpecification => ['coalesce', ['get', nameField], ['get', 'name_ja']];

/**
 * What every name on the map shares: the halo, and an opacity written per feature like the item
 * names' (which hide with their item), so all text draws with one compiled program (per-feature.ts):
 * the item names that appear from zoom 9 no longer compile their own.
 */
const LABEL_PAINT = { 'text-halo-color': BASEMAP.labelHalo, 'text-opacity': perFeature(1) };

/**
 * Place, 振興局 and municipality names. They are drawn above the items (the controller puts
 * them last) and items' icons ignore placement, so an item never covers a name; a name that
 * would collide with another moves to another side of its point rather than vanish.
 */
export function labelLayers(nameField: string): LayerSpecification[] {
  const text = (size: ExpressionSpecification | number) => ({
    'text-field': labelText(nameField),
    'text-font': ['Noto Sans JP'],
    'text-size': size,
  });
  const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];
  return [
    {
      id: 'place-labels',
      type: 'symbol',
      source: BASEMAP_SOURCES.places,
      minzoom: DETAIL_ZOOM,
      layout: { ...text(12), 'text-max-width': 6 },
      paint: { ...LABEL_PAINT, 'text-color': BASEMAP.waterLabel, 'text-halo-width': 1.2 },
    },
    {
      // 14 outlines zoomed out; inside the region the municipalities take over.
      id: 'subprefecture-labels',
      type: 'symbol',
      source: BASEMAP_SOURCES.labels,
      maxzoom: 8.5,
      filter: kind('subprefecture'),
      // Small and free to move zoomed out, where 14 names share a 400-pixel island.
      layout: {
        ...text(['interpolate', ['linear'], ['zoom'], 5, 10, 8, 14]),
        'text-max-width': 5,
        'text-padding': 0,
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.5,
      },
      paint: { ...LABEL_PAINT, 'text-color': BASEMAP.subprefectureLabel, 'text-halo-width': 1.6 },
    },
    {
      id: 'municipality-labels',
      type: 'symbol',
      source: BASEMAP_SOURCES.labels,
      minzoom: DETAIL_ZOOM,
      filter: kind('municipality'),
      layout: {
        ...text(['interpolate', ['linear'], ['zoom'], 7, 12, 11, 16]),
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.8,
        'symbol-sort-key': ['case', ['in', ['get', 'code'], ['literal', ['01695', '01696', '01697', '01698', '01699', '01700']]], 1, 0],
      },
      paint: { ...LABEL_PAINT, 'text-color': BASEMAP.label, 'text-halo-width': 1.6 },
    },
  ];
}
