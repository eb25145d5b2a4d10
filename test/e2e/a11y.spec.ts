import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Page, expect, mapIdle, openApp, test } from './fixtures.ts';

/** axe-core's source, injected into the page (no network). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe on the whole page (open shadow roots included); the serious and critical violations. */
async function serious(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const SIZES = [
  { width: 390, height: 844, mobile: true },
  { width: 1024, height: 768, mobile: false },
  { width: 1600, height: 1000, mobile: false },
];

for (const size of SIZES) {
  test.describe(`axe at ${size.width}×${size.height}`, () => {
    // The app's CSP allows no inline script: axe's source is added by the test, past it.
    test.use({ viewport: { width: size.width, height: size.height }, isMobile: size.mobile, hasTouch: size.mobile, bypassCSP: true });

    /** Opens the drawer on a phone (where the sidebar and the header's actions are). */
    const sidebar = async (page: Page) => {
      if (size.mobile) await page.locator('header button.menu').click();
    };

    test('main view, filters open, English: no serious or critical violation', async ({ page }) => {
      await openApp(page);
      expect(await serious(page), 'main view').toEqual([]);
      await sidebar(page);
      await page.locator('details#filters summary').click();
      await expect(page.locator('filter-panel section[data-facet="areas"]')).toBeVisible();
      expect(await serious(page), 'filters open').toEqual([]);
      await openApp(page, '?lang=en');
      expect(await serious(page), 'English').toEqual([]);
    });

    test('item, area and project panels: no serious or critical violation', async ({ page }) => {
      // axe reads every node of a project's panel (its KPI charts and tables): about 20 s each.
      test.setTimeout(240_000);
      for (const sel of ['item:fp-shibetsu', 'area:01691', 'project:p-resilient-land']) {
        await openApp(page, `?sel=${sel}`);
        await expect(page.locator('feature-panel h2')).toBeVisible();
        expect(await serious(page), sel).toEqual([]);
      }
    });

    test('the tour and the KPI overview: no serious or critical violation', async ({ page }) => {
      await openApp(page, '?o=kpis');
      await expect(page.locator('kpi-overview')).toBeVisible();
      expect(await serious(page), 'KPI overview').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.locator('kpi-overview')).toHaveCount(0);
      await sidebar(page);
      await page.locator('button.tour-start').click();
      await expect(page.locator('tour-player')).toContainText('1 /');
      await mapIdle(page);
      expect(await serious(page), 'tour').toEqual([]);
    });
  });
}

test.describe('keyboard', () => {
  test.use({ viewport: { width: 1600, height: 1000 } });

  test('Esc closes the panel and focus goes back to the list row that opened it', async ({ page }) => {
    await openApp(page);
    const row = page.locator('item-list [role="option"]').first();
    await row.focus();
    await page.keyboard.press('Enter');
    const heading = page.locator('feature-panel h2');
    await expect(heading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('feature-panel')).toHaveCount(0);
    await expect(row).toBeFocused();
  });

  test('the close button returns focus too; the KPI overview takes and gives back focus', async ({ page }) => {
    await openApp(page);
    const row = page.locator('item-list [role="option"]').nth(1);
    await row.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('feature-panel h2')).toBeFocused();
    await page.locator('feature-panel .close').focus();
    await page.keyboard.press('Enter');
    await expect(row).toBeFocused();

    const toggle = page.locator('header button.overlay-toggle').first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('section.overlay')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('kpi-overview')).toHaveCount(0);
    await expect(toggle).toBeFocused();
  });

  test('skip links reach the map and the list', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('Tab');
    const skipMap = page.locator('.skip button').first();
    await expect(skipMap).toBeFocused();
    await expect(skipMap).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('atlas-map canvas')).toBeFocused();
    const skipList = page.locator('.skip button').nth(1);
    await skipList.focus();
    await expect(skipList).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('item-list [role="option"]').first()).toBeFocused();
  });

  test('the panel announces only its title; filter toggles and the language button name themselves once', async ({ page }) => {
    await openApp(page, '?sel=item:fp-shibetsu');
    const panel = page.locator('feature-panel');
    await expect(panel.locator('[aria-live]:not([role="status"])')).toHaveCount(0);
    await expect(panel.locator('section[role="region"]')).not.toHaveAttribute('aria-live', /.*/);
    // Choosing a project inside the panel: the live region says the new title, nothing else.
    await panel.locator('.projects button.link').first().click();
    const heading = panel.locator('h2#panel-title');
    await expect(heading).toHaveAttribute('data-project', /.+/);
    const title = (await heading.textContent())!.replace(/\s+/g, ' ').trim();
    await expect(panel.locator('#announce')).toHaveText(title);

    await page.locator('details#filters summary').click();
    const toggle = page.locator('filter-panel section[data-facet="categories"] button').first();
    const snapshot = await toggle.ariaSnapshot();
    expect(snapshot).not.toMatch(/[☐☑]/);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    // The language button: its accessible name contains what it shows.
    await expect(page.getByRole('button', { name: /English/ })).toBeVisible();
    // The chosen 北方領土隣接地域 option's count reads at ≥ 4.5:1 on the accent.
    const inside = page.locator('filter-panel [role="radio"][data-value="inside"]');
    await inside.click();
    await expect(inside).toHaveAttribute('aria-checked', 'true');
    const colours = await inside.evaluate((el) => ({
      fg: getComputedStyle(el.querySelector('.count')!).color,
      bg: getComputedStyle(el).backgroundColor,
    }));
    expect(contrast(colours.fg, colours.bg)).toBeGreaterThanOrEqual(4.5);
  });

  test("MapLibre's controls are labelled in the UI language", async ({ page }) => {
    await openApp(page, '?lang=en');
    await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', 'Zoom in');
    await page.locator('header button.lang').click();
    await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', '拡大');
    await expect(page.locator('.maplibregl-ctrl-zoom-out')).toHaveAttribute('aria-label', '縮小');
  });
});

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}
