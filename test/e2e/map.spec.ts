import { expect, openApp, renderedIds, test } from './fixtures.ts';

test('the map renders the region with its infrastructure, with no request beyond 127.0.0.1', async ({ page, blockedRequests }) => {
  await openApp(page);
  const ids = await renderedIds(page);
  expect(ids.length).toBeGreaterThan(20);
  await page.screenshot({ path: 'test-results/overview.png' });
  expect(blockedRequests).toEqual([]);
});
