import './workers.ts';
import { ProjectorTheme } from './projector.ts';
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import { nameOf } from '../domain/i18n.ts';
import { settleOnce } from '../domain/settle-once.ts';
import type { Filters } from '../domain/filters.ts';
import type { BasemapId, MapView, Selection } from '../domain/state.ts';
import type { ContextLayerId, Lang } from '../domain/types.ts';
import { type BBox, type MapApi, sameView } from './api.ts';
import { BasemapWatch } from './basemap-watch.ts';
import { BrokenTiles, type TileError } from './broken-tiles.ts';
import { relabelControls } from './controls.ts';
import { creditsFor, placeAttribution } from './credits.ts';
import { type MapInsets, centreOffset, fitPadding, inView, revealTarget } from './insets.ts';
import { categoryIcons } from './icons.ts';
import { CONTEXT_LAYER_IDS } from './layers/context.ts';
import { ONLINE_BASEMAPS, ONLINE_SOURCE, onlineLayer } from './layers/online-basemaps.ts';
import { CLICKABLE_PARTS, type ItemSourceStyle, itemLabelDrop, layerId } from './layers/infrastructure.ts';
import { itemLabelSize } from './layers/projector.ts';
import { ItemFilters } from './item-filters.ts';
import { itemSources, showItems } from './item-sources.ts';
import { serveImportedTiles } from './imported-protocol.ts';
import * as probe from './probe.ts';
import { snapshot } from './snapshot.ts';
import { buildStyle } from './style.ts';
import { showFirstData } from './first-data.ts';
import { nameFieldOf, nameText, namedLayers, withoutNames } from './names.ts';
import { showArea } from './area-view.ts';
import { setVisibleIfChanged } from './style-changes.ts';
import { REGION_BOUNDS, mapOptions } from './map-options.ts';
import { MapPointer, type PointerCallbacks } from './pointer.ts';

/** What the host element gives the map. The controller applies only the fields that changed. */
export interface MapInputs {
  atlas: Atlas | null;
  filters: Filters;
  selection: Selection | null;
  /** Items to emphasise (the chosen project's or KPI's infrastructure). */
  highlight: readonly string[];
  /** The item the list points at (hover or keyboard focus). */
  hovered: string | null;
  /** The view the map starts at (null: the whole region); later views come through `jump`. */
  view: MapView | null;
  lang: Lang;
  /** Pixels of each side covered by panels (the desk's on the right, the phone's sheet below): the map keeps selected items out from under them. */
  insets: MapInsets;
  basemap: BasemapId;
  context: readonly ContextLayerId[];
  /** The projector theme (a tour is running): darker sea, larger labels, stronger lines. */
  projector: boolean;
  /** The credits start folded to their button (a phone: unfolded, they cover the bottom of the map). */
  foldCredits: boolean;
  /** The fonts of the names are loaded: until then the map draws no names (see names.ts). */
  fontsReady: boolean;
}

/** Inputs applied when they change (the start view is read once, when the map is made). */
type Applied = Omit<MapInputs, 'view'>;

export interface MapCallbacks extends PointerCallbacks {
  /** The chosen online basemap could not load; the embedded one is back. */
  basemapFailed(id: BasemapId, reason: string): void;
  /** A basemap tile (its file under data/) could not be read: the rest of the map draws without it. */
  basemapTileBroken(file: string, reason: string): void;
  /** The camera came to rest (after the user or a fit moved it): the state's view follows. */
  view(view: MapView): void;
  failed(reason: string): void;
}

export type MapHost = ReactiveControllerHost & HTMLElement & MapInputs;

/** The one owner of the MapLibre map: makes it, applies what changed, answers the MapApi. */
export class MapController implements ReactiveController, MapApi {
  private map: MapLibreMap | null = null;
  private applied: Partial<Applied> = {};
  private readonly projectorTheme = new ProjectorTheme();
  private readonly itemFilters = new ItemFilters();
  /** Whether each item source's layers are drawn for dense data. */
  private drawnDense = new Map<string, boolean>();
  private ready = false;
  /** Before 'load': whether the style has parsed (the names may be set from then on). */
  private styleLoaded = false;
  /** The frame that shows a new selection on the map (and may pan to it), until it has run. */
  private selectionFrame: Promise<void> = Promise.resolve();
  private unserve: (() => void) | null = null;
  /** Resolved once the names are drawn with their fonts: the map is complete only then. */
  private named = settleOnce();
  private attribution: AttributionControl | null = null;
  private readonly brokenTiles = new BrokenTiles();
  private readonly basemapWatch = new BasemapWatch((id, reason) => {
    this.showBasemap('offline');
    this.on.basemapFailed(id, reason);
  });

  constructor(
    private readonly host: MapHost,
    private readonly container: () => HTMLElement | null,
    private readonly on: MapCallbacks,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // Made at once, data or not: the map's start (its WebGL context and shaders, the basemap)
    // takes a second or more of software GL, and the data takes as long to load and check.
    if (!this.map) this.create(this.host.atlas);
    if (this.ready) this.apply();
    else this.nameEarly();
  }

  /**
   * Before the map's 'load' (its first complete frame) the names go on as soon as their faces are
   * in and the style has parsed. Set at 'load', they came after the first tiles had been laid out
   * without them, and those were laid out again.
   */
  private nameEarly(): void {
    const map = this.map;
    const { fontsReady, lang } = this.host;
    if (!map || !this.styleLoaded || fontsReady === this.applied.fontsReady) return;
    this.applied.fontsReady = fontsReady;
    this.setNames(map, lang, fontsReady);
  }

  /** The name layers' text: the names in `lang`, or none until their faces are in. */
  private setNames(map: MapLibreMap, lang: Lang, fontsReady: boolean): void {
    for (const layer of namedLayers(this.itemSources()))
      if (map.getLayer(layer.id)) map.setLayoutProperty(layer.id, 'text-field', nameText(layer, nameFieldOf(lang), fontsReady));
  }

  hostDisconnected(): void {
    this.basemapWatch.stop();
    this.unserve?.();
    this.map?.remove();
    this.map = null;
    this.ready = false;
    this.styleLoaded = false;
    this.attribution = null;
    this.applied = {};
    this.itemFilters.clear();
    this.drawnDense.clear();
    this.named = settleOnce();
  }

  async whenIdle(): Promise<void> {
    const map = this.map;
    if (!map) throw new Error('the map is not running');
    // The map is drawn without names until their fonts are in (a few tenths of a second after
    // the data): an idle before that is not the map asked for.
    await this.named.promise;
    if (this.map !== map) throw new Error('the map is not running');
    // A selection's frame still to come would change the map after an idle fired before it
    // (a hover's redraw queued ahead of it can go idle in between): wait for it first.
    await this.selectionFrame;
    if (this.map !== map) throw new Error('the map is not running');
    return new Promise((resolve) => {
      map.once('idle', () => resolve());
      // A map still loading will draw and go idle by itself; an extra frame would only delay it.
      if (map.loaded()) map.triggerRepaint();
    });
  }

  renderedItemIds(): string[] {
    return this.map && this.ready ? probe.renderedItemIds(this.map, this.clickable()) : [];
  }

  renderedContextIds(): string[] {
    return this.map && this.ready ? probe.renderedContextIds(this.map) : [];
  }

  featureState(itemId: string): Record<string, unknown> {
    return this.map && this.ready ? probe.featureState(this.map, this.itemSources(), itemId) : {};
  }

  screenPoint(itemId: string): { x: number; y: number } | null {
    return this.map ? probe.screenPoint(this.map, this.host.atlas, itemId) : null;
  }

  /** Features drawn now on the given layers (symbol layers: only the placed ones), as plain data. */
  renderedFeatures(layers: string[]): probe.RenderedFeature[] {
    return this.map && this.ready ? probe.renderedFeatures(this.map, layers) : [];
  }

  measure(lngLat: [number, number]): probe.Measure | null {
    return this.map ? probe.measure(this.map, lngLat) : null;
  }

  fit(bounds: BBox | null): void {
    const below = itemLabelDrop(itemLabelSize(this.host.projector));
    this.map?.fitBounds(bounds ?? REGION_BOUNDS, { padding: fitPadding(this.host.insets, 60, below), maxZoom: 12 });
  }

  jump(view: MapView): void {
    if (!this.map || sameView(view, this.currentView())) return;
    this.map.jumpTo({ center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch });
  }

  canvas(): HTMLCanvasElement | null {
    return this.map?.getCanvas() ?? null;
  }

  async snapshot(ratio = 2): Promise<HTMLCanvasElement | null> {
    return this.map ? snapshot(this.map, ratio, () => this.whenIdle()) : null;
  }

  /** A camera flight of `ms` milliseconds; resolves when it ends (for scripted flights in the bench). */
  flight(center: [number, number], zoom: number, ms: number): Promise<void> {
    const map = this.map;
    if (!map) return Promise.resolve();
    return new Promise((resolve) => {
      map.once('moveend', () => resolve());
      map.flyTo({ center, zoom, duration: ms, essential: true });
    });
  }

  fly(center: [number, number], zoom: number): void {
    this.map?.flyTo({ center, zoom, offset: centreOffset(this.host.insets) });
  }

  attributions(): string[] {
    return this.host.atlas ? creditsFor(this.host.atlas, this.host.lang, this.host) : [];
  }

  /** The credits control for what is drawn (replaced when that, the language or the folding changes). */
  private addAttribution(map: MapLibreMap, atlas: Atlas, lang: Lang): void {
    this.attribution = placeAttribution(map, this.attribution, atlas, lang, this.host);
  }

  view(): MapView | null {
    return this.map ? this.currentView() : null;
  }

  private create(atlas: Atlas | null): void {
    const container = this.container();
    if (!container) return;
    const { lang, fontsReady } = this.host;
    const itemSources = this.itemSources(atlas);
    const style = buildStyle({ atlas, nameField: nameFieldOf(lang), context: this.host.context, filters: this.host.filters, itemSources });
    try {
      this.map = new MapLibreMap(mapOptions(container, this.host, fontsReady ? style : withoutNames(style, itemSources)));
    } catch (e) {
      // Without WebGL2 MapLibre says so in a paragraph of English with a link; the banner already
      // says it in the UI's language, and needs only the short reason.
      const reason = (e as Error).message;
      this.on.failed(/webgl/i.test(reason) ? 'WebGL2 is not available' : reason);
      return;
    }
    this.unserve = serveImportedTiles(() => this.host.atlas);
    for (const set of itemSources) {
      this.itemFilters.filtered.set(set.source, this.host.filters);
      this.drawnDense.set(set.source, set.dense);
    }
    const map = this.map;
    // Until 'load' only the names are applied (nameEarly), recorded here.
    this.applied = { fontsReady };
    map.once('style.load', () => {
      this.styleLoaded = true;
      this.nameEarly();
    });
    map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 160 }), 'top-left');
    // The credits follow the data (they name the sources it draws): added with it.
    if (atlas) this.addAttribution(map, atlas, lang);
    // Symbols ask for their icons as soon as the style parses, before 'load'; the resolver
    // supplies them for that very request (an event listener would be too late for it).
    const icons = new Map(categoryIcons().map((i) => [i.name, i]));
    map.setMissingStyleImageResolver((id) => {
      const icon = icons.get(id);
      if (icon && !map.hasImage(id)) map.addImage(id, icon.image, { pixelRatio: icon.pixelRatio });
    });
    map.on('load', () => {
      this.ready = true;
      // fontsReady: as created, or as nameEarly set it since.
      this.applied = { atlas, lang, fontsReady: this.applied.fontsReady, filters: undefined, foldCredits: this.host.foldCredits };
      this.apply(false);
    });
    new MapPointer(
      map,
      { clickable: () => this.clickable(), name: (id) => this.nameOf(id), hoverState: (id, on) => this.setState([id], 'hover', on) },
      this.on,
    );
    map.on('data', (e) => {
      const { sourceId, tile } = e as unknown as { sourceId?: string; tile?: unknown };
      if (sourceId === ONLINE_SOURCE && tile) this.basemapWatch.tileLoaded();
    });
    // The state's view follows the camera once the data is in: until the app has read the link
    // against the data, writing the camera into the URL would erase what the link named that does
    // not exist before it is said (the map now starts while the data loads).
    map.on('moveend', () => this.host.atlas && this.on.view(this.currentView()));
    map.on('zoom', () => this.applied.filters && this.itemFilters.zoomed(map, this.applied.filters, this.applied.atlas ?? null));
    map.on('error', (e) => {
      // Source errors carry the id of their source (MapLibre adds it when it forwards them).
      const tileError = e as unknown as TileError;
      if (tileError.sourceId === ONLINE_SOURCE) return this.basemapWatch.tileFailed(e.error.message);
      const broken = this.brokenTiles.newlyBroken(tileError);
      if (broken) return this.on.basemapTileBroken(broken, e.error.message);
      console.warn('map:', e.error.message);
    });
  }

  /** `redraw`: false while MapLibre is drawing (its 'load' event), which must not draw again. */
  private apply(redraw = true): void {
    const map = this.map;
    if (!map) return;
    const h = this.host;
    const was = this.applied;
    if (h.atlas !== was.atlas && h.atlas) {
      const drawn = { filters: h.filters, nameField: nameFieldOf(h.lang), dense: this.drawnDense, filtered: this.itemFilters.filtered };
      if (!was.atlas) showFirstData(map, h.atlas, drawn, h.fontsReady);
      if (showItems(map, h.atlas, was.atlas ?? null, drawn) && h.projector) this.projectorTheme.reapply(map);
    }
    if (h.filters !== was.filters || h.atlas !== was.atlas) this.itemFilters.apply(map, h.filters, h.atlas, redraw);
    if (h.selection !== was.selection || h.filters?.border !== was.filters?.border || h.atlas !== was.atlas) showArea(map, h);
    if (h.selection !== was.selection) {
      const [before, now] = [was.selection, h.selection];
      // The panel paints first; the map's redraw (100+ ms on a software GPU) waits one frame,
      // so it does not hold back the frame that shows what was clicked.
      this.selectionFrame = new Promise((resolve) =>
        requestAnimationFrame(() => {
          resolve();
          if (this.map !== map) return;
          this.setState(before?.kind === 'item' ? [before.id] : [], 'selected', false);
          this.setState(now?.kind === 'item' ? [now.id] : [], 'selected', true);
          if (now?.kind === 'item') this.reveal(now.id);
        }),
      );
    }
    if (h.context !== was.context) {
      for (const [id, layers] of Object.entries(CONTEXT_LAYER_IDS) as [ContextLayerId, string[]][]) {
        for (const layer of layers) setVisibleIfChanged(map, layer, h.context.includes(id));
      }
    }
    if (h.basemap !== was.basemap) this.showBasemap(h.basemap);
    if (h.projector !== was.projector) this.projectorTheme.set(map, h.projector);
    if (h.hovered !== was.hovered) {
      this.setState(was.hovered ? [was.hovered] : [], 'hover', false);
      this.setState(h.hovered ? [h.hovered] : [], 'hover', true);
    }
    if (h.highlight !== was.highlight) {
      this.setState(was.highlight ?? [], 'highlight', false);
      this.setState(h.highlight, 'highlight', true);
    }
    const credits = h.lang !== was.lang || h.atlas !== was.atlas || h.basemap !== was.basemap || h.context !== was.context;
    // On 'load' (was.lang set then) the credits are there if the data was.
    if (was.lang && h.atlas && (credits || h.foldCredits !== was.foldCredits)) this.addAttribution(map, h.atlas, h.lang);
    if (h.lang !== was.lang && was.lang) relabelControls(map.getContainer(), h.lang);
    if (h.lang !== was.lang || h.fontsReady !== was.fontsReady) this.setNames(map, h.lang, h.fontsReady);
    if (h.atlas && h.fontsReady) this.named.settle();
    this.applied = applied(h);
  }

  /** Puts the chosen online basemap over the embedded one, watched until its first tile arrives. */
  private showBasemap(id: BasemapId): void {
    const map = this.map!;
    this.basemapWatch.stop();
    if (map.getLayer(ONLINE_SOURCE)) map.removeLayer(ONLINE_SOURCE);
    if (map.getSource(ONLINE_SOURCE)) map.removeSource(ONLINE_SOURCE);
    if (id === 'offline') return;
    map.addSource(ONLINE_SOURCE, ONLINE_BASEMAPS[id]);
    map.addLayer(onlineLayer(), 'boundaries');
    this.basemapWatch.start(id);
  }

  /** Pans a selected item into the part of the map no panel covers, if it is not there already. */
  private reveal(itemId: string): void {
    const map = this.map;
    const pt = this.screenPoint(itemId);
    if (!map || !pt) return;
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const insets = this.host.insets;
    if (inView(pt, { width, height }, insets, 40)) return;
    const to = revealTarget(pt, insets);
    map.easeTo({ center: map.unproject([to.x, to.y]), duration: 400 });
  }

  private setState(ids: readonly string[], key: string, value: boolean): void {
    const sets = this.itemSources();
    for (const id of ids)
      for (const { source, sourceLayer } of sets) this.map?.setFeatureState({ source, sourceLayer, id }, { [key]: value });
  }

  private itemSources(atlas = this.host.atlas): ItemSourceStyle[] {
    return itemSources(atlas);
  }

  private clickable(): string[] {
    return this.itemSources().flatMap((set) => CLICKABLE_PARTS.map((part) => layerId(set.source, part)));
  }

  private nameOf(itemId: string): string | null {
    const item = this.host.atlas?.itemById.get(itemId);
    return item ? nameOf(this.host.lang, item.properties) : null;
  }

  private currentView(): MapView {
    const m = this.map!;
    const c = m.getCenter();
    return { center: [c.lng, c.lat], zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() };
  }
}

/** The inputs as plain values: the host's reactive properties are accessors, so spreading it copies nothing. */
function applied(h: MapInputs): Applied {
  const { atlas, filters, selection, highlight, hovered, lang, insets, basemap, context, projector, foldCredits, fontsReady } = h;
  return { atlas, filters, selection, highlight, hovered, lang, insets, basemap, context, projector, foldCredits, fontsReady };
}
