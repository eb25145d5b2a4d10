import { describe, expect, it } from 'vitest';
import { discrepancies, isRoundingOf, latest, progress, splitsOf, status } from './kpi.ts';
import type { Kpi } from './types.ts';

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
    { year: 2016, total: 80, kushiro: 30, nemuro: 50, printed_progress: { total: 80 } },
  ],
  target: { year: 2019, total: 100, kushiro: 40, nemuro: 60 },
  sources: [],
  ...o,
});

describe('kpi', () => {
  it('finds the latest value per split', () => {
    expect(latest(kpi(), 'total')?.year).toBe(2016);
    expect(splitsOf(kpi())).toEqual(['total', 'kushiro', 'nemuro']);
  });
  it('computes progress as value ÷ target, inverted for KPIs meant to fall', () => {
    expect(progress(kpi(), 80, 'total')).toBe(80);
    expect(progress(kpi({ direction: 'decrease' }), 125, 'total')).toBe(80);
    expect(progress(kpi(), null, 'total')).toBeNull();
    expect(progress(kpi({ target: { year: 2019, total: 0 } }), 5, 'total')).toBeNull();
  });
  it('accepts rounding and truncation at the printed precision only', () => {
    expect(isRoundingOf(88, 87.6)).toBe(true);
    expect(isRoundingOf(87, 87.6)).toBe(true);
    expect(isRoundingOf(87.6, 87.64)).toBe(true);
    expect(isRoundingOf(23, 22.2)).toBe(false);
    expect(isRoundingOf(86, 87.6)).toBe(false);
  });
  it('flags a printed progress that is more than rounding off, and a split that does not add up', () => {
    const k = kpi({ observations: [{ year: 2015, total: 60, kushiro: 25, nemuro: 30, printed_progress: { total: 61, kushiro: 62 } }] });
    expect(discrepancies(k)).toEqual([
      { kind: 'progress', year: 2015, split: 'total', printed: 61, computed: 60 },
      { kind: 'sum', year: 2015, split: 'total', printed: 60, computed: 55 },
    ]);
    expect(discrepancies(kpi())).toEqual([]);
    expect(discrepancies(kpi({ aggregation: 'rate', base: { year: 2014, total: 1, kushiro: 5, nemuro: 5 } }))).toEqual([]);
  });
  it('states a status by the stated rule', () => {
    expect(status(kpi(), 'total')).toBe('on-track'); // 80 % after 2 of 5 years
    expect(status(kpi({ observations: [{ year: 2018, total: 50 }] }), 'total')).toBe('behind'); // 50 % after 4 of 5
    expect(status(kpi({ observations: [{ year: 2017, total: 120 }] }), 'total')).toBe('achieved');
    expect(status(kpi({ observations: [] }), 'total')).toBe('unknown');
  });
});
