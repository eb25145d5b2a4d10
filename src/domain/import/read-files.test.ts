import { describe, expect, it } from 'vitest';
import { type FileLike, readFiles } from './read-files.ts';

const file = (name: string, text: string): FileLike => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
};

const point = (lon: number, lat: number, name: string) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { name },
});
const geojson = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('readFiles', () => {
  it('turns good files into layers by file name and counts their items', async () => {
    const r = await readFiles([
      file('ports.geojson', geojson(point(145.58, 43.33, 'A'), point(144.38, 42.98, 'B'))),
      file('one.csv', 'name,lon,lat\nC,144.5,43.1\n'),
    ]);
    expect(r.errors).toEqual([]);
    expect([...r.layers.keys()]).toEqual(['ports.geojson', 'one.csv']);
    expect(r.layers.get('ports.geojson')).toHaveLength(2);
    expect(r.count).toBe(3);
  });

  it('a bad file is reported by file and place and adds nothing; the good ones still come', async () => {
    const r = await readFiles([
      file('bad.geojson', '{"type": "FeatureCollection", "features": [ }'),
      file('good.geojson', geojson(point(145, 43.2, 'A'))),
    ]);
    expect([...r.layers.keys()]).toEqual(['good.geojson']);
    expect(r.count).toBe(1);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors.every((e) => e.file === 'bad.geojson' && e.where && e.message)).toBe(true);
  });

  it('a file over the limit is refused before it is read', async () => {
    let read = false;
    const huge: FileLike = { name: 'huge.geojson', size: 2000, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    const r = await readFiles([huge], 1000);
    expect(read).toBe(false);
    expect(r.errors.map(({ file, where }) => ({ file, where }))).toEqual([{ file: 'huge.geojson', where: 'whole file' }]);
    expect(r.errors[0]?.message).toMatch(/limit/);
    expect(r.count).toBe(0);
  });
});
