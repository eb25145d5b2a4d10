/** Statistics, logging, waiting, and the browser plumbing every measurement uses. */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { BENCH, VIEWPORT, smoke } from './options.ts';

export interface Stat {
  n: number;
  median: number | null;
  p95?: number | null;
  min?: number | null;
  max?: number | null;
  samples: number[];
}

export function stat(xs: number[], withP95 = false): Stat {
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

export function log(s: string): void {
  process.stdout.write(`${s}\n`);
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${what}: no result after ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]);
}

export function sh(cmd: string): string {
  try {
    return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** Share of CPU time (all cores) spent busy over `ms`: other work on the machine skews timings. */
export async function cpuBusy(ms: number): Promise<number> {
  const snap = () =>
    cpus().reduce(
      (a, c) => ({ idle: a.idle + c.times.idle, total: a.total + c.times.user + c.times.nice + c.times.sys + c.times.irq + c.times.idle }),
      { idle: 0, total: 0 },
    );
  const a = snap();
  await new Promise((ok) => setTimeout(ok, ms));
  const b = snap();
  return b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : 0;
}

/** Waits (up to maxMs) until the machine is nearly idle; returns the last busy share and the wait. */
export async function awaitQuiet(
  maxMs = Number(process.env['BENCH_QUIET_WAIT_MS'] ?? (smoke ? 15_000 : 180_000)),
): Promise<{ busy: number; waitedMs: number; loadavg1: number }> {
  const t0 = Date.now();
  let busy = await cpuBusy(1500);
  let said = false;
  while (busy > 0.15 && Date.now() - t0 < maxMs) {
    if (!said)
      log(
        `    (the machine is ${Math.round(busy * 100)} % busy with other work: waiting up to ${Math.round(maxMs / 1000)} s for it to settle)`,
      );
    said = true;
    busy = await cpuBusy(3000);
  }
  if (busy > 0.15) log(`    (still ${Math.round(busy * 100)} % busy: measuring anyway, figures will be pessimistic)`);
  return { busy: Math.round(busy * 100) / 100, waitedMs: Date.now() - t0, loadavg1: Math.round((loadavg()[0] ?? 0) * 100) / 100 };
}

export async function rssMB(browser: Browser): Promise<number | null> {
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

export async function heapMB(cdp: CDPSession, gc: boolean): Promise<number | null> {
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
export function errorStorm(errors: string[], times = 3): Promise<never> {
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

export async function newPage(browser: Browser): Promise<{ ctx: BrowserContext; page: Page; cdp: CDPSession; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  // Offline: 127.0.0.1 only, like the e2e tests.
  await ctx.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'blob:'
      ? route.continue()
      : route.abort('internetdisconnected');
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
