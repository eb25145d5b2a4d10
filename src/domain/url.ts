import { EMPTY_FILTERS, type Filters, LIST_FACETS, type ListFacet } from './filters.ts';
import { type AppState, type BasemapId, INITIAL_STATE, type MapView, OVERLAYS, type Selection, type SelectionKind } from './state.ts';
import { parseMeasure } from './regional.ts';
import { type Accuracy, CATEGORIES, CONTEXT_LAYERS, type Category, type ContextLayerId, type PromoterId } from './types.ts';

/**
 * The URL is a serialisation of AppState: `?lang=en&c=road,river&sel=item:fp-akkeshi&v=144.5,43.2,8.5`.
 * Parsing never throws: unknown keys, malformed values and values outside `known` are ignored,
 * and `parseWithReport` says which were dropped (the app shows that quietly and rewrites the URL).
 * Categories switched off are written as exclusions (`c=-road`) when that is shorter than the list
 * of those on; a list of those on (`c=road,river`, older links) still reads.
 */

const FACET_KEYS: Record<ListFacet, string> = {
  projects: 'p',
  goals: 'g',
  promoters: 'pr',
  bodies: 'b',
  categories: 'c',
  areas: 'a',
  accuracy: 'acc',
};
const BASEMAPS: readonly BasemapId[] = ['offline', 'gsi-pale', 'gsi-std', 'gsi-photo', 'osm'];
const KINDS: readonly SelectionKind[] = ['item', 'project', 'area', 'kpi', 'context'];
const ID = /^[\w.-]{1,80}$/;

/** Ids the parser accepts per facet and per selection kind; anything else is dropped. */
export interface KnownIds {
  facets: Partial<Record<ListFacet, ReadonlySet<string>>>;
  selection: Partial<Record<SelectionKind, ReadonlySet<string>>>;
  /** Tour ids; a tour not among them is dropped. */
  tours?: ReadonlySet<string>;
}

/** Facets whose values are fixed by the app, so they are checked even before the data is known. */
const FIXED: Partial<Record<ListFacet, ReadonlySet<string>>> = {
  categories: new Set<Category>(CATEGORIES),
  accuracy: new Set<Accuracy>(['exact', 'approximate', 'representative-point']),
  promoters: new Set<PromoterId>(['kuni', 'do']),
};
/** How many values of one facet are read at most: more is junk (a real list is a few dozen). */
const MAX_VALUES = 200;

/** What a URL asked for that does not exist (or was malformed), per place in the URL. */
export interface Dropped {
  facets: { facet: ListFacet; values: string[] }[];
  selection: string | null;
  tour: string | null;
}

export function isNothingDropped(d: Dropped): boolean {
  return d.facets.length === 0 && d.selection === null && d.tour === null;
}

export function serialise(state: AppState): string {
  const q = new URLSearchParams();
  if (state.lang !== INITIAL_STATE.lang) q.set('lang', state.lang);
  for (const facet of LIST_FACETS) {
    const values = state.filters[facet] as string[];
    if (values.length) q.set(FACET_KEYS[facet], facet === 'categories' ? categoriesParam(values as Category[]) : values.join(','));
  }
  if (state.filters.border !== 'all') q.set('border', state.filters.border);
  if (state.selection) q.set('sel', `${state.selection.kind}:${state.selection.id}`);
  if (state.view) q.set('v', formatView(state.view));
  if (state.basemap !== INITIAL_STATE.basemap) q.set('bm', state.basemap);
  if (state.context.length) q.set('ctx', state.context.join(','));
  if (state.overlay) q.set('o', state.overlay);
  if (state.regionMeasure) q.set('m', state.regionMeasure);
  if (state.tour) {
    q.set('tour', state.tour.id);
    q.set('scene', state.tour.scene);
  }
  const s = q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return s ? `?${s}` : '';
}

/** The categories on, as a list of those or (when shorter) as exclusions of those off: `-road,-river`. */
function categoriesParam(on: readonly Category[]): string {
  const off = CATEGORIES.filter((c) => !on.includes(c));
  return off.length < on.length ? off.map((c) => `-${c}`).join(',') : on.join(',');
}

export function parse(search: string, known?: KnownIds): AppState {
  return parseWithReport(search, known).state;
}

/** The state a URL gives, and what it named that was dropped. */
export function parseWithReport(search: string, known?: KnownIds): { state: AppState; dropped: Dropped } {
  const dropped: Dropped = { facets: [], selection: null, tour: null };
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return { state: INITIAL_STATE, dropped };
  }
  const lang = q.get('lang') === 'en' ? 'en' : 'ja';
  const filters: Filters = { ...EMPTY_FILTERS };
  for (const facet of LIST_FACETS) {
    const raw = q.get(FACET_KEYS[facet]);
    if (!raw) continue;
    const allowed = FIXED[facet] ?? known?.facets[facet];
    const all = [...new Set(raw.split(','))];
    const exclude = facet === 'categories' && all.some((v) => v.startsWith('-'));
    const kept: string[] = [];
    const bad: string[] = [];
    for (const v of all.slice(0, MAX_VALUES)) {
      const id = exclude ? v.replace(/^-/, '') : v;
      (ID.test(id) && (!allowed || allowed.has(id)) ? kept : bad).push(id);
    }
    if (all.length > MAX_VALUES) bad.push(`(+${all.length - MAX_VALUES})`);
    if (bad.length) dropped.facets.push({ facet, values: bad });
    (filters[facet] as string[]) = exclude ? excluding(kept as Category[]) : kept;
  }
  const border = q.get('border');
  if (border === 'inside' || border === 'outside') filters.border = border;
  const bm = q.get('bm') as BasemapId | null;
  const selection = parseSelection(q.get('sel'), known);
  if (q.get('sel') && !selection) dropped.selection = q.get('sel');
  let tour = parseTour(q.get('tour'), q.get('scene'));
  if (q.get('tour') && (!tour || (known?.tours && !known.tours.has(tour.id)))) {
    dropped.tour = q.get('tour');
    tour = null;
  }
  const state: AppState = {
    lang,
    filters,
    selection,
    view: parseView(q.get('v')),
    basemap: bm && BASEMAPS.includes(bm) ? bm : INITIAL_STATE.basemap,
    context: CONTEXT_LAYERS.filter((l: ContextLayerId) => (q.get('ctx') ?? '').split(',').includes(l)),
    // The report is of the selected area or project: without one there is nothing to report.
    overlay:
      OVERLAYS.filter((o) => o !== 'report' || selection?.kind === 'area' || selection?.kind === 'project').find((o) => o === q.get('o')) ??
      null,
    regionMeasure: parseMeasure(q.get('m')) ? q.get('m') : null,
    tour,
  };
  return { state, dropped };
}

/** Every category but `off`; none off (or all) is no category filter. */
function excluding(off: readonly Category[]): Category[] {
  const on = CATEGORIES.filter((c) => !off.includes(c));
  return on.length === CATEGORIES.length || on.length === 0 ? [] : on;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A built-in tour's id, or `user:<id>` for a tour made in the app and kept in the browser. */
const TOUR_KEY = /^(?:user:)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parseTour(tour: string | null, scene: string | null): AppState['tour'] {
  return tour && TOUR_KEY.test(tour) && tour.length <= 70
    ? { id: tour, scene: scene && KEBAB.test(scene) && scene.length <= 60 ? scene : '' }
    : null;
}

function parseSelection(raw: string | null, known?: KnownIds): Selection | null {
  if (!raw) return null;
  const i = raw.indexOf(':');
  const kind = raw.slice(0, i) as SelectionKind;
  const id = raw.slice(i + 1);
  if (i < 0 || !KINDS.includes(kind) || !ID.test(id)) return null;
  const allowed = known?.selection[kind];
  return allowed && !allowed.has(id) ? null : { kind, id };
}

/** "lon,lat,zoom[,bearing[,pitch]]" with sane ranges; anything else is no view. */
export function parseView(raw: string | null): MapView | null {
  if (!raw) return null;
  const parts = raw.split(',');
  if (parts.length < 3 || parts.length > 5 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [lon, lat, zoom, bearing = 0, pitch = 0] = parts.map(Number) as [number, number, number, number?, number?];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22 || Math.abs(bearing) > 360 || pitch < 0 || pitch > 85) return null;
  return { center: [lon, lat], zoom, bearing, pitch };
}

export function formatView(v: MapView): string {
  const parts = [v.center[0].toFixed(4), v.center[1].toFixed(4), v.zoom.toFixed(2)];
  if (v.bearing || v.pitch) parts.push(v.bearing.toFixed(1), v.pitch.toFixed(1));
  return parts.map((p) => p.replace(/\.?0+$/, '') || '0').join(',');
}
