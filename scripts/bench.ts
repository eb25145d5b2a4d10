/**
 * `npm run bench`: measures the built app (dist/) against generated data in headless Chromium,
 * next to a plain Leaflet page (the peer) doing the same operations on the same data, and a
 * MapLibre page on vector tiles for 1M features. Prints a table, ratios ours / Leaflet and the
 * budgets, and writes bench-results/bench-<date>.json. See bench/README.md.
 *
 *   tsx scripts/bench.ts [--sizes 1000,10000,100000] [--tiles 1000000|0] [--smoke] [--build]
 *                        [--reps 11] [--load-runs 3] [--bbox hokkaido|region] [--profile] [--fresh]
 *
 * --smoke: 1k only, fewer repetitions, no tiles; prints PASS/FAIL but always exits 0 (CI).
 * Otherwise the process exits 1 when a budget fails (after writing the results).
 */
import { execSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, hostname, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, type CDPSession, type Page, chromium } from '@playwright/test';
import { build as viteBuild } from 'vite';
import { type GenerateMeta, cachedMeta, generate, parseBBox } from '../bench/generate.ts';
import { type Mount, type StaticServer, dataSetMounts, startServer } from '../bench/serve.ts';
import { type BBox, FILTER_STEPS, HOKKAIDO_BBOX, type Leg, type PeerHooks, flightFor } from '../bench/shared.ts';
import type { TileBuildResult } from './build-tiles.ts';
import { type ThreadProfile, type TraceEvent, summariseTrace } from '../bench/trace.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
const WORK = join(BENCH, '.work');
const VIEWPORT = { width: 1280, height: 800 };
const CHROMIUM_ARGS = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Bump when tiles-<n>/ should be rebuilt. */
const TILES_VERSION = 3;

// ------------------------------------------------------------------ options

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string' },
    tiles: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    reps: { type: 'string' },
    'load-runs': { type: 'string' },
    bbox: { type: 'string', default: 'hokkaido' },
    'tiles-bbox': { type: 'string', default: 'hokkaido' },
    seed: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results' },
    'skip-peer': { type: 'boolean', default: false },
    control: { type: 'boolean' },
    'no-control': { type: 'boolean', default: false },
    'app-tiles': { type: 'boolean' },
    'no-app-tiles': { type: 'boolean', default: false },
    'skip-app-geojson': { type: 'boolean', default: false },
    report: { type: 'string' },
    'profile-size': { type: 'string' },
  },
});
const smoke = args.smoke;
const sizes = (args.sizes ?? (smoke ? '1000' : '1000,10000,100000')).split(',').map(Number).filter((n) => n > 0);
const tilesN = Number(args.tiles ?? (smoke ? '0' : '1000000'));
/** Also run the minimal MapLibre page on the same GeoJSON (what MapLibre costs without the app). */
const control = !args['no-control'] && (args.control ?? !smoke);
/** Also run the app on tiles of the same data (the configuration for large data). */
const oursTiles = !args['no-app-tiles'] && (args['app-tiles'] ?? !smoke);
const reps = Number(args.reps ?? (smoke ? 3 : 11));
const loadRuns = Number(args['load-runs'] ?? (smoke ? 1 : 3));
const bbox = parseBBox(args.bbox);
const tilesBBox: BBox = parseBBox(args['tiles-bbox']);
const flight: readonly Leg[] = flightFor(bbox, smoke);
const seed = Number(args.seed);
const dist = resolve(ROOT, args.dist);
const outDir = resolve(ROOT, args.out);

/** Per-operation time limit: generous, a slow app should be measured, not killed (scales with size). */
const limitFor = (n: number) => Math.max(60_000, Math.min(600_000, n * 4));

// ------------------------------------------------------------------ stats

interface Stat {
  n: number;
  median: number | null;
  p95?: number | null;
  min?: number | null;
  max?: number | null;
  samples: number[];
}

function stat(xs: number[], withP95 = false): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))]! : null);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    n: s.length,
    median: round(s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : null),
    ...(withP95 ? { p95: round(q(0.95)) } : {}),
    min: round(s[0] ?? null),
    max: round(s[s.length - 1] ?? null),
    samples: xs.length > 40 ? [] : xs.map((x) => Math.round(x * 10) / 10),
  };
}

// ------------------------------------------------------------------ result shapes

/** 'ours-tiles': the app with data/manifest.json naming tiles built by scripts/build-tiles.ts. */
type AppKind = 'ours' | 'ours-tiles' | 'leaflet' | 'tiles' | 'control';
const isOurs = (a: AppKind): boolean => a === 'ours' || a === 'ours-tiles';

interface RunResult {
  app: AppKind;
  size: number;
  url: string;
  ok: boolean;
  errors: string[];
  firstRender: Stat;
  /** Per load: when the last data file arrived, when the map element appeared, main-thread blocking. */
  loadDetail: { dataFetched: number | null; mapElement: number | null; blockingTotal: number; longestTask: number }[];
  itemsLoaded: number | null;
  /** The app: when every item was loaded and drawn (last load), and the main thread's blocking until then. */
  fullLoad?: { ms: number; blockingTotal: number; longestTask: number };
  issues: number | null;
  renderedAfterLoad: number | null;
  filter: Stat & { narrow?: number | null; widen?: number | null };
  click: Stat & { misses: number; shown: string[] };
  flight: { frames: Stat | null; ms: number | null; plannedMs: number; longFrames: number; settleMs: number | null; note?: string };
  heapAfterLoadMB: number | null;
  heapAfterOpsMB: number | null;
  rssAfterLoadMB: number | null;
  /** CPU busy share (0–1) of the whole machine just before this run, and how long the bench waited for quiet. */
  machineBefore: { busy: number; waitedMs: number; loadavg1: number } | null;
  /** Paths (relative to the page) of the scripts and style sheets fetched before the first full render. */
  loadedAssets: string[];
}

interface BundleSize {
  /** What dist/index.html references (scripts, module preloads, style sheets). */
  files: { file: string; bytes: number; gzip: number }[];
  jsGzip: number;
  cssGzip: number;
  totalGzip: number;
  /** Worker scripts in the build (not in index.html). */
  workers: { file: string; bytes: number; gzip: number }[];
  /** Every script and style sheet the page fetched before its first full render (measured in the first load). */
  loaded?: { files: { file: string; bytes: number; gzip: number }[]; totalGzip: number; workersGzip: number };
}

/** gzip sizes of the JS/CSS a page fetched before its first render (paths relative to `dir`). */
function loadedSize(dir: string, paths: string[]): NonNullable<BundleSize['loaded']> {
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

// ------------------------------------------------------------------ helpers

function log(s: string): void {
  process.stdout.write(`${s}\n`);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${what}: no result after ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]);
}

function sh(cmd: string): string {
  try {
    return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** Share of CPU time (all cores) spent busy over `ms`: other work on the machine skews timings. */
async function cpuBusy(ms: number): Promise<number> {
  const snap = () => cpus().reduce((a, c) => ({ idle: a.idle + c.times.idle, total: a.total + c.times.user + c.times.nice + c.times.sys + c.times.irq + c.times.idle }), { idle: 0, total: 0 });
  const a = snap();
  await new Promise((ok) => setTimeout(ok, ms));
  const b = snap();
  return b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : 0;
}

/** Waits (up to maxMs) until the machine is nearly idle; returns the last busy share and the wait. */
async function awaitQuiet(maxMs = Number(process.env['BENCH_QUIET_WAIT_MS'] ?? (smoke ? 15_000 : 180_000))): Promise<{ busy: number; waitedMs: number; loadavg1: number }> {
  const t0 = Date.now();
  let busy = await cpuBusy(1500);
  let said = false;
  while (busy > 0.15 && Date.now() - t0 < maxMs) {
    if (!said) log(`    (the machine is ${Math.round(busy * 100)} % busy with other work: waiting up to ${Math.round(maxMs / 1000)} s for it to settle)`);
    said = true;
    busy = await cpuBusy(3000);
  }
  if (busy > 0.15) log(`    (still ${Math.round(busy * 100)} % busy: measuring anyway, figures will be pessimistic)`);
  return { busy: Math.round(busy * 100) / 100, waitedMs: Date.now() - t0, loadavg1: Math.round((loadavg()[0] ?? 0) * 100) / 100 };
}

/** gzip size of the JS and CSS that dist/index.html loads up front (scripts, module preloads, style sheets). */
function bundleSize(dir: string): BundleSize {
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

async function buildPage(name: 'leaflet' | 'tiles'): Promise<string> {
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
function dataSet(n: number, slim: boolean, box: BBox): { meta: GenerateMeta; dir: string } {
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
function appTiles(n: number, dataDir: string): string {
  const dir = `${dataDir}-tiled`;
  const stamp = join(dir, 'build.json');
  const madeBy = join(dir, 'made-by.sha1');
  // Tiles made by an older tiler or with older feature properties are made again.
  const source = createHash('sha1');
  for (const f of ['scripts/build-tiles.ts', 'src/domain/map-features.ts', 'src/domain/filters.ts']) source.update(readFileSync(join(ROOT, f)));
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
  const res = spawnSync(process.execPath, ['--max-old-space-size=8000', '--import', 'tsx', join(ROOT, 'scripts', 'build-tiles.ts'), '--data', join(ROOT, 'data'), '--infrastructure', join(dataDir, 'infrastructure'), '--out', join(dir, 'tiles'), '--manifest', join(dir, 'manifest.json'), '--json', stamp], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`build-tiles failed: ${(res.stderr || res.stdout).trim().split('\n').slice(-3).join(' ')}`);
  log(`  ${res.stdout.trim().split('\n').pop()}`);
  writeFileSync(madeBy, digest);
  return dir;
}

async function rssMB(browser: Browser): Promise<number | null> {
  if (process.platform !== 'linux') return null;
  try {
    const s = await browser.newBrowserCDPSession();
    const { processInfo } = (await s.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    await s.detach();
    let kb = 0;
    for (const p of processInfo) {
      if (p.type !== 'renderer' && p.type !== 'GPU') continue;
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    }
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

async function heapMB(cdp: CDPSession, gc: boolean): Promise<number | null> {
  try {
    if (gc) await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const v = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    return v === undefined ? null : Math.round((v / 1048576) * 10) / 10;
  } catch {
    return null;
  }
}

/**
 * Rejects when the page throws the same error again and again (e.g. in MapLibre's render loop):
 * such a map never becomes idle, so waiting for it would only run into the time limit.
 */
function errorStorm(errors: string[], times = 3): Promise<never> {
  return new Promise((_, fail) => {
    const timer = setInterval(() => {
      const counts = new Map<string, number>();
      for (const e of errors) counts.set(e, (counts.get(e) ?? 0) + 1);
      const hit = [...counts].find(([, n]) => n >= times);
      if (hit) {
        clearInterval(timer);
        fail(new Error(`the page threw ${hit[1]}× "${hit[0].replace(/^pageerror: /, '')}" and never became idle`));
      }
    }, 500);
    timer.unref();
  });
}

async function newPage(browser: Browser): Promise<{ ctx: BrowserContext; page: Page; cdp: CDPSession; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  // Offline: 127.0.0.1 only, like the e2e tests.
  await ctx.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'blob:' ? route.continue() : route.abort('internetdisconnected');
  });
  await ctx.addInitScript({ path: join(BENCH, 'probe.js') });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('crash', () => errors.push('renderer crashed'));
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { ctx, page, cdp, errors };
}

// ------------------------------------------------------------------ one app, one size

interface Target {
  id: string;
  lon: number;
  lat: number;
}

async function measure(browser: Browser, app: AppKind, size: number, url: string, targets: Target[], flight: readonly Leg[]): Promise<RunResult> {
  const limit = limitFor(size);
  const r: RunResult = {
    app, size, url, ok: true, errors: [],
    firstRender: stat([]), loadDetail: [], itemsLoaded: null, issues: null, renderedAfterLoad: null,
    filter: { ...stat([]) }, click: { ...stat([]), misses: 0, shown: [] },
    flight: { frames: null, ms: null, plannedMs: flight.reduce((a, l) => a + l.ms, 0), longFrames: 0, settleMs: null },
    heapAfterLoadMB: null, heapAfterOpsMB: null, rssAfterLoadMB: null, machineBefore: null, loadedAssets: [],
  };
  r.machineBefore = await awaitQuiet();
  /** What the page scripts see: the app is the app, tiled or not. */
  const pageKind = isOurs(app) ? 'ours' : app;
  const fail = (what: string, e: unknown) => {
    r.ok = false;
    const msg = (e as Error).message.split('\n')[0] ?? '';
    const text = msg.startsWith(`${what}:`) ? msg : `${what}: ${msg}`;
    r.errors.push(text);
    log(`    ✗ ${text}`);
  };

  // 1. first full render, in a fresh context (cold cache) each time; the last page stays open
  const renders: number[] = [];
  let live: Awaited<ReturnType<typeof newPage>> | null = null;
  for (let i = 0; i < loadRuns; i++) {
    const p = await newPage(browser);
    const assets = new Set<string>();
    const base = new URL(url).pathname.replace(/[^/]*$/, '');
    const onResponse = (res: import('@playwright/test').Response) => {
      const type = res.request().resourceType();
      const path = new URL(res.url()).pathname;
      if (res.status() === 200 && path.startsWith(base) && (type === 'script' || type === 'stylesheet' || /\.(m?js|css)$/.test(path))) assets.add(path.slice(base.length));
    };
    if (i === 0) p.page.on('response', onResponse);
    try {
      await p.page.goto(url, { waitUntil: 'commit', timeout: limit });
      const t = await withTimeout(
        Promise.race([
          p.page.evaluate(async (kind) => {
            const B = window.__bench;
            if (kind === 'ours') {
              while (!B.firstIdle) await B.frame();
              return await B.firstIdle;
            }
            while (window.benchPeer === undefined) await B.frame();
            return await (await window.benchPeer).ready;
          }, pageKind),
          errorStorm(p.errors),
        ]),
        limit,
        'first render',
      );
      renders.push(t);
      if (i === 0) {
        p.page.off('response', onResponse);
        r.loadedAssets = [...assets].sort();
      }
      const d = await p.page.evaluate(() => {
        const B = window.__bench;
        const end = performance.now();
        return { dataFetched: Math.round(B.dataFetchedAt()), mapElement: B.marks.mapElement === undefined ? null : Math.round(B.marks.mapElement), ...B.blocking(0, end) };
      });
      // 0: no data request seen on the main thread (the app fetches its data in a worker)
      const fetched = d.dataFetched > 0 ? d.dataFetched : null;
      r.loadDetail.push({ dataFetched: fetched, mapElement: d.mapElement, blockingTotal: Math.round(d.total), longestTask: Math.round(d.longest) });
      log(`    first render ${Math.round(t)} ms (data ${fetched === null ? 'fetched in a worker' : `in ${fetched} ms`}${d.mapElement !== null ? `, map element ${d.mapElement} ms` : ''}, main thread blocked ${Math.round(d.total)} ms, longest task ${Math.round(d.longest)} ms)`);
    } catch (e) {
      fail('first render', e);
      r.errors.push(...p.errors);
      await p.ctx.close();
      r.firstRender = stat(renders);
      return r;
    }
    if (i < loadRuns - 1) await p.ctx.close();
    else live = p;
  }
  r.firstRender = stat(renders);
  const { page, cdp, ctx, errors } = live!;

  // The app on tiles draws before its items are in: wait for them (the operations below need
  // them), and record how long the main thread was blocked over the whole load.
  if (pageKind === 'ours') {
    try {
      r.fullLoad = await withTimeout(
        page.evaluate(async () => {
          const B = window.__bench;
          const o = B.ours()!;
          const app = o.app as unknown as { itemsLoading?: boolean; atlas?: unknown; updateComplete: Promise<unknown> };
          while (app.itemsLoading || !app.atlas) await B.frame();
          await app.updateComplete;
          await (o.map as unknown as { whenIdle(): Promise<void> }).whenIdle();
          const end = performance.now();
          const b = B.blocking(0, end);
          return { ms: Math.round(end), blockingTotal: Math.round(b.total), longestTask: Math.round(b.longest) };
        }),
        limit,
        'all items loaded',
      );
      log(`    all items in and drawn at ${r.fullLoad.ms} ms (main thread blocked ${r.fullLoad.blockingTotal} ms in all, longest task ${r.fullLoad.longestTask} ms)`);
    } catch (e) {
      fail('all items loaded', e);
    }
  }

  try {
    const counts = await page.evaluate(async (kind) => {
      const B = window.__bench;
      if (kind === 'ours') {
        const o = B.ours()!;
        const app = o.app as unknown as { atlas?: { data?: { items?: unknown[] } }; issues?: unknown[] };
        return { items: app.atlas?.data?.items?.length ?? null, issues: app.issues?.length ?? null, rendered: (o.map as unknown as { renderedItemIds(): string[] }).renderedItemIds().length };
      }
      return { items: null, issues: null, rendered: (await window.benchPeer).featureCount() };
    }, pageKind);
    r.itemsLoaded = counts.items;
    r.issues = counts.issues;
    r.renderedAfterLoad = counts.rendered;
  } catch (e) {
    fail('counts', e);
  }
  r.heapAfterLoadMB = await heapMB(cdp, true);
  r.rssAfterLoadMB = await rssMB(browser);

  // 2. filter changes: alternate a one-category filter and no filter
  const filterSamples: number[] = [];
  const narrow: number[] = [];
  const widen: number[] = [];
  try {
    for (let i = 0; i < reps + 1; i++) {
      const cats = [...FILTER_STEPS[i % FILTER_STEPS.length]!];
      const ms = await withTimeout(
        page.evaluate(async ({ kind, cats }) => {
          if (kind === 'ours') {
            const o = window.__bench.ours()!;
            const app = o.app as unknown as HTMLElement & { state?: { filters?: Record<string, unknown> }; updateComplete: Promise<unknown> };
            const map = o.map as unknown as { updateComplete: Promise<unknown>; whenIdle(): Promise<void> };
            const base = app.state?.filters ?? { projects: [], goals: [], promoters: [], bodies: [], categories: [], areas: [], accuracy: [], border: 'all' };
            const t0 = performance.now();
            app.dispatchEvent(new CustomEvent('atlas-action', { detail: { type: 'set-filters', filters: { ...base, categories: cats } }, bubbles: true, composed: true }));
            await app.updateComplete;
            await map.updateComplete;
            await map.whenIdle();
            return performance.now() - t0;
          }
          const peer = await window.benchPeer;
          const t0 = performance.now();
          await peer.setCategories(cats);
          return performance.now() - t0;
        }, { kind: pageKind, cats }),
        limit,
        'filter change',
      );
      if (i === 0) continue; // warm-up (first use of the code path)
      filterSamples.push(ms);
      (cats.length ? narrow : widen).push(ms);
    }
    // leave the filter off for the clicks
    if (FILTER_STEPS[reps % FILTER_STEPS.length]!.length !== 0) {
      await page.evaluate(async (kind) => {
        if (kind === 'ours') {
          const o = window.__bench.ours()!;
          const app = o.app as unknown as HTMLElement & { state?: { filters?: Record<string, unknown> }; updateComplete: Promise<unknown> };
          app.dispatchEvent(new CustomEvent('atlas-action', { detail: { type: 'set-filters', filters: { ...app.state?.filters, categories: [] } }, bubbles: true, composed: true }));
          await app.updateComplete;
          await (o.map as unknown as { whenIdle(): Promise<void> }).whenIdle();
        } else await (await window.benchPeer).setCategories([]);
      }, pageKind);
    }
  } catch (e) {
    fail('filter change', e);
  }
  r.filter = { ...stat(filterSamples), narrow: stat(narrow).median, widen: stat(widen).median };
  log(`    filter change median ${r.filter.median ?? '–'} ms (narrow ${r.filter.narrow ?? '–'}, widen ${r.filter.widen ?? '–'})`);

  // 3. click → panel
  const clickSamples: number[] = [];
  try {
    const box = await page.locator(isOurs(app) ? 'atlas-map' : '#map').boundingBox();
    if (!box) throw new Error('map element has no box');
    let picked = targets;
    if (isOurs(app)) {
      // overview tiles and large GeoJSON draw a sample of the items: click targets that are drawn
      const ids = await page.evaluate(() => (window.__bench.ours()!.map as unknown as { renderedItemIds(): string[] }).renderedItemIds());
      const drawn = new Set(ids);
      const known = new Set(targets.map((t) => t.id));
      // the app finds their position by id (lon/lat are only read by the peers)
      picked = [...targets.filter((t) => drawn.has(t.id)), ...ids.filter((id, i) => !known.has(id) && i % 7 === 0).map((id) => ({ id, lon: 0, lat: 0 }))];
    }
    if (app === 'tiles') {
      // tiles thin points at overview zooms: click points that are drawn
      picked = await page.evaluate(() => {
        const map = (window as unknown as { benchMap: { queryRenderedFeatures(o: unknown): { geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[]; getCanvas(): HTMLCanvasElement } }).benchMap;
        const c = map.getCanvas();
        const w = c.clientWidth;
        const h = c.clientHeight;
        return map
          .queryRenderedFeatures({ layers: ['items-point'] })
          .filter((f) => f.geometry.type === 'Point')
          .map((f) => ({ id: String(f.properties['id']), lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]! }))
          .filter((t) => {
            const p = (map as unknown as { project(l: [number, number]): { x: number; y: number } }).project([t.lon, t.lat]);
            return p.x > 80 && p.y > 80 && p.x < w - 560 && p.y < h - 80;
          })
          .filter((_, i) => i % 7 === 0)
          .slice(0, 200);
      });
    }
    let used = 0;
    for (let k = 0; k < picked.length && used < reps + 1; k++) {
      const target = picked[k]!;
      const pt = await page.evaluate(async ({ kind, t }) => {
        if (kind === 'ours') return (window.__bench.ours()!.map as unknown as { screenPoint(id: string): { x: number; y: number } | null }).screenPoint(t.id);
        return (await window.benchPeer).screenPoint(t.lon, t.lat);
      }, { kind: pageKind, t: target });
      if (!pt || pt.x < 80 || pt.y < 80 || pt.x > box.width - 560 || pt.y > box.height - 80) continue;
      // As a user does: move onto the feature, let the page settle (the app draws its hover
      // state), then press. The time runs from the press.
      await page.mouse.move(box.x + pt.x, box.y + pt.y);
      await withTimeout(
        page.evaluate(async (kind) => {
          if (kind === 'ours') await (window.__bench.ours()!.map as unknown as { whenIdle(): Promise<void> }).whenIdle();
          else if (kind !== 'leaflet') {
            const map = (window as unknown as { benchMap: { once(e: string, f: () => void): void; triggerRepaint(): void } }).benchMap;
            await new Promise<void>((ok) => {
              map.once('idle', () => ok());
              map.triggerRepaint();
            });
          }
          await window.__bench.frame();
          await window.__bench.frame();
        }, pageKind),
        limit,
        'hover before the click',
      );
      await page.evaluate(() => window.__bench.armClick());
      // the peers show the panel in the click handler: no panel within 10 s means the click hit nothing
      const waiting = page.evaluate((ms) => window.__bench.waitPanel(ms), isOurs(app) ? limit : 10_000);
      await page.mouse.click(box.x + pt.x, box.y + pt.y);
      const got = await withTimeout(waiting, limit + 5000, 'click to panel');
      const t0 = await page.evaluate(() => window.__bench.clickT0);
      if (!got || t0 === null) {
        r.click.misses++;
      } else if (used++ > 0) {
        clickSamples.push(got.t - t0);
        r.click.shown.push(got.id);
      }
      // close the panel and let the map settle before the next click
      await withTimeout(
        page.evaluate(async (kind) => {
          if (kind === 'ours') {
            const o = window.__bench.ours()!;
            o.app.dispatchEvent(new CustomEvent('atlas-action', { detail: { type: 'select', selection: null }, bubbles: true, composed: true }));
            await (o.app as unknown as { updateComplete: Promise<unknown> }).updateComplete;
            await (o.map as unknown as { updateComplete: Promise<unknown> }).updateComplete;
            await (o.map as unknown as { whenIdle(): Promise<void> }).whenIdle();
          } else await (await window.benchPeer).clearSelection();
        }, pageKind),
        limit,
        'closing the panel',
      );
    }
    if (clickSamples.length === 0) throw new Error(`no click reached a panel (${r.click.misses} misses)`);
  } catch (e) {
    fail('click to panel', e);
  }
  r.click = { ...stat(clickSamples), misses: r.click.misses, shown: r.click.shown };
  log(`    click → panel median ${r.click.median ?? '–'} ms${r.click.misses ? ` (${r.click.misses} clicks hit nothing)` : ''}`);

  // 4. the scripted flight
  try {
    const f = await withTimeout(
      page.evaluate(
        async ({ kind, legs }) => {
          const B = window.__bench;
          if (kind === 'ours') {
            const map = B.ourMapElement() as null | {
              fly(center: [number, number], zoom: number, ms: number): Promise<void>;
              whenIdle(): Promise<void>;
            };
            if (!map) return { frames: [] as number[], ms: 0, settle: 0, note: 'no fly() on <atlas-map>: flight skipped' };
            const stop = B.recordFrames();
            const t0 = performance.now();
            for (const l of legs) await map.fly(l.center, l.zoom, l.ms);
            const t1 = performance.now();
            await map.whenIdle();
            const frames = stop();
            return { frames, ms: t1 - t0, settle: performance.now() - t1, note: '' };
          }
          const peer = await window.benchPeer;
          const stop = B.recordFrames();
          const t0 = performance.now();
          await peer.fly(legs);
          const t1 = performance.now();
          const frames = stop();
          return { frames, ms: t1 - t0, settle: 0, note: '' };
        },
        { kind: pageKind, legs: flight },
      ),
      limit + 120_000,
      'flight',
    );
    r.flight = {
      frames: f.frames.length ? stat(f.frames, true) : null,
      ms: Math.round(f.ms),
      plannedMs: r.flight.plannedMs,
      longFrames: f.frames.filter((x) => x > 50).length,
      settleMs: Math.round(f.settle),
      ...(f.note ? { note: f.note } : {}),
    };
    if (r.flight.frames) r.flight.frames.samples = [];
    log(`    flight: ${f.frames.length} frames, median ${r.flight.frames?.median ?? '–'} ms, p95 ${r.flight.frames?.p95 ?? '–'} ms, max ${r.flight.frames?.max ?? '–'} ms${f.note ? ` (${f.note})` : ''}`);
  } catch (e) {
    fail('flight', e);
  }
  r.heapAfterOpsMB = await heapMB(cdp, false);
  log(`    JS heap after load ${r.heapAfterLoadMB ?? '–'} MB (after GC), after the operations ${r.heapAfterOpsMB ?? '–'} MB; renderer+GPU RSS ${r.rssAfterLoadMB ?? '–'} MB`);
  r.errors.push(...errors);
  await ctx.close();
  return r;
}

// ------------------------------------------------------------------ profiling (--profile)

const TRACE_CATEGORIES = ['toplevel', '__metadata', 'v8', 'v8.execute', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'];

/** Traces the app (an unminified build) at one size: the load, a filter change, a click. */
async function profileOurs(browser: Browser, server: StaticServer, size: number, dataDir: string, targets: Target[]): Promise<Record<string, ThreadProfile[]>> {
  const profDist = join(WORK, 'dist-profile');
  log(`\nprofiling the app at ${size.toLocaleString('en')} (unminified build in ${profDist}; Chromium trace of all threads) …`);
  const b = spawnSync('npx', ['vite', 'build', '--minify', 'false', '--outDir', profDist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('unminified build failed');
  server.setMounts(dataSetMounts({ tag: `p${size}`, dist: profDist, dataDir }));
  const dir = join(outDir, 'profiles');
  mkdirSync(dir, { recursive: true });
  const out: Record<string, ThreadProfile[]> = {};
  const limit = limitFor(size);
  const p = await newPage(browser);
  const run = async (name: string, f: () => Promise<unknown>) => {
    await awaitQuiet();
    const file = join(dir, `ours-${size}-${name}.trace.json`);
    await browser.startTracing(p.page, { path: file, categories: TRACE_CATEGORIES });
    const t0 = Date.now();
    await f();
    const ms = Date.now() - t0;
    const buf = await browser.stopTracing();
    if (buf.byteLength > 400e6) {
      log(`  ${name}: trace of ${(buf.byteLength / 1e6).toFixed(0)} MB saved to ${file}, too large to summarise here (open it in DevTools or Perfetto)`);
      return;
    }
    const trace = JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    out[name] = summariseTrace(Array.isArray(trace) ? trace : trace.traceEvents);
    log(`  ${name} (${ms} ms wall; trace in ${file}):`);
    for (const t of out[name]) {
      log(`    ${String(t.busyMs).padStart(7)} ms busy  ${t.thread}`);
      for (const x of t.top.slice(0, 6)) log(`        ${String(x.ms).padStart(6)} ms  ${x.fn}`);
    }
  };
  await run('load', async () => {
    await p.page.goto(`${server.origin}/app-p${size}/`, { waitUntil: 'commit' });
    await withTimeout(
      Promise.race([
        p.page.evaluate(async () => {
          const B = window.__bench;
          while (!B.firstIdle) await B.frame();
          return B.firstIdle;
        }),
        errorStorm(p.errors),
      ]),
      limit,
      'load',
    );
  });
  const setCategories = (cats: string[]) =>
    p.page.evaluate(async (c) => {
      const o = window.__bench.ours()!;
      const app = o.app as unknown as HTMLElement & { state?: { filters?: Record<string, unknown> }; updateComplete: Promise<unknown> };
      app.dispatchEvent(new CustomEvent('atlas-action', { detail: { type: 'set-filters', filters: { ...app.state?.filters, categories: c } }, bubbles: true, composed: true }));
      await app.updateComplete;
      await (o.map as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await (o.map as unknown as { whenIdle(): Promise<void> }).whenIdle();
    }, cats);
  await setCategories(['river']); // warm-up
  await setCategories([]);
  await run('filter', () => setCategories(['road']));
  await setCategories([]);
  const box = await p.page.locator('atlas-map').boundingBox();
  for (const t of targets) {
    const pt = await p.page.evaluate((id) => (window.__bench.ours()!.map as unknown as { screenPoint(id: string): { x: number; y: number } | null }).screenPoint(id), t.id);
    if (!box || !pt || pt.x < 80 || pt.y < 80 || pt.x > box.width - 560 || pt.y > box.height - 80) continue;
    await run('click', async () => {
      await p.page.evaluate(() => window.__bench.armClick());
      const waiting = p.page.evaluate((ms) => window.__bench.waitPanel(ms), limit);
      await p.page.mouse.click(box.x + pt.x, box.y + pt.y);
      await waiting;
    });
    break;
  }
  await p.ctx.close();
  return out;
}

// ------------------------------------------------------------------ tiles (1M path)

interface TilesRun {
  n: number;
  build: TileBuildResult & { cached: boolean };
  generateMs: number;
  run: RunResult | null;
}

async function tilesRun(browser: Browser, server: StaticServer, n: number): Promise<TilesRun> {
  log(`\n== ${n.toLocaleString('en')} features as vector tiles ==`);
  const { meta, dir: slimDir } = dataSet(n, true, tilesBBox);
  const tilesDir = join(WORK, `tiles-${n}`);
  const resultFile = join(WORK, `tiles-${n}.json`);
  let build: (TileBuildResult & { cached: boolean }) | null = null;
  try {
    const prev = JSON.parse(readFileSync(resultFile, 'utf8')) as TileBuildResult & { version?: number; seed?: number; bbox?: number[] };
    if (!args.fresh && prev.version === TILES_VERSION && prev.features === n && prev.seed === seed && prev.bbox?.join() === tilesBBox.join() && existsSync(join(tilesDir, 'metadata.json'))) build = { ...prev, cached: true };
  } catch {
    // not built yet
  }
  if (!build) {
    log('building tiles (geojson-vt + vt-pbf, z4–14) …');
    // its own process with a larger heap: 1M features do not fit the default one comfortably
    const res = spawnSync(process.execPath, ['--max-old-space-size=12000', '--import', 'tsx', join(ROOT, 'scripts', 'build-tiles.ts'), '--slim', '--in', slimDir, '--out', tilesDir, '--json', resultFile], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (res.status !== 0) throw new Error('tile build failed');
    const r = JSON.parse(readFileSync(resultFile, 'utf8')) as TileBuildResult;
    writeFileSync(resultFile, JSON.stringify({ ...r, version: TILES_VERSION, seed, bbox: tilesBBox }));
    build = { ...r, cached: false };
  } else log(`tiles: cached build (${build.tiles} tiles, built in ${(build.totalMs / 1000).toFixed(0)} s); --fresh rebuilds`);
  const pages = join(WORK, 'pages', 'tiles');
  const mounts: Mount[] = [
    { url: `/tiles-${n}/`, path: pages },
    { url: `/tiles-${n}/tiles/`, path: tilesDir },
    { url: `/tiles-${n}/data/`, path: join(dist, 'data') },
  ];
  server.setMounts(mounts);
  log('  tiles page (MapLibre, vector source):');
  const run = await measure(browser, 'tiles', Math.min(n, 100_000), `${server.origin}/tiles-${n}/`, meta.targets, flightFor(tilesBBox, smoke));
  run.size = n;
  return { n, build, generateMs: meta.ms, run };
}

// ------------------------------------------------------------------ report

const fmt = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? '–' : v.toFixed(digits));
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? (a / b).toFixed(2) : '–');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const left = (i: number) => i < 2;
  const line = (r: string[]) => `| ${r.map((c, i) => (left(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w, i) => (left(i) ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

interface Budget {
  name: string;
  limit: string;
  value: string;
  pass: boolean | null;
}

// ------------------------------------------------------------------ report

interface ReportInput {
  runs: RunResult[];
  tiles: TilesRun | null;
  bundle: { ours: BundleSize; leaflet: BundleSize };
  sizes: number[];
}

/** Filter medians per direction: narrowing (all → one category) and widening (one → all). */
function filterDirs(r: RunResult): { narrow: number | null; widen: number | null; worst: number | null } {
  const narrow = r.filter.narrow ?? null;
  const widen = r.filter.widen ?? null;
  const worst = narrow === null && widen === null ? r.filter.median : Math.max(narrow ?? 0, widen ?? 0);
  return { narrow, widen, worst };
}

/** Prints the table, sizes and budgets; returns the budgets. */
function report({ runs, tiles, bundle: { ours: bundle, leaflet: leafletBundle }, sizes }: ReportInput): Budget[] {
  const rows: string[][] = [['features', 'page', 'first render ms', 'filter ms narrow / widen', 'click→panel ms', 'flight frame median / p95 ms', 'JS heap MB', 'RSS MB']];
  const pair = (a: number | null | undefined, b: number | null | undefined, d = 0) => `${fmt(a, d)} / ${fmt(b, d)}`;
  const line = (label: string, r: RunResult) => {
    const f = filterDirs(r);
    return [
      label,
      r.app === 'ours' ? 'senkon-atlas' : r.app === 'ours-tiles' ? 'senkon-atlas, tiles' : r.app === 'leaflet' ? 'Leaflet canvas' : r.app === 'control' ? 'MapLibre minimal, GeoJSON' : 'MapLibre minimal, vector tiles',
      fmt(r.firstRender.median),
      f.narrow === null && f.widen === null ? fmt(r.filter.median) : pair(f.narrow, f.widen),
      fmt(r.click.median),
      r.flight.frames ? pair(r.flight.frames.median, r.flight.frames.p95, 1) : '–',
      fmt(r.heapAfterLoadMB),
      fmt(r.rssAfterLoadMB),
    ];
  };
  for (const n of sizes) {
    const l = runs.find((r) => r.size === n && r.app === 'leaflet');
    const c = runs.find((r) => r.size === n && r.app === 'control');
    for (const o of runs.filter((r) => r.size === n && isOurs(r.app))) {
    rows.push(line(n.toLocaleString('en'), o));
    if (o && l) {
      const fo = filterDirs(o);
      const fl = filterDirs(l);
      rows.push([
        '',
        'ratio ours / Leaflet',
        ratio(o.firstRender.median, l.firstRender.median),
        `${ratio(fo.narrow, fl.narrow)} / ${ratio(fo.widen, fl.widen)}`,
        ratio(o.click.median, l.click.median),
        o.flight.frames && l.flight.frames ? `${ratio(o.flight.frames.median, l.flight.frames.median)} / ${ratio(o.flight.frames.p95, l.flight.frames.p95)}` : '–',
        ratio(o.heapAfterLoadMB, l.heapAfterLoadMB),
        ratio(o.rssAfterLoadMB, l.rssAfterLoadMB),
      ]);
    }
    }
    if (l) rows.push(line(n.toLocaleString('en'), l));
    if (c) rows.push(line(n.toLocaleString('en'), c));
  }
  if (tiles?.run) rows.push(line(`${tiles.n.toLocaleString('en')} (tiles)`, tiles.run));
  log(`\n${table(rows)}`);
  if (bundle.loaded)
    log(
      `\nJS+CSS fetched before the first full render (gzip, zlib level 6): ours ${(bundle.loaded.totalGzip / 1024).toFixed(1)} KB + workers ${(bundle.loaded.workersGzip / 1024).toFixed(1)} KB` +
        `${leafletBundle.loaded ? `; Leaflet page ${(leafletBundle.loaded.totalGzip / 1024).toFixed(1)} KB` : ''}`,
    );
  log(
    `${bundle.loaded ? '' : '\n'}referenced by index.html (gzip): ours ${(bundle.totalGzip / 1024).toFixed(1)} KB (JS ${(bundle.jsGzip / 1024).toFixed(1)}, CSS ${(bundle.cssGzip / 1024).toFixed(1)})` +
      `${(bundle.workers ?? []).map((w) => ` + ${w.file.replace(/^assets\//, '')} ${(w.gzip / 1024).toFixed(1)} KB`).join('')}; Leaflet page ${(leafletBundle.totalGzip / 1024).toFixed(1)} KB`,
  );
  if (tiles) {
    const b = tiles.build;
    log(
      `tiles (${tiles.n.toLocaleString('en')} features): ${b.tiles.toLocaleString('en')} tiles z${b.minzoom}–${b.maxzoom}, ${(b.bytes / 1e6).toFixed(0)} MB on disk (≈ ${(b.gzipBytes / 1e6).toFixed(0)} MB if served gzip), largest tile ${(b.maxTileBytes / 1024).toFixed(0)} KB; ` +
        `built in ${(b.totalMs / 1000).toFixed(0)} s${b.cached ? ' (cached result)' : ''} (+ ${(tiles.generateMs / 1000).toFixed(0)} s generating the GeoJSON)`,
    );
  }

  // budgets (at 100k, if measured)
  const budgets: Budget[] = [];
  const at = (n: number, app: AppKind) => runs.find((r) => r.size === n && r.app === app);
  // The app as configured for large data (tiles) when it was measured, else on GeoJSON.
  const o100 = at(100_000, 'ours-tiles') ?? at(100_000, 'ours');
  const l100 = at(100_000, 'leaflet');
  const check = (name: string, limit: string, value: number | null | undefined, max: number, unit = 'ms') =>
    budgets.push({ name, limit, value: value === null || value === undefined ? 'not measured' : `${value.toFixed(0)} ${unit}`, pass: value === null || value === undefined ? false : value <= max });
  if (o100) {
    const f = filterDirs(o100);
    const how = o100.app === 'ours-tiles' ? ' [app on tiles]' : ' [app on GeoJSON]';
    budgets.push({
      name: `100k: filter change drawn (median, each direction)${how}`,
      limit: '≤ 150 ms',
      value: f.worst === null ? 'not measured' : `narrow ${fmt(f.narrow)} ms / widen ${fmt(f.widen)} ms`,
      pass: f.worst !== null && f.worst <= 150,
    });
    check(`100k: click → panel (median)${how}`, '≤ 100 ms', o100.click.median, 100);
    check(`100k: first full render (median)${how}`, '≤ 4000 ms', o100.firstRender.median, 4000);
    if (l100) {
      const fo = filterDirs(o100);
      const fl = filterDirs(l100);
      const sn = fo.narrow && fl.narrow ? fl.narrow / fo.narrow : null;
      const sw = fo.widen && fl.widen ? fl.widen / fo.widen : null;
      budgets.push({
        name: `100k: filter change vs Leaflet (each direction)${how}`,
        limit: '≥ 5× faster',
        value: sn === null || sw === null ? 'not measured' : `narrow ${sn.toFixed(2)}× / widen ${sw.toFixed(2)}× as fast`,
        pass: sn !== null && sw !== null && Math.min(sn, sw) >= 5,
      });
    }
  }
  // Budget on what the page fetched before its first full render (index.html's references plus
  // chunks imported at start-up); worker scripts are reported beside it.
  check(
    bundle.loaded ? 'initial JS+CSS (gzip; fetched before first render, workers excluded)' : 'initial JS+CSS (gzip; referenced by index.html)',
    '≤ 350 KB',
    (bundle.loaded?.totalGzip ?? bundle.totalGzip) / 1024,
    350,
    'KB',
  );
  log('\nbudgets:');
  for (const b of budgets) log(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.value} (budget ${b.limit})`);
  const problems = [...runs, ...(tiles?.run ? [tiles.run] : [])].filter((r) => r.errors.length);
  for (const r of problems) log(`  note: ${r.app} at ${r.size}: ${r.errors.join('; ')}`);
  return budgets;
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const started = new Date();
  mkdirSync(WORK, { recursive: true });
  if (args.build || !existsSync(join(dist, 'index.html'))) {
    log('building the app (npx vite build) …');
    const b = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('vite build failed');
  }
  log('building the bench pages …');
  const leafletDir = await buildPage('leaflet');
  const tilesPage = tilesN > 0 || control ? await buildPage('tiles') : null;

  const bundle = bundleSize(dist);
  const leafletBundle = bundleSize(leafletDir);
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const server = await startServer([]);
  const machine = {
    hostname: hostname(),
    nproc: Number(sh('nproc')) || cpus().length,
    cpu: cpus()[0]?.model ?? '',
    memTotalGB: Math.round((totalmem() / 1073741824) * 10) / 10,
    memFreeGB: Math.round((freemem() / 1073741824) * 10) / 10,
    freeH: sh('free -h'),
    chromium: sh(`${process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'} --version 2>/dev/null`) || browser.version(),
    browserVersion: browser.version(),
    node: process.version,
    os: sh('uname -srm'),
    gl: 'SwiftShader (software WebGL), headless',
  };
  const git = { commit: sh('git rev-parse --short HEAD'), dirty: sh('git status --porcelain --untracked-files=no src') !== '' };
  log(`machine: ${machine.nproc} cores (${machine.cpu}), ${machine.memTotalGB} GB, ${machine.chromium}, node ${machine.node}`);
  log(`app: ${dist} (commit ${git.commit}${git.dirty ? ', src/ has uncommitted changes' : ''})`);

  const runs: RunResult[] = [];
  let tiles: TilesRun | null = null;
  let profile: Record<string, ThreadProfile[]> | null = null;
  const failures: string[] = [];
  mkdirSync(outDir, { recursive: true });
  const stamp = started.toISOString().replace(/[:]/g, '-').replace(/\..*/, '');
  const file = join(outDir, `bench-${stamp}${smoke ? '-smoke' : ''}.json`);
  const config = { sizes, tiles: tilesN, reps, loadRuns, bbox, tilesBBox, seed, smoke, control, viewport: VIEWPORT, flight, tilesFlight: flightFor(tilesBBox, smoke), filterSteps: FILTER_STEPS, chromiumArgs: CHROMIUM_ARGS };
  const save = (budgets: Budget[] | null) => {
    const result = {
      date: started.toISOString(),
      durationS: Math.round((Date.now() - started.getTime()) / 1000),
      complete: budgets !== null,
      machine,
      git,
      config,
      bundle: { ours: bundle, leaflet: leafletBundle },
      runs,
      tiles,
      profile,
      failures,
      budgets,
    };
    writeFileSync(file, `${JSON.stringify(result, null, 1)}\n`);
  };
  const step = async <T>(what: string, f: () => T | Promise<T>): Promise<T | null> => {
    try {
      return await f();
    } catch (e) {
      const msg = `${what}: ${(e as Error).message.split('\n')[0]}`;
      failures.push(msg);
      log(`  ✗ ${msg}`);
      return null;
    } finally {
      save(null);
    }
  };
  try {
    for (const n of sizes) {
      log(`\n== ${n.toLocaleString('en')} features ==`);
      const { meta, dir: dataDir } = dataSet(n, false, bbox);
      server.setMounts(dataSetMounts({ tag: String(n), dist, dataDir, leafletDir }));
      if (!args['skip-app-geojson']) {
        log('  ours (senkon-atlas, built):');
        const ours = await measure(browser, 'ours', n, `${server.origin}/app-${n}/`, meta.targets, flight);
        const expected = n + 75; // + the real unlocated items
        if (ours.itemsLoaded !== null && ours.itemsLoaded < expected) {
          const msg = `the app kept ${ours.itemsLoaded} of ${expected} items (${ours.issues} data issues): is the data outside the manifest's bbox? (or run with --bbox region)`;
          ours.errors.push(msg);
          log(`    ! ${msg}`);
        }
        runs.push(ours);
        save(null);
      }
      if (oursTiles) {
        const tiled = await step('app tiles', () => appTiles(n, dataDir));
        if (tiled) {
          server.setMounts(dataSetMounts({ tag: `${n}-tiles`, dist, dataDir: tiled }));
          log('  ours with tiles (data/manifest.json names tiles built by scripts/build-tiles.ts):');
          runs.push(await measure(browser, 'ours-tiles', n, `${server.origin}/app-${n}-tiles/`, meta.targets, flight));
          save(null);
          server.setMounts(dataSetMounts({ tag: String(n), dist, dataDir, leafletDir }));
        }
      }
      if (control && tilesPage) {
        server.setMounts([...dataSetMounts({ tag: String(n), dist, dataDir, leafletDir }), { url: `/control-${n}/`, path: tilesPage }, { url: `/control-${n}/data/infrastructure/`, path: join(dataDir, 'infrastructure') }, { url: `/control-${n}/data/`, path: join(dist, 'data') }]);
        log('  control: minimal MapLibre page, same GeoJSON (geojson source, setFilter):');
        runs.push(await measure(browser, 'control', n, `${server.origin}/control-${n}/?geojson`, meta.targets, flight));
        save(null);
      }
      if (!args['skip-peer']) {
        log('  Leaflet (canvas renderer):');
        runs.push(await measure(browser, 'leaflet', n, `${server.origin}/leaflet-${n}/`, meta.targets, flight));
        save(null);
      }
    }
    if (tilesN > 0) tiles = await step('tiles', () => tilesRun(browser, server, tilesN));
    if (args.profile) {
      const n = Number(args['profile-size'] ?? Math.max(...sizes));
      const d = dataSet(n, false, bbox);
      profile = await step('profile', () => profileOurs(browser, server, n, d.dir, d.meta.targets));
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const firstOurs = runs.find((r) => r.app === 'ours' && r.loadedAssets.length) ?? runs.find((r) => isOurs(r.app) && r.loadedAssets.length);
  if (firstOurs) bundle.loaded = loadedSize(dist, firstOurs.loadedAssets);
  const firstLeaflet = runs.find((r) => r.app === 'leaflet' && r.loadedAssets.length);
  if (firstLeaflet) leafletBundle.loaded = loadedSize(leafletDir, firstLeaflet.loadedAssets);

  const budgets = report({ runs, tiles, bundle: { ours: bundle, leaflet: leafletBundle }, sizes });

  for (const f of failures) log(`  note: ${f}`);
  save(budgets);
  log(`\nwrote ${file}`);
  const failed = budgets.some((b) => b.pass === false) || failures.length > 0;
  if (failed && !smoke) process.exitCode = 1;
}

// ------------------------------------------------------------------ page globals (bench/probe.js)

interface BenchProbe {
  longTasks: [number, number][];
  marks: { mapElement?: number };
  firstIdle: Promise<number> | null;
  clickT0: number | null;
  frame(): Promise<number>;
  ours(): { app: HTMLElement; map: HTMLElement } | null;
  ourMapElement(): unknown;
  panelItem(): { id: string; name: string } | null;
  waitPanel(timeout: number): Promise<{ t: number; id: string; name: string } | null>;
  armClick(): void;
  recordFrames(): () => number[];
  blocking(from: number, to: number): { total: number; longest: number };
  dataFetchedAt(): number;
}

declare global {
  interface Window {
    __bench: BenchProbe;
    benchPeer: Promise<PeerHooks>;
  }
}

if (args.report) {
  // re-print the table and budgets of a results file: tsx scripts/bench.ts --report bench-results/bench-….json
  const r = JSON.parse(readFileSync(resolve(args.report), 'utf8')) as ReportInput & { config: { sizes: number[] }; bundle: ReportInput['bundle'] };
  report({ runs: r.runs, tiles: r.tiles, bundle: r.bundle, sizes: r.config.sizes });
} else await main();
