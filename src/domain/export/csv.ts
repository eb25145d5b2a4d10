import type { FeatureCollection } from 'geojson';
import type { Item } from '../data/validate.ts';
import { type ExportCell, neutralise } from './cells.ts';
import type { ExportTable } from './table.ts';

export const BOM = '\uFEFF';

/** One CSV field: formula-neutralised text, quoted when it holds a comma, quote or line break (RFC 4180). */
export function field(v: ExportCell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = neutralise(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A code cell: Excel reads a CSV field of digits as a number and drops the leading zero
 * (01691 → 1691), whatever the quoting. ="01691" is the one form it keeps as text; it is written
 * only for a code of digits the app itself wrote, so no user text ever becomes a formula.
 */
export function codeField(v: ExportCell): string {
  return typeof v === 'string' && /^0\d+$/.test(v) ? `="${v}"` : field(v);
}

/** The table as CSV that Excel opens with Japanese intact: UTF-8 with a BOM, CRLF rows. */
export function tableToCsv(table: ExportTable): string {
  const line = (r: readonly ExportCell[], head: boolean) =>
    r.map((v, i) => (!head && table.kinds[i] === 'code' ? codeField(v) : field(v))).join(',');
  return BOM + [line(table.head, true), ...table.rows.map((r) => line(r, false))].join('\r\n') + '\r\n';
}

/** The located items with all their properties and full geometry (RFC 7946). */
export function toGeoJson(items: readonly Item[]): FeatureCollection {
  return { type: 'FeatureCollection', features: items.filter((i) => i.geometry !== null) as FeatureCollection['features'] };
}
