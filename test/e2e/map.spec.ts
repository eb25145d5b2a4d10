import { loadRealData } from '../load-data.ts';
import { canvasColours, clickItem, expect, mapIdle, openApp, renderedIds, test } from './fixtures.ts';

test('the map renders the region with its infrastructure, with no request beyond 127.0.0.1', async ({ page, blockedRequests }) => {
  await openApp(page);
  expect(await canvasColours(page)).toBeGreaterThan(50);
  const ids = await renderedIds(page);
  expect(ids).toEqual(expect.arrayContaining(['fp-akkeshi', 'fp-rausu', 'hb-kushiro', 'ap-nakashibetsu', 'vo-meakandake']));
  await expect(page.locator('layer-legend button')).toHaveCount(8);
  await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap');
  // Every data file loads and validates: no banner on a normal start.
  await expect(page.locator('data-banner .banner')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/overview.png' });
  expect(blockedRequests).toEqual([]);
});

test('clicking a fishing port shows its projects, body and KPIs', async ({ page }) => {
  await openApp(page);
  await clickItem(page, 'fp-shibetsu');
  const panel = page.locator('feature-panel');
  await expect(panel.locator('h2')).toHaveText('標津漁港');
  await expect(panel).toContainText('係留施設等');
  await expect(panel).toContainText('農山漁村地域整備交付金（漁村再生交付金事業）');
  await expect(panel).toContainText('標津町');
  await expect(panel.locator('.projects li')).toContainText([
    '１－（３）、４－（４） 新技術や強みを活かした酪農・漁業など地域産業の振興プロジェクト',
  ]);
  await expect(panel.locator('.projects .badge').first()).toHaveText('道');
  const kpiRows = panel.locator('kpi-summary tbody tr');
  expect(await kpiRows.count()).toBeGreaterThan(3);
  await expect(panel.locator('kpi-summary')).toContainText('新規漁業就業者数');
  await mapIdle(page);
  await page.screenshot({ path: 'test-results/port-panel.png' });
  await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('item:fp-shibetsu');
});

test('a national fishing port shows its national projects, in red, and says there is no KPI', async ({ page }) => {
  await openApp(page);
  await clickItem(page, 'fp-rausu');
  const panel = page.locator('feature-panel');
  await expect(panel.locator('h2')).toHaveText('羅臼漁港');
  await expect(panel.locator('.projects li')).toHaveCount(3);
  const badge = panel.locator('.projects .badge').first();
  await expect(badge).toHaveText('国');
  expect(await badge.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(192, 57, 43)');
  await expect(panel.locator('kpi-summary')).toContainText('指標は計画に記載がありません');
});

test('the list reaches the same panel by keyboard', async ({ page }) => {
  await openApp(page);
  const first = page.locator('item-list [role="option"]').first();
  await first.focus();
  for (let i = 0; i < 40; i++) {
    const name = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.textContent ?? '';
    });
    if (name.includes('標津漁港')) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  const panel = page.locator('feature-panel');
  await expect(panel.locator('h2')).toHaveText('標津漁港');
  await expect(panel.locator('kpi-summary')).toContainText('新規漁業就業者数');
  await expect(page.locator('item-list [aria-selected="true"]')).toContainText('標津漁港');
});

test('a link with a selection opens on that panel', async ({ page }) => {
  await openApp(page, '?sel=item:fp-akkeshi&lang=en');
  await expect(page.locator('feature-panel h2')).toHaveText(/Akkeshi|厚岸漁港/);
  await expect(page.locator('header h1')).toHaveText('Senkon Atlas');
});

test('legend entries toggle their layer on the map', async ({ page }) => {
  await openApp(page);
  await page.locator('layer-legend button[data-category="fishing-port"]').click();
  await mapIdle(page);
  const ids = await renderedIds(page);
  expect(ids.some((id) => id.startsWith('fp-'))).toBe(false);
  expect(ids).toContain('hb-kushiro');
  await expect(page.locator('layer-legend button[data-category="fishing-port"]')).toHaveAttribute('aria-pressed', 'false');
});

test('the headings switch to the bold weight with its glyphs already loaded, never through a fallback font', async ({ page }) => {
  // Watch from the first script on: at the first frame in which the bold faces exist, the ones
  // the headings need must be loaded (a face added while its file loads shows its text in a
  // fallback font, tofu on a machine without a CJK font).
  await page.addInitScript(() => {
    const w = window as unknown as { boldSeen?: { loaded: boolean } };
    const watch = () => {
      if ([...document.fonts].some((f) => f.weight === '700')) {
        w.boldSeen = { loaded: document.fonts.check('700 16px "Noto Sans JP"', '釧根アトラス 絞り込み 施設の種類') };
        return;
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await openApp(page);
  await page.waitForFunction(() => (window as unknown as { boldSeen?: unknown }).boldSeen !== undefined);
  expect(await page.evaluate(() => (window as unknown as { boldSeen: { loaded: boolean } }).boldSeen)).toEqual({ loaded: true });
});

test('after the first draw the faces of the names the panels show are loaded before anyone clicks', async ({ page }) => {
  // The map's names do not wait for the projects' and goals' faces; the panel shows those names.
  const { atlas } = loadRealData();
  const text = [...atlas.data.projects, ...atlas.data.goals].map((r) => r.name_ja).join('');
  await openApp(page);
  await mapIdle(page);
  await expect.poll(() => page.evaluate((t) => document.fonts.check('400 16px "Noto Sans JP"', t), text), { timeout: 20_000 }).toBe(true);
});
