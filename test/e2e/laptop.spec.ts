import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import turfBbox from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import { DATA_DIR } from '../load-data.ts';
import { type Page, clickItem, expect, itemPoint, mapIdle, openApp, openFilters, overflow, test } from './fixtures.ts';

/** Small laptops (issue 17.1) and the desk: a mouse, the sidebar beside the map, the panel over its right side. */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1600, height: 1000 },
];

/** The box of 別海町's official polygon (the basemap's municipalities, from N03). */
const BETSUKAI = (() => {
  const fc = JSON.parse(readFileSync(join(DATA_DIR, 'basemap', 'municipalities.geojson'), 'utf8')) as FeatureCollection;
  return turfBbox({ ...fc, features: fc.features.filter((f) => f.properties?.['code'] === '01691') });
})();

/** The share of the map's width the open panel covers. */
async function panelShare(page: Page): Promise<number> {
  const [map, panel] = [(await page.locator('atlas-map').boundingBox())!, (await page.locator('feature-panel').boundingBox())!];
  return (Math.min(panel.x + panel.width, map.x + map.width) - Math.max(panel.x, map.x)) / map.width;
}

for (const size of SIZES) {
  test.describe(`desk at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('nothing is wider than the window; the 地域 counts fit the sidebar', async ({ page }) => {
      await openApp(page);
      await expect(page.locator('senkon-app')).toHaveAttribute('layout', 'desk');
      await openFilters(page);
      const areas = page.locator('filter-panel section[data-facet="areas"]');
      await expect(areas).toBeVisible();
      const o = await overflow(page);
      expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
      expect(o.widest, o.what).toBeLessThanOrEqual(o.innerWidth + 0.5);
      // Every count of the nested 地域 tree whole inside the sidebar (it once shifted 24 px and read 釧路市 "1" for 10).
      const edge = (await page.locator('senkon-app aside').boundingBox())!;
      const counts = await areas.locator('.count').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
      expect(counts.length).toBeGreaterThan(10);
      for (const right of counts) expect(right).toBeLessThanOrEqual(edge.x + edge.width);
      // None of them cut inside its own box either (a clipped "10" reads "1").
      const clipped = await areas.locator('.count').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 0.5).length);
      expect(clipped).toBe(0);
    });

    test('an item or area panel covers at most about 40 % of the map, and the chosen item stays in view', async ({ page }) => {
      await openApp(page);
      await clickItem(page, 'fp-shibetsu');
      await expect(page.locator('feature-panel h2')).toHaveText('標津漁港');
      await mapIdle(page);
      expect(await panelShare(page)).toBeLessThanOrEqual(0.41);
      const panel = (await page.locator('feature-panel').boundingBox())!;
      const map = (await page.locator('atlas-map').boundingBox())!;
      const pt = await itemPoint(page, 'fp-shibetsu');
      expect(pt.x).toBeGreaterThan(map.x);
      expect(pt.x).toBeLessThan(panel.x);
      expect(pt.y).toBeGreaterThan(map.y);
      expect(pt.y).toBeLessThan(map.y + map.height);

      await openApp(page, '?sel=area:01691');
      await expect(page.locator('feature-panel h2')).toContainText('別海町');
      await mapIdle(page);
      expect(await panelShare(page)).toBeLessThanOrEqual(0.41);
      // The town's whole outline is framed in the part of the map the panel leaves (issue 16.3), not only its works.
      const free = (await page.locator('feature-panel').boundingBox())!.x - (await page.locator('atlas-map').boundingBox())!.x;
      const mapHeight = (await page.locator('atlas-map').boundingBox())!.height;
      for (const corner of [
        [BETSUKAI[0], BETSUKAI[1]],
        [BETSUKAI[2], BETSUKAI[3]],
      ] as [number, number][]) {
        const m = (await page.evaluate(
          (c) => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.measure(c),
          corner,
        ))!;
        expect(m.x, corner.join()).toBeGreaterThanOrEqual(0);
        expect(m.x, corner.join()).toBeLessThanOrEqual(free);
        expect(m.y, corner.join()).toBeGreaterThanOrEqual(0);
        expect(m.y, corner.join()).toBeLessThanOrEqual(mapHeight);
      }
      const o = await overflow(page);
      expect(o.widest, o.what).toBeLessThanOrEqual(o.innerWidth + 0.5);
      await page.screenshot({ path: `test-results/desk-area-${size.width}x${size.height}.png` });
    });
  });
}
