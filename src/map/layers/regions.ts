import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { REGIONS } from '../../theme.ts';

/**
 * The Hokkaido view's layers: the 14 振興局 filled by the chosen measure (a feature-state
 * `value`, set per 振興局 by the controller), their outlines, and the 6 連携地域 outlined on top.
 * Named apart from the detailed map's boundary layers (hokkaido-…), which come from the same
 * N03 files but are another map's.
 */
export const SUBPREFECTURE_SOURCE = 'hokkaido-regions-shinkokyoku';
export const RENKEI_SOURCE = 'hokkaido-regions-renkei';
export const SUBPREFECTURE_FILL = 'hokkaido-regions-fill';
export const REGION_LAYER_IDS = [
  SUBPREFECTURE_FILL,
  'hokkaido-regions-sk-line',
  'hokkaido-regions-renkei-line',
  'hokkaido-regions-selected',
] as const;

/** The fill colour from the feature-state `value` on the theme's ramp between [lo, hi]; no value: the no-value grey. */
export function fillColor(lo: number, hi: number): ExpressionSpecification {
  const stops = REGIONS.ramp.flatMap((c, i) => [lo + ((hi - lo) * i) / (REGIONS.ramp.length - 1), c]);
  return [
    'case',
    ['==', ['typeof', ['feature-state', 'value']], 'number'],
    ['interpolate', ['linear'], ['feature-state', 'value'], ...stops] as ExpressionSpecification,
    REGIONS.noValue,
  ];
}

export function regionLayers(range: [number, number]): LayerSpecification[] {
  const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
  return [
    { id: 'hokkaido-regions-sea', type: 'background', paint: { 'background-color': REGIONS.sea } },
    {
      id: SUBPREFECTURE_FILL,
      type: 'fill',
      source: SUBPREFECTURE_SOURCE,
      paint: { 'fill-color': fillColor(range[0], range[1]), 'fill-opacity': 0.9 },
    },
    {
      id: 'hokkaido-regions-sk-line',
      type: 'line',
      source: SUBPREFECTURE_SOURCE,
      paint: { 'line-color': REGIONS.subprefectureLine, 'line-width': 0.8 },
    },
    {
      id: 'hokkaido-regions-renkei-line',
      type: 'line',
      source: RENKEI_SOURCE,
      paint: { 'line-color': REGIONS.regionLine, 'line-width': 2 },
    },
    {
      id: 'hokkaido-regions-selected',
      type: 'line',
      source: SUBPREFECTURE_SOURCE,
      paint: { 'line-color': REGIONS.selected, 'line-width': ['case', selected, 3.5, 0], 'line-opacity': ['case', selected, 1, 0] },
    },
  ];
}
