import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * Renders the app's mark (public/icons/mark.svg, drawn by hand) to the PNG icons the web app
 * manifest needs (browsers ask for 192 and 512 px PNGs to offer installation; iOS for 180 px).
 * Run after editing the SVGs: `npx tsx scripts/build-icons.ts`. The PNGs are committed, so a
 * build needs no browser.
 */
const DIR = resolve(import.meta.dirname, '..', 'public', 'icons');
const ICONS = [
  { svg: 'mark.svg', size: 192, out: 'icon-192.png' },
  { svg: 'mark.svg', size: 512, out: 'icon-512.png' },
  { svg: 'mark-maskable.svg', size: 512, out: 'icon-maskable-512.png' },
  { svg: 'mark-maskable.svg', size: 180, out: 'apple-touch-icon.png' },
];

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const icon of ICONS) {
    const svg = readFileSync(resolve(DIR, icon.svg), 'utf8');
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style><img width="${icon.size}" height="${icon.size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(resolve(DIR, icon.out), await page.screenshot({ omitBackground: true }));
    console.log(`${icon.out} ${icon.size}×${icon.size}`);
  }
} finally {
  await browser.close();
}
