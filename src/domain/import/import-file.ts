import { type Message, type MessageParam, msg } from '../message.ts';
import { decodeBytes, isZip } from './decode.ts';
import { importCsv } from './from-csv.ts';
import { importGeoJson } from './from-geojson.ts';
import { DEFAULT_MAX_BYTES, type ImportNote, type ImportOptions, type ImportResult, clip, contextFor, fail, finish } from './result.ts';

export type {
  BBox,
  ImportError,
  ImportNote,
  ImportOptions,
  ImportResult,
  ImportedItem,
  ImportedProperties,
  ImportedValue,
} from './result.ts';
export { DEFAULT_MAX_BYTES, HOKKAIDO_BBOX } from './result.ts';

/**
 * Reads a user's GeoJSON or CSV file into items for an extra map layer. Pure: the caller reads
 * the bytes (drop, file picker) and adds the items to the app state only when `ok` — so a bad
 * file changes nothing that is already loaded, and every problem comes back with where it is.
 * Nothing a file holds can escape as an exception: a reader that throws (a bug, or input no
 * check foresaw) becomes this file's error, and the other files of a drop are still read.
 */
export function importFile(name: string, bytes: Uint8Array, opts: ImportOptions = {}): ImportResult {
  try {
    return importText(name, bytes, opts);
  } catch (e) {
    return crashed(name, e);
  }
}

/** An exception from a reader as the file's error (the message clipped: it may echo the input). */
export function crashed(name: string, e: unknown): ImportResult {
  const message = clip(e instanceof Error ? `${e.name}: ${e.message}` : String(e), 200);
  return fail(name, msg('whereFile'), msg('importCrashed', { message }));
}

function importText(name: string, bytes: Uint8Array, opts: ImportOptions): ImportResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return tooLarge(name, bytes.length, maxBytes);
  const unsupported = unsupportedExtension(name);
  if (unsupported) return fail(name, msg('whereFileName'), unsupported);
  if (isXlsx(name, bytes)) return fail(name, msg('whereFileName'), msg('importXlsxElsewhere'));
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return fail(name, decoded.where, decoded.message);
  const warnings: ImportNote[] = [];
  const format = detectFormat(name, decoded.text, warnings);
  if (!format) return fail(name, msg('whereFileName'), msg('importUnknownFormat'));
  const ctx = contextFor(name, opts, warnings);
  const items = format === 'geojson' ? importGeoJson(decoded.text, ctx) : importCsv(decoded.text, ctx);
  return finish(ctx, items, decoded.encoding);
}

/**
 * Any supported file: an Excel workbook (.xlsx) through the lazily loaded sheet reader, the
 * text formats through importFile.
 */
export async function importAnyFile(name: string, bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
  if (!isXlsx(name, bytes)) return importFile(name, bytes, opts);
  try {
    if (bytes.length > (opts.maxBytes ?? DEFAULT_MAX_BYTES)) return importFile(name, bytes, opts);
    const { importXlsx } = await import('./from-xlsx.ts');
    return await importXlsx(name, bytes, opts);
  } catch (e) {
    return crashed(name, e);
  }
}

export type ImportFormat = 'geojson' | 'csv';

const GEOJSON_EXT = new Set(['geojson', 'json']);
const CSV_EXT = new Set(['csv', 'tsv', 'txt']);

/** Formats people often try; each named with what to export instead. */
const UNSUPPORTED: Record<string, MessageParam> = {
  kml: 'KML',
  kmz: 'KMZ',
  gpx: 'GPX',
  shp: msg('fmtShapefile'),
  dbf: msg('fmtShapefileTable'),
  zip: msg('fmtZip'),
  xls: msg('fmtXls'),
  gpkg: msg('fmtGeoPackage'),
  topojson: 'TopoJSON',
};

export function extension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** An .xlsx by name, or a ZIP without an extension that says otherwise. */
function isXlsx(name: string, bytes: Uint8Array): boolean {
  const ext = extension(name);
  return ext === 'xlsx' || (ext === '' && isZip(bytes));
}

function unsupportedExtension(name: string): Message | null {
  const what = UNSUPPORTED[extension(name)];
  return what ? msg('importUnsupported', { what }) : null;
}

/** The extension decides, except that JSON content in a .csv/.txt is read as the GeoJSON it is. */
export function detectFormat(name: string, text: string, warnings: ImportNote[] = []): ImportFormat | null {
  const ext = extension(name);
  const first = text.trimStart()[0];
  if (GEOJSON_EXT.has(ext)) return 'geojson';
  if (CSV_EXT.has(ext)) {
    if (first !== '{') return 'csv';
    warnings.push({ key: 'importJsonInCsv', params: {}, count: 0 });
    return 'geojson';
  }
  if (first === '{' || first === '[') return 'geojson';
  const line = text.slice(0, text.search(/\r?\n|$/));
  return /[,\t;]/.test(line) ? 'csv' : null;
}

export function formatSize(bytes: number): MessageParam {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return msg('sizeBytes', { n: bytes });
}

/** A file over the size limit, refused before (or instead of) reading it. */
export function tooLarge(name: string, size: number, limit: number): ImportResult {
  return fail(name, msg('whereFile'), msg('importTooLarge', { size: formatSize(size), limit: formatSize(limit) }));
}
