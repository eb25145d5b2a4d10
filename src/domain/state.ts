import { EMPTY_FILTERS, type Filters, type ListFacet, toggleValue } from './filters.ts';
import { CONTEXT_LAYERS, type Category, type ContextLayerId, type Lang } from './types.ts';

export interface MapView {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export type SelectionKind = 'item' | 'project' | 'area' | 'kpi' | 'context';
export interface Selection {
  kind: SelectionKind;
  id: string;
}

export type BasemapId = 'offline' | 'gsi-pale' | 'gsi-std' | 'gsi-photo' | 'osm';

/** The one app state. The URL is a serialisation of it (url.ts). */
export interface AppState {
  lang: Lang;
  filters: Filters;
  selection: Selection | null;
  /** null until the map reports or the URL gives a view: the map then frames the region. */
  view: MapView | null;
  basemap: BasemapId;
  /** Context layers switched on (all off by default). */
  context: ContextLayerId[];
  /** A full view over the map, e.g. the KPI overview; null for none. */
  overlay: Overlay | null;
  /** The Hokkaido view's colouring (regional.ts measureKey), or null for the default. */
  regionMeasure: string | null;
  /** The guided tour being presented and its scene, or null. */
  tour: TourPosition | null;
}

export interface TourPosition {
  id: string;
  scene: string;
}

/** Full views over the map: the KPI overview, all of Hokkaido (the 6 連携地域 and 14 振興局), and the A4 report of the selected area or project. */
export type Overlay = 'kpis' | 'hokkaido' | 'report';
export const OVERLAYS: readonly Overlay[] = ['kpis', 'hokkaido', 'report'];

export const INITIAL_STATE: AppState = {
  lang: 'ja',
  filters: EMPTY_FILTERS,
  selection: null,
  view: null,
  basemap: 'offline',
  context: [],
  overlay: null,
  regionMeasure: null,
  tour: null,
};

export type Action =
  | { type: 'select'; selection: Selection | null }
  | { type: 'toggle-facet'; facet: ListFacet; value: string }
  | { type: 'set-filters'; filters: Filters }
  | { type: 'clear-facet'; facet: keyof Filters }
  | { type: 'clear-filters' }
  /** わがまち: an area or project becomes the filter (its facet holds only it; the other facets stay). */
  | { type: 'scope'; facet: 'areas' | 'projects'; id: string }
  | { type: 'toggle-category'; category: Category; all: readonly Category[] }
  | { type: 'set-view'; view: MapView }
  | { type: 'set-lang'; lang: Lang }
  | { type: 'set-basemap'; basemap: BasemapId }
  | { type: 'set-overlay'; overlay: Overlay | null }
  | { type: 'set-region-measure'; measure: string | null }
  | { type: 'toggle-context'; layer: ContextLayerId }
  /** One step of a tour: its position and what the scene shows, as one change (one history entry). */
  | { type: 'set-tour'; tour: TourPosition | null; filters?: Filters; selection?: Selection | null };

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'select':
      return { ...state, selection: action.selection };
    case 'toggle-facet':
      return { ...state, filters: toggleValue(state.filters, action.facet, action.value) };
    case 'set-filters':
      return { ...state, filters: action.filters };
    case 'clear-facet':
      return { ...state, filters: { ...state.filters, [action.facet]: EMPTY_FILTERS[action.facet] } };
    case 'clear-filters':
      return { ...state, filters: EMPTY_FILTERS };
    case 'scope':
      return { ...state, filters: { ...state.filters, [action.facet]: [action.id] } };
    case 'toggle-category':
      return { ...state, filters: { ...state.filters, categories: toggleCategory(state.filters.categories, action.category, action.all) } };
    case 'set-view':
      return { ...state, view: action.view };
    case 'set-lang':
      return { ...state, lang: action.lang };
    case 'set-basemap':
      return { ...state, basemap: action.basemap };
    case 'set-overlay':
      return { ...state, overlay: action.overlay };
    case 'set-region-measure':
      return { ...state, regionMeasure: action.measure };
    case 'set-tour':
      return {
        ...state,
        tour: action.tour,
        overlay: action.tour ? null : state.overlay,
        ...(action.filters ? { filters: action.filters } : {}),
        ...(action.selection !== undefined ? { selection: action.selection } : {}),
      };
    case 'toggle-context': {
      const on = state.context.includes(action.layer);
      // Kept in the canonical order so the URL of the same screen is always the same.
      return { ...state, context: CONTEXT_LAYERS.filter((l) => (l === action.layer ? !on : state.context.includes(l))) };
    }
  }
}

/**
 * The legend's layer toggle and the category facet are one state. With no category chosen
 * every category shows; hiding one from there chooses all the others. Choosing them all
 * again is the same as choosing none. The last shown category cannot be hidden, since an
 * empty choice means "all".
 */
export function toggleCategory(current: readonly Category[], category: Category, all: readonly Category[]): Category[] {
  const shown = current.length === 0 ? [...all] : [...current];
  const next = shown.includes(category) ? shown.filter((c) => c !== category) : [...shown, category];
  if (next.length === 0) return [...current];
  return all.every((c) => next.includes(c)) ? [] : next;
}

export function isCategoryShown(current: readonly Category[], category: Category): boolean {
  return current.length === 0 || current.includes(category);
}
