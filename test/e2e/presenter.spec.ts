import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tour } from '../../src/domain/tour.ts';
import { DATA_DIR } from '../load-data.ts';
import { type Page, expect, mapIdle, openApp, test } from './fixtures.ts';

const tour = JSON.parse(readFileSync(join(DATA_DIR, 'tours', 'default.json'), 'utf8')) as Tour;

const counter = (page: Page, i: number) => expect(page.locator('tour-player')).toContainText(`${i} / ${tour.scenes.length}`);

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test.describe(`presenter view at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the map fills the screen and every caption, chart included, fits without scrolling', async ({ page }) => {
      test.setTimeout(240_000);
      await openApp(page);
      await page.locator('button.tour-start').click();
      await counter(page, 1);
      await expect(page.locator('senkon-app header')).toBeHidden();
      await expect(page.locator('senkon-app aside')).toBeHidden();
      for (let i = 0; i < tour.scenes.length; i++) {
        await counter(page, i + 1);
        await mapIdle(page);
        const scene = tour.scenes[i]!;
        if (scene.kpi) await expect(page.locator('tour-player section.kpi svg').first()).toBeVisible();
        // The summary scene shows its KPIs' figures: one row per KPI, each with base, latest and target.
        if (scene.kpis) {
          const rows = page.locator('tour-player table.kpi-table tbody tr');
          await expect(rows).toHaveCount(scene.kpis.length);
          for (const row of await rows.all()) await expect(row.locator('td')).toHaveText([/\d/, /\d|—/, /\d|—/]);
        }
        const fit = await page.evaluate(() => {
          const app = document.querySelector('senkon-app')!.shadowRoot!;
          const canvas = app.querySelector('atlas-map')!.canvas()!.getBoundingClientRect();
          const player = app.querySelector('tour-player')!;
          const body = player.shadowRoot!.querySelector<HTMLElement>('.body')!;
          return {
            canvasShare: (canvas.width * canvas.height) / (innerWidth * innerHeight),
            cardShare: player.getBoundingClientRect().width / innerWidth,
            overflow: body.scrollHeight - body.clientHeight,
          };
        });
        expect(fit.canvasShare, scene.id).toBeGreaterThanOrEqual(0.85);
        expect(fit.cardShare, scene.id).toBeLessThanOrEqual(0.3);
        expect(fit.overflow, `${scene.id}: the caption scrolls`).toBeLessThanOrEqual(1);
        if (i === 0) {
          // The credits (the N03 boundaries' among them) stay readable beside the caption card, not under it.
          const credits = page.locator('atlas-map .maplibregl-ctrl-attrib');
          await expect(credits).toContainText('国土数値情報（行政区域データ）');
          const [c, card] = [(await credits.boundingBox())!, (await page.locator('tour-player').boundingBox())!];
          expect(c.x + c.width).toBeLessThanOrEqual(card.x + 1);
          expect(c.y + c.height).toBeLessThanOrEqual(size.height + 1);
        }
        if (size.width === 1920 && [0, 7, 12, 13].includes(i))
          await page.screenshot({ path: `test-results/presenter-${i + 1}-${scene.id}.png` });
        if (i < tour.scenes.length - 1) await page.keyboard.press('PageDown');
      }
    });
  });
}

test.describe('clicker-safe', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('Space advances whichever button has focus; B blanks; a clicked item shows a card; Esc ends', async ({ page }) => {
    test.setTimeout(180_000);
    await openApp(page, '?lang=en');
    // The language button is pressed with the mouse before the tour, as in the reported case.
    await page.locator('header button.lang').click();
    await page.locator('button.tour-start').click();
    await counter(page, 1);
    let at = 1;
    for (const name of ['next', 'prev', 'exit']) {
      const button = page.locator(`tour-player button.${name}`);
      if (await button.isDisabled()) continue;
      await button.focus();
      await page.keyboard.press('Space');
      at += 1;
      await counter(page, at);
    }
    await page.locator('tour-player button.exit').focus();
    await page.keyboard.press('Enter');
    at += 1;
    await counter(page, at);

    await page.keyboard.press('b');
    await expect(page.locator('.blank')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.locator('.blank')).toHaveCount(0);
    await counter(page, at);

    // An item of the scene on the map: a small card, the tour goes on.
    await page.keyboard.press('PageDown');
    await counter(page, at + 1);
    await mapIdle(page);
    const id = await page.evaluate(() => {
      const map = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!;
      // One clear of the caption card on the right.
      return map.renderedItemIds().find((x) => (map.screenPoint(x)?.x ?? Infinity) < innerWidth * 0.6) ?? null;
    });
    expect(id).not.toBeNull();
    const box = (await page.locator('atlas-map').boundingBox())!;
    const pt = (await page.evaluate(
      (x) => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.screenPoint(x),
      id!,
    ))!;
    await page.mouse.click(box.x + pt.x, box.y + pt.y);
    await expect(page.locator('tour-item-card h2')).toBeVisible();
    await expect(page.locator('tour-player')).toBeVisible();
    await page.screenshot({ path: 'test-results/presenter-item-card.png' });
    await page.keyboard.press('Escape');
    await expect(page.locator('tour-player')).toHaveCount(0);
    await expect(page.locator('senkon-app header')).toBeVisible();
  });
});
