import type { CDPSession, Locator } from '@playwright/test';
import { type Page, expect, hokkaidoPoint, itemPoint, mapIdle, openApp, openHokkaido, overflow, tapItem, test } from './fixtures.ts';

/** Phones held upright and sideways, and a tablet: touch, mobile viewport. */
const SIZES = [
  { width: 390, height: 844, phone: true },
  { width: 844, height: 390, phone: true },
  { width: 768, height: 1024, phone: false },
];

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

/**
 * Waits until the bottom sheet is open fully (over 75 % of the screen) or half (under 60 %) and its
 * height and slide transitions have ended: a finger then goes down where the grip stays, not where
 * it passes mid-transition (over the map above it).
 */
async function sheetAtRest(page: Page, state: 'full' | 'half'): Promise<void> {
  await page.waitForFunction((state) => {
    const sheet = document.querySelector('senkon-app')!.shadowRoot!.querySelector('bottom-sheet');
    if (!sheet || sheet.getAnimations().length > 0) return false;
    const h = sheet.getBoundingClientRect().height;
    return state === 'full' ? h > innerHeight * 0.75 : h < innerHeight * 0.6;
  }, state);
}

/** Whether two boxes share any area. */
function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** An element's scroll position once it has come to rest (a swipe may leave it gliding). */
function settled(scroller: Locator): Promise<number> {
  return scroller.evaluate(
    (el) =>
      new Promise<number>((resolve) => {
        let last = -1;
        const check = () =>
          el.scrollTop === last ? resolve(last) : ((last = el.scrollTop), requestAnimationFrame(() => setTimeout(check, 50)));
        check();
      }),
  );
}

/** The button (or element) a finger at (x, y) would touch, through the shadow roots. */
async function hitAt(page: Page, x: number, y: number): Promise<string> {
  return page.evaluate(
    ([px, py]) => {
      let root: Document | ShadowRoot = document;
      let el: Element | null = null;
      for (;;) {
        const next: Element | null = root.elementFromPoint(px!, py!);
        if (!next || next === el) break;
        el = next;
        if (!next.shadowRoot) break;
        root = next.shadowRoot;
      }
      const target = el?.closest('button') ?? el;
      return target ? `${target.tagName.toLowerCase()}.${target.className}` : '';
    },
    [x, y],
  );
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

    test('the credits start folded on a phone, one tap away, in the UI language, and in full on paper', async ({ page }) => {
      await openApp(page);
      const credits = page.locator('atlas-map .maplibregl-ctrl-attrib');
      const inner = credits.locator('.maplibregl-ctrl-attrib-inner');
      if (!size.phone) {
        // A tablet has room for them under the map.
        await expect(inner).toBeVisible();
        return;
      }
      await expect(inner).toBeHidden();
      const box = (await credits.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(50);
      expect(box.width).toBeLessThanOrEqual(60);
      // The button left is a finger's size, whole on the screen.
      const button = credits.locator('summary');
      const target = (await button.boundingBox())!;
      expect(target.height).toBeGreaterThanOrEqual(44);
      expect(target.y + target.height).toBeLessThanOrEqual(size.height);
      expect(target.x + target.width).toBeLessThanOrEqual(size.width);
      await button.tap();
      await expect(inner).toBeVisible();
      await expect(inner).toContainText('国土数値情報');
      await button.tap();
      await expect(inner).toBeHidden();
      // A language switch makes the control anew: folded again, its words in English.
      await page.locator('header button.menu').tap();
      await page.locator('aside button.lang').tap();
      await expect(page.locator('header h1')).toHaveText('Senkon Atlas');
      await expect(inner).toContainText('Projects and KPIs');
      await expect(inner).toBeHidden();
      // Printed straight from the page, the credits are there in full.
      await page.emulateMedia({ media: 'print' });
      await expect(inner).toBeVisible();
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
      await expect.poll(() => new URL(page.url()).searchParams.get('c')).toBe('airport');
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
      await sheetAtRest(page, 'full');
      await page.screenshot({ path: `/tmp/shots-phone/sheet-full-${size.width}x${size.height}.png` });
      const cdp = await page.context().newCDPSession(page);
      let g = (await grip.boundingBox())!;
      await swipe(cdp, g.x + g.width / 2, g.y + g.height / 2, g.y + g.height / 2 + 150);
      await expect(sheet).toHaveAttribute('state', 'half');
      await sheetAtRest(page, 'half');
      g = (await grip.boundingBox())!;
      await swipe(cdp, g.x + g.width / 2, g.y + g.height / 2, Math.min(size.height - 4, g.y + g.height / 2 + 120));
      await expect(sheet).toHaveCount(0);
      await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBeNull();
    });

    test('a swipe down on the sheet moves it when its content is at the top; in the middle of the content it scrolls', async ({ page }) => {
      test.skip(!size.phone, 'a tablet shows a card, not a sheet');
      await openApp(page, '?sel=area:01223');
      const sheet = page.locator('bottom-sheet');
      await expect(sheet).toHaveAttribute('state', 'half');
      await page.locator('bottom-sheet .grip').tap();
      await expect(sheet).toHaveAttribute('state', 'full');
      await sheetAtRest(page, 'full');
      const content = page.locator('bottom-sheet .content');
      const range = await content.evaluate((el) => el.scrollHeight - el.clientHeight);
      expect(range).toBeGreaterThan(300);
      const middle = Math.round(range / 2);
      await content.evaluate((el, top) => (el.scrollTop = top), middle);
      const cdp = await page.context().newCDPSession(page);
      const box = (await content.boundingBox())!;
      const x = box.x + box.width / 2;
      const from = box.y + Math.min(60, box.height / 3);
      await swipe(cdp, x, from, from + 120);
      expect(await settled(content)).toBeLessThan(middle - 40);
      await expect(sheet).toHaveAttribute('state', 'full');

      // Scrolled to its top, the same swipe on the content shrinks the sheet to half, and another dismisses it.
      await content.evaluate((el) => (el.scrollTop = 0));
      expect(await settled(content)).toBe(0);
      await swipe(cdp, x, from, from + 120);
      await expect(sheet).toHaveAttribute('state', 'half');
      await sheetAtRest(page, 'half');
      expect(await settled(content)).toBe(0);
      const half = (await content.boundingBox())!;
      await swipe(cdp, x, half.y + 10, Math.min(size.height - 4, half.y + 130));
      await expect(sheet).toHaveCount(0);
      await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBeNull();
    });

    test('the Hokkaido view fits: no sideways scroll, the map in view, a chosen region’s panel brought into view', async ({ page }) => {
      test.setTimeout(180_000);
      await openHokkaido(page);
      const o = await overflow(page);
      expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
      expect(o.widest, o.what).toBeLessThanOrEqual(o.innerWidth + 0.5);
      const overlay = page.locator('section.overlay.hokkaido');
      expect(await overlay.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      // The map, whole in width and at least 40 % of it in view, without scrolling.
      const map = (await page.locator('hokkaido-map').boundingBox())!;
      expect(map.x).toBeGreaterThanOrEqual(0);
      expect(map.x + map.width).toBeLessThanOrEqual(size.width);
      const shown = Math.min(map.y + map.height, size.height) - Math.max(map.y, 0);
      expect(shown / map.height).toBeGreaterThanOrEqual(0.4);
      await page.screenshot({ path: `/tmp/shots-phone/hokkaido-${size.width}x${size.height}.png` });
      if (size.phone) {
        // One finger on the map scrolls the view (the map is moved with two), so the finger is never trapped in it.
        const cdp = await page.context().newCDPSession(page);
        const y = map.y + Math.min(map.height, size.height - map.y) / 2;
        await swipe(cdp, map.x + map.width / 2, y, y - 100);
        expect(await settled(overlay)).toBeGreaterThan(30);
        await overlay.evaluate((el) => (el.scrollTop = 0));
      }
      // A tap on 十勝 (the view at rest first): its panel comes into view.
      await page.locator('hokkaido-map').scrollIntoViewIfNeeded();
      await settled(overlay);
      const point = await hokkaidoPoint(page, 'sk-tokachi');
      expect(point.y, 'the point to tap is on screen').toBeLessThan(size.height);
      await page.touchscreen.tap(point.x, point.y);
      const heading = page.locator('region-panel h2');
      await expect(heading).toHaveText('十勝連携地域');
      // Scrolled to: the panel's heading ends up in the upper half of the screen.
      await expect.poll(async () => (await heading.boundingBox())!.y).toBeLessThan(size.height / 2);
      await expect.poll(async () => (await heading.boundingBox())!.y).toBeGreaterThan(0);
      const o2 = await overflow(page);
      expect(o2.widest, o2.what).toBeLessThanOrEqual(o2.innerWidth + 0.5);
      await page.screenshot({ path: `/tmp/shots-phone/hokkaido-region-${size.width}x${size.height}.png` });
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
      // The map's zoom buttons stay clear of the caption, and a finger reaches them.
      const zoom = (await page.locator('atlas-map .maplibregl-ctrl-top-right .maplibregl-ctrl-group').boundingBox())!;
      expect(overlaps(card, zoom), `caption ${JSON.stringify(card)} over zoom ${JSON.stringify(zoom)}`).toBe(false);
      const zoomIn = (await page.locator('atlas-map .maplibregl-ctrl-zoom-in').boundingBox())!;
      expect(await hitAt(page, zoomIn.x + zoomIn.width / 2, zoomIn.y + zoomIn.height / 2)).toContain('maplibregl-ctrl-zoom-in');
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
