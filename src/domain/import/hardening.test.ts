import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { type FileLike, type FileOutcome, importBatch } from './batch.ts';
import { importAnyFile, importFile } from './import-file.ts';
import { toItems } from './to-items.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const picked = (name: string, bytes: Uint8Array): FileLike => ({ name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer });
const deepPolygon = (n: number) =>
  `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":${'['.repeat(n)}${']'.repeat(n)}}}`;

describe('hostile and careless files (issue 21)', () => {
  it('gives a clear per-file error for 100,000 nested coordinate arrays, not a RangeError', () => {
    const r = importFile('deep.geojson', utf8(deepPolygon(100_000)));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatchObject({
      file: 'deep.geojson',
      where: 'geometry.coordinates',
      says: { key: 'importTooDeep', params: { depth: 5 } },
    });
  });

  it('reads later files of a batch after one that fails or throws, one outcome per file', async () => {
    const exploding: FileLike = { name: 'broken.csv', size: 10, arrayBuffer: () => Promise.reject(new Error('read failed')) };
    const seen: string[] = [];
    const out = await importBatch(
      [picked('deep.geojson', utf8(deepPolygon(100_000))), exploding, picked('good.csv', utf8('name,lat,lon\nA,43.1,144.6\n'))],
      undefined,
      (o) => seen.push(o.file),
    );
    expect(out.map((o) => [o.file, o.ok])).toEqual([
      ['deep.geojson', false],
      ['broken.csv', false],
      ['good.csv', true],
    ]);
    expect(seen).toEqual(['deep.geojson', 'broken.csv', 'good.csv']);
    const broken = out[1] as Extract<FileOutcome, { ok: false }>;
    expect(broken.errors[0]).toMatchObject({ says: { key: 'importCrashed', params: { message: 'Error: read failed' } } });
  });

  it('keeps a leading tab or CR of a name, so "\\t=1+2" does not become the formula =1+2', () => {
    const r = importFile('f.csv', utf8('name,lat,lon\n"\t=1+2",43.1,144.6\n"\r=3",43.1,144.6\n  spaced  ,43.1,144.6\n'));
    expect(r.ok && r.items.map((i) => i.properties.name_ja)).toEqual(['\t=1+2', '\r=3', 'spaced']);
  });

  it('never gives two files the same ids (a b.csv and a_b.csv)', () => {
    const csv = utf8('name,lat,lon\nA,43.1,144.6\n');
    const [a, b] = [importFile('a b.csv', csv), importFile('a_b.csv', csv)];
    if (!a.ok || !b.ok) throw new Error('should import');
    const ids = [...toItems(a.items), ...toItems(b.items)].map((i) => i.properties.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => /^user-a_b\.csv-[0-9a-z]+-0$/.test(id))).toBe(true);
  });

  it('sets a __proto__ column or key aside and says so, keeping the rest', () => {
    const csv = importFile('p.csv', utf8('name,lat,lon,__proto__,note\nA,43.1,144.6,{"x":1},n\n'));
    if (!csv.ok) throw new Error('should import');
    expect(csv.warnings).toContainEqual({ key: 'importReservedColumn', params: { column: '__proto__' }, count: 0 });
    const props = csv.items[0]!.properties.properties;
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(props).toEqual({ name: 'A', lat: '43.1', lon: '144.6', note: 'n' });
    const geo = importFile(
      'p.geojson',
      utf8(
        '{"type":"Feature","properties":{"__proto__":{"polluted":1},"name":"B"},"geometry":{"type":"Point","coordinates":[144.6,43.1]}}',
      ),
    );
    expect(geo.ok && geo.warnings).toContainEqual({ key: 'importReservedColumn', params: { column: '__proto__' }, count: 0 });
    expect(geo.ok && (geo.items[0]!.properties.properties as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('clips a 1 MB value in messages', () => {
    const huge = 'x'.repeat(1_000_000);
    const r = importFile('h.csv', utf8(`name,lat,lon\nA,${huge},144.6\n`));
    expect(r.ok).toBe(false);
    const msg = !r.ok ? r.errors.map((e) => e.where + e.message).join('') : '';
    expect(msg.length).toBeLessThan(600);
    expect(msg).toMatch(/1,000,000 characters/);
  });
});

describe('Excel workbooks in', () => {
  async function workbook(rows: (string | number | null)[][]): Promise<Uint8Array> {
    const blob = await writeXlsxFile(
      rows.map((r) => r.map((v) => (v === null ? null : { value: v, type: typeof v === 'number' ? Number : String }))) as never,
    ).toBlob();
    return new Uint8Array(await blob.arrayBuffer());
  }

  it('imports the first sheet with 緯度/経度 columns, numbers or text', async () => {
    const bytes = await workbook([
      ['名称', '緯度', '経度', 'コード'],
      ['別海漁港', 43.3889, 145.1194, '01691'],
      ['尾岱沼', '43.5978', '145.2035', '01691'],
    ]);
    const r = await importAnyFile('施設.xlsx', bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.items.map((i) => [i.properties.name_ja, i.geometry])).toEqual([
      ['別海漁港', { type: 'Point', coordinates: [145.1194, 43.3889] }],
      ['尾岱沼', { type: 'Point', coordinates: [145.2035, 43.5978] }],
    ]);
    expect(r.items[0]!.properties.properties['コード']).toBe('01691');
  });

  it('names the sheet row of a bad value, and refuses a workbook without position columns', async () => {
    const bad = await importAnyFile(
      'b.xlsx',
      await workbook([
        ['lat', 'lon'],
        [43.1, 144.6],
        ['north', 144.6],
      ]),
    );
    expect(!bad.ok && bad.errors[0]).toMatchObject({ file: 'b.xlsx', where: 'row 3' });
    const none = await importAnyFile(
      'n.xlsx',
      await workbook([
        ['a', 'b'],
        [1, 2],
      ]),
    );
    expect(!none.ok && none.errors[0]?.message).toMatch(/no latitude and longitude column/);
  });

  it('refuses a file named .xlsx that is not a workbook, with the file named', async () => {
    const r = await importAnyFile('fake.xlsx', utf8('lat,lon\n43,144\n'));
    expect(!r.ok && r.errors[0]?.file).toBe('fake.xlsx');
  });
});
