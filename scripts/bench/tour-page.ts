/** The tour walk's page side: open the app on a tour scene, press one key, time it to idle. */
import type { Page } from '@playwright/test';
import { withTimeout } from './util.ts';

import type { View } from './camera.ts';

export type { View };

export interface StepTiming {
  /** keydown (its event time stamp) → the map's next idle. */
  ms: number;
  /** keydown → the scene's state in the app (the key handled, the app updated). */
  stateMs: number;
  /** First to last animation frame in which the camera moved (null: no frame showed it moving). */
  cameraMs: number | null;
  /** The camera's last moving frame → idle. */
  afterCameraMs: number | null;
  /** Animation frames between the key and idle. */
  frames: number;
  /**
   * Median interval between animation frames from the last frame before the key to idle: what
   * "a frame" costs in this step on this machine (software GL: 50–200 ms while tiles load), the
   * unit of the tour's target (a step costs the camera's animation plus two frames).
   */
  frameMs: number | null;
  /** Main-thread long tasks (≥ 50 ms) between the key and idle. */
  blockingMs: number;
  longestTaskMs: number;
  /** The camera at idle (the app's state.view). */
  view: View | null;
}

/** A fixed place whose screen position and the zoom tell whether the camera moved in a frame. */
const ANCHOR: [number, number] = [144.6, 43.4];

/**
 * Opens the app on the tour's first scene and waits until it is framed and drawn; returns the
 * camera there and the canvas size (MapLibre's flight duration depends on it).
 */
export async function openTour(
  page: Page,
  appUrl: string,
  tour: string,
  first: string,
  limit: number,
): Promise<{ view: View | null; span: number }> {
  await page.goto(`${appUrl}?tour=${encodeURIComponent(tour)}&scene=${encodeURIComponent(first)}`, { waitUntil: 'commit', timeout: limit });
  return withTimeout(
    page.evaluate(async (scene) => {
      const B = window.__bench;
      while (!B.firstIdle) await B.frame();
      await B.firstIdle;
      const o = B.ours()!;
      const app = o.app as unknown as {
        atlas?: unknown;
        state: { tour: { scene: string } | null; view: View | null };
        updateComplete: Promise<unknown>;
        hasAttribute(a: string): boolean;
      };
      // the data and the tour file are in, the scene is on, the projector theme applied
      while (!app.atlas || app.state.tour?.scene !== scene || !app.hasAttribute('projector')) await B.frame();
      await app.updateComplete;
      await (o.map as unknown as { whenIdle(): Promise<void> }).whenIdle();
      const box = o.map.getBoundingClientRect();
      return { view: app.state.view, span: Math.max(box.width, box.height) };
    }, first),
    limit,
    'tour loaded',
  );
}

/** Presses `key` (a real key event) and times the app from it to the scene `to` drawn and idle. */
export async function timeStep(page: Page, key: string, to: string, limit: number): Promise<StepTiming> {
  await page.evaluate((anchor) => {
    const B = window.__bench as typeof window.__bench & { tourProbe?: unknown };
    const map = B.ours()!.map as unknown as { measure(l: [number, number]): { x: number; y: number; zoom: number } | null };
    const probe = { keyT0: null as number | null, frames: [] as [number, boolean][], on: true };
    // The tour's own listener (window, capture) stops propagation, but not other listeners on window.
    addEventListener('keydown', (e) => (probe.keyT0 = e.timeStamp), { capture: true, once: true });
    let last = '';
    const tick = (t: number) => {
      const m = map.measure(anchor);
      const now = m ? `${m.x.toFixed(2)},${m.y.toFixed(2)},${m.zoom.toFixed(4)}` : '';
      probe.frames.push([t, last !== '' && now !== last]);
      last = now;
      if (probe.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    B.tourProbe = probe;
  }, ANCHOR);
  await page.keyboard.press(key);
  const r = await withTimeout(
    page.evaluate(async (scene) => {
      const B = window.__bench as typeof window.__bench & {
        tourProbe?: { keyT0: number | null; frames: [number, boolean][]; on: boolean };
      };
      const probe = B.tourProbe!;
      const ours = B.ours()!;
      const app = ours.app as unknown as { state: { tour: { scene: string } | null; view: View | null }; updateComplete: Promise<unknown> };
      const map = ours.map as unknown as { updateComplete: Promise<unknown>; whenIdle(): Promise<void> };
      while (app.state.tour?.scene !== scene) await B.frame();
      await app.updateComplete;
      const tState = performance.now();
      await map.updateComplete;
      await map.whenIdle();
      const t1 = performance.now();
      probe.on = false;
      const t0 = probe.keyT0 ?? tState;
      const moving = probe.frames.filter(([t, m]) => m && t >= t0 - 1).map(([t]) => t);
      const b = B.blocking(t0, t1);
      const frameInterval = (times: number[], from: number, to: number): number | null => {
        const before = times.filter((t) => t < from).pop();
        const inStep = times.filter((t) => t >= from && t <= to);
        const ts = before === undefined ? inStep : [before, ...inStep];
        const gaps = ts
          .slice(1)
          .map((t, i) => t - ts[i]!)
          .sort((x, y) => x - y);
        return gaps.length ? gaps[gaps.length >> 1]! : null;
      };
      const v = app.state.view;
      return {
        ms: t1 - t0,
        stateMs: tState - t0,
        cameraMs: moving.length ? moving[moving.length - 1]! - moving[0]! : null,
        afterCameraMs: moving.length ? t1 - moving[moving.length - 1]! : null,
        frames: probe.frames.filter(([t]) => t >= t0 && t <= t1).length,
        frameMs: frameInterval(
          probe.frames.map(([t]) => t),
          t0,
          t1,
        ),
        blockingMs: b.total,
        longestTaskMs: b.longest,
        view: v ? { center: v.center, zoom: v.zoom } : null,
      };
    }, to),
    limit,
    `tour step to ${to}`,
  );
  const round = (v: number | null) => (v === null ? null : Math.round(v));
  return {
    ...r,
    ms: Math.round(r.ms),
    stateMs: Math.round(r.stateMs),
    cameraMs: round(r.cameraMs),
    afterCameraMs: round(r.afterCameraMs),
    frameMs: round(r.frameMs),
    blockingMs: Math.round(r.blockingMs),
    longestTaskMs: Math.round(r.longestTaskMs),
    view: r.view
      ? {
          center: [Math.round(r.view.center[0] * 1e4) / 1e4, Math.round(r.view.center[1] * 1e4) / 1e4],
          zoom: Math.round(r.view.zoom * 1e3) / 1e3,
        }
      : null,
  };
}
