import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';

/** What these helpers need of the map: its public style getters and setters. */
export type StyleTarget = Pick<MapLibreMap, 'getFilter' | 'setFilter' | 'getLayoutProperty' | 'setLayoutProperty'>;

/**
 * Sets a layer's filter only when it differs from the one set. MapLibre's Map.setFilter marks the
 * whole style dirty and draws a frame even for an equal filter (its style ignores the equal filter,
 * the map does not), and a frame costs 100–200 ms of CPU in software GL: a selection change that
 * leaves the area outline as it was drew one extra frame in the very frame that shows the panel.
 * Filters are plain JSON, so their JSON text compares them.
 */
export function setFilterIfChanged(map: Pick<StyleTarget, 'getFilter' | 'setFilter'>, layer: string, filter: FilterSpecification): boolean {
  if (JSON.stringify(map.getFilter(layer) ?? null) === JSON.stringify(filter)) return false;
  map.setFilter(layer, filter);
  return true;
}

/** Shows or hides a layer only when that changes it (see setFilterIfChanged for why). */
export function setVisibleIfChanged(map: StyleTarget, layer: string, visible: boolean): boolean {
  const now = (map.getLayoutProperty(layer, 'visibility') as string | undefined) ?? 'visible';
  const wanted = visible ? 'visible' : 'none';
  if (now === wanted) return false;
  map.setLayoutProperty(layer, 'visibility', wanted);
  return true;
}
