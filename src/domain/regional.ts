/**
 * The plans for all of Hokkaido (003 H28, 004 R3): which projects concern a 連携地域 or a 振興局,
 * and the measures the Hokkaido view colours the 14 振興局 by. Pure: no DOM, no MapLibre.
 */
import { label } from './i18n.ts';
import type { Area, KpiPoint, Lang, PlanGeneration, RegionalPolicy, RegionalProject } from './types.ts';
import type { RegionMeasureKind } from './vocabulary.ts';

export const PLAN_GENERATIONS: readonly PlanGeneration[] = ['h28-policy', 'r3-policy'];

export interface RegionalData {
  areas: readonly Area[];
  policies: readonly RegionalPolicy[];
  projects: readonly RegionalProject[];
}

/** The 連携地域 an area belongs to (itself for a 連携地域), or null outside the hierarchy. */
export function renkeiOf(areas: readonly Area[], areaId: string): string | null {
  const area = areas.find((a) => a.id === areaId);
  if (!area) return null;
  if (area.level === 'renkei') return area.id;
  if (area.level === 'shinkokyoku') return area.parent;
  return null;
}

/** The 振興局 of an area: itself, or a 連携地域's. */
export function subprefecturesOf(areas: readonly Area[], areaId: string): string[] {
  const area = areas.find((a) => a.id === areaId);
  if (!area) return [];
  if (area.level === 'shinkokyoku') return [area.id];
  if (area.level === 'renkei') return areas.filter((a) => a.level === 'shinkokyoku' && a.parent === area.id).map((a) => a.id);
  return [];
}

export function policyOf(data: RegionalData, renkeiId: string, generation: PlanGeneration): RegionalPolicy | undefined {
  return data.policies.find((p) => p.area === renkeiId && p.generation === generation);
}

export interface ProjectOfArea {
  project: RegionalProject;
  /** Printed on another 連携地域's page (a cross-region project naming one of this area's 振興局). */
  elsewhere: boolean;
}

/**
 * The printed projects that concern an area in one generation: for a 連携地域, those its page
 * prints and those of other pages naming one of its 振興局; for a 振興局, those naming it (a
 * project printed for the whole 連携地域 names all its 振興局).
 */
export function projectsOfArea(data: RegionalData, areaId: string, generation: PlanGeneration): ProjectOfArea[] {
  const renkei = renkeiOf(data.areas, areaId);
  const mine = new Set(subprefecturesOf(data.areas, areaId));
  const isRenkei = renkei === areaId;
  return (
    data.projects
      .filter((p) => p.generation === generation && ((isRenkei && p.region === areaId) || p.areas.some((a) => mine.has(a))))
      .map((project) => ({ project, elsewhere: project.region !== renkei }))
      // The area's own page first, in printed order; projects printed for another region after.
      .sort((a, b) => Number(a.elsewhere) - Number(b.elsewhere))
  );
}

// ---------------------------------------------------------------- measures

/** Each kind is one of the vocabulary's (whose names the catalogue holds). */
export type RegionMeasure =
  | { kind: Extract<RegionMeasureKind, 'projects'>; generation: PlanGeneration }
  | { kind: Extract<RegionMeasureKind, 'total'>; generation: PlanGeneration }
  | { kind: Extract<RegionMeasureKind, 'kpi'>; generation: PlanGeneration; name_ja: string };

const GEN_CODE: Record<PlanGeneration, string> = { 'h28-policy': 'h28', 'r3-policy': 'r3' };

/** The measure as a URL value: `projects-r3`, `total-h28`, `kpi-r3-<name>`. */
export function measureKey(m: RegionMeasure): string {
  const g = GEN_CODE[m.generation];
  return m.kind === 'kpi' ? `kpi-${g}-${m.name_ja}` : `${m.kind}-${g}`;
}

export function parseMeasure(key: string | null): RegionMeasure | null {
  const m = key?.match(/^(projects|total|kpi)-(h28|r3)(?:-(.+))?$/);
  if (!m) return null;
  const generation: PlanGeneration = m[2] === 'h28' ? 'h28-policy' : 'r3-policy';
  if (m[1] === 'kpi') return m[3] ? { kind: 'kpi', generation, name_ja: m[3] } : null;
  if (m[3]) return null;
  return { kind: m[1] as 'projects' | 'total', generation };
}

export const DEFAULT_MEASURE: RegionMeasure = { kind: 'projects', generation: 'r3-policy' };

/**
 * KPI names printed for projects of two or more 連携地域 in one generation, with a base in the
 * target's unit for every value: the KPIs whose planned change can be compared across regions.
 * The printed unit word may differ between regions (ゼロカーボンシティ表明市町村数: 市町, 町,
 * 市町村); the panels show every figure as printed.
 */
export function sharedKpis(data: RegionalData, generation: PlanGeneration): string[] {
  const regions = new Map<string, Set<string>>();
  const comparable = new Map<string, boolean>();
  for (const p of data.projects) {
    if (p.generation !== generation) continue;
    for (const k of p.kpis) {
      regions.set(k.name_ja, (regions.get(k.name_ja) ?? new Set()).add(p.region));
      for (const s of k.series) {
        if (!s.base || s.base.unit_ja !== s.target.unit_ja) comparable.set(k.name_ja, false);
      }
    }
  }
  return [...regions]
    .filter(([name, r]) => r.size >= 2 && comparable.get(name) !== false)
    .map(([name]) => name)
    .sort();
}

export interface MeasureValue {
  value: number;
  /** The project(s) the value comes from. */
  projects: string[];
  base?: KpiPoint;
  target?: KpiPoint;
}

export interface MeasureResult {
  /** Per 振興局 id; a 振興局 absent from the map has no value for this measure. */
  values: Map<string, MeasureValue>;
  /** 'percent': planned change in % of the base; 'absolute': in the KPI's unit; 'count': projects. */
  scale: 'count' | 'percent' | 'absolute';
  unit_ja: string;
  /** 振興局 the KPI was printed for more than once with different figures: the first is shown. */
  conflicts: string[];
}

/** The 振興局 a KPI split's label names (渡島地域 → 渡島総合振興局), or null. */
function subprefectureOfLabel(areas: readonly Area[], label: string | undefined): string | null {
  if (!label) return null;
  const stem = label.replace(/地域$/, '');
  const hit = areas.find((a) => a.level === 'shinkokyoku' && a.name_ja.startsWith(stem));
  return hit?.id ?? null;
}

export function measureValues(data: RegionalData, m: RegionMeasure): MeasureResult {
  const values = new Map<string, MeasureValue>();
  const subprefectures = data.areas.filter((a) => a.level === 'shinkokyoku');
  if (m.kind === 'projects') {
    for (const sk of subprefectures) {
      const ps = projectsOfArea(data, sk.id, m.generation).map((p) => p.project.id);
      values.set(sk.id, { value: ps.length, projects: ps });
    }
    return { values, scale: 'count', unit_ja: '', conflicts: [] };
  }
  if (m.kind === 'total') {
    for (const sk of subprefectures) {
      const policy = policyOf(data, sk.parent ?? '', m.generation);
      if (policy) values.set(sk.id, { value: policy.projects_total, projects: policy.projects });
    }
    return { values, scale: 'count', unit_ja: '', conflicts: [] };
  }
  const points: { sk: string; project: string; base: KpiPoint; target: KpiPoint }[] = [];
  for (const p of data.projects) {
    if (p.generation !== m.generation) continue;
    for (const k of p.kpis) {
      if (k.name_ja !== m.name_ja) continue;
      for (const s of k.series) {
        if (!s.base) continue;
        const named = subprefectureOfLabel(data.areas, s.label_ja);
        for (const sk of named ? [named] : p.areas) points.push({ sk, project: p.id, base: s.base, target: s.target });
      }
    }
  }
  const percent = points.every((pt) => pt.base.value > 0);
  const conflicts = new Set<string>();
  for (const pt of points) {
    const value = percent ? ((pt.target.value - pt.base.value) / pt.base.value) * 100 : pt.target.value - pt.base.value;
    const had = values.get(pt.sk);
    if (!had) values.set(pt.sk, { value, projects: [pt.project], base: pt.base, target: pt.target });
    else if (had.value !== value) conflicts.add(pt.sk);
  }
  const units = new Set(points.map((pt) => pt.target.unit_ja));
  const unit_ja = percent ? '%' : units.size === 1 ? [...units][0]! : '';
  return { values, scale: percent ? 'percent' : 'absolute', unit_ja, conflicts: [...conflicts] };
}

/** The colour ramp's ends: 0 and the largest value (counts and changes here are never negative in the plans; a negative one still sorts below 0). */
export function measureRange(result: MeasureResult): [number, number] {
  const vs = [...result.values.values()].map((v) => v.value);
  if (vs.length === 0) return [0, 1];
  const lo = Math.min(0, ...vs);
  const hi = Math.max(...vs);
  return [lo, hi > lo ? hi : lo + 1];
}

/** 'H26 → R1' for a KPI point pair, for panels and legends. */
export function pointLabel(p: KpiPoint): string {
  return `${p.printed_ja}（${p.period_ja}）`;
}

export function measureLabel(m: RegionMeasure, lang: Lang): string {
  const kind = label(lang, 'regionMeasure', m.kind);
  return m.kind === 'kpi' ? `${kind}：${m.name_ja}` : kind;
}
