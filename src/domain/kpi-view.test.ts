import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discrepancies, splitsOf, status, valueOf } from './kpi.ts';
import { activityGroups, activityProjects, scopeMatches } from './activities.ts';
import { chartFrame, chartSeries, elapsedShare, goalOverview, niceTicks, slipNote, splitStatuses, tableRows } from './kpi-view.ts';
import type { Activity, Goal, Kpi, LegacyProject, Project } from './types.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as T;
const real = {
  kpis: read<Kpi[]>('kpis.json'),
  goals: read<Goal[]>('goals.json'),
  projects: read<Project[]>('projects.json'),
  legacyProjects: read<LegacyProject[]>('legacy-projects.json'),
  activities: read<Activity[]>('activities.json'),
};
const realKpi = (id: string): Kpi => real.kpis.find((k) => k.id === id)!;

const kpi = (o: Partial<Kpi> = {}): Kpi => ({
  id: 'k',
  project: 'p',
  generation: 'policy-unit',
  name_ja: 'K',
  unit_ja: '人',
  aggregation: 'sum',
  direction: 'increase',
  base: { year: 2014, total: 50, kushiro: 20, nemuro: 30 },
  observations: [
    { year: 2015, total: 60, kushiro: 25, nemuro: 35, printed_progress: { total: 60, kushiro: 62, nemuro: 58 } },
    { year: 2016, total: 80, kushiro: 30, nemuro: 10, printed_progress: { total: 81, kushiro: 75, nemuro: 17 } },
  ],
  target: { year: 2019, total: 100, kushiro: 40, nemuro: 60 },
  sources: [],
  ...o,
});

describe('chart series', () => {
  it('gives base, every printed value and the target per split', () => {
    const [total, kushiro] = chartSeries(kpi());
    expect(total!.points.map((p) => [p.year, p.value, p.kind])).toEqual([
      [2014, 50, 'base'],
      [2015, 60, 'observation'],
      [2016, 80, 'observation'],
    ]);
    expect(total!.target).toEqual({ value: 100, from: 2014, to: 2019, cumulative: false });
    expect(kushiro!.points.map((p) => p.value)).toEqual([20, 25, 30]);
  });

  it('marks exactly the slipped points: a printed progress off by more than rounding, a total that is not the sum', () => {
    // 2016: printed 81 % for 80 ÷ 100 is a slip; 30 + 10 ≠ 80 is a sum slip on the total.
    const [total, kushiro, nemuro] = chartSeries(kpi());
    expect(total!.points.filter((p) => p.slip).map((p) => p.year)).toEqual([2016]);
    expect(kushiro!.points.some((p) => p.slip)).toBe(false);
    expect(nemuro!.points.some((p) => p.slip)).toBe(false);
  });

  it('draws a cumulative target over its span', () => {
    const [total] = chartSeries(kpi({ target: { span: [2016, 2020], total: 90 } }));
    expect(total!.target).toEqual({ value: 90, from: 2016, to: 2020, cumulative: true });
  });

  it('frames every year from the first figure to the target, with round ticks from 0', () => {
    const k = kpi();
    const frame = chartFrame(k, chartSeries(k));
    expect(frame.years).toEqual([2014, 2019]);
    expect(frame.labelledYears).toEqual([2014, 2015, 2016, 2017, 2018, 2019]);
    expect(frame.yTicks).toEqual([0, 25, 50, 75, 100]);
    const long = kpi({ target: { year: 2024, total: 80 } });
    expect(chartFrame(long, chartSeries(long)).labelledYears).toEqual([2014, 2015, 2016, 2024]);
  });

  it('rounds ticks to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    expect(niceTicks(0, 1385)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(0, 74000)).toEqual([0, 20000, 40000, 60000, 80000]);
    expect(niceTicks(0, 2)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });
});

describe('data table', () => {
  it('has base, each year and the target, with computed and printed progress', () => {
    const rows = tableRows(kpi());
    expect(rows.map((r) => [r.kind, r.year])).toEqual([
      ['base', 2014],
      ['observation', 2015],
      ['observation', 2016],
      ['target', 2019],
    ]);
    const cell = rows[1]!.cells[0]!;
    expect(cell).toMatchObject({ split: 'total', value: 60, computed: 60, printed: 60, valueSlips: [], printedSlips: [] });
    expect(rows[0]!.cells[0]!.computed).toBeNull();
    expect(rows[3]!.label.ja).toBe('目標 R1（2019）');
  });

  it('puts each discrepancy on its cell, and explains it with the figures', () => {
    const k = kpi();
    const y2016 = tableRows(k)[2]!;
    const [total, kushiro, nemuro] = y2016.cells;
    expect(total!.printedSlips).toEqual([{ kind: 'progress', year: 2016, split: 'total', printed: 81, computed: 80 }]);
    expect(total!.valueSlips).toEqual([{ kind: 'sum', year: 2016, split: 'total', printed: 80, computed: 40 }]);
    expect([kushiro!.printedSlips, nemuro!.printedSlips, kushiro!.valueSlips]).toEqual([[], [], []]);
    expect(slipNote(k, total!.printedSlips[0]!, 'ja')).toBe(
      'H28（2016） 計：資料記載の達成率 81% は、計算値 80 ÷ 100 ＝ 80.0% の四捨五入・切り捨てと一致しません。',
    );
    expect(slipNote(k, total!.valueSlips[0]!, 'en')).toBe(
      'FY2016 (H28): the total 80 is not Kushiro 30 + Nemuro 10 = 40 (a KPI that is a sum). Shown as printed.',
    );
  });

  it('labels a cumulative target with its span in 和暦 and 西暦', () => {
    const rows = tableRows(kpi({ target: { span: [2016, 2020], total: 90, label_ja: 'H28～R2累計' } }));
    expect(rows.at(-1)!.label).toEqual({ ja: '目標 H28〜R2累計（2016–2020）', en: 'Target FY2016–FY2020 cumulative (H28–R2)' });
    expect(rows.at(-1)!.printedLabel).toBe('H28～R2累計');
  });

  it('keeps a sum discrepancy of the base on the base row', () => {
    const k = kpi({ base: { year: 2015, total: 10, kushiro: 1, nemuro: 2 } });
    const rows = tableRows(k);
    expect(rows[0]!.cells[0]!.valueSlips).toHaveLength(1);
    expect(rows[1]!.cells[0]!.valueSlips).toHaveLength(0);
  });
});

describe('status', () => {
  it('states the rule with the figures of each split', () => {
    const [total, kushiro, nemuro] = splitStatuses(kpi());
    expect(total).toMatchObject({ status: 'on-track', year: 2016, value: 80, progress: 80, elapsed: 40 });
    expect(total!.rule.ja).toBe('計：H28（2016）の達成率 80 ÷ 100 ＝ 80.0%。期間 H26→R1（2014→2019） の経過割合 40.0%以上なので「順調」。');
    expect(total!.rule.en).toBe(
      'Total: progress in FY2016 (H28) is 80 ÷ 100 = 80.0%, at or above the 40.0% of FY2014→FY2019 elapsed: on track.',
    );
    expect(kushiro!.status).toBe('on-track');
    expect(nemuro).toMatchObject({ status: 'behind', progress: (10 / 60) * 100, elapsed: 40 });
    expect(nemuro!.rule.ja).toContain('未満なので「遅れ」');
  });

  it('says why a KPI without results is not judged', () => {
    const [total] = splitStatuses(kpi({ observations: [] }));
    expect(total).toMatchObject({ status: 'unknown', year: null, progress: null });
    expect(total!.rule).toEqual({ ja: '計：実績値の記載がないため判定できません。', en: 'Total: no result printed, so not judged.' });
  });

  it('measures a cumulative span from the end of the year before it', () => {
    const k = kpi({ target: { span: [2016, 2020], total: 90 } });
    expect(elapsedShare(k, 2019)).toBe(80);
    expect(elapsedShare(k, 2015)).toBe(0);
  });

  it('agrees with status() of kpi.ts on every KPI and split of the real data', () => {
    for (const k of real.kpis) for (const s of splitStatuses(k)) expect(s.status, `${k.id} ${s.split}`).toBe(status(k, s.split));
  });
});

describe('real data: the policy-unit KPI tables of 000', () => {
  const units = real.kpis.filter((k) => k.generation === 'policy-unit');

  it('has them all', () => {
    expect(units.length).toBe(17);
  });

  it.each(units.map((k) => [k.id, k] as const))('%s: chart series equal the data, printed progress appears in the table', (_, k) => {
    const series = chartSeries(k);
    expect(series.map((s) => s.split)).toEqual(splitsOf(k));
    for (const s of series) {
      const expected = [baseOf(k, s.split), ...k.observations.map((o) => [o.year, valueOf(o, s.split)] as const)].filter(
        ([, v]) => v !== null,
      );
      expect(s.points.map((p) => [p.year, p.value])).toEqual(expected);
      expect(s.target?.value ?? null).toBe(valueOf(k.target, s.split));
    }
    const rows = tableRows(k).filter((r) => r.kind === 'observation');
    expect(rows.map((r) => r.year)).toEqual(k.observations.map((o) => o.year));
    for (const o of k.observations) {
      const row = rows.find((r) => r.year === o.year)!;
      for (const split of splitsOf(k)) {
        const cell = row.cells.find((c) => c.split === split)!;
        expect(cell.value, `${o.year} ${split}`).toBe(valueOf(o, split));
        expect(cell.printed, `${o.year} ${split}`).toBe(valueOf(o.printed_progress, split));
      }
    }
  });

  it('puts every discrepancy of a KPI on exactly one table cell', () => {
    for (const k of units) {
      const onCells = tableRows(k).flatMap((r) => r.cells.flatMap((c) => [...c.valueSlips, ...c.printedSlips]));
      expect(onCells, k.id).toEqual(expect.arrayContaining(discrepancies(k)));
      expect(onCells.length, k.id).toBe(discrepancies(k).length);
    }
  });

  it('flags the slips of the 新規漁業就業者数 table: H28 計 (23 % for 20 ÷ 90) and R1 根室 (38 % for 38 ÷ 65)', () => {
    const rows = tableRows(realKpi('kpi-unit-1-new-fishers'));
    const slipped = rows.flatMap((r) =>
      r.cells.filter((c) => c.printedSlips.length + c.valueSlips.length > 0).map((c) => `${r.year} ${c.split}`),
    );
    expect(slipped).toEqual(['2016 total', '2019 nemuro']);
  });

  it('flags the 生乳生産量 H30 total printed as 1.356 on both counts, and keeps the printed figure', () => {
    const k = realKpi('kpi-unit-1-milk-production');
    const cell = tableRows(k).find((r) => r.year === 2018 && r.kind === 'observation')!.cells[0]!;
    expect(cell.value).toBe(1.356);
    expect(cell.valueSlips.map((d) => d.computed)).toEqual([1356]);
    expect(cell.printedSlips.map((d) => d.printed)).toEqual([100]);
  });
});

/** The base as a chart point: [year, value or null]. */
function baseOf(k: Kpi, split: Parameters<typeof valueOf>[1]) {
  return [k.base.year, valueOf(k.base, split)] as const;
}

describe('goal overview', () => {
  const overview = goalOverview(real);

  it('has the 5 goals in order, each with the current projects that serve it', () => {
    expect(overview.map((g) => g.goal.id)).toEqual(['goal-1', 'goal-2', 'goal-3', 'goal-4', 'goal-5']);
    for (const g of overview) {
      expect(g.rows.map((r) => r.project.id)).toEqual(real.projects.filter((p) => p.goals.includes(g.goal.id)).map((p) => p.id));
    }
  });

  it('lines up the earlier projects each current project continues, by generation, with their KPIs', () => {
    const row = overview[0]!.rows.find((r) => r.project.id === 'p-dairy-fishery-tech')!;
    expect(row.earlier['h28-policy'].map((e) => e.project.id)).toEqual(['lp-h28-1']);
    expect(row.earlier['policy-unit'].map((e) => e.project.id)).toEqual(['lp-unit-1']);
    expect(row.earlier['r3-policy'].map((e) => e.project.id)).toEqual(['lp-r3-1']);
    expect(row.earlier['policy-unit'][0]!.kpis.map((k) => k.id)).toEqual(
      real.kpis.filter((k) => k.project === 'lp-unit-1').map((k) => k.id),
    );
    expect(row.earlier['h28-policy'][0]!.kpis.map((k) => k.id)).toEqual(['kpi-h28-1-milk-production']);
  });

  it('shows every KPI of the data under some goal', () => {
    const shown = new Set(
      overview
        .flatMap((g) =>
          g.rows.flatMap((r) => [
            ...r.kpis,
            ...Object.values(r.earlier)
              .flat()
              .flatMap((e) => e.kpis),
          ]),
        )
        .map((k) => k.id),
    );
    expect([...shown].sort()).toEqual(real.kpis.map((k) => k.id).sort());
  });
});

describe('activities', () => {
  it('keeps whole-region activities under an area filter, and only ◎ under the region filter', () => {
    expect(['region', 'kushiro', 'nemuro'].filter((s) => scopeMatches(s as Activity['scope'], 'kushiro'))).toEqual(['region', 'kushiro']);
    expect(['region', 'kushiro', 'nemuro'].filter((s) => scopeMatches(s as Activity['scope'], 'region'))).toEqual(['region']);
    expect(['region', 'kushiro', 'nemuro'].every((s) => scopeMatches(s as Activity['scope'], 'all'))).toBe(true);
  });

  it('resolves a legacy id, a current project, or all', () => {
    expect(activityProjects(undefined, real.activities, real.legacyProjects)).toEqual([
      'lp-unit-1',
      'lp-unit-2',
      'lp-unit-3',
      'lp-unit-4',
      'lp-unit-5',
    ]);
    expect(activityProjects('lp-unit-3', real.activities, real.legacyProjects)).toEqual(['lp-unit-3']);
    expect(activityProjects('p-border-return-do', real.activities, real.legacyProjects)).toEqual(['lp-unit-5']);
    expect(activityProjects('p-logistics-network', real.activities, real.legacyProjects)).toEqual([]);
  });

  it('groups per project and year (R1 実績, R2 取組, R3 予定), every activity once', () => {
    const groups = activityGroups(real.activities, ['lp-unit-1'], 'all');
    expect(groups[0]!.years.map((y) => [y.year, y.stage])).toEqual([
      [2019, 'result'],
      [2020, 'ongoing'],
      [2021, 'planned'],
    ]);
    const all = activityGroups(real.activities, activityProjects(undefined, real.activities, real.legacyProjects), 'all');
    expect(all.flatMap((g) => g.years.flatMap((y) => y.activities.map((a) => a.id))).sort()).toEqual(
      real.activities.map((a) => a.id).sort(),
    );
  });

  it('filters by area and keeps the unfiltered count', () => {
    const [group] = activityGroups(real.activities, ['lp-unit-1'], 'nemuro');
    const r1 = group!.years[0]!;
    const inR1 = real.activities.filter((a) => a.project === 'lp-unit-1' && a.year === 2019);
    expect(r1.total).toBe(inR1.length);
    expect(r1.activities.map((a) => a.id)).toEqual(inR1.filter((a) => a.scope !== 'kushiro').map((a) => a.id));
  });
});
