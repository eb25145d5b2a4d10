/** What a run records, and what the bench pages expose on window (bench/probe.js, the peers). */
import type { PeerHooks } from '../../bench/shared.ts';
import type { Stat } from './util.ts';

/** 'ours-tiles': the app with data/manifest.json naming tiles built by scripts/build-tiles.ts. */
export type AppKind = 'ours' | 'ours-tiles' | 'leaflet' | 'tiles' | 'control';
export const isOurs = (a: AppKind): boolean => a === 'ours' || a === 'ours-tiles';

export interface RunResult {
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

export interface BundleSize {
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

export interface Target {
  id: string;
  lon: number;
  lat: number;
}

export interface BenchProbe {
  longTasks: [number, number][];
  marks: { mapElement?: number };
  firstIdle: Promise<number> | null;
  clickT0: number | null;
  frame(): Promise<number>;
  ours(): { app: HTMLElement; map: HTMLElement } | null;
  ourMapElement(): unknown;
  panelItem(): { id: string; name: string } | null;
  /** The panel watch armClick started: the first frame showing an item's panel, or null after its timeout. */
  waitPanel(): Promise<{ t: number; id: string; name: string } | null>;
  armClick(timeout?: number): void;
  /** Resolves (with the ms it waited) once frames come at the display's rate again: the GPU has drawn what was asked. */
  settle(timeout?: number): Promise<number>;
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
