/**
 * Constants shared by the bench runner (Node) and the bench pages (browser). No Node or DOM
 * imports here: the Leaflet and tiles pages bundle this file.
 */
import { INFRASTRUCTURE_FILES } from '../src/domain/data/files.ts';
import { LOCATED_CATEGORIES, type LocatedCategory } from '../src/domain/types.ts';

export { INFRASTRUCTURE_FILES, LOCATED_CATEGORIES, type LocatedCategory };

export type BBox = [number, number, number, number];

/**
 * Hokkaido (Okushiri 139.4°E, Cape Shirakami 41.4°N, Cape Sōya 45.5°N, Cape Nosappu 145.82°E)
 * with a margin: where the generator spreads features, and the manifest's bbox.
 */
export const HOKKAIDO_BBOX: BBox = [139.3, 41.3, 146.0, 45.6];

/** Kushiro–Nemuro (the app's REGION_BBOX): `--bbox region` keeps generated data inside it. */
export const REGION_BBOX: BBox = [143.0, 42.6, 146.2, 44.5];

/**
 * The app's first view (REGION_BOUNDS in src/map/map-options.ts, fitted with 30 px padding).
 * The Leaflet peer fits the same bounds, so both pages draw the same area at the same scale.
 */
export const INITIAL_BOUNDS: BBox = [143.2, 42.75, 145.9, 44.4];
export const INITIAL_PADDING = 30;

/** The map's movement limits in the app (maxBounds); the peers use the same. */
export const MAX_BOUNDS: BBox = [139.5, 41.0, 149.5, 46.5];

/**
 * The scripted flight: MapLibre zoom levels (512 px tiles). Leaflet (256 px tiles) flies to
 * zoom + 1, which is the same scale. Each leg is a flyTo of `ms` milliseconds.
 */
export interface Leg {
  center: [number, number];
  zoom: number;
  ms: number;
}
export const FLIGHT: readonly Leg[] = [
  { center: [144.9, 43.3], zoom: 9.5, ms: 2500 }, // into 釧路・根室
  { center: [144.38, 42.98], zoom: 12, ms: 2500 }, // 釧路 close up
  { center: [143.2, 42.92], zoom: 9, ms: 3000 }, // 帯広
  { center: [141.35, 43.06], zoom: 10, ms: 3000 }, // 札幌
  { center: [142.36, 43.77], zoom: 9, ms: 2500 }, // 旭川
  { center: [142.6, 43.5], zoom: 6.5, ms: 3000 }, // all of Hokkaido
];
/** The same number of legs and time, inside 釧路・根室 (for data generated with `--bbox region`). */
export const FLIGHT_REGION: readonly Leg[] = [
  { center: [144.9, 43.3], zoom: 9.5, ms: 2500 }, // into 釧路・根室
  { center: [144.38, 42.98], zoom: 12, ms: 2500 }, // 釧路 close up
  { center: [145.58, 43.33], zoom: 10, ms: 3000 }, // 根室
  { center: [144.97, 43.55], zoom: 11, ms: 3000 }, // 中標津
  { center: [144.46, 43.49], zoom: 10, ms: 2500 }, // 弟子屈
  { center: [144.6, 43.5], zoom: 7.5, ms: 3000 }, // the whole region
];

/** The flight over the data: Hokkaido-wide, or the region's when the data stays in the region. */
export function flightFor(bbox: BBox, short: boolean): readonly Leg[] {
  const legs = bbox[0] >= REGION_BBOX[0] - 0.5 ? FLIGHT_REGION : FLIGHT;
  return short ? legs.slice(0, 2) : legs;
}

/** The two filters the bench alternates between (the categories facet). */
export const FILTER_STEPS: readonly (readonly LocatedCategory[])[] = [['road'], []];

/** Properties the vector tiles keep (everything else stays in the GeoJSON / detail records). */
export const TILE_LAYER = 'items';

/** What a bench page exposes on window for the runner (Leaflet and tiles pages). */
export interface PeerHooks {
  /** performance.now() when the first full draw with all data finished. */
  ready: Promise<number>;
  /** Features drawn after the first load. */
  featureCount(): number;
  setCategories(categories: string[]): Promise<void>;
  /** Container-relative pixel position of a lon/lat. */
  screenPoint(lon: number, lat: number): { x: number; y: number };
  /** Runs the flight; resolves when the last leg ended. */
  fly(legs: readonly Leg[]): Promise<void>;
  clearSelection(): Promise<void>;
}
