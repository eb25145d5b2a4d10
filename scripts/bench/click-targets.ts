/** Where the bench clicks: items that are drawn, found on the page as a user would see them. */
import type { Page } from '@playwright/test';
import { type AppKind, type Target, isOurs } from './types.ts';

/**
 * The click targets among `targets` that the page draws: overview tiles and large GeoJSON draw a
 * sample of the items, so a click on an undrawn one would measure nothing.
 */
export async function clickTargets(page: Page, app: AppKind, targets: Target[]): Promise<Target[]> {
  let picked = targets;
  if (isOurs(app)) {
    // overview tiles and large GeoJSON draw a sample of the items: click targets that are drawn
    const ids = await page.evaluate(() => (window.__bench.ours()!.map as unknown as { renderedItemIds(): string[] }).renderedItemIds());
    const drawn = new Set(ids);
    const known = new Set(targets.map((t) => t.id));
    // the app finds their position by id (lon/lat are only read by the peers)
    picked = [
      ...targets.filter((t) => drawn.has(t.id)),
      ...ids.filter((id, i) => !known.has(id) && i % 7 === 0).map((id) => ({ id, lon: 0, lat: 0 })),
    ];
  }
  if (app === 'tiles') {
    // tiles thin points at overview zooms: click points that are drawn
    picked = await page.evaluate(() => {
      const map = (
        window as unknown as {
          benchMap: {
            queryRenderedFeatures(o: unknown): { geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[];
            getCanvas(): HTMLCanvasElement;
          };
        }
      ).benchMap;
      const c = map.getCanvas();
      const w = c.clientWidth;
      const h = c.clientHeight;
      return map
        .queryRenderedFeatures({ layers: ['items-point'] })
        .filter((f) => f.geometry.type === 'Point')
        .map((f) => ({ id: String(f.properties['id']), lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]! }))
        .filter((t) => {
          const p = (map as unknown as { project(l: [number, number]): { x: number; y: number } }).project([t.lon, t.lat]);
          return p.x > 80 && p.y > 80 && p.x < w - 560 && p.y < h - 80;
        })
        .filter((_, i) => i % 7 === 0)
        .slice(0, 200);
    });
  }
  return picked;
}
