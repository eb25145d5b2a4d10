/** Words, places and categories the bench generator makes its features of (bench/generate.ts). */
import type { LocatedCategory } from '../src/domain/types.ts';
import type { Rand } from './random.ts';

// ------------------------------------------------------------------ vocabulary

/** Towns the features cluster around: [lon, lat, weight]. */
export const TOWNS: readonly [number, number, number][] = [
  [141.35, 43.06, 10],
  [142.36, 43.77, 4],
  [140.73, 41.77, 4],
  [144.38, 42.98, 4],
  [143.2, 42.92, 3],
  [141.6, 42.63, 3],
  [141.0, 43.19, 2],
  [143.9, 43.8, 2],
  [141.56, 43.1, 2],
  [140.97, 42.32, 2],
  [141.78, 43.2, 1.5],
  [144.27, 44.02, 1],
  [141.67, 45.41, 1],
  [145.58, 43.33, 1.5],
  [144.97, 43.55, 1],
  [145.13, 43.66, 0.8],
  [145.19, 44.02, 0.6],
  [144.85, 43.05, 0.8],
  [145.13, 43.08, 0.6],
  [144.46, 43.49, 0.6],
  [144.07, 42.96, 0.6],
  [145.12, 43.39, 0.8],
  [143.35, 44.36, 0.8],
  [141.64, 43.94, 0.8],
  [142.46, 44.36, 0.8],
  [142.38, 43.34, 0.7],
  [142.77, 42.17, 0.6],
  [140.13, 41.87, 0.5],
  [140.86, 42.47, 0.8],
  [141.65, 42.82, 1.5],
  [141.9, 43.56, 0.8],
  [142.37, 42.34, 0.6],
  [143.32, 42.29, 0.5],
  [143.45, 42.92, 0.5],
  [144.1, 43.83, 0.5],
  [143.53, 44.06, 0.5],
  [142.58, 44.94, 0.4],
  [144.67, 43.91, 0.5],
  [140.76, 42.9, 0.6],
  [140.27, 42.25, 0.5],
  [140.38, 42.51, 0.4],
  [141.65, 44.31, 0.3],
  [141.75, 44.88, 0.3],
  [144.6, 43.3, 0.6],
  [144.32, 43.23, 0.5],
];

/** [name_ja, name_en] of places, all in Hokkaido (a small character set, like the real data). */
export const PLACES: readonly [string, string][] = (
  '釧路 Kushiro,根室 Nemuro,厚岸 Akkeshi,浜中 Hamanaka,標茶 Shibecha,弟子屈 Teshikaga,鶴居 Tsurui,白糠 Shiranuka,別海 Betsukai,' +
  '中標津 Nakashibetsu,標津 Shibetsu,羅臼 Rausu,帯広 Obihiro,札幌 Sapporo,旭川 Asahikawa,函館 Hakodate,小樽 Otaru,北見 Kitami,' +
  '網走 Abashiri,稚内 Wakkanai,留萌 Rumoi,苫小牧 Tomakomai,室蘭 Muroran,江差 Esashi,岩見沢 Iwamizawa,名寄 Nayoro,紋別 Monbetsu,' +
  '富良野 Furano,十勝 Tokachi,日高 Hidaka,浦河 Urakawa,様似 Samani,広尾 Hiroo,斜里 Shari,知床 Shiretoko,阿寒 Akan,音別 Onbetsu,' +
  '茶内 Chanai,霧多布 Kiritappu,落石 Ochiishi,歯舞 Habomai,尾岱沼 Odaito,糸魚沢 Itoizawa,尾幌 Oboro,虹別 Nijibetsu,計根別 Kenebetsu,' +
  '養老牛 Yoroushi,川湯 Kawayu,屈斜路 Kussharo,摩周 Mashu,温根内 Onnenai,塘路 Toro,達古武 Takobu,昆布森 Konbumori,仙鳳趾 Senposhi,' +
  '厚床 Atoko,別当賀 Betsutoga,風蓮 Furen,野付 Notsuke,忠類 Churui,峰浜 Minehama,相泊 Aidomari,新冠 Niikappu,静内 Shizunai,' +
  '鵡川 Mukawa,白老 Shiraoi,登別 Noboribetsu,伊達 Date,洞爺 Toya,長万部 Oshamambe,八雲 Yakumo,松前 Matsumae,奥尻 Okushiri,' +
  '余市 Yoichi,積丹 Shakotan,岩内 Iwanai,寿都 Suttsu,美唄 Bibai,滝川 Takikawa,深川 Fukagawa,士別 Shibetsu,美深 Bifuka,枝幸 Esashi,' +
  '浜頓別 Hamatonbetsu,猿払 Sarufutsu,天塩 Teshio,羽幌 Haboro,増毛 Mashike,遠軽 Engaru,湧別 Yubetsu,佐呂間 Saroma,美幌 Bihoro,' +
  '津別 Tsubetsu,置戸 Oketo,足寄 Ashoro,陸別 Rikubetsu,本別 Honbetsu,池田 Ikeda,幕別 Makubetsu,大樹 Taiki,清水 Shimizu,新得 Shintoku,' +
  '鹿追 Shikaoi,上士幌 Kamishihoro'
)
  .split(',')
  .map((s) => s.split(' ') as [string, string]);

export interface CategoryVocab {
  abbr: string;
  suffixes: readonly [string, string][];
  work: readonly string[];
  programs: readonly string[];
  label: string;
}

export const VOCAB: Record<LocatedCategory, CategoryVocab> = {
  'fishing-port': {
    abbr: 'fp',
    suffixes: [['漁港', 'Fishing Port']],
    work: ['外郭施設等', '係留施設等', '整備', '外郭施設'],
    programs: ['水産生産基盤整備事業', '農山漁村地域整備交付金（漁村再生交付金事業）', '水産流通基盤整備事業'],
    label: '漁港',
  },
  harbor: {
    abbr: 'hb',
    suffixes: [
      ['港', 'Port'],
      ['港湾', 'Harbour'],
      ['港（東港区）', 'Port East'],
    ],
    work: ['整備', '岸壁改良', '防波堤'],
    programs: ['港湾整備事業'],
    label: '港湾',
  },
  road: {
    abbr: 'rd',
    suffixes: [
      ['道路', 'Road'],
      ['バイパス', 'Bypass'],
      ['橋', 'Bridge'],
      ['交差点', 'Junction'],
      ['線', 'Line'],
      ['防雪柵', 'Snow Fence'],
    ],
    work: ['道路整備', '道道の整備', '橋梁架替', '路肩改良', '防雪', '交差点改良', '歩道', '付加車線', '電線共同溝'],
    programs: ['道路改築事業', '交通安全施設等整備事業'],
    label: '道路',
  },
  river: {
    abbr: 'rv',
    suffixes: [
      ['川', 'River'],
      ['川水系', 'River System'],
      ['川（下流）', 'River (lower)'],
    ],
    work: ['河川改修', '自然再生', '河川改修、維持修繕'],
    programs: ['河川改修事業'],
    label: '河川',
  },
  agriculture: {
    abbr: 'ag',
    suffixes: [
      ['地区', 'District'],
      ['地区（畑総）', 'Farm District'],
      ['農道', 'Farm Road'],
      ['排水路', 'Drain'],
    ],
    work: ['農業基盤整備', '草地整備、農道整備'],
    programs: ['国営農地再編整備事業', '畑地帯総合整備事業'],
    label: '農業',
  },
  park: {
    abbr: 'pk',
    suffixes: [
      ['公園', 'Park'],
      ['木道', 'Boardwalk'],
      ['展望施設', 'Lookout'],
      ['自然休養林', 'Nature Forest'],
    ],
    work: ['木道整備工事', '施設整備'],
    programs: ['国立公園等整備事業'],
    label: '公園',
  },
  airport: {
    abbr: 'ap',
    suffixes: [
      ['空港', 'Airport'],
      ['飛行場', 'Airfield'],
    ],
    work: ['整備', '滑走路改良'],
    programs: ['空港整備事業'],
    label: '空港',
  },
  'disaster-prevention': {
    abbr: 'dp',
    suffixes: [
      ['火山観測施設', 'Volcano Station'],
      ['砂防堰堤', 'Check Dam'],
      ['防災拠点', 'Disaster Base'],
      ['避難施設', 'Shelter'],
    ],
    work: ['火山災害監視観測体制の整備', '砂防・地すべり対策', '整備'],
    programs: ['火山噴火緊急減災対策事業', '砂防事業'],
    label: '防災',
  },
};

/** Category by geometry type (weights): points are mostly ports and sites, lines roads and rivers, polygons districts and parks. */
export const POINT_CATS: readonly [LocatedCategory, number][] = [
  ['fishing-port', 0.3],
  ['harbor', 0.1],
  ['airport', 0.03],
  ['disaster-prevention', 0.17],
  ['road', 0.2],
  ['park', 0.1],
  ['river', 0.05],
  ['agriculture', 0.05],
];
export const LINE_CATS: readonly [LocatedCategory, number][] = [
  ['road', 0.65],
  ['river', 0.35],
];
export const POLY_CATS: readonly [LocatedCategory, number][] = [
  ['agriculture', 0.55],
  ['park', 0.3],
  ['river', 0.1],
  ['harbor', 0.05],
];

export const SEED_FILES = ['001_7bf47494a3ec3789.txt', '000_3c0e9a51d2b8f417.txt', '003_8d41f0c2a9e6b735.txt', '004_52be7d19c0a4f6e8.txt'];

export const BASIS_SENTENCES: readonly ((r: Rand, place: string, name: string) => string)[] = [
  (r, p, n) =>
    `起終点と延長は「${n}」の公表資料（https://www.hkd.mlit.go.jp/ks/douro/${r.int(100, 999)}/${r.int(1000, 9999)}.html）による。`,
  (r, p) => `中間は geolonia/japanese-addresses（国土交通省 位置参照情報由来の町字代表点、api/ja/北海道/${p}町.json）の代表点を結んだ。`,
  (r) =>
    `国土数値情報（国土交通省、C09-06＝平成18年度版、https://nlftp.mlit.go.jp/ksj/gml/data/C09/C09-06/C09-06_GML.zip）の点座標を小数6桁に丸めて用いた（北緯${r.range(41.5, 45.4).toFixed(6)} 東経${r.range(139.8, 145.7).toFixed(6)}）。`,
  (r, p) => `実際の区域図・線形図は入手できず、${p}付近の概略として描画した。`,
  () => 'JGD2000（世界測地系）として扱い、WGS84 と実用上同一のため測地系変換はしていない。',
  (r, p) =>
    `北海道建設新聞「${p}で${r.pick(['改良工事', '整備', '架替', '護岸工事'])}に着工」（https://e-kensin.net/news/${r.int(100000, 199999)}.html）の記事で位置を確認した。`,
  (r, p) =>
    `${p}の地理院地図（https://maps.gsi.go.jp/#15/${r.range(42, 45).toFixed(6)}/${r.range(140, 145.5).toFixed(6)}/）で施設の位置を目視で確認した。`,
  (r) => `延長は約${r.range(0.3, 30).toFixed(1)}km、計画書の記載（${r.int(1, 12)}ページ）による。`,
];
