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
      // The whole file name, so good.csv and good.geojson loaded together never share an id.
      id: `user-${f.properties.source_file.replace(/[^\w.-]/g, '_')}-${i}`,
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
