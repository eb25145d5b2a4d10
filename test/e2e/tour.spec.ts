import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Tour, defaultSceneItems } from '../../src/domain/tour.ts';
import { SIZE } from '../../src/map/handout.ts';
import { BASEMAP, PROJECTOR_MAP } from '../../src/theme.ts';
import { DATA_DIR, loadRealData } from '../load-data.ts';
import { type Page, expect, itemPoint, mapIdle, openApp, test } from './fixtures.ts';

const { atlas } = loadRealData();
const tour = JSON.parse(readFileSync(join(DATA_DIR, 'tours', 'default.json'), 'utf8')) as Tour;

test.use({ viewport: { width: 1920, height: 1080 } });

const highlighted = (page: Page, ids: string[]) =>
  page.evaluate((list: string[]) => {
    const map = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!;
    return list.filter((id) => map.featureState(id)['highlight'] === true);
  }, ids);

test('the whole tour steps by keyboard, each scene showing its items', async ({ page }) => {
  // Fourteen scenes at 1920×1080 in software GL: over a minute when the machine is shared.
  test.setTimeout(180_000);
  await openApp(page);
  await page.locator('button.tour-start').click();
  const keys = ['ArrowRight', ' ', 'PageDown'];
  for (let i = 0; i < tour.scenes.length; i++) {
    const scene = tour.scenes[i]!;
    await expect(page.locator('tour-player')).toContainText(`${i + 1} / ${tour.scenes.length}`);
    await expect.poll(() => new URL(page.url()).searchParams.get('scene')).toBe(scene.id);
    await mapIdle(page);
    const located = new Set(atlas.located.map((x) => x.properties.id));
    const want = defaultSceneItems(scene, atlas).filter((id) => located.has(id));
    if (want.length) expect(await highlighted(page, want), scene.id).toEqual(want);
    if (i === 3) await page.screenshot({ path: 'test-results/tour-scene-4.png' });
    if (i < tour.scenes.length - 1) await page.keyboard.press(keys[i % keys.length]!);
  }
  await page.screenshot({ path: 'test-results/tour-last-scene.png' });
  await page.keyboard.press('PageUp');
  await expect(page.locator('tour-player')).toContainText(`${tour.scenes.length - 1} / ${tour.scenes.length}`);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('tour-player')).toContainText(`${tour.scenes.length - 2} / ${tour.scenes.length}`);
  await page.keyboard.press('Escape');
  await expect(page.locator('tour-player')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('tour')).toBeNull();
});

test('a scene opens from its URL, framed, projector-sized, with nothing thrown', async ({ page }) => {
  // The projector theme once turned a feature-state line width into a constant before the tiles
  // reloaded, and the scene's highlight then threw inside MapLibre's render on every such link.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const scene = tour.scenes.find((s) => s.id === 'border-region')!;
  await openApp(page, `?tour=default&scene=${scene.id}`);
  const player = page.locator('tour-player');
  await expect(player).toContainText(scene.title_ja);
  await mapIdle(page);
  expect(errors).toEqual([]);
  const located = new Set(atlas.located.map((x) => x.properties.id));
  const want = defaultSceneItems(scene, atlas).filter((id) => located.has(id));
  expect(await highlighted(page, want)).toEqual(want);
  const sizes = await player.evaluate((el) => {
    const px = (sel: string) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(sel)!).fontSize);
    return { title: px('h2'), body: px('.caption') };
  });
  expect(sizes.title).toBeGreaterThanOrEqual(28);
  expect(sizes.body).toBeGreaterThanOrEqual(20);
  await page.screenshot({ path: 'test-results/tour-border-region.png' });
});

test('the handout PNG is a 2× image with the map drawn', async ({ page }) => {
  await openApp(page, '?sel=project:p-resilient-land');
  await mapIdle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.handout').click()]);
  // Named by what it shows and the day, like the exports.
  expect(download.suggestedFilename()).toMatch(/^senkon-atlas_\d-\(\d\)_\d{4}-\d{2}-\d{2}\.png$/);
  const png = readFileSync(await download.path());
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  const info = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    // The map occupies the middle of the sheet: count colours there.
    const d = ctx.getImageData(
      Math.round(img.width * 0.2),
      Math.round(img.height * 0.3),
      Math.round(img.width * 0.4),
      Math.round(img.height * 0.4),
    ).data;
    const colours = new Set<number>();
    for (let i = 0; i < d.length; i += 16) colours.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
    const canvas = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.canvas()!;
    return { width: img.width, height: img.height, colours: colours.size, cssWidth: canvas.clientWidth };
  }, png.toString('base64'));
  // The sheet is laid out at SIZE.width CSS pixels and drawn at 2×.
  expect(info.width).toBe(SIZE.width * 2);
  expect(info.colours).toBeGreaterThan(50);
});

test('the English switch changes the UI strings, and the choice is in the URL', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('layer-legend h2')).toHaveText('凡例・レイヤー');
  await page.locator('header button.lang').click();
  await expect(page.locator('header h1')).toHaveText('Senkon Atlas');
  await expect(page.locator('layer-legend h2')).toHaveText('Legend and layers');
  await expect(page.locator('layer-legend button[data-category="fishing-port"]')).toContainText('Fishing ports');
  await expect(page.locator('button.tour-start')).toHaveText('Presentation');
  await expect(page.locator('details#filters summary')).toHaveText('Filters');
  await expect(page.locator('search-box input')).toHaveAttribute('placeholder', 'Name, project number, municipality or place');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
  await page.locator('button.tour-start').click();
  await expect(page.locator('tour-player')).toContainText(tour.scenes[0]!.title_en!);
});

test('printing shows only the handout parts', async ({ page }) => {
  await openApp(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header .header-actions')).toBeHidden();
});

test('in the hall the region’s land is the land’s colour, not washed with the sea', async ({ page }) => {
  await openApp(page, '?tour=default&scene=border-region-kuni');
  await expect(page.locator('tour-player')).toBeVisible();
  await mapIdle(page);
  const shares = await page.evaluate(
    ({ land, sea }) => {
      const map = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!;
      const src = map.canvas()!;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(src, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const near = (i: number, want: number[]) => want.every((v, k) => Math.abs(d[i + k]! - v) <= 3);
      let n = 0;
      const count = { land: 0, sea: 0 };
      for (let i = 0; i < d.length; i += 4 * 37) {
        n++;
        if (near(i, rgb(land))) count.land++;
        if (near(i, rgb(sea))) count.sea++;
      }
      return { land: count.land / n, sea: count.sea / n, zoom: map.measure([145.3, 43.5])!.zoom };
    },
    { land: BASEMAP.land, sea: PROJECTOR_MAP.sea },
  );
  // The scene is framed at a detail zoom, where the region's land comes from its own tiles.
  expect(shares.zoom).toBeGreaterThanOrEqual(7);
  expect(shares.sea).toBeGreaterThan(0.2);
  // Half the view is 根室・釧路's land; drawn at the items' fill opacity it had no pixel of the land's colour.
  expect(shares.land).toBeGreaterThan(0.2);
});

test('a scene frames its items with their names clear of the credits along the bottom', async ({ page }) => {
  test.setTimeout(120_000);
  const located = new Set(atlas.located.map((x) => x.properties.id));
  const misses: string[] = [];
  for (const scene of tour.scenes.filter((s) => defaultSceneItems(s, atlas).some((id) => located.has(id))).slice(0, 6)) {
    await openApp(page, `?tour=default&scene=${scene.id}`);
    await expect(page.locator('tour-player')).toBeVisible();
    await mapIdle(page);
    const ids = await highlighted(
      page,
      defaultSceneItems(scene, atlas).filter((id) => located.has(id)),
    );
    const credits = (await page.locator('atlas-map .maplibregl-ctrl-attrib').boundingBox())!;
    // An item's name hangs below its symbol: offset 1.3 em, then one line, at the hall's 18 px.
    const below = 18 * 1.3 + 18 * 1.2;
    for (const id of ids) {
      const { x, y } = await itemPoint(page, id);
      const overCredits = x > credits.x - 40 && x < credits.x + credits.width + 40;
      if (overCredits && y + below > credits.y)
        misses.push(`${scene.id}: ${id} at y ${Math.round(y)}, credits from ${Math.round(credits.y)}`);
    }
  }
  expect(misses).toEqual([]);
});
