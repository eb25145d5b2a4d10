import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas } from '../domain/atlas.ts';
import type { Filters } from '../domain/filters.ts';
import { hiddenPlanIds } from '../domain/map-features.ts';
import { HIDDEN_STATE, ITEMS_SOURCE } from './layers/infrastructure.ts';

/**
 * The plan's GeoJSON items the filters hide, as a feature-state: every item layer draws them
 * fully transparent and the map's queries leave them out (`drawnOnly`). A layer filter would
 * make MapLibre's worker lay out every loaded tile of the source again, icons included with a
 * round trip to the page for their images (measured at the real data: 260–620 ms per filter
 * change, 110–140 ms of it without the icon layer); a state change rewrites only the paint of
 * the features whose state changed. Only the changes are set.
 */
export class HiddenItems {
  private hidden: ReadonlySet<string> = new Set<string>();
  private shown: { atlas: Atlas; filters: Filters } | null = null;

  /** The ids hidden now (for the atlas and filters last shown). */
  get ids(): ReadonlySet<string> {
    return this.hidden;
  }

  show(map: Pick<MapLibreMap, 'setFeatureState'>, atlas: Atlas, filters: Filters): void {
    if (this.shown?.atlas === atlas && this.shown.filters === filters) return;
    const next = hiddenPlanIds(atlas, filters);
    for (const id of this.hidden) if (!next.has(id)) map.setFeatureState({ source: ITEMS_SOURCE, id }, { [HIDDEN_STATE]: false });
    for (const id of next) if (!this.hidden.has(id)) map.setFeatureState({ source: ITEMS_SOURCE, id }, { [HIDDEN_STATE]: true });
    this.hidden = next;
    this.shown = { atlas, filters };
  }
}

/** What a query of the map found, without the items drawn transparent as hidden. */
export function drawnOnly<F extends { state?: Record<string, unknown> }>(features: F[]): F[] {
  return features.filter((f) => f.state?.[HIDDEN_STATE] !== true);
}
