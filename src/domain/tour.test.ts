import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadRealData } from '../../test/load-data.ts';
import { formatIssue } from './data/issues.ts';
import { EMPTY_FILTERS } from './filters.ts';
import { discrepancies } from './kpi.ts';
import {
  DEFAULT_TOUR_FILE,
  type Tour,
  type TourScene,
  checkTour,
  defaultSceneItems,
  knownTourIds,
  sceneFilters,
  sceneIndex,
  tourStep,
} from './tour.ts';

const { atlas, issues: dataIssues } = loadRealData();
const known = knownTourIds(atlas);
const FILE = DEFAULT_TOUR_FILE;
const raw = JSON.parse(readFileSync(join(DATA_DIR, FILE), 'utf8')) as Tour;

/** The default tour's scenes by role. */
const isProject = (s: TourScene) => s.selection?.kind === 'project';
const isBorder = (s: TourScene) => s.filters?.border === 'inside';
const isOverview = (s: TourScene) => !s.selection && !s.filters && !s.items && s.view === 'region';
const isKpiSummary = (s: TourScene) => s.id === 'kpi-summary';

describe('the default tour (data/tours/default.json)', () => {
  const { tour, issues } = checkTour(FILE, raw, known);

  it('validates against the real data with no issue', () => {
    expect(dataIssues.map(formatIssue)).toEqual([]);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(tour).not.toBeNull();
    expect(tour!.scenes).toHaveLength(raw.scenes.length);
  });

  it('has an overview, one scene per project, the border region and a KPI summary, in that order', () => {
    const scenes = tour!.scenes;
    expect(scenes.filter(isOverview)).toHaveLength(1);
    expect(scenes.filter(isBorder)).toHaveLength(1);
    expect(scenes.filter(isKpiSummary)).toHaveLength(1);
    const projects = scenes.filter(isProject).map((s) => s.selection!.id);
    expect(projects).toEqual(atlas.data.projects.map((p) => p.id));
    expect(projects).toHaveLength(11);
    expect(scenes).toHaveLength(14);
    expect(scenes.map((s) => (isOverview(s) ? 'overview' : isProject(s) ? 'project' : isBorder(s) ? 'border' : 'kpis'))).toEqual([
      'overview',
      ...Array<string>(11).fill('project'),
      'border',
      'kpis',
    ]);
  });

  it('titles each project scene with the project name, in both languages', () => {
    for (const s of tour!.scenes.filter(isProject)) {
      const p = atlas.projectById.get(s.selection!.id)!;
      expect(s.title_ja, s.id).toBe(p.name_ja);
      expect(s.title_en, s.id).toBe(p.name_en);
      expect(s.caption_en, s.id).toBeTruthy();
    }
  });

  it('charts one KPI of the project for every project that has KPIs, and none for the others', () => {
    for (const s of tour!.scenes.filter(isProject)) {
      const kpis = atlas.kpisOfProject(s.selection!.id).map((k) => k.kpi.id);
      if (kpis.length === 0) expect(s.kpi, s.id).toBeUndefined();
      else expect(kpis, s.id).toContain(s.kpi);
      if (!s.kpi) continue;
      const kpi = atlas.kpiById.get(s.kpi)!;
      expect(kpi.observations.length, `${s.id}: a KPI with a history to chart`).toBeGreaterThan(0);
      // A printed value that does not add up (e.g. 1.356 for 1,356 千トン) would be drawn as a collapse in front of the audience.
      expect(
        discrepancies(kpi).filter((d) => d.kind === 'sum'),
        `${s.id}: ${s.kpi}`,
      ).toEqual([]);
    }
  });

  it('states the numbers the data holds', () => {
    const overview = tour!.scenes.find(isOverview)!;
    const projects = atlas.data.projects;
    expect(overview.caption_ja).toContain(`${atlas.municipalities.length}市町村`);
    expect(overview.caption_ja).toContain(`地域重点プロジェクト ${projects.length}件`);
    expect(overview.caption_ja).toContain(`国 ${projects.filter((p) => p.promoter === 'kuni').length}件`);
    expect(overview.caption_ja).toContain(`道 ${projects.filter((p) => p.promoter === 'do').length}件`);

    const border = tour!.scenes.find(isBorder)!;
    for (const m of atlas.municipalities.filter((a) => a.border_region)) expect(border.caption_ja).toContain(m.name_ja);

    const summary = tour!.scenes.find(isKpiSummary)!;
    const count = (g: string) => atlas.data.kpis.filter((k) => k.generation === g).length;
    expect(summary.caption_ja).toContain(`（000）${count('policy-unit')}件`);
    expect(summary.caption_ja).toContain(`KPI ${count('h28-policy')}件`);
    expect(summary.caption_ja).toContain(`KPI ${count('r3-policy')}件`);
    // The summary shows the figures of the KPIs the project scenes charted, each one of a 道 project.
    expect(summary.kpis).toEqual(tour!.scenes.flatMap((s) => (s.kpi ? [s.kpi] : [])));
    for (const id of summary.kpis!) {
      const projects = atlas.data.projects.filter((p) => atlas.kpisOfProject(p.id).some((k) => k.kpi.id === id));
      expect(
        projects.map((p) => p.promoter),
        id,
      ).toContain('do');
    }
  });

  it('fits to items only where some of them are on the map', () => {
    for (const s of tour!.scenes.filter((x) => x.view === 'items')) {
      const located = defaultSceneItems(s, atlas).filter((id) => atlas.itemById.get(id)!.geometry);
      expect(located.length, s.id).toBeGreaterThan(0);
    }
  });

  it('cites the 001 section of every project it presents', () => {
    const cited = new Set(tour!.sources.map((s) => s.section));
    for (const p of atlas.data.projects) expect(cited, p.id).toContain(p.sources[0]!.section);
  });
});

describe('defaultSceneItems', () => {
  const base: TourScene = { id: 's', title_ja: 't', caption_ja: 'c' };
  const ids = (xs: { properties: { id: string } }[]) => xs.map((i) => i.properties.id);

  it('takes the scene’s own list first', () => {
    expect(
      defaultSceneItems({ ...base, items: ['fp-rausu', 'hb-kushiro'], selection: { kind: 'project', id: 'p-food-industry' } }, atlas),
    ).toEqual(['fp-rausu', 'hb-kushiro']);
  });

  it('else the items of the selection', () => {
    expect(defaultSceneItems({ ...base, selection: { kind: 'project', id: 'p-logistics-network' } }, atlas)).toEqual(
      ids(atlas.itemsOfProject('p-logistics-network')),
    );
    expect(defaultSceneItems({ ...base, selection: { kind: 'item', id: 'fp-rausu' } }, atlas)).toEqual(['fp-rausu']);
    const inRausu = defaultSceneItems({ ...base, selection: { kind: 'area', id: '01694' } }, atlas);
    expect(inRausu).toContain('fp-rausu');
    expect(inRausu.every((id) => atlas.itemById.get(id)!.properties.municipalities.includes('01694'))).toBe(true);
    const milk = defaultSceneItems({ ...base, selection: { kind: 'kpi', id: 'kpi-unit-1-milk-production' } }, atlas);
    // A KPI of an earlier plan measures its own project, which has no items (not its successor's).
    expect(milk).toEqual([]);
  });

  it('else the items passing the filters; nothing when there are none', () => {
    const inside = defaultSceneItems({ ...base, filters: { border: 'inside' } }, atlas);
    expect(inside).toEqual(ids(atlas.data.items.filter((i) => atlas.inBorderRegion(i))));
    expect(inside.length).toBeGreaterThan(0);
    expect(defaultSceneItems(base, atlas)).toEqual([]);
    expect(defaultSceneItems({ ...base, filters: {} }, atlas)).toEqual([]);
  });
});

describe('checkTour: each kind of problem gets its own message naming file › scene › field', () => {
  const good: TourScene = {
    id: 'ok',
    title_ja: '題',
    caption_ja: '説明',
    selection: { kind: 'project', id: 'p-food-industry' },
    view: 'items',
  };
  const tourWith = (...scenes: unknown[]) => ({
    id: 'mine',
    title_ja: 'ツアー',
    scenes: [good, ...scenes],
    sources: raw.sources.slice(0, 1),
  });
  const messages = (...scenes: unknown[]) => checkTour('tours/mine.json', tourWith(...scenes), known).issues.map(formatIssue);

  const cases: [string, Record<string, unknown>, string][] = [
    [
      'a missing title',
      { id: 'a', caption_ja: 'c' },
      'tours/mine.json › record a › field title_ja: must be a non-empty string (got nothing)',
    ],
    [
      'a missing caption',
      { id: 'a', title_ja: 't' },
      'tours/mine.json › record a › field caption_ja: must be a non-empty string (got nothing)',
    ],
    [
      'a misspelt field',
      { id: 'a', title_ja: 't', caption_ja: 'c', caption: 'x' },
      'tours/mine.json › record a › field caption: is not a field of a scene (allowed: id, title_ja, title_en, caption_ja, caption_en, filters, selection, items, view, kpi, kpis)',
    ],
    [
      'an id that is not kebab case',
      { id: 'Food Scene', title_ja: 't', caption_ja: 'c' },
      'tours/mine.json › record Food Scene › field id: must be lower-case ASCII words joined by hyphens, e.g. "food-industry" (got a string "Food Scene")',
    ],
    ['no id', { title_ja: 't', caption_ja: 'c' }, 'tours/mine.json › record #1 › field id: must be a non-empty string (got nothing)'],
    [
      'an unknown project in the filters',
      { id: 'a', title_ja: 't', caption_ja: 'c', filters: { projects: ['p-nope'] } },
      'tours/mine.json › record a › field filters.projects: refers to unknown project "p-nope"',
    ],
    [
      'an unknown area in the filters',
      { id: 'a', title_ja: 't', caption_ja: 'c', filters: { areas: ['99999'] } },
      'tours/mine.json › record a › field filters.areas: refers to unknown area "99999"',
    ],
    [
      'a filter that is not a list',
      { id: 'a', title_ja: 't', caption_ja: 'c', filters: { goals: 'goal-1' } },
      'tours/mine.json › record a › field filters.goals: must be an array of strings (got a string "goal-1")',
    ],
    [
      'an unknown promoter',
      { id: 'a', title_ja: 't', caption_ja: 'c', filters: { promoters: ['city'] } },
      'tours/mine.json › record a › field filters.promoters: refers to unknown promoter (use kuni or do) "city"',
    ],
    [
      'a bad border value',
      { id: 'a', title_ja: 't', caption_ja: 'c', filters: { border: 'yes' } },
      'tours/mine.json › record a › field filters.border: must be one of all, inside, outside (got a string "yes")',
    ],
    [
      'an unknown filter',
      { id: 'a', title_ja: 't', caption_ja: 'c', filters: { project: ['p-food-industry'] } },
      'tours/mine.json › record a › field filters.project: is not a field of the filters (allowed: projects, goals, promoters, bodies, categories, areas, accuracy, border)',
    ],
    [
      'an unknown selected project',
      { id: 'a', title_ja: 't', caption_ja: 'c', selection: { kind: 'project', id: 'p-nope' } },
      'tours/mine.json › record a › field selection.id: refers to unknown project "p-nope"',
    ],
    [
      'an unknown selected area',
      { id: 'a', title_ja: 't', caption_ja: 'c', selection: { kind: 'area', id: 'nowhere' } },
      'tours/mine.json › record a › field selection.id: refers to unknown area "nowhere"',
    ],
    [
      'a bad selection kind',
      { id: 'a', title_ja: 't', caption_ja: 'c', selection: { kind: 'town', id: '01223' } },
      'tours/mine.json › record a › field selection.kind: must be one of item, project, area, kpi (got a string "town")',
    ],
    [
      'an unknown item to highlight',
      { id: 'a', title_ja: 't', caption_ja: 'c', items: ['fp-rausu', 'fp-nowhere'] },
      'tours/mine.json › record a › field items: refers to unknown item "fp-nowhere"',
    ],
    [
      'an item listed twice',
      { id: 'a', title_ja: 't', caption_ja: 'c', items: ['fp-rausu', 'fp-rausu'] },
      'tours/mine.json › record a › field items: lists "fp-rausu" more than once',
    ],
    [
      'an unknown KPI',
      { id: 'a', title_ja: 't', caption_ja: 'c', kpi: 'kpi-nope' },
      'tours/mine.json › record a › field kpi: refers to unknown KPI "kpi-nope"',
    ],
    [
      'an unknown KPI in a summary list',
      { id: 'a', title_ja: 't', caption_ja: 'c', kpis: ['kpi-unit-2-tourist-visitors', 'kpi-nope'] },
      'tours/mine.json › record a › field kpis: refers to unknown KPI "kpi-nope"',
    ],
    [
      'an unknown view word',
      { id: 'a', title_ja: 't', caption_ja: 'c', view: 'all' },
      'tours/mine.json › record a › field view: must be "items", "region", {"bounds": [w, s, e, n]} or {"center": [lon, lat], "zoom": z} (got a string "all")',
    ],
    [
      'bounds written latitude first',
      { id: 'a', title_ja: 't', caption_ja: 'c', view: { bounds: [43.0, 144.6, 44.4, 145.9] } },
      'tours/mine.json › record a › field view.bounds: [43, 144.6, 44.4, 145.9] looks like [south, west, north, east]: write [west, south, east, north] (longitude first)',
    ],
    [
      'bounds outside the map',
      { id: 'a', title_ja: 't', caption_ja: 'c', view: { bounds: [139, 35, 140, 36] } },
      'tours/mine.json › record a › field view.bounds: [139, 35, 140, 36] lies outside the map (lon 136.5–152.5, lat 39.5–47.5)',
    ],
    [
      'bounds west of east',
      { id: 'a', title_ja: 't', caption_ja: 'c', view: { bounds: [145.9, 43.0, 144.6, 44.4] } },
      'tours/mine.json › record a › field view.bounds: [145.9, 43, 144.6, 44.4] must have west < east and south < north',
    ],
    [
      'a centre written latitude first',
      { id: 'a', title_ja: 't', caption_ja: 'c', view: { center: [43.3, 145.5], zoom: 9 } },
      'tours/mine.json › record a › field view.center: [43.3, 145.5] looks like [latitude, longitude]: write [longitude, latitude]',
    ],
    [
      'a zoom out of range',
      { id: 'a', title_ja: 't', caption_ja: 'c', view: { center: [145.5, 43.3], zoom: 30 } },
      'tours/mine.json › record a › field view.zoom: must be between 0 and 22 (got 30)',
    ],
    [
      'a view with neither bounds nor centre',
      { id: 'a', title_ja: 't', caption_ja: 'c', view: { zoom: 9 } },
      'tours/mine.json › record a › field view: needs "bounds": [west, south, east, north] or "center": [lon, lat] with "zoom"',
    ],
    [
      'filters that are not an object',
      { id: 'a', title_ja: 't', caption_ja: 'c', filters: ['p-food-industry'] },
      'tours/mine.json › record a › field filters: must be an object like {"projects": ["p-…"], "border": "inside"} (got an array ["p-food-industry"])',
    ],
    [
      'a selection that is not an object',
      { id: 'a', title_ja: 't', caption_ja: 'c', selection: 'p-food-industry' },
      'tours/mine.json › record a › field selection: must be null or {"kind": "project", "id": "p-…"} (got a string "p-food-industry")',
    ],
    [
      'a view with both bounds and centre',
      { id: 'a', title_ja: 't', caption_ja: 'c', view: { bounds: [144.6, 43.0, 145.9, 44.4], center: [145.5, 43.3], zoom: 9 } },
      'tours/mine.json › record a › field view: has both bounds and center: give one',
    ],
    [
      'a scene that is not an object',
      'scene' as unknown as Record<string, unknown>,
      'tours/mine.json › record #1: must be a scene object (got a string "scene")',
    ],
  ];

  it.each(cases)('%s', (_, scene, expected) => {
    expect(messages(scene)).toEqual([expected]);
  });

  it('names a second scene with the same id', () => {
    expect(messages({ ...good })).toEqual(['tours/mine.json › record ok › field id: is used by another scene in this tour (scene #1)']);
  });

  it('leaves a bad scene out and keeps the others', () => {
    const { tour } = checkTour(
      'tours/mine.json',
      tourWith({ id: 'bad', title_ja: 't', caption_ja: 'c', kpi: 'kpi-nope' }, { id: 'fine', title_ja: 't', caption_ja: 'c' }),
      known,
    );
    expect(tour!.scenes.map((s) => s.id)).toEqual(['ok', 'fine']);
  });

  it('gives no tour when the file itself is wrong', () => {
    const check = (json: unknown) => checkTour('tours/mine.json', json, known);
    expect(check([]).issues.map(formatIssue)).toEqual([
      'tours/mine.json: must be a JSON object {id, title_ja, scenes, sources} (got an array [])',
    ]);
    expect(check({ ...tourWith(), scenes: [] }).issues.map(formatIssue)).toEqual([
      'tours/mine.json › field scenes: must be a non-empty array of scenes (got an array [])',
    ]);
    expect(check({ ...tourWith(), sources: [] }).issues.map(formatIssue)).toEqual([
      'tours/mine.json › field sources: must cite at least one source ({file, section})',
    ]);
    const allBad = check({ ...tourWith(), scenes: [{ id: 'x' }] });
    expect(allBad.tour).toBeNull();
    expect(allBad.issues.map(formatIssue)).toContain(
      'tours/mine.json › field scenes: has no usable scene (every scene has a problem listed above)',
    );
    for (const json of [[], { ...tourWith(), scenes: [] }, { ...tourWith(), sources: [] }]) expect(check(json).tour).toBeNull();
  });
});

describe('playing helpers', () => {
  const tour = checkTour(FILE, raw, known).tour!;

  it('steps within the tour and stops at both ends', () => {
    expect(tourStep(0, 14, 'next')).toEqual({ index: 1 });
    expect(tourStep(0, 14, 'prev')).toBeNull();
    expect(tourStep(13, 14, 'next')).toBeNull();
    expect(tourStep(13, 14, 'prev')).toEqual({ index: 12 });
    expect(tourStep(5, 14, 'exit')).toEqual({ exit: true });
  });

  it('finds a scene named in a URL', () => {
    expect(sceneIndex(tour, 'border-region')).toBe(12);
    expect(sceneIndex(tour, 'nope')).toBe(-1);
  });

  it('shows a scene’s filters over empty ones, so it looks the same however it was reached', () => {
    expect(sceneFilters(tour.scenes[12]!)).toEqual({ ...EMPTY_FILTERS, border: 'inside' });
    expect(sceneFilters(tour.scenes[0]!)).toEqual(EMPTY_FILTERS);
  });
});
