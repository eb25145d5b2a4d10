/**
 * The large import: the app on its own data, a generated CSV of `n` points picked with the file
 * input (as a user picks one), and every long task on the page from the pick until the map is
 * idle with the points drawn; then the first search, which indexes them. What a user feels as the
 * page freezing is the longest task: the import should keep each one short (issue 21.5).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { WORK, loadRuns } from './options.ts';
import { table } from './report.ts';
import { type Stat, awaitQuiet, log, newPage, stat } from './util.ts';

export interface ImportLoad {
  /** From the pick to the notice that the file is loaded (the items are in the list). */
  noticeMs: number;
  /** From the pick to the map's idle with the imported points drawn. */
  idleMs: number;
  /** The page's long tasks (> 50 ms) in that time, longest first. */
  longTasksMs: number[];
  /** The first search after the import (it indexes every item): its time and longest task. */
  searchMs: number;
  searchLongestMs: number;
  /** The plan's located items drawn before and after (the import must hide none), and imported points drawn. */
  planBefore: number;
  planAfter: number;
  importedDrawn: number;
  machineBefore: { busy: number; waitedMs: number; loadavg1: number };
}

export interface ImportRun {
  points: number;
  loads: ImportLoad[];
  longest: Stat;
  idleMs: Stat;
  errors: string[];
}

/** A CSV of `n` points on a grid over 釧路 and the land east of it, written once into the bench's work folder. */
export function importCsv(n: number): string {
  const file = join(WORK, `import-${n}.csv`);
  if (!existsSync(file)) {
    const rows = Array.from(
      { length: n },
      (_, i) => `p${i},${(42.9 + (i % 400) / 500).toFixed(4)},${(144.0 + Math.floor(i / 400) / 500).toFixed(4)}`,
    );
    writeFileSync(file, `name,lat,lon\n${rows.join('\n')}\n`);
  }
  return file;
}

const drawn = (ids: string[]) => ({
  plan: ids.filter((id) => !id.startsWith('user-')).length,
  user: ids.filter((id) => id.startsWith('user-')).length,
});

/** Imports the file `loadRuns` times, each in a fresh page of the app at `url`. */
export async function importRun(browser: Browser, url: string, n: number): Promise<ImportRun> {
  const file = importCsv(n);
  const loads: ImportLoad[] = [];
  const errors: string[] = [];
  for (let run = 0; run < loadRuns; run++) {
    const machineBefore = await awaitQuiet();
    const { ctx, page, errors: pageErrors } = await newPage(browser);
    try {
      await page.goto(url);
      const idle = () =>
        page.evaluate(async () => {
          const map = document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!;
          await map.updateComplete;
          await map.whenIdle();
        });
      const ids = () =>
        page.evaluate(() => document.querySelector('senkon-app')!.shadowRoot!.querySelector('atlas-map')!.renderedItemIds());
      await page.waitForFunction(() => !!document.querySelector('senkon-app')?.shadowRoot?.querySelector('atlas-map'));
      await idle();
      const before = drawn(await ids());
      await page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__longTasks.push(Math.round(e.duration)))).observe({
          type: 'longtask',
        });
      });
      const now = () => page.evaluate(() => performance.now());
      const t0 = await now();
      await page.locator('senkon-app input[type="file"]').setInputFiles(file);
      await page
        .locator('senkon-app .notice')
        .filter({ hasText: `${n}件` })
        .waitFor({ timeout: 600_000 });
      const noticeMs = (await now()) - t0;
      await idle();
      const idleMs = (await now()) - t0;
      const after = drawn(await ids());
      const taken = () => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
      const longTasksMs = (await taken()).sort((a, b) => b - a);
      const s0 = await now();
      await page.locator('search-box input').fill(`p${n - 1}`);
      await page.locator('search-box [role="option"][data-kind="item"]').first().waitFor({ timeout: 120_000 });
      const searchMs = (await now()) - s0;
      const searchLongestMs = Math.max(0, ...(await taken()));
      loads.push({
        noticeMs: Math.round(noticeMs),
        idleMs: Math.round(idleMs),
        longTasksMs,
        searchMs: Math.round(searchMs),
        searchLongestMs,
        planBefore: before.plan,
        planAfter: after.plan,
        importedDrawn: after.user,
        machineBefore,
      });
      const l = loads.at(-1)!;
      log(
        `    import ${run + 1}: notice ${l.noticeMs} ms, idle ${l.idleMs} ms, longest tasks ${longTasksMs.slice(0, 3).join(' / ')} ms (${longTasksMs.length} over 50 ms), plan drawn ${l.planBefore} → ${l.planAfter}, first search ${l.searchMs} ms (longest task ${l.searchLongestMs} ms)`,
      );
      if (l.planAfter < l.planBefore) errors.push(`run ${run + 1}: the import hid ${l.planBefore - l.planAfter} of the plan's items`);
    } catch (e) {
      errors.push(`run ${run + 1}: ${(e as Error).message.split('\n')[0]}`);
    } finally {
      errors.push(...pageErrors);
      await ctx.close();
    }
  }
  return {
    points: n,
    loads,
    longest: stat(loads.map((l) => l.longTasksMs[0] ?? 0)),
    idleMs: stat(loads.map((l) => l.idleMs)),
    errors,
  };
}

/** Prints the import case: per load, the longest tasks, the times, and the plan's items drawn. */
export function reportImport(r: ImportRun): void {
  const rows = [
    [
      'load',
      'notice ms',
      'idle ms',
      'longest tasks ms',
      'tasks > 50 ms',
      'plan drawn',
      'imported drawn',
      'first search ms (longest task)',
      'CPU busy before',
    ],
  ];
  r.loads.forEach((l, i) =>
    rows.push([
      String(i + 1),
      String(l.noticeMs),
      String(l.idleMs),
      l.longTasksMs.slice(0, 3).join(' / ') || '–',
      String(l.longTasksMs.length),
      `${l.planBefore} → ${l.planAfter}`,
      String(l.importedDrawn),
      `${l.searchMs} (${l.searchLongestMs})`,
      `${Math.round(l.machineBefore.busy * 100)} %`,
    ]),
  );
  log(`\nlarge import (${r.points.toLocaleString('en')} points, CSV picked in the app on its own data):\n${table(rows)}`);
  for (const e of r.errors) log(`  note: import: ${e}`);
}
