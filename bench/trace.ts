/**
 * Chromium trace summaries for the bench's --profile: busy time per thread and the hottest
 * functions per thread (main thread, workers, GPU process).
 *
 *   npx tsx bench/trace.ts bench-results/profiles/ours-100000-filter.trace.json   (re-summarise a saved trace)
 *
 * The saved .trace.json files also open in Chrome DevTools (Performance → Load profile) or
 * https://ui.perfetto.dev for the full picture.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number };
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  cat?: string;
  args?: {
    name?: string;
    data?: { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
  };
}

export interface ThreadProfile {
  thread: string;
  busyMs: number;
  top: { fn: string; ms: number }[];
}

/**
 * Summarises a Chromium trace: busy time of each thread (top-level tasks) and, from the V8
 * sampling profiler in the trace, the functions with the most self time on each busy thread.
 * Unlike a CDP profile of the page, this covers the workers (data loading, MapLibre tiling)
 * and the GPU process (SwiftShader rasterisation) too.
 */
export function summariseTrace(events: TraceEvent[], topN = 12): ThreadProfile[] {
  const names = new Map<string, string>();
  const procs = new Map<number, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
    if (e.ph === 'M' && e.name === 'process_name' && e.args?.name) procs.set(e.pid, e.args.name);
  }
  const busy = new Map<string, number>();
  // top-level tasks: 'ThreadControllerImpl::RunTask' wraps 'RunTask' where both exist
  const task = events.some((e) => e.name === 'ThreadControllerImpl::RunTask') ? 'ThreadControllerImpl::RunTask' : 'RunTask';
  for (const e of events) {
    if (e.ph === 'X' && e.dur && e.name === task) {
      const k = `${e.pid}:${e.tid}`;
      busy.set(k, (busy.get(k) ?? 0) + e.dur / 1000);
    }
  }
  // V8 sampling profiles: one per thread ('Profile' names the thread), split in chunks
  const profileThread = new Map<string, string>();
  for (const e of events) if (e.name === 'Profile' && e.id) profileThread.set(`${e.pid}:${e.id}`, `${e.pid}:${e.tid}`);
  const profiles = new Map<string, { key: string; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const pk = `${e.pid}:${e.id}`;
    let p = profiles.get(pk);
    if (!p) profiles.set(pk, (p = { key: profileThread.get(pk) ?? `${e.pid}:${e.tid}`, nodes: new Map(), samples: [], deltas: [] }));
    for (const n of e.args?.data?.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(e.args?.data?.cpuProfile?.samples ?? []));
    p.deltas.push(...(e.args?.data?.timeDeltas ?? []));
  }
  const tops = new Map<string, { fn: string; ms: number }[]>();
  for (const p of profiles.values()) {
    const self = new Map<string, number>();
    p.samples.forEach((id, i) => {
      const n = p.nodes.get(id);
      if (!n) return;
      const { functionName, url, lineNumber } = n.callFrame;
      if (functionName === '(idle)' || functionName === '(root)' || functionName === '(program)') return;
      const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${(lineNumber ?? 0) + 1}` : ''}`.trim();
      self.set(key, (self.get(key) ?? 0) + (p.deltas[i] ?? 0) / 1000);
    });
    const list = [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, topN)
      .map(([fn, ms]) => ({ fn, ms: Math.round(ms) }));
    tops.set(p.key, [...(tops.get(p.key) ?? []), ...list]);
  }
  return [...busy]
    .filter(([, ms]) => ms >= 20)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, ms]) => ({
      thread: `${procs.get(Number(k.split(':')[0])) ?? 'process'} / ${names.get(k) ?? k}`,
      busyMs: Math.round(ms),
      top: tops.get(k) ?? [],
    }));
}

if (process.argv[1] && basename(process.argv[1]).startsWith('trace') && process.argv[2]) {
  const trace = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  for (const t of summariseTrace(Array.isArray(trace) ? trace : trace.traceEvents, 15)) {
    console.log(`${String(t.busyMs).padStart(7)} ms busy  ${t.thread}`);
    for (const x of t.top) console.log(`      ${String(x.ms).padStart(6)} ms  ${x.fn}`);
  }
}
