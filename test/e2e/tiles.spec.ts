import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildTiles, tileSetOf } from '../../scripts/build-tiles.ts';
import type { TileSet } from '../../src/domain/data/manifest.ts';
import { DATA_DIR, loadRealData } from '../load-data.ts';
import { clickItem, expect, holdItemFiles, mapIdle, openApp, renderedIds, test } from './fixtures.ts';

/**
 * The large-data configuration: data/manifest.json names vector tiles built by
 * scripts/build-tiles.ts. The tiles are built from the real data into a temporary folder and
 * served in place of data/manifest.json and data/tiles/ (the built app holds neither).
 */
const { atlas } = loadRealData();
const located = atlas.located.map((i) => i.properties.id).sort();
let dir = '';
let tiles: TileSet;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'senkon-tiles-'));
  const r = await buildTiles({ input: DATA_DIR, out: join(dir, 'tiles'), workers: 1 });
  tiles = tileSetOf(r, dir, join(dir, 'tiles'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Serves the manifest and the tiles; returns the paths of the tiles asked for. */
async function serveTiles(page: Page, set: TileSet = tiles): Promise<string[]> {
  const asked: string[] = [];
  await page.route('**/data/manifest.json', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ tiles: set }) }),
  );
  await page.route('**/data/tiles/**', (r) => {
    const rel = decodeURIComponent(new URL(r.request().url()).pathname.split('/data/tiles/')[1] ?? '');
    asked.push(rel);
    try {
      return r.fulfill({ status: 200, contentType: 'application/x-protobuf', body: readFileSync(join(dir, 'tiles', rel)) });
    } catch {
      // As a static host answers for a tile that holds nothing.
      return r.fulfill({ status: 404, body: '' });
    }
  });
  return asked;
}

test('with tiles the map draws every located item from them; filters and clicks work as on GeoJSON', async ({ page }) => {
  const asked = await serveTiles(page);
  await openApp(page);
  expect(asked.length).toBeGreaterThan(0);
  expect(asked.every((p) => /^\d+\/\d+\/\d+\.pbf$/.test(p))).toBe(true);
  // The GeoJSON source is empty when tiles exist (imported files have tiles of their own): what is drawn came from the tiles.
  expect(await renderedIds(page)).toEqual(located);
  await page.evaluate(() => {
    const app = document.querySelector('senkon-app')!;
    const filters = { projects: [], goals: [], promoters: [], bodies: [], categories: ['road'], areas: [], accuracy: [], border: 'all' };
    app.dispatchEvent(new CustomEvent('atlas-action', { detail: { type: 'set-filters', filters }, bubbles: true, composed: true }));
  });
  await mapIdle(page);
  const roads = atlas.located
    .filter((i) => i.properties.category === 'road')
    .map((i) => i.properties.id)
    .sort();
  expect(await renderedIds(page)).toEqual(roads);
  await openApp(page, '?border=inside');
  const inside = atlas.located
    .filter((i) => atlas.inBorderRegion(i))
    .map((i) => i.properties.id)
    .sort();
  expect(await renderedIds(page)).toEqual(inside);
  await openApp(page);
  await clickItem(page, 'fp-shibetsu');
  await expect(page.locator('feature-panel h2')).toHaveText('標津漁港');
  // The map marks the selection a frame after the panel shows (the panel paints first).
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.featureState('fp-shibetsu')),
    )
    .toMatchObject({ selected: true });
  await expect(page.locator('senkon-app .sample-note')).toHaveCount(0);
});

test('a file imported beside the tiles is drawn from its own tiles and follows the filters set before and after', async ({ page }) => {
  await serveTiles(page);
  await openApp(page);
  const setCategories = (categories: string[]) =>
    page.evaluate((categories) => {
      const app = document.querySelector('senkon-app')!;
      const filters = { projects: [], goals: [], promoters: [], bodies: [], categories, areas: [], accuracy: [], border: 'all' };
      app.dispatchEvent(new CustomEvent('atlas-action', { detail: { type: 'set-filters', filters }, bubbles: true, composed: true }));
    }, categories);
  // The filter is set before the imported file has a source (its layers are made with it).
  await setCategories(['road']);
  await mapIdle(page);
  await page.locator('senkon-app input[type="file"]').setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'import', 'good.geojson'));
  await expect(page.locator('senkon-app .notice')).toContainText('件を読み込みました');
  await mapIdle(page);
  const roads = atlas.located
    .filter((i) => i.properties.category === 'road')
    .map((i) => i.properties.id)
    .sort();
  expect(await renderedIds(page)).toEqual(roads);
  await setCategories(['imported']);
  await mapIdle(page);
  const imported = await renderedIds(page);
  expect(imported.length).toBeGreaterThanOrEqual(3);
  expect(imported.every((id) => id.startsWith('user-good.geojson-'))).toBe(true);
  await setCategories([]);
  await mapIdle(page);
  expect(await renderedIds(page)).toEqual([...located, ...imported].sort());
});

test('the map is drawn from the tiles before the items have loaded, with progress shown', async ({ page }) => {
  await serveTiles(page);
  const release = await holdItemFiles(page);
  await page.goto('/');
  await page.waitForFunction(() => !!document.querySelector('senkon-app')?.shadowRoot?.querySelector('atlas-map'));
  await mapIdle(page);
  expect(await renderedIds(page)).toEqual(located);
  await expect(page.locator('senkon-app .items-loading [role="status"]')).toBeVisible();
  await expect(page.locator('senkon-app .items-loading progress')).toBeVisible();
  await expect(page.locator('item-list [role="option"]')).toHaveCount(0);
  // Counts are not known yet: no "0" that would contradict the drawn map.
  await expect(page.locator('layer-legend button[data-category="fishing-port"] .count')).toHaveText('…');
  release();
  await expect(page.locator('senkon-app .items-loading')).toHaveCount(0);
  await expect(page.locator('item-list [data-group="located"] [role="option"]')).toHaveCount(located.length);
  const ports = atlas.located.filter((i) => i.properties.category === 'fishing-port').length;
  await expect(page.locator('layer-legend button[data-category="fishing-port"] .count')).toHaveText(String(ports));
});

test('where the tiles hold a sample, the map says so until zoomed in far enough', async ({ page }) => {
  await serveTiles(page, { ...tiles, complete_from: 11 });
  await openApp(page);
  await expect(page.locator('senkon-app .sample-note')).toContainText('11');
  await openApp(page, '?v=145.5800,43.3300,11.50');
  await expect(page.locator('senkon-app .sample-note')).toHaveCount(0);
});

test('a bad tile entry in the manifest is reported by field, and the map falls back to the GeoJSON', async ({ page }) => {
  await serveTiles(page, { ...tiles, url: 'tiles/{z}/{x}.pbf' });
  await openApp(page);
  await expect(page.locator('data-banner')).toContainText('tiles.url');
  expect(await renderedIds(page)).toEqual(located);
});
