/**
 * KPI views: what the KPI chart, its data table and the goal overview show, computed from the
 * data with no DOM (the activity list's view is activities.ts). The maths (progress, discrepancies, status) is kpi.ts;
 * this module arranges it into rows and explains it in words.
 */
import { shortEra, yearLabel } from './era.ts';
import { type Bilingual, label } from './i18n.ts';
import { formatPercent, formatValue } from './numbers.ts';
import { type Discrepancy, type KpiStatus, type Split, discrepancies, latest, progress, splitsOf, status, valueOf } from './kpi.ts';
import type { Generation, Goal, Kpi, KpiObservation, Lang, LegacyProject, Project, SplitValue } from './types.ts';

export type LegacyGeneration = Exclude<Generation, 'vision'>;

// ---------------------------------------------------------------- labels

/** A symbol per status, so that the status never rests on colour alone. */
export const STATUS_ICON: Record<KpiStatus, string> = {
  achieved: '✓',
  'on-track': '↗',
  behind: '▼',
  unknown: '–',
};

/** The plan generations, oldest first: the columns of the goal overview. */
export const GENERATIONS: readonly Generation[] = ['h28-policy', 'policy-unit', 'r3-policy', 'vision'];
export const LEGACY_GENERATIONS: readonly LegacyGeneration[] = ['h28-policy', 'policy-unit', 'r3-policy'];

// ---------------------------------------------------------------- numbers and years

/** "H28〜R2累計（2016–2020）" / "FY2016–FY2020 cumulative (H28–R2)". */
export function spanLabel(span: [number, number], lang: Lang): string {
  const [a, b] = span;
  return lang === 'ja' ? `${shortEra(a)}〜${shortEra(b)}累計（${a}–${b}）` : `FY${a}–FY${b} cumulative (${shortEra(a)}–${shortEra(b)})`;
}

/** The target's year or span in words. */
export function targetWhen(kpi: Kpi, lang: Lang): string {
  if (kpi.target.span) return spanLabel(kpi.target.span, lang);
  return kpi.target.year !== undefined ? yearLabel(kpi.target.year, lang) : '';
}

// ---------------------------------------------------------------- chart series

export interface ChartPoint {
  year: number;
  value: number;
  kind: 'base' | 'observation';
  /** A discrepancy note sits on this value (its printed progress, or its total). */
  slip: boolean;
}

export interface ChartTarget {
  value: number;
  /** The years the target line (or band) covers: base year → target year, or the cumulative span. */
  from: number;
  to: number;
  cumulative: boolean;
}

export interface ChartSeries {
  split: Split;
  points: ChartPoint[];
  target: ChartTarget | null;
}

/** One series per split the KPI has: base, every yearly value the document prints, and the target. */
export function chartSeries(kpi: Kpi): ChartSeries[] {
  const slips = discrepancies(kpi);
  return splitsOf(kpi).map((split) => {
    const points: ChartPoint[] = [];
    const base = valueOf(kpi.base, split);
    if (base !== null) points.push({ year: kpi.base.year, value: base, kind: 'base', slip: baseSlips(kpi, slips, split).length > 0 });
    for (const o of kpi.observations) {
      const v = valueOf(o, split);
      if (v !== null) points.push({ year: o.year, value: v, kind: 'observation', slip: rowSlips(o, slips, split).length > 0 });
    }
    return { split, points, target: chartTarget(kpi, split) };
  });
}

function chartTarget(kpi: Kpi, split: Split): ChartTarget | null {
  const value = valueOf(kpi.target, split);
  if (value === null) return null;
  if (kpi.target.span) return { value, from: kpi.target.span[0], to: kpi.target.span[1], cumulative: true };
  return { value, from: kpi.base.year, to: kpi.target.year ?? kpi.base.year, cumulative: false };
}

export interface ChartFrame {
  /** First and last fiscal year of the x axis. */
  years: [number, number];
  /** Years that get a label (those that carry a value or the target), and every year for the grid. */
  labelledYears: number[];
  /** y axis ticks, from 0 (or the lowest negative value) to a round maximum. */
  yTicks: number[];
}

/** The axes: every year from the earliest figure to the target, and round value ticks from 0. */
export function chartFrame(kpi: Kpi, series: readonly ChartSeries[]): ChartFrame {
  const years = new Set<number>();
  const values: number[] = [];
  for (const s of series) {
    for (const p of s.points) {
      years.add(p.year);
      values.push(p.value);
    }
    if (s.target) {
      years.add(s.target.from);
      years.add(s.target.to);
      values.push(s.target.value);
    }
  }
  if (kpi.target.year !== undefined) years.add(kpi.target.year);
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0] ?? kpi.base.year;
  const last = sorted.at(-1) ?? first;
  // A lone year still needs a width to draw in.
  const range: [number, number] = first === last ? [first - 1, last + 1] : [first, last];
  // Up to 8 years every year is labelled; a longer axis labels only the years that carry something.
  const labelledYears = range[1] - range[0] <= 7 ? yearsBetween(range) : sorted;
  return { years: range, labelledYears, yTicks: niceTicks(Math.min(0, ...values), Math.max(0, ...values)) };
}

function yearsBetween([a, b]: [number, number]): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** Round ticks (1, 2, 5 × 10ⁿ) covering [min, max] in about four steps; the axis starts at 0 so heights compare honestly. */
export function niceTicks(min: number, max: number): number[] {
  if (max <= min) return [min, min + 1];
  const raw = (max - min) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

// ---------------------------------------------------------------- data table

export interface TableCell {
  split: Split;
  value: number | null;
  /** value ÷ target, in percent (observations only; the documents print no progress for base or target). */
  computed: number | null;
  printed: number | null;
  /** Discrepancies on the value (a total that is not 釧路 + 根室). */
  valueSlips: Discrepancy[];
  /** Discrepancies on the printed progress (more than rounding off value ÷ target). */
  printedSlips: Discrepancy[];
}

export interface TableRow {
  kind: 'base' | 'observation' | 'target';
  /** Fiscal year (西暦); for a cumulative target, the span's last year. */
  year: number;
  span?: [number, number];
  label: Bilingual;
  /** The year label the document prints (《R2まで》, H26（基準値）…), verbatim. */
  printedLabel?: string;
  cells: TableCell[];
}

/** The text alternative of the chart: base, each year, target; per split its value, computed and printed progress, and notes. */
export function tableRows(kpi: Kpi): TableRow[] {
  const splits = splitsOf(kpi);
  const slips = discrepancies(kpi);
  const base: TableRow = {
    kind: 'base',
    year: kpi.base.year,
    label: { ja: `基準値 ${yearLabel(kpi.base.year, 'ja')}`, en: `Base ${yearLabel(kpi.base.year, 'en')}` },
    ...(kpi.base.year_label_ja ? { printedLabel: kpi.base.year_label_ja } : {}),
    cells: splits.map((split) => plainCell(kpi.base, split, baseSlips(kpi, slips, split))),
  };
  const observations: TableRow[] = kpi.observations.map((o) => ({
    kind: 'observation',
    year: o.year,
    label: { ja: yearLabel(o.year, 'ja'), en: yearLabel(o.year, 'en') },
    cells: splits.map((split) => observationCell(kpi, o, split, slips)),
  }));
  const target: TableRow = {
    kind: 'target',
    year: kpi.target.span?.[1] ?? kpi.target.year ?? kpi.base.year,
    ...(kpi.target.span ? { span: kpi.target.span } : {}),
    label: { ja: `目標 ${targetWhen(kpi, 'ja')}`, en: `Target ${targetWhen(kpi, 'en')}` },
    ...(kpi.target.label_ja ? { printedLabel: kpi.target.label_ja } : {}),
    cells: splits.map((split) => plainCell(kpi.target, split, [])),
  };
  return [base, ...observations, target];
}

function plainCell(v: SplitValue, split: Split, valueSlips: Discrepancy[]): TableCell {
  return { split, value: valueOf(v, split), computed: null, printed: null, valueSlips, printedSlips: [] };
}

function observationCell(kpi: Kpi, o: KpiObservation, split: Split, slips: Discrepancy[]): TableCell {
  const value = valueOf(o, split);
  const mine = rowSlips(o, slips, split);
  return {
    split,
    value,
    computed: progress(kpi, value, split),
    printed: valueOf(o.printed_progress, split),
    valueSlips: mine.filter((d) => d.kind === 'sum'),
    printedSlips: mine.filter((d) => d.kind === 'progress'),
  };
}

/**
 * The discrepancies of one observation row. A sum discrepancy names only its year, and the base
 * may share its year with an observation, so it is matched on the row's own total and 釧路 + 根室 too.
 */
function rowSlips(row: KpiObservation, slips: Discrepancy[], split: Split): Discrepancy[] {
  return slips.filter((d) => d.year === row.year && d.split === split && (d.kind === 'progress' || sumMatches(row, d)));
}

function baseSlips(kpi: Kpi, slips: Discrepancy[], split: Split): Discrepancy[] {
  return slips.filter((d) => d.kind === 'sum' && d.year === kpi.base.year && d.split === split && sumMatches(kpi.base, d));
}

function sumMatches(row: SplitValue, d: Discrepancy): boolean {
  const [t, k, n] = [valueOf(row, 'total'), valueOf(row, 'kushiro'), valueOf(row, 'nemuro')];
  return t === d.printed && k !== null && n !== null && k + n === d.computed;
}

/** Why a cell carries ⚠, in words, with the figures. */
export function slipNote(kpi: Kpi, d: Discrepancy, lang: Lang): string {
  const when = yearLabel(d.year, lang);
  const f = (v: number | null) => formatValue(v, lang);
  if (d.kind === 'sum') {
    const row = [kpi.base, ...kpi.observations].find((r) => r.year === d.year && sumMatches(r, d));
    const [k, n] = [valueOf(row, 'kushiro'), valueOf(row, 'nemuro')];
    return lang === 'ja'
      ? `${when}：計 ${f(d.printed)} が 釧路 ${f(k)} ＋ 根室 ${f(n)} ＝ ${f(d.computed)} と一致しません（合計の指標）。資料の値のまま表示しています。`
      : `${when}: the total ${f(d.printed)} is not Kushiro ${f(k)} + Nemuro ${f(n)} = ${f(d.computed)} (a KPI that is a sum). Shown as printed.`;
  }
  const value = valueOf(
    kpi.observations.find((o) => o.year === d.year),
    d.split,
  );
  const target = valueOf(kpi.target, d.split);
  const division = kpi.direction === 'decrease' ? `${f(target)} ÷ ${f(value)}` : `${f(value)} ÷ ${f(target)}`;
  const split = label(lang, 'split', d.split);
  return lang === 'ja'
    ? `${when} ${split}：資料記載の達成率 ${d.printed}% は、計算値 ${division} ＝ ${formatPercent(d.computed, lang)} の四捨五入・切り捨てと一致しません。`
    : `${when} ${split}: the printed progress ${d.printed}% is not ${division} = ${formatPercent(d.computed, lang)} rounded or truncated.`;
}

// ---------------------------------------------------------------- status

export interface SplitStatus {
  split: Split;
  status: KpiStatus;
  /** The latest result the status is judged on. */
  year: number | null;
  value: number | null;
  progress: number | null;
  /** Share of the period elapsed at that year, in percent: the on-track threshold. */
  elapsed: number | null;
  /** The rule worked out for this split, with its figures. */
  rule: Bilingual;
}

/**
 * The period status() measures elapsed time over: base year → target year, or for a cumulative
 * span from the end of the year before it (a span's first year is already a year of progress).
 */
export function statusPeriod(kpi: Kpi): [number, number] {
  if (kpi.target.span) return [kpi.target.span[0] - 1, kpi.target.span[1]];
  return [kpi.base.year, kpi.target.year ?? kpi.base.year];
}

/** Share of the status period elapsed at a year, 0–100 %: the same arithmetic as status() in kpi.ts. */
export function elapsedShare(kpi: Kpi, year: number): number {
  const [start, end] = statusPeriod(kpi);
  return end > start ? Math.min(1, Math.max(0, (year - start) / (end - start))) * 100 : 100;
}

/** Status per split, with the rule spelt out for its figures. */
export function splitStatuses(kpi: Kpi): SplitStatus[] {
  return splitsOf(kpi).map((split) => {
    const obs = latest(kpi, split);
    const value = obs ? valueOf(obs, split) : null;
    const p = progress(kpi, value, split);
    const s = status(kpi, split);
    const elapsed = obs && p !== null ? elapsedShare(kpi, obs.year) : null;
    return {
      split,
      status: s,
      year: obs?.year ?? null,
      value,
      progress: p,
      elapsed,
      rule: { ja: ruleJa(kpi, split, s, obs, value, p, elapsed), en: ruleEn(kpi, split, s, obs, value, p, elapsed) },
    };
  });
}

type RuleArgs = [Kpi, Split, KpiStatus, KpiObservation | null, number | null, number | null, number | null];

function periodText(kpi: Kpi, lang: Lang): string {
  const [start, end] = statusPeriod(kpi);
  if (kpi.target.span)
    return lang === 'ja'
      ? `${spanLabel(kpi.target.span, 'ja')}（${shortEra(start)}末から）`
      : `${spanLabel(kpi.target.span, 'en')} (from the end of FY${start})`;
  return lang === 'ja' ? `${shortEra(start)}→${shortEra(end)}（${start}→${end}）` : `FY${start}→FY${end}`;
}

function ruleJa(...[kpi, split, s, obs, value, p, elapsed]: RuleArgs): string {
  const name = label('ja', 'split', split);
  if (!obs || p === null || elapsed === null) return `${name}：${obs ? '目標値' : '実績値'}の記載がないため判定できません。`;
  const target = valueOf(kpi.target, split);
  const division =
    kpi.direction === 'decrease'
      ? `${formatValue(target, 'ja')} ÷ ${formatValue(value, 'ja')}`
      : `${formatValue(value, 'ja')} ÷ ${formatValue(target, 'ja')}`;
  const head = `${name}：${yearLabel(obs.year, 'ja')}の達成率 ${division} ＝ ${formatPercent(p, 'ja')}`;
  if (s === 'achieved') return `${head}。100%以上なので「達成」。`;
  const cmp = s === 'on-track' ? '以上なので「順調」' : '未満なので「遅れ」';
  return `${head}。期間 ${periodText(kpi, 'ja')} の経過割合 ${formatPercent(elapsed, 'ja')}${cmp}。`;
}

function ruleEn(...[kpi, split, s, obs, value, p, elapsed]: RuleArgs): string {
  const name = label('en', 'split', split);
  if (!obs || p === null || elapsed === null) return `${name}: no ${obs ? 'target' : 'result'} printed, so not judged.`;
  const target = valueOf(kpi.target, split);
  const division =
    kpi.direction === 'decrease'
      ? `${formatValue(target, 'en')} ÷ ${formatValue(value, 'en')}`
      : `${formatValue(value, 'en')} ÷ ${formatValue(target, 'en')}`;
  const head = `${name}: progress in ${yearLabel(obs.year, 'en')} is ${division} = ${formatPercent(p, 'en')}`;
  if (s === 'achieved') return `${head}, 100 % or more: achieved.`;
  const cmp = s === 'on-track' ? 'at or above' : 'below';
  return `${head}, ${cmp} the ${formatPercent(elapsed, 'en')} of ${periodText(kpi, 'en')} elapsed: ${label('en', 'status', s)}.`;
}

// ---------------------------------------------------------------- goal overview

export interface OverviewProject {
  project: LegacyProject;
  kpis: Kpi[];
}

/** One current project with, per earlier generation, the projects it continues. */
export interface OverviewRow {
  project: Project;
  /** KPIs recorded against the current project itself (the vision prints none so far). */
  kpis: Kpi[];
  earlier: Record<LegacyGeneration, OverviewProject[]>;
}

export interface GoalGroup {
  goal: Goal;
  rows: OverviewRow[];
}

/** What the overview needs; a Dataset (atlas.data) fits. */
export interface OverviewData {
  goals: readonly Goal[];
  projects: readonly Project[];
  legacyProjects: readonly LegacyProject[];
  kpis: readonly Kpi[];
}

/**
 * For each goal (めざす姿), in number order: the current projects that serve it and, per earlier
 * generation, the projects they continue (legacy continued_by), each with its KPIs. A project
 * serving two goals appears under both, as the vision lists it under both.
 */
export function goalOverview(data: OverviewData): GoalGroup[] {
  const kpisOf = (id: string) => data.kpis.filter((k) => k.project === id);
  const row = (project: Project): OverviewRow => {
    const continued = data.legacyProjects.filter((lp) => lp.continued_by.includes(project.id));
    const earlier = Object.fromEntries(
      LEGACY_GENERATIONS.map((g) => [g, continued.filter((lp) => lp.generation === g).map((lp) => ({ project: lp, kpis: kpisOf(lp.id) }))]),
    ) as Record<LegacyGeneration, OverviewProject[]>;
    return { project, kpis: kpisOf(project.id), earlier };
  };
  return [...data.goals]
    .sort((a, b) => a.number - b.number)
    .map((goal) => ({ goal, rows: data.projects.filter((p) => p.goals.includes(goal.id)).map(row) }));
}

/** Whether a row has anything before the vision: rows without predecessors are shown more compactly. */
export function hasEarlier(row: OverviewRow): boolean {
  return LEGACY_GENERATIONS.some((g) => row.earlier[g].length > 0);
}
