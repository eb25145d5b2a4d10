import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { EMPTY_FILTERS } from '../../src/domain/filters.ts';
import type { AppState } from '../../src/domain/state.ts';
import { checkTour, knownTourIds, type Tour } from '../../src/domain/tour.ts';
import { STORAGE_KEY, addScene, newTour, sceneFromState, writeStored } from '../../src/domain/user-tour.ts';
import { loadRealData } from '../load-data.ts';
import { type Page, expect, mapIdle, openApp, openFilters, test } from './fixtures.ts';

const { atlas } = loadRealData();
const SHOTS = '/tmp/shots-tours';
mkdirSync(SHOTS, { recursive: true });

const editor = (page: Page) => page.locator('tour-editor');
const scenes = (page: Page) => page.locator('tour-editor ol.scenes > li');
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const viewParam = (page: Page) => (param(page, 'v') ?? '').split(',').map(Number);
const titles = (page: Page) =>
  scenes(page)
    .locator('input.title')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
const savedTours = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as Tour[], STORAGE_KEY);

async function addThisView(page: Page, title: string, caption: string): Promise<void> {
  const count = await scenes(page).count();
  await editor(page).locator('form.add input[name="title"]').fill(title);
  await editor(page).locator('form.add textarea[name="caption"]').fill(caption);
  await editor(page).locator('button.add-scene').click();
  await expect(scenes(page)).toHaveCount(count + 1);
}

test.describe('tours a presenter makes', () => {
  test.use({ viewport: { width: 1600, height: 1000 } });

  test('make a 3-scene tour, export it, import it after a reload, play it scene by scene', async ({ page }) => {
    test.setTimeout(180_000);
    await openApp(page);
    await page.locator('button.tour-make').click();
    await editor(page).locator('button.new-tour').click();
    await editor(page).locator('input.tour-name').fill('根室の説明会');
    await editor(page).locator('input.tour-name').press('Tab');
    await expect(editor(page).locator('select.pick')).toContainText('根室の説明会');

    // Scene 1: a filter (the national government's projects).
    await openFilters(page);
    await page.locator('filter-panel [data-facet="promoters"] button[data-value="kuni"]').click();
    await expect.poll(() => param(page, 'pr')).toBe('kuni');
    await addThisView(page, '国の事業', '国が推進するプロジェクトの施設');

    // Scene 2: no filter, an item chosen in the list.
    await page.locator('filter-panel [data-facet="promoters"] button[data-value="kuni"]').click();
    await expect.poll(() => param(page, 'pr')).toBeNull();
    await page.locator('item-list [role="option"][data-id="hb-nemuro"]').click();
    await expect.poll(() => param(page, 'sel')).toBe('item:hb-nemuro');
    await addThisView(page, '根室港', '根室港の整備');

    // Scene 3: nothing chosen, the map zoomed in.
    await page.locator('feature-panel button.close').click();
    await expect.poll(() => param(page, 'sel')).toBeNull();
    const before = viewParam(page);
    const map = await page.locator('atlas-map').boundingBox();
    await page.mouse.move(map!.x + map!.width * 0.55, map!.y + map!.height * 0.5);
    await page.mouse.wheel(0, -600);
    await expect.poll(() => viewParam(page)[2] ?? 0).toBeGreaterThan((before[2] ?? 0) + 0.5);
    await mapIdle(page);
    await expect.poll(() => param(page, 'v')).not.toBeNull();
    const zoomedView = viewParam(page);
    await addThisView(page, '拡大した地図', '地図を拡大した場面');

    await expect.poll(() => titles(page)).toEqual(['国の事業', '根室港', '拡大した地図']);
    await expect(scenes(page).nth(1).locator('.captured')).toContainText('根室港');

    // Reorder by keyboard: ↓ on scene 1 moves it down and keeps the focus on its ↓, so ↑ brings it back.
    await scenes(page).nth(0).locator('button.down').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => titles(page)).toEqual(['根室港', '国の事業', '拡大した地図']);
    await expect(scenes(page).nth(1).locator('button.down')).toBeFocused();
    await scenes(page).nth(1).locator('button.up').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => titles(page)).toEqual(['国の事業', '根室港', '拡大した地図']);

    await page.screenshot({ path: `${SHOTS}/editor-3-scenes-1600x1000.png` });

    // Export: the tour file, as data/tours/*.json.
    const [download] = await Promise.all([page.waitForEvent('download'), editor(page).locator('button.export').click()]);
    expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.json$/);
    const text = readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(text) as Tour;
    expect(file.title_ja).toBe('根室の説明会');
    expect(file.scenes).toHaveLength(3);
    expect(file.scenes[0]!.filters).toEqual({ promoters: ['kuni'] });
    expect(file.scenes[0]!.selection).toBeNull();
    expect(file.scenes[1]!.filters).toBeUndefined();
    expect(file.scenes[1]!.selection).toEqual({ kind: 'item', id: 'hb-nemuro' });
    // A chosen item is drawn as selected, not highlighted: the scene's items follow from its selection.
    expect(file.scenes[1]!.items).toBeUndefined();
    expect(file.scenes[2]!.selection).toBeNull();
    const v = file.scenes[2]!.view as { center: [number, number]; zoom: number };
    expect(v.zoom).toBeCloseTo(zoomedView[2]!, 1);
    expect(v.center[0]).toBeCloseTo(zoomedView[0]!, 2);
    expect(v.center[1]).toBeCloseTo(zoomedView[1]!, 2);
    expect(file.sources.length).toBeGreaterThan(0);
    expect(checkTour(download.suggestedFilename(), file, knownTourIds(atlas)).issues).toEqual([]);
    const exported = test.info().outputPath('exported-tour.json');
    writeFileSync(exported, text);

    // Delete it, reload: it is gone; import the file: it is back.
    await editor(page).locator('button.delete-tour').click();
    await expect.poll(() => savedTours(page)).toEqual([]);
    await page.reload();
    await page.waitForFunction(() => !!document.querySelector('senkon-app')?.shadowRoot?.querySelector('atlas-map'));
    await mapIdle(page);
    await page.locator('button.tour-make').click();
    await expect(editor(page)).toContainText('ツアーはまだありません');
    await editor(page).locator('input.import').setInputFiles(exported);
    await expect(editor(page).locator('.import-result')).toContainText('「根室の説明会」を読み込みました（3 場面）');
    await expect(scenes(page)).toHaveCount(3);
    await expect.poll(async () => (await savedTours(page)).map((t) => t.scenes.length)).toEqual([3]);

    // Play it: each scene shows what was captured.
    await editor(page).locator('button.play').click();
    const player = page.locator('tour-player');
    await expect(player).toContainText('1 / 3');
    await expect(player.locator('h2')).toHaveText('国の事業');
    await expect.poll(() => param(page, 'tour')).toBe(`user:${file.id}`);
    await expect.poll(() => param(page, 'pr')).toBe('kuni');
    await expect.poll(() => param(page, 'sel')).toBeNull();
    await expect(editor(page)).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await expect(player).toContainText('2 / 3');
    await expect(player.locator('h2')).toHaveText('根室港');
    await expect.poll(() => param(page, 'pr')).toBeNull();
    await expect.poll(() => param(page, 'sel')).toBe('item:hb-nemuro');
    await expect(player.locator('li[data-item="hb-nemuro"]')).toHaveCount(1);

    await page.keyboard.press('ArrowRight');
    await expect(player).toContainText('3 / 3');
    await expect(player.locator('h2')).toHaveText('拡大した地図');
    await expect.poll(() => param(page, 'sel')).toBeNull();
    await mapIdle(page);
    await expect.poll(() => viewParam(page)[2]).toBeCloseTo(v.zoom, 1);
    // The map flies the scene's centre to the middle of what the caption leaves free (map-controller's
    // offset): the camera's own centre moves east by that, not north or south.
    expect(viewParam(page)[1]).toBeCloseTo(v.center[1], 2);
    expect(viewParam(page)[0]).toBeGreaterThan(v.center[0]);

    // Esc ends the tour and the editor is back where it was.
    await page.keyboard.press('Escape');
    await expect(player).toHaveCount(0);
    await expect(scenes(page)).toHaveCount(3);
  });

  test('a bad tour file is named by file, scene and field, and the kept tours stay', async ({ page }) => {
    await page.addInitScript(([key, text]) => localStorage.getItem(key) ?? localStorage.setItem(key, text), [
      STORAGE_KEY,
      writeStored([sampleTour()]),
    ] as const);
    await openApp(page);
    await page.locator('button.tour-make').click();
    await expect(scenes(page)).toHaveCount(2);
    const kept = await savedTours(page);

    const bad = { ...sampleTour(), sources: [{ file: '001_0000000000000000.txt', section: 'x' }] };
    bad.scenes[1] = { ...bad.scenes[1]!, selection: { kind: 'item', id: 'no-such-item' } };
    const path = test.info().outputPath('bad-tour.json');
    writeFileSync(path, JSON.stringify(bad));
    await editor(page).locator('input.import').setInputFiles(path);
    const message = editor(page).locator('.import-result');
    await expect(message).toContainText('bad-tour.json を読み込めませんでした。保存済みのツアーはそのままです。');
    await expect(message).toContainText('bad-tour.json › 場面 scene-2 › 項目 selection.id');
    await expect(message).toContainText('no-such-item');
    await expect(scenes(page)).toHaveCount(2);
    expect(await savedTours(page)).toEqual(kept);

    // Not JSON at all: said so, nothing changes.
    const junk = test.info().outputPath('junk.json');
    writeFileSync(junk, '{"id": ');
    await editor(page).locator('input.import').setInputFiles(junk);
    await expect(message).toContainText('junk.json を読み込めませんでした');
    expect(await savedTours(page)).toEqual(kept);
  });

  test('a link to a user tour this browser does not keep says so and starts no tour', async ({ page }) => {
    await openApp(page, '?tour=user:no-such-tour&scene=scene-1');
    await expect(page.locator('p.notice')).toContainText('user:no-such-tour');
    await expect(page.locator('p.notice')).toContainText('このブラウザに保存されていません');
    await expect(page.locator('tour-player')).toHaveCount(0);
    await expect.poll(() => param(page, 'tour')).toBeNull();
  });
});

test.describe('a user tour on the projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('a link starts a kept user tour on its scene', async ({ page }) => {
    const tour = sampleTour();
    await page.addInitScript(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, writeStored([tour])] as const);
    await openApp(page, `?tour=user:${tour.id}&scene=scene-2`);
    const player = page.locator('tour-player');
    await expect(player).toContainText('2 / 2');
    await expect(player.locator('h2')).toHaveText(tour.scenes[1]!.title_ja);
    await expect.poll(() => param(page, 'sel')).toBe(`project:${tour.scenes[1]!.selection!.id}`);
    await mapIdle(page);
    await page.screenshot({ path: `${SHOTS}/user-scene-1920x1080.png` });
  });
});

/** A kept tour made with the app's own functions: a filtered overview and a project. */
function sampleTour(): Tour {
  const base: AppState = {
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
  const project = atlas.projectById.get('p-food-industry')!;
  let tour = { ...newTour('食の説明会', Date.UTC(2026, 0, 10)), id: 'food-meeting' };
  tour = addScene(
    tour,
    sceneFromState(
      { title: '漁港と道路', caption: '漁港と道路の整備' },
      { ...base, filters: { ...EMPTY_FILTERS, categories: ['fishing-port', 'road'] } },
      [],
      [],
    ),
  );
  const items = atlas.itemsOfProject(project.id).map((i) => i.properties.id);
  tour = addScene(
    tour,
    sceneFromState(
      { title: project.name_ja, caption: '食の産業のプロジェクト' },
      { ...base, selection: { kind: 'project', id: project.id } },
      items,
      ['scene-1'],
    ),
  );
  return tour;
}
