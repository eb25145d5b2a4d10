import { describe, expect, it } from 'vitest';
import { REGION_BBOX } from './files.ts';
import type { DataIssue } from './issues.ts';
import { readManifest } from './manifest.ts';

const tiles = { url: 'tiles/{z}/{x}/{y}.pbf', layer: 'items', minzoom: 4, maxzoom: 14, complete_from: 11, features: 100000, points: 60000, bounds: [143, 42.6, 146.2, 44.5] };
const read = (json: unknown) => {
  const issues: DataIssue[] = [];
  return { manifest: readManifest({ ok: true, text: JSON.stringify(json) }, issues), issues };
};

describe('readManifest', () => {
  it('is optional: no file means the region box and no tiles', () => {
    const issues: DataIssue[] = [];
    expect(readManifest({ ok: false, reason: 'HTTP 404' }, issues)).toEqual({ bbox: REGION_BBOX, tiles: null });
    expect(issues).toEqual([]);
  });
  it('reads a tile set', () => {
    const { manifest, issues } = read({ bbox: [139.5, 41.4, 145.8, 45.5], tiles });
    expect(issues).toEqual([]);
    expect(manifest).toEqual({ bbox: [139.5, 41.4, 145.8, 45.5], tiles });
  });
  it.each([
    ['tiles.url', { ...tiles, url: 'tiles/{z}/{x}.pbf' }],
    ['tiles.url', { ...tiles, url: 'javascript:alert(1)/{z}/{x}/{y}' }],
    ['tiles.layer', { ...tiles, layer: '' }],
    ['tiles.minzoom', { ...tiles, minzoom: 15 }],
    ['tiles.maxzoom', { ...tiles, maxzoom: 23 }],
    ['tiles.complete_from', { ...tiles, complete_from: 'z11' }],
    ['tiles.points', { ...tiles, points: -1 }],
    ['tiles.bounds', { ...tiles, bounds: [146, 42, 143, 44] }],
    ['tiles', 'tiles/{z}/{x}/{y}.pbf'],
  ])('names the bad field %s and ignores the tiles', (field, bad) => {
    const { manifest, issues } = read({ tiles: bad });
    expect(manifest.tiles).toBeNull();
    expect(issues.map((i) => [i.file, i.record, i.field])).toContainEqual(['manifest.json', 'manifest', field]);
  });
  it('keeps good tiles when only the bbox is bad, and the other way round', () => {
    expect(read({ bbox: [1, 2, 3], tiles }).manifest).toEqual({ bbox: REGION_BBOX, tiles });
    expect(read({ bbox: [139.5, 41.4, 145.8, 45.5], tiles: { ...tiles, layer: 3 } }).manifest).toEqual({ bbox: [139.5, 41.4, 145.8, 45.5], tiles: null });
  });
  it('allows http(s) tile hosts', () => {
    expect(read({ tiles: { ...tiles, url: 'https://cdn.example.org/t/{z}/{x}/{y}.pbf' } }).issues).toEqual([]);
  });
});
