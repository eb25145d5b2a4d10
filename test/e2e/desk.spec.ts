import readXlsx from 'read-excel-file/universal';
import { readFileSync } from 'node:fs';
import { loadRealData } from '../load-data.ts';
import { expect, mapIdle, openApp, test } from './fixtures.ts';

/** The planner's desk (issues 19.1, 19.4, 19.5, 21.6): わがまち scoping, forgiving search, the A4 report, links to what does not exist. */

const { atlas } = loadRealData();
const BETSUKAI = atlas.data.items
  .filter((i) => atlas.areasOfItem(i).includes('01691'))
  .map((i) => i.properties.id)
  .sort();

test.use({ viewport: { width: 1600, height: 1000 } });

async function listedIds(page: import('@playwright/test').Page): Promise<string[]> {
  return (await page.locator('item-list li[role="option"]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')!))).sort();
}

test('わがまち: from the 別海町 panel one action scopes list, map and counts; chips show it; Back undoes it', async ({ page }) => {
  await openApp(page, '?sel=area:01691');
  expect(BETSUKAI).toHaveLength(4);
  const all = await listedIds(page);
  expect(all.length).toBeGreaterThan(4);
  await expect(page.locator('filter-chips li')).toHaveCount(0);
  await page.locator('feature-panel panel-actions .scope').click();
  await expect(page.locator('item-list li[role="option"]')).toHaveCount(4);
  expect(await listedIds(page)).toEqual(BETSUKAI);
  // The chip is there with the filter section closed.
  await expect(page.locator('details#filters')).not.toHaveAttribute('open');
  await expect(page.locator('filter-chips li')).toHaveCount(1);
  await expect(page.locator('filter-chips li')).toContainText('別海町');
  await expect.poll(() => new URL(page.url()).searchParams.get('a')).toBe('01691');
  await expect(page.locator('feature-panel panel-actions [role="status"]')).toBeVisible();
  await mapIdle(page);
  const drawn = await page.evaluate(() => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.renderedItemIds());
  expect(drawn.every((id) => BETSUKAI.includes(id))).toBe(true);

  // The exports are exactly the scoped list: the 4 rows of 別海町, parsed back.
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.locator('item-list [data-export="csv"]').click()]);
  expect(csvDl.suggestedFilename()).toMatch(/^senkon-atlas_別海町_\d{4}-\d{2}-\d{2}\.csv$/);
  const csvRows = readFileSync(await csvDl.path(), 'utf8')
    .slice(1)
    .trim()
    .split('\r\n')
    .slice(1);
  expect(csvRows.map((l) => l.split(',')[0]).sort()).toEqual(BETSUKAI);
  const [xlsxDl] = await Promise.all([page.waitForEvent('download'), page.locator('item-list [data-export="xlsx"]').click()]);
  expect(xlsxDl.suggestedFilename()).toMatch(/^senkon-atlas_別海町_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [sheet] = await readXlsx(new Uint8Array(readFileSync(await xlsxDl.path())).buffer);
  const [head, ...rows] = sheet!.data;
  expect(rows.map((r) => String(r[0])).sort()).toEqual(BETSUKAI);
  const code = head!.indexOf('市町村コード');
  expect(rows.every((r) => typeof r[code] === 'string' && String(r[code]).includes('01691'))).toBe(true);

  await page.goBack();
  await expect(page.locator('filter-chips li')).toHaveCount(0);
  expect(await listedIds(page)).toEqual(all);
  await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('area:01691');
});

test('わがまち: project 4-(3) is one click from its scope; a chip removes it', async ({ page }) => {
  await openApp(page, '?sel=project:p-resilient-land');
  await page.locator('feature-panel panel-actions .scope').click();
  const ids = atlas
    .itemsOfProject('p-resilient-land')
    .map((i) => i.properties.id)
    .sort();
  await expect(page.locator('item-list li[role="option"]')).toHaveCount(Math.min(ids.length, 100));
  await page.locator('filter-chips li button').click();
  await expect(page.locator('filter-chips li')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBeNull();
});

test('a category switched off in the legend is written as an exclusion and shown as a chip', async ({ page }) => {
  await openApp(page);
  await page.locator('layer-legend button[data-category="road"]').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('c')).toBe('-road');
  await expect(page.locator('filter-chips li')).toContainText('道路');
});

for (const [query, id] of [
  ['べつかい', '01691'],
  ['kusiro', '01206'],
  ['nemro', '01223'],
  ['知床', 'place-shiretoko'],
] as const) {
  test(`search: 「${query}」 finds ${id}`, async ({ page }) => {
    await openApp(page);
    await page.locator('search-box input').fill(query);
    const hit = page.locator(`search-box [role="option"][data-id="${id}"]`);
    await expect(hit).toBeVisible();
    if (query === 'nemro') await expect(page.locator('search-box .did-you-mean')).toHaveText('もしかして');
    await hit.click();
    if (id.startsWith('place-')) {
      // A place is flown to: the map centres on it, nothing is selected.
      await mapIdle(page);
      // The camera's view is in the URL (v=lon,lat,zoom): on 知床半島, NE of the region.
      await expect.poll(() => Number(new URL(page.url()).searchParams.get('v')?.split(',')[1])).toBeGreaterThan(43.8);
      const [lon, , zoom] = new URL(page.url()).searchParams.get('v')!.split(',').map(Number);
      expect(lon).toBeGreaterThan(144.8);
      expect(zoom).toBeGreaterThan(7.5);
      await expect(page.locator('feature-panel')).toHaveCount(0);
    } else {
      await expect(page.locator('feature-panel h2')).toContainText(atlas.areaById.get(id)!.name_ja);
    }
  });
}

test('links to what does not exist say so and keep the rest', async ({ page }) => {
  await openApp(page, '?c=nope&acc=nope');
  await expect(page.locator('.notice')).toContainText('nope');
  expect(await listedIds(page)).toHaveLength(atlas.data.items.length);
  await expect.poll(() => new URL(page.url()).searchParams.get('c')).toBeNull();
  await openApp(page, '?sel=context:nope');
  await expect(page.locator('.notice')).toContainText('context:nope');
  await expect(page.locator('feature-panel')).toHaveCount(0);
  await openApp(page, '?tour=nope');
  await expect(page.locator('.notice')).toContainText('nope');
  await expect(page.locator('tour-player')).toHaveCount(0);
});

test('A4 report of 別海町: printed to PDF on A4 pages with its counts, projects, items and sources', async ({ page }) => {
  await openApp(page, '?sel=area:01691');
  await page.locator('feature-panel panel-actions .report').click();
  const report = page.locator('.report-sheet area-report');
  await expect(report.locator('h1')).toHaveText('別海町');
  await expect(report.locator('figure img')).toHaveAttribute('src', /^data:image\/png/);
  await expect(report.locator('table[data-items] tbody tr')).toHaveCount(4);
  await expect(report.locator('kpi-chart').first()).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('o')).toBe('report');
  await page.emulateMedia({ media: 'print' });
  // Only the report is printed.
  await expect(page.locator('senkon-app')).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  // One or two A4 pages (issue 19.5), with 別海町's 7 projects and their 7 KPIs charted.
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  // A4 portrait: 595 × 842 points.
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
  expect(boxes).toHaveLength(pages);
  for (const box of boxes) expect(box).toEqual([595, 842]);
  // The page title, which browsers offer as the PDF's file name, says the scope and the date.
  expect(await page.title()).toMatch(/^senkon-atlas_別海町_\d{4}-\d{2}-\d{2}$/);
  const hex = /\/Title\s*<FEFF([0-9A-F]+)>/.exec(text)?.[1] ?? '';
  const title = String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  expect(title).toBe(await page.title());
  await page.emulateMedia({ media: 'screen' });
  await page.goBack();
  await expect(page.locator('.report-sheet')).toHaveCount(0);
});
