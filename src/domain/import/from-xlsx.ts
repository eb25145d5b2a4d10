import type { CsvRecord } from './csv.ts';
import { importRecords } from './from-csv.ts';
import { msg } from '../message.ts';
import { type ImportOptions, type ImportResult, clipped, contextFor, fail, finish } from './result.ts';

/**
 * An Excel workbook (.xlsx): the first sheet, read like a CSV of points (a header row with
 * 緯度/経度 or lat/lon columns, one place a row). read-excel-file (a kept reader) unzips and
 * parses the workbook; it is imported only here, so it loads only when someone drops a workbook.
 * Cells come typed (numbers, dates, booleans) and are read as text the way the CSV path
 * expects; rows are named by their sheet row number.
 */
export async function importXlsx(name: string, bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
  const { default: readXlsx } = await import('read-excel-file/universal');
  let sheets: Awaited<ReturnType<typeof readXlsx>>;
  try {
    sheets = await readXlsx(bytes.slice().buffer);
  } catch (e) {
    return fail(name, msg('whereFile'), msg('importNotXlsx', { detail: clipped(e instanceof Error ? e.message : String(e), 200) }));
  }
  const first = sheets[0];
  if (!first) return fail(name, msg('whereFile'), msg('importNoSheet'));
  const ctx = contextFor(name, opts);
  ctx.lineWord = 'row';
  if (sheets.length > 1) ctx.warnings.push({ key: 'importXlsxSheet', params: { sheet: first.sheet }, count: 0 });
  const records: CsvRecord[] = [];
  first.data.forEach((row, i) => {
    const fields = row.map(cellText);
    if (fields.some((f) => f !== '')) records.push({ line: i + 1, fields });
  });
  if (records.length === 0) return fail(name, msg('whereFile'), msg('importEmptySheet', { sheet: clipped(first.sheet, 80) }));
  return finish(ctx, importRecords(records, ctx));
}

function cellText(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return ''; // an empty cell (null)
}
