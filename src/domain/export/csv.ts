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

/** The table as CSV that Excel opens with Japanese intact: UTF-8 with a BOM, CRLF rows. */
export function tableToCsv(table: ExportTable): string {
  return BOM + [table.head, ...table.rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The located items with all their properties and full geometry (RFC 7946). */
export function toGeoJson(items: readonly Item[]): FeatureCollection {
  return { type: 'FeatureCollection', features: items.filter((i) => i.geometry !== null) as FeatureCollection['features'] };
}
