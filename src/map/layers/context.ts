import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { ContextLayerId } from '../../domain/types.ts';
import { CONTEXT } from '../../theme.ts';
import { labelText } from './labels.ts';
import { perFeature, perFeatureAndZoom, sharedFill } from './per-feature.ts';

export const contextSource = (id: ContextLayerId): string => `ctx-${id}`;

/** The map layers of each context layer, so a toggle can show or hide exactly those. */
export const CONTEXT_LAYER_IDS: Record<ContextLayerId, string[]> = {
  parks: ['ctx-parks-fill', 'ctx-parks-outline', 'ctx-parks-label'],
  byways: ['ctx-byways-line'],
  expressway: ['ctx-expressway-casing', 'ctx-expressway-line'],
  islands: ['ctx-islands-label'],
};

export const CONTEXT_CLICKABLE = ['ctx-parks-fill', 'ctx-byways-line', 'ctx-expressway-line', 'ctx-islands-label'];

const isRamsar: ExpressionSpecification = ['==', ['get', 'kind'], 'ramsar-site'];
const parkColor: ExpressionSpecification = ['case', isRamsar, CONTEXT.ramsar, CONTEXT.park];

/**
 * Context under the infrastructure: parks and wetlands, scenic byways, the expressway, island
 * names. Lines and names are painted per feature (per-feature.ts), so turning a layer on draws
 * with programs the items have compiled.
 */
export function contextLayers(shown: readonly ContextLayerId[], nameField: string): LayerSpecification[] {
  const visibility = (id: ContextLayerId) => (shown.includes(id) ? 'visible' : 'none');
  const name = labelText(nameField);
  return [
    {
      id: 'ctx-parks-fill',
      type: 'fill',
      source: contextSource('parks'),
      layout: { visibility: visibility('parks') },
      paint: sharedFill(parkColor, parkColor, 0.1),
    },
    {
      id: 'ctx-parks-outline',
      type: 'line',
      source: contextSource('parks'),
      layout: { visibility: visibility('parks') },
      paint: {
        'line-color': parkColor,
        'line-width': perFeature(1.5),
        'line-opacity': perFeature(1),
        'line-dasharray': [2, 2],
      },
    },
    {
      id: 'ctx-parks-label',
      type: 'symbol',
      source: contextSource('parks'),
      layout: {
        visibility: visibility('parks'),
        'text-field': name,
        'text-font': ['Noto Sans JP'],
        'text-size': 11,
        'text-max-width': 8,
      },
      paint: { 'text-color': CONTEXT.park, 'text-halo-color': CONTEXT.labelHalo, 'text-halo-width': 1.2, 'text-opacity': perFeature(1) },
    },
    {
      id: 'ctx-byways-line',
      type: 'line',
      source: contextSource('byways'),
      layout: { visibility: visibility('byways'), 'line-join': 'round' },
      paint: {
        'line-color': perFeature(CONTEXT.byway),
        'line-width': perFeature(3),
        'line-dasharray': [1, 1.5],
        'line-opacity': perFeature(0.8),
      },
    },
    {
      id: 'ctx-expressway-casing',
      type: 'line',
      source: contextSource('expressway'),
      filter: ['==', ['get', 'kind'], 'expressway-section'],
      layout: { visibility: visibility('expressway'), 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(CONTEXT.expresswaySection),
        'line-width': perFeatureAndZoom(10),
        'line-opacity': perFeatureAndZoom(1),
      },
    },
    {
      id: 'ctx-expressway-line',
      type: 'line',
      source: contextSource('expressway'),
      layout: { visibility: visibility('expressway'), 'line-cap': 'round' },
      paint: { 'line-color': perFeature(CONTEXT.expressway), 'line-width': perFeatureAndZoom(4), 'line-opacity': perFeatureAndZoom(1) },
    },
    {
      id: 'ctx-islands-label',
      type: 'symbol',
      source: contextSource('islands'),
      layout: {
        visibility: visibility('islands'),
        'text-field': name,
        'text-font': ['Noto Sans JP'],
        'text-size': 13,
      },
      paint: { 'text-color': CONTEXT.island, 'text-halo-color': CONTEXT.labelHalo, 'text-halo-width': 1.6, 'text-opacity': perFeature(1) },
    },
  ];
}
