import type { Geometry } from 'geojson';
import { describe, isObject } from '../data/issues.ts';
import { NAME_EN_NAMES, NAME_NAMES, pickText } from './columns.ts';
import { locateJsonError } from './json-error.ts';
import { type Message, msg } from '../message.ts';
import { checkImportedGeometry, firstPosition, looksProjected } from './positions.ts';
import { type ImportContext, type ImportedItem, type ImportedValue, clipped, path as at } from './result.ts';

/**
 * GeoJSON (RFC 7946): a FeatureCollection, a single Feature, or a bare geometry. Every feature
 * must pass the project's geometry rules; features without geometry cannot be drawn and are
 * left out with a warning.
 */

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];

/** Coordinate systems that are longitude/latitude in degrees (JGD2000/2011 differ from WGS84 by far less than a pixel). */
const DEGREE_CRS = /CRS84|EPSG::?(4326|6668|4612)\b/i;

/** One feature to read, with how to name its place in the file. */
interface Entry {
  raw: unknown;
  index: number;
  /** Path of the feature in the file ('features[3]', or '' for a lone Feature/geometry). */
  path: string;
  /** A bare geometry: its fields are named without the 'geometry.' prefix. */
  bare: boolean;
}

export function importGeoJson(text: string, ctx: ImportContext): ImportedItem[] {
  const json = parseJson(text, ctx);
  if (json === undefined) return [];
  const entries = entriesOf(json, ctx);
  if (!entries || !checkCrs(json, ctx)) return [];
  const items: ImportedItem[] = [];
  let swapped = 0;
  let withoutGeometry = 0;
  for (const entry of entries) {
    const got = readFeature(entry, ctx);
    if (got === 'swapped') swapped += 1;
    else if (got === 'no-geometry') withoutGeometry += 1;
    else if (got) items.push(got);
  }
  const located = entries.length - withoutGeometry;
  if (swapped === located && located > 1) {
    ctx.problems.addFirst(msg('whereAllFeatures'), msg('geoAllSwapped'));
  }
  if (withoutGeometry > 0) ctx.warnings.push({ key: 'importNoGeometry', params: { n: withoutGeometry }, count: withoutGeometry });
  if (reservedKeys.has(ctx)) ctx.warnings.push({ key: 'importReservedColumn', params: { column: RESERVED }, count: 0 });
  return items;
}

function parseJson(text: string, ctx: ImportContext): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const found = locateJsonError(text);
    if (found)
      ctx.problems.add(msg('whereLineColumn', { line: found.line, column: found.column }), msg('jsonInvalid', { detail: found.message }));
    else ctx.problems.add(msg('whereFile'), msg('jsonInvalid', { detail: (e as Error).message }));
    return undefined;
  }
}

/** The features to read, or null after reporting why the JSON is not GeoJSON. */
function entriesOf(json: unknown, ctx: ImportContext): Entry[] | null {
  const type = isObject(json) ? json['type'] : undefined;
  if (!isObject(json) || typeof type !== 'string') {
    ctx.problems.add(msg('whereTop'), msg('geoNotGeoJson', { got: describe(isObject(json) ? type : json) }));
    return null;
  }
  if (type === 'FeatureCollection') return collectionEntries(json, ctx);
  if (type === 'Feature') return [{ raw: json, index: 0, path: '', bare: false }];
  if (GEOMETRY_TYPES.includes(type))
    return [{ raw: { type: 'Feature', geometry: json, properties: null }, index: 0, path: '', bare: true }];
  ctx.problems.add(at('type'), unknownType(type));
  return null;
}

function collectionEntries(json: Record<string, unknown>, ctx: ImportContext): Entry[] | null {
  const features = json['features'];
  if (!Array.isArray(features)) {
    ctx.problems.add(at('features'), msg('geoNeedsFeatures', { got: describe(features) }));
    return null;
  }
  if (features.length === 0) {
    ctx.problems.add(at('features'), msg('geoNoFeatures'));
    return null;
  }
  return features.map((raw: unknown, index: number) => ({ raw, index, path: `features[${index}]`, bare: false }));
}

/** Old-style (2008) "crs" members: only degree systems can be drawn without reprojecting. */
function checkCrs(json: unknown, ctx: ImportContext): boolean {
  const crs = isObject(json) ? json['crs'] : undefined;
  if (crs === undefined || crs === null) return true;
  const name = isObject(crs) && isObject(crs['properties']) ? crs['properties']['name'] : undefined;
  if (typeof name !== 'string' || DEGREE_CRS.test(name)) return true;
  ctx.problems.add(at('crs'), msg('geoCrs', { name: clipped(name, 80) }));
  return false;
}

function unknownType(type: string): Message {
  if (type === 'GeometryCollection') return msg('geoCollection');
  if (type === 'Topology') return msg('geoTopoJson');
  return msg('geoUnknownType', { type: clipped(type, 80) });
}

type Read = ImportedItem | 'swapped' | 'no-geometry' | null;

function readFeature(entry: Entry, ctx: ImportContext): Read {
  const { raw, path } = entry;
  if (!isObject(raw) || raw['type'] !== 'Feature') {
    ctx.problems.add(path ? at(path) : msg('whereTop'), msg('geoNotFeature', { got: describe(isObject(raw) ? raw['type'] : raw) }));
    return null;
  }
  const props = raw['properties'] ?? {};
  if (!isObject(props)) {
    ctx.problems.add(at(join(path, 'properties')), msg('geoProperties', { got: describe(props) }));
    return null;
  }
  const geometry = raw['geometry'];
  if (geometry === null || geometry === undefined) return 'no-geometry';
  if (isObject(geometry) && geometry['type'] === 'GeometryCollection') {
    ctx.problems.add(at(join(path, 'geometry')), msg('geoCollection'));
    return null;
  }
  const depth = isObject(geometry) ? nestingBeyond(geometry['coordinates'], MAX_DEPTH) : 0;
  if (depth > MAX_DEPTH) {
    ctx.problems.add(at(join(path, entry.bare ? 'coordinates' : 'geometry.coordinates')), msg('importTooDeep', { depth }));
    return null;
  }
  const checked = checkImportedGeometry(geometry, ctx.bbox);
  if (!checked.geometry) {
    reportGeometry(entry, geometry, checked.issues, ctx);
    return checked.swapped ? 'swapped' : null;
  }
  return toItem(entry, checked.geometry, props, ctx);
}

/** One problem per feature: the first bad position and how many more, not one per vertex. */
function reportGeometry(entry: Entry, geometry: unknown, issues: { field: string; message: Message }[], ctx: ImportContext): void {
  const first = issues[0];
  if (!first) return;
  const field = entry.bare ? first.field.replace(/^geometry\./, '') : first.field;
  const p = firstPosition(isObject(geometry) ? geometry['coordinates'] : undefined);
  let message = p && looksProjected(p[0], p[1]) ? msg('withHint', { message: first.message, hint: msg('importProjected') }) : first.message;
  if (issues.length === 2) message = msg('oneMoreInFeature', { message });
  else if (issues.length > 2) message = msg('moreInFeature', { message, n: issues.length - 1 });
  ctx.problems.add(at(join(entry.path, field)), message);
}

function toItem(entry: Entry, geometry: Geometry, props: Record<string, unknown>, ctx: ImportContext): ImportedItem {
  const nameEn = pickText(props, NAME_EN_NAMES);
  return {
    type: 'Feature',
    geometry,
    properties: {
      id: `${ctx.stem}-${entry.index}`,
      name_ja: pickText(props, NAME_NAMES) ?? `${ctx.stem} ${entry.index + 1}`,
      ...(nameEn ? { name_en: nameEn } : {}),
      layer: ctx.file,
      source_file: ctx.file,
      properties: flatten(props, ctx),
    },
  };
}

/** A key JavaScript objects treat as their prototype (JSON.parse makes it an own key): set aside, and said. */
const RESERVED = '__proto__';
/** The files in which a reserved key was set aside (one note per file). */
const reservedKeys = new WeakSet<ImportContext>();

/** Nested values become JSON text: the panels show them, nothing interprets them. */
function flatten(props: Record<string, unknown>, ctx: ImportContext): Record<string, ImportedValue> {
  const out: Record<string, ImportedValue> = {};
  for (const [k, v] of Object.entries(props)) {
    if (k === RESERVED) {
      reservedKeys.add(ctx);
      continue;
    }
    out[k] = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : (JSON.stringify(v) ?? null);
  }
  return out;
}

/** Positions sit at most 4 arrays deep (MultiPolygon: polygons › rings › positions › numbers). */
const MAX_DEPTH = 4;

/**
 * How deeply arrays nest anywhere in `c`, counted without recursion and stopping once past
 * `limit`: a file of 100,000 nested arrays must not overflow the stack of the recursive walkers
 * that check geometry.
 */
export function nestingBeyond(c: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[c, 1]];
  while (stack.length > 0) {
    const [cur, depth] = stack.pop()!;
    if (!Array.isArray(cur)) continue;
    if (depth > deepest) deepest = depth;
    if (depth > limit) return depth;
    for (const x of cur) if (Array.isArray(x)) stack.push([x, depth + 1]);
  }
  return deepest;
}

function join(path: string, field: string): string {
  return path ? `${path}.${field}` : field;
}
