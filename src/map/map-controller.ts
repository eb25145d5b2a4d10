import type { Feature, FeatureCollection, Geometry } from 'geojson';
import {
  AttributionControl,
  type GeoJSONSource,
  type LngLatBoundsLike,
  Map as MapLibreMap,
  type MapGeoJSONFeature,
  type MapMouseEvent,
  NavigationControl,
  ScaleControl,
  type ExpressionSpecification,
  type StyleSpecification,
  setWorkerCount,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import { type Filters, filterExpression } from '../domain/filters.ts';
import { t } from '../domain/i18n.ts';
import { geojsonItems } from '../domain/map-features.ts';
import type { BasemapId, MapView, Selection } from '../domain/state.ts';
import type { ContextLayerId, Lang } from '../domain/types.ts';
import { mapLocale, relabelControls } from './controls.ts';
import { categoryIcons } from './icons.ts';
import { BASEMAP_SOURCES, basemapGround, basemapLabels } from './layers/basemap.ts';
import { CONTEXT_CLICKABLE, CONTEXT_LAYER_IDS, contextLayers, contextSource } from './layers/context.ts';
import { ONLINE_BASEMAPS, ONLINE_SOURCE, onlineLayer } from './layers/online-basemaps.ts';
import { CLICKABLE_PARTS, DENSE_POINTS, type DensePart, ITEMS_SOURCE, ITEM_PARTS, type ItemSourceStyle, TILES_SOURCE, infrastructureLayers, denseZoomRanges, fillPaint, layerFilter, layerId, lineEnds, lineWidth } from './layers/infrastructure.ts';

setWorkerUrl(workerUrl);
// MapLibre starts one worker (outside Safari). A filter change re-lays out every tile in view,
// and two workers do that in parallel on a machine with two cores.
setWorkerCount(2);

/** What the host element gives the map. The controller applies only the fields that changed. */
export interface MapInputs {
  atlas: Atlas | null;
  filters: Filters;
  selection: Selection | null;
  /** Items to emphasise (the chosen project's or KPI's infrastructure). */
  highlight: readonly string[];
  /** The item the list points at (hover or keyboard focus). */
  hovered: string | null;
  view: MapView | null;
  lang: Lang;
  /** Pixels covered by panels on the right: the map keeps selected items out from under them. */
  insetRight: number;
  basemap: BasemapId;
  context: readonly ContextLayerId[];
}

export interface MapCallbacks {
  select(itemId: string | null): void;
  selectContext(featureId: string): void;
  /** The chosen online basemap could not load; the embedded one is back. */
  basemapFailed(id: BasemapId, reason: string): void;
  view(view: MapView): void;
  failed(reason: string): void;
}

export type MapHost = ReactiveControllerHost & HTMLElement & MapInputs;

/** The whole region, for the first view and "reset view". */
export const REGION_BOUNDS: LngLatBoundsLike = [
  [143.2, 42.75],
  [145.9, 44.4],
];

export class MapController implements ReactiveController {
  private map: MapLibreMap | null = null;
  private attribution: AttributionControl | null = null;
  private applied: Partial<MapInputs> = {};
  /** The filters each item source's layers hold. */
  private filtered = new Map<string, Filters>();
  /** Whether each item source's layers are drawn for dense data. */
  private drawnDense = new Map<string, boolean>();
  private hovered: string | null = null;
  /**
   * Views the map reported itself. When one comes back as input it is old news (the camera may
   * already be flying elsewhere), so it is never applied: only views from elsewhere (a link, the
   * back button) move the camera.
   */
  private readonly emitted = new WeakSet<MapView>();
  private ready = false;
  /** Watches a newly chosen online basemap until its first tile arrives. */
  private basemapWatch: { id: BasemapId; loaded: number; errors: number; timer: ReturnType<typeof setTimeout> } | null = null;

  constructor(
    private readonly host: MapHost,
    private readonly container: () => HTMLElement | null,
    private readonly on: MapCallbacks,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.map && this.host.atlas) this.create(this.host.atlas);
    if (this.ready) this.apply();
  }

  hostDisconnected(): void {
    if (this.basemapWatch) clearTimeout(this.basemapWatch.timer);
    this.basemapWatch = null;
    this.map?.remove();
    this.map = null;
    this.attribution = null;
    this.ready = false;
    this.applied = {};
    this.filtered.clear();
    this.drawnDense.clear();
  }

  /** Resolves once the map has drawn everything it has been asked to (the 'idle' event). */
  whenIdle(): Promise<void> {
    const map = this.map;
    if (!map) return Promise.reject(new Error('the map is not running'));
    return new Promise((resolve) => {
      map.once('idle', () => resolve());
      // A map still loading will draw and go idle by itself; an extra frame would only delay it.
      if (map.loaded()) map.triggerRepaint();
    });
  }

  /** Ids of the items drawn on screen now (what a user sees, not what the data holds). */
  renderedItemIds(): string[] {
    if (!this.map || !this.ready) return [];
    const feats = this.map.queryRenderedFeatures({ layers: this.clickable() });
    return [...new Set(feats.map((f: MapGeoJSONFeature) => String(f.properties['id'])))].sort();
  }

  /** Ids of the context features drawn now (only layers switched on draw). */
  renderedContextIds(): string[] {
    if (!this.map || !this.ready) return [];
    const layers = CONTEXT_CLICKABLE.filter((id) => this.map!.getLayoutProperty(id, 'visibility') !== 'none');
    if (layers.length === 0) return [];
    return [...new Set(this.map.queryRenderedFeatures({ layers }).map((f: MapGeoJSONFeature) => String(f.properties['id'])))].sort();
  }

  /** The feature-state of an item (selected / hover / highlight), as the map holds it. */
  featureState(itemId: string): Record<string, unknown> {
    if (!this.map || !this.ready) return {};
    const [first] = this.itemSources();
    return this.map.getFeatureState({ source: first!.source, sourceLayer: first!.sourceLayer, id: itemId });
  }

  /** Screen position (CSS px within the map) of a located item, for tests and keyboard focus. */
  screenPoint(itemId: string): { x: number; y: number } | null {
    const item = this.host.atlas?.itemById.get(itemId);
    if (!this.map || !item?.geometry) return null;
    const [lon, lat] = firstPosition(item.geometry);
    const p = this.map.project([lon, lat]);
    return { x: p.x, y: p.y };
  }

  fitTo(bounds: [number, number, number, number] | null, opts: { animate?: boolean } = {}): void {
    const pad = 60;
    this.map?.fitBounds(bounds ?? REGION_BOUNDS, {
      padding: { top: pad, bottom: pad, left: pad, right: pad + this.host.insetRight },
      maxZoom: 12,
      animate: opts.animate ?? true,
    });
  }

  canvas(): HTMLCanvasElement | null {
    return this.map?.getCanvas() ?? null;
  }

  /**
   * The map as drawn now, re-rendered at `ratio` device pixels per CSS pixel (sharp on paper),
   * copied to a detached canvas; the screen goes back to its own pixel ratio afterwards.
   */
  async snapshot(ratio = 2): Promise<HTMLCanvasElement | null> {
    const map = this.map;
    if (!map) return null;
    const before = map.getPixelRatio();
    map.setPixelRatio(ratio);
    await this.whenIdle();
    const src = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = src.width;
    copy.height = src.height;
    copy.getContext('2d')?.drawImage(src, 0, 0);
    map.setPixelRatio(before);
    return copy;
  }

  /** A camera flight of `ms` milliseconds; resolves when it ends (for scripted flights in the bench). */
  fly(center: [number, number], zoom: number, ms: number): Promise<void> {
    const map = this.map;
    if (!map) return Promise.resolve();
    return new Promise((resolve) => {
      map.once('moveend', () => resolve());
      map.flyTo({ center, zoom, duration: ms, essential: true });
    });
  }

  flyTo(center: [number, number], zoom: number): void {
    this.map?.flyTo({ center, zoom, offset: [-this.host.insetRight / 2, 0] });
  }

  /** The credits the map shows, as plain text (for handouts). */
  attributions(): string[] {
    return this.host.atlas ? attributions(this.host.atlas, this.host.lang) : [];
  }

  /** The credits control, in the UI language (replaced on a language switch: its text is set when it is added). */
  private addAttribution(map: MapLibreMap, atlas: Atlas, lang: Lang): void {
    if (this.attribution) map.removeControl(this.attribution);
    this.attribution = new AttributionControl({ compact: true, customAttribution: attributions(atlas, lang) });
    map.addControl(this.attribution, 'bottom-right');
  }

  view(): MapView | null {
    return this.map ? this.currentView() : null;
  }

  private create(atlas: Atlas): void {
    const container = this.container();
    if (!container) return;
    const { view, lang } = this.host;
    try {
      this.map = new MapLibreMap({
        container,
        style: this.style(atlas, lang),
        ...(view ? { center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch } : { bounds: REGION_BOUNDS, fitBoundsOptions: { padding: 30 } }),
        localIdeographFontFamily: "'Noto Sans JP', sans-serif",
        locale: mapLocale(lang),
        // Symbols appear at once: a fade keeps the map busy (not idle) for 300 ms after every
        // filter change, and a hall's projector gains nothing from it.
        fadeDuration: 0,
        attributionControl: false,
        maxBounds: [
          [139.5, 41.0],
          [149.5, 46.5],
        ],
        canvasContextAttributes: { preserveDrawingBuffer: true },
      });
    } catch (e) {
      this.on.failed((e as Error).message);
      return;
    }
    const map = this.map;
    map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 160 }), 'top-left');
    this.addAttribution(map, atlas, lang);
    // Symbols ask for their icons as soon as the style parses, before 'load'; the resolver
    // supplies them for that very request (an event listener would be too late for it).
    const icons = new Map(categoryIcons().map((i) => [i.name, i]));
    map.setMissingStyleImageResolver((id) => {
      const icon = icons.get(id);
      if (icon && !map.hasImage(id)) map.addImage(id, icon.image, { pixelRatio: icon.pixelRatio });
    });
    map.on('load', () => {
      this.ready = true;
      this.applied = { atlas, lang, view, filters: undefined };
      this.apply(false);
    });
    map.on('click', (e: MapMouseEvent) => {
      const hit = map.queryRenderedFeatures(e.point, { layers: this.clickable() })[0];
      if (hit) return this.on.select(String(hit.properties['id']));
      const context = map.queryRenderedFeatures(e.point, { layers: CONTEXT_CLICKABLE.filter((id) => map.getLayoutProperty(id, 'visibility') !== 'none') })[0];
      if (context) return this.on.selectContext(String(context.properties['id']));
      this.on.select(null);
    });
    map.on('data', (e) => {
      const { sourceId, tile } = e as unknown as { sourceId?: string; tile?: unknown };
      if (sourceId === ONLINE_SOURCE && tile && this.basemapWatch) this.basemapWatch.loaded++;
    });
    map.on('mousemove', (e: MapMouseEvent) => this.hover(map.queryRenderedFeatures(e.point, { layers: this.clickable() })[0]));
    map.on('moveend', () => {
      const view = this.currentView();
      this.emitted.add(view);
      this.on.view(view);
    });
    map.on('error', (e) => {
      // Source errors carry the id of their source (MapLibre adds it when it forwards them).
      const { sourceId } = e as unknown as { sourceId?: string };
      if (sourceId === ONLINE_SOURCE) return this.onlineTileFailed(e.error.message);
      console.warn('map:', e.error.message);
    });
  }

  private style(atlas: Atlas, lang: Lang): StyleSpecification {
    const nameField = lang === 'en' ? 'name_en' : 'name_ja';
    const tiles = atlas.data.tiles;
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    return {
      version: 8,
      sources: {
        // Simplified to one pixel (MapLibre's default is ⅜ px): the coast looks the same and a
        // frame at 100k items draws 2 ms faster in software GL.
        [BASEMAP_SOURCES.land]: { type: 'geojson', data: atlas.data.land ?? empty, tolerance: 1 },
        [BASEMAP_SOURCES.places]: { type: 'geojson', data: atlas.data.places ?? empty },
        [BASEMAP_SOURCES.towns]: { type: 'geojson', data: townPoints(atlas) },
        [ITEMS_SOURCE]: { type: 'geojson', data: geojsonItems(atlas).collection, promoteId: 'id' },
        ...(tiles ? { [TILES_SOURCE]: { type: 'vector', tiles: [tileUrl(tiles.url)], minzoom: tiles.minzoom, maxzoom: tiles.maxzoom, promoteId: 'id', ...(tiles.bounds ? { bounds: tiles.bounds } : {}) } } : {}),
        ...Object.fromEntries(
          (Object.keys(atlas.data.context) as ContextLayerId[]).map((id) => [contextSource(id), { type: 'geojson', data: { type: 'FeatureCollection', features: atlas.data.context[id] } }]),
        ),
      },
      layers: [
        ...basemapGround(),
        ...contextLayers(this.host.context, nameField),
        ...basemapLabels(nameField),
        ...this.itemSources(atlas).flatMap((set) => {
          this.filtered.set(set.source, this.host.filters);
          this.drawnDense.set(set.source, set.dense);
          return infrastructureLayers(filterExpression(this.host.filters), nameField, set);
        }),
      ],
    };
  }

  /** `redraw`: false while MapLibre is drawing (its 'load' event), which must not draw again. */
  private apply(redraw = true): void {
    const map = this.map;
    if (!map) return;
    const h = this.host;
    const was = this.applied;
    if (h.atlas !== was.atlas && h.atlas) {
      // An imported file can make the points dense (or a small dataset sparse): switch drawing.
      // Only then: a zoom range set again re-lays out every tile of the source.
      for (const set of this.itemSources(h.atlas)) {
        if (this.drawnDense.get(set.source) === set.dense) continue;
        drawDensity(map, set);
        this.drawnDense.set(set.source, set.dense);
      }
      (map.getSource(ITEMS_SOURCE) as GeoJSONSource | undefined)?.setData(geojsonItems(h.atlas).collection);
      (map.getSource(BASEMAP_SOURCES.towns) as GeoJSONSource | undefined)?.setData(townPoints(h.atlas));
    }
    if (h.filters !== was.filters || h.atlas !== was.atlas) this.applyFilters(map, h.filters, h.atlas, redraw);
    if (h.selection !== was.selection) {
      const [before, now] = [was.selection, h.selection];
      // The panel paints first; the map's redraw (100+ ms on a software GPU) waits one frame,
      // so it does not hold back the frame that shows what was clicked.
      requestAnimationFrame(() => {
        if (this.map !== map) return;
        this.setState(before?.kind === 'item' ? [before.id] : [], 'selected', false);
        this.setState(now?.kind === 'item' ? [now.id] : [], 'selected', true);
        if (now?.kind === 'item') this.reveal(now.id);
      });
    }
    if (h.context !== was.context) {
      for (const [id, layers] of Object.entries(CONTEXT_LAYER_IDS) as [ContextLayerId, string[]][]) {
        for (const layer of layers) map.setLayoutProperty(layer, 'visibility', h.context.includes(id) ? 'visible' : 'none');
      }
    }
    if (h.basemap !== was.basemap) this.showBasemap(h.basemap);
    if (h.hovered !== was.hovered) {
      this.setState(was.hovered ? [was.hovered] : [], 'hover', false);
      this.setState(h.hovered ? [h.hovered] : [], 'hover', true);
    }
    if (h.highlight !== was.highlight) {
      this.setState(was.highlight ?? [], 'highlight', false);
      this.setState(h.highlight, 'highlight', true);
    }
    if (h.lang !== was.lang) {
      if (was.lang) {
        this.addAttribution(map, h.atlas!, h.lang);
        relabelControls(map.getContainer(), h.lang);
      }
      const field = h.lang === 'en' ? 'name_en' : 'name_ja';
      const text: ExpressionSpecification = ['coalesce', ['get', field], ['get', 'name_ja']];
      for (const id of ['place-labels', 'town-labels', 'ctx-parks-label', 'ctx-islands-label']) map.setLayoutProperty(id, 'text-field', text);
      for (const set of this.itemSources()) map.setLayoutProperty(layerId(set.source, 'symbol'), 'text-field', ['step', ['zoom'], '', 9, text]);
    }
    if (h.view && h.view !== was.view && !this.emitted.has(h.view) && !sameView(h.view, this.currentView())) {
      map.jumpTo({ center: h.view.center, zoom: h.view.zoom, bearing: h.view.bearing, pitch: h.view.pitch });
    }
    this.applied = snapshot(h);
  }

  /**
   * Puts the chosen online basemap over the embedded one, and watches it: if tiles fail or none
   * arrives in time (offline, blocked, a 404 that raises no error), it is taken away again and
   * the host is told, so the map is never left blank.
   */
  private showBasemap(id: BasemapId): void {
    const map = this.map!;
    if (this.basemapWatch) clearTimeout(this.basemapWatch.timer);
    this.basemapWatch = null;
    if (map.getLayer(ONLINE_SOURCE)) map.removeLayer(ONLINE_SOURCE);
    if (map.getSource(ONLINE_SOURCE)) map.removeSource(ONLINE_SOURCE);
    if (id === 'offline') return;
    map.addSource(ONLINE_SOURCE, ONLINE_BASEMAPS[id]);
    map.addLayer(onlineLayer(), 'ctx-parks-fill');
    const timer = setTimeout(() => this.basemapWatch?.loaded === 0 && this.failBasemap('no tile arrived within 8 s'), 8000);
    this.basemapWatch = { id, loaded: 0, errors: 0, timer };
  }

  private onlineTileFailed(reason: string): void {
    const watch = this.basemapWatch;
    if (!watch) return;
    watch.errors++;
    // A few failures before any success means the service is out of reach, not one bad tile.
    if (watch.loaded === 0 && watch.errors >= 3) this.failBasemap(reason);
  }

  private failBasemap(reason: string): void {
    const id = this.basemapWatch?.id;
    if (!id) return;
    this.showBasemap('offline');
    this.on.basemapFailed(id, reason);
  }

  /** Pans a selected item into the part of the map no panel covers, if it is not there already. */
  private reveal(itemId: string): void {
    const map = this.map;
    const pt = this.screenPoint(itemId);
    const item = this.host.atlas?.itemById.get(itemId);
    if (!map || !pt || !item?.geometry) return;
    const { clientWidth: w, clientHeight: h } = map.getContainer();
    const margin = 40;
    if (pt.x > margin && pt.x < w - this.host.insetRight - margin && pt.y > margin && pt.y < h - margin) return;
    // Centre it in the uncovered part: shift the camera target right by half the inset.
    map.easeTo({ center: map.unproject([pt.x + this.host.insetRight / 2, pt.y]), duration: 400 });
  }

  private setState(ids: readonly string[], key: string, value: boolean): void {
    const sets = this.itemSources();
    for (const id of ids) for (const { source, sourceLayer } of sets) this.map?.setFeatureState({ source, sourceLayer, id }, { [key]: value });
  }

  /**
   * Sets the filters on the item layers of each source that draws something. A filter change
   * re-lays out every loaded tile of the layer's source in MapLibre's worker, and each source's
   * tiles coming back trigger a redraw: the empty GeoJSON source beside the tiles (no imported
   * file) would cost a whole redraw for nothing, so it gets the filters once it has features.
   */
  private applyFilters(map: MapLibreMap, filters: Filters, atlas: Atlas | null, redraw: boolean): void {
    let changed = false;
    for (const set of this.itemSources(atlas)) {
      const empty = set.source === ITEMS_SOURCE && !!atlas && geojsonItems(atlas).collection.features.length === 0;
      if (empty || this.filtered.get(set.source) === filters) continue;
      const expr = filterExpression(filters);
      for (const part of ITEM_PARTS) map.setFilter(layerId(set.source, part), layerFilter(part, expr, set));
      this.filtered.set(set.source, filters);
      changed = true;
    }
    // MapLibre hands the re-filtering to its worker when it next draws; drawing now starts
    // that work before the rest of the page lays out for the new filters.
    if (changed && redraw) map.redraw();
  }

  /**
   * The item sources drawn: the GeoJSON one, and with tiles the tile source too (the GeoJSON one
   * then holds only the user's imported files). Tiled first: it holds the dataset.
   */
  private itemSources(atlas = this.host.atlas): ItemSourceStyle[] {
    if (!atlas) return [{ source: ITEMS_SOURCE, dense: false }];
    // Per atlas: clicks and every mousemove ask, and the density check walks the features.
    let sets = sourcesCache.get(atlas);
    if (!sets) {
      const tiles = atlas.data.tiles;
      const own: ItemSourceStyle = { source: ITEMS_SOURCE, dense: isDense(geojsonItems(atlas).collection.features) };
      sets = tiles ? [{ source: TILES_SOURCE, sourceLayer: tiles.layer, dense: tiles.points > DENSE_POINTS }, own] : [own];
      sourcesCache.set(atlas, sets);
    }
    return sets;
  }

  private clickable(): string[] {
    return this.itemSources().flatMap((set) => CLICKABLE_PARTS.map((part) => layerId(set.source, part)));
  }

  private hover(f: MapGeoJSONFeature | undefined): void {
    const id = f ? String(f.properties['id']) : null;
    if (id === this.hovered || !this.map) return;
    if (this.hovered) this.setState([this.hovered], 'hover', false);
    if (id) this.setState([id], 'hover', true);
    this.hovered = id;
    this.map.getCanvas().style.cursor = id ? 'pointer' : '';
  }

  private currentView(): MapView {
    const m = this.map!;
    const c = m.getCenter();
    return { center: [c.lng, c.lat], zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() };
  }
}

/** The parts of an item source's style that follow its density. */
function drawDensity(map: MapLibreMap, set: ItemSourceStyle): void {
  for (const [part, [min, max]] of Object.entries(denseZoomRanges(set.dense))) map.setLayerZoomRange(layerId(set.source, part as DensePart), min, max);
  const fill = fillPaint(set.dense);
  for (const name of ['fill-antialias', 'fill-outline-color', 'fill-opacity'] as const) map.setPaintProperty(layerId(set.source, 'fill'), name, fill[name]);
  const line = layerId(set.source, 'line');
  map.setPaintProperty(line, 'line-width', lineWidth(set.dense));
  const ends = lineEnds(set.dense);
  map.setLayoutProperty(line, 'line-cap', ends['line-cap']);
  map.setLayoutProperty(line, 'line-join', ends['line-join']);
}

function isDense(features: readonly Feature[]): boolean {
  let points = 0;
  for (const f of features) if (f.geometry.type === 'Point' && ++points > DENSE_POINTS) return true;
  return false;
}

const sourcesCache = new WeakMap<Atlas, ItemSourceStyle[]>();

/** The features of the GeoJSON source: every located item, or with tiles only the imported ones (cached per atlas). */
/** Tile URLs in the manifest are relative to data/, like every data file. */
function tileUrl(template: string): string {
  // URL() would percent-encode the braces of {z}/{x}/{y}; MapLibre needs them as they are.
  return decodeURI(new URL(template, new URL('data/', document.baseURI)).href);
}

/** The inputs as plain values: the host's reactive properties are accessors, so spreading it copies nothing. */
function snapshot(h: MapInputs): MapInputs {
  const { atlas, filters, selection, highlight, hovered, view, lang, insetRight, basemap, context } = h;
  return { atlas, filters, selection, highlight, hovered, view, lang, insetRight, basemap, context };
}

function sameView(a: MapView, b: MapView): boolean {
  return Math.abs(a.center[0] - b.center[0]) < 1e-4 && Math.abs(a.center[1] - b.center[1]) < 1e-4 && Math.abs(a.zoom - b.zoom) < 0.01 && Math.abs(a.bearing - b.bearing) < 0.1 && Math.abs(a.pitch - b.pitch) < 0.1;
}

/**
 * Credits for every source drawn: the land polygons (their file names its own), the fishing-port
 * positions from 国土数値情報 (whose terms ask for this wording), and the plans themselves.
 */
function attributions(atlas: Atlas, lang: Lang): string[] {
  const land = (atlas.data.land as (FeatureCollection & { attribution?: string }) | null)?.attribution;
  const out = [land ?? '© OpenStreetMap contributors (ODbL)'];
  if (atlas.data.items.some((i) => i.properties.geometry_basis.includes('国土数値情報'))) out.push(t(lang, 'creditKsj'));
  out.push(t(lang, 'creditPlans'));
  return out;
}

function townPoints(atlas: Atlas): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: atlas.municipalities
      .filter((a) => a.office)
      .map((a) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: a.office! }, properties: { id: a.id, name_ja: a.name_ja, name_en: a.name_en ?? null } })),
  };
}

function firstPosition(g: Geometry): [number, number] {
  switch (g.type) {
    case 'Point':
      return g.coordinates as [number, number];
    case 'LineString':
      return g.coordinates[Math.floor(g.coordinates.length / 2)] as [number, number];
    case 'Polygon':
      return centroidOfRing(g.coordinates[0] as [number, number][]);
    default:
      return (g.type === 'GeometryCollection' ? [144.5, 43.3] : (g.coordinates.flat(3) as number[]).slice(0, 2)) as [number, number];
  }
}

function centroidOfRing(ring: [number, number][]): [number, number] {
  const n = ring.length - 1 || 1;
  let x = 0;
  let y = 0;
  for (let i = 0; i < n; i++) {
    x += ring[i]![0];
    y += ring[i]![1];
  }
  return [x / n, y / n];
}
