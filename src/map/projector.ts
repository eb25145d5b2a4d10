import type { Map as MapLibreMap } from 'maplibre-gl';
import { projectorChanges } from './layers/projector.ts';

type PaintName = Parameters<MapLibreMap['getPaintProperty']>[1];
type LayoutName = Parameters<MapLibreMap['getLayoutProperty']>[1];

/**
 * Switches the map's projector theme on and off: applies projectorChanges and keeps the values
 * they replaced, so the map returns exactly to its desk style after the tour.
 */
export class ProjectorTheme {
  private saved: { layer: string; kind: 'paint' | 'layout'; name: string; value: unknown }[] = [];

  set(map: MapLibreMap, on: boolean): void {
    if (on && this.saved.length === 0) {
      for (const c of projectorChanges(map.getStyle().layers)) {
        if (!map.getLayer(c.layer)) continue;
        const old =
          c.kind === 'paint' ? map.getPaintProperty(c.layer, c.name as PaintName) : map.getLayoutProperty(c.layer, c.name as LayoutName);
        this.saved.push({ ...c, value: old });
        this.put(map, c);
      }
    } else if (!on) {
      for (const c of this.saved.splice(0)) if (map.getLayer(c.layer)) this.put(map, c);
    }
  }

  /** Applies the theme again (layers added while it was on get it too). */
  reapply(map: MapLibreMap): void {
    this.set(map, false);
    this.set(map, true);
  }

  private put(map: MapLibreMap, c: { layer: string; kind: 'paint' | 'layout'; name: string; value: unknown }): void {
    // undefined puts the style's default back (the layer had not set it).
    if (c.kind === 'paint') map.setPaintProperty(c.layer, c.name as PaintName, c.value as Parameters<MapLibreMap['setPaintProperty']>[2]);
    else map.setLayoutProperty(c.layer, c.name as LayoutName, c.value as Parameters<MapLibreMap['setLayoutProperty']>[2]);
  }
}
