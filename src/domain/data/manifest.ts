import { MANIFEST_FILE, MAX_BBOX, REGION_BBOX } from './files.ts';
import { msg } from '../message.ts';
import { type DataIssue, RecordCheck, isObject } from './issues.ts';
import type { FileText } from './files.ts';

/**
 * Vector tiles built from the infrastructure files (`scripts/build-tiles.ts`). With them the map
 * draws from tiles, loading only what is in view, and does not wait for the GeoJSON, which the
 * list, counts, search and panels still read.
 */
export interface TileSet {
  /** Tile URL template with {z}, {x}, {y}: relative to data/, or http(s). */
  url: string;
  /** The tiles' layer that holds the items. */
  layer: string;
  minzoom: number;
  maxzoom: number;
  /**
   * The first zoom whose tiles hold every item. Below it a tile keeps a sample (the features
   * of lowest rank), as tippecanoe's --drop-densest-as-needed does; the map says so.
   */
  complete_from: number;
  /** Located items and points among them, as tiled: the map chooses its drawing by them. */
  features: number;
  points: number;
  /** Where the tiles hold data [w, s, e, n]: the map asks for no tile outside it. */
  bounds?: [number, number, number, number];
}

export interface Manifest {
  bbox: [number, number, number, number];
  tiles: TileSet | null;
}

const DEFAULT: Manifest = { bbox: REGION_BBOX, tiles: null };

/** The optional manifest; a missing one is normal, a bad field is reported and ignored. */
export function readManifest(got: FileText, issues: DataIssue[]): Manifest {
  if (!got.ok) return DEFAULT;
  const c = new RecordCheck(MANIFEST_FILE, 'manifest', issues);
  let json: unknown;
  try {
    json = JSON.parse(got.text);
  } catch (e) {
    c.fail('', msg('jsonInvalid', { detail: (e as Error).message }));
    return DEFAULT;
  }
  if (!isObject(json)) {
    c.fail('', msg('ruleJsonObject'));
    return DEFAULT;
  }
  const tileIssues: DataIssue[] = [];
  const tileSet = json['tiles'] === undefined ? null : tiles(new RecordCheck(MANIFEST_FILE, 'manifest', tileIssues), json['tiles']);
  issues.push(...tileIssues);
  return { bbox: json['bbox'] === undefined ? REGION_BBOX : bbox(c, json['bbox']), tiles: tileIssues.length ? null : tileSet };
}

function bbox(c: RecordCheck, b: unknown): [number, number, number, number] {
  const [w, s, e, n] = Array.isArray(b) ? (b as number[]) : [];
  const ok = Array.isArray(b) && b.length === 4 && b.every((x) => typeof x === 'number') && w! < e! && s! < n!;
  if (!ok || w! < MAX_BBOX[0] || s! < MAX_BBOX[1] || e! > MAX_BBOX[2] || n! > MAX_BBOX[3]) {
    c.fail('bbox', msg('manifestBbox', { limits: MAX_BBOX.join(', ') }));
    return REGION_BBOX;
  }
  return [w!, s!, e!, n!];
}

const isZoom = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 22;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Checks every field; the caller drops the tile set when any failed. */
function tiles(c: RecordCheck, t: unknown): TileSet | null {
  if (!isObject(t)) {
    c.fail('tiles', msg('tilesObject'));
    return null;
  }
  const url = t['url'];
  if (typeof url !== 'string' || !['{z}', '{x}', '{y}'].every((k) => url.includes(k))) c.fail('tiles.url', msg('tilesUrl', { tokens: ['{z}', '{x}', '{y}'] }));
  else if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:\/\//i.test(url)) c.fail('tiles.url', msg('tilesUrlScheme'));
  if (typeof t['layer'] !== 'string' || !t['layer']) c.fail('tiles.layer', msg('tilesLayer'));
  for (const k of ['minzoom', 'maxzoom', 'complete_from'] as const) if (!isZoom(t[k])) c.fail(`tiles.${k}`, msg('tilesZoom'));
  for (const k of ['features', 'points'] as const) if (!isCount(t[k])) c.fail(`tiles.${k}`, msg('tilesCount'));
  const b = t['bounds'];
  if (b !== undefined && !(Array.isArray(b) && b.length === 4 && b.every((x) => typeof x === 'number' && Number.isFinite(x)) && b[0] < b[2] && b[1] < b[3])) c.fail('tiles.bounds', msg('tilesBounds'));
  if (isZoom(t['minzoom']) && isZoom(t['maxzoom']) && t['minzoom'] > t['maxzoom']) c.fail('tiles.minzoom', msg('tilesMinzoom'));
  return t as unknown as TileSet;
}
