/** One page at one size: first render, filter changes, clicks, the flight, memory. */
import type { Browser } from '@playwright/test';
import { FILTER_STEPS, type Leg } from '../../bench/shared.ts';
import { limitFor, loadRuns, reps } from './options.ts';
import { type AppKind, type RunResult, type Target, isOurs } from './types.ts';
import { clickTargets } from './click-targets.ts';
import { awaitQuiet, errorStorm, heapMB, log, newPage, rssMB, stat, withTimeout } from './util.ts';

export async function measure(
  browser: Browser,
  app: AppKind,
  size: number,
  url: string,
  targets: Target[],
  flight: readonly Leg[],
): Promise<RunResult> {
  const limit = limitFor(size);
  const r: RunResult = {
    app,
    size,
    url,
    ok: true,
    errors: [],
    firstRender: stat([]),
    loadDetail: [],
    itemsLoaded: null,
    issues: null,
    renderedAfterLoad: null,
    filter: { ...stat([]) },
    click: { ...stat([]), misses: 0, shown: [] },
    flight: { frames: null, ms: null, plannedMs: flight.reduce((a, l) => a + l.ms, 0), longFrames: 0, settleMs: null },
    heapAfterLoadMB: null,
    heapAfterOpsMB: null,
    rssAfterLoadMB: null,
    machineBefore: null,
    loadedAssets: [],
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
      if (res.status() === 200 && path.startsWith(base) && (type === 'script' || type === 'stylesheet' || /\.(m?js|css)$/.test(path)))
        assets.add(path.slice(base.length));
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
            while (!('benchPeer' in window)) await B.frame();
            return await (
              await window.benchPeer
            ).ready;
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
        return {
          dataFetched: Math.round(B.dataFetchedAt()),
          mapElement: B.marks.mapElement === undefined ? null : Math.round(B.marks.mapElement),
          ...B.blocking(0, end),
        };
      });
      // 0: no data request seen on the main thread (the app fetches its data in a worker)
      const fetched = d.dataFetched > 0 ? d.dataFetched : null;
      r.loadDetail.push({
        dataFetched: fetched,
        mapElement: d.mapElement,
        blockingTotal: Math.round(d.total),
        longestTask: Math.round(d.longest),
      });
      log(
        `    first render ${Math.round(t)} ms (data ${fetched === null ? 'fetched in a worker' : `in ${fetched} ms`}${d.mapElement !== null ? `, map element ${d.mapElement} ms` : ''}, main thread blocked ${Math.round(d.total)} ms, longest task ${Math.round(d.longest)} ms)`,
      );
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
      log(
        `    all items in and drawn at ${r.fullLoad.ms} ms (main thread blocked ${r.fullLoad.blockingTotal} ms in all, longest task ${r.fullLoad.longestTask} ms)`,
      );
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
        return {
          items: app.atlas?.data?.items?.length ?? null,
          issues: app.issues?.length ?? null,
          rendered: (o.map as unknown as { renderedItemIds(): string[] }).renderedItemIds().length,
        };
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
        page.evaluate(
          async ({ kind, cats }) => {
            if (kind === 'ours') {
              const o = window.__bench.ours()!;
              const app = o.app as unknown as HTMLElement & {
                state?: { filters?: Record<string, unknown> };
                updateComplete: Promise<unknown>;
              };
              const map = o.map as unknown as { updateComplete: Promise<unknown>; whenIdle(): Promise<void> };
              const base = app.state?.filters ?? {
                projects: [],
                goals: [],
                promoters: [],
                bodies: [],
                categories: [],
                areas: [],
                accuracy: [],
                border: 'all',
              };
              const t0 = performance.now();
              app.dispatchEvent(
                new CustomEvent('atlas-action', {
                  detail: { type: 'set-filters', filters: { ...base, categories: cats } },
                  bubbles: true,
                  composed: true,
                }),
              );
              await app.updateComplete;
              await map.updateComplete;
              await map.whenIdle();
              return performance.now() - t0;
            }
            const peer = await window.benchPeer;
            const t0 = performance.now();
            await peer.setCategories(cats);
            return performance.now() - t0;
          },
          { kind: pageKind, cats },
        ),
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
          app.dispatchEvent(
            new CustomEvent('atlas-action', {
              detail: { type: 'set-filters', filters: { ...app.state?.filters, categories: [] } },
              bubbles: true,
              composed: true,
            }),
          );
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
    const picked = await clickTargets(page, app, targets);
    let used = 0;
    for (let k = 0; k < picked.length && used < reps + 1; k++) {
      const target = picked[k]!;
      const pt = await page.evaluate(
        async ({ kind, t }) => {
          if (kind === 'ours')
            return (window.__bench.ours()!.map as unknown as { screenPoint(id: string): { x: number; y: number } | null }).screenPoint(
              t.id,
            );
          return (await window.benchPeer).screenPoint(t.lon, t.lat);
        },
        { kind: pageKind, t: target },
      );
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
          // …and until the GPU has drawn it: a person sees the hover's emphasis before pressing.
          // Without this the press met the hover's frame still being drawn (software GL), which
          // put 40–80 ms of the hover into the click's time on the pages that draw a hover state.
          await window.__bench.settle();
        }, pageKind),
        limit,
        'hover before the click',
      );
      // the peers show the panel in the click handler: no panel within 10 s means the click hit nothing
      await page.evaluate((ms) => window.__bench.armClick(ms), isOurs(app) ? limit : 10_000);
      const waiting = page.evaluate(() => window.__bench.waitPanel());
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
            o.app.dispatchEvent(
              new CustomEvent('atlas-action', { detail: { type: 'select', selection: null }, bubbles: true, composed: true }),
            );
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

  // 4. the scripted flight (none given: not flown, e.g. the real-data case)
  if (flight.length === 0) r.flight.note = 'not flown';
  else
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
      log(
        `    flight: ${f.frames.length} frames, median ${r.flight.frames?.median ?? '–'} ms, p95 ${r.flight.frames?.p95 ?? '–'} ms, max ${r.flight.frames?.max ?? '–'} ms${f.note ? ` (${f.note})` : ''}`,
      );
    } catch (e) {
      fail('flight', e);
    }
  r.heapAfterOpsMB = await heapMB(cdp, false);
  log(
    `    JS heap after load ${r.heapAfterLoadMB ?? '–'} MB (after GC), after the operations ${r.heapAfterOpsMB ?? '–'} MB; renderer+GPU RSS ${r.rssAfterLoadMB ?? '–'} MB`,
  );
  r.errors.push(...errors);
  await ctx.close();
  return r;
}
