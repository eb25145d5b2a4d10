/** The things measured: bundle sizes, the bench pages, generated data sets and their tiles. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as viteBuild } from 'vite';
import { type GenerateMeta, cachedMeta, generate, parseBBox } from '../../bench/generate.ts';
import { type BBox, HOKKAIDO_BBOX } from '../../bench/shared.ts';
import { BENCH, ROOT, WORK, args, seed } from './options.ts';
import type { BundleSize } from './types.ts';
import { log } from './util.ts';

/** gzip sizes of the JS/CSS a page fetched before its first render (paths relative to `dir`). */
export function loadedSize(dir: string, paths: string[]): NonNullable<BundleSize['loaded']> {
  const files = paths
    .filter((p) => existsSync(join(dir, p)))
    .map((p) => {
      const buf = readFileSync(join(dir, p));
      return { file: p, bytes: buf.byteLength, gzip: gzipSync(buf).byteLength };
    });
  const isWorker = (f: string) => /worker/i.test(f);
  return {
    files,
    totalGzip: files.filter((f) => !isWorker(f.file)).reduce((a, f) => a + f.gzip, 0),
    workersGzip: files.filter((f) => isWorker(f.file)).reduce((a, f) => a + f.gzip, 0),
  };
}

/** gzip size of the JS and CSS that dist/index.html loads up front (scripts, module preloads, style sheets). */
export function bundleSize(dir: string): BundleSize {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\brel="(stylesheet|modulepreload)"/.test(tag)) refs.add(href);
  }
  const files = [...refs]
    .filter((r) => !/^(https?:|data:)/.test(r))
    .map((r) => {
      const buf = readFileSync(join(dir, r.replace(/^\.?\//, '')));
      return { file: r, bytes: buf.byteLength, gzip: gzipSync(buf).byteLength };
    });
  const sum = (re: RegExp) => files.filter((f) => re.test(f.file)).reduce((a, f) => a + f.gzip, 0);
  const workers = (existsSync(join(dir, 'assets')) ? readdirSync(join(dir, 'assets')) : [])
    .filter((f) => /worker.*\.m?js$/.test(f))
    .map((f) => {
      const buf = readFileSync(join(dir, 'assets', f));
      return { file: `assets/${f}`, bytes: buf.byteLength, gzip: gzipSync(buf).byteLength };
    });
  return { files, jsGzip: sum(/\.m?js$/), cssGzip: sum(/\.css$/), totalGzip: sum(/\.(m?js|css)$/), workers };
}

export async function buildPage(name: 'leaflet' | 'tiles'): Promise<string> {
  const out = join(WORK, 'pages', name);
  await viteBuild({
    configFile: false,
    root: join(BENCH, name),
    base: './',
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
  return out;
}

/** Generated data of n features in bench/.work/{data|slim}-<n>[-region]/ (reused when it matches). */
export function dataSet(n: number, slim: boolean, box: BBox): { meta: GenerateMeta; dir: string } {
  const tag = box.join() === HOKKAIDO_BBOX.join() ? '' : box.join() === parseBBox('region').join() ? '-region' : `-${box.join('_')}`;
  const dir = join(WORK, `${slim ? 'slim' : 'data'}-${n}${tag}`);
  const cached = args.fresh ? null : cachedMeta(dir, { n, seed, bbox: box, slim });
  if (cached) return { meta: cached, dir };
  log(`generating ${n.toLocaleString('en')} features${slim ? ' (slim)' : ''} …`);
  const meta = generate({ n, out: dir, seed, bbox: box, slim });
  log(`  ${(meta.totalBytes / 1e6).toFixed(1)} MB in ${(meta.ms / 1000).toFixed(1)} s`);
  return { meta, dir };
}

/**
 * The app's tiles for a data set, built once (scripts/build-tiles.ts, the app's properties) into
 * a sibling directory holding the tiles, a manifest naming them and a link to the GeoJSON.
 */
export function appTiles(n: number, dataDir: string): string {
  const dir = `${dataDir}-tiled`;
  const stamp = join(dir, 'build.json');
  const madeBy = join(dir, 'made-by.sha1');
  // Tiles made by an older tiler or with older feature properties are made again.
  const source = createHash('sha1');
  for (const f of ['scripts/build-tiles.ts', 'scripts/tile-features.ts', 'src/domain/map-features.ts', 'src/domain/filters.ts'])
    source.update(readFileSync(join(ROOT, f)));
  const digest = source.digest('hex');
  const current = existsSync(madeBy) && readFileSync(madeBy, 'utf8') === digest;
  if (!args.fresh && current && existsSync(stamp) && existsSync(join(dir, 'manifest.json'))) {
    log(`  app tiles: cached (${dir}); --fresh rebuilds`);
    return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(dataDir, 'manifest.json'), join(dir, 'manifest.json'));
  symlinkSync(join(dataDir, 'infrastructure'), join(dir, 'infrastructure'));
  log(`  building the app's tiles for ${n.toLocaleString('en')} features …`);
  const res = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=8000',
      '--import',
      'tsx',
      join(ROOT, 'scripts', 'build-tiles.ts'),
      '--data',
      join(ROOT, 'data'),
      '--infrastructure',
      join(dataDir, 'infrastructure'),
      '--out',
      join(dir, 'tiles'),
      '--manifest',
      join(dir, 'manifest.json'),
      '--json',
      stamp,
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    },
  );
  if (res.status !== 0) throw new Error(`build-tiles failed: ${(res.stderr || res.stdout).trim().split('\n').slice(-3).join(' ')}`);
  log(`  ${res.stdout.trim().split('\n').pop()}`);
  writeFileSync(madeBy, digest);
  return dir;
}
