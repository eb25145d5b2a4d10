import { type Page, test as base, expect } from '@playwright/test';

/**
 * Every test page may reach 127.0.0.1 only: any other request is aborted and recorded, so a
 * test fails if the app tries to use the network.
 */
export const test = base.extend<{ blockedRequests: string[] }>({
  blockedRequests: [
    async ({ page }, use) => {
      const blocked: string[] = [];
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
        blocked.push(url.href);
        return route.abort('internetdisconnected');
      });
      await use(blocked);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page };

/** Opens the app and waits until the map has drawn everything (its 'idle' event). */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await page.waitForFunction(() => !!document.querySelector('senkon-app')?.shadowRoot?.querySelector('atlas-map'));
  await mapIdle(page);
}

export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const map = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!;
    await map.updateComplete;
    await map.whenIdle();
  });
}

export async function renderedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.renderedItemIds());
}

/** Holds back the plan's item files until the returned function is called (the rest of the data loads). */
export async function holdItemFiles(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route('**/data/infrastructure/**', async (r) => {
    await held;
    await r.fallback();
  });
  return release;
}

/** Where a located item is drawn, in page coordinates. */
export async function itemPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('atlas-map').boundingBox();
  const pt = await page.evaluate(
    (itemId) => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.screenPoint(itemId),
    id,
  );
  if (!box || !pt) throw new Error(`item ${id} is not on the map`);
  return { x: box.x + pt.x, y: box.y + pt.y };
}

/** Clicks the map where a located item is drawn. */
export async function clickItem(page: Page, id: string): Promise<void> {
  const { x, y } = await itemPoint(page, id);
  await page.mouse.click(x, y);
}

/** Taps the map where a located item is drawn (a touch, not a mouse click). */
export async function tapItem(page: Page, id: string): Promise<void> {
  const { x, y } = await itemPoint(page, id);
  await page.touchscreen.tap(x, y);
}

/** Distinct colours in the map canvas: a blank (single-colour) canvas has 1. */
export async function canvasColours(page: Page): Promise<number> {
  return page.evaluate(() => {
    const src = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.shadowRoot!.querySelector('canvas')!;
    const c = document.createElement('canvas');
    c.width = 200;
    c.height = 150;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0, 200, 150);
    const d = ctx.getImageData(0, 0, 200, 150).data;
    const seen = new Set<number>();
    for (let i = 0; i < d.length; i += 4) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
    return seen.size;
  });
}

/** Expands the filter section as a user would (it starts closed when the link has no filters). */
export async function openFilters(page: Page): Promise<void> {
  const details = page.locator('details#filters');
  if (!(await details.getAttribute('open'))) await details.locator('summary').click();
}

/** Opens the Hokkaido view and waits until its map has drawn the boundaries. */
export async function openHokkaido(page: Page, query = '?o=hokkaido'): Promise<void> {
  await page.goto(`/${query}`);
  // The view's code and the boundaries load on demand; on a shared machine in software GL this takes a while.
  await page.waitForFunction(
    () => !!document.querySelector('senkon-app')?.shadowRoot?.querySelector('hokkaido-view')?.shadowRoot?.querySelector('hokkaido-map'),
    null,
    { timeout: 60_000 },
  );
  await hokkaidoIdle(page);
}

/** Waits until the Hokkaido view has its boundaries and its map is idle. */
export async function hokkaidoIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const view = document.querySelector('senkon-app')!.shadowRoot!.querySelector('hokkaido-view')!;
      return !!(view as unknown as { boundaries: unknown }).boundaries;
    },
    null,
    { timeout: 60_000 },
  );
  await page.evaluate(async () => {
    const map = document
      .querySelector('senkon-app')!
      .shadowRoot!.querySelector('hokkaido-view')!
      .shadowRoot!.querySelector('hokkaido-map')!;
    await map.updateComplete;
    await map.whenIdle();
  });
}

/** A point well inside a 振興局 on the Hokkaido map, in page coordinates. */
export async function hokkaidoPoint(page: Page, subprefecture: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (id) =>
      document
        .querySelector('senkon-app')!
        .shadowRoot!.querySelector('hokkaido-view')!
        .shadowRoot!.querySelector('hokkaido-map')!
        .pointOf(id),
    subprefecture,
  );
  const box = await page.locator('hokkaido-map').boundingBox();
  if (!point || !box) throw new Error(`${subprefecture} is not on the Hokkaido map`);
  return { x: box.x + point[0], y: box.y + point[1] };
}

/** The widest right edge of the app's parts shown (CSS px), and the page's scroll width. */
export async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; widest: number; what: string }> {
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
