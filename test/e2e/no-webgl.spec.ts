import config from '../../playwright.config.ts';
import { expect, test } from './fixtures.ts';

// Chromium with WebGL switched off, as on old or locked-down machines.
test.use({
  launchOptions: {
    ...config.use!.launchOptions,
    args: [...(config.use!.launchOptions!.args ?? []), '--disable-webgl', '--disable-3d-apis'],
  },
});

test('without WebGL the app says so and the list, filters, search, panels and KPIs still work', async ({ page }) => {
  // The banner explains; nothing is thrown uncaught or logged as an error for it.
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /webgl/i.test(m.text())) uncaught.push(`console: ${m.text()}`);
  });
  await page.goto('/');
  await expect(page.locator('data-banner')).toContainText('WebGL');
  await expect(page.locator('atlas-map')).toHaveCount(0);
  await page.locator('details#filters summary').click();
  await page.locator('filter-panel [data-facet="categories"] button[data-value="fishing-port"]').click();
  await expect(page.locator('item-list [data-group="located"] [role="option"]')).toHaveCount(12);
  await page.locator('item-list [role="option"][data-id="fp-shibetsu"]').click();
  await expect(page.locator('feature-panel h2')).toHaveText('標津漁港');
  await expect(page.locator('feature-panel kpi-summary')).toContainText('新規漁業就業者数');
  await page.locator('search-box input').fill('４－（３）');
  await page.locator('search-box input').press('Enter');
  await expect(page.locator('feature-panel h2')).toContainText('強靱な国土づくり');
  await page.screenshot({ path: 'test-results/no-webgl.png' });
  expect(uncaught).toEqual([]);
});

test('without WebGL the Hokkaido view opens (its tables, no map), with nothing thrown uncaught', async ({ page }) => {
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /webgl/i.test(m.text())) uncaught.push(`console: ${m.text()}`);
  });
  await page.goto('/?o=hokkaido');
  await expect(page.locator('data-banner')).toContainText('WebGL');
  await page.waitForFunction(() => !!document.querySelector('senkon-app')?.shadowRoot?.querySelector('hokkaido-view'), null, {
    timeout: 30_000,
  });
  await expect(page.locator('hokkaido-view')).toContainText('北海道の6連携地域');
  expect(uncaught).toEqual([]);
});
