import type { FeatureCollection } from 'geojson';
import type { Atlas } from './atlas.ts';
import type { Item } from './data/validate.ts';
import { accuracyLabel, categoryLabel, nameOf } from './i18n.ts';
import type { Lang } from './types.ts';

export const BOM = '\uFEFF';

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function field(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The filtered list as CSV that Excel opens with Japanese intact: UTF-8 with a BOM, CRLF rows.
 * Names as the user reads them; ids and codes so the rows can be joined back to the data.
 */
export function toCsv(atlas: Atlas, items: readonly Item[], lang: Lang): string {
  const head = lang === 'ja'
    ? ['ID', '名称', '分野', '事業内容', '市町村', '市町村コード', '実施主体', 'プロジェクト番号', 'プロジェクト', '位置の精度', '経度', '緯度', '出典']
    : ['ID', 'Name', 'Category', 'Work', 'Municipality', 'Municipality code', 'Implementing body', 'Project numbers', 'Projects', 'Accuracy', 'Longitude', 'Latitude', 'Sources'];
  const rows = items.map((i) => {
    const p = i.properties;
    const projects = atlas.projectsOfItem(i);
    const point = i.geometry?.type === 'Point' ? (i.geometry.coordinates as number[]) : null;
    return [
      p.id,
      nameOf(lang, p),
      categoryLabel(lang, p.category),
      p.work_ja,
      p.municipalities.map((c) => { const a = atlas.areaById.get(c); return a ? nameOf(lang, a) : c; }).join('・'),
      p.municipalities.join(' '),
      (() => { const b = atlas.bodyById.get(p.body); return b ? nameOf(lang, b) : p.body; })(),
      projects.map((x) => x.numbers.join('/')).join(' '),
      projects.map((x) => nameOf(lang, x)).join(' / '),
      i.geometry ? accuracyLabel(lang, p.accuracy) : '',
      point ? point[0]! : '',
      point ? point[1]! : '',
      p.sources.map((s) => `${s.file} ${s.section}`).join(' | '),
    ];
  });
  return BOM + [head, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The filtered located items with all their properties (RFC 7946). */
export function toGeoJson(items: readonly Item[]): FeatureCollection {
  return { type: 'FeatureCollection', features: items.filter((i) => i.geometry !== null) as FeatureCollection['features'] };
}
