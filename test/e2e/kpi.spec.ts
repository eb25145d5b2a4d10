import { loadRealData } from '../load-data.ts';
import { expect, mapIdle, openApp, test } from './fixtures.ts';

const { atlas } = loadRealData();

test('a KPI chart renders in the panel and its data table matches the data', async ({ page }) => {
  await openApp(page, '?sel=kpi:kpi-unit-1-new-fishers');
  const chart = page.locator('feature-panel kpi-chart');
  await expect(chart.locator('figure svg').first()).toBeVisible();
  expect(await chart.locator('svg circle, svg rect, svg path, svg polyline').count()).toBeGreaterThan(10);
  const kpi = atlas.kpiById.get('kpi-unit-1-new-fishers')!;
  const table = chart.locator('table');
  for (const o of kpi.observations) {
    for (const v of [o.total, o.kushiro, o.nemuro]) if (typeof v === 'number') await expect(table).toContainText(String(v));
  }
  // The slip the document really has: 根室 R1 printed 38 % where 38 ÷ 65 = 58.5 %.
  await expect(table).toContainText('58.5%');
  await expect(chart).toContainText('⚠');
  await page.screenshot({ path: 'test-results/kpi-chart.png' });
});

test('choosing a KPI of an earlier plan highlights nothing: its own project has no items, its successor’s items are not what it measured', async ({
  page,
}) => {
  await openApp(page, '?o=kpis');
  const overview = page.locator('kpi-overview');
  await expect(overview).toBeVisible();
  await overview.getByRole('button', { name: '新規漁業就業者数' }).first().click();
  await expect(page.locator('feature-panel h2')).toHaveText('新規漁業就業者数');
  await mapIdle(page);
  const kpi = atlas.kpiById.get('kpi-unit-1-new-fishers')!;
  expect(atlas.itemsMeasuredByKpi(kpi)).toEqual([]);
  // The successor (1-(3)) has items; before the fix these were highlighted as if the KPI measured them.
  const successors = atlas
    .projectsOfKpi(kpi)
    .flatMap((p) => atlas.itemsOfProject(p))
    .filter((i) => i.geometry)
    .map((i) => i.properties.id);
  expect(successors.length).toBeGreaterThan(3);
  const states = await page.evaluate(
    (ids) =>
      ids.map((id) => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.featureState(id)['highlight'] === true),
    successors,
  );
  expect(states.some(Boolean)).toBe(false);
  await expect(page.locator('feature-panel [data-kpi-items="none"]')).toBeVisible();
  // The successor stays one click away, and then its own items are highlighted.
  await page.locator('feature-panel ul.projects button').first().click();
  await mapIdle(page);
  const after = await page.evaluate(
    (ids) =>
      ids.map((id) => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.featureState(id)['highlight'] === true),
    successors,
  );
  expect(after.every(Boolean)).toBe(true);
});

test('a project panel shows the yearly activities, filterable by area', async ({ page }) => {
  await openApp(page, '?sel=project:p-dairy-fishery-tech');
  const list = page.locator('feature-panel activity-list');
  await expect(list).toBeVisible();
  const all = await list.locator('[data-activity]').count();
  await list.locator('button[data-scope="nemuro"]').click();
  const nemuro = await list.locator('[data-activity]').count();
  expect(nemuro).toBeGreaterThan(0);
  expect(nemuro).toBeLessThan(all);
  expect(await list.locator('[data-activity][data-scope="kushiro"]').count()).toBe(0);
});
