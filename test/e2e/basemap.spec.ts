import type { Geometry, Position } from 'geojson';
import { type Page, clickItem, expect, holdItemFiles, mapIdle, openApp, renderedIds, test } from './fixtures.ts';

async function rendered(
  page: Page,
  layers: string[],
): Promise<{ layer: string; properties: Record<string, unknown>; geometry: Geometry }[]> {
  return page.evaluate((l) => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.renderedFeatures(l), layers);
}

/** The colour the map draws at a place (CSS px → canvas px). */
async function colourAt(page: Page, lngLat: [number, number]): Promise<[number, number, number]> {
  return page.evaluate((ll) => {
    const map = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!;
    const m = map.measure(ll)!;
    const src = map.canvas()!;
    const k = src.width / src.clientWidth;
    const c = document.createElement('canvas');
    c.width = src.width;
    c.height = src.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0);
    const d = ctx.getImageData(Math.round(m.x * k), Math.round(m.y * k), 1, 1).data;
    return [d[0]!, d[1]!, d[2]!] as [number, number, number];
  }, lngLat);
}

const rings = (g: Geometry): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : []);

test('zoomed out to the minimum, all of Hokkaido is land to its real coast: no edge along the old clip lines', async ({ page }) => {
  await openApp(page, '?v=143.2,43.5,0');
  const view = await page.evaluate(() =>
    document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.measure([143.2, 43.5]),
  );
  expect(view!.zoom).toBeLessThan(6);
  // All of Hokkaido (渡島半島 to 択捉島, 宗谷岬 to 襟裳岬) is in view.
  const size = await page.evaluate(() => {
    const c = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.canvas()!;
    return { w: c.clientWidth, h: c.clientHeight };
  });
  for (const corner of [
    [139.8, 41.4],
    [148.9, 45.55],
  ] as [number, number][]) {
    const p = await page.evaluate(
      (ll) => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.measure(ll)!,
      corner,
    );
    expect(p.x, String(corner)).toBeGreaterThan(0);
    expect(p.x, String(corner)).toBeLessThan(size.w);
    expect(p.y, String(corner)).toBeGreaterThan(0);
    expect(p.y, String(corner)).toBeLessThan(size.h);
  }
  const land = await rendered(page, ['land']);
  expect(land.length).toBeGreaterThan(0);
  // No rendered land edge runs along 142.6°E or 42.3°N (the old window's clip lines).
  const along: string[] = [];
  for (const f of land) {
    for (const ring of rings(f.geometry)) {
      for (let i = 1; i < ring.length; i++) {
        const [a, b] = [ring[i - 1]!, ring[i]!];
        // On the line to within the tiles' grid (0.006° at zoom 4), level, and long: a real coast
        // that only passes near the line (内浦湾 at 42.3°N) is none of the three.
        const near = (v: number, line: number) => Math.abs(v - line) < 0.01;
        const lon = near(a[0]!, 142.6) && near(b[0]!, 142.6) && Math.abs(a[1]! - b[1]!) > 0.1;
        const lat = near(a[1]!, 42.3) && near(b[1]!, 42.3) && Math.abs(a[0]! - b[0]!) > 0.1;
        if (lon || lat) along.push(`${a.join()} → ${b.join()}`);
      }
    }
  }
  expect(along).toEqual([]);
  // West of the old line is land too (旭川, 札幌), and the sea stays sea.
  // (The old window drew sea there; a boundary line or a name may cross a sampled point, so
  // the test is only that it is not sea.)
  const sea = await colourAt(page, [144.5, 42.5]);
  expect(await colourAt(page, [145.5, 41.8])).toEqual(sea);
  for (const p of [
    [142.36, 43.77],
    [141.35, 43.06],
    [142.55, 43.2],
    [142.1, 44.5],
    [143.0, 42.4],
  ] as [number, number][])
    expect(await colourAt(page, p), String(p)).not.toEqual(sea);
  // All 14 振興局 are named.
  const subs = await rendered(page, ['subprefecture-labels']);
  expect(new Set(subs.map((f) => f.properties['name_ja'])).size).toBe(14);
});

test('the region view names every municipality, and no item symbol covers a name', async ({ page }) => {
  await openApp(page);
  const labels = await rendered(page, ['municipality-labels']);
  const names = new Set(labels.map((f) => f.properties['name_ja']));
  for (const n of [
    '釧路市',
    '根室市',
    '釧路町',
    '厚岸町',
    '浜中町',
    '標茶町',
    '弟子屈町',
    '鶴居村',
    '白糠町',
    '別海町',
    '中標津町',
    '標津町',
    '羅臼町',
  ])
    expect(names, n).toContain(n);
  const boundaries = await rendered(page, ['boundaries-region']);
  expect(boundaries.some((f) => f.properties['kind'] === 'subprefecture')).toBe(true);
  expect(boundaries.some((f) => f.properties['left'] === '01691' || f.properties['right'] === '01691')).toBe(true);
});

// Issue 22: the names of the shipped data are known at build time, so their faces load at start-up
// and the map names its places while the plan's data is still on its way (it laid every name out
// again after the data before).
test('the map names its places while the plan’s data is still loading, and keeps them named when it arrives', async ({ page }) => {
  const release = await holdItemFiles(page);
  // Every change of whether the map may draw names, frame by frame from the start.
  await page.addInitScript(() => {
    const seen: boolean[] = [];
    (window as unknown as { namesShown: boolean[] }).namesShown = seen;
    const watch = () => {
      const map = document.querySelector('senkon-app')?.shadowRoot?.querySelector('atlas-map') as { fontsReady?: boolean } | null;
      if (map?.fontsReady !== undefined && seen.at(-1) !== map.fontsReady) seen.push(map.fontsReady);
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.goto('/');
  await page.waitForFunction(() => !!document.querySelector('senkon-app')?.shadowRoot?.querySelector('atlas-map'));
  const names = async () => new Set((await rendered(page, ['municipality-labels'])).map((f) => f.properties['name_ja'])).size;
  await expect.poll(names, { timeout: 30_000 }).toBeGreaterThanOrEqual(13);
  // The data is still held: no item is drawn yet.
  expect(await renderedIds(page)).toEqual([]);
  release();
  await mapIdle(page);
  expect(await names()).toBeGreaterThanOrEqual(13);
  const ids = await renderedIds(page);
  expect(ids).toEqual(expect.arrayContaining(['fp-akkeshi', 'fp-rausu', 'hb-kushiro']));
  // Once named, the places stay named: the data's arrival does not take the names off to wait for
  // faces only the panels use (which laid every name layer out twice more).
  const shown = await page.evaluate(() => (window as unknown as { namesShown: boolean[] }).namesShown);
  expect(shown.slice(shown.indexOf(true))).toEqual([true]);
});

test('zoomed in, the region is drawn from its full-resolution tiles and stops at zoom 16', async ({ page }) => {
  await openApp(page, '?v=144.38,42.98,20');
  const view = await page.evaluate(() =>
    document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.measure([144.38, 42.98]),
  );
  expect(view!.zoom).toBeLessThanOrEqual(16);
  await openApp(page, '?v=144.38,42.98,14');
  expect((await rendered(page, ['land-region'])).length).toBeGreaterThan(0);
  await mapIdle(page);
});

test('the area view of 別海町 draws its outline (code 01691) and dims the rest', async ({ page }) => {
  await openApp(page, '?sel=area:01691');
  const outline = await rendered(page, ['area-outline']);
  expect(outline.length).toBeGreaterThan(0);
  expect(new Set(outline.map((f) => f.properties['code']))).toEqual(new Set(['01691']));
  const mask = await rendered(page, ['area-mask-region']);
  expect(mask.length).toBeGreaterThan(0);
  expect(mask.some((f) => f.properties['code'] === '01691')).toBe(false);
});

test('the 北方領土隣接地域 filter draws the outline of its 5 towns while it is on', async ({ page }) => {
  await openApp(page, '?border=inside');
  const codes = new Set((await rendered(page, ['area-outline'])).map((f) => f.properties['code']));
  expect(codes).toEqual(new Set(['01223', '01691', '01692', '01693', '01694']));
  await openApp(page);
  expect(await rendered(page, ['area-outline'])).toEqual([]);
});

// Issue 16, bad input: a basemap tile that cannot be read is named in the UI's language, and the
// map still draws its items and the rest of the basemap. (A missing tile is no error: the tile
// sets leave out the open sea, which MapLibre takes as empty on a 404.)
test('a broken basemap tile is named in a banner; names, the other tiles and the items are still drawn', async ({ page }) => {
  const broken: string[] = [];
  await page.route('**/data/basemap/hokkaido/5/**', (r) => {
    broken.push(new URL(r.request().url()).pathname.replace(/.*\/data\//, ''));
    return r.fulfill({ status: 200, contentType: 'application/x-protobuf', body: 'not a vector tile' });
  });
  await openApp(page, '?v=143.2,43.5,5');
  expect(broken.length).toBeGreaterThan(0);
  const banner = page.locator('data-banner');
  for (const file of broken) await expect(banner).toContainText(`${file}: 読み込めませんでした`);
  // The broken tiles draw nothing; the names and the land beyond the broken tiles are still drawn.
  expect(new Set((await rendered(page, ['subprefecture-labels'])).map((f) => f.properties['name_ja'])).size).toBe(14);
  // The region: its tiles are untouched; items are drawn and answer a click.
  await openApp(page);
  expect((await rendered(page, ['land'])).length).toBeGreaterThan(0);
  expect((await rendered(page, ['boundaries-region'])).length).toBeGreaterThan(0);
  expect((await rendered(page, ['municipality-labels'])).length).toBeGreaterThan(0);
  const ids = await renderedIds(page);
  expect(ids).toEqual(expect.arrayContaining(['fp-akkeshi', 'fp-rausu', 'hb-kushiro']));
  await clickItem(page, 'fp-shibetsu');
  await expect(page.locator('feature-panel h2')).toHaveText('標津漁港');
});

test('a broken municipal polygon file is named in English; the area view still draws and counts', async ({ page }) => {
  await page.route('**/data/basemap/municipalities.geojson', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: '{"type": "FeatureCollection", "features": [' }),
  );
  await openApp(page, '?sel=area:01691&lang=en');
  await expect(page.locator('data-banner')).toContainText('basemap/municipalities.geojson: is not valid JSON');
  const panel = page.locator('feature-panel');
  await expect(panel.locator('h2')).toHaveText(/Betsukai/);
  // Without the polygons the roll-up counts whole shapes and says so; outline and mask come from the tiles.
  await expect(panel.locator('[data-measure="road-km"]')).toHaveText(/^\d+(\.\d+)? km$/);
  await expect(panel.locator('[data-clipped="false"]')).toContainText('Without the official boundary data');
  expect(new Set((await rendered(page, ['area-outline'])).map((f) => f.properties['code']))).toEqual(new Set(['01691']));
  expect((await rendered(page, ['area-mask-region'])).length).toBeGreaterThan(0);
  expect((await rendered(page, ['land-region'])).length).toBeGreaterThan(0);
});
