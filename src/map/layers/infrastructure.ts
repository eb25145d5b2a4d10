import type {
  ExpressionSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import type { LocatedCategory } from '../../domain/types.ts';
import { CATEGORY_STYLE, HIGHLIGHT, ITEM } from '../../theme.ts';
import { labelText } from './labels.ts';
import { perFeatureAndZoom } from './per-feature.ts';

/** The plan's items as GeoJSON (when the data has no tiles). */
export const ITEMS_SOURCE = 'items';
/** The user's imported files as GeoJSON, apart: adding one never sends the plan's items again. */
export const IMPORTED_SOURCE = 'imported';
/** Items as vector tiles (when the manifest names them). */
export const TILES_SOURCE = 'items-tiles';

/** The parts every item source is drawn with; one layer each, id `<source>-<part>`. */
export const ITEM_PARTS = ['fill', 'outline', 'line-casing', 'line', 'point-halo', 'dot', 'symbol'] as const;
export type ItemPart = (typeof ITEM_PARTS)[number];
/** Parts that answer clicks and hover. */
export const CLICKABLE_PARTS: readonly ItemPart[] = ['fill', 'line', 'dot', 'symbol'];

export const layerId = (source: string, part: ItemPart): string => `${source}-${part}`;

/** The zoom from which an item's name is drawn, under its symbol (zoomed out the names would only collide). */
export const ITEM_LABEL_MINZOOM = 9;
export const itemLabel = (name: ExpressionSpecification): ExpressionSpecification => ['step', ['zoom'], '', ITEM_LABEL_MINZOOM, name];

/** How one item source is drawn. */
export interface ItemSourceStyle {
  source: string;
  /** The vector tiles' layer, for a tile source. */
  sourceLayer?: string;
  /** Many points: dots below DENSE_ICON_MINZOOM, icons and halos from there. */
  dense: boolean;
}

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];
const selected = state('selected');
/** Selected, hovered or highlighted: drawn stronger (the projector theme uses it too). */
export const emphasis: ExpressionSpecification = ['any', selected, state('hover'), state('highlight')];
/** Items' names: their size at the desk (the projector theme enlarges it) and how far below the symbol they start. */
export const ITEM_LABEL = { size: 12, offsetEm: 1.3 } as const;

/** How far an item's name reaches below its point at a text size: the offset, then one line (MapLibre's line height is 1.2 em). */
export function itemLabelDrop(textSize: number): number {
  return Math.ceil(textSize * (ITEM_LABEL.offsetEm + 1.2));
}

/** The feature-state of an item the filters hide where its source is filtered by state (map/hidden-items.ts). */
export const HIDDEN_STATE = 'hidden';
const hidden = state(HIDDEN_STATE);
/** An opacity: none for a hidden item, `strong` when emphasised, else `weak`. */
export const itemOpacity = (strong: number, weak: number): ExpressionSpecification => ['case', hidden, 0, emphasis, strong, weak];
/** Fully drawn unless hidden. */
const shown: ExpressionSpecification = ['case', hidden, 0, 1];

/**
 * Above this many points the shaped icons are drawn from DENSE_ICON_MINZOOM only, as coloured
 * dots below it. Thousands of icons zoomed out overlap into clutter and cost the most of any
 * layer to lay out and place: at 10k items a filter change took 1.1–1.2 s on GeoJSON and 0.3–0.4 s
 * on tiles with icons, 0.3–0.4 s and 0.15–0.18 s with dots (and a click 0.5 s, 0.17 s). With
 * tens of thousands of icons MapLibre's symbol buffers also overflow ("opacityVertexArray.length
 * (= 32768) !== …", seen at 60k points).
 */
export const DENSE_POINTS = 2_000;
export const DENSE_ICON_MINZOOM = 10;

const GEOMETRY: Record<ItemPart, FilterSpecification> = {
  fill: ['==', ['geometry-type'], 'Polygon'],
  outline: ['==', ['geometry-type'], 'Polygon'],
  'line-casing': ['==', ['geometry-type'], 'LineString'],
  line: ['==', ['geometry-type'], 'LineString'],
  'point-halo': ['==', ['geometry-type'], 'Point'],
  dot: ['==', ['geometry-type'], 'Point'],
  symbol: ['in', ['geometry-type'], ['literal', ['Point', 'Polygon']]],
};

/**
 * The part's own geometry rule combined with the app's facet filter. No layer thins by zoom
 * itself: the plan's GeoJSON is never thinned, and tiles (the data's and the imported files')
 * come thinned as they are cut.
 */
export function layerFilter(part: ItemPart, facets: unknown[]): FilterSpecification {
  return ['all', GEOMETRY[part], facets] as unknown as FilterSpecification;
}

/** The parts whose zoom range follows the density. */
export type DensePart = 'dot' | 'symbol' | 'point-halo' | 'line-casing' | 'outline';

/**
 * Zoom ranges of the parts: dense data draws dots below DENSE_ICON_MINZOOM and icons (with their halo) above.
 * Sparse data draws no dots at all (`dotVisibility`): the dot's range [0, 0] alone would not hide
 * it, as MapLibre reads a maxzoom of 0 as none.
 */
export function denseZoomRanges(dense: boolean): Record<DensePart, [number, number]> {
  const icons = dense ? DENSE_ICON_MINZOOM : 0;
  // Dense data: the white road casing and the dashed polygon outline (second copies of every line
  // and edge) wait for the same zoom; below it the fill draws its own one-pixel edge (fillPaint).
  return { dot: [0, icons], symbol: [icons, 24], 'point-halo': [icons, 24], 'line-casing': [icons, 24], outline: [icons, 24] };
}

/**
 * Whether the dot layer is drawn: for dense data only. Sparse data's points are all icons; dots
 * under them were laid out in MapLibre's worker again at every filter change and drawn in every
 * frame, unseen (issue 22).
 */
export const dotVisibility = (dense: boolean): 'visible' | 'none' => (dense ? 'visible' : 'none');

/**
 * How polygon fills draw their edge. The dashed outline layer is a line layer: MapLibre's worker
 * cuts every edge into triangles and the GPU runs the line shader over them. Dense data zoomed out
 * draws the edge with the fill instead (one-pixel GL lines in the fill's colour, the selection's
 * colour when selected) and a stronger fill, as the edge is fainter; from DENSE_ICON_MINZOOM the
 * outline layer draws it and the fill does not.
 */
export function fillPaint(
  dense: boolean,
): Required<Pick<NonNullable<FillLayerSpecification['paint']>, 'fill-antialias' | 'fill-outline-color' | 'fill-opacity'>> {
  const color = itemColor();
  if (!dense) return { 'fill-antialias': false, 'fill-outline-color': color, 'fill-opacity': perFeatureAndZoom(itemOpacity(0.55, 0.3)) };
  return {
    'fill-antialias': ['step', ['zoom'], true, DENSE_ICON_MINZOOM, false],
    'fill-outline-color': ['case', selected, HIGHLIGHT.selected, color],
    'fill-opacity': ['step', ['zoom'], itemOpacity(0.8, 0.55), DENSE_ICON_MINZOOM, itemOpacity(0.55, 0.3)],
  };
}

function byCategory(pick: (c: LocatedCategory | 'imported') => string | number, fallback: string | number): ExpressionSpecification {
  const pairs = (Object.keys(CATEGORY_STYLE) as (LocatedCategory | 'imported')[]).flatMap((c) => [c, pick(c)]);
  return ['match', ['get', 'category'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

/**
 * Line widths: dense data draws thinner lines while zoomed out (thousands of overlapping 4–5 px
 * lines hide each other and the land, and cost the most of any layer to draw in software GL).
 */
export function lineWidth(dense: boolean): ExpressionSpecification {
  const normal = (scale: number) => ['case', emphasis, 7, byCategory((c) => (c === 'road' ? 4 : 5) * scale, 4 * scale)];
  if (!dense) return perFeatureAndZoom(normal(1) as ExpressionSpecification);
  return ['interpolate', ['linear'], ['zoom'], 6, normal(0.5), DENSE_ICON_MINZOOM, normal(1)] as unknown as ExpressionSpecification;
}

/**
 * Round joins and caps cost a fan of triangles at every vertex, in MapLibre's worker and in the
 * GPU. Dense data zoomed out draws thin lines whose ends no one can tell apart, so there they are
 * plain (miter joins fall back to bevels at sharp turns); they round from DENSE_ICON_MINZOOM.
 */
export function lineEnds(dense: boolean): NonNullable<LineLayerSpecification['layout']> {
  if (!dense) return { 'line-cap': 'round', 'line-join': 'round' };
  return {
    'line-cap': ['step', ['zoom'], 'butt', DENSE_ICON_MINZOOM, 'round'],
    'line-join': ['step', ['zoom'], 'miter', DENSE_ICON_MINZOOM, 'round'],
  };
}

/** An item's colour, by its category. */
function itemColor(): ExpressionSpecification {
  return byCategory((c) => CATEGORY_STYLE[c].color, ITEM.unknown);
}

/**
 * Infrastructure from one source, styled by category with data-driven expressions; selection,
 * hover and highlight are feature-state, so they never touch the data.
 */
export function infrastructureLayers(facets: unknown[], nameField: string, style: ItemSourceStyle): LayerSpecification[] {
  const color = itemColor();
  const { source, sourceLayer } = style;
  const zoom = denseZoomRanges(style.dense);
  const on = (part: ItemPart) => ({
    id: layerId(source, part),
    source,
    ...(sourceLayer ? { 'source-layer': sourceLayer } : {}),
    filter: layerFilter(part, facets),
  });
  return [
    {
      ...on('fill'),
      type: 'fill',
      paint: { 'fill-color': color, ...fillPaint(style.dense) },
    },
    {
      ...on('outline'),
      type: 'line',
      minzoom: zoom.outline[0],
      paint: {
        'line-color': ['case', selected, HIGHLIGHT.selected, color],
        'line-width': ['case', emphasis, 4, 2],
        'line-dasharray': [3, 1.5],
        'line-opacity': shown,
      },
    },
    {
      ...on('line-casing'),
      type: 'line',
      minzoom: zoom['line-casing'][0],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, HIGHLIGHT.selected, emphasis, HIGHLIGHT.halo, ITEM.casing],
        'line-width': perFeatureAndZoom(['case', emphasis, 11, byCategory((c) => (c === 'road' ? 7 : 0), 0)]),
        'line-opacity': perFeatureAndZoom(shown),
      },
    },
    {
      ...on('line'),
      type: 'line',
      layout: lineEnds(style.dense),
      // Wider when emphasised: dense data has no casing (halo) at overview zooms.
      paint: { 'line-color': color, 'line-width': lineWidth(style.dense), 'line-opacity': perFeatureAndZoom(shown) },
    },
    {
      ...on('point-halo'),
      type: 'circle',
      // A halo circle per point costs buffers at every zoom; dense data shows it with the icons.
      minzoom: zoom['point-halo'][0],
      paint: {
        // Radius 0 until emphasised: a transparent 16 px circle under every point still cost the
        // GPU its pixels in every frame (software GL: the CPU).
        'circle-radius': ['case', emphasis, 16, 0],
        'circle-color': ['case', selected, HIGHLIGHT.selected, HIGHLIGHT.hover],
        'circle-stroke-color': HIGHLIGHT.halo,
        'circle-stroke-width': ['case', emphasis, 2, 0],
        'circle-opacity': itemOpacity(0.9, 0),
        'circle-stroke-opacity': shown,
      },
    },
    {
      ...on('dot'),
      type: 'circle',
      // Only for dense data, and only where the icons are not shown.
      maxzoom: zoom.dot[1],
      layout: { visibility: dotVisibility(style.dense) },
      paint: {
        'circle-radius': ['case', emphasis, 7, 3.5],
        'circle-color': color,
        'circle-stroke-color': ['case', selected, HIGHLIGHT.selected, emphasis, HIGHLIGHT.halo, ITEM.dotRim],
        'circle-stroke-width': ['case', emphasis, 2.5, 0.8],
        'circle-opacity': shown,
        'circle-stroke-opacity': shown,
      },
    },
    {
      ...on('symbol'),
      type: 'symbol',
      minzoom: zoom.symbol[0],
      layout: {
        'icon-image': ['concat', 'icon-', ['get', 'category']],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        // The padding widens what a click hits around the icon (placement ignores it here anyway).
        'icon-padding': 0,
        'text-field': itemLabel(labelText(nameField)),
        'text-font': ['Noto Sans JP'],
        'text-size': ITEM_LABEL.size,
        'text-offset': [0, ITEM_LABEL.offsetEm],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: {
        'text-color': ITEM.label,
        'text-halo-color': ITEM.labelHalo,
        'text-halo-width': 1.4,
        'icon-opacity': shown,
        'text-opacity': shown,
      },
    },
  ];
}
