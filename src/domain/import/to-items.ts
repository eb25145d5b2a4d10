import type { Item } from '../data/validate.ts';
import type { Geometry } from 'geojson';
import type { ImportedItem, ImportedProperties } from './result.ts';

/** What of an imported feature travels from the import worker: the rest of its item is its file's. */
export interface ImportedRow {
  geometry: Geometry;
  name_ja: string;
  name_en?: string;
  properties: ImportedProperties['properties'];
}

/** The lists every imported item has empty: one frozen list for them all (200 000 items made 600 000 arrays). */
const NONE: never[] = Object.freeze([]) as unknown as never[];
const REPRESENTS = 'ファイルに記載の座標のとおり（精度は元のデータによる）';

/**
 * A user's features as atlas items, so filters, list, search, map and panels treat them like the
 * rest. They claim nothing the plans say: no project, body or citation; the file's own
 * attributes travel with them as data.
 */
export function toItems(imported: readonly ImportedItem[]): Item[] {
  return imported.map((f, i) => itemOf(f.properties.source_file, filePrefix(f.properties.source_file), f.properties, f.geometry, i));
}

/** The wire form of a file's features: only what differs between them. */
export function toRows(imported: readonly ImportedItem[]): ImportedRow[] {
  return imported.map(({ geometry, properties: p }) => ({
    geometry,
    name_ja: p.name_ja,
    ...(p.name_en ? { name_en: p.name_en } : {}),
    properties: p.properties,
  }));
}

/** A file's rows as items, the first at position `offset` in the file (the same items toItems makes). */
export function rowsToItems(file: string, rows: readonly ImportedRow[], offset: number): Item[] {
  const prefix = filePrefix(file);
  return rows.map((r, i) => itemOf(file, prefix, r, r.geometry, offset + i));
}

function itemOf(file: string, prefix: string, p: Omit<ImportedRow, 'geometry'>, geometry: Geometry, i: number): Item {
  return {
    type: 'Feature',
    geometry,
    properties: {
      id: `${prefix}-${i}`,
      name_ja: p.name_ja,
      ...(p.name_en ? { name_en: p.name_en } : {}),
      category: 'imported',
      work_ja: '—',
      body: '',
      body_basis: 'printed',
      projects: NONE,
      municipalities: NONE,
      accuracy: 'exact',
      represents_ja: REPRESENTS,
      geometry_basis: file,
      sources: NONE,
      imported: { file, properties: p.properties },
    },
  };
}

/**
 * `user-<readable name>-<hash of the exact name>`: the whole file name, so good.csv and
 * good.geojson never share an id, and a hash of it, because making the name safe for ids maps
 * different names to one (`a b.csv` and `a_b.csv` both become a_b.csv).
 */
export function filePrefix(file: string): string {
  return `user-${file.replace(/[^\w.-]/g, '_')}-${fnv1a(file).toString(36)}`;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
