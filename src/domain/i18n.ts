import type { Accuracy, Category, Lang, PromoterId } from './types.ts';

/** Every UI string, Japanese first. Data names come from the data (name_ja / name_en). */
const STRINGS = {
  appTitle: { ja: '釧根アトラス', en: 'Senkon Atlas' },
  appSubtitle: { ja: '釧路・根室連携地域 インフラ・地域づくりマップ', en: 'Infrastructure and regional projects of Kushiro–Nemuro' },
  layers: { ja: 'レイヤー', en: 'Layers' },
  legend: { ja: '凡例', en: 'Legend' },
  items: { ja: '施設一覧', en: 'Items' },
  close: { ja: '閉じる', en: 'Close' },
  category: { ja: '分野', en: 'Category' },
  work: { ja: '事業内容', en: 'Work' },
  program: { ja: '事業名', en: 'Programme' },
  municipality: { ja: '市町村', en: 'Municipality' },
  body: { ja: '実施主体', en: 'Implementing body' },
  bodyFromPromoter: { ja: '（掲載プロジェクトの推進主体）', en: '(promoter of the listing project)' },
  accuracy: { ja: '位置の精度', en: 'Position accuracy' },
  represents: { ja: '図形の意味', en: 'Geometry shows' },
  geometryBasis: { ja: '位置の根拠', en: 'Position basis' },
  projects: { ja: '地域重点プロジェクト', en: 'Priority projects' },
  promoter: { ja: '推進主体', en: 'Promoter' },
  kpis: { ja: '指標（KPI）', en: 'KPIs' },
  kpiVia: { ja: '前身の計画の指標', en: 'KPI of the predecessor plan' },
  noKpis: { ja: 'この項目のプロジェクトに対応する指標は計画に記載がありません。', en: 'The plans give no KPI for these projects.' },
  latest: { ja: '最新値', en: 'Latest' },
  target: { ja: '目標', en: 'Target' },
  base: { ja: '基準', en: 'Base' },
  progress: { ja: '達成率', en: 'Progress' },
  printedProgress: { ja: '資料記載', en: 'as printed' },
  sources: { ja: '出典', en: 'Sources' },
  regionWide: { ja: '地域全体（位置を特定しない）', en: 'Region-wide (no located place)' },
  unlocatedNote: { ja: '計画に場所の記載がないため地図には表示しません。', en: 'The plan names no place for this item, so it is not drawn.' },
  listHint: { ja: '項目を選ぶと詳細を表示します（↑↓で移動、Enterで選択）', en: 'Choose an item to see details (↑↓ to move, Enter to select)' },
  dataErrors: { ja: 'データの一部を読み込めませんでした', en: 'Some data could not be loaded' },
  loading: { ja: '読み込み中…', en: 'Loading…' },
  itemsLoading: { ja: '施設データを読み込み中（地図は表示済み）…', en: 'Loading the items (the map is already drawn)…' },
  tilesSample: { ja: 'この縮尺では施設の一部を間引いて表示しています。全件はズーム', en: 'At this scale the map shows a sample of the items; all of them from zoom' },
  tilesSampleEnd: { ja: '以上で表示（一覧と件数は常に全件）', en: 'up (the list and counts always cover all)' },
  language: { ja: 'English', en: '日本語' },
  languageLabel: { ja: '表示言語を英語に切り替え', en: 'Switch the language to Japanese' },
  approxBadge: { ja: '概略位置', en: 'approximate' },
  located: { ja: '地図上の施設', en: 'On the map' },
  unlocated: { ja: '場所の記載がない事業', en: 'Not located in the plans' },
  attributionData: { ja: '事業データ: 釧路・根室連携地域「地域づくり推進ビジョン」ほか', en: 'Project data: Kushiro–Nemuro regional vision and policy documents' },
  border: { ja: '北方領土隣接地域', en: 'Northern Territories adjacent area' },
  count: { ja: '件', en: 'items' },
  filters: { ja: '絞り込み', en: 'Filters' },
  clear: { ja: 'クリア', en: 'Clear' },
  clearAll: { ja: 'すべてクリア', en: 'Clear all' },
  fitResults: { ja: '結果に合わせて表示', en: 'Fit map to results' },
  facetProjects: { ja: 'プロジェクト', en: 'Project' },
  facetGoals: { ja: '地域のめざす姿', en: 'Goal' },
  facetPromoters: { ja: '推進主体', en: 'Promoter' },
  facetBodies: { ja: '実施主体', en: 'Implementing body' },
  facetCategories: { ja: '分野', en: 'Category' },
  facetAreas: { ja: '地域', en: 'Area' },
  facetAccuracy: { ja: '位置の精度', en: 'Position accuracy' },
  facetBorder: { ja: '北方領土隣接地域', en: 'Northern Territories adjacent area' },
  borderAll: { ja: 'すべて', en: 'All' },
  borderInside: { ja: '隣接地域内', en: 'Inside' },
  borderOutside: { ja: '隣接地域外', en: 'Outside' },
  search: { ja: '検索', en: 'Search' },
  searchPlaceholder: { ja: '施設名・プロジェクト番号・市町村名', en: 'Name, project number or municipality' },
  searchNone: { ja: '該当なし', en: 'No match' },
  kindItem: { ja: '施設', en: 'Item' },
  kindProject: { ja: 'プロジェクト', en: 'Project' },
  kindArea: { ja: '地域', en: 'Area' },
  sortBy: { ja: '並び替え', en: 'Sort by' },
  name: { ja: '名称', en: 'Name' },
  exportCsv: { ja: 'CSVで保存', en: 'Save as CSV' },
  exportGeojson: { ja: 'GeoJSONで保存', en: 'Save as GeoJSON' },
  summary: { ja: '概要', en: 'Summary' },
  initiatives: { ja: '主な取組', en: 'Main initiatives' },
  cocreation: { ja: '官民共創の取組', en: 'Public–private co-creation' },
  content: { ja: '取組内容', en: 'Content' },
  structure: { ja: '推進体制', en: 'Promotion structure' },
  goals: { ja: '地域のめざす姿', en: 'Goals' },
  areaSummary: { ja: '地域の概要', en: 'Area summary' },
  roadKm: { ja: '道路事業の延長（図形上）', en: 'Length of road works (as drawn)' },
  riverKm: { ja: '河川事業の延長（図形上）', en: 'Length of river works (as drawn)' },
  districtKm2: { ja: '地区・区域の面積（図形上）', en: 'Area of districts (as drawn)' },
  byCategory: { ja: '分野別', en: 'By category' },
  byBody: { ja: '実施主体別', en: 'By body' },
  drawnNote: { ja: '概略位置の図形から計算した参考値です。', en: 'Computed from approximate geometry: indicative only.' },
  chartOf: { ja: 'グラフと表', en: 'Chart and table' },
  activities: { ja: '施策展開（前身の推進管理表）', en: 'Yearly activities (predecessor management table)' },
  kpiOverview: { ja: '指標の一覧', en: 'KPI overview' },
  basemapFallback: { ja: 'オンラインの背景地図を読み込めないため、内蔵の地図を表示しています。', en: 'The online basemap could not be loaded; showing the embedded map.' },
  basemap: { ja: '背景地図', en: 'Basemap' },
  basemapOffline: { ja: '内蔵地図（オフライン）', en: 'Embedded (offline)' },
  basemapGsiPale: { ja: '地理院タイル 淡色地図', en: 'GSI pale map' },
  basemapGsiStd: { ja: '地理院タイル 標準地図', en: 'GSI standard map' },
  basemapGsiPhoto: { ja: '地理院タイル 写真', en: 'GSI aerial photo' },
  basemapOsm: { ja: 'OpenStreetMap', en: 'OpenStreetMap' },
  basemapOnlineNote: { ja: 'オンライン地図はインターネット接続時のみ', en: 'Online maps need an internet connection' },
  contextLayers: { ja: '参考レイヤー', en: 'Context layers' },
  ctxParks: { ja: '自然公園・ラムサール条約湿地', en: 'Natural parks and Ramsar sites' },
  ctxByways: { ja: 'シーニックバイウェイ', en: 'Scenic Byways' },
  ctxExpressway: { ja: '道東自動車道', en: 'Doto Expressway' },
  ctxIslands: { ja: '北方領土の島名', en: 'Northern Territories islands' },
  kind: { ja: '種別', en: 'Kind' },
  importFile: { ja: 'ファイルを読み込む（GeoJSON・CSV）', en: 'Load a file (GeoJSON, CSV)' },
  importDrop: { ja: 'ここにファイルをドロップ', en: 'Drop the file here' },
  importDone: { ja: '件を読み込みました', en: 'features loaded' },
  importFailed: { ja: 'ファイルを読み込めませんでした（表示中のデータはそのままです）', en: 'The file could not be loaded (nothing on screen was changed)' },
  importedFile: { ja: '読み込んだファイル', en: 'Loaded from' },
  importedProps: { ja: 'ファイルの属性', en: "The file's attributes" },
  showMore: { ja: 'さらに表示', en: 'Show more' },
  tourStart: { ja: '説明会モード', en: 'Presentation' },
  handoutPng: { ja: '画像で保存', en: 'Save image' },
  print: { ja: '印刷', en: 'Print' },
  noWebgl: { ja: 'この環境では地図（WebGL）を表示できません。一覧から同じ情報を参照できます。', en: 'This browser cannot show the map (no WebGL). The list below gives the same information.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** Every UI string in both languages, run together (which characters the fonts must cover). */
export function allUiText(): string {
  return [STRINGS, CATEGORY, ACCURACY, PROMOTER].flatMap((table) => Object.values(table).flatMap((v: Record<Lang, string>) => [v.ja, v.en])).join('');
}

const CATEGORY: Record<Category, Record<Lang, string>> = {
  'fishing-port': { ja: '漁港', en: 'Fishing ports' },
  harbor: { ja: '港湾', en: 'Harbours' },
  road: { ja: '道路', en: 'Roads' },
  river: { ja: '河川', en: 'Rivers' },
  agriculture: { ja: '農業', en: 'Agriculture' },
  park: { ja: '公園', en: 'Parks' },
  airport: { ja: '空港', en: 'Airport' },
  'disaster-prevention': { ja: '防災（火山）', en: 'Disaster prevention (volcanoes)' },
  forestry: { ja: '林業', en: 'Forestry' },
  fishery: { ja: '漁業', en: 'Fisheries' },
  welfare: { ja: '社会福祉', en: 'Social welfare' },
  coast: { ja: '海岸', en: 'Coast' },
  'border-promotion': { ja: '北方領土隣接地域振興', en: 'Border-area promotion' },
  imported: { ja: '読み込んだデータ', en: 'Your data' },
};

export const categoryLabel = (lang: Lang, c: Category): string => CATEGORY[c][lang];

const ACCURACY: Record<Accuracy, Record<Lang, string>> = {
  exact: { ja: '正確', en: 'exact' },
  approximate: { ja: '概略', en: 'approximate' },
  'representative-point': { ja: '代表点', en: 'representative point' },
};
export const accuracyLabel = (lang: Lang, a: Accuracy): string => ACCURACY[a][lang];

const PROMOTER: Record<PromoterId, Record<Lang, string>> = {
  kuni: { ja: '国', en: 'National' },
  do: { ja: '道', en: 'Hokkaido' },
};
export const promoterLabel = (lang: Lang, p: PromoterId): string => PROMOTER[p][lang];

/** A record's name in the chosen language, falling back to Japanese where the data has no English. */
export function nameOf(lang: Lang, r: { name_ja: string; name_en?: string }): string {
  return lang === 'en' && r.name_en ? r.name_en : r.name_ja;
}
