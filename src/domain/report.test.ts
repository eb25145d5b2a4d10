import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { buildReport, reportTitle } from './report.ts';

describe('A4 report model (issue 19.5)', () => {
  const { atlas } = loadRealData();
  it('gathers a municipality: its items, counts, the projects touching it with their KPIs, sources', () => {
    const r = buildReport(atlas, { kind: 'area', id: '01691' })!;
    expect(r.name_ja).toBe('別海町');
    const inArea = atlas.data.items.filter((i) => atlas.areasOfItem(i).includes('01691'));
    expect(r.items.map((i) => i.properties.id).sort()).toEqual(inArea.map((i) => i.properties.id).sort());
    expect(r.byCategory.reduce((n, [, k]) => n + k, 0)).toBe(r.items.length);
    expect(r.byBody.reduce((n, [, k]) => n + k, 0)).toBe(r.items.length);
    const projectIds = new Set(inArea.flatMap((i) => i.properties.projects));
    expect(r.projects.map((p) => p.project.id).sort()).toEqual([...projectIds].sort());
    for (const p of r.projects) expect(p.kpis).toEqual(atlas.kpisOfProject(p.project.id));
    expect(r.bounds).not.toBeNull();
    // Each cited source once; every item's sources among them.
    const keys = r.sources.map((s) => `${s.file}|${s.section}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const i of r.items) for (const s of i.properties.sources) expect(keys).toContain(`${s.file}|${s.section}`);
  });
  it('gathers a project the same way', () => {
    const r = buildReport(atlas, { kind: 'project', id: 'p-resilient-land' })!;
    expect(r.numbers).toContain('4-(3)');
    expect(r.items).toHaveLength(atlas.itemsOfProject('p-resilient-land').length);
    expect(r.projects.map((p) => p.project.id)).toEqual(['p-resilient-land']);
    // Located items first.
    const located = r.items.filter((i) => i.geometry).length;
    expect(r.items.slice(0, located).every((i) => i.geometry)).toBe(true);
    expect(r.items.slice(located).every((i) => !i.geometry)).toBe(true);
  });
  it('is null for something that does not exist', () => {
    expect(buildReport(atlas, { kind: 'area', id: 'nope' })).toBeNull();
  });
  it('names the printed file after the scope and the date', () => {
    const r = buildReport(atlas, { kind: 'area', id: '01691' })!;
    expect(reportTitle(r, '別海町', new Date(2026, 11, 4))).toBe('senkon-atlas_別海町_2026-12-04');
  });
});
