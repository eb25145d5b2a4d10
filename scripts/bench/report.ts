/** The printed table, ratios and budgets (also re-printed from a results file with --report). */
import type { RealData } from './real-data.ts';
import type { TilesRun } from './tiles.ts';
import type { DirectionCpu, TourWalk } from './tour.ts';
import { type AppKind, type BundleSize, type RunResult, isOurs } from './types.ts';
import { log } from './util.ts';

export const fmt = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? '–' : v.toFixed(digits));
export const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? (a / b).toFixed(2) : '–');

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const left = (i: number) => i < 2;
  const line = (r: string[]) => `| ${r.map((c, i) => (left(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [
    line(rows[0]!),
    `|${widths.map((w, i) => (left(i) ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

export interface Budget {
  name: string;
  limit: string;
  value: string;
  pass: boolean | null;
}

export interface ReportInput {
  runs: RunResult[];
  tiles: TilesRun | null;
  bundle: { ours: BundleSize; leaflet: BundleSize };
  sizes: number[];
}

/** Filter medians per direction: narrowing (all → one category) and widening (one → all). */
export function filterDirs(r: RunResult): { narrow: number | null; widen: number | null; worst: number | null } {
  const narrow = r.filter.narrow ?? null;
  const widen = r.filter.widen ?? null;
  const worst = narrow === null && widen === null ? r.filter.median : Math.max(narrow ?? 0, widen ?? 0);
  return { narrow, widen, worst };
}

/** Prints the table, sizes and budgets; returns the budgets. */
export function report({ runs, tiles, bundle: { ours: bundle, leaflet: leafletBundle }, sizes }: ReportInput): Budget[] {
  const rows: string[][] = [
    [
      'features',
      'page',
      'first render ms',
      'filter ms narrow / widen',
      'click→panel ms',
      'flight frame median / p95 ms',
      'JS heap MB',
      'RSS MB',
    ],
  ];
  const pair = (a: number | null | undefined, b: number | null | undefined, d = 0) => `${fmt(a, d)} / ${fmt(b, d)}`;
  const line = (label: string, r: RunResult) => {
    const f = filterDirs(r);
    return [
      label,
      r.app === 'ours'
        ? 'senkon-atlas'
        : r.app === 'ours-tiles'
          ? 'senkon-atlas, tiles'
          : r.app === 'leaflet'
            ? 'Leaflet canvas'
            : r.app === 'control'
              ? 'MapLibre minimal, GeoJSON'
              : 'MapLibre minimal, vector tiles',
      fmt(r.firstRender.median),
      f.narrow === null && f.widen === null ? fmt(r.filter.median) : pair(f.narrow, f.widen),
      fmt(r.click.median),
      r.flight.frames ? pair(r.flight.frames.median, r.flight.frames.p95, 1) : '–',
      fmt(r.heapAfterLoadMB),
      fmt(r.rssAfterLoadMB),
    ];
  };
  for (const n of sizes) {
    const l = runs.find((r) => r.size === n && r.app === 'leaflet');
    const c = runs.find((r) => r.size === n && r.app === 'control');
    for (const o of runs.filter((r) => r.size === n && isOurs(r.app))) {
      rows.push(line(n.toLocaleString('en'), o));
      if (o && l) {
        const fo = filterDirs(o);
        const fl = filterDirs(l);
        rows.push([
          '',
          'ratio ours / Leaflet',
          ratio(o.firstRender.median, l.firstRender.median),
          `${ratio(fo.narrow, fl.narrow)} / ${ratio(fo.widen, fl.widen)}`,
          ratio(o.click.median, l.click.median),
          o.flight.frames && l.flight.frames
            ? `${ratio(o.flight.frames.median, l.flight.frames.median)} / ${ratio(o.flight.frames.p95, l.flight.frames.p95)}`
            : '–',
          ratio(o.heapAfterLoadMB, l.heapAfterLoadMB),
          ratio(o.rssAfterLoadMB, l.rssAfterLoadMB),
        ]);
      }
    }
    const o = runs.find((r) => r.size === n && r.app === 'ours');
    if (o && c) {
      const fo = filterDirs(o);
      const fc = filterDirs(c);
      rows.push([
        '',
        'ratio ours / control',
        ratio(o.firstRender.median, c.firstRender.median),
        `${ratio(fo.narrow, fc.narrow)} / ${ratio(fo.widen, fc.widen)}`,
        ratio(o.click.median, c.click.median),
        o.flight.frames && c.flight.frames
          ? `${ratio(o.flight.frames.median, c.flight.frames.median)} / ${ratio(o.flight.frames.p95, c.flight.frames.p95)}`
          : '–',
        ratio(o.heapAfterLoadMB, c.heapAfterLoadMB),
        ratio(o.rssAfterLoadMB, c.rssAfterLoadMB),
      ]);
    }
    if (l) rows.push(line(n.toLocaleString('en'), l));
    if (c) rows.push(line(n.toLocaleString('en'), c));
  }
  if (tiles?.run) rows.push(line(`${tiles.n.toLocaleString('en')} (tiles)`, tiles.run));
  log(`\n${table(rows)}`);
  if (bundle.loaded)
    log(
      `\nJS+CSS fetched before the first full render (gzip, zlib level 6): ours ${(bundle.loaded.totalGzip / 1024).toFixed(1)} KB + workers ${(bundle.loaded.workersGzip / 1024).toFixed(1)} KB` +
        `${leafletBundle.loaded ? `; Leaflet page ${(leafletBundle.loaded.totalGzip / 1024).toFixed(1)} KB` : ''}`,
    );
  log(
    `${bundle.loaded ? '' : '\n'}referenced by index.html (gzip): ours ${(bundle.totalGzip / 1024).toFixed(1)} KB (JS ${(bundle.jsGzip / 1024).toFixed(1)}, CSS ${(bundle.cssGzip / 1024).toFixed(1)})` +
      `${(bundle.workers ?? []).map((w) => ` + ${w.file.replace(/^assets\//, '')} ${(w.gzip / 1024).toFixed(1)} KB`).join('')}; Leaflet page ${(leafletBundle.totalGzip / 1024).toFixed(1)} KB`,
  );
  if (tiles) {
    const b = tiles.build;
    log(
      `tiles (${tiles.n.toLocaleString('en')} features): ${b.tiles.toLocaleString('en')} tiles z${b.minzoom}–${b.maxzoom}, ${(b.bytes / 1e6).toFixed(0)} MB on disk (≈ ${(b.gzipBytes / 1e6).toFixed(0)} MB if served gzip), largest tile ${(b.maxTileBytes / 1024).toFixed(0)} KB; ` +
        `built in ${(b.totalMs / 1000).toFixed(0)} s${b.cached ? ' (cached result)' : ''} (+ ${(tiles.generateMs / 1000).toFixed(0)} s generating the GeoJSON)`,
    );
  }

  // budgets (at 100k, if measured)
  const budgets: Budget[] = [];
  const at = (n: number, app: AppKind) => runs.find((r) => r.size === n && r.app === app);
  // The app as configured for large data (tiles) when it was measured, else on GeoJSON.
  const o100 = at(100_000, 'ours-tiles') ?? at(100_000, 'ours');
  const l100 = at(100_000, 'leaflet');
  const check = (name: string, limit: string, value: number | null | undefined, max: number, unit = 'ms') =>
    budgets.push({
      name,
      limit,
      value: value === null || value === undefined ? 'not measured' : `${value.toFixed(0)} ${unit}`,
      pass: value === null || value === undefined ? false : value <= max,
    });
  if (o100) {
    const f = filterDirs(o100);
    const how = o100.app === 'ours-tiles' ? ' [app on tiles]' : ' [app on GeoJSON]';
    budgets.push({
      name: `100k: filter change drawn (median, each direction)${how}`,
      limit: '≤ 150 ms',
      value: f.worst === null ? 'not measured' : `narrow ${fmt(f.narrow)} ms / widen ${fmt(f.widen)} ms`,
      pass: f.worst !== null && f.worst <= 150,
    });
    check(`100k: click → panel (median)${how}`, '≤ 100 ms', o100.click.median, 100);
    check(`100k: first full render (median)${how}`, '≤ 4000 ms', o100.firstRender.median, 4000);
    if (l100) {
      const fo = filterDirs(o100);
      const fl = filterDirs(l100);
      const sn = fo.narrow && fl.narrow ? fl.narrow / fo.narrow : null;
      const sw = fo.widen && fl.widen ? fl.widen / fo.widen : null;
      budgets.push({
        name: `100k: filter change vs Leaflet (each direction)${how}`,
        limit: '≥ 5× faster',
        value: sn === null || sw === null ? 'not measured' : `narrow ${sn.toFixed(2)}× / widen ${sw.toFixed(2)}× as fast`,
        pass: sn !== null && sw !== null && Math.min(sn, sw) >= 5,
      });
    }
  }
  // Budget on what the page fetched before its first full render (index.html's references plus
  // chunks imported at start-up); worker scripts are reported beside it.
  check(
    bundle.loaded
      ? 'initial JS+CSS (gzip; fetched before first render, workers excluded)'
      : 'initial JS+CSS (gzip; referenced by index.html)',
    '≤ 350 KB',
    (bundle.loaded?.totalGzip ?? bundle.totalGzip) / 1024,
    350,
    'KB',
  );
  log('\nbudgets:');
  for (const b of budgets) log(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.value} (budget ${b.limit})`);
  const problems = [...runs, ...(tiles?.run ? [tiles.run] : [])].filter((r) => r.errors.length);
  for (const r of problems) log(`  note: ${r.app} at ${r.size}: ${r.errors.join('; ')}`);
  return budgets;
}

/** The real-data case: the app, the control and Leaflet on the build's own data, with ratios. */
export function reportRealData(real: RealData): void {
  const ours = real.runs.find((r) => r.app === 'ours');
  const control = real.runs.find((r) => r.app === 'control');
  const leaflet = real.runs.find((r) => r.app === 'leaflet');
  const rows: string[][] = [['data', 'page', 'first render ms', 'filter ms narrow / widen', 'click→panel ms', 'JS heap MB', 'RSS MB']];
  const label = `${real.items} items, ${real.located} located`;
  const pageName = (r: RunResult) =>
    r.app === 'ours' ? 'senkon-atlas' : r.app === 'control' ? 'MapLibre minimal, GeoJSON' : 'Leaflet canvas';
  const row = (r: RunResult) => {
    const f = filterDirs(r);
    return [
      label,
      pageName(r),
      fmt(r.firstRender.median),
      `${fmt(f.narrow)} / ${fmt(f.widen)}`,
      fmt(r.click.median),
      fmt(r.heapAfterLoadMB, 1),
      fmt(r.rssAfterLoadMB),
    ];
  };
  const ratios = (name: string, a: RunResult, b: RunResult) => {
    const fa = filterDirs(a);
    const fb = filterDirs(b);
    return [
      '',
      name,
      ratio(a.firstRender.median, b.firstRender.median),
      `${ratio(fa.narrow, fb.narrow)} / ${ratio(fa.widen, fb.widen)}`,
      ratio(a.click.median, b.click.median),
      ratio(a.heapAfterLoadMB, b.heapAfterLoadMB),
      ratio(a.rssAfterLoadMB, b.rssAfterLoadMB),
    ];
  };
  for (const r of [ours, control, leaflet]) if (r) rows.push(row(r));
  if (ours && control) rows.push(ratios('ratio ours / control', ours, control));
  if (ours && leaflet) rows.push(ratios('ratio ours / Leaflet', ours, leaflet));
  log(`\nreal data (the build's own):\n${table(rows)}`);
  for (const r of real.runs.filter((x) => x.errors.length)) log(`  note: ${r.app} on real data: ${r.errors.join('; ')}`);
}

/** The tour walk: forward against back, and each pair of scenes both ways. */
export function reportTour(walk: TourWalk): void {
  const rows: string[][] = [
    [
      'direction',
      'steps',
      'key→idle median ms',
      'key→idle sum ms',
      "MapLibre's flight median ms",
      'flight sum ms',
      'key→idle − flight median ms',
      'frame median ms',
      'steps ≤ flight + 2 frames',
      'key→scene state median ms',
      'long tasks median ms',
      'main-thread CPU ms (traced)',
    ],
  ];
  const main = (d: DirectionCpu | undefined) => fmt(d?.threads.find((t) => /CrRendererMain/.test(t.thread))?.cpuMs);
  for (const [name, d, cpu] of [
    ['forward (→)', walk.forward, walk.cpu?.forward],
    ['back (←)', walk.back, walk.cpu?.back],
  ] as const)
    rows.push([
      name,
      String(d.ms.n),
      fmt(d.ms.median),
      String(d.totalMs),
      fmt(d.plannedCameraMs.median),
      String(d.totalPlannedMs),
      fmt(d.overFlightMs?.median),
      fmt(d.frameMs?.median),
      d.withinTwoFrames ? `${d.withinTwoFrames.n} / ${d.withinTwoFrames.of}` : '–',
      fmt(d.stateMs.median),
      fmt(d.blockingMs.median),
      main(cpu),
    ]);
  rows.push([
    '',
    'ratio back / forward',
    ratio(walk.back.ms.median, walk.forward.ms.median),
    ratio(walk.back.totalMs, walk.forward.totalMs),
    ratio(walk.back.plannedCameraMs.median, walk.forward.plannedCameraMs.median),
    ratio(walk.back.totalPlannedMs, walk.forward.totalPlannedMs),
    '',
    '',
    '',
    ratio(walk.back.stateMs.median, walk.forward.stateMs.median),
    '',
    ratio(Number(main(walk.cpu?.back)), Number(main(walk.cpu?.forward))),
  ]);
  log(`\ntour walk (${walk.tour}, ${walk.scenes.length} scenes, canvas ${walk.span ?? '–'} px wide):\n${table(rows)}`);
  const pairs: string[][] = [['scenes', '', 'flight ms', '→ key→idle ms', '← key→idle ms']];
  for (const f of walk.steps.filter((s) => s.key === 'ArrowRight')) {
    const b = walk.steps.find((s) => s.key === 'ArrowLeft' && s.from === f.to && s.to === f.from);
    pairs.push([`${f.from} ⇄ ${f.to}`, '', fmt(f.plannedCameraMs), String(f.ms), b ? String(b.ms) : '–']);
  }
  log(table(pairs));
  for (const e of walk.errors) log(`  note: tour walk: ${e}`);
}
