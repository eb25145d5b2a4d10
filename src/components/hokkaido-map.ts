import { LitElement, css, html } from 'lit';
import type { FeatureCollection } from 'geojson';
import { t } from '../domain/i18n.ts';
import type { Lang } from '../domain/types.ts';
import type { RegionMap, RegionMapInputs } from '../map/region-map.ts';
import { mapControlStyles } from './styles.ts';

/** A 振興局 was clicked on the Hokkaido map (its area id), or the sea (null). */
export class RegionPickEvent extends CustomEvent<string | null> {
  static readonly type = 'region-pick';
  constructor(id: string | null) {
    super(RegionPickEvent.type, { detail: id, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'region-pick': RegionPickEvent;
  }
}

/**
 * The Hokkaido view's map. Its MapLibre code (RegionMap) is loaded as its own chunk when the
 * element connects; the element gives it a container and passes the inputs down. Its public
 * methods are the test hooks.
 */
export class HokkaidoMap extends LitElement {
  static override styles = [
    mapControlStyles,
    css`
      :host {
        display: block;
        position: relative;
        min-height: 18rem;
      }
      #map {
        position: absolute;
        inset: 0;
      }
      .maplibregl-ctrl {
        font-size: 11px;
      }
    `,
  ];

  static override properties = {
    subprefectures: { attribute: false },
    renkei: { attribute: false },
    values: { attribute: false },
    range: { attribute: false },
    selected: { attribute: false },
    credit: {},
    lang: {},
    cooperative: { type: Boolean },
  };

  declare subprefectures: FeatureCollection | null;
  declare renkei: FeatureCollection | null;
  declare values: ReadonlyMap<string, number>;
  declare range: [number, number];
  declare selected: readonly string[];
  declare credit: string;
  declare lang: Lang;
  /** One finger scrolls the view, two move the map (a phone or tablet). */
  declare cooperative: boolean;

  private map: RegionMap | null = null;
  private loading: Promise<RegionMap> | null = null;
  private readonly resizer = new ResizeObserver(() => this.map?.resize());

  constructor() {
    super();
    this.subprefectures = null;
    this.renkei = null;
    this.values = new Map();
    this.range = [0, 1];
    this.selected = [];
    this.credit = '';
    this.lang = 'ja';
    this.cooperative = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer.disconnect();
    this.map?.stop();
    this.map = null;
    this.loading = null;
  }

  override render() {
    return html`<div id="map" role="img" aria-label=${t(this.lang, 'hokkaidoMapLabel')}></div>`;
  }

  protected override updated(): void {
    const inputs = this.inputs();
    if (!inputs) return;
    if (this.map) this.map.update(inputs);
    else this.loading ??= this.load(inputs);
  }

  private inputs(): RegionMapInputs | null {
    if (!this.subprefectures || !this.renkei) return null;
    return {
      subprefectures: this.subprefectures,
      renkei: this.renkei,
      values: this.values,
      range: this.range,
      selected: this.selected,
      credit: this.credit,
      lang: this.lang,
      cooperative: this.cooperative,
    };
  }

  private async load(inputs: RegionMapInputs): Promise<RegionMap> {
    const [{ RegionMap }, { maplibreCss }] = await Promise.all([import('../map/region-map.ts'), import('../map/maplibre-css.ts')]);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(maplibreCss);
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
    const map = new RegionMap({
      select: (id) => this.dispatchEvent(new RegionPickEvent(id)),
      failed: (reason) => this.dispatchEvent(new CustomEvent('atlas-map-failed', { detail: reason, bubbles: true, composed: true })),
    });
    map.start(this.renderRoot.querySelector('#map') as HTMLElement, inputs);
    this.map = map;
    return map;
  }

  /** Resolves once the map has drawn what it was given (waits for the map's code first). */
  async whenIdle(): Promise<void> {
    await this.updateComplete;
    const map = await (this.loading ?? Promise.reject(new Error('the Hokkaido map has no boundaries yet')));
    return map.whenIdle();
  }

  renderedSubprefectures(): string[] {
    return this.map?.renderedSubprefectures() ?? [];
  }

  pointOf(id: string): [number, number] | null {
    return this.map?.pointOf(id) ?? null;
  }

  featureState(id: string): Record<string, unknown> {
    return this.map?.featureState(id) ?? {};
  }
}

customElements.define('hokkaido-map', HokkaidoMap);

declare global {
  interface HTMLElementTagNameMap {
    'hokkaido-map': HokkaidoMap;
  }
}
