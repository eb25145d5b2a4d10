import { type Page, expect, mapIdle, openApp, test } from './fixtures.ts';

/** A 1×1 PNG: what the stubbed tile servers answer (the tests never reach the real ones). */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64');

async function serveTiles(page: Page): Promise<void> {
  for (const host of ['https://cyberjapandata.gsi.go.jp/**', 'https://tile.openstreetmap.org/**'])
    await page.route(host, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE }));
}

/** Every string drawn with fillText from now on (the handout is drawn on a canvas). */
async function recordCanvasText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const drawn: string[] = ((window as unknown as { drawn: string[] }).drawn = []);
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, w?: number) {
      drawn.push(text);
      return w === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, w);
    };
  });
}

const drawnText = (page: Page) => page.evaluate(() => (window as unknown as { drawn: string[] }).drawn.join('\n'));
const attribution = (page: Page) => page.locator('atlas-map .maplibregl-ctrl-attrib-inner');

test('an online basemap is credited in the map, on the handout PNG and on the printed page', async ({ page }) => {
  await serveTiles(page);
  await openApp(page, '?bm=gsi-pale');
  await expect(page.locator('layer-legend select#basemap')).toHaveValue('gsi-pale');
  await expect(attribution(page)).toContainText('地理院タイル');
  await recordCanvasText(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('button.handout').click()]);
  expect(await file.path()).toBeTruthy();
  expect(await drawnText(page)).toContain('地理院タイル');

  // OpenStreetMap instead: its tile credit replaces GSI's, in the map and in print.
  await page.locator('layer-legend select#basemap').selectOption('osm');
  await mapIdle(page);
  await expect(attribution(page)).toContainText('地図タイル © OpenStreetMap contributors');
  await expect(attribution(page)).not.toContainText('地理院タイル');
  await page.evaluate(() => {
    (window as unknown as { drawn: string[] }).drawn.length = 0;
    window.print = () => undefined;
  });
  await page.locator('button.print').click();
  await expect(page.locator('img.print-handout')).toHaveCount(1);
  expect(await drawnText(page)).toContain('地図タイル © OpenStreetMap contributors');
});

test('the Geolonia CC BY 4.0 credit appears with the context layers built on its address points, and in the handout', async ({ page }) => {
  await openApp(page);
  await expect(attribution(page)).not.toContainText('Geolonia');
  await page.locator('layer-legend input[data-context="parks"]').check();
  await mapIdle(page);
  await expect(attribution(page)).toContainText('Geolonia 住所データ（CC BY 4.0）');
  await recordCanvasText(page);
  await Promise.all([page.waitForEvent('download'), page.locator('button.handout').click()]);
  expect(await drawnText(page)).toContain('Geolonia');
  await page.locator('layer-legend input[data-context="parks"]').uncheck();
  await mapIdle(page);
  await expect(attribution(page)).not.toContainText('Geolonia');
});

test('the credits are text, with one link: to the notices file the build wrote', async ({ page, request }) => {
  await openApp(page, '?ctx=parks');
  await expect(attribution(page)).toContainText('国土数値情報');
  // MapLibre sets the lines as HTML: the app's lines are escaped, so no markup comes through
  // but the one link the code makes.
  const links = await attribution(page).evaluate((el) =>
    [...el.querySelectorAll('*')].map((e) => `${e.tagName} ${e.getAttribute('href')}`),
  );
  expect(links).toEqual(['A ./THIRD-PARTY-NOTICES.txt']);
  await expect(attribution(page).locator('a')).toHaveText('ライセンスと出典の一覧');
  const notices = await request.get('THIRD-PARTY-NOTICES.txt');
  expect(notices.ok()).toBe(true);
  const text = await notices.text();
  for (const expected of [
    'maplibre-gl',
    'lit ',
    'Geolonia 住所データ',
    '「国土数値情報（行政区域データ）」（国土交通省）を加工して作成',
    'SIL OPEN FONT LICENSE',
  ])
    expect(text).toContain(expected);
});
