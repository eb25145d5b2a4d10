import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MEASURE,
  measureKey,
  measureRange,
  measureValues,
  parseMeasure,
  projectsOfArea,
  renkeiOf,
  sharedKpis,
  subprefecturesOf,
  type RegionalData,
} from './regional.ts';
import type { Area, RegionalPolicy, RegionalProject } from './types.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const read = <T>(f: string): T => JSON.parse(readFileSync(join(DATA, f), 'utf8')) as T;
const data: RegionalData = {
  areas: read<Area[]>('areas.json'),
  policies: read<RegionalPolicy[]>('regional-policies.json'),
  projects: read<RegionalProject[]>('regional-projects.json'),
};
const names = (xs: { project: RegionalProject }[]) => xs.map((x) => x.project.name_ja);

describe('the plans for all of Hokkaido', () => {
  it('knows each 振興局’s 連携地域 and each 連携地域’s 振興局', () => {
    expect(renkeiOf(data.areas, 'sk-tokachi')).toBe('renkei-tokachi');
    expect(renkeiOf(data.areas, 'renkei-doo')).toBe('renkei-doo');
    expect(renkeiOf(data.areas, '01206')).toBeNull();
    expect(subprefecturesOf(data.areas, 'renkei-kushiro-nemuro')).toEqual(['sk-kushiro', 'sk-nemuro']);
  });

  it('gives a 連携地域 its own page’s projects and the cross-region ones naming its 振興局', () => {
    const tokachi = projectsOfArea(data, 'renkei-tokachi', 'h28-policy');
    expect(tokachi.filter((p) => !p.elsewhere)).toHaveLength(4);
    // 道内ジオパーク (printed for 道央) names 十勝.
    expect(tokachi.find((p) => p.elsewhere)!.project.name_ja).toBe('道内ジオパークの連携による地域力向上プロジェクト');
    const kn = projectsOfArea(data, 'renkei-kushiro-nemuro', 'h28-policy');
    expect(names(kn)).toContain('「ひがし北海道」広域観光プロジェクト');
    expect(kn.find((p) => p.project.name_ja === '「ひがし北海道」広域観光プロジェクト')!.elsewhere).toBe(true);
    expect(names(projectsOfArea(data, 'sk-hiyama', 'h28-policy'))).toContain('振興局と町の協働による連携推進プロジェクト');
    expect(names(projectsOfArea(data, 'sk-oshima', 'h28-policy'))).not.toContain('振興局と町の協働による連携推進プロジェクト');
  });

  it('reads and writes the measure in the URL', () => {
    for (const m of [
      DEFAULT_MEASURE,
      { kind: 'total', generation: 'h28-policy' } as const,
      { kind: 'kpi', generation: 'r3-policy', name_ja: 'ゼロカーボンシティ表明市町村数' } as const,
    ]) {
      expect(parseMeasure(measureKey(m))).toEqual(m);
    }
    expect(parseMeasure('kpi-r3')).toBeNull();
    expect(parseMeasure('projects-r3-x')).toBeNull();
    expect(parseMeasure('nonsense')).toBeNull();
  });

  it('counts the printed projects per 振興局 and the printed totals (51 in both plans)', () => {
    const count = measureValues(data, { kind: 'projects', generation: 'r3-policy' });
    expect(count.values.size).toBe(14);
    expect(count.values.get('sk-tokachi')!.value).toBe(5); // its 4 + 道内ジオパーク
    const total = measureValues(data, { kind: 'total', generation: 'h28-policy' });
    expect(total.values.get('sk-sorachi')!.value).toBe(20);
    const perRegion = new Map([...total.values].map(([sk, v]) => [renkeiOf(data.areas, sk), v.value]));
    expect([...perRegion.values()].reduce((a, b) => a + b, 0)).toBe(51);
  });

  it('compares a KPI shared by regions by its planned change, per 振興局 where the line splits', () => {
    expect(sharedKpis(data, 'r3-policy')).toEqual(
      expect.arrayContaining(['ゼロカーボンシティ表明市町村数', '観光入込客数', '新エネルギー発電設備容量']),
    );
    const zc = measureValues(data, { kind: 'kpi', generation: 'r3-policy', name_ja: 'ゼロカーボンシティ表明市町村数' });
    // Bases are 0: the change is absolute (municipalities), 渡島 and 檜山 from their own split.
    expect(zc.scale).toBe('absolute');
    expect(Object.fromEntries([...zc.values].map(([k, v]) => [k, v.value]))).toEqual({
      'sk-oshima': 6,
      'sk-hiyama': 4,
      'sk-okhotsk': 9,
      'sk-tokachi': 19,
    });
    const energy = measureValues(data, { kind: 'kpi', generation: 'r3-policy', name_ja: '新エネルギー発電設備容量' });
    expect(energy.scale).toBe('percent');
    expect(energy.values.get('sk-kushiro')!.value).toBeCloseTo(((52.8 - 47.4) / 47.4) * 100, 6);
    expect(energy.values.get('sk-iburi')!.value).toBeCloseTo(((122.2 - 86.7) / 86.7) * 100, 6);
    expect(measureRange(energy)[0]).toBe(0);
  });
});
