/** --profile: a Chromium trace of the app (unminified) at one size, summarised per thread. */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { type StaticServer, dataSetMounts } from '../../bench/serve.ts';
import { type ThreadProfile, type TraceEvent, summariseTrace } from '../../bench/trace.ts';
import { ROOT, WORK, limitFor, outDir } from './options.ts';
import type { Target } from './types.ts';
import { awaitQuiet, errorStorm, log, newPage, withTimeout } from './util.ts';

export const TRACE_CATEGORIES = [
  'toplevel',
  '__metadata',
  'v8',
  'v8.execute',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];

/** Traces the app (an unminified build) at one size: the load, a filter change, a click. */
export async function profileOurs(
  browser: Browser,
  server: StaticServer,
  size: number,
  dataDir: string,
  targets: Target[],
): Promise<Record<string, ThreadProfile[]>> {
  const profDist = join(WORK, 'dist-profile');
  log(`\nprofiling the app at ${size.toLocaleString('en')} (unminified build in ${profDist}; Chromium trace of all threads) …`);
  const b = spawnSync('npx', ['vite', 'build', '--minify', 'false', '--outDir', profDist, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
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
      log(
        `  ${name}: trace of ${(buf.byteLength / 1e6).toFixed(0)} MB saved to ${file}, too large to summarise here (open it in DevTools or Perfetto)`,
      );
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
      app.dispatchEvent(
        new CustomEvent('atlas-action', {
          detail: { type: 'set-filters', filters: { ...app.state?.filters, categories: c } },
          bubbles: true,
          composed: true,
        }),
      );
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
    const pt = await p.page.evaluate(
      (id) => (window.__bench.ours()!.map as unknown as { screenPoint(id: string): { x: number; y: number } | null }).screenPoint(id),
      t.id,
    );
    if (!box || !pt || pt.x < 80 || pt.y < 80 || pt.x > box.width - 560 || pt.y > box.height - 80) continue;
    await run('click', async () => {
      await p.page.evaluate((ms) => window.__bench.armClick(ms), limit);
      const waiting = p.page.evaluate(() => window.__bench.waitPanel());
      await p.page.mouse.click(box.x + pt.x, box.y + pt.y);
      await waiting;
    });
    break;
  }
  await p.ctx.close();
  return out;
}
