import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { PROJECTOR_MAP } from '../../theme.ts';
import { ITEMS_SOURCE, ITEM_LABEL, TILES_SOURCE, emphasis, itemOpacity } from './infrastructure.ts';
import { perFeature, perFeatureAndZoom } from './per-feature.ts';

/**
 * The projector theme's changes to the map while a tour runs: a darker sea, a stronger coast,
 * every label at PROJECTOR_MAP.labelPx, and items drawn for the back of a hall — larger icons and
 * halos, wider lines and outlines, fuller area fills. Pure: from the style's layers to
 * the property changes, which the map controller applies (and takes back after the tour).
 */
export interface PropertyChange {
  layer: string;
  kind: 'paint' | 'layout';
  name: string;
  value: unknown;
}

/** The items' names' text size: the projector theme's (every label's, set below) while a tour runs. */
export function itemLabelSize(projector: boolean): number {
  return projector ? PROJECTOR_MAP.labelPx : ITEM_LABEL.size;
}

export function projectorChanges(layers: readonly LayerSpecification[]): PropertyChange[] {
  const out: PropertyChange[] = [];
  for (const l of layers) {
    if (l.type === 'background' && l.id === 'sea')
      out.push({ layer: l.id, kind: 'paint', name: 'background-color', value: PROJECTOR_MAP.sea });
    if (l.type === 'fill' && /^land(-|$)/.test(l.id)) {
      // Per feature as at the desk (per-feature.ts sharedFill): the same compiled program.
      out.push({ layer: l.id, kind: 'paint', name: 'fill-color', value: perFeature(PROJECTOR_MAP.land) });
      out.push({ layer: l.id, kind: 'paint', name: 'fill-outline-color', value: perFeature(PROJECTOR_MAP.landOutline) });
    }
    // Lakes read as water, like the sea.
    if (l.type === 'fill' && l.id === 'lakes')
      out.push({ layer: l.id, kind: 'paint', name: 'fill-color', value: perFeature(PROJECTOR_MAP.sea) });
    if (l.type === 'line' && l.id.startsWith('boundaries'))
      // Per feature as at the desk, where the colour depends on the kind: the same compiled program.
      out.push({ layer: l.id, kind: 'paint', name: 'line-color', value: perFeature(PROJECTOR_MAP.boundary) });
    if (l.type === 'symbol' && l.layout?.['text-field'] !== undefined)
      out.push({ layer: l.id, kind: 'layout', name: 'text-size', value: PROJECTOR_MAP.labelPx });
    if (isItemLayer(l)) out.push(...itemChanges(l));
  }
  return out;
}

/**
 * The plan's items, from GeoJSON or tiles. By source name exactly: a pattern (`/items|tiles/`)
 * also took the basemap's region tiles (`basemap-tiles`), and the hall drew the region's land at
 * the items' fill opacity, half the sea showing through it. A user's imported file keeps the
 * desk's look, as it always has.
 */
const ITEM_SOURCES: readonly string[] = [ITEMS_SOURCE, TILES_SOURCE];
const isItemLayer = (l: LayerSpecification): boolean => 'source' in l && ITEM_SOURCES.includes(l.source);

function itemChanges(l: LayerSpecification): PropertyChange[] {
  const paint = (name: string, value: unknown): PropertyChange => ({ layer: l.id, kind: 'paint', name, value });
  // Still feature-state dependent, like the desk's: MapLibre keeps the tiles' paint binders until
  // they reload, and a state set in between (a scene's highlight) threw in the render when the
  // value had become a constant ("this.expression.evaluate is not a function").
  if (l.type === 'line' && l.id.endsWith('-line'))
    return [paint('line-width', perFeatureAndZoom(['case', emphasis, PROJECTOR_MAP.itemLineWidthEmphasis, PROJECTOR_MAP.itemLineWidth]))];
  if (l.type === 'line' && l.id.endsWith('-outline')) return [paint('line-width', ['case', emphasis, 6, 3.5])];
  if (l.type === 'fill') return [paint('fill-opacity', perFeatureAndZoom(itemOpacity(0.8, PROJECTOR_MAP.itemFillOpacity)))];
  // As on the desk, no halo until emphasised (a transparent circle still costs its pixels).
  if (l.type === 'circle' && l.id.endsWith('-point-halo')) return [paint('circle-radius', ['case', emphasis, PROJECTOR_MAP.haloRadius, 0])];
  if (l.type === 'circle' && l.id.endsWith('-dot')) return [paint('circle-radius', ['case', emphasis, 10, 6])];
  if (l.type === 'symbol' && l.layout?.['icon-image'] !== undefined)
    return [{ layer: l.id, kind: 'layout', name: 'icon-size', value: PROJECTOR_MAP.iconScale }];
  return [];
}
