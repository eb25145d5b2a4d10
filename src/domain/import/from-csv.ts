import { type Columns, findColumns, uniqueHeaders } from './columns.ts';
import { type CsvRecord, parseCsv } from './csv.ts';
import { PROJECTED_HINT, checkPoint, looksProjected } from './positions.ts';
import type { ImportContext, ImportedItem, ImportedValue } from './result.ts';

/**
 * A CSV of points: one row per place, latitude and longitude in their own columns. Every bad
 * row is reported by its line number; the file is imported only when every row is good, so a
 * half-imported layer never passes for the whole.
 */
export function importCsv(text: string, ctx: ImportContext): ImportedItem[] {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    ctx.problems.add(`line ${parsed.line}`, `is not valid CSV: ${parsed.message}`);
    return [];
  }
  const [header, ...rows] = parsed.records;
  if (!header) return [];
  const cols = findColumns(header.fields);
  if (cols.lat < 0 || cols.lon < 0) {
    ctx.problems.add(`line ${header.line}`, missingColumns(header.fields, cols));
    return [];
  }
  if (rows.length === 0) {
    ctx.problems.add(`line ${header.line}`, 'the file has a header but no data rows');
    return [];
  }
  return readRows(rows, header, cols, ctx);
}

function readRows(rows: CsvRecord[], header: CsvRecord, cols: Columns, ctx: ImportContext): ImportedItem[] {
  const table = { names: uniqueHeaders(header.fields), latName: label(header, cols.lat), lonName: label(header, cols.lon), cols };
  const items: ImportedItem[] = [];
  let swapped = 0;
  rows.forEach((row, index) => {
    const got = readRow(row, index, table, ctx);
    if (got === 'swapped') swapped += 1;
    else if (got) items.push(got);
  });
  if (swapped === rows.length && rows.length > 1) {
    ctx.problems.addFirst(
      `columns ${table.latName} / ${table.lonName}`,
      `in every row the ${table.latName} value is a longitude and the ${table.lonName} value a latitude: the two columns are swapped (swap their headers)`,
    );
  }
  warnRagged(rows, header, ctx);
  return items;
}

interface Table {
  names: string[];
  latName: string;
  lonName: string;
  cols: Columns;
}

/** An item, or 'swapped' / null after reporting the row's problem. */
function readRow(row: CsvRecord, index: number, t: Table, ctx: ImportContext): ImportedItem | 'swapped' | null {
  const where = `line ${row.line}`;
  const lat = parseDegrees(row.fields[t.cols.lat], t.latName);
  const lon = parseDegrees(row.fields[t.cols.lon], t.lonName);
  if (typeof lat === 'string' || typeof lon === 'string') {
    ctx.problems.add(where, [lat, lon].filter((x) => typeof x === 'string').join('; '));
    return null;
  }
  const bad = checkPoint(lon, lat, ctx.bbox);
  if (bad) {
    ctx.problems.add(where, bad.swapped ? swappedRow(t, lat, lon) : outside(t, lat, lon, ctx));
    return bad.swapped ? 'swapped' : null;
  }
  return toItem(row, index, [lon, lat], t, ctx);
}

function toItem(row: CsvRecord, index: number, position: [number, number], t: Table, ctx: ImportContext): ImportedItem {
  const properties: Record<string, ImportedValue> = {};
  t.names.forEach((name, i) => {
    properties[name] = row.fields[i] ?? null;
  });
  const name = row.fields[t.cols.name]?.trim();
  const nameEn = row.fields[t.cols.nameEn]?.trim();
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: position },
    properties: {
      id: `${ctx.stem}-${index}`,
      name_ja: name || `${ctx.stem} ${index + 1}`,
      ...(nameEn ? { name_en: nameEn } : {}),
      layer: ctx.file,
      source_file: ctx.file,
      properties,
    },
  };
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DMS = /[°度分秒'′"″]/;

/** Decimal degrees, or a message naming the column and what is wrong with the value. */
function parseDegrees(raw: string | undefined, column: string): number | string {
  if (raw === undefined) return `the ${column} value is missing (the row has fewer fields than the header)`;
  const t = raw.normalize('NFKC').trim();
  if (t === '') return `the ${column} value is empty`;
  if (DMS.test(t)) return `${column} “${raw}” is in degrees/minutes/seconds: write decimal degrees, e.g. 43.0567`;
  if (/^[+-]?\d+,\d+$/.test(t)) return `${column} “${raw}” uses a decimal comma: write a decimal point, e.g. 43.0567`;
  if (!DECIMAL.test(t)) return `${column} “${raw}” is not a number`;
  return Number(t);
}

function swappedRow(t: Table, lat: number, lon: number): string {
  return `${t.latName} ${lat} and ${t.lonName} ${lon} look swapped: ${lat} is a longitude and ${lon} a latitude in this area`;
}

function outside(t: Table, lat: number, lon: number, ctx: ImportContext): string {
  const [w, s, e, n] = ctx.bbox;
  const base = `${t.latName} ${lat}, ${t.lonName} ${lon} lies outside the accepted area (latitude ${s}–${n}, longitude ${w}–${e})`;
  return looksProjected(lat, lon) ? `${base}: ${PROJECTED_HINT}` : base;
}

function missingColumns(headers: string[], cols: Columns): string {
  const missing = [cols.lat < 0 ? 'latitude' : '', cols.lon < 0 ? 'longitude' : ''].filter(Boolean).join(' and ');
  const found = headers.length > 0 ? headers.map((h) => `“${h}”`).join(', ') : 'nothing';
  return (
    `no ${missing} column: the header line must name them, e.g. 緯度,経度 or lat,lon ` +
    `(also latitude/longitude, lng, x/y); found ${found}`
  );
}

function label(header: CsvRecord, col: number): string {
  return header.fields[col]?.trim() || `column ${col + 1}`;
}

/** Rows with another field count still import (values by position) but deserve a note. */
function warnRagged(rows: CsvRecord[], header: CsvRecord, ctx: ImportContext): void {
  const ragged = rows.filter((r) => r.fields.length !== header.fields.length);
  const first = ragged[0];
  if (!first) return;
  ctx.warnings.push(
    `${ragged.length} ${ragged.length === 1 ? 'row has' : 'rows have'} a different number of fields than the header ` +
      `(${header.fields.length}), first on line ${first.line}: values were read by position`,
  );
}
