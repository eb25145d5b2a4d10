import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/domain/types.ts';
import { loadRealData } from '../load-data.ts';

/**
 * Cross-checks the data against the plan documents themselves. The seeds live outside the
 * project (../shared/seeds); without them these tests are skipped.
 */
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const have = existsSync(SEEDS);
const { dataset: ds } = loadRealData();

const cache = new Map<string, string>();
/** A seed's text with all white space removed: the PDF extraction breaks lines anywhere. */
function seed(file: string): string {
  if (!cache.has(file)) cache.set(file, readFileSync(join(SEEDS, file), 'utf8').replace(/\s+/g, ''));
  return cache.get(file)!;
}
const squash = (s: string) => s.replace(/\s+/g, '');
const cites = (sources: Source[], text: string) => sources.some((s) => seed(s.file).includes(squash(text)));

/** Names the data splits out of one printed line: the line as printed must be in the seed instead. */
const SPLIT_FROM: Record<string, string> = {
  'rd-dodo-akkeshi-shibecha': '道道の整備厚岸標茶線ほか',
  'rv-kushiro-teshikaga': '釧路川（弟子屈地区、標茶地区）の河川改修',
  'rv-kushiro-shibecha': '釧路川（弟子屈地区、標茶地区）の河川改修',
  'rv-kushiro-shitsugen-hororo': '釧路湿原(幌呂地区、ヌマオロ地区)の自然再生',
  'rv-kushiro-shitsugen-numaoro': '釧路湿原(幌呂地区、ヌマオロ地区)の自然再生',
  'kpi-r3-4-outpatient-self-sufficiency': '患者の受療動向（圏域自給率）',
};

describe.skipIf(!have)('data against the plan documents', () => {
  const all = [
    ...ds.areas,
    ...ds.goals,
    ...ds.bodies,
    ...ds.projects,
    ...ds.legacyProjects,
    ...ds.kpis,
    ...ds.activities,
    ...ds.items.map((i) => i.properties),
  ];

  it('cites only seed files that exist', () => {
    const files = new Set(all.flatMap((r) => r.sources.map((s) => s.file)));
    for (const f of files) expect(existsSync(join(SEEDS, f)), f).toBe(true);
  });

  it('names every project as 001 prints it', () => {
    for (const p of ds.projects) expect(seed('001_7bf47494a3ec3789.txt'), p.id).toContain(squash(p.name_ja));
  });

  it('names every infrastructure item as its cited document prints it', () => {
    for (const { properties: p } of ds.items) {
      expect(cites(p.sources, SPLIT_FROM[p.id] ?? p.name_ja), `${p.id} ${p.name_ja}`).toBe(true);
    }
  });

  it('names every KPI as its cited document prints it', () => {
    for (const k of ds.kpis) expect(cites(k.sources, SPLIT_FROM[k.id] ?? k.name_ja), `${k.id} ${k.name_ja}`).toBe(true);
  });

  it('prints every project summary in 001', () => {
    for (const p of ds.projects) expect(seed('001_7bf47494a3ec3789.txt'), p.id).toContain(squash(p.summary_ja).slice(0, 40));
  });

  it('quotes every yearly activity from 000', () => {
    for (const a of ds.activities) expect(seed(a.sources[0]!.file), a.id).toContain(squash(a.text_ja).slice(0, 12));
  });
});
