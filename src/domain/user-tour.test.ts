import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { EMPTY_FILTERS } from './filters.ts';
import type { AppState } from './state.ts';
import { checkTour, knownTourIds } from './tour.ts';
import {
  addScene,
  editScene,
  exportTour,
  importTour,
  keepImported,
  moveScene,
  newTour,
  readStored,
  removeScene,
  sceneFromState,
  selectionName,
  writeStored,
} from './user-tour.ts';

const { atlas } = loadRealData();
const known = knownTourIds(atlas);

const state = (over: Partial<AppState>): AppState => ({
  lang: 'ja',
  filters: EMPTY_FILTERS,
  selection: null,
  view: null,
  basemap: 'offline',
  context: [],
  overlay: null,
  regionMeasure: null,
  tour: null,
  ...over,
});

function threeScenes() {
  let tour = newTour('別海町 説明会', Date.UTC(2026, 11, 4));
  const take = (title: string, s: AppState, items: string[] = []) =>
    (tour = addScene(
      tour,
      sceneFromState(
        { title, caption: `${title}の説明` },
        s,
        items,
        tour.scenes.map((x) => x.id),
      ),
    ));
  take('地域の全体', state({ view: { center: [144.8, 43.3], zoom: 8.123456, bearing: 0, pitch: 0 } }));
  const project = atlas.data.projects[0]!.id;
  const items = atlas.itemsOfProject(project).map((i) => i.properties.id);
  take('プロジェクト', state({ selection: { kind: 'project', id: project } }), items);
  take(
    '別海町の道路',
    state({
      filters: { ...EMPTY_FILTERS, areas: ['01691'], categories: ['road'] },
      selection: { kind: 'kpi', id: atlas.data.kpis[0]!.id },
    }),
  );
  return tour;
}

describe('tours a presenter makes', () => {
  it('captures filters, selection, view and highlighted items as a scene', () => {
    const tour = threeScenes();
    expect(tour.scenes.map((s) => s.id)).toEqual(['scene-1', 'scene-2', 'scene-3']);
    expect(tour.scenes[0]!.view).toEqual({ center: [144.8, 43.3], zoom: 8.12 });
    expect(tour.scenes[0]!.filters).toBeUndefined();
    expect(tour.scenes[1]!.items!.length).toBeGreaterThan(0);
    expect(tour.scenes[2]!.filters).toEqual({ areas: ['01691'], categories: ['road'] });
    expect(tour.scenes[2]!.kpi).toBe(atlas.data.kpis[0]!.id);
    expect(tour.scenes[2]!.view).toBe('region');
  });

  it('reorders, edits and deletes scenes without touching the others', () => {
    const tour = threeScenes();
    const moved = moveScene(tour, 2, 0);
    expect(moved.scenes.map((s) => s.id)).toEqual(['scene-3', 'scene-1', 'scene-2']);
    expect(moveScene(tour, 0, 5)).toBe(tour);
    const edited = editScene(moved, 1, { title: ' 新しい題 ', caption: '説明' });
    expect(edited.scenes[1]!.title_ja).toBe('新しい題');
    expect(edited.scenes[0]).toBe(moved.scenes[0]);
    expect(removeScene(edited, 0).scenes.map((s) => s.id)).toEqual(['scene-1', 'scene-2']);
  });

  it('exports a file that the tour check accepts, with the sources of what it shows, and imports it back', () => {
    const tour = threeScenes();
    const text = exportTour(tour, atlas);
    const file = JSON.parse(text) as { sources: unknown[] };
    expect(file.sources.length).toBeGreaterThan(0);
    expect(checkTour('my.json', file, known).issues).toEqual([]);
    const back = importTour('my.json', text, known);
    expect(back.issues).toEqual([]);
    expect(back.tour!.scenes).toEqual(tour.scenes);
  });

  it('refuses a bad file whole, naming the scene and the field', () => {
    const file = JSON.parse(exportTour(threeScenes(), atlas)) as { scenes: { selection: unknown }[] };
    file.scenes[1]!.selection = { kind: 'project', id: 'p-no-such' };
    const got = importTour('bad.json', JSON.stringify(file), known);
    expect(got.tour).toBeNull();
    expect(got.issues[0]).toMatchObject({ file: 'bad.json', record: 'scene-2', field: 'selection.id' });
    expect(importTour('broken.json', '{"id": ', known).issues[0]!.message).toMatch(/not valid JSON/);
  });

  it('keeps tours in storage text, drafts without scenes too', () => {
    const tours = [threeScenes(), newTour('まだ空', 1)];
    const back = readStored(writeStored(tours), known);
    expect(back.issues).toEqual([]);
    expect(back.tours.map((t) => t.scenes.length)).toEqual([3, 0]);
    expect(readStored('nonsense', known).issues).toHaveLength(1);
  });
});

describe('importing next to the kept tours', () => {
  it('keeps an imported tour under its own id, or a new one when that id is kept already', () => {
    const a = newTour('説明会', Date.UTC(2026, 0, 1));
    const b = { ...newTour('別の説明会', Date.UTC(2026, 0, 2)), id: 'other' };
    const once = keepImported([a], b, Date.UTC(2026, 0, 3));
    expect(once.map((t) => t.id)).toEqual([a.id, 'other']);
    const twice = keepImported(once, b, Date.UTC(2026, 0, 3));
    expect(twice).toHaveLength(3);
    expect(twice[2]!.id).not.toBe('other');
    expect(twice[2]!.title_ja).toBe('別の説明会');
    expect(twice.slice(0, 2)).toEqual(once);
  });
});

describe('the name of what a scene selects', () => {
  it('names items, projects, areas and KPIs in the language, and nothing else', () => {
    const kpi = atlas.data.kpis[0]!;
    expect(selectionName(atlas, { kind: 'area', id: '01691' }, 'ja')).toBe(atlas.areaById.get('01691')!.name_ja);
    expect(selectionName(atlas, { kind: 'kpi', id: kpi.id }, 'ja')).toBe(kpi.name_ja);
    expect(selectionName(atlas, { kind: 'item', id: 'hb-nemuro' }, 'ja')).toBe('根室港');
    expect(selectionName(atlas, { kind: 'project', id: 'p-food-industry' }, 'en')).toBe(
      atlas.projectById.get('p-food-industry')!.name_en ?? atlas.projectById.get('p-food-industry')!.name_ja,
    );
    expect(selectionName(atlas, { kind: 'context', id: 'np-shiretoko' }, 'ja')).toBeNull();
    expect(selectionName(atlas, { kind: 'project', id: 'p-gone' }, 'ja')).toBeNull();
  });
});
