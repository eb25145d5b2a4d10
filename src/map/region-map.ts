import type { FeatureCollection } from 'geojson';
import './workers.ts';
import {
  AttributionControl,
  type GeoJSONSource,
  type LngLatBoundsLike,
  Map as MapLibreMap,
  type MapGeoJSONFeature,
  NavigationControl,
} from 'maplibre-gl';
import type { Lang } from '../domain/types.ts';
import { mapLocale, relabelControls } from './controls.ts';
import { attributionHtml } from './credits.ts';
import { REGION_LAYER_IDS, RENKEI_SOURCE, SUBPREFECTURE_FILL, SUBPREFECTURE_SOURCE, fillColor, regionLayers } from './layers/regions.ts';

/** All of Hokkaido with the islands N03 counts under 根室振興局. */
export const HOKKAIDO_BOUNDS: LngLatBoundsLike = [
  [139.3, 41.3],
  [148.9, 45.6],
];

export interface RegionMapInputs {
  subprefectures: FeatureCollection;
  renkei: FeatureCollection;
  /** The measure per 振興局 id; a 振興局 without one is drawn grey. */
  values: ReadonlyMap<string, number>;
  range: [number, number];
  /** The 振興局 to outline as chosen (a 連携地域's, or one). */
  selected: readonly string[];
  /** The boundaries' credit in the UI language (catalogue text; set as text, never as markup). */
  credit: string;
  lang: Lang;
  /**
   * One finger scrolls the page and two move the map (a phone or tablet, where the map sits in a
   * view that scrolls: a finger that lands on it must not be trapped in it).
   */
  cooperative: boolean;
}

export interface RegionMapCallbacks {
  /** A 振興局 was clicked (its area id), or the sea (null). */
  select(subprefectureId: string | null): void;
  failed(reason: string): void;
}

/**
 * The Hokkaido view's map: the one owner of its MapLibre map. It applies only what changed:
 * the measure as feature-state per 振興局 and the ramp's range, and the selection outline.
 */
export class RegionMap {
  private map: MapLibreMap | null = null;
  private ready: Promise<void> = Promise.resolve();
  private applied: Partial<RegionMapInputs> = {};
  private attribution: AttributionControl | null = null;

  constructor(private readonly on: RegionMapCallbacks) {}

  start(container: HTMLElement, inputs: RegionMapInputs): void {
    try {
      this.map = new MapLibreMap({
        container,
        style: {
          version: 8,
          sources: {
            [SUBPREFECTURE_SOURCE]: { type: 'geojson', data: inputs.subprefectures, promoteId: 'id' },
            [RENKEI_SOURCE]: { type: 'geojson', data: inputs.renkei, promoteId: 'id' },
          },
          layers: regionLayers(inputs.range),
        },
        bounds: HOKKAIDO_BOUNDS,
        fitBoundsOptions: { padding: 16 },
        fadeDuration: 0,
        locale: mapLocale(inputs.lang),
        cooperativeGestures: inputs.cooperative,
        attributionControl: false,
        canvasContextAttributes: { preserveDrawingBuffer: true },
      });
    } catch (e) {
      this.on.failed((e as Error).message);
      return;
    }
    const map = this.map;
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.setCredit(inputs.credit);
    map.on('click', SUBPREFECTURE_FILL, (e) => this.on.select(String(e.features?.[0]?.properties['id'] ?? '') || null));
    map.on('mouseenter', SUBPREFECTURE_FILL, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', SUBPREFECTURE_FILL, () => (map.getCanvas().style.cursor = ''));
    map.on('error', (e) => {
      if (!map.loaded()) this.on.failed(String(e.error?.message ?? e));
    });
    this.ready = new Promise((resolve) => map.once('load', () => resolve()));
    this.applied = {
      subprefectures: inputs.subprefectures,
      renkei: inputs.renkei,
      range: inputs.range,
      lang: inputs.lang,
      cooperative: inputs.cooperative,
      credit: inputs.credit,
    };
    void this.ready.then(() => this.update(inputs));
  }

  update(inputs: RegionMapInputs): void {
    const map = this.map;
    if (!map || !map.loaded()) return;
    const a = this.applied;
    if (a.credit !== inputs.credit) this.setCredit(inputs.credit);
    if (a.subprefectures !== inputs.subprefectures) void map.getSource<GeoJSONSource>(SUBPREFECTURE_SOURCE)?.setData(inputs.subprefectures);
    if (a.renkei !== inputs.renkei) void map.getSource<GeoJSONSource>(RENKEI_SOURCE)?.setData(inputs.renkei);
    if (a.range?.[0] !== inputs.range[0] || a.range?.[1] !== inputs.range[1])
      map.setPaintProperty(SUBPREFECTURE_FILL, 'fill-color', fillColor(inputs.range[0], inputs.range[1]));
    if (a.values !== inputs.values || a.selected !== inputs.selected || a.subprefectures !== inputs.subprefectures) {
      for (const f of inputs.subprefectures.features) {
        const id = String(f.properties?.['id']);
        map.setFeatureState(
          { source: SUBPREFECTURE_SOURCE, id },
          { value: inputs.values.get(id) ?? null, selected: inputs.selected.includes(id) },
        );
      }
    }
    if (a.lang !== inputs.lang) relabelControls(map.getContainer(), inputs.lang);
    if (a.cooperative !== inputs.cooperative) {
      if (inputs.cooperative) map.cooperativeGestures.enable();
      else map.cooperativeGestures.disable();
    }
    this.applied = { ...inputs };
  }

  /** MapLibre's control takes its lines as HTML and cannot change them: a new credit (the language) replaces it. */
  private setCredit(credit: string): void {
    const map = this.map;
    if (!map) return;
    if (this.attribution) map.removeControl(this.attribution);
    this.attribution = new AttributionControl({ compact: false, customAttribution: attributionHtml([credit]) });
    map.addControl(this.attribution, 'bottom-right');
  }

  /** Resolves once the map has drawn what it was asked to (the 'idle' event). */
  async whenIdle(): Promise<void> {
    await this.ready;
    const map = this.map;
    if (!map) throw new Error('the map is not running');
    return new Promise((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
  }

  /** Ids of the 振興局 drawn on screen now. */
  renderedSubprefectures(): string[] {
    if (!this.map) return [];
    const feats = this.map.queryRenderedFeatures({ layers: [SUBPREFECTURE_FILL] });
    return [...new Set(feats.map((f: MapGeoJSONFeature) => String(f.properties['id'])))].sort();
  }

  /** A screen point well inside a 振興局: of the grid points on it, the one nearest their centre (for tests). */
  pointOf(subprefectureId: string): [number, number] | null {
    const map = this.map;
    if (!map) return null;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const hits: [number, number][] = [];
    for (let y = 4; y < height; y += 8) {
      for (let x = 4; x < width; x += 8) {
        const hit = map.queryRenderedFeatures([x, y], { layers: [SUBPREFECTURE_FILL] })[0];
        if (hit && String(hit.properties['id']) === subprefectureId) hits.push([x, y]);
      }
    }
    if (hits.length === 0) return null;
    const cx = hits.reduce((a, p) => a + p[0], 0) / hits.length;
    const cy = hits.reduce((a, p) => a + p[1], 0) / hits.length;
    return hits.reduce((best, p) => (Math.hypot(p[0] - cx, p[1] - cy) < Math.hypot(best[0] - cx, best[1] - cy) ? p : best));
  }

  featureState(id: string): Record<string, unknown> {
    return (this.map?.getFeatureState({ source: SUBPREFECTURE_SOURCE, id }) as Record<string, unknown> | undefined) ?? {};
  }

  resize(): void {
    this.map?.resize();
  }

  stop(): void {
    this.map?.remove();
    this.map = null;
    this.applied = {};
  }
}

export { REGION_LAYER_IDS };
