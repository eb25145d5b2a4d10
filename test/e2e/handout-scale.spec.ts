import { expect, openApp, test } from './fixtures.ts';

/**
 * The handout's scale bar, measured against the map: the drawing calls of the handout's canvas are
 * recorded (the bar is a path, its label a text, the map an image drawn at some size), and the
 * bar's length must stand for the label's metres at the map's own metres per pixel.
 */
test('the handout scale bar matches the map’s metres per pixel', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: { op: string; args: unknown[] }[] = [];
    (window as unknown as { __calls: typeof calls }).__calls = calls;
    const proto = CanvasRenderingContext2D.prototype;
    for (const op of ['fillText', 'moveTo', 'lineTo', 'drawImage'] as const) {
      const original = proto[op] as (...a: unknown[]) => unknown;
      (proto as unknown as Record<string, unknown>)[op] = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
        calls.push({ op, args: args.map((a) => (a instanceof HTMLCanvasElement ? { canvas: a.width } : a)) });
        return original.apply(this, args);
      };
    }
  });
  await openApp(page, '?v=144.6,43.2,9.3');
  const map = await page.evaluate(() => {
    const m = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!;
    const c = m.canvas()!;
    // The view's centre, as the link sets it (the handout's scale is taken there).
    return { width: c.clientWidth, mpp: m.measure([144.6, 43.2])!.metresPerPixel };
  });
  await page.evaluate(() => ((window as unknown as { __calls: unknown[] }).__calls.length = 0));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '画像で保存' }).click();
  await download;
  const calls = await page.evaluate(() => (window as unknown as { __calls: { op: string; args: unknown[] }[] }).__calls);
  const label = calls.find((c) => c.op === 'fillText' && /^\d+(\.\d+)? k?m$/.test(String(c.args[0])))!;
  expect(label).toBeTruthy();
  const [value, unit] = String(label.args[0]).split(' ');
  const metres = Number(value) * (unit === 'km' ? 1000 : 1);
  const image = calls.find((c) => c.op === 'drawImage' && c.args.length === 9 && typeof c.args[0] === 'object')!;
  // drawImage(map, sx, sy, sw, sh, dx, dy, dw, dh): sw device pixels of the snapshot (2 per CSS
  // pixel of the map as shown) drawn dw layout pixels wide.
  const shownWidth = (image.args[3] as number) / 2;
  const drawnWidth = image.args[7] as number;
  // The bar: moveTo(x, y - 6), lineTo(x, y), lineTo(x + length, y), lineTo(x + length, y - 6).
  let length = -1;
  for (let i = 0; i + 3 < calls.length; i++) {
    const [m, a, b, c] = calls.slice(i, i + 4);
    if (
      m!.op === 'moveTo' &&
      a!.op === 'lineTo' &&
      b!.op === 'lineTo' &&
      c!.op === 'lineTo' &&
      a!.args[0] === m!.args[0] &&
      b!.args[0] === c!.args[0] &&
      b!.args[1] === a!.args[1]
    ) {
      length = (b!.args[0] as number) - (a!.args[0] as number);
    }
  }
  expect(length).toBeGreaterThan(20);
  // Layout pixels per CSS pixel of the map, and the length the label's metres take there.
  const expected = metres / (map.mpp * (shownWidth / drawnWidth));
  expect(Math.abs(length - expected) / expected).toBeLessThan(0.02);
});
