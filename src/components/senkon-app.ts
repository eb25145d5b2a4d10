import { ContextProvider } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { boundsOf } from '../domain/analysis.ts';
import { isEmpty as isEmptyFilters } from '../domain/filters.ts';
import { framesOnSelect, highlightedItems } from '../domain/highlight.ts';
import { t } from '../domain/i18n.ts';
import { droppedNotice, knownIds } from '../domain/known-ids.ts';
import { isUserTourKey } from '../domain/tour.ts';
import { geojsonItems } from '../domain/map-features.ts';
import type { Action } from '../domain/state.ts';
import { DataController } from './app/data-controller.ts';
import { afterFirstDraw, preloadFonts } from './app/fonts.ts';
import { ImportController } from './app/import-controller.ts';
import { LayoutController, closesDrawer } from './app/layout-controller.ts';
import { UserToursController } from './app/user-tours-controller.ts';
import { appStyles } from './app/senkon-app.css.ts';
import { compactStyles } from './app/compact.css.ts';
import { AppStore } from './app/store.ts';
import { FitEvent, HoverEvent } from './events.ts';
import { FocusController, type Layer } from './app/focus-controller.ts';
import { HandoutController } from './app/handout-controller.ts';
import { headerActions } from './app/header-actions.ts';
import type { SheetEvent } from './bottom-sheet.ts';
import type { LoadedLine } from '../domain/import/summary.ts';
import { loadedLineTpl } from './message-text.ts';
import { hokkaidoOverlay } from './hokkaido-overlay.ts';
import { loadFeaturePanel, loadFilterChips, loadKpiOverview, loadTourPlayer } from './app/lazy-views.ts';
import { ensure } from './lazy.ts';
import { MapHandle, mapContext } from './map-context.ts';
import { projectorTheme } from './projector.css.ts';
import { baseStyles, themeVars } from './styles.ts';
import { ReportController } from './report-controller.ts';
import { TourController } from './tour-controller.ts';
import type { TourStepEvent } from './tour-player.ts';
import './atlas-map.ts';
import './bottom-sheet.ts';
import './data-banner.ts';
import './filter-panel.ts';
import './item-list.ts';
import './layer-legend.ts';
import './search-box.ts';

const dataBase = (): string => new URL('data/', document.baseURI).href;

/**
 * The app's layout. Its jobs are controllers: the one state and the URL (store), the data and
 * the user's files (data, import), the tour, the layout mode; the map's camera is the map handle
 * it provides to the elements below (map-context.ts).
 */
export class SenkonApp extends LitElement {
  static override styles = [themeVars, projectorTheme, baseStyles, appStyles, compactStyles];

  static override properties = {
    mapFailure: { state: true },
    hovered: { state: true },
    filtersOpen: { state: true },
    notice: { state: true },
  };

  declare mapFailure: string | null;
  /** The item under the pointer or keyboard focus in the list: transient, not in the URL. */
  declare hovered: string | null;
  /** Whether the filter section is expanded; opens by itself when a link brings filters. */
  declare filtersOpen: boolean;
  /** A quiet notice: the online basemap that could not load, or the files imported (a line each, said in the UI language). */
  declare notice: string | readonly LoadedLine[] | null;

  private readonly map = new MapHandle();
  private readonly mapProvider = new ContextProvider(this, { context: mapContext, initialValue: this.map });
  private readonly store = new AppStore(this, undefined, (state) => state.view && this.map.jump(state.view));
  private readonly data = new DataController(this, {
    base: dataBase,
    beforeShow: preloadFonts,
    onComplete: (atlas) => this.restoreChecked(knownIds(atlas, this.tours.knownKeys())),
  });
  private readonly imports = new ImportController(this, {
    add: (layers) => this.data.addImported(layers),
    done: (lines) => (this.notice = lines),
    progress: (p) =>
      (this.notice =
        'adding' in p
          ? t(this.state.lang, 'importAdding', { n: p.adding })
          : t(this.state.lang, 'importReading', { done: p.done, total: p.total })),
  });
  private readonly userTours = new UserToursController(this, (key, index, fullscreen) => this.tours.play(key, index, fullscreen));
  private readonly tours = new TourController(this, dataBase, this.map, this.userTours);
  private readonly layout = new LayoutController(
    this,
    () => this.state,
    () => this.renderRoot.querySelector('main'),
  );
  private readonly reports = new ReportController(this);
  private readonly handouts = new HandoutController(this, this.map, this.tours, {
    highlighted: () => this.highlight.length > 0,
    coveredRight: () => this.layout.insetRight,
  });
  private readonly focuses = new FocusController(this, {
    // The sidebar is a drawer only on a phone or tablet; on the desk it hides nothing.
    target: (layer: Layer) =>
      layer === 'drawer' && !this.layout.drawer
        ? null
        : this.renderRoot.querySelector<HTMLElement>(layer === 'drawer' ? 'aside' : layer === 'panel' ? 'feature-panel' : '.overlay'),
    drawerOpen: () => this.layout.drawerOpen,
    closeDrawer: () => this.layout.setDrawer(false),
    fallback: () => this.renderRoot.querySelector<HTMLElement>(this.layout.drawer ? 'button.menu' : 'atlas-map'),
  });
  /** Items to emphasise, recomputed only when the selection, the tour scene or the data change. */
  private highlight: readonly string[] = [];
  private highlightKey: unknown[] = [];

  constructor() {
    super();
    this.mapFailure = null;
    this.hovered = null;
    this.notice = null;
    this.filtersOpen = !isEmptyFilters(this.state.filters);
    this.store.setKnownIds(() => (this.atlas ? knownIds(this.atlas, this.tours.knownKeys()) : undefined));
    this.store.onAction((action) => {
      this.frameChoice(action);
      if (closesDrawer(action)) this.layout.setDrawer(false);
    });
    this.addEventListener(HoverEvent.type, (e) => (this.hovered = e.detail));
    this.addEventListener(FitEvent.type, (e) => {
      // On a phone or tablet the drawer gives way to the map it frames.
      this.layout.setDrawer(false);
      if (e.detail === 'results') this.fitItems(this.atlas?.filtered(this.state.filters) ?? []);
      else this.map.fit(e.detail);
    });
  }

  /** The one app state (the store's); read by the tour controller and the benchmark. */
  get state() {
    return this.store.state;
  }

  get atlas() {
    return this.data.atlas;
  }

  get issues() {
    return this.data.issues;
  }

  get itemsLoading() {
    return this.data.itemsLoading;
  }

  /** Applies an action to the one state (the tour controller's way in). */
  dispatch(action: Action): void {
    this.store.dispatch(action);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override willUpdate(): void {
    const { selection, tour } = this.state;
    const key = [this.atlas, selection, tour];
    if (key.some((k, i) => k !== this.highlightKey[i])) {
      this.highlightKey = key;
      this.highlight = highlightedItems(this.atlas, selection, this.atlas && tour ? this.tours.highlight(this.atlas) : undefined);
    }
    // Only on a change: setting it restyles the whole document, even to the same value.
    if (document.documentElement.lang !== this.state.lang) document.documentElement.lang = this.state.lang;
  }

  override updated(): void {
    // After render, so the map (a property of this render) updates before the context's
    // consumers: its tile work starts while the panels count and lay out.
    this.store.publish({ atlas: this.atlas, itemsLoading: this.itemsLoading });
  }

  override render() {
    const { lang, overlay, selection } = this.state;
    const drawer = this.layout.drawer;
    const open = drawer && this.layout.drawerOpen;
    const actions = headerActions({
      state: this.state,
      dispatch: (a) => this.dispatch(a),
      hasTour: !!this.tours.tour,
      noData: !this.atlas,
      noMap: !this.atlas || !!this.mapFailure,
      startTour: () => this.tours.start(),
      makingTour: this.userTours.open,
      makeTour: () => this.userTours.toggle(this.atlas),
      handout: (print) => void this.handouts.handout(print),
      printTour: () => void this.handouts.printTour(),
    });
    return html`
      <div class="skip" part="print-hide">
        <button @click=${() => this.skipTo('atlas-map')}>${t(lang, 'skipToMap')}</button>
        <button @click=${() => this.skipTo('item-list')}>${t(lang, 'skipToList')}</button>
      </div>
      <header .inert=${open}>
        ${
          drawer
            ? html`<button class="menu" part="print-hide" aria-haspopup="dialog" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.layout.setDrawer(true)}>
              <span aria-hidden="true">☰</span> ${t(lang, 'menu')}
            </button>`
            : nothing
        }
        <h1>${t(lang, 'appTitle')}</h1>
        <p class="muted subtitle">${t(lang, 'appSubtitle')}</p>
        ${drawer ? nothing : actions}
      </header>
      ${open ? html`<div class="scrim" part="print-hide" @click=${() => this.layout.setDrawer(false)}></div>` : nothing}
      <aside part="print-hide" tabindex="-1" class=${open ? 'open' : ''} .inert=${drawer && !open} role=${ifDefined(drawer ? 'dialog' : undefined)} aria-modal=${ifDefined(open ? 'true' : undefined)} aria-label=${ifDefined(drawer ? t(lang, 'menu') : undefined)}>
        ${
          drawer
            ? html`<div class="drawer-head">
                <span>${t(lang, 'menu')}</span>
                <button class="drawer-close" aria-label=${t(lang, 'menuClose')} @click=${() => this.layout.setDrawer(false)}>✕</button>
              </div>
              ${actions}`
            : nothing
        }
        <search-box></search-box>
        <label class="import">
          <input type="file" accept=".geojson,.json,.csv,.tsv,.txt,.xlsx,text/csv,application/geo+json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" multiple @change=${this.imports.onPick} />
          ${t(lang, 'importFile')}
        </label>
        <details id="filters" ?open=${this.filtersOpen} @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}>
          <summary>${t(lang, 'filters')}</summary>
          <filter-panel .open=${this.filtersOpen}></filter-panel>
        </details>
        <layer-legend></layer-legend>
        ${!isEmptyFilters(this.state.filters) && ensure(loadFilterChips) ? html`<filter-chips></filter-chips>` : nothing}
        <item-list></item-list>
      </aside>
      <main .inert=${open}>
        ${this.atlas ? this.renderMap() : this.renderProgress()}
        ${this.itemsLoading ? html`<div class="items-loading">${this.renderProgress('itemsLoading')}</div>` : nothing}
        ${this.renderSampleNote()}
        <data-banner .issues=${this.issues} .importErrors=${this.imports.errors} .mapFailure=${this.mapFailure} .lang=${lang}></data-banner>
        ${this.imports.dragging ? html`<div class="drop" aria-hidden="true">${t(lang, 'importDrop')}</div>` : nothing}
        ${
          this.notice
            ? html`<p class="notice" role="status">
              <span class="lines">${typeof this.notice === 'string' ? this.notice : this.notice.map((line, i) => [i ? '\n' : '', loadedLineTpl(lang, line)])}</span>
              <button aria-label=${t(lang, 'close')} @click=${() => (this.notice = null)}>✕</button>
            </p>`
            : nothing
        }
        ${
          overlay === 'kpis' && this.atlas && ensure(loadKpiOverview)
            ? html`<section class="overlay" tabindex="-1" aria-label=${t(lang, 'kpiOverview')}>
              <button class="close" aria-label=${t(lang, 'close')} @click=${() => this.dispatch({ type: 'set-overlay', overlay: null })}>✕</button>
              <kpi-overview .atlas=${this.atlas} .lang=${lang}></kpi-overview>
            </section>`
            : nothing
        }
        ${hokkaidoOverlay(this.atlas, this.state, (a) => this.dispatch(a), this.layout.screen !== 'desk')}
        ${this.userTours.render({ state: this.state, atlas: this.atlas, highlight: this.highlight })}
        ${this.tours.blank && this.state.tour ? html`<div class="blank" aria-hidden="true"></div>` : nothing}
        <div class="panel-area" part="panel-area">
          ${
            this.state.tour && this.tours.tour && ensure(loadTourPlayer)
              ? html`<tour-player .atlas=${this.atlas} .tour=${this.tours.tour} .index=${this.tours.index} .lang=${lang} .focusRequest=${this.tours.focusRequest} @tour-step=${(e: TourStepEvent) => this.tours.step(e.detail)} @tour-handout=${() => void this.handouts.handout(false)}></tour-player>${this.renderTourItem()}`
              : selection && overlay !== 'hokkaido'
                ? ensure(loadFeaturePanel) && this.renderPanel()
                : nothing
          }
        </div>
      </main>
    `;
  }

  /** The details: a card beside the map, on a phone a bottom sheet. */
  private renderPanel() {
    if (this.layout.mode !== 'phone') return html`<feature-panel></feature-panel>`;
    return html`<bottom-sheet .state=${this.layout.sheet} .lang=${this.state.lang} @sheet-change=${this.onSheet}><feature-panel></feature-panel></bottom-sheet>`;
  }

  private readonly onSheet = (e: SheetEvent): void => {
    if (e.detail === 'dismissed') this.dispatch({ type: 'select', selection: null });
    else this.layout.setSheet(e.detail);
  };

  /** The skip links: to the map, or to the list (in the drawer on a phone or tablet). */
  private async skipTo(target: 'atlas-map' | 'item-list'): Promise<void> {
    if (target === 'item-list' && this.layout.drawer) {
      this.layout.setDrawer(true);
      await this.updateComplete;
    }
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** An item clicked during the tour: a small card over the map; the tour and its caption stay. */
  private renderTourItem() {
    const sel = this.state.selection;
    const own = this.tours.scene?.selection;
    if (sel?.kind !== 'item' || (own?.kind === 'item' && own.id === sel.id)) return nothing;
    return html`<tour-item-card .atlas=${this.atlas} .itemId=${sel.id} .lang=${this.state.lang} @tour-item-close=${() => this.dispatch({ type: 'select', selection: own ?? null })}></tour-item-card>`;
  }

  private renderProgress(label: 'loading' | 'itemsLoading' = 'loading') {
    const p = this.data.progress;
    return html`<div class="status" role="status">
      <p>${t(this.state.lang, label)}</p>
      ${p ? html`<progress max=${p.total} value=${p.done}></progress> <span class="muted">${p.done} / ${p.total}</span>` : nothing}
    </div>`;
  }

  /** Tiles, and large GeoJSON, thin the items below a zoom: say so while the map is zoomed out that far. */
  private renderSampleNote() {
    if (!this.atlas || this.mapFailure) return nothing;
    const tiles = this.atlas.data.tiles;
    const from = Math.max(tiles && tiles.complete_from > tiles.minzoom ? tiles.complete_from : 0, geojsonItems(this.atlas).completeFrom);
    // Before the first move the map shows the overview, the most thinned scale.
    if (!from || (this.state.view?.zoom ?? 0) >= from) return nothing;
    const lang = this.state.lang;
    return html`<p class="sample-note" role="note">${t(lang, 'tilesSample')} ${from} ${t(lang, 'tilesSampleEnd')}</p>`;
  }

  private renderMap() {
    if (this.mapFailure) return nothing;
    const s = this.state;
    return html`<atlas-map
      .atlas=${this.atlas}
      .filters=${s.filters}
      .selection=${s.selection}
      .highlight=${this.highlight}
      .hovered=${this.hovered}
      .view=${s.view}
      .lang=${s.lang}
      .insets=${this.layout.insets}
      .projector=${!!s.tour}
      .foldCredits=${this.layout.screen === 'phone'}
      .basemap=${s.basemap}
      .context=${s.context}
      @atlas-basemap-failed=${() => (this.notice = t(s.lang, 'basemapFallback'))}
      @atlas-map-failed=${(e: CustomEvent<string>) => (this.mapFailure = e.detail)}
    ></atlas-map>`;
  }

  /** A project, area or KPI chosen by the user frames its items; a link restores its own view instead. */
  private frameChoice(action: Action): void {
    if (action.type === 'select' && framesOnSelect(action.selection)) void this.updateComplete.then(() => this.fitHighlight());
  }

  private fitHighlight(): void {
    const atlas = this.atlas;
    if (atlas) this.fitItems(this.highlight.map((id) => atlas.itemById.get(id)!));
  }

  private fitItems(items: Parameters<typeof boundsOf>[0]): void {
    const bounds = boundsOf(items);
    if (bounds) this.map.fit(bounds);
  }

  /** The URL read against the loaded data; what it named that does not exist is said quietly. */
  private restoreChecked(known: ReturnType<typeof knownIds>): void {
    this.store.restore(known);
    if (this.store.dropped) this.notice = droppedNotice(this.state.lang, this.store.dropped);
  }

  /** The map as drawn now, for the A4 report (ReportController). */
  async mapSnapshot(): Promise<{ image: string | null; attribution: string }> {
    const map = this.mapFailure ? null : this.map.current;
    if (!map) return { image: null, attribution: '' };
    await map.whenIdle();
    const canvas = await map.snapshot(1.5);
    return { image: canvas?.toDataURL('image/png') ?? null, attribution: map.attributions().join(' ・ ') };
  }

  private async load(): Promise<void> {
    const atlas = await this.data.load();
    await this.updateComplete;
    void afterFirstDraw(this.map.whenIdle(), atlas);
    await this.tours.load(atlas);
    this.data.addIssues(this.tours.issues);
    const missing = this.tours.notFound;
    if (missing) this.notice = t(this.state.lang, isUserTourKey(missing) ? 'tourUserNotFound' : 'tourNotFound', { id: missing });
    // A link that names a project, area or KPI but no view opens framed on its items.
    if (!this.state.view && framesOnSelect(this.state.selection)) {
      await this.updateComplete;
      this.fitHighlight();
    }
  }
}

customElements.define('senkon-app', SenkonApp);

declare global {
  interface HTMLElementTagNameMap {
    'senkon-app': SenkonApp;
  }
}
