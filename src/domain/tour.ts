import type { Atlas } from './atlas.ts';
import { BASEMAP_BBOX } from './data/files.ts';
import { type DataIssue, RecordCheck, describe, fileIssue, isObject } from './data/issues.ts';
import { type Message, msg } from './message.ts';
import { EMPTY_FILTERS, type Filters } from './filters.ts';
import { CATEGORIES, type Lang, type Source } from './types.ts';

/**
 * Guided tours for community meetings (住民説明会). A tour is data — data/tours/*.json — so a
 * planner can write their own without touching code; it is validated like every other file:
 * each problem names file › scene › field, a bad scene is left out and the rest still plays.
 */

/** One step of a tour: where the map goes, what it filters and highlights, and the caption. */
export interface TourScene {
  /** ASCII kebab case; the URL names the scene by it, so a link opens on it. */
  id: string;
  title_ja: string;
  title_en?: string;
  caption_ja: string;
  caption_en?: string;
  /** Applied over EMPTY_FILTERS: a scene without filters shows everything (see sceneFilters). */
  filters?: Partial<Filters>;
  selection?: { kind: 'item' | 'project' | 'area' | 'kpi'; id: string } | null;
  /** Item ids to highlight; when absent they follow from the selection or the filters. */
  items?: string[];
  /** Where the map goes: a box [west, south, east, north], a centre and zoom, the highlighted items, or the whole region. */
  view?: { bounds: [number, number, number, number] } | { center: [number, number]; zoom: number } | 'items' | 'region';
  /** A KPI id to chart in the caption. */
  kpi?: string;
  /** KPI ids listed in the caption as a compact table (base, latest, target): a summary scene. */
  kpis?: string[];
}

export interface Tour {
  id: string;
  title_ja: string;
  title_en?: string;
  scenes: TourScene[];
  sources: Source[];
}

/** Ids a tour may refer to; build them from the loaded data with knownTourIds. */
export interface TourKnownIds {
  projects: Set<string>;
  items: Set<string>;
  areas: Set<string>;
  kpis: Set<string>;
  goals: Set<string>;
  bodies: Set<string>;
}

/** The default tour, relative to data/. */
export const DEFAULT_TOUR_FILE = 'tours/default.json';

/**
 * A tour a presenter made in the app (user-tour.ts) is named in the URL as `user:<id>`, the
 * built-in ones by their bare id: the prefix says to look in the browser's storage, not in data/.
 */
export const USER_TOUR_PREFIX = 'user:';
export const userTourKey = (id: string): string => `${USER_TOUR_PREFIX}${id}`;
export const isUserTourKey = (key: string): boolean => key.startsWith(USER_TOUR_PREFIX);

const TOUR_FIELDS = ['id', 'title_ja', 'title_en', 'scenes', 'sources'] as const;
const SCENE_FIELDS = [
  'id',
  'title_ja',
  'title_en',
  'caption_ja',
  'caption_en',
  'filters',
  'selection',
  'items',
  'view',
  'kpi',
  'kpis',
] as const;
const FILTER_FIELDS = [
  'projects',
  'goals',
  'promoters',
  'bodies',
  'categories',
  'areas',
  'accuracy',
  'border',
] as const satisfies readonly (keyof Filters)[];
const SELECTION_KINDS = ['item', 'project', 'area', 'kpi'] as const;
const VIEW_WORDS = ['items', 'region'] as const;
/** Scene and tour ids travel in URLs: lower-case ASCII words joined by hyphens. */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ZOOM = 22;

export function knownTourIds(atlas: Atlas): TourKnownIds {
  return {
    projects: new Set(atlas.projectById.keys()),
    items: new Set(atlas.itemById.keys()),
    areas: new Set(atlas.areaById.keys()),
    kpis: new Set(atlas.kpiById.keys()),
    goals: new Set(atlas.goalById.keys()),
    bodies: new Set(atlas.bodyById.keys()),
  };
}

// ---------------------------------------------------------------- validation

/**
 * Validates a parsed tour file. Problems with the tour itself (not an object, no usable scenes,
 * title, sources) give `tour: null`; a bad scene is reported and left out, the others are kept.
 */
export function checkTour(file: string, json: unknown, known: TourKnownIds): { tour: Tour | null; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  if (!isObject(json)) {
    issues.push(fileIssue(file, msg('tourObject', { got: describe(json) })));
    return { tour: null, issues };
  }
  const top = new RecordCheck(file, '', issues);
  unknownFields(top, json, TOUR_FIELDS, msg('tourWhat_tour'));
  kebabId(top, json, issues);
  top.string(json, 'title_ja');
  top.string(json, 'title_en', { optional: true });
  top.sources(json);
  const scenes = checkScenes(file, json['scenes'], known, issues);
  if (scenes.length === 0 && Array.isArray(json['scenes']) && json['scenes'].length > 0) {
    top.fail('scenes', msg('tourNoScene'));
  }
  if (!top.ok) return { tour: null, issues };
  const tour = json as unknown as Tour;
  return { tour: { ...tour, scenes }, issues };
}

function checkScenes(file: string, v: unknown, known: TourKnownIds, issues: DataIssue[]): TourScene[] {
  if (!Array.isArray(v) || v.length === 0) {
    issues.push(fileIssue(file, msg('tourScenes', { got: describe(v) }), 'scenes'));
    return [];
  }
  const seen = new Set<string>();
  const out: TourScene[] = [];
  v.forEach((s: unknown, i) => {
    const id = isObject(s) && typeof s['id'] === 'string' && s['id'] ? s['id'] : `#${i}`;
    const c = new RecordCheck(file, id, issues);
    if (!isObject(s)) {
      c.fail('', msg('tourSceneObject', { got: describe(s) }));
      return;
    }
    if (seen.has(id)) {
      // Report against the position too: the two records share a name, so the name alone does not say which.
      c.fail('id', msg('tourSceneIdTaken', { index: i }));
      return;
    }
    seen.add(id);
    checkScene(c, s, known, issues);
    if (c.ok) out.push(s as unknown as TourScene);
  });
  return out;
}

function checkScene(c: RecordCheck, s: Record<string, unknown>, known: TourKnownIds, issues: DataIssue[]): void {
  unknownFields(c, s, SCENE_FIELDS, msg('tourWhat_scene'));
  kebabId(c, s, issues);
  c.string(s, 'title_ja');
  c.string(s, 'title_en', { optional: true });
  c.string(s, 'caption_ja');
  c.string(s, 'caption_en', { optional: true });
  if (s['filters'] !== undefined) checkFilters(c, s['filters'], known, issues);
  if (s['selection'] !== undefined && s['selection'] !== null) checkSelection(c, s['selection'], known);
  if (s['items'] !== undefined) checkItemList(c, s, known, issues);
  if (s['view'] !== undefined) checkView(c, s['view']);
  if (s['kpi'] !== undefined)
    then(
      issues,
      () => c.string(s, 'kpi'),
      () => c.refs(s, 'kpi', known.kpis, 'KPI'),
    );
  if (s['kpis'] !== undefined)
    then(
      issues,
      () => c.stringArray(s, 'kpis', { nonEmpty: true }),
      () => c.refs(s, 'kpis', known.kpis, 'KPI'),
    );
}

function checkFilters(scene: RecordCheck, f: unknown, known: TourKnownIds, issues: DataIssue[]): void {
  if (!isObject(f)) {
    scene.fail('filters', msg('tourFilters', { got: describe(f) }));
    return;
  }
  const c = scene.at('filters');
  unknownFields(c, f, FILTER_FIELDS, msg('tourWhat_filters'));
  const list = (field: keyof Filters, what: string | Message, allowed: ReadonlySet<string>) => {
    if (f[field] !== undefined)
      then(
        issues,
        () => c.stringArray(f, field),
        () => c.refs(f, field, allowed, what),
      );
  };
  list('projects', 'project', known.projects);
  list('goals', 'goal', known.goals);
  list('bodies', 'body', known.bodies);
  list('areas', 'area', known.areas);
  list('promoters', msg('noun_promoter'), new Set(['kuni', 'do']));
  list('categories', msg('noun_category', { allowed: CATEGORIES }), new Set(CATEGORIES));
  list('accuracy', msg('noun_accuracy'), new Set(['exact', 'approximate', 'representative-point']));
  c.oneOf(f, 'border', ['all', 'inside', 'outside'] as const, { optional: true });
}

function checkSelection(scene: RecordCheck, sel: unknown, known: TourKnownIds): void {
  if (!isObject(sel)) {
    scene.fail('selection', msg('tourSelection', { got: describe(sel) }));
    return;
  }
  const c = scene.at('selection');
  unknownFields(c, sel, ['kind', 'id'] as const, msg('tourWhat_selection'));
  c.oneOf(sel, 'kind', SELECTION_KINDS);
  c.string(sel, 'id');
  const kind = sel['kind'] as (typeof SELECTION_KINDS)[number];
  const sets = { item: known.items, project: known.projects, area: known.areas, kpi: known.kpis };
  const what = { item: 'item', project: 'project', area: 'area', kpi: 'KPI' };
  if (SELECTION_KINDS.includes(kind) && typeof sel['id'] === 'string') c.refs(sel, 'id', sets[kind], what[kind]);
}

function checkItemList(c: RecordCheck, s: Record<string, unknown>, known: TourKnownIds, issues: DataIssue[]): void {
  then(
    issues,
    () => c.stringArray(s, 'items'),
    () => {
      c.refs(s, 'items', known.items, 'item');
      const items = s['items'] as string[];
      const twice = items.filter((x, i) => items.indexOf(x) !== i);
      if (twice.length) c.fail('items', msg('tourTwice', { ids: [...new Set(twice)].map((x) => `"${x}"`) }));
    },
  );
}

function checkView(c: RecordCheck, view: unknown): void {
  if (typeof view === 'string') {
    if (!(VIEW_WORDS as readonly string[]).includes(view)) c.fail('view', msg('tourView', { got: describe(view) }));
    return;
  }
  if (!isObject(view)) {
    c.fail('view', msg('tourView', { got: describe(view) }));
    return;
  }
  const at = c.at('view');
  if ('bounds' in view && 'center' in view) {
    c.fail('view', msg('tourViewBoth'));
    return;
  }
  if ('bounds' in view) {
    unknownFields(at, view, ['bounds'] as const, msg('tourWhat_bounds'));
    checkBounds(at, view['bounds']);
  } else if ('center' in view) {
    unknownFields(at, view, ['center', 'zoom'] as const, msg('tourWhat_centre'));
    checkPosition(at, 'center', view['center']);
    at.number(view, 'zoom');
    const z = view['zoom'];
    if (typeof z === 'number' && (z < 0 || z > MAX_ZOOM)) at.fail('zoom', msg('tourZoom', { max: MAX_ZOOM, zoom: z }));
  } else {
    c.fail('view', msg('tourViewNeeds'));
  }
}

function checkBounds(c: RecordCheck, b: unknown): void {
  if (!Array.isArray(b) || b.length !== 4 || b.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
    c.fail('bounds', msg('tourBounds', { got: describe(b) }));
    return;
  }
  const [w, s, e, n] = b as [number, number, number, number];
  // [south, west, north, east] is the common slip (Leaflet's order): name it as such.
  if (inBox(s, w, BASEMAP_BBOX) && inBox(n, e, BASEMAP_BBOX)) {
    c.fail('bounds', msg('tourBoundsSwapped', { bounds: b.join(', ') }));
    return;
  }
  if (!inBox(w, s, BASEMAP_BBOX) || !inBox(e, n, BASEMAP_BBOX)) {
    c.fail('bounds', msg('tourBoundsOutside', { bounds: b.join(', '), ...mapBox() }));
    return;
  }
  if (w >= e || s >= n) c.fail('bounds', msg('tourBoundsOrder', { bounds: b.join(', ') }));
}

function checkPosition(c: RecordCheck, field: string, p: unknown): void {
  if (!Array.isArray(p) || p.length !== 2 || p.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
    c.fail(field, msg('tourPosition', { got: describe(p) }));
    return;
  }
  const [lon, lat] = p as [number, number];
  if (inBox(lon, lat, BASEMAP_BBOX)) return;
  c.fail(field, inBox(lat, lon, BASEMAP_BBOX) ? msg('tourSwapped', { lon, lat }) : msg('tourOutside', { lon, lat, ...mapBox() }));
}

/** A misspelt field would otherwise be ignored silently, and the planner would not know why the scene does nothing. */
function unknownFields(c: RecordCheck, o: Record<string, unknown>, allowed: readonly string[], what: Message): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) c.fail(key, msg('tourNotField', { what, allowed }));
  }
}

/** The map's box, as the messages about views outside it name it. */
const mapBox = () => ({ west: BASEMAP_BBOX[0], east: BASEMAP_BBOX[2], south: BASEMAP_BBOX[1], north: BASEMAP_BBOX[3] });

function kebabId(c: RecordCheck, o: Record<string, unknown>, issues: DataIssue[]): void {
  then(
    issues,
    () => c.string(o, 'id'),
    () => {
      if (!KEBAB.test(o['id'] as string)) c.fail('id', msg('tourKebab', { got: describe(o['id']) }));
    },
  );
}

/** Runs `rule` only when `shape` reported nothing: a reference check on a value of the wrong shape would only repeat the problem. */
function then(issues: DataIssue[], shape: () => void, rule: () => void): void {
  const before = issues.length;
  shape();
  if (issues.length === before) rule();
}

function inBox(lon: number, lat: number, [w, s, e, n]: readonly number[]): boolean {
  return lon >= w! && lon <= e! && lat >= s! && lat <= n!;
}

// ---------------------------------------------------------------- playing

/** The filters a scene shows: its own over empty ones, so a scene looks the same however it was reached (next, previous or a link). */
export function sceneFilters(scene: TourScene): Filters {
  return { ...EMPTY_FILTERS, ...scene.filters };
}

/**
 * The item ids a scene highlights: its own list, else the items of its selection (an item; a
 * project's items; the located items in an area; the items of the projects a KPI measures),
 * else the items passing its filters. A scene with none of these (the overview) highlights
 * nothing: highlighting every item would emphasise none.
 */
export function defaultSceneItems(scene: TourScene, atlas: Atlas): string[] {
  if (scene.items) return scene.items.filter((id) => atlas.itemById.has(id));
  const sel = scene.selection;
  if (sel) return selectionItems(sel, atlas);
  const filters = sceneFilters(scene);
  if (!scene.filters || Object.keys(scene.filters).length === 0) return [];
  return atlas.filtered(filters).map((i) => i.properties.id);
}

function selectionItems(sel: NonNullable<TourScene['selection']>, atlas: Atlas): string[] {
  switch (sel.kind) {
    case 'item':
      return atlas.itemById.has(sel.id) ? [sel.id] : [];
    case 'project':
      return atlas.itemsOfProject(sel.id).map((i) => i.properties.id);
    case 'area':
      // As the app's own area highlight: located items only, since an item naming no municipality counts as region-wide.
      return atlas.data.items.filter((i) => i.geometry && atlas.areasOfItem(i).includes(sel.id)).map((i) => i.properties.id);
    case 'kpi': {
      const kpi = atlas.kpiById.get(sel.id);
      return kpi ? atlas.itemsMeasuredByKpi(kpi).map((i) => i.properties.id) : [];
    }
  }
}

export function sceneTitle(scene: Pick<TourScene, 'title_ja' | 'title_en'>, lang: Lang): string {
  return lang === 'en' && scene.title_en ? scene.title_en : scene.title_ja;
}

export function sceneCaption(scene: TourScene, lang: Lang): string {
  return lang === 'en' && scene.caption_en ? scene.caption_en : scene.caption_ja;
}

/** The index of a scene named in a URL, or -1. */
export function sceneIndex(tour: Tour, sceneId: string): number {
  return tour.scenes.findIndex((s) => s.id === sceneId);
}

/** 'blank' toggles a black screen, as presentation software does on B or the full stop. */
export type TourCommand = 'next' | 'prev' | 'exit' | 'blank';
export type TourStepDetail = { index: number } | { exit: true };

/** What a command does at `index` of `count` scenes; null at either end (there is nothing before the first or after the last). */
export function tourStep(index: number, count: number, command: TourCommand): TourStepDetail | null {
  if (command === 'exit') return { exit: true };
  if (command === 'blank') return null;
  const next = command === 'next' ? index + 1 : index - 1;
  return next >= 0 && next < count ? { index: next } : null;
}
