import { EMPTY_FILTERS, type Filters, LIST_FACETS, type ListFacet } from './filters.ts';
import { type AppState, type BasemapId, INITIAL_STATE, type MapView, type Selection, type SelectionKind } from './state.ts';
import { CONTEXT_LAYERS, type ContextLayerId } from './types.ts';

/**
 * The URL is a serialisation of AppState: `?lang=en&c=road,river&sel=item:fp-akkeshi&v=144.5,43.2,8.5`.
 * Parsing never throws: unknown keys, malformed values and values outside `known` are ignored.
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
}

export function serialise(state: AppState): string {
  const q = new URLSearchParams();
  if (state.lang !== INITIAL_STATE.lang) q.set('lang', state.lang);
  for (const facet of LIST_FACETS) {
    const values = state.filters[facet] as string[];
    if (values.length) q.set(FACET_KEYS[facet], values.join(','));
  }
  if (state.filters.border !== 'all') q.set('border', state.filters.border);
  if (state.selection) q.set('sel', `${state.selection.kind}:${state.selection.id}`);
  if (state.view) q.set('v', formatView(state.view));
  if (state.basemap !== INITIAL_STATE.basemap) q.set('bm', state.basemap);
  if (state.context.length) q.set('ctx', state.context.join(','));
  if (state.overlay) q.set('o', state.overlay);
  if (state.tour) {
    q.set('tour', state.tour.id);
    q.set('scene', state.tour.scene);
  }
  const s = q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return s ? `?${s}` : '';
}

export function parse(search: string, known?: KnownIds): AppState {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return INITIAL_STATE;
  }
  const lang = q.get('lang') === 'en' ? 'en' : 'ja';
  const filters: Filters = { ...EMPTY_FILTERS };
  for (const facet of LIST_FACETS) {
    const raw = q.get(FACET_KEYS[facet]);
    if (!raw) continue;
    const allowed = known?.facets[facet];
    const values = [...new Set(raw.split(','))].filter((v) => ID.test(v) && (!allowed || allowed.has(v)));
    (filters[facet] as string[]) = values;
  }
  const border = q.get('border');
  if (border === 'inside' || border === 'outside') filters.border = border;
  const bm = q.get('bm') as BasemapId | null;
  return {
    lang,
    filters,
    selection: parseSelection(q.get('sel'), known),
    view: parseView(q.get('v')),
    basemap: bm && BASEMAPS.includes(bm) ? bm : INITIAL_STATE.basemap,
    context: CONTEXT_LAYERS.filter((l: ContextLayerId) => (q.get('ctx') ?? '').split(',').includes(l)),
    overlay: q.get('o') === 'kpis' ? 'kpis' : null,
    tour: parseTour(q.get('tour'), q.get('scene')),
  };
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parseTour(tour: string | null, scene: string | null): AppState['tour'] {
  return tour && KEBAB.test(tour) && tour.length <= 60 ? { id: tour, scene: scene && KEBAB.test(scene) && scene.length <= 60 ? scene : '' } : null;
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
