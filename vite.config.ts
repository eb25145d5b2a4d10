import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { dropUnusedMaplibreControls } from './scripts/maplibre-css.ts';
import { catalogueSplit } from './scripts/vite-catalogue.ts';
import { fontFaces } from './scripts/vite-font-faces.ts';
import { notices } from './scripts/vite-notices.ts';
import { pwa } from './scripts/vite-pwa.ts';

const DATA_DIR = resolve(import.meta.dirname, 'data');

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
};

/**
 * Serves data/ at /data/ in dev and copies it into the build. The app fetches its data at run
 * time (not bundled) so a planner can edit a file without rebuilding and a broken file is
 * reported by name instead of breaking the build.
 */
function dataFiles(): Plugin {
  return {
    name: 'senkon-data-files',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const path = normalize(join(DATA_DIR, decodeURIComponent((req.url ?? '').split('?')[0] ?? '')));
        if (!path.startsWith(DATA_DIR) || !existsSync(path) || !statSync(path).isFile()) return next();
        res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
        res.end(readFileSync(path));
      });
    },
    writeBundle(options) {
      const out = options.dir ?? resolve(import.meta.dirname, 'dist');
      cpSync(DATA_DIR, join(out, 'data'), {
        recursive: true,
        filter: (src) => !src.endsWith('.md'),
      });
    },
  };
}

export default defineConfig({
  base: './',
  // A file that does not exist is a 404, not the app's page: MapLibre takes a missing tile (the
  // basemap's tiles are written only where there is land or a boundary) as empty only on a 404.
  appType: 'mpa',
  plugins: [
    dataFiles(),
    // The main thread's catalogue without its English until asked for; not in worker.plugins, so workers keep it all.
    catalogueSplit(import.meta.dirname),
    fontFaces(import.meta.dirname),
    notices(import.meta.dirname),
    pwa(import.meta.dirname),
  ],
  css: { postcss: { plugins: [dropUnusedMaplibreControls()] } },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/component/**/*.test.ts'],
    environment: 'node',
  },
});
