import { ContextProvider } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { boundsOf } from '../domain/analysis.ts';
import { Atlas, type AtlasIndex } from '../domain/atlas.ts';
import type { DataIssue } from '../domain/data/issues.ts';
import type { LoadProgress } from '../domain/data/load.ts';
import { loadInWorker } from '../domain/data/load-in-worker.ts';
import type { Dataset, Item } from '../domain/data/validate.ts';
import type { ImportError } from '../domain/import/import-file.ts';
import { allUiText, t } from '../domain/i18n.ts';
import { isEmpty as isEmptyFilters } from '../domain/filters.ts';
import { geojsonItems } from '../domain/map-features.ts';
import { type Action, type AppState, reduce } from '../domain/state.ts';
import { type KnownIds, parse, serialise } from '../domain/url.ts';
import { appContext } from './context.ts';
import { ActionEvent, FitEvent, HoverEvent } from './events.ts';
import { ensure, loadBoldFont, loadFeaturePanel, loadKpiOverview, loadTourPlayer } from './lazy.ts';
import { projectorTheme } from './projector.css.ts';
import { baseStyles, themeVars } from './styles.ts';
import { TourController } from './tour-controller.ts';
import type { TourStepEvent } from './tour-player.ts';
import { LOCATED_CATEGORIES } from '../domain/types.ts';
import './atlas-map.ts';
import type { AtlasMap } from './atlas-map.ts';
import './data-banner.ts';
import './filter-panel.ts';
import './item-list.ts';
import './layer-legend.ts';
import './search-box.ts';

/** Width the detail panel covers on the right of the map (its CSS width plus margins). */
const PANEL_INSET = 480;

/** The app: owns the one state, loads the data, provides both by context and mirrors the state in the URL. */
export class SenkonApp extends LitElement {
  static override styles = [
    themeVars,
    projectorTheme,
    baseStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(280px, 360px) 1fr;
        grid-template-rows: auto 1fr;
        height: 100%;
        background: var(--panel);
      }
      header {
        grid-column: 1 / -1;
        display: flex;
        align-items: center;
        gap: 1rem;
        padding: 0.4rem 1rem;
        border-bottom: 1px solid var(--border);
      }
      h1 {
        font-size: 1.15rem;
        margin: 0;
      }
      header p {
        margin: 0;
        font-size: 0.85rem;
        flex: 1;
      }
      .overlay {
        position: absolute;
        inset: 0.6rem 3.2rem 2.5rem 0.6rem;
        overflow: auto;
        background: var(--panel);
        border: 1px solid var(--border);
        border-radius: 6px;
        box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);
        padding: 0.8rem 1rem;
        z-index: 2;
      }
      .overlay .close {
        float: right;
        border: none;
        background: none;
        font-size: 1.2rem;
      }
      .overlay-toggle[aria-pressed='true'] {
        background: var(--accent);
        color: #fff;
      }
      .overlay-toggle,
      .lang {
        border: 1px solid var(--border);
        background: #fff;
        border-radius: 4px;
        padding: 0.2rem 0.7rem;
      }
      aside {
        overflow: auto;
        border-right: 1px solid var(--border);
        min-height: 0;
      }
      search-box {
        margin: 0.6rem 0.8rem 0.3rem;
      }
      details {
        padding: 0.2rem 0.8rem 0.4rem;
        border-bottom: 1px solid var(--border);
      }
      summary {
        cursor: pointer;
        font-weight: 700;
        font-size: 0.95rem;
        padding: 0.3rem 0;
      }
      main {
        position: relative;
        min-height: 0;
      }
      atlas-map {
        position: absolute;
        inset: 0;
      }
      tour-player {
        position: absolute;
        top: 0.6rem;
        right: 0.6rem;
        bottom: 2.4rem;
        width: min(42vw, 820px);
        z-index: 3;
      }
      .header-actions {
        display: flex;
        gap: 0.5rem;
      }
      feature-panel {
        position: absolute;
        top: 0.6rem;
        right: 3.2rem;
        width: min(420px, calc(100% - 4rem));
        max-height: calc(100% - 3.5rem);
      }
      data-banner {
        position: absolute;
        left: 0.6rem;
        top: 0.6rem;
        right: 4rem;
      }
      .status {
        padding: 2rem;
      }
      .items-loading {
        position: absolute;
        bottom: 2.6rem;
        left: 50%;
        transform: translateX(-50%);
        z-index: 4;
        background: var(--panel);
        border-radius: 4px;
        box-shadow: 0 1px 4px rgb(0 0 0 / 0.25);
      }
      .sample-note {
        position: absolute;
        left: 0.6rem;
        top: 2.6rem;
        max-width: 24rem;
        margin: 0;
        z-index: 3;
        padding: 0.3rem 0.6rem;
        font-size: 0.78rem;
        background: var(--panel);
        border: 1px solid var(--border);
        border-radius: 4px;
      }
      .items-loading .status {
        padding: 0.4rem 0.9rem;
      }
      .items-loading p {
        display: inline;
        margin-right: 0.6rem;
      }
      .import {
        display: block;
        position: relative;
        margin: 0 0.8rem 0.4rem;
        padding: 0.25rem 0.6rem;
        font-size: 0.82rem;
        color: var(--accent);
        border: 1px dashed var(--accent);
        border-radius: 4px;
        cursor: pointer;
        text-align: center;
      }
      /* The real input stays focusable and announced; the label is what people see and click. */
      .import input {
        position: absolute;
        inset: 0;
        opacity: 0;
        width: 100%;
        cursor: pointer;
      }
      .import:focus-within {
        outline: 3px solid var(--focus);
        outline-offset: 2px;
      }
      .drop {
        position: absolute;
        inset: 0;
        display: grid;
        place-items: center;
        background: rgb(11 83 148 / 0.25);
        border: 4px dashed var(--accent);
        font-size: 1.6rem;
        font-weight: 700;
        z-index: 6;
      }
      .notice {
        position: absolute;
        left: 50%;
        bottom: 2.5rem;
        transform: translateX(-50%);
        margin: 0;
        background: var(--ink);
        color: #fff;
        padding: 0.4rem 0.8rem;
        border-radius: 4px;
        font-size: 0.85rem;
        z-index: 4;
      }
      .notice button {
        background: none;
        border: none;
        color: #fff;
      }
    `,
  ];

  static override properties = {
    state: { state: true },
    atlas: { state: true },
    issues: { state: true },
    mapFailure: { state: true },
    hovered: { state: true },
    filtersOpen: { state: true },
    notice: { state: true },
    importErrors: { state: true },
    progress: { state: true },
    itemsLoading: { state: true },
    dragging: { state: true },
  };

  declare state: AppState;
  declare atlas: Atlas | null;
  declare issues: DataIssue[];
  declare mapFailure: string | null;
  /** The item under the pointer or keyboard focus in the list: transient, not in the URL. */
  declare hovered: string | null;
  /** Whether the filter section is expanded; opens by itself when a link brings filters. */
  declare filtersOpen: boolean;
  /** A quiet notice: the online basemap that could not load (the embedded one took over). */
  declare notice: string | null;
  declare importErrors: ImportError[];
  declare progress: LoadProgress | null;
  /** Tiled data on screen while the items (list, counts, panels) are still loading. */
  declare itemsLoading: boolean;
  declare dragging: boolean;
  /** The dataset as loaded, and the user's files on top of it (by file name: loading a file again replaces it). */
  private base: Dataset | null = null;
  private readonly imported = new Map<string, Item[]>();
  private shown = 0;
  private readonly provider = new ContextProvider(this, { context: appContext });
  private readonly tours = new TourController(this, () => new URL('data/', document.baseURI).href);
  /** Items to emphasise, recomputed only when the selection or the data change. */
  private highlight: readonly string[] = [];

  constructor() {
    super();
    this.state = parse(location.search);
    this.atlas = null;
    this.issues = [];
    this.mapFailure = null;
    this.hovered = null;
    this.notice = null;
    this.importErrors = [];
    this.progress = null;
    this.itemsLoading = false;
    this.dragging = false;
    this.addEventListener('dragover', (e) => {
      e.preventDefault();
      this.dragging = true;
    });
    this.addEventListener('dragleave', (e) => {
      if (e.target === this) this.dragging = false;
    });
    this.addEventListener('drop', (e) => {
      e.preventDefault();
      this.dragging = false;
      void this.importFiles([...(e.dataTransfer?.files ?? [])]);
    });
    this.filtersOpen = !isEmptyFilters(this.state.filters);
    this.addEventListener(ActionEvent.type, (e) => this.dispatch(e.detail));
    this.addEventListener(HoverEvent.type, (e) => (this.hovered = e.detail));
    this.addEventListener(FitEvent.type, () => this.fitTo(this.atlas?.filtered(this.state.filters) ?? []));
    window.addEventListener('popstate', () => this.restoreFromUrl());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    const before = changed.get('state') as AppState | undefined;
    if (changed.has('atlas') || before?.selection !== this.state.selection || before?.tour !== this.state.tour) this.highlight = this.highlighted();
    // Only on a change: setting it restyles the whole document, even to the same value.
    if (document.documentElement.lang !== this.state.lang) document.documentElement.lang = this.state.lang;
  }

  override updated(): void {
    // After render, so the map (a property of this render) updates before the context's
    // consumers: its tile work starts while the panels count and lay out.
    this.provider.setValue({ state: this.state, atlas: this.atlas, itemsLoading: this.itemsLoading });
  }

  override render() {
    const { lang } = this.state;
    return html`
      <header>
        <h1>${t(lang, 'appTitle')}</h1>
        <p class="muted">${t(lang, 'appSubtitle')}</p>
        <div class="header-actions" part="print-hide">
        <button class="tour-start" ?disabled=${!this.tours.tour} @click=${() => this.tours.start()}>${t(lang, 'tourStart')}</button>
        <button class="handout" ?disabled=${!this.atlas || !!this.mapFailure} @click=${() => void this.saveHandout(false)}>${t(lang, 'handoutPng')}</button>
        <button class="print" ?disabled=${!this.atlas || !!this.mapFailure} @click=${() => void this.saveHandout(true)}>${t(lang, 'print')}</button>
        <button
          class="overlay-toggle"
          aria-pressed=${this.state.overlay === 'kpis' ? 'true' : 'false'}
          @click=${() => this.dispatch({ type: 'set-overlay', overlay: this.state.overlay === 'kpis' ? null : 'kpis' })}
        >
          ${t(lang, 'kpiOverview')}
        </button>
        <button class="lang" lang=${lang === 'ja' ? 'en' : 'ja'} title=${t(lang, 'languageLabel')} @click=${this.toggleLang}>${t(lang, 'language')}</button>
        </div>
      </header>
      <aside>
        <search-box></search-box>
        <label class="import">
          <input type="file" accept=".geojson,.json,.csv,text/csv,application/geo+json" multiple @change=${this.onPick} />
          ${t(lang, 'importFile')}
        </label>
        <details id="filters" ?open=${this.filtersOpen} @toggle=${(e: Event) => (this.filtersOpen = (e.target as HTMLDetailsElement).open)}>
          <summary>${t(lang, 'filters')}</summary>
          <filter-panel .open=${this.filtersOpen}></filter-panel>
        </details>
        <layer-legend></layer-legend>
        <item-list></item-list>
      </aside>
      <main>
        ${this.atlas ? this.renderMap() : this.renderProgress()}
        ${this.itemsLoading ? html`<div class="items-loading">${this.renderProgress('itemsLoading')}</div>` : nothing}
        ${this.renderSampleNote()}
        <data-banner .issues=${this.issues} .importErrors=${this.importErrors} .mapFailure=${this.mapFailure} .lang=${lang}></data-banner>
        ${this.dragging ? html`<div class="drop" aria-hidden="true">${t(lang, 'importDrop')}</div>` : nothing}
        ${this.notice
          ? html`<p class="notice" role="status">
              ${this.notice}
              <button aria-label=${t(lang, 'close')} @click=${() => (this.notice = null)}>✕</button>
            </p>`
          : nothing}
        ${this.state.overlay === 'kpis' && this.atlas && ensure(loadKpiOverview)
          ? html`<section class="overlay" aria-label=${t(lang, 'kpiOverview')}>
              <button class="close" aria-label=${t(lang, 'close')} @click=${() => this.dispatch({ type: 'set-overlay', overlay: null })}>✕</button>
              <kpi-overview .atlas=${this.atlas} .lang=${lang}></kpi-overview>
            </section>`
          : nothing}
        ${this.state.tour && this.tours.tour && ensure(loadTourPlayer)
          ? html`<tour-player .atlas=${this.atlas} .tour=${this.tours.tour} .index=${this.tours.index} .lang=${lang} @tour-step=${(e: TourStepEvent) => this.tours.step(e.detail)}></tour-player>`
          : this.state.selection
            ? ensure(loadFeaturePanel) && html`<feature-panel></feature-panel>`
            : nothing}
      </main>
    `;
  }

  private renderProgress(label: 'loading' | 'itemsLoading' = 'loading') {
    const p = this.progress;
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
    return html`<atlas-map
      .atlas=${this.atlas}
      .filters=${this.state.filters}
      .selection=${this.state.selection}
      .highlight=${this.highlight}
      .hovered=${this.hovered}
      .view=${this.state.view}
      .lang=${this.state.lang}
      .insetRight=${this.state.tour ? Math.min(window.innerWidth * 0.42, 820) + 20 : this.state.selection ? PANEL_INSET : 0}
      .basemap=${this.state.basemap}
      .context=${this.state.context}
      @atlas-basemap-failed=${() => (this.notice = t(this.state.lang, 'basemapFallback'))}
      @atlas-map-failed=${(e: CustomEvent<string>) => (this.mapFailure = e.detail)}
    ></atlas-map>`;
  }

  /** Items to emphasise: the chosen project's, or those a chosen KPI measures (its own project's only). */
  private highlighted(): readonly string[] {
    const sel = this.state.selection;
    const atlas = this.atlas;
    if (atlas && this.state.tour) return this.tours.highlight(atlas);
    if (!sel || !atlas) return [];
    if (sel.kind === 'area') return atlas.data.items.filter((i) => i.geometry && atlas.areasOfItem(i).includes(sel.id)).map((i) => i.properties.id);
    const kpi = sel.kind === 'kpi' ? atlas.kpiById.get(sel.id) : undefined;
    if (kpi) return atlas.itemsMeasuredByKpi(kpi).map((i) => i.properties.id);
    const projects = sel.kind === 'project' ? [sel.id] : [];
    return [...new Set(projects.flatMap((p) => atlas.itemsOfProject(p).map((i) => i.properties.id)))];
  }

  /** Applies an action to the one state and mirrors it in the URL. Public for the tour controller. */
  dispatch(action: Action): void {
    this.state = reduce(this.state, action);
    // A project, area or KPI chosen by the user frames its items; a link restores its own view instead.
    if (action.type === 'select' && action.selection && action.selection.kind !== 'item') {
      void this.updateComplete.then(() => this.fitTo(this.highlight.map((id) => this.atlas!.itemById.get(id)!)));
    }
    // After the update: a history entry costs up to 10 ms (seen at 100k items), which would hold
    // back the map's re-filtering; the map is updated first in the same task.
    const state = this.state;
    void this.updateComplete.then(() => this.mirrorUrl(state, action.type === 'set-view'));
  }

  private mirrorUrl(state: AppState, replace: boolean): void {
    const url = `${location.pathname}${serialise(state)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }

  private fitTo(items: Parameters<typeof boundsOf>[0]): void {
    const bounds = boundsOf(items);
    if (bounds) this.fitBounds(bounds);
  }

  fitBounds(bounds: [number, number, number, number] | null): void {
    void this.whenMap().then((map) => map?.fitTo(bounds));
  }

  flyTo(center: [number, number], zoom: number): void {
    void this.whenMap().then((map) => map?.flyTo(center, zoom));
  }

  /** The map element once it has rendered (and so created its map), for camera moves. */
  private async whenMap(): Promise<AtlasMap | null> {
    await this.updateComplete;
    const map = this.renderRoot.querySelector<AtlasMap>('atlas-map');
    await map?.updateComplete;
    return map;
  }

  /**
   * The handout: the map as drawn now with title, legend, scale, attribution and date, at 2×.
   * Saved as a PNG, or printed (the print sheet shows only that image, on A4 landscape).
   */
  private async saveHandout(print: boolean): Promise<void> {
    const map = this.renderRoot.querySelector<AtlasMap>('atlas-map');
    const view = map?.currentView();
    if (!map || !view) return;
    await map.whenIdle();
    const canvas = await map.snapshot(2);
    if (!canvas) return;
    const { composeHandout, handoutFileName, handoutLegend, metresPerPixel } = await import('../map/handout.ts');
    const lang = this.state.lang;
    const date = new Date();
    const shown = this.state.filters.categories.length ? LOCATED_CATEGORIES.filter((c) => this.state.filters.categories.includes(c)) : LOCATED_CATEGORIES;
    const blob = await composeHandout({
      mapCanvas: canvas,
      title: this.handoutTitle(),
      subtitle: t(lang, 'appSubtitle'),
      legend: handoutLegend(lang, shown),
      scale: { metres: metresPerPixel(view.center[1], view.zoom), pixels: 1 },
      attribution: map.attributions().join(' ・ '),
      date,
      lang,
    });
    const url = URL.createObjectURL(blob);
    if (print) return printImage(url);
    const a = document.createElement('a');
    a.href = url;
    a.download = handoutFileName(date);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** The handout's title: the tour scene, else what is selected, else the app's name. */
  private handoutTitle(): string {
    const lang = this.state.lang;
    const scene = this.tours.scene;
    if (scene) return lang === 'en' && scene.title_en ? scene.title_en : scene.title_ja;
    const panel = this.renderRoot.querySelector('feature-panel')?.shadowRoot?.querySelector('h2')?.textContent?.trim();
    return panel || t(lang, 'appTitle');
  }

  private restoreFromUrl(): void {
    this.state = parse(location.search, this.atlas ? knownIds(this.atlas) : undefined);
  }

  private onPick(e: Event): void {
    const input = e.target as HTMLInputElement;
    void this.importFiles([...(input.files ?? [])]).then(() => (input.value = ''));
  }

  /**
   * Reads the user's files. A file that fails is reported (file › where: message) and changes
   * nothing; a good one becomes a layer named after it, replacing an earlier load of the same name.
   */
  private async importFiles(files: File[]): Promise<void> {
    const { DEFAULT_MAX_BYTES, formatSize, importFile } = await import('../domain/import/import-file.ts');
    const { toItems } = await import('../domain/import/to-items.ts');
    const errors: ImportError[] = [];
    let loaded = 0;
    for (const file of files) {
      // Checked before reading, so a huge file is never pulled into memory.
      if (file.size > DEFAULT_MAX_BYTES) {
        errors.push({ file: file.name, where: 'whole file', message: `is ${formatSize(file.size)}; the limit is ${formatSize(DEFAULT_MAX_BYTES)}` });
        continue;
      }
      const result = importFile(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!result.ok) {
        errors.push(...result.errors);
        continue;
      }
      this.imported.set(file.name, toItems(result.items));
      loaded += result.items.length;
    }
    this.importErrors = errors;
    if (loaded > 0 && this.base) {
      this.atlas = this.withImported(this.base);
      this.notice = `${loaded} ${t(this.state.lang, 'importDone')}`;
    }
  }

  private toggleLang(): void {
    this.dispatch({ type: 'set-lang', lang: this.state.lang === 'ja' ? 'en' : 'ja' });
  }

  private async load(): Promise<void> {
    const { dataset, issues, index } = await loadInWorker(new URL('data/', document.baseURI).href, {
      onProgress: (p) => (this.progress = p),
      // Tiled data: the map starts from the tiles while the items are still on their way.
      onBase: (base) => void this.show(base.dataset, base.issues, false),
    });
    const atlas = await this.show(dataset, issues, true, index);
    // What the first screen does not show waits until the map has drawn, then loads at once
    // (the item panel before anyone clicks; the headings' bold weight).
    await this.updateComplete;
    const map = this.renderRoot.querySelector<AtlasMap>('atlas-map');
    const later = (): void => void Promise.all([loadFeaturePanel(), loadBoldFont(allUiText() + namesText(atlas))]);
    void (map ? map.whenIdle() : Promise.resolve()).then(later, later);
    await this.tours.load(atlas);
    if (this.tours.issues.length) this.issues = [...this.issues, ...this.tours.issues];
    // A link that names a project, area or KPI but no view opens framed on its items.
    const sel = this.state.selection;
    if (!this.state.view && sel && sel.kind !== 'item') {
      await this.updateComplete;
      await this.renderRoot.querySelector<AtlasMap>('atlas-map')?.updateComplete;
      this.fitTo(this.highlight.map((id) => atlas.itemById.get(id)!));
    }
  }

  /** Puts a loaded dataset on screen; `complete` once the items are in (the URL's ids can then be checked). */
  private async show(dataset: Dataset, issues: DataIssue[], complete: boolean, index?: AtlasIndex): Promise<Atlas> {
    const atlas = this.withImported(dataset, index);
    const token = ++this.shown;
    await preloadFonts(atlas);
    // The complete dataset may have overtaken the small files' one while fonts loaded.
    if (token !== this.shown) return atlas;
    this.base = dataset;
    this.issues = issues;
    this.itemsLoading = !complete;
    this.atlas = atlas;
    if (complete) this.restoreFromUrl();
    return atlas;
  }

  /** The dataset with the user's files on top. The worker's facet indexes cover the loaded items only: with imported ones they are rebuilt. */
  private withImported(dataset: Dataset, index?: AtlasIndex): Atlas {
    const imported = [...this.imported.values()].flat();
    return new Atlas({ ...dataset, items: [...dataset.items, ...imported] }, imported.length ? undefined : index);
  }
}

function knownIds(atlas: Atlas): KnownIds {
  const ids = (xs: Iterable<string>) => new Set(xs);
  return {
    facets: {
      projects: ids(atlas.projectById.keys()),
      goals: ids(atlas.goalById.keys()),
      bodies: ids(atlas.bodyById.keys()),
      areas: ids(atlas.areaById.keys()),
    },
    selection: {
      item: ids(atlas.itemById.keys()),
      project: ids(atlas.projectById.keys()),
      area: ids(atlas.areaById.keys()),
      kpi: ids(atlas.kpiById.keys()),
    },
  };
}

/** The distinct characters of the data's names (100k names joined took seconds; the set is what decides the font subsets). */
const namesCache = new WeakMap<Atlas, string>();
function namesText(atlas: Atlas): string {
  let text = namesCache.get(atlas);
  if (text === undefined) {
    const named = [...atlas.data.areas, ...atlas.data.projects, ...atlas.data.goals, ...atlas.data.items.map((i) => i.properties), ...(atlas.data.places?.features.map((f) => f.properties as { name_ja: string }) ?? [])];
    const chars = new Set<string>();
    for (const r of named) for (const ch of `${r.name_ja}${(r as { name_en?: string }).name_en ?? ''}`) chars.add(ch);
    namesCache.set(atlas, (text = [...chars].join('')));
  }
  return text;
}

/**
 * Map labels are drawn on a canvas with the CSS font, which only has the glyphs the page has
 * loaded; load the subsets the labels need first, so no system CJK font is required. Only the
 * regular weight: labels use it, and the bold faces are registered after the first draw.
 */
async function preloadFonts(atlas: Atlas): Promise<void> {
  try {
    await document.fonts.load('400 16px "Noto Sans JP"', namesText(atlas));
  } catch {
    // A missing font only degrades labels to the system font; the map still works.
  }
}

/** Prints only the handout image: the print sheet hides everything else while it is there. */
function printImage(url: string): void {
  const img = document.createElement('img');
  img.className = 'print-handout';
  img.alt = '';
  img.onload = () => {
    window.addEventListener('afterprint', () => {
      img.remove();
      URL.revokeObjectURL(url);
    }, { once: true });
    window.print();
  };
  img.src = url;
  document.body.append(img);
}

customElements.define('senkon-app', SenkonApp);

declare global {
  interface HTMLElementTagNameMap {
    'senkon-app': SenkonApp;
  }
}
