import { ContextProvider } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
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
import { LayoutController } from './app/layout-controller.ts';
import { UserToursController } from './app/user-tours-controller.ts';
import { appStyles } from './app/senkon-app.css.ts';
import { AppStore } from './app/store.ts';
import { FitEvent, HoverEvent } from './events.ts';
import { hokkaidoOverlay, hokkaidoToggle } from './hokkaido-overlay.ts';
import { loadFeaturePanel, loadFilterChips, loadKpiOverview, loadTourPlayer } from './app/lazy-views.ts';
import { ensure } from './lazy.ts';
import { MapHandle, mapContext } from './map-context.ts';
import { projectorTheme } from './projector.css.ts';
import { baseStyles, themeVars } from './styles.ts';
import { ReportController } from './report-controller.ts';
import { TourController } from './tour-controller.ts';
import type { TourStepEvent } from './tour-player.ts';
import './atlas-map.ts';
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
  static override styles = [themeVars, projectorTheme, baseStyles, appStyles];

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
  /** A quiet notice: the online basemap that could not load, the files imported. */
  declare notice: string | null;

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
    done: (summary) => (this.notice = summary),
    lang: () => this.state.lang,
    progress: (p) => (this.notice = 'adding' in p ? t(this.state.lang, 'importAdding', { n: p.adding }) : t(this.state.lang, 'importReading', { done: p.done, total: p.total })),
  });
  private readonly userTours = new UserToursController(this, (key, index, fullscreen) => this.tours.play(key, index, fullscreen));
  private readonly tours = new TourController(this, dataBase, this.map, this.userTours);
  private readonly layout = new LayoutController(this, () => this.state);
  private readonly reports = new ReportController(this);
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
    this.store.onAction((action) => this.frameChoice(action));
    this.addEventListener(HoverEvent.type, (e) => (this.hovered = e.detail));
    this.addEventListener(FitEvent.type, (e) => (e.detail === 'results' ? this.fitItems(this.atlas?.filtered(this.state.filters) ?? []) : this.map.fit(e.detail)));
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
    const noMap = !this.atlas || !!this.mapFailure;
    return html`
      <header>
        <h1>${t(lang, 'appTitle')}</h1>
        <p class="muted">${t(lang, 'appSubtitle')}</p>
        <div class="header-actions" part="print-hide">
          <button class="tour-start" ?disabled=${!this.tours.tour} @click=${() => this.tours.start()}>${t(lang, 'tourStart')}</button>
          <button class="tour-make" ?disabled=${!this.atlas} aria-pressed=${this.userTours.open ? 'true' : 'false'} @click=${() => this.userTours.toggle(this.atlas)}>${t(lang, 'tourMake')}</button>
          <button class="handout" ?disabled=${noMap} @click=${() => void this.handout(false)}>${t(lang, 'handoutPng')}</button>
          <button class="print" ?disabled=${noMap} @click=${() => void this.handout(true)}>${t(lang, 'print')}</button>
          <button class="print-tour" ?disabled=${noMap || !this.tours.tour} @click=${() => void this.printTour()}>${t(lang, 'printTour')}</button>
          <button class="overlay-toggle" aria-pressed=${overlay === 'kpis' ? 'true' : 'false'} @click=${() => this.dispatch({ type: 'set-overlay', overlay: overlay === 'kpis' ? null : 'kpis' })}>
            ${t(lang, 'kpiOverview')}
          </button>
          ${hokkaidoToggle(this.state, (a) => this.dispatch(a))}
          <button class="lang" lang=${lang === 'ja' ? 'en' : 'ja'} title=${t(lang, 'languageLabel')} @click=${() => this.dispatch({ type: 'set-lang', lang: lang === 'ja' ? 'en' : 'ja' })}>
            ${t(lang, 'language')}
          </button>
        </div>
      </header>
      <aside part="print-hide">
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
      <main>
        ${this.atlas ? this.renderMap() : this.renderProgress()}
        ${this.itemsLoading ? html`<div class="items-loading">${this.renderProgress('itemsLoading')}</div>` : nothing}
        ${this.renderSampleNote()}
        <data-banner .issues=${this.issues} .importErrors=${this.imports.errors} .mapFailure=${this.mapFailure} .lang=${lang}></data-banner>
        ${this.imports.dragging ? html`<div class="drop" aria-hidden="true">${t(lang, 'importDrop')}</div>` : nothing}
        ${this.notice
          ? html`<p class="notice" role="status">
              <span class="lines">${this.notice}</span>
              <button aria-label=${t(lang, 'close')} @click=${() => (this.notice = null)}>✕</button>
            </p>`
          : nothing}
        ${overlay === 'kpis' && this.atlas && ensure(loadKpiOverview)
          ? html`<section class="overlay" aria-label=${t(lang, 'kpiOverview')}>
              <button class="close" aria-label=${t(lang, 'close')} @click=${() => this.dispatch({ type: 'set-overlay', overlay: null })}>✕</button>
              <kpi-overview .atlas=${this.atlas} .lang=${lang}></kpi-overview>
            </section>`
          : nothing}
        ${hokkaidoOverlay(this.atlas, this.state, (a) => this.dispatch(a))}
        ${this.userTours.render({ state: this.state, atlas: this.atlas, highlight: this.highlight })}
        ${this.tours.blank && this.state.tour ? html`<div class="blank" aria-hidden="true"></div>` : nothing}
        <div class="panel-area" part="panel-area">
          ${this.state.tour && this.tours.tour && ensure(loadTourPlayer)
            ? html`<tour-player .atlas=${this.atlas} .tour=${this.tours.tour} .index=${this.tours.index} .lang=${lang} .focusRequest=${this.tours.focusRequest} @tour-step=${(e: TourStepEvent) => this.tours.step(e.detail)} @tour-handout=${() => void this.handout(false)}></tour-player>${this.renderTourItem()}`
            : selection && overlay !== 'hokkaido'
              ? ensure(loadFeaturePanel) && html`<feature-panel></feature-panel>`
              : nothing}
        </div>
      </main>
    `;
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
      .insetRight=${this.layout.insetRight}
      .projector=${!!s.tour}
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

  /** The handout of the screen as it is (app/handout.ts): saved as a PNG, or printed on A4 landscape. */
  private async handout(print: boolean): Promise<void> {
    const made = await this.makeHandout();
    if (!made) return;
    const { downloadHandout, printImages } = await import('./app/handout.ts');
    if (print) printImages([made.blob], this.state.lang);
    else await downloadHandout(made.blob, made.date);
  }

  private async makeHandout(): Promise<{ blob: Blob; date: Date } | null> {
    const map = this.map.current;
    const atlas = this.atlas;
    if (!map || !atlas) return null;
    const { lang, filters, selection, tour } = this.state;
    const { makeHandout } = await import('./app/handout.ts');
    const scene = this.tours.scene;
    // The tour's caption covers the map's right side: the audience did not see that part.
    const coveredRight = tour ? this.layout.insetRight : 0;
    return makeHandout({ map, atlas, lang, filters, selection, scene, coveredRight, highlighted: this.highlight.length > 0, permalink: location.href });
  }

  /** "Print the tour": each scene in turn, framed as in the tour, one A4 page each; then back to where it was. */
  private async printTour(): Promise<void> {
    const tour = this.tours.tour;
    if (!tour) return;
    const was = this.state.tour;
    const blobs: Blob[] = [];
    for (let i = 0; i < tour.scenes.length; i++) {
      this.tours.go(i);
      await this.updateComplete;
      await this.map.whenIdle().catch(() => undefined);
      const made = await this.makeHandout();
      if (made) blobs.push(made.blob);
    }
    if (was) this.tours.go(Math.max(0, tour.scenes.findIndex((s) => s.id === was.scene)));
    else this.tours.exit();
    const { printImages } = await import('./app/handout.ts');
    printImages(blobs, this.state.lang);
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
