import { type Columns, findColumns, trimSpaces, uniqueHeaders } from './columns.ts';
import { type CsvRecord, parseCsv } from './csv.ts';
import { PROJECTED_HINT, checkPoint, looksProjected } from './positions.ts';
import { type ImportContext, type ImportedItem, type ImportedValue, clip } from './result.ts';

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
  return importRecords(parsed.records, ctx);
}

/** Rows of text fields (a CSV's records, or a sheet's rows) with a header row first. */
export function importRecords(records: CsvRecord[], ctx: ImportContext): ImportedItem[] {
  const [header, ...rows] = records;
  if (!header) return [];
  const cols = findColumns(header.fields);
  if (cols.lat < 0 || cols.lon < 0) {
    ctx.problems.add(`${word(ctx)} ${header.line}`, missingColumns(header.fields, cols));
    return [];
  }
  if (rows.length === 0) {
    ctx.problems.add(`${word(ctx)} ${header.line}`, 'the file has a header but no data rows');
    return [];
  }
  return readRows(rows, header, cols, ctx);
}

function readRows(rows: CsvRecord[], header: CsvRecord, cols: Columns, ctx: ImportContext): ImportedItem[] {
  const table = { names: uniqueHeaders(header.fields), latName: label(header, cols.lat), lonName: label(header, cols.lon), cols };
  warnReserved(table.names, ctx);
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
  const where = `${word(ctx)} ${row.line}`;
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
    if (name !== RESERVED) properties[name] = row.fields[i] ?? null;
  });
  // Spaces only: a leading tab or CR is kept, so "\t=1+2" never turns into the formula =1+2.
  const name = trimSpaces(row.fields[t.cols.name] ?? '');
  const nameEn = trimSpaces(row.fields[t.cols.nameEn] ?? '');
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
  raw = clip(raw, 40);
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
  const shown = headers.slice(0, 12).map((h) => `“${clip(h, 40)}”`);
  if (headers.length > 12) shown.push(`and ${headers.length - 12} more`);
  const found = headers.length > 0 ? shown.join(', ') : 'nothing';
  return (
    `no ${missing} column: the header line must name them, e.g. 緯度,経度 or lat,lon ` +
    `(also latitude/longitude, lng, x/y); found ${found}`
  );
}

function label(header: CsvRecord, col: number): string {
  return clip(header.fields[col]?.trim() ?? '', 40) || `column ${col + 1}`;
}

function word(ctx: ImportContext): string {
  return ctx.lineWord ?? 'line';
}

/** A key JavaScript objects treat as their prototype: such a column cannot be kept as data. */
const RESERVED = '__proto__';

function warnReserved(names: readonly string[], ctx: ImportContext): void {
  if (names.includes(RESERVED)) ctx.warnings.push({ key: 'importReservedColumn', params: { column: RESERVED }, count: 0 });
}

/** Rows with another field count still import (values by position) but deserve a note. */
function warnRagged(rows: CsvRecord[], header: CsvRecord, ctx: ImportContext): void {
  const ragged = rows.filter((r) => r.fields.length !== header.fields.length);
  const first = ragged[0];
  if (!first) return;
  ctx.warnings.push({ key: 'importRagged', params: { n: ragged.length, header: header.fields.length, line: first.line }, count: ragged.length });
}
