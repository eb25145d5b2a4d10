import { type Page, clickItem, expect, itemPoint, openApp, test } from './fixtures.ts';

/**
 * Issue 16.5: a click or tap that hits several items opens a pick list instead of choosing the
 * top one; hovering an item with a mouse shows its name. 釧路港 (hb-kushiro, a square) and
 * 千代ノ浦漁港 (fp-chiyonoura, a circle) lie about 2 km apart: at zoom 8 their symbols overlap.
 */
const OVERLAP = '?v=144.38,42.97,8';

/** A point inside both symbols: between the two, a third of the way from 釧路港. */
async function overlapPoint(page: Page): Promise<{ x: number; y: number }> {
  const [a, b] = [await itemPoint(page, 'hb-kushiro'), await itemPoint(page, 'fp-chiyonoura')];
  expect(Math.hypot(b.x - a.x, b.y - a.y), 'the two symbols are this close at zoom 8').toBeLessThan(14);
  return { x: a.x + (b.x - a.x) / 3, y: a.y + (b.y - a.y) / 3 };
}

/** The element focused now, looking into shadow roots: its tag and text. */
async function focused(page: Page): Promise<{ tag: string; text: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent ?? '' };
  });
}

/** Opens the app on the overlap and clicks (or taps) there: the pick list shows, and where it was asked for. */
async function pickAtOverlap(page: Page, by: 'click' | 'tap', query = OVERLAP) {
  await openApp(page, query);
  const at = await overlapPoint(page);
  await (by === 'tap' ? page.touchscreen.tap(at.x, at.y) : page.mouse.click(at.x, at.y));
  const list = page.locator('pick-list');
  await expect(list).toBeVisible();
  return { list, at };
}

const sel = (page: Page) => new URL(page.url()).searchParams.get('sel');

test.describe('on the desk at 1600×1000', () => {
  test.use({ viewport: { width: 1600, height: 1000 } });

  test('a click on overlapping items lists them; choosing 釧路港 opens its panel', async ({ page }) => {
    const { list } = await pickAtOverlap(page, 'click');
    const options = list.locator('[role="option"]');
    await expect(options.filter({ hasText: '釧路港' })).toHaveCount(1);
    await expect(options.filter({ hasText: '千代ノ浦漁港' })).toHaveCount(1);
    // Each row says what it is: the category beside the name.
    await expect(options.filter({ hasText: '釧路港' })).toContainText('港湾');
    await expect(options.filter({ hasText: '千代ノ浦漁港' })).toContainText('漁港');
    await expect(list).toContainText(/\d+件/);
    // Nothing is chosen for the user.
    await expect.poll(() => sel(page)).toBeNull();
    await expect(page.locator('feature-panel')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/pick-list-desk.png' });
    await options.filter({ hasText: '釧路港' }).click();
    await expect(page.locator('feature-panel h2')).toHaveText('釧路港');
    await expect(list).toHaveCount(0);
    await expect.poll(() => sel(page)).toBe('item:hb-kushiro');
  });

  test('the pick list works by keyboard: arrows and Enter choose, Esc closes and gives the focus back', async ({ page }) => {
    const { list, at } = await pickAtOverlap(page, 'click');
    // The focus is in the list, on its first row.
    const first = await list.locator('[role="option"] .name').first().innerText();
    await expect.poll(async () => (await focused(page)).text).toContain(first);
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await expect.poll(() => sel(page)).toBeNull();
    expect((await focused(page)).tag).toBe('canvas');
    // Again, now choosing 千代ノ浦漁港 with the arrows.
    await page.mouse.click(at.x, at.y);
    await expect(list).toBeVisible();
    const names = await list.locator('[role="option"] .name').allInnerTexts();
    const target = names.indexOf('千代ノ浦漁港');
    expect(target).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await focused(page)).text).toContain('千代ノ浦漁港');
    await page.keyboard.press('Enter');
    await expect(page.locator('feature-panel h2')).toHaveText('千代ノ浦漁港');
    await expect(list).toHaveCount(0);
  });

  test('a click on one item alone opens it directly, as before', async ({ page }) => {
    await openApp(page);
    await clickItem(page, 'fp-shibetsu');
    await expect(page.locator('feature-panel h2')).toHaveText('標津漁港');
    await expect(page.locator('pick-list')).toHaveCount(0);
  });

  test('in English, the list and its categories are English', async ({ page }) => {
    const { list } = await pickAtOverlap(page, 'click', `${OVERLAP}&lang=en`);
    await expect(list.locator('[role="option"]').filter({ hasText: 'Port of Kushiro' })).toContainText('Harbours');
    await expect(list).toContainText(/\d+ items here/);
  });

  test('hovering an item shows its name beside the cursor; moving away hides it', async ({ page }) => {
    await openApp(page);
    const tip = page.locator('atlas-map .item-tip');
    const p = await itemPoint(page, 'fp-shibetsu');
    await page.mouse.move(p.x, p.y);
    await expect(tip).toHaveText('標津漁港');
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    expect(Math.hypot(box.x + box.width / 2 - p.x, box.y + box.height - p.y)).toBeLessThan(60);
    // It follows the cursor across the item (the tip is only rewritten when the pointer moves or the name changes).
    await page.mouse.move(p.x + 4, p.y + 3);
    await expect.poll(async () => Math.abs((await tip.boundingBox())!.x - box.x - 4)).toBeLessThanOrEqual(1);
    await expect(tip).toHaveText('標津漁港');
    // Out at sea, south of the coast: nothing there.
    const sea = await page.evaluate(() =>
      document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.measure([145.0, 42.6])!,
    );
    const mapBox = (await page.locator('atlas-map').boundingBox())!;
    await page.mouse.move(mapBox.x + sea.x, mapBox.y + sea.y);
    await expect(tip).toHaveCount(0);
  });
});

test.describe('on a phone at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a tap on overlapping items lists them in rows a finger can hit; choosing 釧路港 opens its sheet', async ({ page }) => {
    const { list } = await pickAtOverlap(page, 'tap');
    const options = list.locator('[role="option"]');
    await expect(options.filter({ hasText: '千代ノ浦漁港' })).toHaveCount(1);
    for (const box of await options.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    // A touch shows no hover name.
    await expect(page.locator('atlas-map .item-tip')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/pick-list-phone.png' });
    await options.filter({ hasText: '釧路港' }).tap();
    await expect(page.locator('feature-panel h2')).toHaveText('釧路港');
    await expect(list).toHaveCount(0);
  });

  test('the close button shuts the list without choosing', async ({ page }) => {
    const { list } = await pickAtOverlap(page, 'tap');
    const close = list.locator('button.close');
    const box = (await close.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    await close.tap();
    await expect(list).toHaveCount(0);
    await expect.poll(() => sel(page)).toBeNull();
  });
});
