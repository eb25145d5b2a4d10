import { describe, expect, it } from 'vitest';
import { importFile } from './import-file.ts';
import { looksProjected } from './positions.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const messages = (name: string, text: string): string => {
  const r = importFile(name, utf8(text));
  return r.ok ? '' : r.errors.map((e) => `${e.where}: ${e.message}`).join('\n');
};

describe('a number too large to be finite is not taken for projected metres (issue 21.9)', () => {
  it('looksProjected wants finite numbers', () => {
    expect(looksProjected(Infinity, 43)).toBe(false);
    expect(looksProjected(-Infinity, 43)).toBe(false);
    expect(looksProjected(540000, 4770000)).toBe(true);
  });

  it('in a GeoJSON file', () => {
    const m = messages(
      'inf.geojson',
      '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1e999, 43.05]}}]}',
    );
    expect(m).toContain('(got an array [Infinity, 43.05])');
    expect(m).not.toMatch(/metres|projected/);
  });

  it('in a CSV file', () => {
    const m = messages('inf.csv', 'name,lat,lon\nA,43.05,1e999\n');
    expect(m).not.toBe('');
    expect(m).not.toMatch(/metres|projected/);
  });
});
