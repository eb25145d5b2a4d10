import { describe, expect, it } from 'vitest';
import { BrokenTiles } from './broken-tiles.ts';

const tile = (z: number, x: number, y: number) => ({ tileID: { canonical: { z, x, y } } });

describe('BrokenTiles', () => {
  it('names a broken basemap tile by its file under data/, once', () => {
    const broken = new BrokenTiles();
    expect(broken.newlyBroken({ sourceId: 'basemap-hokkaido', tile: tile(5, 28, 11) })).toBe('basemap/hokkaido/5/28/11.pbf');
    expect(broken.newlyBroken({ sourceId: 'basemap-hokkaido', tile: tile(5, 28, 11) })).toBeNull();
    expect(broken.newlyBroken({ sourceId: 'basemap-tiles', tile: tile(9, 462, 184) })).toBe('basemap/tiles/9/462/184.pbf');
  });

  it('leaves other sources and errors without a tile to the map’s own handling', () => {
    const broken = new BrokenTiles();
    expect(broken.newlyBroken({ sourceId: 'online-basemap', tile: tile(5, 28, 11) })).toBeNull();
    expect(broken.newlyBroken({ sourceId: 'basemap-hokkaido' })).toBeNull();
    expect(broken.newlyBroken({})).toBeNull();
  });
});
