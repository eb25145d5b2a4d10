/**
 * `npm run bench`: measures the built app (dist/) against generated data in headless Chromium,
 * next to a plain Leaflet page (the peer) doing the same operations on the same data, and a
 * MapLibre page on vector tiles for 1M features. Prints a table, ratios ours / Leaflet and the
 * budgets, and writes bench-results/bench-<date>.json. See bench/README.md.
 *
 *   tsx scripts/bench.ts [--sizes 1000,10000,100000] [--tiles 1000000|0] [--smoke] [--build]
 *                        [--reps 11] [--load-runs 3] [--bbox hokkaido|region] [--profile] [--fresh]
 *                        [--skip-real-data] [--skip-tour] [--skip-basemap] [--import 200000|0]
 *
 * Besides generated data: the app on its own data against the control and Leaflet (real data),
 * a walk through the default tour forward and back, and a large CSV import with the long tasks it
 * causes (scripts/bench/real-data.ts, tour.ts, import.ts).
 *
 * --smoke: 1k only, fewer repetitions, no tiles; prints PASS/FAIL but always exits 0 (CI).
 * Otherwise the process exits 1 when a budget fails (after writing the results).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, hostname, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { dataSetMounts, startServer } from '../bench/serve.ts';
import { FILTER_STEPS, flightFor } from '../bench/shared.ts';
import type { ThreadProfile } from '../bench/trace.ts';
import { appTiles, buildPage, bundleSize, dataSet, loadedSize } from './bench/assets.ts';
import { measure } from './bench/measure.ts';
import {
  CHROMIUM_ARGS,
  ROOT,
  VIEWPORT,
  WORK,
  args,
  basemapOn,
  bbox,
  control,
  dist,
  flight,
  importN,
  loadRuns,
  outDir,
  oursTiles,
  realData,
  reps,
  seed,
  sizes,
  smoke,
  tilesBBox,
  tilesN,
  tourWalkOn,
} from './bench/options.ts';
import { type BasemapCase, basemapRun } from './bench/basemap.ts';
import { profileOurs } from './bench/profile.ts';
import { type ImportRun, importRun, reportImport } from './bench/import.ts';
import { type RealData, realDataRun } from './bench/real-data.ts';
import { type Budget, type ReportInput, report, reportRealData, reportTour } from './bench/report.ts';
import { type TilesRun, tilesRun } from './bench/tiles.ts';
import { type TourWalk, readTour, tourWalk } from './bench/tour.ts';
import { type RunResult, isOurs } from './bench/types.ts';
import { log, sh } from './bench/util.ts';

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
  const tilesPage = tilesN > 0 || control || realData ? await buildPage('tiles') : null;

  const bundle = bundleSize(dist);
  const leafletBundle = bundleSize(leafletDir);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
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
  let real: RealData | null = null;
  let tour: TourWalk | null = null;
  let basemap: BasemapCase[] | null = null;
  let imported: ImportRun | null = null;
  const failures: string[] = [];
  mkdirSync(outDir, { recursive: true });
  const stamp = started.toISOString().replace(/[:]/g, '-').replace(/\..*/, '');
  const file = join(outDir, `bench-${stamp}${smoke ? '-smoke' : ''}.json`);
  const config = {
    sizes,
    tiles: tilesN,
    reps,
    loadRuns,
    bbox,
    tilesBBox,
    seed,
    smoke,
    control,
    viewport: VIEWPORT,
    flight,
    tilesFlight: flightFor(tilesBBox, smoke),
    filterSteps: FILTER_STEPS,
    chromiumArgs: CHROMIUM_ARGS,
  };
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
      realData: real,
      tour,
      basemap,
      import: imported,
      tiles,
      profile,
      failures,
      budgets,
    };
    writeFileSync(file, `${JSON.stringify(result, null, 1)}\n`);
  };
  const step = async <T>(what: string, f: () => Promise<T>): Promise<T | null> => {
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
        const tiled = await step('app tiles', () => Promise.resolve(appTiles(n, dataDir)));
        if (tiled) {
          server.setMounts(dataSetMounts({ tag: `${n}-tiles`, dist, dataDir: tiled }));
          log('  ours with tiles (data/manifest.json names tiles built by scripts/build-tiles.ts):');
          runs.push(await measure(browser, 'ours-tiles', n, `${server.origin}/app-${n}-tiles/`, meta.targets, flight));
          save(null);
          server.setMounts(dataSetMounts({ tag: String(n), dist, dataDir, leafletDir }));
        }
      }
      if (control && tilesPage) {
        server.setMounts([
          ...dataSetMounts({ tag: String(n), dist, dataDir, leafletDir }),
          { url: `/control-${n}/`, path: tilesPage },
          { url: `/control-${n}/data/infrastructure/`, path: join(dataDir, 'infrastructure') },
          { url: `/control-${n}/data/`, path: join(dist, 'data') },
        ]);
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
    if (realData)
      real = await step('real data', () =>
        realDataRun(browser, server, { dist, tilesPage, leafletDir: args['skip-peer'] ? null : leafletDir }),
      );
    if (basemapOn) {
      const n = sizes[0];
      const generated = n ? { size: n, dataDir: dataSet(n, false, bbox).dir } : null;
      basemap = await step('basemap', () => basemapRun(browser, server, { dist, generated, runs: smoke ? 2 : Math.max(3, loadRuns) }));
    }
    if (tourWalkOn) {
      log(`\n== tour walk: the default tour, → through every scene and ← back (the build's own data) ==`);
      server.setMounts([{ url: '/real/', path: dist }]);
      tour = await step('tour walk', () => tourWalk(browser, `${server.origin}/real/`, readTour(dist)));
    }
    if (importN > 0) {
      log(`\n== large import: ${importN.toLocaleString('en')} points picked as a CSV (the build's own data) ==`);
      server.setMounts([{ url: '/real/', path: dist }]);
      imported = await step('import', () => importRun(browser, `${server.origin}/real/`, importN));
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
  if (real) reportRealData(real);
  if (tour) reportTour(tour);
  if (imported) reportImport(imported);

  for (const f of failures) log(`  note: ${f}`);
  save(budgets);
  log(`\nwrote ${file}`);
  const failed = budgets.some((b) => b.pass === false) || failures.length > 0;
  if (failed && !smoke) process.exitCode = 1;
}

if (args.report) {
  // re-print the table and budgets of a results file: tsx scripts/bench.ts --report bench-results/bench-….json
  const r = JSON.parse(readFileSync(resolve(args.report), 'utf8')) as ReportInput & {
    config: { sizes: number[] };
    bundle: ReportInput['bundle'];
    realData?: RealData | null;
    tour?: TourWalk | null;
    import?: ImportRun | null;
  };
  report({ runs: r.runs, tiles: r.tiles, bundle: r.bundle, sizes: r.config.sizes });
  if (r.realData) reportRealData(r.realData);
  if (r.tour) reportTour(r.tour);
  if (r.import) reportImport(r.import);
} else await main();
