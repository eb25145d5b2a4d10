import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueText } from './data/issues.ts';
import { ALL_FILES } from './data/load.ts';
import { type FileText, buildDataset } from './data/validate.ts';
import { importFile } from './import/import-file.ts';
import { errorText } from './import/summary.ts';
import { english, msg, say } from './message.ts';

/** Kana and kanji: what a Japanese reader needs to see in the Japanese UI. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'import');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('messages', () => {
  it('fill nested messages, lists and names in each language', () => {
    const m = msg('csvNoColumns', { missing: msg('colsBoth'), found: [msg('quoted', { text: 'a' }), msg('quoted', { text: 'b' })] });
    expect(say('en', m)).toMatch(/^no latitude and longitude column: .*found “a”, “b”$/);
    expect(say('ja', m)).toMatch(/^緯度と経度の列がありません。.*見出し: 「a」、「b」$/);
    const names = msg('misplaced', { km: '1.50', names: [{ ja: '別海町', en: 'Betsukai Town' }], tolerance: 1, at: '145, 43' });
    expect(english(names)).toBe('lies 1.50 km outside Betsukai Town (the municipalities it names; tolerance 1 km), at [145, 43]');
    expect(say('ja', names)).toBe('記載の市町村（別海町）から1.50 km離れています（許容 1 km）。位置 [145, 43]');
  });

  it('leave braces that are not placeholders as written', () => {
    expect(english(msg('ruleCite'))).toBe('must cite at least one source ({file, section})');
    expect(english(msg('tilesUrl', { tokens: ['{z}', '{x}', '{y}'] }))).toBe('must be a URL template with {z}, {x}, {y}');
  });
});

/** Files that go wrong in every way the readers know, each refused with its own message. */
const BAD_FILES: [string, Uint8Array][] = [
  ...['bad-json.geojson', 'latin1.csv', 'outside.geojson', 'swapped.csv'].map((f): [string, Uint8Array] => [
    f,
    new Uint8Array(readFileSync(join(FIXTURES, f))),
  ]),
  ['empty.csv', new Uint8Array()],
  ['blank.csv', utf8('  \n')],
  ['a.kml', utf8('<kml/>')],
  ['a.shp', utf8('x')],
  ['zip.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1])],
  ['note', utf8('hello')],
  ['nul.csv', utf8('a,b\n\u0000')],
  ['bom.csv', new Uint8Array([0xfe, 0xff, 0xd8, 0x00])],
  ['cols.csv', utf8('名称,住所\n釧路駅,釧路市\n')],
  ['rows.csv', utf8('lat,lon\n')],
  ['quote.csv', utf8('lat,lon\n"43,144\n')],
  ['after.csv', utf8('lat,lon\n"43"x,144\n')],
  ['values.csv', utf8('lat,lon\n,144\n43°1′,144\n43,5,144\nabc,def\n35.6,139.7\n-12345,67890\n')],
  ['short.csv', utf8('name,lat,lon\na,43\n')],
  ['swap2.csv', utf8('lat,lon\n144.4,43\n144.5,43.1\n')],
  ['top.json', utf8('[1,2]')],
  ['type.json', utf8('{"type":"Topology"}')],
  ['type2.json', utf8('{"type":"Nonsense"}')],
  ['gc.json', utf8('{"type":"GeometryCollection","geometries":[]}')],
  ['fc.json', utf8('{"type":"FeatureCollection","features":3}')],
  ['fc0.json', utf8('{"type":"FeatureCollection","features":[]}')],
  [
    'crs.json',
    utf8(
      '{"type":"FeatureCollection","crs":{"properties":{"name":"EPSG:6680"}},"features":[{"type":"Feature","geometry":null,"properties":null}]}',
    ),
  ],
  [
    'features.json',
    utf8(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          5,
          { type: 'Feature', properties: 3, geometry: null },
          { type: 'Feature', geometry: { type: 'GeometryCollection', geometries: [] } },
          { type: 'Feature', geometry: { type: 'LineString', coordinates: [[144, 43]] } },
          {
            type: 'Feature',
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [144, 43],
                  [144.1, 43],
                  [144, 43.1],
                  [144.2, 43.2],
                ],
              ],
            },
          },
          { type: 'Feature', geometry: { type: 'Point', coordinates: ['a', 1] } },
          { type: 'Feature', geometry: { type: 'Wobble', coordinates: [] } },
          { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [] } },
          { type: 'Feature', geometry: { type: 'Point', coordinates: [[[[[1]]]]] } },
        ],
      }),
    ),
  ],
  ['nothing.json', utf8('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{}}]}')],
  ['trailing.json', utf8('{"type":"Point","coordinates":[1,2],}')],
  ['quotes.json', utf8("{'type':1}")],
  ['comment.json', utf8('{"type":"Point", // here\n"coordinates":[1,2]}')],
];

describe('every import error is in the catalogue', () => {
  const errors = BAD_FILES.flatMap(([name, bytes]) => {
    const r = importFile(name, bytes, { maxErrors: 3 });
    return r.ok ? [] : r.errors;
  });

  it('covers the battery', () => {
    expect(errors.length).toBeGreaterThan(40);
    expect(new Set(errors.map((e) => e.says.key)).size).toBeGreaterThanOrEqual(30);
  });

  it('reads in Japanese in the Japanese UI, and as the English message in English', () => {
    for (const e of errors) {
      const ja = errorText(e, 'ja');
      const en = errorText(e, 'en');
      expect(en, e.message).toEqual({ where: e.where, message: e.message });
      expect(ja.message, e.message).toMatch(JAPANESE);
      expect(ja.message).not.toBe(en.message);
      // A JSON path is the file's own; every other place is said in Japanese.
      if (e.at.key !== 'asIs') expect(ja.where, e.where).toMatch(JAPANESE);
    }
  });
});

describe('every data issue is in the catalogue', () => {
  const junk = [{ id: 'x', bogus: 1, nmae: 2 }, 5, {}, { id: 'x' }];
  const { issues } = buildDataset((path): FileText => {
    if (path === 'manifest.json') return { ok: true, text: JSON.stringify({ bbox: [1, 2], tiles: { url: 'ftp://x' } }) };
    if (path === 'kpis.json') return { ok: true, text: '{' };
    if (path === 'goals.json') return { ok: true, text: '{}' };
    if (path === 'documents.json') return { ok: false, reason: msg('loadFailed', { detail: 'HTTP 404' }) };
    if (path.endsWith('.json')) return { ok: true, text: JSON.stringify(junk) };
    if (path.endsWith('unlocated.geojson')) return { ok: true, text: '[]' };
    const feature = (geometry: unknown, properties: unknown) => ({ type: 'Feature', geometry, properties });
    return {
      ok: true,
      text: JSON.stringify({
        type: 'FeatureCollection',
        features: [
          3,
          feature(null, 5),
          feature({ type: 'Point', coordinates: [43, 144.5] }, { id: 'a' }),
          feature({ type: 'Point', coordinates: [0, 0] }, { id: 'a' }),
        ],
      }),
    };
  });

  it('covers every file and many rules', () => {
    expect(new Set(issues.map((i) => i.file)).size).toBeGreaterThanOrEqual(ALL_FILES.length - 2);
    expect(new Set(issues.map((i) => i.msg.key)).size).toBeGreaterThanOrEqual(19);
  });

  it('has no message that is only English (none falls back to valibot’s own words)', () => {
    for (const i of issues) {
      expect(i.msg.key, i.message).not.toBe('asIs');
      expect(issueText(i, 'ja'), i.message).toMatch(JAPANESE);
      expect(issueText(i, 'ja')).not.toBe(issueText(i, 'en'));
    }
  });

  it('keeps file › record › field in both languages', () => {
    const missing = issues.find((i) => i.file === 'projects.json' && i.field === 'summary_ja')!;
    expect(issueText(missing, 'en')).toBe('projects.json › record x › field summary_ja: is missing');
    expect(issueText(missing, 'ja')).toBe('projects.json › レコード x › 項目 summary_ja: ありません');
  });
});
