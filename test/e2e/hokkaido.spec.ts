import { type Page, expect, hokkaidoIdle, hokkaidoPoint, openHokkaido, test } from './fixtures.ts';

/** The Hokkaido view: the 14 振興局 drawn from N03, a region's panel, the permalink. */

// Two maps in software GL (the detailed one under the overlay, the Hokkaido one) on a shared
// two-core machine: a run took 40–70 s where the default allows 60.
test.describe.configure({ timeout: 180_000 });

const rendered = (page: Page) =>
  page.evaluate(() =>
    document
      .querySelector('senkon-app')!
      .shadowRoot!.querySelector('hokkaido-view')!
      .shadowRoot!.querySelector('hokkaido-map')!
      .renderedSubprefectures(),
  );

test('the Hokkaido view draws the 14 振興局 and credits N03', async ({ page }) => {
  await openHokkaido(page);
  expect(await rendered(page)).toEqual([
    'sk-hidaka',
    'sk-hiyama',
    'sk-iburi',
    'sk-ishikari',
    'sk-kamikawa',
    'sk-kushiro',
    'sk-nemuro',
    'sk-okhotsk',
    'sk-oshima',
    'sk-rumoi',
    'sk-shiribeshi',
    'sk-sorachi',
    'sk-soya',
    'sk-tokachi',
  ]);
  const view = page.locator('hokkaido-view');
  await expect(view.locator('.credit')).toHaveText('「国土数値情報（行政区域データ）」（国土交通省）を加工して作成');
  await expect(view.locator('[data-note="per-region"]')).toContainText('釧路・根室だけ');
});

test('clicking 十勝 on the map shows its projects and KPIs of 003 and 004, and the permalink restores it', async ({ page }) => {
  await openHokkaido(page);
  const point = await hokkaidoPoint(page, 'sk-tokachi');
  await page.mouse.click(point.x, point.y);
  const panel = page.locator('region-panel');
  await expect(panel.locator('h2')).toHaveText('十勝連携地域');
  await expect(panel.locator('section[data-generation="h28-policy"] li[data-project="rj-h28-tokachi-2"]')).toContainText(
    '「ひがし北海道」広域観光プロジェクト',
  );
  await expect(panel.locator('section[data-generation="h28-policy"] li[data-project="rj-h28-tokachi-2"] li[data-kpi]')).toHaveText(
    /2,620万人（H25）→\s*2,987万人（R2）/,
  );
  await expect(panel.locator('section[data-generation="r3-policy"] li[data-project]')).toHaveCount(5);
  await expect(panel.locator('section[data-generation="r3-policy"]')).toContainText('国際水準GAPの認証農場数');
  await expect.poll(() => page.url()).toContain('o=hokkaido');
  await expect.poll(() => page.url()).toContain('sel=area:renkei-tokachi');
  await hokkaidoIdle(page);
  const state = await page.evaluate(() =>
    document
      .querySelector('senkon-app')!
      .shadowRoot!.querySelector('hokkaido-view')!
      .shadowRoot!.querySelector('hokkaido-map')!
      .featureState('sk-tokachi'),
  );
  expect(state['selected']).toBe(true);

  // The permalink, opened afresh, shows the same region and measure.
  const url = page.url();
  const fresh = await page.context().newPage();
  await openHokkaido(fresh, new URL(url).search);
  await expect(fresh.locator('region-panel h2')).toHaveText('十勝連携地域');
  await fresh.close();
});

test('a shared KPI colours the regions that print it; 釧路・根室 leads into the detailed map', async ({ page }) => {
  await openHokkaido(page, `?o=hokkaido&m=${encodeURIComponent('kpi-r3-ゼロカーボンシティ表明市町村数')}&sel=area:renkei-kushiro-nemuro`);
  const view = page.locator('hokkaido-view');
  await expect(view.locator('select')).toHaveValue('kpi-r3-ゼロカーボンシティ表明市町村数');
  const value = (id: string) =>
    page.evaluate(
      (i) =>
        document
          .querySelector('senkon-app')!
          .shadowRoot!.querySelector('hokkaido-view')!
          .shadowRoot!.querySelector('hokkaido-map')!
          .featureState(i)['value'],
      id,
    );
  expect(await value('sk-tokachi')).toBe(19);
  expect(await value('sk-kushiro')).toBeNull();
  await page.locator('region-panel .open-detail').click();
  await page.waitForFunction(() => !document.querySelector('senkon-app')!.shadowRoot!.querySelector('hokkaido-view'));
  await expect.poll(() => page.url()).not.toContain('o=hokkaido');
  await expect.poll(() => page.url()).toContain('sel=area:renkei-kushiro-nemuro');
});
