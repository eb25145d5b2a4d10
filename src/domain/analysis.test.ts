import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { boundsOf } from './analysis.ts';

const { atlas } = loadRealData();

describe('boundsOf', () => {
  it('frames the located items and ignores unlocated ones', () => {
    const b = boundsOf(atlas.itemsOfProject('p-border-region-kuni'))!;
    expect(b[0]).toBeGreaterThan(144.5);
    expect(b[2]).toBeLessThan(146);
    expect(boundsOf(atlas.data.items.filter((i) => !i.geometry))).toBeNull();
  });
});
