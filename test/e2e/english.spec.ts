import { expect, openApp, openFilters, type Page, test } from './fixtures.ts';

/**
 * In English, no Japanese may reach the reader unmarked: every run of Japanese text on screen,
 * and every Japanese accessible name, title or placeholder, must be inside an element marked
 * lang="ja" (data text the plans give only in Japanese, shown as such and marked "(Japanese only)").
 */
async function unmarkedJapanese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/u;
    const found: string[] = [];
    const langOf = (el: Element | null): string => {
      for (let e: Element | null = el; e;) {
        const l = e.getAttribute('lang');
        if (l) return l;
        const parent: Node | null = e.parentNode;
        e = parent instanceof ShadowRoot ? parent.host : (parent as Element | null);
      }
      return '';
    };
    const where = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''}`;
    const walk = (root: Node) => {
      for (const node of root.childNodes) {
        if (node instanceof Text) {
          const el = node.parentElement;
          if (el && JAPANESE.test(node.data) && el.checkVisibility() && !langOf(el).startsWith('ja'))
            found.push(`${where(el)}: ${node.data.trim().slice(0, 60)}`);
        } else if (node instanceof Element) {
          if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) continue;
          for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
            const v = node.getAttribute(attr);
            if (v && JAPANESE.test(v) && !langOf(node).startsWith('ja')) found.push(`${where(node)}[${attr}]: ${v.slice(0, 60)}`);
          }
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        }
      }
    };
    walk(document.documentElement);
    return [...new Set(found)];
  });
}

const VIEWS: [string, string, ((page: Page) => Promise<void>)?][] = [
  [
    'main view after the switch, filters open',
    '',
    async (page) => {
      await page.locator('header button.lang').click();
      await expect(page.locator('header h1')).toHaveText('Senkon Atlas');
      await openFilters(page);
    },
  ],
  ['fishing port', '?lang=en&sel=item:fp-shibetsu'],
  ['road work', '?lang=en&sel=item:rd-nemuro-bousetsu'],
  ['area', '?lang=en&sel=area:01691'],
  ['project', '?lang=en&sel=project:p-food-industry'],
  ['KPI overview', '?lang=en&o=kpis'],
  ['tour', '?lang=en&tour=default&scene=food-industry'],
  [
    'Hokkaido view',
    '?lang=en&o=hokkaido',
    async (page) => {
      await expect(page.locator('hokkaido-view h2').first()).toBeVisible();
    },
  ],
  [
    'tour editor',
    '?lang=en',
    async (page) => {
      await page.locator('header button.tour-make').click();
      await expect(page.locator('tour-editor h2')).toHaveText('Make a tour');
    },
  ],
];

test('the check sees unmarked Japanese (the Japanese UI with the page marked English)', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
  const found = await unmarkedJapanese(page);
  expect(found.length).toBeGreaterThan(20);
  expect(found.some((f) => f.includes('凡例'))).toBe(true);
});

test('English: the map controls and credits are in English after the switch', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', '拡大');
  await page.locator('header button.lang').click();
  await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', 'Zoom in');
  await expect(page.locator('.maplibregl-ctrl-compass')).toHaveAttribute('title', 'Reset bearing to north');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Projects and KPIs');
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveAttribute('aria-label', 'Map');
});

test('English: units, badges and lists are English, untranslated plan text is marked', async ({ page }) => {
  await openApp(page, '?lang=en&sel=item:fp-shibetsu');
  const panel = page.locator('feature-panel');
  await expect(panel.locator('.projects .badge').first()).toHaveText('Hokkaido');
  await expect(panel.locator('kpi-summary')).toContainText('thousand t');
  await expect(panel.locator('dd').filter({ hasText: 'Shibetsu' }).first()).toBeVisible();
  await expect(panel.locator('.ja-only').first()).toHaveText('(Japanese only)');
  await openApp(page, '?lang=en&sel=area:01223');
  await expect(page.locator('feature-panel h2')).toContainText('Nemuro City');
  await expect(page.locator('feature-panel')).toContainText('Nemuro snow protection');
  // A name with no sourced reading stays Japanese, marked as such.
  await openApp(page, '?lang=en&sel=area:01691');
  await expect(page.locator('feature-panel li [lang="ja"]', { hasText: '上春別防雪' })).toBeVisible();
});

for (const [name, query, prepare] of VIEWS) {
  test(`English: no unmarked Japanese on screen — ${name}`, async ({ page }) => {
    await openApp(page, query);
    await prepare?.(page);
    await page.waitForTimeout(0);
    expect(await unmarkedJapanese(page)).toEqual([]);
  });
}

test('English: import errors and the data banner are in English, the file’s own Japanese words marked', async ({ page }) => {
  await page.route('**/data/kpis.json', (r) => r.fulfill({ status: 404, body: 'not found' }));
  await page.route('**/data/goals.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"goals": []}' }));
  await openApp(page, '?lang=en');
  const banner = page.locator('data-banner');
  await expect(banner).toContainText('Some data could not be loaded');
  await expect(banner).toContainText('kpis.json: could not be loaded: HTTP 404');
  await expect(banner).toContainText('goals.json: must be a JSON array of records (got an object {"goals": []})');
  await page.locator('senkon-app input[type="file"]').setInputFiles([
    { name: 'nocoords.csv', mimeType: 'text/csv', buffer: Buffer.from('名称,住所\n釧路駅,釧路市\n') },
    { name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from('lat,lon\n43°1′,144\n35.6,139.7\n') },
    { name: 'broken.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type": "FeatureCollection", "features": [') },
  ]);
  const errors = page.locator('data-banner .import-errors');
  await expect(errors).toContainText('nocoords.csv › line 1: no latitude and longitude column');
  await expect(errors).toContainText('found “名称”, “住所”');
  await expect(errors.locator('[lang="ja"]')).toHaveText(['名称', '住所']);
  await expect(errors).toContainText('values.csv › line 2: lat “43°1′” is in degrees/minutes/seconds');
  await expect(errors).toContainText('values.csv › line 3: lat 35.6, lon 139.7 lies outside the accepted area');
  await expect(errors).toContainText(
    'broken.geojson › line 1, column 44: is not valid JSON: expected a value (object, array, string, number, true, false or null), found the end of the file',
  );
  await expect(banner).toContainText('The file could not be loaded (nothing on screen was changed)');
  expect(await unmarkedJapanese(page)).toEqual([]);
});

test('English: the notice of a loaded file marks the file’s own Japanese words', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page
    .locator('senkon-app input[type="file"]')
    .setInputFiles([{ name: '釧路の地点.csv', mimeType: 'text/csv', buffer: Buffer.from('name,lat,lon,備考\nTest point,43.0,144.4,x\n') }]);
  const notice = page.locator('senkon-app .notice');
  await expect(notice).toContainText('釧路の地点.csv: 1 features loaded');
  await expect(notice.locator('[lang="ja"]')).toHaveText(['釧路の地点.csv']);
  expect(await unmarkedJapanese(page)).toEqual([]);
});
