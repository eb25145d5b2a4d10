import type { Catalogue } from './entry.ts';

/** Strings of import and export (file in, file out, per-file results), Japanese first. */
export const IO = {
  exportXlsx: { ja: 'Excelで保存', en: 'Save as Excel' },
  exportAll: { ja: 'すべて', en: 'all' },
  exportFiltered: { ja: '絞り込み', en: 'filtered' },
  colId: { ja: 'ID', en: 'ID' },
  colMunicipalityCode: { ja: '市町村コード', en: 'Municipality code' },
  colProjectNumbers: { ja: 'プロジェクト番号', en: 'Project numbers' },
  colProjects: { ja: 'プロジェクト', en: 'Projects' },
  colLon: { ja: '経度', en: 'Longitude' },
  colLat: { ja: '緯度', en: 'Latitude' },
  colPointKind: { ja: '座標の種類', en: 'Coordinates are' },
  pointKind_point: { ja: '点の位置', en: 'the point' },
  'pointKind_first-point': { ja: '最初の点', en: 'the first point' },
  'pointKind_line-middle': { ja: '線の中間点（線上）', en: 'halfway along the line' },
  'pointKind_polygon-inside': { ja: '区域の内側の代表点', en: 'a point inside the area' },
  importReading: { ja: 'ファイルを読み込んでいます（{done}/{total}）…', en: 'Reading files ({done} of {total})…' },
  importAdding: { ja: '{n}件を地図に追加しています…', en: 'Adding {n} features to the map…' },
  importLoadedFile: { ja: '{file}: {n}件を読み込みました', en: '{file}: {n} features loaded' },
  importReadAs: { ja: '（{encoding}として読み込み）', en: ' (read as {encoding})' },
  importSetAside: { ja: '{n}件を除外: {why}', en: '{n} set aside: {why}' },
  importFailedFile: { ja: '{file}: 読み込めませんでした', en: '{file}: not loaded' },
  importTooDeep: {
    ja: '座標の配列の入れ子が深すぎます（{depth}段以上。GeoJSONでは最大4段）',
    en: 'the coordinates are nested too deeply ({depth} levels or more; GeoJSON has at most 4)',
  },
  importCrashed: { ja: 'ファイルを処理できませんでした: {message}', en: 'the file could not be processed: {message}' },
  importReservedColumn: {
    ja: '列「{column}」は予約された名前のため除外しました',
    en: 'the column “{column}” has a reserved name and was set aside',
  },
  importNoGeometry: { ja: '位置（ジオメトリ）のない地物 {n}件を除外しました', en: '{n} features without geometry were set aside' },
  importRagged: {
    ja: '{n}行の項目数が見出し（{header}項目）と異なります（最初は{line}行目）。位置で読み取りました',
    en: '{n} rows have a different number of fields than the header ({header}), first on line {line}: values were read by position',
  },
  importJsonInCsv: { ja: '中身がCSVではなくJSONのため、GeoJSONとして読み込みました', en: 'it holds JSON, not CSV: it was read as GeoJSON' },
  importXlsxSheet: { ja: '最初のシート「{sheet}」を読み込みました', en: 'read the first sheet “{sheet}”' },
} as const satisfies Catalogue;
