import { html, nothing } from 'lit';
import type { Atlas } from '../../domain/atlas.ts';
import type { LoadProgress } from '../../domain/data/load.ts';
import { t } from '../../domain/i18n.ts';
import { completeFromZoom } from '../../domain/map-features.ts';
import type { Action, AppState } from '../../domain/state.ts';
import type { Tour, TourScene, TourStepDetail } from '../../domain/tour.ts';
import type { Lang } from '../../domain/types.ts';
import type { SheetEvent } from '../bottom-sheet.ts';
import { ensure } from '../lazy.ts';
import type { TourStepEvent } from '../tour-events.ts';
import type { Insets, SheetState } from './layout-controller.ts';
import { loadFeaturePanel, loadKpiOverview, loadTourPlayer } from './lazy-views.ts';
import '../atlas-map.ts';
import '../bottom-sheet.ts';

/** The loading status: what is loading, with the files' progress once it is known. */
export function loadStatus(lang: Lang, progress: LoadProgress | null, label: 'loading' | 'itemsLoading' = 'loading') {
  return html`<div class="status" role="status">
    <p>${t(lang, label)}</p>
    ${progress ? html`<progress max=${progress.total} value=${progress.done}></progress> <span class="muted">${progress.done} / ${progress.total}</span>` : nothing}
  </div>`;
}

/** Tiles, and large GeoJSON, thin the items below a zoom: said while the map is zoomed out that far. */
export function sampleNote(atlas: Atlas | null, state: Pick<AppState, 'lang' | 'view'>, mapFailed: boolean) {
  if (!atlas || mapFailed) return nothing;
  const from = completeFromZoom(atlas);
  // Before the first move the map shows the overview, the most thinned scale.
  if (!from || (state.view?.zoom ?? 0) >= from) return nothing;
  return html`<p class="sample-note" role="note">${t(state.lang, 'tilesSample')} ${from} ${t(state.lang, 'tilesSampleEnd')}</p>`;
}

export interface MapView {
  state: AppState;
  atlas: Atlas | null;
  highlight: readonly string[];
  hovered: string | null;
  insets: Insets;
  /** A phone: the credits start folded to their button (they cover the map's foot otherwise). */
  foldCredits: boolean;
  /** The fonts of the map's names are loaded. */
  fontsReady: boolean;
  basemapFailed(): void;
  basemapTileBroken(file: string, reason: string): void;
  mapFailed(reason: string): void;
}

/** The map, with the state it draws; the projector style while a tour runs. */
export function atlasMap(v: MapView) {
  const s = v.state;
  return html`<atlas-map
    .atlas=${v.atlas} .filters=${s.filters} .selection=${s.selection} .highlight=${v.highlight} .hovered=${v.hovered}
    .view=${s.view} .lang=${s.lang} .insets=${v.insets} .projector=${!!s.tour} .basemap=${s.basemap} .context=${s.context}
    .foldCredits=${v.foldCredits} .fontsReady=${v.fontsReady}
    @atlas-basemap-failed=${v.basemapFailed}
    @atlas-basemap-tile-broken=${(e: CustomEvent<{ file: string; reason: string }>) => v.basemapTileBroken(e.detail.file, e.detail.reason)}
    @atlas-map-failed=${(e: CustomEvent<string>) => v.mapFailed(e.detail)}
  ></atlas-map>`;
}

/** The KPI overview over the map (its code loaded the first time it opens). */
export function kpiOverlay(atlas: Atlas | null, state: AppState, dispatch: (a: Action) => void) {
  if (state.overlay !== 'kpis' || !atlas || !ensure(loadKpiOverview)) return nothing;
  return html`<section class="overlay" tabindex="-1" aria-label=${t(state.lang, 'kpiOverview')}>
    <button class="close" aria-label=${t(state.lang, 'close')} @click=${() => dispatch({ type: 'set-overlay', overlay: null })}>✕</button>
    <kpi-overview .atlas=${atlas} .lang=${state.lang}></kpi-overview>
  </section>`;
}

/** What the panel area needs of the running tour (TourController). */
export interface TourView {
  readonly tour: Tour | null;
  readonly index: number;
  readonly focusRequest: number;
  readonly scene: TourScene | null;
  step(detail: TourStepDetail): void;
}

export interface PanelView {
  state: AppState;
  atlas: Atlas | null;
  tours: TourView;
  /** The details are a bottom sheet (on a phone), else a card beside the map. */
  phone: boolean;
  sheet: SheetState;
  setSheet(sheet: SheetState): void;
  dispatch(action: Action): void;
  handout(): void;
}

/** Beside the map: the tour's caption while a tour runs, else the selection's details. */
export function panelArea(v: PanelView) {
  const { state } = v;
  return html`<div class="panel-area" part="panel-area">
    ${
      state.tour && v.tours.tour && ensure(loadTourPlayer)
        ? html`<tour-player .atlas=${v.atlas} .tour=${v.tours.tour} .index=${v.tours.index} .lang=${state.lang} .focusRequest=${v.tours.focusRequest} @tour-step=${(e: TourStepEvent) => v.tours.step(e.detail)} @tour-handout=${v.handout}></tour-player>${tourItem(v)}`
        : state.selection && state.overlay !== 'hokkaido'
          ? ensure(loadFeaturePanel) && details(v)
          : nothing
    }
  </div>`;
}

/** The details: a card beside the map, on a phone a bottom sheet (dismissed: nothing selected). */
function details(v: PanelView) {
  if (!v.phone) return html`<feature-panel></feature-panel>`;
  const onSheet = (e: SheetEvent) => (e.detail === 'dismissed' ? v.dispatch({ type: 'select', selection: null }) : v.setSheet(e.detail));
  return html`<bottom-sheet .state=${v.sheet} .lang=${v.state.lang} @sheet-change=${onSheet}><feature-panel></feature-panel></bottom-sheet>`;
}

/** An item clicked during the tour: a small card over the map; the tour and its caption stay. */
function tourItem(v: PanelView) {
  const sel = v.state.selection;
  const own = v.tours.scene?.selection;
  if (sel?.kind !== 'item' || (own?.kind === 'item' && own.id === sel.id)) return nothing;
  return html`<tour-item-card .atlas=${v.atlas} .itemId=${sel.id} .lang=${v.state.lang} @tour-item-close=${() => v.dispatch({ type: 'select', selection: own ?? null })}></tour-item-card>`;
}
