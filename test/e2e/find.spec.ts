import readXlsx from 'read-excel-file/universal';
import { readFileSync } from 'node:fs';
import { EMPTY_FILTERS, type Filters } from '../../src/domain/filters.ts';
import { loadRealData } from '../load-data.ts';
import { clickItem, expect, mapIdle, openApp, openFilters, renderedIds, test } from './fixtures.ts';

const { atlas } = loadRealData();
/** What the data says the map should draw under these filters. */
const expected = (f: Partial<Filters>) =>
  atlas
    .filtered({ ...EMPTY_FILTERS, ...f })
    .filter((i) => i.geometry)
    .map((i) => i.properties.id)
    .sort();

test.describe('facets change what the map draws', () => {
  const cases: [string, string, Partial<Filters>][] = [
    ['projects', 'p-zero-carbon-nature', { projects: ['p-zero-carbon-nature'] }],
    ['goals', 'goal-5', { goals: ['goal-5'] }],
    ['promoters', 'do', { promoters: ['do'] }],
    ['bodies', 'kuni', { bodies: ['kuni'] }],
    ['categories', 'river', { categories: ['river'] }],
    ['areas', 'sk-kushiro', { areas: ['sk-kushiro'] }],
    ['accuracy', 'exact', { accuracy: ['exact'] }],
  ];
  for (const [facet, value, filters] of cases) {
    test(`${facet} = ${value}`, async ({ page }) => {
      await openApp(page);
      await openFilters(page);
      const all = await renderedIds(page);
      await page.locator(`filter-panel [data-facet="${facet}"] button[data-value="${value}"]`).click();
      await mapIdle(page);
      const shown = await renderedIds(page);
      expect(shown).toEqual(expected(filters));
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(all.length);
      await expect(page.locator(`filter-panel [data-facet="${facet}"] button[data-value="${value}"]`)).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    });
  }
});

test('AND across facets, OR within one; a facet clears in one click', async ({ page }) => {
  await openApp(page);
  await openFilters(page);
  const panel = page.locator('filter-panel');
  await panel.locator('[data-facet="categories"] button[data-value="fishing-port"]').click();
  await panel.locator('[data-facet="categories"] button[data-value="harbor"]').click();
  await panel.locator('[data-facet="areas"] button[data-value="01223"]').click();
  await mapIdle(page);
  expect(await renderedIds(page)).toEqual(expected({ categories: ['fishing-port', 'harbor'], areas: ['01223'] }));
  await panel.locator('[data-facet="categories"] .clear').click();
  await mapIdle(page);
  expect(await renderedIds(page)).toEqual(expected({ areas: ['01223'] }));
  await panel.getByRole('button', { name: 'すべてクリア' }).click();
  await mapIdle(page);
  expect(await renderedIds(page)).toEqual(expected({}));
});

test('values with no match stay visible and show 0', async ({ page }) => {
  await openApp(page, '?p=p-border-return-do');
  const empty = page.locator('filter-panel [data-facet="categories"] button[data-value="fishing-port"]');
  await expect(empty).toBeVisible();
  await expect(empty.locator('.count')).toHaveText('0');
  await expect(empty).toHaveClass(/empty/);
});

test('the border-region filter leaves only 根室市・別海町・中標津町・標津町・羅臼町 items', async ({ page }) => {
  await openApp(page);
  await openFilters(page);
  await page.locator('filter-panel [data-facet="border"] [data-value="inside"]').click();
  await mapIdle(page);
  const shown = await renderedIds(page);
  const border = new Set(['01223', '01691', '01692', '01693', '01694']);
  expect(shown.length).toBeGreaterThan(5);
  for (const id of shown) {
    const m = atlas.itemById.get(id)!.properties.municipalities;
    expect(
      m.some((c) => border.has(c)),
      id,
    ).toBe(true);
  }
  expect(shown).toEqual(expected({ border: 'inside' }));
  const listed = await page.locator('item-list [role="option"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id']!));
  for (const id of listed)
    expect(
      atlas.itemById.get(id)!.properties.municipalities.some((c) => border.has(c)),
      id,
    ).toBe(true);
});

test('an item the filters hide is neither drawn nor clicked, zoomed out or zoomed in to where names are drawn', async ({ page }) => {
  // Zoomed out the plan's items are hidden by feature-state, zoomed in (names drawn) by the layers' filters too.
  const port = 'fp-rausu';
  const [lon, lat] = (atlas.itemById.get(port)!.geometry as { coordinates: number[] }).coordinates as [number, number];
  await openApp(page, `?c=road&v=${lon},${lat},8.4`);
  const zoom = page.locator('atlas-map');
  for (const button of ['zoom-in', 'zoom-out']) {
    expect(await renderedIds(page)).not.toContain(port);
    for (const id of await renderedIds(page)) expect(atlas.itemById.get(id)!.properties.category, id).toBe('road');
    await clickItem(page, port);
    await mapIdle(page);
    expect(page.url()).not.toContain(port);
    await zoom.locator(`.maplibregl-ctrl-${button}`).click();
    await mapIdle(page);
  }
  // The filter from the link opened the filters.
  await page.locator('filter-panel').getByRole('button', { name: 'すべてクリア' }).click();
  await mapIdle(page);
  expect(await renderedIds(page)).toContain(port);
  await clickItem(page, port);
  await expect(page.locator('feature-panel h2')).toHaveText('羅臼漁港');
});

test('a permalink restores the same screen', async ({ page, browser }) => {
  await openApp(page);
  await openFilters(page);
  await page.locator('filter-panel [data-facet="promoters"] button[data-value="kuni"]').click();
  await page.locator('filter-panel [data-facet="border"] [data-value="inside"]').click();
  await clickItem(page, 'fp-habomai');
  await expect(page.locator('feature-panel h2')).toHaveText('歯舞漁港');
  await page.locator('header button.lang').click();
  await mapIdle(page);
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
  // The URL follows a frame after each change (store.ts): the camera's, from the pan that brought
  // 歯舞漁港 out from under the panel, can land after the language's.
  await expect.poll(() => new URL(page.url()).searchParams.get('v')).toMatch(/^[\d.]+,[\d.]+,[\d.]+/);
  const url = page.url();
  const q = new URL(url).searchParams;
  expect(q.get('pr')).toBe('kuni');
  expect(q.get('border')).toBe('inside');
  expect(q.get('sel')).toBe('item:fp-habomai');
  expect(q.get('lang')).toBe('en');
  expect(q.get('v')).toMatch(/^[\d.]+,[\d.]+,[\d.]+/);
  const before = await renderedIds(page);

  const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await other.route('**/*', (r) => (new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
  await openApp(other, new URL(url).search);
  await expect(other.locator('feature-panel h2')).toHaveText(/Habomai|歯舞漁港/);
  await expect(other.locator('header h1')).toHaveText('Senkon Atlas');
  await expect(other.locator('filter-panel [data-facet="border"] [data-value="inside"]')).toHaveAttribute('aria-checked', 'true');
  expect(await renderedIds(other)).toEqual(before);
  expect(new URL(other.url()).searchParams.get('v')).toBe(q.get('v'));
  await other.close();
});

test('garbage in the URL is ignored without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page, '?sel=item:<script>&v=NaN,1,x&c=road,%3Cimg%3E&border=%22&lang=de&p=nope');
  expect(errors).toEqual([]);
  await expect(page.locator('feature-panel')).toHaveCount(0);
  expect(await renderedIds(page)).toEqual(expected({ categories: ['road'] }));
});

test('search: a project number in full width opens the project and frames it', async ({ page }) => {
  await openApp(page);
  const box = page.locator('search-box input');
  await box.fill('４－（３）');
  await expect(page.locator('search-box [role="option"]').first()).toContainText('4-(3)');
  await box.press('Enter');
  const panel = page.locator('feature-panel');
  await expect(panel.locator('h2')).toContainText('安全・安心に住み続けられる強靱な国土づくりプロジェクト');
  await expect(panel).toContainText('主な取組');
  await expect(panel).toContainText('官民共創の取組');
  await expect(panel).toContainText('推進体制');
  await mapIdle(page);
  const items = atlas.itemsOfProject('p-resilient-land').filter((i) => i.geometry);
  const states = await page.evaluate(
    (ids) => ids.map((id) => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.featureState(id)['highlight']),
    items.map((i) => i.properties.id),
  );
  expect(states.every(Boolean)).toBe(true);
  const shown = await renderedIds(page);
  expect(shown).toEqual(expect.arrayContaining(items.map((i) => i.properties.id)));
});

test('search: a katakana name in half width finds the item', async ({ page }) => {
  await openApp(page);
  await page.locator('search-box input').fill('ｱﾄｻﾇﾌﾟﾘ');
  await page.locator('search-box [role="option"][data-id="vo-atosanupuri"]').click();
  await expect(page.locator('feature-panel h2')).toHaveText('アトサヌプリ火山噴火緊急減災対策事業');
});

test('area view: a municipality shows its items, counts, projects and measured lengths', async ({ page }) => {
  await openApp(page);
  await page.locator('search-box input').fill('根室市');
  await page.locator('search-box input').press('Enter');
  const panel = page.locator('feature-panel');
  await expect(panel.locator('h2')).toContainText('根室市');
  await expect(panel).toContainText('漁港');
  await expect(panel.locator('[data-measure="road-km"]')).toHaveText(/^[1-9][\d.]* km$/);
  await expect(panel.locator('[data-measure="agriculture-km2"]')).toHaveText(/km²$/);
  await expect(panel).toContainText('北方領土隣接地域振興プロジェクト');
});

test('hovering a list row highlights the feature; clicking the map scrolls to its row', async ({ page }) => {
  await openApp(page);
  const row = page.locator('item-list [role="option"][data-id="hb-nemuro"]');
  await row.hover();
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.featureState('hb-nemuro')['hover']),
    )
    .toBe(true);
  await page.mouse.move(700, 400);
  await clickItem(page, 'vo-atosanupuri');
  const target = page.locator('item-list [role="option"][data-id="vo-atosanupuri"]');
  await expect(target).toHaveAttribute('aria-selected', 'true');
  await expect(target).toBeInViewport();
});

test('the list sorts by each column', async ({ page }) => {
  await openApp(page);
  await page.locator('item-list [data-sort="name"]').click();
  const names = await page
    .locator('item-list [data-group="located"] [role="option"]')
    .evaluateAll((els) => els.map((e) => e.firstChild!.textContent!.trim()));
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ja')));
  await page.locator('item-list [data-sort="name"]').click();
  const desc = await page
    .locator('item-list [data-group="located"] [role="option"]')
    .evaluateAll((els) => els.map((e) => e.firstChild!.textContent!.trim()));
  expect(desc).toEqual([...names].reverse());
});

test('export: CSV with BOM for Excel and GeoJSON of the filtered items', async ({ page }) => {
  await openApp(page, '?a=01694');
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.locator('item-list [data-export="csv"]').click()]);
  const csv = readFileSync(await csvDl.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.toString('utf8').slice(1).trim().split('\r\n');
  const want = atlas.filtered({ ...EMPTY_FILTERS, areas: ['01694'] });
  expect(lines).toHaveLength(want.length + 1);
  expect(lines[0]).toMatch(/^ID,名称,分野/);
  expect(
    lines
      .slice(1)
      .map((l) => l.split(',')[0])
      .sort(),
  ).toEqual(want.map((i) => i.properties.id).sort());
  expect(csvDl.suggestedFilename()).toMatch(/^senkon-atlas_羅臼町_\d{4}-\d{2}-\d{2}\.csv$/);

  // Excel: typed cells read back with the reader library; the code keeps its leading zero.
  const [xlsxDl] = await Promise.all([page.waitForEvent('download'), page.locator('item-list [data-export="xlsx"]').click()]);
  expect(xlsxDl.suggestedFilename()).toMatch(/^senkon-atlas_羅臼町_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [sheet] = await readXlsx(new Uint8Array(readFileSync(await xlsxDl.path())).buffer);
  const [head, ...rows] = sheet!.data;
  expect(rows.map((r) => r[0]).sort()).toEqual(want.map((i) => i.properties.id).sort());
  const code = head!.indexOf('市町村コード');
  expect(rows.every((r) => typeof r[code] === 'string' && String(r[code]).includes('01694'))).toBe(true);

  const [geoDl] = await Promise.all([page.waitForEvent('download'), page.locator('item-list [data-export="geojson"]').click()]);
  const geo = JSON.parse(readFileSync(await geoDl.path(), 'utf8')) as {
    type: string;
    features: { properties: { id: string; projects: string[] } }[];
  };
  expect(geo.type).toBe('FeatureCollection');
  expect(geo.features.map((f) => f.properties.id).sort()).toEqual(
    want
      .filter((i) => i.geometry)
      .map((i) => i.properties.id)
      .sort(),
  );
  expect(geo.features[0]!.properties.projects.length).toBeGreaterThan(0);
});
