import type { CDPSession } from '@playwright/test';
import { type Page, expect, itemPoint, mapIdle, openApp, tapItem, test } from './fixtures.ts';

/** Phones held upright and sideways, and a tablet: touch, mobile viewport. */
const SIZES = [
  { width: 390, height: 844, phone: true },
  { width: 844, height: 390, phone: true },
  { width: 768, height: 1024, phone: false },
];

/** The widest right edge of the app's parts shown (CSS px), and the page's scroll width. */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; widest: number; what: string }> {
  return page.evaluate(() => {
    const app = document.querySelector('senkon-app')!.shadowRoot!;
    let widest = 0;
    let what = '';
    // Every element of the app and one level of the elements inside it (filters, list, legend, panel).
    const roots: (ShadowRoot | Document)[] = [app];
    for (const el of app.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    for (const root of roots) {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        // The drawer, closed, waits off-screen to the left; MapLibre's own canvas and tiles are the map's business.
        if (r.right < 0 || el.closest('.maplibregl-canvas-container')) continue;
        if (r.right > widest) {
          widest = r.right;
          what = `${el.tagName.toLowerCase()}.${el.className}`;
        }
      }
    }
    return { scrollWidth: document.scrollingElement!.scrollWidth, innerWidth, widest, what };
  });
}

async function canvasShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const c = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.canvas()!.getBoundingClientRect();
    const w = Math.min(c.right, innerWidth) - Math.max(c.left, 0);
    const h = Math.min(c.bottom, innerHeight) - Math.max(c.top, 0);
    return (w * h) / (innerWidth * innerHeight);
  });
}

/** A finger's swipe from one point to another, as touch events (the page sees pointer events of type touch). */
async function swipe(cdp: CDPSession, x: number, from: number, to: number): Promise<void> {
  const steps = 8;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: from }] });
  for (let i = 1; i <= steps; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: from + ((to - from) * i) / steps }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

for (const size of SIZES) {
  test.describe(`${size.phone ? 'phone' : 'tablet'} at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, isMobile: true, hasTouch: true });

    test('the map takes the screen and nothing is wider than it', async ({ page }) => {
      await openApp(page);
      await expect(page.locator('senkon-app')).toHaveAttribute('layout', size.phone ? 'phone' : 'tablet');
      expect(await canvasShare(page)).toBeGreaterThanOrEqual(0.6);
      const o = await overflow(page);
      expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
      expect(o.widest, o.what).toBeLessThanOrEqual(o.innerWidth + 0.5);
      // The header is the title and one menu: its controls are fingers' size.
      const menu = await page.locator('header button.menu').boundingBox();
      expect(menu!.height).toBeGreaterThanOrEqual(44);
      await expect(page.locator('header .header-actions')).toHaveCount(0);
    });

    test('the drawer opens over a scrim with the filters; nested areas fit it; Esc closes it', async ({ page }) => {
      await openApp(page);
      await page.locator('header button.menu').tap();
      const drawer = page.locator('senkon-app aside');
      await expect(drawer).toBeVisible();
      await expect(page.locator('.scrim')).toBeVisible();
      await expect(page.locator('header button.menu')).toHaveAttribute('aria-expanded', 'true');
      await page.locator('details#filters summary').tap();
      const areas = page.locator('filter-panel section[data-facet="areas"]');
      await expect(areas).toBeVisible();
      await areas.scrollIntoViewIfNeeded();
      const o = await overflow(page);
      expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
      expect(o.widest, o.what).toBeLessThanOrEqual(o.innerWidth + 0.5);
      // Every count of the 地域 tree inside the drawer, none clipped.
      const edge = (await drawer.boundingBox())!;
      const counts = await areas.locator('.count').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
      expect(counts.length).toBeGreaterThan(10);
      for (const right of counts) expect(right).toBeLessThanOrEqual(edge.x + edge.width);
      // Touch targets: the facet buttons are at least 44 px high.
      const row = await areas.locator('li button').first().boundingBox();
      expect(row!.height).toBeGreaterThanOrEqual(44);
      // A category filter from the drawer narrows the map.
      await page.locator('filter-panel section[data-facet="categories"] button[data-value="airport"]').tap();
      await expect(page.locator('filter-panel section[data-facet="categories"] button[data-value="airport"]')).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      if (size.phone) await page.screenshot({ path: `/tmp/shots-phone/drawer-${size.width}x${size.height}.png` });
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
      await expect(page.locator('header button.menu')).toBeFocused();
      expect(new URL(page.url()).searchParams.get('c')).toBe('airport');
    });

    test('a tap on an item opens its details; the sheet goes half, full, and is swiped away', async ({ page }) => {
      await openApp(page);
      await tapItem(page, 'fp-shibetsu');
      const panel = page.locator('feature-panel');
      await expect(panel.locator('h2')).toHaveText('標津漁港');
      await mapIdle(page);
      if (!size.phone) {
        // The tablet: a card beside the map, at most 40 % of its width, the item left in view.
        const card = (await panel.boundingBox())!;
        expect(card.width / size.width).toBeLessThanOrEqual(0.41);
        expect((await itemPoint(page, 'fp-shibetsu')).x).toBeLessThan(card.x);
        await page.screenshot({ path: `/tmp/shots-phone/selected-${size.width}x${size.height}.png` });
        return;
      }
      const sheet = page.locator('bottom-sheet');
      await expect(sheet).toHaveAttribute('state', 'half');
      const half = (await sheet.boundingBox())!;
      expect(half.y + half.height).toBeCloseTo(size.height, 0);
      // The map keeps the tapped port above the sheet.
      expect((await itemPoint(page, 'fp-shibetsu')).y).toBeLessThan(half.y);
      const o = await overflow(page);
      expect(o.widest, o.what).toBeLessThanOrEqual(o.innerWidth + 0.5);
      await page.screenshot({ path: `/tmp/shots-phone/sheet-half-${size.width}x${size.height}.png` });

      // The close button dismisses it; a tap brings it back.
      await page.locator('feature-panel .close').tap();
      await expect(sheet).toHaveCount(0);
      await mapIdle(page);
      await tapItem(page, 'fp-shibetsu');
      await expect(sheet).toHaveAttribute('state', 'half');

      // A tap on the grip opens it fully; a swipe down shrinks it to half, another dismisses it.
      const grip = page.locator('bottom-sheet .grip');
      expect((await grip.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await grip.tap();
      await expect(sheet).toHaveAttribute('state', 'full');
      await expect(grip).toHaveAttribute('aria-expanded', 'true');
      await page.waitForFunction(() => {
        const s = document.querySelector('senkon-app')!.shadowRoot!.querySelector('bottom-sheet')!.getBoundingClientRect();
        return s.height > innerHeight * 0.75;
      });
      await page.screenshot({ path: `/tmp/shots-phone/sheet-full-${size.width}x${size.height}.png` });
      const cdp = await page.context().newCDPSession(page);
      let g = (await grip.boundingBox())!;
      await swipe(cdp, g.x + g.width / 2, g.y + g.height / 2, g.y + g.height / 2 + 150);
      await expect(sheet).toHaveAttribute('state', 'half');
      await page.waitForFunction(() => {
        const s = document.querySelector('senkon-app')!.shadowRoot!.querySelector('bottom-sheet')!.getBoundingClientRect();
        return s.height < innerHeight * 0.6;
      });
      g = (await grip.boundingBox())!;
      await swipe(cdp, g.x + g.width / 2, g.y + g.height / 2, Math.min(size.height - 4, g.y + g.height / 2 + 120));
      await expect(sheet).toHaveCount(0);
      expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
    });

    test('the list in the drawer opens the details, and the drawer gives way', async ({ page }) => {
      await openApp(page);
      await page.locator('header button.menu').tap();
      const option = page.locator('item-list [role="option"]').first();
      const name = await option.evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelector('.meta')?.remove();
        return (copy.textContent ?? '').trim();
      });
      await option.tap();
      await expect(page.locator('senkon-app aside')).toBeHidden();
      await expect(page.locator('feature-panel h2')).toHaveText(name);
    });

    test('the tour steps by tap on its buttons; its caption is a card that leaves the map', async ({ page }) => {
      await openApp(page);
      await page.locator('header button.menu').tap();
      await page.locator('aside button.tour-start').tap();
      const player = page.locator('tour-player');
      await expect(player).toContainText('1 /');
      const card = (await player.boundingBox())!;
      if (size.phone && size.width < size.height) {
        // A phone upright: a card along the bottom, under half the screen.
        expect(card.y + card.height).toBeGreaterThan(size.height - 20);
        expect(card.height).toBeLessThanOrEqual(size.height * 0.46);
        expect(card.width).toBeGreaterThan(size.width * 0.9);
      } else {
        // Sideways, and on a tablet: the presenter's card on the right.
        expect(card.width).toBeLessThanOrEqual(size.width * 0.31);
      }
      expect(await canvasShare(page)).toBeGreaterThanOrEqual(0.9);
      const next = player.locator('button.next');
      expect((await next.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await next.tap();
      await expect(player).toContainText('2 /');
      await next.tap();
      await expect(player).toContainText('3 /');
      await player.locator('button.prev').tap();
      await expect(player).toContainText('2 /');
      await mapIdle(page);
      await page.screenshot({ path: `/tmp/shots-phone/tour-${size.width}x${size.height}.png` });
      await player.locator('button.exit').tap();
      await expect(player).toHaveCount(0);
      await expect(page.locator('senkon-app')).toHaveAttribute('layout', size.phone ? 'phone' : 'tablet');
    });
  });
}
