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
