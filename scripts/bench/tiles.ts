/** The 1M path: generated slim data as vector tiles, measured on the minimal MapLibre page. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { type Mount, type StaticServer } from '../../bench/serve.ts';
import { flightFor } from '../../bench/shared.ts';
import type { TileBuildResult } from '../build-tiles.ts';
import { dataSet } from './assets.ts';
import { ROOT, TILES_VERSION, WORK, args, dist, seed, smoke, tilesBBox } from './options.ts';
import { measure } from './measure.ts';
import type { RunResult } from './types.ts';
import { log } from './util.ts';

export interface TilesRun {
  n: number;
  build: TileBuildResult & { cached: boolean };
  generateMs: number;
  run: RunResult | null;
}

export async function tilesRun(browser: Browser, server: StaticServer, n: number): Promise<TilesRun> {
  log(`\n== ${n.toLocaleString('en')} features as vector tiles ==`);
  const { meta, dir: slimDir } = dataSet(n, true, tilesBBox);
  const tilesDir = join(WORK, `tiles-${n}`);
  const resultFile = join(WORK, `tiles-${n}.json`);
  let build: (TileBuildResult & { cached: boolean }) | null = null;
  try {
    const prev = JSON.parse(readFileSync(resultFile, 'utf8')) as TileBuildResult & { version?: number; seed?: number; bbox?: number[] };
    if (
      !args.fresh &&
      prev.version === TILES_VERSION &&
      prev.features === n &&
      prev.seed === seed &&
      prev.bbox?.join() === tilesBBox.join() &&
      existsSync(join(tilesDir, 'metadata.json'))
    )
      build = { ...prev, cached: true };
  } catch {
    // not built yet
  }
  if (!build) {
    log('building tiles (geojson-vt + vt-pbf, z4–14) …');
    // its own process with a larger heap: 1M features do not fit the default one comfortably
    const res = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=12000',
        '--import',
        'tsx',
        join(ROOT, 'scripts', 'build-tiles.ts'),
        '--slim',
        '--in',
        slimDir,
        '--out',
        tilesDir,
        '--json',
        resultFile,
      ],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
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
  const run = await measure(
    browser,
    'tiles',
    Math.min(n, 100_000),
    `${server.origin}/tiles-${n}/`,
    meta.targets,
    flightFor(tilesBBox, smoke),
  );
  run.size = n;
  return { n, build, generateMs: meta.ms, run };
}
