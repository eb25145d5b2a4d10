import { describe, expect, it } from 'vitest';
import { importFile } from './import-file.ts';
import { toItems } from './to-items.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('toItems', () => {
  it('keeps ids apart for files that share a stem, and claims nothing the plans say', () => {
    const a = importFile('good.csv', bytes('name,lat,lon\nA,43.1,144.6\n'));
    const b = importFile(
      'good.geojson',
      bytes(JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [144.6, 43.1] }, properties: { name: 'B' } })),
    );
    if (!a.ok || !b.ok) throw new Error('fixtures should import');
    const items = [...toItems(a.items), ...toItems(b.items)];
    expect(new Set(items.map((i) => i.properties.id)).size).toBe(2);
    expect(items[0]!.properties).toMatchObject({
      category: 'imported',
      projects: [],
      sources: [],
      body: '',
      imported: { file: 'good.csv' },
    });
    expect(items[0]!.properties.imported!.properties).toMatchObject({ name: 'A' });
  });
});
