import type { Atlas } from './atlas.ts';
import { type DataIssue, fileIssue } from './data/issues.ts';
import { msg } from './message.ts';
import { EMPTY_FILTERS, type Filters } from './filters.ts';
import { nameOf } from './i18n.ts';
import type { AppState } from './state.ts';
import { type Tour, type TourKnownIds, type TourScene, USER_TOUR_PREFIX, checkTour, isUserTourKey, userTourKey } from './tour.ts';
import type { Lang, Source } from './types.ts';

/**
 * Tours a presenter makes in the app: scenes captured from the screen as it is, kept in the
 * browser and exported as the same JSON as data/tours/*.json (checked by checkTour, in the app
 * and by `npm run validate -- --tour file.json`). Pure: storage and files are the caller's.
 */

// The URL names a user tour `user:<id>`; the key lives in tour.ts, which the first screen already loads.
export { USER_TOUR_PREFIX, isUserTourKey, userTourKey };
export const STORAGE_KEY = 'senkon-atlas:user-tours';

/** What the presenter types for a scene. */
export interface SceneText {
  title: string;
  caption: string;
}

const kebab = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A new tour id from its title (ASCII part) and the time, unique enough for one browser. */
export function newTourId(title: string, now: number): string {
  const base = kebab(title).slice(0, 30);
  return [base || 'tour', now.toString(36)].join('-');
}

export function newTour(title: string, now: number): Tour {
  return { id: newTourId(title, now), title_ja: title.trim(), scenes: [], sources: [] };
}

/** The scene of the screen as it is: filters set, selection, view, highlighted items. */
export function sceneFromState(text: SceneText, state: AppState, highlighted: readonly string[], taken: readonly string[]): TourScene {
  const filters = changedFilters(state.filters);
  const sel = state.selection;
  const selection = sel && sel.kind !== 'context' ? { kind: sel.kind, id: sel.id } : null;
  const scene: TourScene = {
    id: freeId(taken),
    title_ja: text.title.trim(),
    caption_ja: text.caption.trim(),
    ...(Object.keys(filters).length ? { filters } : {}),
    selection,
    ...(highlighted.length ? { items: [...highlighted] } : {}),
    view: state.view
      ? { center: [round(state.view.center[0], 5), round(state.view.center[1], 5)], zoom: round(state.view.zoom, 2) }
      : 'region',
    ...(sel?.kind === 'kpi' ? { kpi: sel.id } : {}),
  };
  return scene;
}

function changedFilters(f: Filters): Partial<Filters> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(EMPTY_FILTERS) as (keyof Filters)[]) {
    const v = f[key];
    if (Array.isArray(v) ? v.length > 0 : v !== EMPTY_FILTERS[key]) out[key] = Array.isArray(v) ? [...v] : v;
  }
  return out;
}

function freeId(taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`scene-${n}`)) return `scene-${n}`;
}

const round = (v: number, digits: number): number => Number(v.toFixed(digits));

export const addScene = (tour: Tour, scene: TourScene): Tour => ({ ...tour, scenes: [...tour.scenes, scene] });

export function moveScene(tour: Tour, from: number, to: number): Tour {
  if (from < 0 || from >= tour.scenes.length || to < 0 || to >= tour.scenes.length) return tour;
  const scenes = [...tour.scenes];
  const [s] = scenes.splice(from, 1);
  scenes.splice(to, 0, s!);
  return { ...tour, scenes };
}

export const removeScene = (tour: Tour, index: number): Tour => ({ ...tour, scenes: tour.scenes.filter((_, i) => i !== index) });

export const editScene = (tour: Tour, index: number, text: SceneText): Tour => ({
  ...tour,
  scenes: tour.scenes.map((s, i) => (i === index ? { ...s, title_ja: text.title.trim(), caption_ja: text.caption.trim() } : s)),
});

/**
 * Every fact a tour shows comes from the plans: its sources are those of the projects, KPIs and
 * items its scenes choose (each record cites its seed file and section).
 */
export function tourSources(tour: Tour, atlas: Atlas): Source[] {
  const out = new Map<string, Source>();
  const add = (sources: readonly Source[] | undefined) =>
    sources?.forEach((s) => out.set(`${s.file}\u0000${s.section}`, { file: s.file, section: s.section }));
  for (const s of tour.scenes) {
    const sel = s.selection;
    if (sel?.kind === 'project') add(atlas.projectById.get(sel.id)?.sources);
    if (sel?.kind === 'kpi') add(atlas.kpiById.get(sel.id)?.sources);
    if (sel?.kind === 'item') add(atlas.itemById.get(sel.id)?.properties.sources);
    if (s.kpi) add(atlas.kpiById.get(s.kpi)?.sources);
    s.filters?.projects?.forEach((p) => add(atlas.projectById.get(p)?.sources));
    s.items?.slice(0, 20).forEach((id) => add(atlas.itemById.get(id)?.properties.sources));
  }
  // Scenes that only show a place (a view, an area's filter) rest on the region's own record.
  if (out.size === 0) add(atlas.data.areas[0]?.sources);
  return [...out.values()];
}

/** The tour as a file: the format of data/tours/*.json, its sources filled in. */
export function exportTour(tour: Tour, atlas: Atlas): string {
  return `${JSON.stringify({ ...tour, sources: tourSources(tour, atlas) }, null, 2)}\n`;
}

/**
 * A tour file read back. Unlike the app's own tours (a bad scene is skipped), an imported file
 * with any problem is refused whole and every problem is named (file › scene › field), so the
 * presenter fixes it rather than presenting half a tour; the tours already kept are untouched.
 */
export function importTour(file: string, text: string, known: TourKnownIds): { tour: Tour | null; issues: DataIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { tour: null, issues: [fileIssue(file, msg('jsonInvalid', { detail: (e as Error).message }))] };
  }
  const { tour, issues } = checkTour(file, json, known);
  return issues.length || !tour ? { tour: null, issues } : { tour, issues: [] };
}

/** The kept tours, from localStorage's text; a tour that no longer checks against the data is left out and named. */
export function readStored(text: string | null, known: TourKnownIds): { tours: Tour[]; issues: DataIssue[] } {
  if (!text) return { tours: [], issues: [] };
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    return { tours: [], issues: [fileIssue(STORAGE_KEY, msg('tourStoredUnreadable'))] };
  }
  if (!Array.isArray(list)) return { tours: [], issues: [fileIssue(STORAGE_KEY, msg('tourStoredList'))] };
  const tours: Tour[] = [];
  const issues: DataIssue[] = [];
  for (const t of list) {
    // A tour still being made may have no scenes and no sources yet: check it as it will be exported.
    const draft = t as Tour;
    if (draft && typeof draft === 'object' && Array.isArray(draft.scenes) && draft.scenes.length === 0 && typeof draft.id === 'string') {
      tours.push({ ...draft, sources: [] });
      continue;
    }
    const got = checkTour(`${STORAGE_KEY}/${String(draft?.id)}`, { ...draft, sources: SOURCE_PLACEHOLDER }, known);
    if (got.tour) tours.push({ ...got.tour, sources: [] });
    issues.push(...got.issues);
  }
  return { tours, issues };
}

/** Kept tours carry no sources (they are derived on export); checking them needs one to pass. */
const SOURCE_PLACEHOLDER: Source[] = [{ file: '000_0000000000000000.txt', section: 'kept in the browser' }];

export const writeStored = (tours: readonly Tour[]): string => JSON.stringify(tours);

/**
 * An imported tour joins the kept ones; one whose id is already kept (the same file imported
 * twice, or a tour exported and brought back) gets a new id rather than replacing it.
 */
export function keepImported(tours: readonly Tour[], tour: Tour, now: number): Tour[] {
  const id = tours.some((t) => t.id === tour.id) ? newTourId(tour.title_ja, now) : tour.id;
  return [...tours, { ...tour, id }];
}

/** The name of what a scene selects (a map context feature is not a scene's selection: no name). */
export function selectionName(atlas: Atlas, sel: { kind: string; id: string }, lang: Lang): string | null {
  const rec =
    sel.kind === 'item'
      ? atlas.itemById.get(sel.id)?.properties
      : sel.kind === 'project'
        ? atlas.projectById.get(sel.id)
        : sel.kind === 'area'
          ? atlas.areaById.get(sel.id)
          : sel.kind === 'kpi'
            ? atlas.kpiById.get(sel.id)
            : undefined;
  return rec ? nameOf(lang, rec) : null;
}
