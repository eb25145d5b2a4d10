import { type Page, clickItem, expect, mapIdle, openApp, test } from './fixtures.ts';

/** Every Content-Security-Policy violation of the page, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('cspViolation', (v: string) => seen.push(v));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        void (window as unknown as { cspViolation(v: string): void }).cspViolation(
          `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
        ),
    );
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  return seen;
}

test('the strict CSP of index.html holds in normal use: load, select, a tour step, a handout', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'none'", "base-uri 'none'", "object-src 'none'", "form-action 'none'", "script-src 'self'"])
    expect(csp).toContain(directive);
  await clickItem(page, 'ap-nakashibetsu');
  await expect(page.locator('feature-panel h2')).toBeVisible();
  await page.locator('button.tour-start').click();
  await expect(page.locator('tour-player')).toContainText('1 /');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('tour-player')).toContainText('2 /');
  await mapIdle(page);
  await page.keyboard.press('Escape');
  await expect(page.locator('tour-player')).toHaveCount(0);
  await Promise.all([page.waitForEvent('download'), page.locator('button.handout').click()]);
  expect(violations).toEqual([]);
});
