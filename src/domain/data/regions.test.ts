import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { REGION_FILES, checkBoundaries, loadRegionBoundaries } from './regions.ts';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const areas = JSON.parse(readFileSync(join(DATA, 'areas.json'), 'utf8')) as { id: string; level: string }[];
const ids = {
  subprefectures: new Set(areas.filter((a) => a.level === 'shinkokyoku').map((a) => a.id)),
  renkei: new Set(areas.filter((a) => a.level === 'renkei').map((a) => a.id)),
};
const fetchText = async (path: string) => readFileSync(join(DATA, path), 'utf8');

describe('the Hokkaido view’s boundaries', () => {
  it('loads the shipped files: 14 振興局, 6 連携地域, the credit', async () => {
    const b = await loadRegionBoundaries(fetchText, ids);
    expect(b.subprefectures.features).toHaveLength(14);
    expect(b.renkei.features).toHaveLength(6);
    expect(b.credit).toBe('「国土数値情報（行政区域データ）」（国土交通省）を加工して作成');
  });

  it('names the file, the record and the field of a bad feature', () => {
    const fc = JSON.parse(readFileSync(join(DATA, REGION_FILES.subprefectures), 'utf8')) as FeatureCollection<Geometry, { id: string }>;
    fc.features[3]!.properties.id = 'sk-nowhere';
    fc.features[5]!.geometry = { type: 'Point', coordinates: [0, 0] };
    const { fc: out, issues } = checkBoundaries(REGION_FILES.subprefectures, fc, ids.subprefectures);
    expect(out).toBeNull();
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'regions/shinkokyoku.geojson', record: 'sk-nowhere', field: 'properties.id' }),
        expect.objectContaining({ record: fc.features[5]!.properties.id, field: 'geometry' }),
        expect.objectContaining({ record: 'sk-iburi', message: 'has no boundary in this file' }),
      ]),
    );
  });

  it('reports a file that is missing', async () => {
    await expect(loadRegionBoundaries(async (p) => (p.includes('renkei') ? Promise.reject(new Error('HTTP 404')) : fetchText(p)), ids)).rejects.toThrow('regions/renkei.geojson: could not be loaded: HTTP 404');
  });
});
