import type { LngLatBoundsLike, MapOptions, StyleSpecification } from 'maplibre-gl';
import type { MapView } from '../domain/state.ts';
import type { Lang } from '../domain/types.ts';
import { mapLocale } from './controls.ts';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './layers/basemap.ts';

/** The whole region, for the first view and "reset view". */
export const REGION_BOUNDS: LngLatBoundsLike = [
  [143.2, 42.75],
  [145.9, 44.4],
];

/** The map's options: the start view (the link's, else the whole region), the UI language and the limits. */
export function mapOptions(container: HTMLElement, host: { view: MapView | null; lang: Lang }, style: StyleSpecification): MapOptions {
  const { view, lang } = host;
  return {
    container,
    style,
    ...(view
      ? { center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch }
      : { bounds: REGION_BOUNDS, fitBoundsOptions: { padding: 30 } }),
    locale: mapLocale(lang),
    localIdeographFontFamily: "'Noto Sans JP', sans-serif",
    // Symbols appear at once: a fade keeps the map busy (not idle) for 300 ms after every
    // filter change, and a hall's projector gains nothing from it.
    fadeDuration: 0,
    attributionControl: false,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxBounds: MAX_BOUNDS,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  };
}
