/**
 * The README's screenshot: the built app (run `npm run build` first) at 1600×1000 with 羅臼漁港's panel
 * open, in Debian's Chromium with software WebGL, as the end-to-end tests see it.
 *   npx tsx scripts/screenshot.ts [--port 4173] [--out docs/screenshot.png]
 * then, to keep it small (345 → 125 KB; Debian's pngquant):
 *   pngquant --quality 80-95 --speed 1 --strip --force --output docs/screenshot.png docs/screenshot.png
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4173' }, out: { type: 'string', default: 'docs/screenshot.png' } },
});
const root = join(import.meta.dirname, '..');
const url = `http://127.0.0.1:${values.port}/`;

const preview = spawn(
  process.execPath,
  [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--host', '127.0.0.1', '--port', values.port, '--strictPort'],
  { cwd: root, stdio: 'ignore' },
);
try {
  for (let i = 0; ; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i === 100) throw new Error(`vite preview did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--no-sandbox'],
  });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, serviceWorkers: 'block' });
  await page.goto(`${url}?sel=item:fp-rausu`);
  await page.waitForFunction(() => !!document.querySelector('senkon-app')?.shadowRoot?.querySelector('atlas-map'));
  await page.evaluate(async () => {
    const map = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!;
    await map.updateComplete;
    await map.whenIdle();
    await document.fonts.ready;
  });
  await page.screenshot({ path: resolve(root, values.out) });
  await browser.close();
} finally {
  preview.kill();
}
