import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.ts';
import { importFile } from './import-file.ts';

/**
 * The same CSV — as a planner's Excel writes it, with kanji, kana, half-width katakana, ①, ㈱ and
 * a leading-zero code — in every encoding people's files come in, made here with
 * encoding-japanese (a kept converter, test-only) so the fixtures cannot drift from the text.
 */
const CSV = '名称,緯度,経度,市町村コード,備考\r\n別海漁港,43.3889,145.1194,01691,ｶﾅ①㈱\r\n尾岱沼漁港,43.5978,145.2035,01691,「ホタテ」\r\n';

function encode(text: string, to: 'SJIS' | 'EUCJP' | 'UTF8' | 'UTF16LE' | 'UTF16BE', bom = false): Uint8Array {
  const codes = Encoding.stringToCode(text);
  const body = Encoding.convert(codes, { to, from: 'UNICODE' });
  const marks: Record<string, number[]> = { UTF8: [0xef, 0xbb, 0xbf], UTF16LE: [0xff, 0xfe], UTF16BE: [0xfe, 0xff] };
  return new Uint8Array([...(bom ? (marks[to] ?? []) : []), ...body]);
}

const CASES = [
  ['Shift_JIS', encode(CSV, 'SJIS'), 'Shift_JIS'],
  ['EUC-JP', encode(CSV, 'EUCJP'), 'EUC-JP'],
  ['UTF-8', encode(CSV, 'UTF8'), 'UTF-8'],
  ['UTF-8 with BOM', encode(CSV, 'UTF8', true), 'UTF-8'],
  ['UTF-16LE with BOM', encode(CSV, 'UTF16LE', true), 'UTF-16LE'],
  ['UTF-16BE with BOM', encode(CSV, 'UTF16BE', true), 'UTF-16BE'],
  ['UTF-16LE without BOM', encode(CSV, 'UTF16LE'), 'UTF-16LE'],
  ['UTF-16BE without BOM', encode(CSV, 'UTF16BE'), 'UTF-16BE'],
] as const;

describe('encoding detection', () => {
  it.each(CASES)('decodes %s to the same text', (_, bytes, encoding) => {
    const d = decodeBytes(bytes);
    expect(d.ok && d.encoding).toBe(encoding);
    expect(d.ok && d.text).toBe(CSV);
  });

  it.each(CASES)('imports %s with names and codes intact', (_, bytes) => {
    const r = importFile('excel.csv', bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.items.map((i) => i.properties.name_ja)).toEqual(['別海漁港', '尾岱沼漁港']);
    expect(r.items[0]!.properties.properties['市町村コード']).toBe('01691');
    expect(r.items[0]!.properties.properties['備考']).toBe('ｶﾅ①㈱');
  });

  it('refuses bytes no encoding reads as text, naming what was tried', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('name,lat,lon\nCaf'), 0xe9, 0x2c, 0x34, 0x33, 0x2c, 0x31, 0x34, 0x34, 0x0a]);
    const r = importFile('cafe.csv', latin1);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatchObject({
      file: 'cafe.csv',
      says: { key: 'importUndecidable', params: { tried: 'UTF-8, UTF-16, Shift_JIS, EUC-JP', hex: 'E9' } },
    });
  });
});
