import type { Kpi, KpiObservation, SplitValue } from './types.ts';
import type { KpiStatus, Split } from './vocabulary.ts';

export type { KpiStatus, Split };
export const SPLITS: readonly Split[] = ['total', 'kushiro', 'nemuro'];

/** A value the document gives for a split, or null when it prints none. */
export function valueOf(v: SplitValue | undefined, split: Split): number | null {
  const x = v?.[split];
  return typeof x === 'number' ? x : null;
}

/** The splits a KPI has any figure for, total first. */
export function splitsOf(kpi: Kpi): Split[] {
  const rows: SplitValue[] = [kpi.base, kpi.target, ...kpi.observations];
  return SPLITS.filter((s) => rows.some((r) => valueOf(r, s) !== null));
}

/** The newest observation that has a value for the split. */
export function latest(kpi: Kpi, split: Split): KpiObservation | null {
  let best: KpiObservation | null = null;
  for (const o of kpi.observations) if (valueOf(o, split) !== null && (!best || o.year > best.year)) best = o;
  return best;
}

/**
 * Progress as the documents compute it: value ÷ target, in percent. A KPI meant to go down
 * (direction 'decrease') is target ÷ value. Null where either is missing or the divisor is 0.
 */
export function progress(kpi: Kpi, value: number | null, split: Split): number | null {
  const target = valueOf(kpi.target, split);
  if (value === null || target === null) return null;
  const [num, den] = kpi.direction === 'decrease' ? [target, value] : [value, target];
  return den === 0 ? null : (num / den) * 100;
}

/**
 * Whether a printed figure is the exact one rounded or truncated to the digits it prints
 * (the tables do both): 87.6 → "88", "87" or "87.6" pass; "86" or "89" do not.
 */
export function isRoundingOf(printed: number, exact: number): boolean {
  const scale = 10 ** (String(printed).split('.')[1] ?? '').length;
  const candidates = [Math.round(exact * scale), Math.floor(exact * scale + 1e-9)];
  return candidates.some((c) => Math.abs(c - printed * scale) < 1e-6);
}

export interface Discrepancy {
  kind: 'progress' | 'sum';
  year: number;
  split: Split;
  printed: number;
  computed: number;
}

/** Printed progress that differs from value ÷ target by more than rounding, and splits that do not add up. */
export function discrepancies(kpi: Kpi): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const o of kpi.observations) {
    for (const split of SPLITS) {
      const printed = valueOf(o.printed_progress, split);
      const computed = progress(kpi, valueOf(o, split), split);
      if (printed !== null && computed !== null && !isRoundingOf(printed, computed)) {
        out.push({ kind: 'progress', year: o.year, split, printed, computed });
      }
    }
  }
  if (kpi.aggregation === 'sum') {
    const rows: (SplitValue & { year: number })[] = [kpi.base, ...kpi.observations];
    for (const r of rows) {
      const [t, k, n] = [valueOf(r, 'total'), valueOf(r, 'kushiro'), valueOf(r, 'nemuro')];
      if (t !== null && k !== null && n !== null && Math.abs(k + n - t) > 1e-9 * Math.max(1, Math.abs(t))) {
        out.push({ kind: 'sum', year: r.year, split: 'total', printed: t, computed: k + n });
      }
    }
  }
  return out;
}

/**
 * Status rule: achieved when progress ≥ 100 %; on track when progress ≥ the share of the
 * period elapsed (base year → target year, linear); otherwise behind. Cumulative-span
 * targets use the span's years as the period.
 */
export function status(kpi: Kpi, split: Split): KpiStatus {
  const obs = latest(kpi, split);
  const p = progress(kpi, obs ? valueOf(obs, split) : null, split);
  if (!obs || p === null) return 'unknown';
  if (p >= 100) return 'achieved';
  const [from, to] = kpi.target.span ?? [kpi.base.year, kpi.target.year ?? kpi.base.year];
  const start = kpi.target.span ? from - 1 : from;
  const share = to > start ? Math.min(1, Math.max(0, (obs.year - start) / (to - start))) : 1;
  return p >= share * 100 ? 'on-track' : 'behind';
}
