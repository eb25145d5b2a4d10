import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas } from '../domain/atlas.ts';
import { EMPTY_FILTERS, type Filters, filterExpression } from '../domain/filters.ts';
import type { Dataset } from '../domain/data/validate.ts';
import { planFeatures, planFilterExpression } from '../domain/map-features.ts';
import { HiddenItems } from './hidden-items.ts';
import { ITEMS_SOURCE, ITEM_LABEL_MINZOOM, ITEM_PARTS, layerFilter, layerId } from './layers/infrastructure.ts';
import { itemSources } from './item-sources.ts';
import { setFilterIfChanged } from './style-changes.ts';

/** What the filters need of the map (a fake one in the unit tests). */
export type FilterTarget = Pick<MapLibreMap, 'getFilter' | 'setFilter' | 'getZoom' | 'setFeatureState' | 'redraw'>;

/**
 * The filters on the drawn items. The plan's GeoJSON items are hidden by feature-state
 * (HiddenItems: no re-layout), and their layers are filtered only from the zoom that draws their
 * names, where a transparent name would still take the place of a shown one (by the ids that pass:
 * the plan's features carry no facets, see planFeatures). Tiled sources (the data's tiles,
 * imported files) are filtered on their facets by their layers' filters.
 */
export class ItemFilters {
  /** The filters each item source's layers hold (the first data's layers come with theirs). */
  readonly filtered = new Map<string, Filters>();
  /** The dataset the plan's layer filter was made for (it names ids). */
  private planData: Dataset | null = null;
  private hidden = new HiddenItems();
  private named: boolean | null = null;

  /**
   * A layer filter makes MapLibre lay out every loaded tile of the layer's source again in its
   * worker, and each source's tiles coming back draw a frame: the empty GeoJSON source beside
   * the tiles (no imported file) would cost a whole frame for nothing, so it gets the filters
   * once it has features.
   */
  apply(map: FilterTarget, filters: Filters, atlas: Atlas | null, redraw: boolean): void {
    this.named = map.getZoom() >= ITEM_LABEL_MINZOOM;
    let tilesChanged = false;
    for (const set of itemSources(atlas)) {
      const geojson = set.source === ITEMS_SOURCE;
      if (geojson && atlas && planFeatures(atlas).features.length === 0) continue;
      if (geojson && atlas) this.hidden.show(map, atlas, filters);
      const held = geojson && !this.named ? EMPTY_FILTERS : filters;
      // The plan's filter names ids, which follow the data as well as the filters.
      if (this.filtered.get(set.source) === held && (!geojson || this.planData === (atlas?.base ?? null))) continue;
      // The plan's ids are those HiddenItems has just worked out for these filters.
      const expr = geojson && atlas && held === filters ? planFilterExpression(atlas, this.hidden.ids) : filterExpression(held);
      // Setting the filter a layer has already would still draw a frame.
      for (const part of ITEM_PARTS)
        if (setFilterIfChanged(map, layerId(set.source, part), layerFilter(part, expr)) && set.sourceLayer) tilesChanged = true;
      this.filtered.set(set.source, held);
      if (geojson) this.planData = atlas?.base ?? null;
    }
    // MapLibre hands the re-filtering to its worker when it next draws. For tiled data (100k
    // items) drawing at once starts that work before the page's long relayout for the new
    // filters; for GeoJSON data that draw is one more whole frame of the old tiles, which cost
    // more than it gained (filter change at the real data, median of 8: 412–642 ms with it,
    // 276–372 ms without; at 10k 503–525 vs 397–519).
    if (tilesChanged && redraw) map.redraw();
  }

  /** On every zoom step: the plan's layer filters follow when the names start or stop being drawn. */
  zoomed(map: FilterTarget, filters: Filters, atlas: Atlas | null): void {
    if (this.named === null || this.named === map.getZoom() >= ITEM_LABEL_MINZOOM) return;
    this.apply(map, filters, atlas, false);
  }

  clear(): void {
    this.filtered.clear();
    this.planData = null;
    this.hidden = new HiddenItems();
    this.named = null;
  }
}
