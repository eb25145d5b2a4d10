import { decodeBytes } from './decode.ts';
import { importCsv } from './from-csv.ts';
import { importGeoJson } from './from-geojson.ts';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_ERRORS,
  HOKKAIDO_BBOX,
  type ImportContext,
  type ImportOptions,
  type ImportResult,
  Problems,
  fail,
  fileStem,
} from './result.ts';

export type { BBox, ImportError, ImportOptions, ImportResult, ImportedItem, ImportedProperties, ImportedValue } from './result.ts';
export { DEFAULT_MAX_BYTES, HOKKAIDO_BBOX } from './result.ts';

/**
 * Reads a user's GeoJSON or CSV file into items for an extra map layer. Pure: the caller reads
 * the bytes (drop, file picker) and adds the items to the app state only when `ok` — so a bad
 * file changes nothing that is already loaded, and every problem comes back with where it is.
 */
export function importFile(name: string, bytes: Uint8Array, opts: ImportOptions = {}): ImportResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return fail(name, 'whole file', `the file is ${formatSize(bytes.length)}, more than the ${formatSize(maxBytes)} limit: split it or simplify its geometry, then import the parts`);
  }
  const unsupported = unsupportedExtension(name);
  if (unsupported) return fail(name, 'file name', unsupported);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return fail(name, decoded.where, decoded.message);

  const warnings: string[] = [];
  const format = detectFormat(name, decoded.text, warnings);
  if (!format) return fail(name, 'file name', 'cannot tell the format: import a GeoJSON (.geojson, .json) or CSV (.csv) file');
  const ctx: ImportContext = {
    file: name,
    stem: fileStem(name),
    bbox: opts.bbox ?? HOKKAIDO_BBOX,
    problems: new Problems(name, opts.maxErrors ?? DEFAULT_MAX_ERRORS),
    warnings,
  };
  const items = format === 'geojson' ? importGeoJson(decoded.text, ctx) : importCsv(decoded.text, ctx);
  if (ctx.problems.count > 0) return { ok: false, errors: ctx.problems.list() };
  if (items.length === 0) return fail(name, 'whole file', 'the file holds no feature with a geometry to draw');
  return { ok: true, items, warnings };
}

export type ImportFormat = 'geojson' | 'csv';

const GEOJSON_EXT = new Set(['geojson', 'json']);
const CSV_EXT = new Set(['csv', 'tsv', 'txt']);

/** Formats people often try; each named with what to export instead. */
const UNSUPPORTED: Record<string, string> = {
  kml: 'KML', kmz: 'KMZ', gpx: 'GPX', shp: 'a shapefile', dbf: 'a shapefile table', zip: 'a ZIP archive',
  xlsx: 'an Excel workbook', xls: 'an Excel workbook', gpkg: 'a GeoPackage', topojson: 'TopoJSON',
};

function extension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function unsupportedExtension(name: string): string | null {
  const what = UNSUPPORTED[extension(name)];
  return what ? `${what} cannot be imported: export it as GeoJSON or as CSV (UTF-8) with latitude/longitude columns` : null;
}

/** The extension decides, except that JSON content in a .csv/.txt is read as the GeoJSON it is. */
export function detectFormat(name: string, text: string, warnings: string[] = []): ImportFormat | null {
  const ext = extension(name);
  const first = text.trimStart()[0];
  if (GEOJSON_EXT.has(ext)) return 'geojson';
  if (CSV_EXT.has(ext)) {
    if (first !== '{') return 'csv';
    warnings.push(`${name} holds JSON, not CSV: it was read as GeoJSON`);
    return 'geojson';
  }
  if (first === '{' || first === '[') return 'geojson';
  const line = text.slice(0, text.search(/\r?\n|$/));
  return /[,\t;]/.test(line) ? 'csv' : null;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
