import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SJIS, SJIS_CSV_TEXT, encodeSjis } from '../../../test/fixtures/import/sjis-table.ts';
import { parseCsv } from './csv.ts';
import { type ImportResult, type ImportedItem, importFile } from './import-file.ts';
import { say } from '../message.ts';
import type { ImportError } from './result.ts';
import { errorText } from './summary.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'import');
const utf8 = (s: string) => new TextEncoder().encode(s);
const fixture = (name: string) => importFile(name, new Uint8Array(readFileSync(join(FIXTURES, name))));

function items(r: ImportResult): ImportedItem[] {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`);
  return r.items;
}
function errors(r: ImportResult): ImportError[] {
  if (r.ok) throw new Error('expected errors, got ok');
  return r.errors;
}
const text = (errs: ImportError[]) => errs.map((e) => `${e.where}: ${e.message}`).join('\n');

const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const point = (coordinates: unknown, properties: unknown = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties,
});

describe('importFile: GeoJSON', () => {
  it('imports a FeatureCollection, keeping the file’s properties as data', () => {
    const got = items(fixture('good.geojson'));
    expect(got.map((i) => i.properties.id)).toEqual(['good-0', 'good-1', 'good-2']);
    expect(got.map((i) => i.properties.name_ja)).toEqual(['釧路駅', '試験路線', '試験区域']);
    expect(got[0]?.properties).toMatchObject({ name_en: 'Kushiro Station', layer: 'good.geojson', source_file: 'good.geojson' });
    expect(got[1]?.properties.properties).toEqual({ name: '試験路線', 延長_km: 14.6, 供用: true });
    expect(got[2]?.properties.properties['メモ']).toBe('{"注":"入れ子の値"}');
    expect(got.map((i) => i.geometry.type)).toEqual(['Point', 'LineString', 'Polygon']);
  });

  it('imports a lone Feature and a bare geometry', () => {
    expect(items(importFile('one.json', utf8(JSON.stringify(point([144.4, 43]))))).length).toBe(1);
    const bare = items(importFile('g.geojson', utf8('{"type":"Point","coordinates":[144.4,43]}')));
    expect(bare[0]?.properties).toMatchObject({ id: 'g-0', name_ja: 'g 1', properties: {} });
  });

  it('names the line and column of a JSON syntax error', () => {
    const [e] = errors(fixture('bad-json.geojson'));
    expect(e?.where).toBe('line 7, column 7');
    expect(e?.message).toMatch(/not valid JSON: expected "," or "}" after a property value, found “"properties"/);
  });

  it('names trailing commas and single quotes', () => {
    expect(text(errors(importFile('a.geojson', utf8('{"type":"Point","coordinates":[1,2],}'))))).toMatch(
      /line 1, column 37: .*trailing comma/,
    );
    expect(text(errors(importFile('a.geojson', utf8("{'type':1}"))))).toMatch(/double quotes/);
  });

  it('reports a wrong coordinate with its path', () => {
    const errs = errors(importFile('w.geojson', utf8(fc(point([144.4, 43]), point(['144.4', 43]), point([144.4])))));
    expect(errs.map((e) => e.where)).toEqual(['features[1].geometry.coordinates', 'features[2].geometry.coordinates']);
    expect(errs[0]?.message).toMatch(/must be a position \[longitude, latitude\] of finite numbers/);
  });

  it('reports a position outside Hokkaido, and accepts it with a wider bbox', () => {
    const [e, more] = errors(fixture('outside.geojson'));
    expect(e).toMatchObject({ file: 'outside.geojson', where: 'features[1].geometry.coordinates' });
    expect(e?.message).toMatch(/\[139\.76712, 35\.68124\] lies outside the region/);
    expect(more).toBeUndefined();
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'outside.geojson')));
    expect(items(importFile('outside.geojson', bytes, { bbox: [122, 20, 154, 46] })).length).toBe(2);
  });

  it('names swapped lon/lat per feature and for the whole file', () => {
    const errs = errors(importFile('s.geojson', utf8(fc(point([43.0, 144.4]), point([43.3, 145.6])))));
    expect(errs[0]).toMatchObject({ where: 'all features' });
    expect(errs[0]?.message).toMatch(/\[latitude, longitude\]/);
    expect(errs[1]?.message).toMatch(/\[43, 144\.4\] looks like \[latitude, longitude\]/);
  });

  it('reports one problem per feature, not one per vertex', () => {
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const errs = errors(
      importFile('p.geojson', utf8(fc({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: {} }))),
    );
    expect(errs).toHaveLength(1);
    expect(errs[0]?.message).toMatch(/and 3 more problems in this feature/);
  });

  it('says when coordinates are in metres, not degrees', () => {
    const errs = errors(importFile('m.geojson', utf8(fc(point([-12345.6, 67890.1])))));
    expect(errs[0]?.message).toMatch(/metres in a projected coordinate system \(e\.g\. the Japan Plane Rectangular CS or UTM\)/);
    expect(say('ja', errs[0]!.says)).toMatch(/。数値は投影座標系（平面直角座標系やUTMなど）のメートルのようです/);
  });

  it('refuses a projected crs and names it', () => {
    const json = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::6680' } },
      features: [point([1, 2])],
    });
    expect(errors(importFile('c.geojson', utf8(json)))[0]).toMatchObject({ where: 'crs' });
  });

  it('leaves out features without geometry with a warning', () => {
    const r = importFile('n.geojson', utf8(fc(point([144.4, 43]), { type: 'Feature', geometry: null, properties: {} })));
    expect(items(r).map((i) => i.properties.id)).toEqual(['n-0']);
    expect(r.ok && r.warnings).toEqual([{ key: 'importNoGeometry', params: { n: 1 }, count: 1 }]);
  });

  it('says when valid JSON is not GeoJSON', () => {
    expect(text(errors(importFile('x.json', utf8('[1,2]'))))).toMatch(/^top level: is JSON but not GeoJSON/);
    expect(text(errors(importFile('x.json', utf8(fc()))))).toMatch(/has no features/);
  });
});

describe('importFile: CSV', () => {
  it('reads Japanese headers 名称 / 緯度 / 経度 as [lon, lat] points', () => {
    const got = items(fixture('good.csv'));
    expect(got.map((i) => i.properties.name_ja)).toEqual(['釧路駅', '根室市役所', '厚岸町, 厚岸漁港']);
    expect(got[0]?.geometry).toEqual({ type: 'Point', coordinates: [144.38219, 42.99056] });
    expect(got[1]?.properties).toMatchObject({
      id: 'good-1',
      layer: 'good.csv',
      properties: { 名称: '根室市役所', 緯度: '43.33011', 経度: '145.58270', 種別: '役所' },
    });
  });

  it('handles quoted commas, escaped quotes, line breaks in quotes, CRLF and a BOM', () => {
    const csv =
      '\uFEFFName,Latitude,Longitude,note\r\n"Kushiro, station",42.99,144.38,"said ""hi"""\r\n"multi\r\nline",43.0,144.5,x\r\nlast,43.1,144.6,y\r\n';
    const got = items(importFile('q.csv', utf8(csv)));
    expect(got.map((i) => i.properties.name_ja)).toEqual(['Kushiro, station', 'multi\r\nline', 'last']);
    expect(got[0]?.properties.properties['note']).toBe('said "hi"');
    expect(Object.keys(got[0]?.properties.properties ?? {})).toEqual(['Name', 'Latitude', 'Longitude', 'note']);
  });

  it('counts lines across quoted line breaks when naming a bad row', () => {
    const errs = errors(importFile('l.csv', utf8('name,lat,lon\n"a\nb",43,144.4\nc,abc,144.4\n')));
    expect(errs[0]).toMatchObject({ where: 'line 4' });
    expect(errs[0]?.message).toBe('lat “abc” is not a number');
  });

  it('recognises lng/x/y, full-width headers and units in brackets', () => {
    expect(items(importFile('a.csv', utf8('lng,lat\n144.4,43\n')))[0]?.geometry).toEqual({ type: 'Point', coordinates: [144.4, 43] });
    expect(items(importFile('b.csv', utf8('X,Y\n144.4,43\n'))).length).toBe(1);
    expect(items(importFile('c.csv', utf8('ＬＡＴ,緯度以外,経度（度）\n43,z,144.4\n'))).length).toBe(1);
  });

  it('reads tab-separated text', () => {
    expect(items(importFile('t.tsv', utf8('名前\t緯度\t経度\n釧路\t43\t144.4\n')))[0]?.properties.name_ja).toBe('釧路');
  });

  it('reports every bad row by line number', () => {
    const csv = 'name,lat,lon\nok,43,144.4\nempty,,144.4\ndms,43°00′,144.4\nfar,35.68,139.76\ncomma,"43,1",144.4\n';
    const errs = errors(importFile('bad.csv', utf8(csv)));
    expect(errs.map((e) => e.where)).toEqual(['line 3', 'line 4', 'line 5', 'line 6']);
    expect(errs[0]?.message).toBe('the lat value is empty');
    expect(errs[1]?.message).toMatch(/degrees\/minutes\/seconds/);
    expect(errs[2]?.message).toMatch(/lat 35\.68, lon 139\.76 lies outside the accepted area/);
    expect(errs[3]?.message).toMatch(/decimal comma/);
  });

  it('names swapped columns, per row and for the whole file', () => {
    const errs = errors(fixture('swapped.csv'));
    expect(errs[0]?.where).toBe('columns lat / lon');
    expect(errs[0]?.message).toMatch(/swapped/);
    expect(errs[1]).toMatchObject({
      where: 'line 2',
      message: 'lat 144.38219 and lon 42.99056 look swapped: 144.38219 is a longitude and 42.99056 a latitude in this area',
    });
  });

  it('lists the first problems, then "and K more"', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `r${i},x,144.4`).join('\n');
    const errs = errors(importFile('many.csv', utf8(`name,lat,lon\n${rows}\n`), { maxErrors: 5 }));
    expect(errs).toHaveLength(6);
    expect(errs[5]).toMatchObject({ where: 'line 7 onward', message: 'and 25 more problems' });
  });

  it('says which coordinate columns are missing and what it found', () => {
    const [e] = errors(importFile('nocoords.csv', utf8('名称,住所\n釧路駅,釧路市\n')));
    expect(e).toMatchObject({ where: 'line 1' });
    expect(e?.message).toMatch(/^no latitude and longitude column: .*lat,lon.*found “名称”, “住所”$/);
    expect(errorText(e!, 'ja').where).toBe('1行目');
    expect(errorText(e!, 'ja').message).toMatch(/^緯度と経度の列がありません。.*緯度,経度.*見出し: 「名称」、「住所」$/);
    expect(errors(importFile('half.csv', utf8('name,lat\na,43\n')))[0]?.message).toMatch(/^no longitude column/);
  });

  it('refuses a header without rows and an unclosed quote', () => {
    expect(errors(importFile('h.csv', utf8('name,lat,lon\n')))[0]?.message).toMatch(/no data rows/);
    const [unclosed] = errors(importFile('u.csv', utf8('name,lat,lon\n"open,43,144\nx,1,2\n')));
    expect(unclosed?.where).toBe('line 2');
    expect(unclosed?.message).toMatch(/not closed/);
  });

  it('warns about rows with another field count but imports them', () => {
    const r = importFile('r.csv', utf8('name,lat,lon,note\na,43,144.4\n'));
    expect(items(r)).toHaveLength(1);
    expect(r.ok && r.warnings[0]).toEqual({ key: 'importRagged', params: { n: 1, header: 4, line: 2 }, count: 1 });
  });
});

describe('importFile: encodings, size and format', () => {
  it('has a Shift_JIS table that Node decodes back (緯度 = 88 DC 93 78, 経度 = 8C 6F 93 78)', () => {
    const decoder = new TextDecoder('shift_jis', { fatal: true });
    for (const [ch, bytes] of Object.entries(SJIS)) expect(decoder.decode(new Uint8Array(bytes))).toBe(ch);
    expect([...encodeSjis('緯度,経度')]).toEqual([0x88, 0xdc, 0x93, 0x78, 0x2c, 0x8c, 0x6f, 0x93, 0x78]);
  });

  it('imports Shift_JIS (Excel’s 「CSV（コンマ区切り）」), saying it was read as Shift_JIS', () => {
    const r = importFile('sjis.csv', encodeSjis(SJIS_CSV_TEXT));
    expect(items(r)[0]?.properties.name_ja).toBe(SJIS_CSV_TEXT.split('\n')[1]!.split(',')[0]);
    expect(r.ok && r.encoding).toBe('Shift_JIS');
    expect(items(fixture('sjis.csv')).length).toBeGreaterThan(0);
  });

  it('names the first byte that is not UTF-8 and what was tried when no encoding reads it', () => {
    const [e] = errors(importFile('b.csv', new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xff])));
    expect(e).toMatchObject({
      where: 'byte 4 (line 2)',
      says: { key: 'importUndecidable', params: { tried: 'UTF-8, UTF-16, Shift_JIS, EUC-JP', hex: 'FF' } },
    });
    expect(e?.message).toMatch(/cannot tell the text encoding: it is not valid UTF-8, UTF-16, Shift_JIS, EUC-JP \(byte 0xFF/);
    expect(errorText(e!, 'ja').where).toBe('2行目（バイト位置 4）');
    expect(errorText(e!, 'ja').message).toMatch(
      /^文字コードを判定できません（UTF-8, UTF-16, Shift_JIS, EUC-JPとして読めませんでした。0xFF/,
    );
  });

  it('accepts UTF-8 with a BOM', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('緯度,経度\n43,144.4\n')]);
    expect(items(importFile('bom.csv', bom))).toHaveLength(1);
  });

  it('imports UTF-16 LE and BE with or without a BOM', () => {
    const le = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    const be = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    const csv = 'lat,lon,名称\n43,144.4,釧路\n';
    for (const [bytes, enc] of [
      [[0xff, 0xfe, ...le(csv)], 'UTF-16LE'],
      [le(csv), 'UTF-16LE'],
      [[0xfe, 0xff, ...be(csv)], 'UTF-16BE'],
      [be(csv), 'UTF-16BE'],
    ] as const) {
      const r = importFile('u.csv', new Uint8Array(bytes));
      expect(items(r)[0]?.properties.name_ja).toBe('釧路');
      expect(r.ok && r.encoding).toBe(enc);
    }
  });

  it('refuses a file over the limit, naming both sizes', () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    const [e] = errors(importFile('big.geojson', big));
    expect(e).toMatchObject({
      file: 'big.geojson',
      where: 'whole file',
      message: 'the file is 20.0 MB, more than the 20.0 MB limit: split it or simplify its geometry, then import the parts',
    });
    expect(errorText(e!, 'ja')).toEqual({
      where: 'ファイル全体',
      message: 'ファイルの大きさが20.0 MBで、上限の20.0 MBを超えています。分割するか図形を簡略化してから、分けて読み込んでください',
    });
    const [small] = errors(importFile('s.csv', utf8('lat,lon\n43,144.4\n'), { maxBytes: 10 }));
    expect(small?.message).toMatch(/^the file is 17 bytes, more than the 10 bytes limit/);
    expect(errorText(small!, 'ja').message).toMatch(/^ファイルの大きさが17バイトで、上限の10バイトを超えています/);
  });

  it('refuses an empty or blank file', () => {
    const [empty] = errors(importFile('e.csv', new Uint8Array()));
    expect(empty).toMatchObject({ file: 'e.csv', where: 'byte 0', message: 'the file is empty' });
    expect(errorText(empty!, 'ja')).toEqual({ where: 'バイト位置 0', message: 'ファイルが空です' });
    expect(errors(importFile('e.geojson', utf8(' \n\t')))[0]?.message).toMatch(/only white space/);
  });

  it('sniffs the format when the extension says nothing, and names unsupported formats', () => {
    expect(items(importFile('points', utf8('lat,lon\n43,144.4\n')))).toHaveLength(1);
    expect(items(importFile('shape', utf8('{"type":"Point","coordinates":[144.4,43]}')))).toHaveLength(1);
    const mislabelled = importFile('p.csv', utf8('{"type":"Point","coordinates":[144.4,43]}'));
    expect(mislabelled.ok && mislabelled.warnings[0]?.key).toBe('importJsonInCsv');
    expect(errors(importFile('a.kml', utf8('<kml/>')))[0]?.message).toMatch(/^KML cannot be imported/);
    expect(errors(importFile('a.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1])))[0]?.message).toMatch(/ZIP archive/);
    expect(errors(importFile('note', utf8('hello')))[0]?.message).toMatch(/cannot tell the format/);
  });
});

describe('parseCsv', () => {
  it('keeps the start line of every record and skips blank lines', () => {
    const r = parseCsv('a,b\r\n\r\n"x\ny",2\n3,4');
    expect(r.ok && r.records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['x\ny', '2'] },
      { line: 5, fields: ['3', '4'] },
    ]);
  });

  it('refuses text after a closing quote', () => {
    expect(parseCsv('a,b\n"x"y,2\n')).toMatchObject({ ok: false, line: 2 });
  });
});
