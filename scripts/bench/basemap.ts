/**
 * The basemap's cost (issue 16): the same build's first full render with its embedded basemap and
 * without it (data/basemap/ answering 404, the path of a missing boundary file: the app says so in
 * a banner and draws the items), at the real data and at one generated size, in alternating cold
 * loads so drift on the machine falls on both. Also the basemap bytes (gzip) fetched before the
 * first full render.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { type Mount, type StaticServer, dataSetMounts } from '../../bench/serve.ts';
import { WORK, limitFor } from './options.ts';
import { awaitQuiet, errorStorm, log, newPage, stat, withTimeout } from './util.ts';

export interface BasemapCase {
  label: string;
  /** First full render (ms), each cold load, with and without the basemap. */
  withBasemap: number[];
  without: number[];
  /** Median with / median without. */
  ratio: number | null;
  /** Basemap files fetched before the first full render (first load with it): count and gzip bytes. */
  basemapFiles: number;
  basemapGzip: number;
}

/** One cold load to the first full render; the basemap files it fetched before it (paths below /data/basemap/). */
async function load(browser: Browser, url: string, limit: number): Promise<{ ms: number; basemap: string[] }> {
  await awaitQuiet();
  const p = await newPage(browser);
  const basemap = new Set<string>();
  p.page.on('response', (res) => {
    const path = new URL(res.url()).pathname;
    const at = path.indexOf('/data/basemap/');
    if (res.status() === 200 && at >= 0) basemap.add(path.slice(at + '/data/basemap/'.length));
  });
  try {
    await p.page.goto(url, { waitUntil: 'commit', timeout: limit });
    const ms = await withTimeout(
      Promise.race([
        p.page.evaluate(async () => {
          const B = window.__bench;
          while (!B.firstIdle) await B.frame();
          return await B.firstIdle;
        }),
        errorStorm(p.errors),
      ]),
      limit,
      'first render',
    );
    return { ms, basemap: [...basemap] };
  } finally {
    await p.ctx.close();
  }
}

/** Alternating cold loads with and without the basemap at `base` (an app mount whose data/ is `dataDir`). */
export async function basemapCase(
  browser: Browser,
  server: StaticServer,
  o: { label: string; size: number; mounts: Mount[]; prefix: string; dataDir: string; runs: number },
): Promise<BasemapCase> {
  const empty = join(WORK, 'empty-basemap');
  mkdirSync(empty, { recursive: true });
  const noBasemap = `/nobm${o.prefix}`;
  server.setMounts([
    ...o.mounts,
    ...o.mounts.filter((m) => m.url.startsWith(o.prefix)).map((m) => ({ ...m, url: `/nobm${m.url}` })),
    { url: `${noBasemap}data/basemap/`, path: empty },
  ]);
  const limit = limitFor(o.size);
  const r: BasemapCase = { label: o.label, withBasemap: [], without: [], ratio: null, basemapFiles: 0, basemapGzip: 0 };
  log(`  ${o.label}: ${o.runs} cold loads each, with and without the basemap, alternating`);
  for (let i = 0; i < o.runs; i++) {
    const a = await load(browser, `${server.origin}${o.prefix}`, limit);
    r.withBasemap.push(Math.round(a.ms));
    if (i === 0) {
      r.basemapFiles = a.basemap.length;
      r.basemapGzip = a.basemap.reduce((sum, f) => sum + gzipSync(readFileSync(join(o.dataDir, 'basemap', f))).byteLength, 0);
    }
    const b = await load(browser, `${server.origin}${noBasemap}`, limit);
    r.without.push(Math.round(b.ms));
  }
  const [w, wo] = [stat(r.withBasemap).median, stat(r.without).median];
  r.ratio = w !== null && wo ? w / wo : null;
  log(
    `    with ${w} ms, without ${wo} ms: ${r.ratio?.toFixed(2)}× (budget ≤ 1.10×); basemap fetched before it: ${r.basemapFiles} files, ${(r.basemapGzip / 1024).toFixed(1)} KB gzip (budget ≤ 400 KB)`,
  );
  return r;
}

/** The real data (the build's own) and one generated size. */
export async function basemapRun(
  browser: Browser,
  server: StaticServer,
  o: { dist: string; generated: { size: number; dataDir: string } | null; runs: number },
): Promise<BasemapCase[]> {
  log(`\n== basemap cost: first full render with the embedded basemap vs without (data/basemap/ 404) ==`);
  const out: BasemapCase[] = [];
  const real: Mount[] = [{ url: '/real/', path: o.dist }];
  out.push(
    await basemapCase(browser, server, {
      label: 'real data',
      size: 200,
      mounts: real,
      prefix: '/real/',
      dataDir: join(o.dist, 'data'),
      runs: o.runs,
    }),
  );
  if (o.generated) {
    const { size, dataDir } = o.generated;
    const mounts = dataSetMounts({ tag: String(size), dist: o.dist, dataDir });
    out.push(
      await basemapCase(browser, server, {
        label: `${size.toLocaleString('en')} generated`,
        size,
        mounts,
        prefix: `/app-${size}/`,
        dataDir: join(o.dist, 'data'),
        runs: o.runs,
      }),
    );
  }
  return out;
}
