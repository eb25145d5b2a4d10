/**
 * The tour walk: the app with its own data on the default tour, stepped forward through every
 * scene with → and back with ←, as a presenter's clicker does. Per step: the time from the key
 * to the map's next `idle`, and beside it how long the camera moved (the scene's fitBounds /
 * flyTo: the app gives no duration, so MapLibre's flyTo picks one from the distance, speed 1.2).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { TraceEvent } from '../../bench/trace.ts';
import { flyToMs } from './camera.ts';
import { type StepTiming, type View, openTour, timeStep } from './tour-page.ts';

export type { View } from './tour-page.ts';
import { type Stat, awaitQuiet, log, newPage, stat } from './util.ts';

export interface TourStep extends StepTiming {
  key: 'ArrowRight' | 'ArrowLeft';
  from: string;
  to: string;
  /** MapLibre's own flight time for this move (flyToMs from the views before and after). */
  plannedCameraMs: number | null;
}

interface Direction {
  ms: Stat;
  plannedCameraMs: Stat;
  stateMs: Stat;
  blockingMs: Stat;
  /** key→idle minus the camera's planned animation, per step. */
  overFlightMs: Stat;
  /** The steps' frame intervals (StepTiming.frameMs). */
  frameMs: Stat;
  /** Steps whose key→idle is within the camera's animation plus two of their own frames (of the steps with both known). */
  withinTwoFrames: { n: number; of: number };
  /** Sum over the direction's steps. */
  totalMs: number;
  totalPlannedMs: number;
}

/** CPU time per thread over one direction of the walk (a trace): thread time, not wall time. */
export interface DirectionCpu {
  threads: { thread: string; cpuMs: number; wallMs: number }[];
  /** Main thread, by trace event (inclusive thread time: nested events count in their parents too). */
  main: { event: string; cpuMs: number; count: number }[];
}

export interface TourWalk {
  url: string;
  tour: string;
  scenes: string[];
  /** max(width, height) of the map canvas, px. */
  span: number | null;
  steps: TourStep[];
  forward: Direction;
  back: Direction;
  cpu: { forward: DirectionCpu; back: DirectionCpu } | null;
  machineBefore: { busy: number; waitedMs: number; loadavg1: number } | null;
  errors: string[];
}

/** A tour file in the build (data/tours/<id>.json): its id and scene ids in order. */
export function readTour(dist: string, id = 'default'): { id: string; scenes: string[] } {
  const t = JSON.parse(readFileSync(join(dist, 'data', 'tours', `${id}.json`), 'utf8')) as { id: string; scenes: { id: string }[] };
  return { id: t.id, scenes: t.scenes.map((s) => s.id) };
}

const direction = (steps: TourStep[]): Direction => ({
  ms: stat(steps.map((s) => s.ms)),
  plannedCameraMs: stat(steps.flatMap((s) => (s.plannedCameraMs === null ? [] : [Math.round(s.plannedCameraMs)]))),
  stateMs: stat(steps.map((s) => s.stateMs)),
  blockingMs: stat(steps.map((s) => s.blockingMs)),
  overFlightMs: stat(steps.map((s) => Math.round(s.ms - (s.plannedCameraMs ?? 0)))),
  frameMs: stat(steps.flatMap((s) => (s.frameMs === null ? [] : [s.frameMs]))),
  withinTwoFrames: {
    n: steps.filter((s) => s.frameMs !== null && s.ms <= (s.plannedCameraMs ?? 0) + 2 * s.frameMs).length,
    of: steps.filter((s) => s.frameMs !== null).length,
  },
  totalMs: steps.reduce((a, s) => a + s.ms, 0),
  totalPlannedMs: Math.round(steps.reduce((a, s) => a + (s.plannedCameraMs ?? 0), 0)),
});

const TRACE_CATEGORIES = ['toplevel', '__metadata', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];
const MAIN_EVENTS = new Set([
  'FunctionCall',
  'FireAnimationFrame',
  'TimerFire',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'RunMicrotasks',
  'v8.run',
  'MajorGC',
  'MinorGC',
  'V8.GC_MC_BACKGROUND_MARKING',
]);

/** Thread time per thread (top-level tasks' `tdur`) and the main thread's work by event. */
export function cpuOfTrace(events: TraceEvent[]): DirectionCpu {
  const names = new Map<string, string>();
  const procs = new Map<number, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
    if (e.ph === 'M' && e.name === 'process_name' && e.args?.name) procs.set(e.pid, e.args.name);
  }
  const task = events.some((e) => e.name === 'ThreadControllerImpl::RunTask') ? 'ThreadControllerImpl::RunTask' : 'RunTask';
  const per = new Map<string, { cpu: number; wall: number }>();
  for (const e of events as (TraceEvent & { tdur?: number })[]) {
    if (e.ph !== 'X' || e.name !== task) continue;
    const k = `${e.pid}:${e.tid}`;
    const t = per.get(k) ?? { cpu: 0, wall: 0 };
    t.cpu += (e.tdur ?? e.dur ?? 0) / 1000;
    t.wall += (e.dur ?? 0) / 1000;
    per.set(k, t);
  }
  const main = [...names].find(([k, n]) => n === 'CrRendererMain' && per.has(k))?.[0];
  const byEvent = new Map<string, { cpu: number; count: number }>();
  for (const e of events as (TraceEvent & { tdur?: number })[]) {
    if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== main || !MAIN_EVENTS.has(e.name)) continue;
    const b = byEvent.get(e.name) ?? { cpu: 0, count: 0 };
    b.cpu += (e.tdur ?? e.dur ?? 0) / 1000;
    b.count++;
    byEvent.set(e.name, b);
  }
  return {
    threads: [...per]
      .filter(([, t]) => t.wall >= 20)
      .sort((a, b) => b[1].cpu - a[1].cpu)
      .slice(0, 8)
      .map(([k, t]) => ({
        thread: `${procs.get(Number(k.split(':')[0])) ?? 'process'} / ${names.get(k) ?? k}`,
        cpuMs: Math.round(t.cpu),
        wallMs: Math.round(t.wall),
      })),
    main: [...byEvent].sort((a, b) => b[1].cpu - a[1].cpu).map(([event, b]) => ({ event, cpuMs: Math.round(b.cpu), count: b.count })),
  };
}

type Order = { key: TourStep['key']; from: number; to: number }[];

function orders(n: number): { forward: Order; back: Order } {
  const forward: Order = [];
  const back: Order = [];
  for (let i = 1; i < n; i++) forward.push({ key: 'ArrowRight', from: i - 1, to: i });
  for (let i = n - 2; i >= 0; i--) back.push({ key: 'ArrowLeft', from: i + 1, to: i });
  return { forward, back };
}

async function walkSteps(
  page: Page,
  tour: { scenes: string[] },
  order: Order,
  start: View | null,
  span: number,
  limit: number,
): Promise<{ steps: TourStep[]; end: View | null }> {
  const steps: TourStep[] = [];
  let before = start;
  for (const o of order) {
    const t = await timeStep(page, o.key, tour.scenes[o.to]!, limit);
    const planned = before && t.view ? flyToMs(before, t.view, span) : null;
    steps.push({
      key: o.key,
      from: tour.scenes[o.from]!,
      to: tour.scenes[o.to]!,
      plannedCameraMs: planned === null ? null : Math.round(planned),
      ...t,
    });
    before = t.view;
  }
  return { steps, end: before };
}

/**
 * Walks the tour at `appUrl` (the app's own data) forward to its last scene and back to its
 * first, timing each step; then walks it again under a Chromium trace, one trace per direction,
 * for the CPU time each direction costs (thread time is far less skewed by a busy machine than
 * wall time).
 */
export async function tourWalk(
  browser: Browser,
  appUrl: string,
  tour: { id: string; scenes: string[] },
  opts: { trace: boolean; limit?: number } = { trace: true },
): Promise<TourWalk> {
  const limit = opts.limit ?? 60_000;
  const walk: TourWalk = {
    url: appUrl,
    tour: tour.id,
    scenes: tour.scenes,
    span: null,
    steps: [],
    forward: direction([]),
    back: direction([]),
    cpu: null,
    machineBefore: null,
    errors: [],
  };
  if (tour.scenes.length < 2) {
    walk.errors.push(`the tour ${tour.id} has ${tour.scenes.length} scene(s): nothing to step through`);
    return walk;
  }
  const { forward, back } = orders(tour.scenes.length);
  walk.machineBefore = await awaitQuiet();
  let p = await newPage(browser);
  try {
    const { view, span } = await openTour(p.page, appUrl, tour.id, tour.scenes[0]!, limit);
    walk.span = span;
    const f = await walkSteps(p.page, tour, forward, view, span, limit);
    const b = await walkSteps(p.page, tour, back, f.end, span, limit);
    walk.steps = [...f.steps, ...b.steps];
    if (opts.trace) {
      walk.errors.push(...p.errors);
      await p.ctx.close();
      p = await newPage(browser);
      const again = await openTour(p.page, appUrl, tour.id, tour.scenes[0]!, limit);
      const traced = async (order: Order, start: View | null) => {
        await browser.startTracing(p.page, { categories: TRACE_CATEGORIES });
        const r = await walkSteps(p.page, tour, order, start, span, limit);
        const buf = await browser.stopTracing();
        const trace = JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
        return { cpu: cpuOfTrace(Array.isArray(trace) ? trace : trace.traceEvents), end: r.end };
      };
      const tf = await traced(forward, again.view);
      const tb = await traced(back, tf.end);
      walk.cpu = { forward: tf.cpu, back: tb.cpu };
    }
  } catch (e) {
    walk.errors.push((e as Error).message.split('\n')[0] ?? '');
  } finally {
    walk.errors.push(...p.errors);
    await p.ctx.close();
  }
  walk.forward = direction(walk.steps.filter((s) => s.key === 'ArrowRight'));
  walk.back = direction(walk.steps.filter((s) => s.key === 'ArrowLeft'));
  const line = (name: string, d: Direction) =>
    `    ${name}: key → idle median ${d.ms.median ?? '–'} ms (sum ${d.totalMs} ms over ${d.ms.n} steps); MapLibre's flight median ${d.plannedCameraMs.median ?? '–'} ms (sum ${d.totalPlannedMs} ms); key → scene state ${d.stateMs.median ?? '–'} ms`;
  log(line('forward (→)', walk.forward));
  log(line('back (←)', walk.back));
  if (walk.cpu) {
    const cpu = (d: DirectionCpu) =>
      d.threads
        .slice(0, 4)
        .map((t) => `${t.thread.replace(/^.* \/ /, '')} ${t.cpuMs}`)
        .join(', ');
    log(`    CPU ms per thread (traced walk): forward ${cpu(walk.cpu.forward)}; back ${cpu(walk.cpu.back)}`);
  }
  for (const e of walk.errors) log(`    ✗ ${e}`);
  return walk;
}
