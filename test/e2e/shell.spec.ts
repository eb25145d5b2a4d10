import { expect, mapIdle, openApp, test } from './fixtures.ts';

const point = (page: import('./fixtures.ts').Page, id: string) =>
  page.evaluate((itemId) => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.screenPoint(itemId), id);

test('the back button restores the state and the camera of the link before', async ({ page }) => {
  await openApp(page, '?v=144.9,43.3,8.6,0,0');
  const start = await point(page, 'fp-habomai');
  expect(start).not.toBeNull();
  // Choosing an area frames its items: the camera moves, and the choice is a history entry.
  await page.locator('search-box input').fill('根室市');
  await page.locator('search-box input').press('Enter');
  await expect(page.locator('feature-panel h2')).toContainText('根室市');
  await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toMatch(/^area:/);
  await mapIdle(page);
  await expect.poll(async () => (await point(page, 'fp-habomai'))!.x).not.toBeCloseTo(start!.x, 0);
  await page.goBack();
  await expect(page.locator('feature-panel')).toHaveCount(0);
  await mapIdle(page);
  const back = await point(page, 'fp-habomai');
  expect(back!.x).toBeCloseTo(start!.x, 0);
  expect(back!.y).toBeCloseTo(start!.y, 0);
});

test('the layout mode is the desk at 1600×1000 and the presenter during the tour', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openApp(page);
  await expect(page.locator('senkon-app')).toHaveAttribute('layout', 'desk');
  await page.locator('button.tour-start').click();
  await expect(page.locator('senkon-app')).toHaveAttribute('layout', 'presenter');
  await page.keyboard.press('Escape');
  await expect(page.locator('senkon-app')).toHaveAttribute('layout', 'desk');
});
