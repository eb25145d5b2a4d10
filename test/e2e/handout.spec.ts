import { readFileSync, writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { insetRight } from '../../src/components/app/layout-controller.ts';
import { SIZE, containRect, metresPerPixel, niceScale } from '../../src/map/handout.ts';
import { type Page, expect, mapIdle, openApp, test } from './fixtures.ts';

test.use({ viewport: { width: 1920, height: 1080 } });

/**
 * The handout PNG decoded in the page: its size, the RGBA bytes (base64) of the right-hand column
 * where the QR code is, and the longest run of dark pixels along a row in the lower left (the scale bar).
 */
async function decode(page: Page, png: Buffer, columnWidth: number) {
  // Longer dark runs are the map's frame, not the bar (at most scaleMaxPx long, drawn at 2×).
  const maxBar = (SIZE.scaleMaxPx + 8) * 2;
  return page.evaluate(
    async ({ b64, columnWidth, maxBar }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const col = ctx.getImageData(img.width - columnWidth, 0, columnWidth, img.height).data;
      let bin = '';
      for (let i = 0; i < col.length; i += 0x8000) bin += String.fromCharCode(...col.subarray(i, i + 0x8000));
      const [x0, y0, w, h] = [0, Math.round(img.height * 0.35), Math.round(img.width * 0.4), Math.round(img.height * 0.6)];
      const d = ctx.getImageData(x0, y0, w, h).data;
      let longest = 0;
      for (let y = 0; y < h; y++) {
        let run = 0;
        for (let x = 0; x <= w; x++) {
          const i = (y * w + x) * 4;
          if (x < w && d[i]! < 60 && d[i + 1]! < 60 && d[i + 2]! < 60) run += 1;
          else {
            if (run <= maxBar && run > longest) longest = run;
            run = 0;
          }
        }
      }
      return { width: img.width, height: img.height, column: btoa(bin), longest };
    },
    { b64: png.toString('base64'), columnWidth, maxBar },
  );
}

async function download(page: Page): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('tour-player button.handout').click()]);
  return readFileSync(await file.path());
}

test('the handout carries a QR code of the permalink and a scale bar true to the map', async ({ page }) => {
  // A 2× snapshot at 1920×1080 in software GL on a shared machine.
  test.setTimeout(150_000);
  await openApp(page, '?tour=default&scene=resilient-land');
  await expect(page.locator('tour-player')).toBeVisible();
  await mapIdle(page);
  await expect.poll(() => new URL(page.url()).searchParams.get('v')).not.toBeNull();
  const permalink = page.url();
  // The URL mirrors the map's view (v=lon,lat,zoom) once it has moved.
  const [, lat, zoom] = new URL(permalink).searchParams.get('v')!.split(',').map(Number) as [number, number, number];
  const shown = await page.evaluate(() => {
    const c = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.canvas()!;
    return { w: c.clientWidth, h: c.clientHeight };
  });
  const view = { lat, zoom, ...shown };
  const png = await download(page);
  writeFileSync('test-results/handout-scene.png', png);

  // The QR code sits in the right-hand column: decode it with a kept decoder.
  const columnWidth = (SIZE.legendWidth + SIZE.margin) * 2;
  const sheet = await decode(page, png, columnWidth);
  const qr = jsQR(Uint8ClampedArray.from(Buffer.from(sheet.column, 'base64')), columnWidth, sheet.height);
  expect(qr, 'a QR code is found in the handout').not.toBeNull();
  expect(qr!.data).toBe(permalink);

  // The scale bar is the longest dark horizontal run in the lower left of the sheet (device pixels).
  const longest = sheet.longest;
  // What the bar should say: the map's ground resolution, in layout pixels of the printed map
  // (the tour's caption card is left out of the print: the map image is the part the audience saw).
  const mppCss = metresPerPixel(view.lat, view.zoom);
  const covered = insetRight('presenter', { tour: { id: 'default', scene: 'resilient-land' }, selection: null }, 1920);
  const crop = { w: Math.max(view.w - covered, view.w * 0.3), h: view.h };
  const frameW = SIZE.width - 2 * SIZE.margin - SIZE.legendWidth - SIZE.gap;
  const aspect = Math.min(1, Math.max(0.45, crop.h / crop.w));
  const image = containRect({ x: 0, y: 0, w: frameW, h: frameW * aspect }, crop.w, crop.h);
  const mppLayout = mppCss * (crop.w / image.w);
  const expected = niceScale(mppLayout, SIZE.scaleMaxPx);
  // The drawn bar is the line plus its 2 px stroke at each end, at 2× ratio.
  const measuredMetres = (longest / 2 - 2) * mppLayout;
  expect(
    Math.abs(measuredMetres - expected.metres) / expected.metres,
    `bar ${longest} device px = ${Math.round(measuredMetres)} m, label ${expected.label}`,
  ).toBeLessThan(0.05);
});

test('"print the tour" lays out one A4 landscape page per scene', async ({ page }) => {
  // Fourteen 2× snapshots in software GL.
  test.setTimeout(400_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.evaluate(() => {
    // Printing is captured, not sent to a printer: the test counts the pages the sheet holds.
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.locator('button.print-tour').click();
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, undefined, { timeout: 380_000 });
  const scenes = (JSON.parse(readFileSync('data/tours/default.json', 'utf8')) as { scenes: unknown[] }).scenes.length;
  await expect(page.locator('img.print-handout')).toHaveCount(scenes);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(scenes);
});

test('Ctrl+P outside the tour prints the map and the open panel, not search, filters, legend or list', async ({ page }) => {
  await openApp(page, '?sel=project:p-resilient-land');
  await expect(page.locator('feature-panel h2')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['search-box', 'details#filters', 'layer-legend', 'item-list', 'header .header-actions'])
    await expect(page.locator(hidden), hidden).toBeHidden();
  await expect(page.locator('feature-panel h2')).toBeVisible();
  const map = await page.locator('atlas-map').boundingBox();
  // The sidebar's width goes to the map.
  expect(map!.x).toBeLessThan(5);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  writeFileSync('test-results/print-page.pdf', pdf);
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
});
