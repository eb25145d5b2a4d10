import { ContextConsumer } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Atlas } from '../domain/atlas.ts';
import { t } from '../domain/i18n.ts';
import { EMPTY_FILTERS, type Filters } from '../domain/filters.ts';
import type { BasemapId, MapView, Selection } from '../domain/state.ts';
import type { ContextLayerId, Lang } from '../domain/types.ts';
import { type MapInsets, NO_MAP_INSETS } from '../map/insets.ts';
import type { MapPick } from '../map/hits.ts';
import type { MapCallbacks, MapController } from '../map/map-controller.ts';
import type { Measure, RenderedFeature } from '../map/probe.ts';
import { send } from './events.ts';
import { type MapHandle, mapContext } from './map-context.ts';
import type { PickCloseEvent } from './pick-list.ts';
import './pick-list.ts';
import { mapControlStyles } from './styles.ts';

/**
 * MapLibre 6 draws with WebGL2. Only whether the browser has the API is asked here: making a
 * context to be sure (the page's first, in software GL) held the main thread ~1.1 s at start-up,
 * before the page's first paint, and MapLibre makes its own context anyway and says when it cannot
 * (MapController reports that as the map's failure). A browser with the API but no context fetches
 * the map's code in vain.
 */
const webgl2 = (): boolean => typeof WebGL2RenderingContext !== 'undefined';

let mapCode: Promise<typeof import('../map/index.ts')> | null = null;
const loadMapCode = () => (mapCode ??= import('../map/index.ts'));

/**
 * Fetches the map's code and starts MapLibre's workers while the data loads. The map element
 * appears only with the data, and fetching MapLibre then (283 KB gzip to parse, its workers to
 * start) put ~0.3–0.5 s between the data and the map's first frame.
 */
export function preloadMap(): void {
  if (!webgl2()) return;
  loadMapCode().then(
    (code) => code.warmWorkers(),
    // The map element reports a map that cannot load when it tries.
    () => undefined,
  );
}

/**
 * The map. All MapLibre work is in MapController, loaded as its own chunk when the element
 * connects (in parallel with the data), so the list, search and filters never wait for it.
 * This element gives it a container, turns its callbacks into app actions and attaches the
 * controller to the app's map handle (camera, idle, snapshot: components/map-context.ts). A click
 * on several items shows them in a pick list at the click. Its public methods are the hooks of
 * the end-to-end tests and the benchmark.
 */
export class AtlasMap extends LitElement {
  static override styles = [
    mapControlStyles,
    css`
      :host {
        display: block;
      }
      #map {
        position: absolute;
        inset: 0;
      }
      /* The credits stay in view left of a card that reaches the map's foot (the tour's caption). */
      #map .maplibregl-ctrl-bottom-right {
        right: var(--credits-right, 0px);
      }
      /* The hover name: small, and never in the pointer's way (it would take the hover from the map). */
      .item-tip {
        pointer-events: none;
      }
      .item-tip .maplibregl-popup-content {
        padding: 2px 8px;
        font-size: 0.8rem;
        font-family: 'Noto Sans JP', system-ui, sans-serif;
      }
    `,
  ];

  static override properties = {
    atlas: { attribute: false },
    filters: { attribute: false },
    selection: { attribute: false },
    highlight: { attribute: false },
    hovered: { attribute: false },
    view: { attribute: false },
    lang: {},
    insets: { attribute: false },
    projector: { type: Boolean },
    foldCredits: { type: Boolean },
    fontsReady: { type: Boolean },
    basemap: {},
    context: { attribute: false },
    picking: { state: true },
  };

  declare atlas: Atlas | null;
  declare filters: Filters;
  declare selection: Selection | null;
  declare highlight: readonly string[];
  declare hovered: string | null;
  declare view: MapView | null;
  declare lang: Lang;
  declare insets: MapInsets;
  declare projector: boolean;
  declare foldCredits: boolean;
  /** The fonts of the map's names are loaded (the map draws names only then). */
  declare fontsReady: boolean;
  declare basemap: BasemapId;
  declare context: readonly ContextLayerId[];
  /** The items under the last click, while the user chooses among them. */
  declare picking: MapPick | null;

  private controller: MapController | null = null;
  private loading: Promise<MapController> | null = null;
  private handle: MapHandle | null = null;
  /** Receives the app's map handle; the controller is attached to it once its code has loaded. */
  private readonly consumer = new ContextConsumer(this, { context: mapContext, callback: (handle) => (this.handle = handle) });
  private readonly callbacks: MapCallbacks = {
    select: (id) => {
      this.picking = null;
      send(this, { type: 'select', selection: id ? { kind: 'item', id } : null });
    },
    selectContext: (id) => {
      this.picking = null;
      send(this, { type: 'select', selection: { kind: 'context', id } });
    },
    pick: (pick) => (pick ? (this.picking = pick) : this.closePick(this.pickFocused())),
    basemapFailed: (id, reason) => {
      send(this, { type: 'set-basemap', basemap: 'offline' });
      this.dispatchEvent(new CustomEvent('atlas-basemap-failed', { detail: { id, reason }, bubbles: true, composed: true }));
    },
    basemapTileBroken: (file, reason) =>
      this.dispatchEvent(new CustomEvent('atlas-basemap-tile-broken', { detail: { file, reason }, bubbles: true, composed: true })),
    view: (view) => send(this, { type: 'set-view', view }),
    failed: (reason) => {
      this.handle?.fail(reason);
      this.dispatchEvent(new CustomEvent('atlas-map-failed', { detail: reason, bubbles: true, composed: true }));
    },
  };

  constructor() {
    super();
    this.atlas = null;
    this.filters = EMPTY_FILTERS;
    this.selection = null;
    this.highlight = [];
    this.hovered = null;
    this.view = null;
    this.lang = 'ja';
    this.insets = NO_MAP_INSETS;
    this.projector = false;
    this.foldCredits = false;
    this.fontsReady = false;
    this.basemap = 'offline';
    this.context = [];
    this.picking = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.loading) {
      this.loading = this.load();
      // A map that cannot run is reported by the 'failed' callback; the promise only serves waiters.
      this.loading.catch(() => undefined);
    }
    if (this.controller) this.handle?.attach(this.controller);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.controller) this.handle?.detach(this.controller);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    // Other data: the ids listed may be gone.
    if (changed.has('atlas')) this.picking = null;
    // The desk's panel ends above the credits; the tour's caption card runs down to the map's foot and would cover them.
    if (changed.has('insets') || changed.has('projector'))
      this.style.setProperty('--credits-right', `${this.projector ? this.insets.right : 0}px`);
  }

  override render() {
    return html`<div id="map" role="application" aria-label=${t(this.lang, 'mapLabel')}></div>${this.renderPick()}`;
  }

  /** The pick list beside the click, below it or above it (where there is more room), kept clear of the panels. */
  private renderPick() {
    const p = this.picking;
    if (!p) return nothing;
    const { right, bottom } = this.insets;
    const height = this.clientHeight - bottom;
    const place =
      p.y < height / 2
        ? { top: `${p.y + 12}px`, 'max-height': `${height - p.y - 20}px` }
        : { bottom: `${this.clientHeight - p.y + 12}px`, 'max-height': `${p.y - 20}px` };
    const left = `clamp(8px, ${p.x - 24}px, calc(100% - ${right}px - min(20rem, 100% - 16px) - 8px))`;
    return html`<pick-list style=${styleMap({ left, ...place })} .atlas=${this.atlas} .ids=${p.ids} .lang=${this.lang} @pick-close=${(e: PickCloseEvent) => this.closePick(e.refocus)}></pick-list>`;
  }

  /** The list is done with; `refocus`: the focus it had goes back to the map, where the click was. */
  private closePick(refocus: boolean): void {
    if (!this.picking) return;
    this.picking = null;
    if (refocus) this.focus();
  }

  private pickFocused(): boolean {
    return this.shadowRoot?.activeElement?.localName === 'pick-list';
  }

  private async load(): Promise<MapController> {
    if (!webgl2()) {
      this.callbacks.failed('WebGL2 is not available');
      throw new Error('WebGL2 is not available');
    }
    const { MapController, maplibreCss } = await loadMapCode();
    // MapLibre's stylesheet must live inside this shadow root; global CSS does not reach it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(maplibreCss);
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
    this.controller = new MapController(this, () => this.renderRoot.querySelector('#map'), this.callbacks);
    this.requestUpdate();
    await this.updateComplete;
    if (this.isConnected) this.handle?.attach(this.controller);
    return this.controller;
  }

  /** Resolves when the map has drawn everything asked of it; waits for the map's code first. */
  async whenIdle(): Promise<void> {
    const c = await (this.loading ?? Promise.reject(new Error('the map element is not connected')));
    return c.whenIdle();
  }

  renderedItemIds(): string[] {
    return this.controller?.renderedItemIds() ?? [];
  }

  renderedContextIds(): string[] {
    return this.controller?.renderedContextIds() ?? [];
  }

  featureState(itemId: string): Record<string, unknown> {
    return this.controller?.featureState(itemId) ?? {};
  }

  screenPoint(itemId: string): { x: number; y: number } | null {
    return this.controller?.screenPoint(itemId) ?? null;
  }

  /** What the map draws now on some layers (placed symbols only), for tests: properties and geometry. */
  renderedFeatures(layers: string[]): RenderedFeature[] {
    return this.controller?.renderedFeatures(layers) ?? [];
  }

  /** Screen position (CSS px within the map) of a place, and the map's zoom and metres per CSS pixel there. */
  measure(lngLat: [number, number]): Measure | null {
    return this.controller?.measure(lngLat) ?? null;
  }

  /** A timed camera flight, resolved when it ends: the bench's scripted flight. */
  async fly(center: [number, number], zoom: number, ms: number): Promise<void> {
    const c = await (this.loading ?? Promise.reject(new Error('the map element is not connected')));
    return c.flight(center, zoom, ms);
  }

  canvas(): HTMLCanvasElement | null {
    return this.controller?.canvas() ?? null;
  }

  /** The skip link's target: the map's canvas, where the arrow keys pan and +/- zoom. */
  override focus(options?: FocusOptions): void {
    this.canvas()?.focus(options);
  }
}

customElements.define('atlas-map', AtlasMap);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-map': AtlasMap;
  }
}
