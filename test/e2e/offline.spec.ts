import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tour } from '../../src/domain/tour.ts';
import { DATA_DIR } from '../load-data.ts';
import { expect, mapIdle, openApp, test } from './fixtures.ts';

const tour = JSON.parse(readFileSync(join(DATA_DIR, 'tours', 'default.json'), 'utf8')) as Tour;

// The other specs block service workers (playwright.config.ts); this one is about them.
test.use({ serviceWorkers: 'allow', viewport: { width: 1280, height: 800 } });

test('after one visit the app starts and runs the tour, panels and KPIs with the network off', async ({ page, context }) => {
  // Two loads and fourteen scenes in software GL on a shared machine.
  test.setTimeout(150_000);
  await openApp(page);
  // The worker is active once its precache (app, fonts, data, basemap) is complete.
  const precached = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const names = await caches.keys();
    let n = 0;
    for (const name of names) n += (await (await caches.open(name)).keys()).length;
    return { active: !!reg.active, entries: n };
  });
  expect(precached.active).toBe(true);
  expect(precached.entries).toBeGreaterThan(100);

  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => !!document.querySelector('senkon-app')?.shadowRoot?.querySelector('atlas-map'));
  await mapIdle(page);
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // No data file is missing: the banner would name it.
  await expect(page.locator('data-banner')).not.toContainText(/\.json|\.geojson/);
  expect(await page.locator('item-list [role="option"]').count()).toBeGreaterThan(10);

  await page.locator('button.tour-start').click();
  for (let i = 0; i < tour.scenes.length; i++) {
    await expect(page.locator('tour-player')).toContainText(`${i + 1} / ${tour.scenes.length}`);
    await mapIdle(page);
    if (tour.scenes[i]!.kpi) await expect(page.locator('tour-player section.kpi svg').first()).toBeVisible();
    if (i < tour.scenes.length - 1) await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Escape');
  await expect(page.locator('tour-player')).toHaveCount(0);

  // A project panel, the KPI overview and a KPI's chart: lazily loaded code and data, offline.
  await page.locator('search-box input').fill('4-(3)');
  await page.locator('search-box input').press('Enter');
  await expect(page.locator('feature-panel h2')).toBeVisible();
  await page.locator('header button.overlay-toggle:not(.hokkaido-toggle)').click();
  const overview = page.locator('kpi-overview');
  await expect(overview).toBeVisible();
  await overview.getByRole('button', { name: '新規漁業就業者数' }).first().click();
  await expect(page.locator('feature-panel kpi-chart figure svg').first()).toBeVisible();

  // The handout too (its module and QR encoder are lazy chunks).
  await mapIdle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.handout').click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
});

test('a new deployment is offered as an update, not mixed in', async ({ page }) => {
  // Three loads in software GL on a shared machine.
  test.setTimeout(120_000);
  await openApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The second visit is served by the worker.
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  // A new deployment with changed data: the precache revision of the tour file changes in sw.js.
  // The edit keeps the file's length (the preview server sends the length it read at start-up).
  const swFile = join(import.meta.dirname, '..', '..', 'dist', 'sw.js');
  const before = readFileSync(swFile, 'utf8');
  const entry = /url:"data\/tours\/default\.json",revision:"([0-9a-f])/.exec(before);
  expect(entry).not.toBeNull();
  const flipped = entry![1] === '0' ? '1' : '0';
  writeFileSync(swFile, before.replace(entry![0], entry![0].slice(0, -1) + flipped));
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const prompt = page.locator('update-prompt');
    await expect(prompt).toContainText('新しい版');
    // Until the user accepts, the new worker waits and the old one keeps serving its own files.
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())!.waiting)).toBe(true);
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '更新する' }).click()]);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    // The reloaded page is served by the new worker: the old one is gone, nothing waits.
    await expect(page.locator('update-prompt')).not.toContainText('新しい版');
    const after = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting);
    expect(after).toBeNull();
  } finally {
    writeFileSync(swFile, before);
  }
});
