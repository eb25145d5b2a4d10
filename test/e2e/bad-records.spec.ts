import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRealData } from '../load-data.ts';
import { clickItem, expect, openApp, openFilters, renderedIds, test, type Page } from './fixtures.ts';

/** Issue 21.3: one bad record is named and set aside; nothing else leaves the map. */
const DATA = join(import.meta.dirname, '..', '..', 'data');
const { atlas } = loadRealData();
const allLocated = atlas.located.map((i) => i.properties.id).sort();
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

async function serve(page: Page, file: string, json: unknown): Promise<void> {
  await page.route(`**/data/${file}`, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) }));
}

test('a project missing summary_ja is named and set aside; its 23 items still draw and open', async ({ page }) => {
  const projects = read('projects.json') as Record<string, unknown>[];
  await serve(
    page,
    'projects.json',
    projects.map((p) => (p['id'] === 'p-resilient-land' ? { ...p, summary_ja: undefined } : p)),
  );
  await openApp(page);
  const banner = page.locator('data-banner');
  await expect(banner).toContainText('projects.json › レコード p-resilient-land › 項目 summary_ja: ありません');
  await expect(banner).toContainText('プロジェクト「p-resilient-land」を参照していますが、それは除外されました');
  expect(await renderedIds(page)).toEqual(allLocated);
  const item = atlas.located.find((i) => i.properties.projects.includes('p-resilient-land') && i.geometry?.type === 'Point')!;
  await clickItem(page, item.properties.id);
  await expect(page.locator('feature-panel h2')).toHaveText(item.properties.name_ja);
  await openFilters(page);
  await expect(page.locator('filter-panel [data-facet="projects"] button')).toHaveCount(projects.length - 1);
});

test('a projects.json of the wrong shape is named; all 45 located items still draw', async ({ page }) => {
  await serve(page, 'projects.json', { projects: read('projects.json') });
  await openApp(page);
  await expect(page.locator('data-banner')).toContainText('projects.json: レコードのJSON配列が必要です（実際：オブジェクト {"projects"');
  expect(await renderedIds(page)).toEqual(allLocated);
});

test('a goals.json of {"goals": []} is named; every project is still listed', async ({ page }) => {
  await serve(page, 'goals.json', { goals: [] });
  await openApp(page);
  await expect(page.locator('data-banner')).toContainText('goals.json: レコードのJSON配列が必要です');
  await openFilters(page);
  await expect(page.locator('filter-panel [data-facet="projects"] button')).toHaveCount((read('projects.json') as unknown[]).length);
  expect(await renderedIds(page)).toEqual(allLocated);
});
