import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { boundsOf, summariseArea } from './analysis.ts';

const { atlas } = loadRealData();

describe('summariseArea', () => {
  it('summarises a municipality: items, counts, projects, lengths', () => {
    const s = summariseArea(atlas, '01223'); // 根室市
    const ids = s.items.map((i) => i.properties.id);
    expect(ids).toEqual(expect.arrayContaining(['fp-ochiishi', 'fp-habomai', 'hb-nemuro', 'pk-shunkunitai']));
    expect(s.items.every((i) => i.properties.municipalities.includes('01223'))).toBe(true);
    expect(s.byCategory.get('fishing-port')).toBe(ids.filter((id) => id.startsWith('fp-')).length);
    expect(s.projects).toContain('p-border-region-kuni');
    expect(s.lengthKm.road).toBeGreaterThan(5);
    expect(s.areaKm2['agriculture']).toBeGreaterThan(1);
  });
  it('rolls municipalities up into their 振興局, and lists region-wide items under the region', () => {
    const nemuro = summariseArea(atlas, 'sk-nemuro');
    const muni = ['01223', '01691', '01692', '01693', '01694'].map((c) => summariseArea(atlas, c).items.length);
    expect(nemuro.items.length).toBeLessThanOrEqual(muni.reduce((a, b) => a + b, 0));
    expect(nemuro.items.length).toBeGreaterThan(Math.max(...muni));
    expect(summariseArea(atlas, 'renkei-kushiro-nemuro').unlocated.length).toBeGreaterThan(20);
    expect(summariseArea(atlas, '01223').unlocated).toEqual([]);
  });
});

describe('boundsOf', () => {
  it('frames the located items and ignores unlocated ones', () => {
    const b = boundsOf(atlas.itemsOfProject('p-border-region-kuni'))!;
    expect(b[0]).toBeGreaterThan(144.5);
    expect(b[2]).toBeLessThan(146);
    expect(boundsOf(atlas.data.items.filter((i) => !i.geometry))).toBeNull();
  });
});
