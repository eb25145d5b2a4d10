import type { Item } from '../data/validate.ts';
import type { ImportedItem } from './result.ts';

/**
 * A user's features as atlas items, so filters, list, search, map and panels treat them like the
 * rest. They claim nothing the plans say: no project, body or citation; the file's own
 * attributes travel with them as data.
 */
export function toItems(imported: readonly ImportedItem[]): Item[] {
  return imported.map((f, i) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: {
      id: `${filePrefix(f.properties.source_file)}-${i}`,
      name_ja: f.properties.name_ja,
      ...(f.properties.name_en ? { name_en: f.properties.name_en } : {}),
      category: 'imported',
      work_ja: '—',
      body: '',
      body_basis: 'printed',
      projects: [],
      municipalities: [],
      accuracy: 'exact',
      represents_ja: 'ファイルに記載の座標のとおり（精度は元のデータによる）',
      geometry_basis: f.properties.source_file,
      sources: [],
      imported: { file: f.properties.source_file, properties: f.properties.properties },
    },
  }));
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
