import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { type Ring, ringCrossings, uncrossed } from '../../scripts/tile-polygons.ts';
import { DATA_DIR } from '../load-data.ts';

const square: Ring = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
  [0, 0],
];
/** A ring whose edges cross once, at (3.75, 3.75): the bow tie simplifying a narrow spit can make. */
const bowTie: Ring = [
  [0, 0],
  [10, 10],
  [10, 0],
  [0, 6],
  [0, 0],
];
const signedArea = (r: Ring) => r.reduce((s, p, i) => (i ? s + (p[0] - r[i - 1]![0]) * (p[1] + r[i - 1]![1]) : 0), 0) / 2;

describe('tile polygons that cross themselves (scripts/tile-polygons.ts)', () => {
  it('counts crossings within a ring and between rings, not shared corners', () => {
    expect(ringCrossings([square])).toBe(0);
    expect(ringCrossings([bowTie])).toBe(1);
    const hole: Ring = [
      [2, 2],
      [2, 8],
      [8, 8],
      [8, 2],
      [2, 2],
    ];
    expect(ringCrossings([square, hole])).toBe(0);
    const outOfBounds: Ring = [
      [5, 5],
      [5, 15],
      [8, 15],
      [8, 5],
      [5, 5],
    ];
    expect(ringCrossings([square, outOfBounds])).toBe(2);
  });

  it('redraws a bow tie as rings that do not cross, keeping the winding of exterior rings', () => {
    const rings = uncrossed([bowTie])!;
    expect(rings.length).toBeGreaterThan(0);
    expect(ringCrossings(rings)).toBe(0);
    const sign = Math.sign(signedArea(bowTie));
    for (const r of rings) {
      expect(Math.sign(signedArea(r))).toBe(sign);
      for (const p of r) expect(p.every(Number.isInteger)).toBe(true);
    }
    // both triangles of the tie stay, their shared corner snapped to (4, 4): 30 + 12 units
    expect(rings.length).toBe(2);
    expect(rings.reduce((s, r) => s + Math.abs(signedArea(r)), 0)).toBe(42);
  });

  it('leaves rings that do not cross as they are', () => {
    expect(uncrossed([square])).toEqual([square]);
  });
});

describe('the basemap tiles (data/basemap/tiles)', () => {
  it('have no land or municipality polygon that crosses itself (MapLibre would fill it twice)', () => {
    const root = join(DATA_DIR, 'basemap', 'tiles');
    const crossed: string[] = [];
    let polygons = 0;
    for (const z of readdirSync(root))
      for (const x of readdirSync(join(root, z)))
        for (const file of readdirSync(join(root, z, x))) {
          const tile = new VectorTile(new PbfReader(readFileSync(join(root, z, x, file))));
          for (const name of ['land', 'municipalities']) {
            const layer = tile.layers[name];
            for (let i = 0; layer && i < layer.length; i++) {
              const f = layer.feature(i);
              if (f.type !== 3) continue;
              polygons++;
              const rings = f.loadGeometry().map((r) => r.map((p) => [p.x, p.y] as const));
              if (ringCrossings(rings) > 0) crossed.push(`${z}/${x}/${file} ${name} ${JSON.stringify(f.properties)}`);
            }
          }
        }
    expect(polygons).toBeGreaterThan(1000);
    expect(crossed).toEqual([]);
  });
});
