import { LitElement, css, html, unsafeCSS } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import { EMPTY_FILTERS, type Filters } from '../domain/filters.ts';
import type { BasemapId, MapView, Selection } from '../domain/state.ts';
import type { ContextLayerId, Lang } from '../domain/types.ts';
import { MapController } from '../map/map-controller.ts';
import { maplibreCss } from '../map/maplibre-css.ts';
import { send } from './events.ts';

/**
 * The map. All MapLibre work is in MapController; this element gives it a container and
 * turns its callbacks into app actions. Its public methods are the test hooks.
 */
export class AtlasMap extends LitElement {
  static override styles = [
    unsafeCSS(maplibreCss),
    css`
      :host {
        display: block;
      }
      #map {
        position: absolute;
        inset: 0;
      }
      /* MapLibre's controls set their own font stack, which has no Japanese glyphs offline. */
      .maplibregl-ctrl,
      .maplibregl-ctrl-attrib {
        font-family: 'Noto Sans JP', system-ui, sans-serif;
      }
      .maplibregl-ctrl-attrib {
        font-size: 11px;
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
    insetRight: { type: Number },
    basemap: {},
    context: { attribute: false },
  };

  declare atlas: Atlas | null;
  declare filters: Filters;
  declare selection: Selection | null;
  declare highlight: readonly string[];
  declare hovered: string | null;
  declare view: MapView | null;
  declare lang: Lang;
  declare insetRight: number;
  declare basemap: BasemapId;
  declare context: readonly ContextLayerId[];

  private readonly controller = new MapController(this, () => this.renderRoot.querySelector('#map'), {
    select: (id) => send(this, { type: 'select', selection: id ? { kind: 'item', id } : null }),
    selectContext: (id) => send(this, { type: 'select', selection: { kind: 'context', id } }),
    basemapFailed: (id, reason) => {
      send(this, { type: 'set-basemap', basemap: 'offline' });
      this.dispatchEvent(new CustomEvent('atlas-basemap-failed', { detail: { id, reason }, bubbles: true, composed: true }));
    },
    view: (view) => send(this, { type: 'set-view', view }),
    failed: (reason) => this.dispatchEvent(new CustomEvent('atlas-map-failed', { detail: reason, bubbles: true, composed: true })),
  });

  constructor() {
    super();
    this.atlas = null;
    this.filters = EMPTY_FILTERS;
    this.selection = null;
    this.highlight = [];
    this.hovered = null;
    this.view = null;
    this.lang = 'ja';
    this.insetRight = 0;
    this.basemap = 'offline';
    this.context = [];
  }

  override render() {
    return html`<div id="map" role="application" aria-label=${this.lang === 'ja' ? '地図' : 'Map'}></div>`;
  }

  whenIdle(): Promise<void> {
    return this.controller.whenIdle();
  }

  renderedItemIds(): string[] {
    return this.controller.renderedItemIds();
  }

  renderedContextIds(): string[] {
    return this.controller.renderedContextIds();
  }

  featureState(itemId: string): Record<string, unknown> {
    return this.controller.featureState(itemId);
  }

  screenPoint(itemId: string): { x: number; y: number } | null {
    return this.controller.screenPoint(itemId);
  }

  fitTo(bounds: [number, number, number, number] | null): void {
    this.controller.fitTo(bounds);
  }

  flyTo(center: [number, number], zoom: number): void {
    this.controller.flyTo(center, zoom);
  }

  canvas(): HTMLCanvasElement | null {
    return this.controller.canvas();
  }

  snapshot(ratio = 2): Promise<HTMLCanvasElement | null> {
    return this.controller.snapshot(ratio);
  }

  attributions(): string[] {
    return this.controller.attributions();
  }

  currentView(): MapView | null {
    return this.controller.view();
  }
}

customElements.define('atlas-map', AtlasMap);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-map': AtlasMap;
  }
}
