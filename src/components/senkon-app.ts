import { ContextProvider } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { isEmpty as isEmptyFilters } from '../domain/filters.ts';
import { t } from '../domain/i18n.ts';
import { droppedNotice, knownIds } from '../domain/known-ids.ts';
import { fileIssue } from '../domain/data/issues.ts';
import { loadFailure } from '../domain/data/http.ts';
import { isUserTourKey } from '../domain/tour.ts';
import type { Action } from '../domain/state.ts';
import { compactStyles } from './app/compact.css.ts';
import { DataController } from './app/data-controller.ts';
import { FocusController, type Layer } from './app/focus-controller.ts';
import { FONT_LOADING, afterFirstDraw, registerAllRegular } from './app/fonts.ts';
import { FontsController } from './app/fonts-controller.ts';
import { HandoutController } from './app/handout-controller.ts';
import { headerActions } from './app/header-actions.ts';
import { HighlightController } from './app/highlight-controller.ts';
import { ImportController, importProgressText } from './app/import-controller.ts';
import { LayoutController, closesDrawer } from './app/layout-controller.ts';
import { atlasMap, kpiOverlay, loadStatus, panelArea, sampleNote } from './app/main-area.ts';
import { preloadMap } from './atlas-map.ts';
import { NoticeController } from './app/notice-controller.ts';
import { appStyles } from './app/senkon-app.css.ts';
import { type ChromeView, appHeader, sidebar } from './app/sidebar.ts';
import { AppStore } from './app/store.ts';
import { UserToursController } from './app/user-tours-controller.ts';
import { FIRST_DRAW, HoverEvent } from './events.ts';
import { hokkaidoOverlay } from './hokkaido-overlay.ts';
import { MapHandle, mapContext } from './map-context.ts';
import { projectorTheme } from './projector.css.ts';
import { ReportController } from './report-controller.ts';
import { baseStyles, themeVars } from './styles.ts';
import { TourController } from './tour-controller.ts';
import './data-banner.ts';

const dataBase = (): string => new URL('data/', document.baseURI).href;

/**
 * The app's layout. Its jobs are controllers (components/app/): the one state and the URL
 * (store), the data and the user's files (data, import), the emphasised items and their framing
 * (highlight), the tours, the handout, the notice, the layout mode and the keyboard's focus; the
 * map's camera is the map handle it provides to the elements below (map-context.ts). Its parts
 * are templates of their own: the header and sidebar (app/sidebar.ts), the main area (app/main-area.ts).
 */
/** Where each layer takes the focus (the tour player delegates it to its card). */
const FOCUS_TARGETS: Record<Layer, string> = { drawer: 'aside', panel: 'feature-panel', overview: '.overlay', tour: 'tour-player' };

export class SenkonApp extends LitElement {
  static override styles = [themeVars, projectorTheme, baseStyles, appStyles, compactStyles];

  static override properties = {
    mapFailure: { state: true },
    hovered: { state: true },
    filtersOpen: { state: true },
  };

  declare mapFailure: string | null;
  /** The item under the pointer or keyboard focus in the list: transient, not in the URL. */
  declare hovered: string | null;
  /** Whether the filter section is expanded; opens by itself when a link brings filters. */
  declare filtersOpen: boolean;

  private readonly map = new MapHandle();
  private readonly mapProvider = new ContextProvider(this, { context: mapContext, initialValue: this.map });
  private readonly store = new AppStore(this, undefined, (state) => state.view && this.map.jump(state.view));
  private readonly notices = new NoticeController(this);
  private readonly fonts = new FontsController(this, FONT_LOADING);
  private readonly data = new DataController(this, {
    base: dataBase,
    onShow: (atlas) => this.fonts.load(atlas),
    onComplete: (atlas) => this.restoreChecked(knownIds(atlas, this.tours.knownKeys())),
  });
  private readonly imports = new ImportController(this, {
    // A user's file may name what only the regular faces beyond the start-up ones hold: they are
    // registered before the map draws its labels (MapLibre draws a label once).
    add: (layers) => registerAllRegular().then(() => this.data.addImported(layers)),
    relations: () => this.data.whenLoaded(),
    done: (lines) => this.notices.show(lines),
    progress: (p) => this.notices.show(importProgressText(this.state.lang, p)),
  });
  private readonly userTours = new UserToursController(this, (key, index, fullscreen) => this.tours.play(key, index, fullscreen));
  private readonly tours = new TourController(this, dataBase, this.map, this.userTours);
  private readonly layout = new LayoutController(
    this,
    () => this.state,
    () => this.renderRoot.querySelector('main'),
  );
  private readonly highlight = new HighlightController(this, {
    sceneItems: (atlas) => this.tours.highlight(atlas),
    fit: (bounds) => this.map.fit(bounds),
    // On a phone or tablet the drawer gives way to the map it frames.
    beforeFit: () => this.layout.setDrawer(false),
  });
  private readonly reports = new ReportController(this, this.map);
  private readonly handouts = new HandoutController(this, this.map, this.tours, {
    highlighted: () => this.highlight.items.length > 0,
    coveredRight: () => this.layout.insetRight,
    permalink: () => new URL(this.store.href(), location.href).href,
  });
  private readonly focuses = new FocusController(this, {
    // The sidebar is a drawer only on a phone or tablet; on the desk it hides nothing.
    target: (layer: Layer) =>
      layer === 'drawer' && !this.layout.drawer ? null : this.renderRoot.querySelector<HTMLElement>(FOCUS_TARGETS[layer]),
    drawerOpen: () => this.layout.drawerOpen,
    closeDrawer: () => this.layout.setDrawer(false),
    fallback: () => this.renderRoot.querySelector<HTMLElement>(this.layout.drawer ? 'button.menu' : 'atlas-map'),
  });

  constructor() {
    super();
    this.mapFailure = null;
    this.hovered = null;
    this.filtersOpen = !isEmptyFilters(this.state.filters);
    this.store.setKnownIds(() => (this.atlas ? knownIds(this.atlas, this.tours.knownKeys()) : undefined));
    this.store.onAction((action) => {
      this.highlight.onAction(action);
      if (closesDrawer(action)) this.layout.setDrawer(false);
    });
    this.addEventListener(HoverEvent.type, (e) => (this.hovered = e.detail));
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
    preloadMap();
  }

  /** An English page's first render waits for its English strings (AppStore.starting); Japanese never waits. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const starting = this.store.starting;
    return starting ? starting.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override willUpdate(): void {
    // Only on a change: setting it restyles the whole document, even to the same value.
    if (document.documentElement.lang !== this.state.lang) document.documentElement.lang = this.state.lang;
  }

  override updated(): void {
    // After render, so the map (a property of this render) updates before the context's
    // consumers: its tile work starts while the panels count and lay out.
    this.store.publish({ atlas: this.atlas, itemsLoading: this.itemsLoading });
  }

  override render() {
    const { state, atlas } = this;
    const { lang } = state;
    const drawer = this.layout.drawer;
    const open = drawer && this.layout.drawerOpen;
    const dispatch = (a: Action) => this.dispatch(a);
    const chrome: ChromeView = {
      lang,
      drawer,
      open,
      actions: headerActions({
        state,
        dispatch,
        hasTour: !!this.tours.tour,
        noData: !atlas,
        noMap: !atlas || !!this.mapFailure,
        startTour: () => this.tours.start(),
        makingTour: this.userTours.open,
        makeTour: () => this.userTours.toggle(atlas),
        handout: (print) => void this.handouts.handout(print),
        printTour: () => void this.handouts.printTour(),
      }),
      setDrawer: (o) => this.layout.setDrawer(o),
      skipTo: (target) => void this.skipTo(target),
    };
    return html`
      ${appHeader(chrome)}
      ${sidebar({
        ...chrome,
        filtersOpen: this.filtersOpen,
        toggleFilters: (o) => (this.filtersOpen = o),
        filtering: !isEmptyFilters(state.filters),
        pickFiles: this.imports.onPick,
      })}
      <main .inert=${open}>
        ${this.renderMap()}
        ${atlas ? nothing : html`<div class="data-loading">${loadStatus(lang, this.data.progress)}</div>`}
        ${this.itemsLoading ? html`<div class="items-loading">${loadStatus(lang, this.data.progress, 'itemsLoading')}</div>` : nothing}
        ${sampleNote(atlas, state, !!this.mapFailure)}
        <data-banner .issues=${this.issues} .importErrors=${this.imports.errors} .mapFailure=${this.mapFailure} .lang=${lang}></data-banner>
        ${this.imports.dragging ? html`<div class="drop" aria-hidden="true">${t(lang, 'importDrop')}</div>` : nothing}
        ${this.notices.render(lang)}
        ${kpiOverlay(atlas, state, dispatch)}
        ${hokkaidoOverlay(atlas, state, dispatch, this.layout.screen !== 'desk')}
        ${this.userTours.render({ state, atlas, highlight: this.highlight.items })}
        ${this.tours.blank && state.tour ? html`<div class="blank" aria-hidden="true"></div>` : nothing}
        ${panelArea({
          state,
          atlas,
          tours: this.tours,
          phone: this.layout.mode === 'phone',
          sheet: this.layout.sheet,
          setSheet: (sheet) => this.layout.setSheet(sheet),
          dispatch,
          handout: () => void this.handouts.handout(false),
        })}
      </main>
    `;
  }

  private renderMap() {
    // The map starts with its basemap while the data loads.
    if (this.mapFailure) return nothing;
    return atlasMap({
      state: this.state,
      atlas: this.atlas,
      highlight: this.highlight.items,
      hovered: this.hovered,
      insets: this.layout.insets,
      foldCredits: this.layout.screen === 'phone',
      fontsReady: this.fonts.ready,
      basemapFailed: () => this.notices.show(t(this.state.lang, 'basemapFallback')),
      // Named in the data banner like a data file that could not be read.
      basemapTileBroken: (file, reason) => this.data.addIssues([fileIssue(file, loadFailure(reason))]),
      mapFailed: (reason) => (this.mapFailure = reason),
    });
  }

  /** The skip links: to the map, or to the list (in the drawer on a phone or tablet). */
  private async skipTo(target: 'atlas-map' | 'item-list'): Promise<void> {
    if (target === 'item-list' && this.layout.drawer) {
      this.layout.setDrawer(true);
      await this.updateComplete;
    }
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** The URL read against the loaded data; what it named that does not exist is said quietly. */
  private restoreChecked(known: ReturnType<typeof knownIds>): void {
    this.store.restore(known);
    const dropped = this.store.dropped;
    if (!dropped) return;
    const say = () => this.notices.show(droppedNotice(this.state.lang, dropped));
    // Worded once the page's strings are in (the data can come before an English page's English).
    if (this.store.starting) void this.store.starting.then(say);
    else say();
  }

  private async load(): Promise<void> {
    const atlas = await this.data.load();
    await this.updateComplete;
    void afterFirstDraw(this.map.whenIdle(), atlas).finally(() => window.dispatchEvent(new Event(FIRST_DRAW)));
    await this.tours.load(atlas);
    this.data.addIssues(this.tours.issues);
    const missing = this.tours.notFound;
    if (missing) this.notices.show(t(this.state.lang, isUserTourKey(missing) ? 'tourUserNotFound' : 'tourNotFound', { id: missing }));
    await this.highlight.frameLink();
  }
}

customElements.define('senkon-app', SenkonApp);

declare global {
  interface HTMLElementTagNameMap {
    'senkon-app': SenkonApp;
  }
}
