import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { PROJECTOR_MAP } from '../../theme.ts';

/**
 * The projector theme's changes to the map while a tour runs: a darker sea, a stronger coast,
 * every label at PROJECTOR_MAP.labelPx and item lines wider. Pure: from the style's layers to
 * the property changes, which the map controller applies (and takes back after the tour).
 */
export interface PropertyChange {
  layer: string;
  kind: 'paint' | 'layout';
  name: string;
  value: unknown;
}

export function projectorChanges(layers: readonly LayerSpecification[]): PropertyChange[] {
  const out: PropertyChange[] = [];
  for (const l of layers) {
    if (l.type === 'background' && l.id === 'sea')
      out.push({ layer: l.id, kind: 'paint', name: 'background-color', value: PROJECTOR_MAP.sea });
    if (l.type === 'fill' && /^land(-|$)/.test(l.id)) {
      out.push({ layer: l.id, kind: 'paint', name: 'fill-color', value: PROJECTOR_MAP.land });
      out.push({ layer: l.id, kind: 'paint', name: 'fill-outline-color', value: PROJECTOR_MAP.landOutline });
    }
    // Lakes read as water, like the sea.
    if (l.type === 'fill' && l.id === 'lakes') out.push({ layer: l.id, kind: 'paint', name: 'fill-color', value: PROJECTOR_MAP.sea });
    if (l.type === 'line' && l.id.startsWith('boundaries'))
      out.push({ layer: l.id, kind: 'paint', name: 'line-color', value: PROJECTOR_MAP.boundary });
    if (l.type === 'symbol' && l.layout?.['text-field'] !== undefined)
      out.push({ layer: l.id, kind: 'layout', name: 'text-size', value: PROJECTOR_MAP.labelPx });
    if (
      l.type === 'line' &&
      l.id.endsWith('-line') &&
      l.paint?.['line-width'] !== undefined &&
      'source' in l &&
      /items|tiles/.test(String(l.source))
    ) {
      out.push({ layer: l.id, kind: 'paint', name: 'line-width', value: PROJECTOR_MAP.itemLineWidth });
    }
  }
  return out;
}
