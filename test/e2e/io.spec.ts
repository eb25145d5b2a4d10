import Encoding from 'encoding-japanese';
import writeXlsxFile from 'write-excel-file/universal';
import { clickItem, expect, mapIdle, openApp, renderedIds, test, type Page } from './fixtures.ts';

/** A CSV as Japanese Excel saves it (「CSV（コンマ区切り）」: Shift_JIS, CRLF), made here. */
const EXCEL_CSV = '名称,緯度,経度,備考\r\n別海町の試験地点,43.39,145.12,ｶﾅ①\r\n羅臼町の試験地点,44.02,145.19,「テスト」\r\n';
const sjis = (text: string) => Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));
const deep = (n: number) =>
  Buffer.from(`{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":${'['.repeat(n)}${']'.repeat(n)}}}`);
const shots = process.env['SHOTS'];

async function pick(page: Page, files: { name: string; buffer: Buffer }[]): Promise<void> {
  await page.locator('senkon-app input[type="file"]').setInputFiles(files.map((f) => ({ ...f, mimeType: 'application/octet-stream' })));
}

test('a Shift_JIS CSV saved by Excel is imported and listed, the notice naming the file and the encoding', async ({ page }) => {
  await openApp(page);
  await pick(page, [{ name: '試験地点.csv', buffer: sjis(EXCEL_CSV) }]);
  const notice = page.locator('senkon-app .notice');
  await expect(notice).toContainText('試験地点.csv: 2件を読み込みました');
  await expect(notice).toContainText('Shift_JIS');
  await expect(page.locator('item-list')).toContainText('別海町の試験地点');
  await expect(page.locator('item-list')).toContainText('羅臼町の試験地点');
  await mapIdle(page);
  expect((await renderedIds(page)).filter((id) => id.startsWith('user-')).length).toBe(2);
  if (shots) await page.screenshot({ path: `${shots}/import-sjis.png` });
});

test('each file of a pick gets its outcome: a deeply nested one is refused by name, the next still loads, the input is cleared', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  await pick(page, [
    { name: 'deep.geojson', buffer: deep(100_000) },
    { name: 'good.csv', buffer: Buffer.from('name,lat,lon,__proto__\n読込地点A,43.1,144.6,x\n') },
  ]);
  const banner = page.locator('data-banner .import-errors');
  await expect(banner).toContainText('deep.geojson › geometry.coordinates: 座標の配列の入れ子が深すぎます');
  const notice = page.locator('senkon-app .notice');
  await expect(notice).toContainText('good.csv: 1件を読み込みました');
  await expect(notice).toContainText('列「__proto__」は予約された名前のため除外しました');
  expect(await page.locator('senkon-app input[type="file"]').inputValue()).toBe('');
  if (shots) await page.screenshot({ path: `${shots}/import-error.png` });
  expect(errors).toEqual([]);

  // The same file again, now alone and bad: the earlier success notice does not stay beside it.
  await pick(page, [{ name: 'deep.geojson', buffer: deep(100_000) }]);
  await expect(notice).toHaveCount(0);
  await expect(banner).toContainText('deep.geojson');
  await expect(page.locator('item-list')).toContainText('読込地点A');
});

test('an undecidable file gets a message in the UI language naming it and what was tried', async ({ page }) => {
  await openApp(page);
  await pick(page, [
    { name: 'latin1.csv', buffer: Buffer.from([...Buffer.from('name,lat,lon\nCaf'), 0xe9, ...Buffer.from(',43.1,144.6\n')]) },
  ]);
  await expect(page.locator('data-banner .import-errors')).toContainText(
    'latin1.csv › 2行目（バイト位置 16）: 文字コードを判定できません（UTF-8, UTF-16, Shift_JIS, EUC-JPとして読めませんでした。0xE9はUTF-8の文字の先頭になりません）',
  );
});

test('the first sheet of an Excel workbook with 緯度/経度 columns is imported', async ({ page }) => {
  const blob = await writeXlsxFile([
    [
      { value: '名称', type: String },
      { value: '緯度', type: String },
      { value: '経度', type: String },
    ],
    [
      { value: '釧路の試験地点', type: String },
      { value: 42.98, type: Number },
      { value: 144.38, type: Number },
    ],
  ]).toBlob();
  await openApp(page);
  await pick(page, [{ name: '施設一覧.xlsx', buffer: Buffer.from(await blob.arrayBuffer()) }]);
  await expect(page.locator('senkon-app .notice')).toContainText('施設一覧.xlsx: 1件を読み込みました');
  await expect(page.locator('item-list')).toContainText('釧路の試験地点');
});

/** A CSV of `n` points packed around 釧路 (every zoom's tiles far over the thinning cap). */
function manyPoints(n: number): Buffer {
  const rows = Array.from(
    { length: n },
    (_, i) => `p${i},${(42.9 + (i % 100) / 500).toFixed(4)},${(144.3 + Math.floor(i / 100) / 500).toFixed(4)}`,
  );
  return Buffer.from(`name,lat,lon\n${rows.join('\n')}\n`);
}

test('an import of 10 000 points leaves every located plan item drawn', async ({ page }) => {
  await openApp(page);
  const before = (await renderedIds(page)).filter((id) => !id.startsWith('user-'));
  const located = await page.evaluate(() => document.querySelector('senkon-app')!.atlas!.located.length);
  expect(before.length).toBe(located);
  await pick(page, [{ name: 'many.csv', buffer: manyPoints(10_000) }]);
  await expect(page.locator('senkon-app .notice')).toContainText('many.csv: 10000件を読み込みました');
  await mapIdle(page);
  const after = await renderedIds(page);
  expect(after.filter((id) => !id.startsWith('user-'))).toEqual(before);
  // The import itself is thinned at this zoom (its tiles keep each feature from its first zoom), the plan's are not.
  const users = after.filter((id) => id.startsWith('user-'));
  expect(users.length).toBeGreaterThan(0);
  expect(users.length).toBeLessThan(10_000);
  // An imported point drawn from its tiles is an item like the rest: clicked, it opens; chosen,
  // it is marked on the map. The one
  // clicked is the farthest from any plan item, which is drawn over the import.
  const user = await page.evaluate(
    ({ users, plan }) => {
      const map = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!;
      const planAt = plan.map((id) => map.screenPoint(id)!);
      const gap = (id: string) => {
        const p = map.screenPoint(id)!;
        return Math.min(...planAt.map((q) => Math.hypot(p.x - q.x, p.y - q.y)));
      };
      return users.reduce((best, id) => (gap(id) > gap(best) ? id : best));
    },
    { users, plan: before },
  );
  await clickItem(page, user);
  // Where imported points lie on one another the click offers them in the pick list (issue 16): any one opens.
  const heading = page.locator('feature-panel h2');
  await expect(heading.or(page.locator('pick-list'))).toBeVisible();
  if (await page.locator('pick-list').isVisible()) await page.locator('pick-list [role="option"]').first().click();
  await expect(heading).toHaveText(/^p\d+$/);
  const name = await page.evaluate((id) => document.querySelector('senkon-app')!.atlas!.itemById.get(id)!.properties.name_ja, user);
  await page.evaluate((id) => {
    const app = document.querySelector('senkon-app')!;
    app.dispatchEvent(
      new CustomEvent('atlas-action', { detail: { type: 'select', selection: { kind: 'item', id } }, bubbles: true, composed: true }),
    );
  }, user);
  await expect(page.locator('feature-panel h2')).toHaveText(name);
  await expect
    .poll(() => page.evaluate((id) => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.featureState(id), user))
    .toMatchObject({ selected: true });
});

test('a 1 MB name stays inside the panel header, clipped, the whole of it in its title', async ({ page }) => {
  await openApp(page);
  const name = `長い名前${'あ'.repeat(1_000_000)}`;
  await pick(page, [{ name: 'long.csv', buffer: Buffer.from(`name,lat,lon\n${name},43.1,144.6\n`) }]);
  await expect(page.locator('senkon-app .notice')).toContainText('long.csv: 1件を読み込みました');
  await page.locator('item-list [role="option"][data-id^="user-"]').first().click();
  const h2 = page.locator('feature-panel h2');
  await expect(h2).toContainText('長い名前');
  const [header, panel] = await Promise.all([h2.boundingBox(), page.locator('feature-panel').boundingBox()]);
  // Three lines of 1.15rem at most, within the panel's width.
  expect(header!.height).toBeLessThan(100);
  expect(header!.x + header!.width).toBeLessThanOrEqual(panel!.x + panel!.width);
  expect((await h2.getAttribute('title'))!.length).toBe(name.length);
});
