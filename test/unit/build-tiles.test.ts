import { describe, expect, it } from 'vitest';
import { thin } from '../../scripts/tile-features.ts';
import { rankOf, sharePerZoom, toID } from '../../src/domain/overview.ts';

const feats = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ tags: { id: `${prefix}-${i}` } }));
const ids = (fs: { tags: { id: string } }[]) => fs.map((f) => f.tags.id);

describe('overview thinning', () => {
  it('keeps exactly the features ranked below the share', () => {
    const all = feats('a', 2000);
    const kept = thin(all, 0.25, 10_000);
    expect(ids(kept)).toEqual(ids(all.filter((f) => rankOf(f.tags.id) < 0.25)));
    // the hash spreads ids evenly: about a quarter survive
    expect(kept.length).toBeGreaterThan(400);
    expect(kept.length).toBeLessThan(600);
  });

  it('thins a sparse tile and a busy tile to the same density', () => {
    const sparse = thin(feats('s', 400), 0.1, 10_000).length / 400;
    const busy = thin(feats('b', 4000), 0.1, 10_000).length / 4000;
    expect(Math.abs(sparse - busy)).toBeLessThan(0.05);
  });

  it('keeps at a larger share everything it kept at a smaller one (zooming in never loses a feature)', () => {
    const all = feats('m', 3000);
    const small = new Set(ids(thin(all, 0.2, 10_000)));
    const large = new Set(ids(thin(all, 0.5, 10_000)));
    for (const id of small) expect(large.has(id)).toBe(true);
  });

  it('still caps a tile at max, keeping the lowest ranks', () => {
    const all = feats('c', 1000);
    const kept = thin(all, 1, 100);
    expect(kept).toHaveLength(100);
    const worstKept = Math.max(...ids(kept).map(rankOf));
    const dropped = ids(all).filter((id) => !ids(kept).includes(id));
    expect(dropped.every((id) => rankOf(id) >= worstKept)).toBe(true);
  });

  it('leaves a tile under the cap as it is', () => {
    const all = feats('u', 50);
    expect(thin(all, 1, 100)).toBe(all);
  });

  it('takes each zoom’s share from its densest tile, growing with zoom', () => {
    const perTile = new Map<number, number>([
      [toID(5, 27, 11), 8000],
      [toID(6, 55, 22), 6000],
      [toID(6, 55, 23), 2000],
      [toID(7, 110, 45), 1500],
      [toID(7, 111, 45), 900],
    ]);
    const share = sharePerZoom(perTile, { minzoom: 5, maxzoom: 8, maxFeatures: 2000 });
    expect(share).toEqual({ 5: 0.25, 6: 2000 / 6000, 7: 1 });
  });
});
