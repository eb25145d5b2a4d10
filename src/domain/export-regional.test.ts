import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regionalCsv } from './export-regional.ts';
import type { Area, RegionalProject } from './types.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const projects = JSON.parse(readFileSync(join(DATA, 'regional-projects.json'), 'utf8')) as RegionalProject[];
const areas = JSON.parse(readFileSync(join(DATA, 'areas.json'), 'utf8')) as Area[];

describe('regionalCsv', () => {
  it('writes one row per KPI figure, printed text beside the values read, Excel-ready', () => {
    const csv = regionalCsv(projects, areas, 'ja');
    expect(csv.startsWith('\uFEFFID,計画,連携地域')).toBe(true);
    const rows = csv.trim().split('\r\n');
    const figures = projects.flatMap((p) => p.kpis.flatMap((k) => k.series)).length;
    expect(rows).toHaveLength(figures + 1);
    const east = rows.find((r) => r.startsWith('rj-h28-tokachi-2,'))!;
    expect(east).toContain('「ひがし北海道」広域観光プロジェクト');
    expect(east).toContain('"2,620万人",2620,2013,"2,987万人",2987,2020,万人');
    // 渡島 and 檜山 are two rows of one KPI line.
    expect(rows.filter((r) => r.startsWith('rj-r3-donan-2,'))).toHaveLength(2);
  });
});
