import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ManifestTransform } from 'workbox-build';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The app as an installable PWA that works offline after one visit (vite-plugin-pwa, Workbox's
 * generateSW). The precache holds the app, the data (data/ is copied into the build before the
 * service worker is generated), the icons and the font subsets the app's text needs; a new
 * deployment installs a new worker that waits until the user accepts the update, so old and new
 * files are never mixed in one session.
 */

const FONT_PACKAGE = 'node_modules/@fontsource/noto-sans-jp';
const FONT_WEIGHTS = [400, 700];
/** Large enough for the basemap and a tiled dataset's biggest files; Workbox's default is 2 MiB. */
const MAX_PRECACHED_BYTES = 30 * 1024 * 1024;

export function pwa(root: string) {
  const needed = neededFontFiles(root);
  return VitePWA({
    registerType: 'prompt',
    // Registered from src/pwa.ts after the first render, so the first screen never waits on it.
    injectRegister: false,
    manifest: {
      name: '釧根アトラス — 釧路・根室連携地域 インフラ・地域づくりマップ',
      short_name: '釧根アトラス',
      description:
        '釧路・根室連携地域のインフラ・地域づくりの取組と KPI の地図 / Map of the infrastructure and regional-development projects of the Kushiro–Nemuro region',
      lang: 'ja',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5394',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/mark.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,svg,png,json,geojson,pbf,woff2}'],
      maximumFileSizeToCacheInBytes: MAX_PRECACHED_BYTES,
      // The app's links carry its state in the query (?lang=en&sel=…): every navigation is the app.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      manifestTransforms: [onlyNeededFonts(needed)],
      // A subset no built-in text needs (a name in a planner's own file) is cached the first time it is shown.
      runtimeCaching: [
        { urlPattern: /\.woff2$/, handler: 'CacheFirst', options: { cacheName: 'font-subsets', expiration: { maxEntries: 300 } } },
      ],
    },
  });
}

const onlyNeededFonts =
  (needed: Set<string>): ManifestTransform =>
  (entries) => ({ manifest: entries.filter((e) => keepFont(e.url, needed)), warnings: [] });

/** Precache a font file only if it is one of the subsets the app's own text needs; other files always. */
function keepFont(url: string, needed: Set<string>): boolean {
  if (!url.endsWith('.woff2')) return true;
  const name = /([^/]+?)-[\w-]{8}\.woff2$/.exec(url)?.[1];
  return name !== undefined && needed.has(name);
}

/**
 * The Noto Sans JP subsets (file names without the extension) whose unicode ranges hold a
 * character of the data (data/**\/*.json, *.geojson: names, captions, plan text, tours) or of the
 * source (src/**\/*.ts: the UI catalogue). 77 of the 124 subsets per weight at the time of writing,
 * 2.5 of 5.6 MB for both weights.
 */
export function neededFontFiles(root: string): Set<string> {
  const chars = new Set<number>();
  const add = (file: string) => {
    for (const ch of readFileSync(file, 'utf8')) chars.add(ch.codePointAt(0)!);
  };
  walk(join(root, 'data'), /\.(geo)?json$/, add);
  walk(join(root, 'src'), /\.ts$/, add);
  const needed = new Set<string>();
  for (const weight of FONT_WEIGHTS) {
    const css = readFileSync(resolve(root, FONT_PACKAGE, `${weight}.css`), 'utf8');
    for (const [, block] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
      const file = /url\(\.\/files\/([^)]+)\.woff2\)/.exec(block!)?.[1];
      const range = /unicode-range:\s*([^;]+)/.exec(block!)?.[1];
      if (!file || !range) throw new Error(`pwa: a face in ${FONT_PACKAGE}/${weight}.css has no woff2 file or unicode-range`);
      if (covers(range, chars)) needed.add(file);
    }
  }
  return needed;
}

function covers(unicodeRange: string, chars: Set<number>): boolean {
  return unicodeRange.split(',').some((part) => {
    const [a, b = a] = part
      .trim()
      .replace(/^U\+/i, '')
      .split('-')
      .map((h) => parseInt(h, 16)) as [number, number?];
    for (let cp = a; cp <= b; cp++) if (chars.has(cp)) return true;
    return false;
  });
}

function walk(dir: string, match: RegExp, visit: (file: string) => void): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, match, visit);
    else if (match.test(name)) visit(path);
  }
}
