import { type Columns, findColumns, trimSpaces, uniqueHeaders } from './columns.ts';
import { type CsvRecord, parseCsv } from './csv.ts';
import { type Message, type MessageParam, msg } from '../message.ts';
import { checkPoint, looksProjected } from './positions.ts';
import { type ImportContext, type ImportedItem, type ImportedValue, clipped, lineAt } from './result.ts';

/**
 * A CSV of points: one row per place, latitude and longitude in their own columns. Every bad
 * row is reported by its line number; the file is imported only when every row is good, so a
 * half-imported layer never passes for the whole.
 */
export function importCsv(text: string, ctx: ImportContext): ImportedItem[] {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    ctx.problems.add(msg('whereLine', { line: parsed.line }), msg('csvInvalid', { detail: parsed.message }));
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
    ctx.problems.add(lineAt(ctx, header.line), missingColumns(header.fields, cols));
    return [];
  }
  if (rows.length === 0) {
    ctx.problems.add(lineAt(ctx, header.line), msg('csvNoRows'));
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
    const names = { lat: table.latName, lon: table.lonName };
    ctx.problems.addFirst(msg('whereColumns', names), msg('csvAllSwapped', names));
  }
  warnRagged(rows, header, ctx);
  return items;
}

interface Table {
  names: string[];
  latName: MessageParam;
  lonName: MessageParam;
  cols: Columns;
}

/** An item, or 'swapped' / null after reporting the row's problem. */
function readRow(row: CsvRecord, index: number, t: Table, ctx: ImportContext): ImportedItem | 'swapped' | null {
  const where = lineAt(ctx, row.line);
  const lat = parseDegrees(row.fields[t.cols.lat], t.latName);
  const lon = parseDegrees(row.fields[t.cols.lon], t.lonName);
  if (typeof lat !== 'number' || typeof lon !== 'number') {
    const [first, second] = [lat, lon].filter((x): x is Message => typeof x !== 'number');
    ctx.problems.add(where, second ? msg('twoProblems', { first: first!, second }) : first!);
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
function parseDegrees(raw: string | undefined, column: MessageParam): number | Message {
  if (raw === undefined) return msg('csvValueMissing', { column });
  const t = raw.normalize('NFKC').trim();
  if (t === '') return msg('csvValueEmpty', { column });
  const value = clipped(raw, 40);
  if (DMS.test(t)) return msg('csvDms', { column, value });
  if (/^[+-]?\d+,\d+$/.test(t)) return msg('csvDecimalComma', { column, value });
  if (!DECIMAL.test(t)) return msg('csvNotNumber', { column, value });
  return Number(t);
}

function swappedRow(t: Table, lat: number, lon: number): Message {
  return msg('csvRowSwapped', { latName: t.latName, lat, lonName: t.lonName, lon });
}

function outside(t: Table, lat: number, lon: number, ctx: ImportContext): Message {
  const [west, south, east, north] = ctx.bbox;
  const base = msg('csvOutside', { latName: t.latName, lat, lonName: t.lonName, lon, south, north, west, east });
  return looksProjected(lat, lon) ? msg('withHint', { message: base, hint: msg('importProjected') }) : base;
}

function missingColumns(headers: string[], cols: Columns): Message {
  const missing = msg(cols.lat >= 0 ? 'colsLongitude' : cols.lon >= 0 ? 'colsLatitude' : 'colsBoth');
  const shown: MessageParam[] = headers.slice(0, 12).map((h) => msg('quoted', { text: clipped(h, 40) }));
  if (headers.length > 12) shown.push(msg('andMore', { n: headers.length - 12 }));
  return msg('csvNoColumns', { missing, found: headers.length > 0 ? shown : msg('csvNothing') });
}

function label(header: CsvRecord, col: number): MessageParam {
  const name = header.fields[col]?.trim() ?? '';
  return name ? clipped(name, 40) : msg('columnNumber', { n: col + 1 });
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
  ctx.warnings.push({
    key: 'importRagged',
    params: { n: ragged.length, header: header.fields.length, line: first.line },
    count: ragged.length,
  });
}
