import { expect, mapIdle, openApp, test, type Page } from './fixtures.ts';

/**
 * The whole desk by keyboard alone (issue 17.2): every control is a tab stop in reading order
 * and shows where focus is; then a planner's errands done with Tab, arrows, Enter, Space and Esc
 * only — no click, no focus() call.
 */
test.use({ viewport: { width: 1600, height: 1000 } });

interface Stop {
  /** host element > tag[role] "name" */
  label: string;
  /** A focus ring is drawn: an outline or a box shadow (canvas: MapLibre's own outline). */
  ring: boolean;
}

/** The deepest focused element, through shadow roots. */
function focused(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { label: 'body', ring: false };
    const name = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText?.trim().split('\n')[0] ?? '';
    const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'document';
    const role = el.getAttribute('role');
    const s = getComputedStyle(el);
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    return { label: `${host} > ${el.localName}${role ? `[${role}]` : ''} "${name.slice(0, 40)}"`, ring };
  });
}

/** Presses Tab until the focused element's label matches, at most `max` times. */
async function tabTo(page: Page, pattern: RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (pattern.test((await focused(page)).label)) return;
  }
  throw new Error(`no tab stop matching ${pattern} within ${max} presses`);
}

test('one Tab cycle reaches every part of the desk in reading order, each with a visible focus ring', async ({ page }) => {
  await openApp(page);
  const stops: Stop[] = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (stops.length && stop.label === stops[0]!.label) break;
    stops.push(stop);
  }
  const labels = stops.map((s) => s.label);
  const order = [
    /^senkon-app > button "地図へ移動"/,
    /^senkon-app > button "施設一覧へ移動"/,
    /^senkon-app > button "説明会モード"/,
    /^senkon-app > button "ツアーを作る"/,
    /^senkon-app > button "指標の一覧"/,
    /^senkon-app > button "English"/,
    /^search-box > input\[combobox\]/,
    /^senkon-app > input/,
    /^senkon-app > summary "絞り込み"/,
    /^layer-legend > button "漁港"/,
    /^layer-legend > select/,
    /^item-list > button "CSVで保存"/,
    /^item-list > button "Excelで保存"/,
    /^item-list > li\[option\]/,
    /^atlas-map > canvas\[region\]/,
    /^atlas-map > button "拡大"/,
    /^atlas-map > a "ライセンスと出典の一覧"/,
  ];
  let at = -1;
  for (const re of order) {
    const i = labels.findIndex((l, k) => k > at && re.test(l));
    expect(i, `${re} after ${labels[at] ?? 'the start'}\n${labels.join('\n')}`).toBeGreaterThan(at);
    at = i;
  }
  // The two lists (located, no place) are one tab stop each: arrows move inside them.
  expect(labels.filter((l) => l.startsWith('item-list > li[option]'))).toHaveLength(2);
  const noRing = stops.filter((s) => !s.ring && s.label !== 'body').map((s) => s.label);
  expect(noRing).toEqual([]);
});

test("a planner's errands by keyboard alone: search, panel, scope, filter, list, tour, language", async ({ page }) => {
  await openApp(page);
  // Search by reading, choose with arrows and Enter: the area panel opens with focus on its title.
  await tabTo(page, /^search-box > input/);
  await page.keyboard.type('べつかい');
  // The town whose reading this is ranks first once the results are in.
  const hits = page.locator('search-box [role="option"]');
  await expect(hits.first()).toHaveAttribute('data-id', '01691');
  await page.keyboard.press('ArrowDown');
  await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(hits.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const heading = page.locator('feature-panel h2');
  await expect(heading).toHaveText(/別海町/);
  await expect(heading).toBeFocused();
  // わがまち: the panel's scope action, reached by Tab, narrows the list to the town's items.
  await tabTo(page, /"この地域で絞り込む/, 30);
  await page.keyboard.press('Enter');
  await expect(page.locator('filter-chips')).toContainText('別海町');
  await expect.poll(() => new URL(page.url()).searchParams.get('a')).toBe('01691');
  await expect(page.locator('item-list li[role="option"]')).toHaveCount(4);

  // Esc closes the panel; the filters open from their summary with Enter, a facet toggles with Space.
  await page.keyboard.press('Escape');
  await expect(page.locator('feature-panel')).toHaveCount(0);
  await tabTo(page, /^senkon-app > summary "絞り込み"/);
  await page.keyboard.press('Enter');
  await expect(page.locator('details#filters')).toHaveAttribute('open', '');
  // The panel renders on the details' toggle event, a task after Enter.
  await expect(page.locator('filter-panel button').first()).toBeVisible();
  // 北方領土隣接地域: the town is inside, so its 4 items stay.
  await tabTo(page, /^filter-panel > button\[radio\] "隣接地域内/, 20);
  const toggle = (await focused(page)).label;
  await page.keyboard.press('Space');
  await expect.poll(() => new URL(page.url()).searchParams.get('border')).toBe('inside');
  await expect(page.locator('item-list li[role="option"]')).toHaveCount(4);
  expect((await focused(page)).label).toBe(toggle);

  // The list: one tab stop, arrows inside, Enter opens the item; Esc gives focus back to the row.
  await tabTo(page, /^item-list > li\[option\]/, 200);
  const first = (await focused(page)).label;
  await page.keyboard.press('ArrowDown');
  const second = (await focused(page)).label;
  expect(second).not.toBe(first);
  expect(second).toMatch(/^item-list > li\[option\]/);
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
  const name = second.replace(/^.*"(.*)"$/, '$1');
  await expect(heading).toContainText(name);
  await page.keyboard.press('Escape');
  await expect(page.locator('feature-panel')).toHaveCount(0);
  expect((await focused(page)).label).toBe(second);

  // The map canvas takes the keyboard: + zooms in (MapLibre's own keys).
  await tabTo(page, /^atlas-map > canvas/, 40);
  const before = await page.evaluate(() => location.href);
  await page.keyboard.press('Equal');
  await mapIdle(page);
  await expect.poll(() => page.evaluate(() => location.href)).not.toBe(before);

  // The tour from its header button: arrows step, Esc ends it and focus returns to the button.
  await tabTo(page, /^senkon-app > button "説明会モード"/);
  await page.keyboard.press('Enter');
  await expect(page.locator('tour-player')).toBeVisible();
  // Focus moves into the tour's card (its first control), out of the hidden header.
  await expect.poll(async () => (await focused(page)).label).toMatch(/^tour-player > /);
  const sceneParam = () => new URL(page.url()).searchParams.get('scene');
  await expect.poll(sceneParam).not.toBeNull();
  const firstScene = sceneParam();
  await page.keyboard.press('ArrowRight');
  await expect.poll(sceneParam).not.toBe(firstScene);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(sceneParam).toBe(firstScene);
  await page.keyboard.press('Escape');
  await expect(page.locator('tour-player')).toHaveCount(0);
  expect((await focused(page)).label).toMatch(/"説明会モード"/);

  // The language: Enter on English switches the UI; focus stays on the same button, now 日本語.
  await tabTo(page, /"English"/, 20);
  await page.keyboard.press('Enter');
  await expect(page.locator('header h1')).not.toHaveText(/釧路/);
  expect((await focused(page)).label).toMatch(/button "日本語"/);
});
