/**
 * Deterministic generator of benchmark data: N infrastructure features spread over the land of
 * Hokkaido, written as the app's data files (one FeatureCollection per located category, named
 * as in src/domain/data/files.ts), plus data/manifest.json ({"bbox": [w, s, e, n]}).
 *
 *   npx tsx bench/generate.ts --n 10000 --out bench/.work/data-10000 [--seed 1] [--bbox hokkaido|region|w,s,e,n] [--slim]
 *
 * Layout of --out:  infrastructure/*.geojson (8 category files + a copy of the real
 * unlocated.geojson), manifest.json, bench-meta.json (counts, sizes, click targets).
 *
 * Realism: 60 % points, 30 % lines (5–40 vertices), 10 % polygons (6–30 vertices); 55 % of
 * features cluster around towns (weighted by size), the rest are uniform over land; properties
 * are complete ItemProperties of the same size as the real records (≈ 0.5–1.5 KB of JSON each:
 * names of 6–20 characters, real project ids, real municipality codes, long geometry_basis and
 * sources). `--slim` keeps only what a map draws (id, name_ja, category, accuracy, projects,
 * municipalities, body) — the input of the vector-tile path at 1M features, where the full
 * records (≈ 1.3 GB) would live in per-item detail files, not in what the map loads.
 *
 * Same --n, --seed and --bbox give byte-identical files (seeded PRNG, no Date or Math.random).
 */
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Area, ItemProperties, LocatedCategory, Project, Source } from '../src/domain/types.ts';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { type MunicipalShapes, insideNamed, municipalityAt, shapesByCode } from '../src/domain/data/placement.ts';
import { type BBox, HOKKAIDO_BBOX, INFRASTRUCTURE_FILES, INITIAL_BOUNDS, LOCATED_CATEGORIES, REGION_BBOX } from './shared.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Bump when the output changes, so cached data sets are regenerated. */
export const GENERATOR_VERSION = 5;

// ------------------------------------------------------------------ PRNG

/** sfc32: small, fast, good enough for test data; seeded through splitmix32. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

class Rand {
  private spare: number | null = null;
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  range(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  normal(): number {
    if (this.spare !== null) {
      const v = this.spare;
      this.spare = null;
      return v;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
  weighted<T>(xs: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of xs) total += w;
    let r = this.next() * total;
    for (const [x, w] of xs) {
      r -= w;
      if (r < 0) return x;
    }
    return xs[xs.length - 1]![0];
  }
}

// ------------------------------------------------------------------ land mask

/** Hokkaido's outline rasterised to a grid of cells (scanline fill), sampled cell by cell. */
class LandMask {
  readonly cell = 0.01;
  private readonly cols: number;
  private readonly rows: number;
  private readonly land: Uint8Array;
  private readonly cells: Uint32Array;

  constructor(
    ring: [number, number][],
    readonly bbox: BBox,
  ) {
    const [w, s, e, n] = bbox;
    this.cols = Math.ceil((e - w) / this.cell);
    this.rows = Math.ceil((n - s) / this.cell);
    this.land = new Uint8Array(this.cols * this.rows);
    const xs: number[] = [];
    for (let r = 0; r < this.rows; r++) {
      const y = s + (r + 0.5) * this.cell;
      xs.length = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
      }
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const c0 = Math.max(0, Math.ceil((xs[k]! - w) / this.cell - 0.5));
        const c1 = Math.min(this.cols - 1, Math.floor((xs[k + 1]! - w) / this.cell - 0.5));
        for (let c = c0; c <= c1; c++) this.land[r * this.cols + c] = 1;
      }
    }
    const list: number[] = [];
    for (let i = 0; i < this.land.length; i++) if (this.land[i]) list.push(i);
    if (list.length === 0) throw new Error(`no land inside bbox ${bbox.join(',')}`);
    this.cells = Uint32Array.from(list);
  }

  isLand(lon: number, lat: number): boolean {
    const c = Math.floor((lon - this.bbox[0]) / this.cell);
    const r = Math.floor((lat - this.bbox[1]) / this.cell);
    return c >= 0 && r >= 0 && c < this.cols && r < this.rows && this.land[r * this.cols + c] === 1;
  }

  uniform(rand: Rand): [number, number] {
    const i = this.cells[Math.floor(rand.next() * this.cells.length)]!;
    return [
      this.bbox[0] + ((i % this.cols) + rand.next()) * this.cell,
      this.bbox[1] + (Math.floor(i / this.cols) + rand.next()) * this.cell,
    ];
  }
}

// ------------------------------------------------------------------ vocabulary

/** Towns the features cluster around: [lon, lat, weight]. */
const TOWNS: readonly [number, number, number][] = [
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
const PLACES: readonly [string, string][] = (
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

interface CategoryVocab {
  abbr: string;
  suffixes: readonly [string, string][];
  work: readonly string[];
  programs: readonly string[];
  label: string;
}

const VOCAB: Record<LocatedCategory, CategoryVocab> = {
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
const POINT_CATS: readonly [LocatedCategory, number][] = [
  ['fishing-port', 0.3],
  ['harbor', 0.1],
  ['airport', 0.03],
  ['disaster-prevention', 0.17],
  ['road', 0.2],
  ['park', 0.1],
  ['river', 0.05],
  ['agriculture', 0.05],
];
const LINE_CATS: readonly [LocatedCategory, number][] = [
  ['road', 0.65],
  ['river', 0.35],
];
const POLY_CATS: readonly [LocatedCategory, number][] = [
  ['agriculture', 0.55],
  ['park', 0.3],
  ['river', 0.1],
  ['harbor', 0.05],
];

const SEED_FILES = ['001_7bf47494a3ec3789.txt', '000_3c0e9a51d2b8f417.txt', '003_8d41f0c2a9e6b735.txt', '004_52be7d19c0a4f6e8.txt'];

const BASIS_SENTENCES: readonly ((r: Rand, place: string, name: string) => string)[] = [
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

// ------------------------------------------------------------------ generation

export interface GenerateOptions {
  n: number;
  out: string;
  seed?: number;
  bbox?: BBox;
  slim?: boolean;
}

export interface ClickTarget {
  id: string;
  lon: number;
  lat: number;
  name_ja: string;
}

export interface GenerateMeta {
  version: number;
  n: number;
  seed: number;
  bbox: BBox;
  slim: boolean;
  counts: { points: number; lines: number; polygons: number; vertices: number; byCategory: Record<string, number> };
  files: Record<string, number>;
  totalBytes: number;
  /** Points inside the first view, in generation order: candidates for the click measurements. */
  targets: ClickTarget[];
  ms: number;
}

interface Tables {
  projects: Project[];
  municipalities: Area[];
}

function loadTables(): Tables {
  const projects = JSON.parse(readFileSync(join(ROOT, 'data', 'projects.json'), 'utf8')) as Project[];
  const areas = JSON.parse(readFileSync(join(ROOT, 'data', 'areas.json'), 'utf8')) as Area[];
  return { projects, municipalities: areas.filter((a) => a.level === 'municipality' && a.office) };
}

function loadMask(bbox: BBox): LandMask {
  const { ring } = JSON.parse(readFileSync(join(import.meta.dirname, 'hokkaido-land.json'), 'utf8')) as { ring: [number, number][] };
  return new LandMask(ring, bbox);
}

const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

/** The named towns if the geometry lies in them; else the town holding its first position; else none. */
function placedIn(coordinates: unknown, named: string[], shapes: MunicipalShapes): string[] {
  const g = geometryOf(coordinates);
  if (insideNamed(g, named, shapes)) return named;
  const first = (
    g.type === 'Point'
      ? g.coordinates
      : g.type === 'LineString'
        ? g.coordinates[0]
        : (g as { coordinates: Position[][] }).coordinates[0]![0]
  ) as Position;
  const home = municipalityAt(first, shapes);
  return home && insideNamed(g, [home], shapes) ? [home] : [];
}

function geometryOf(coordinates: unknown): Geometry {
  const depth = (c: unknown): number => (Array.isArray(c) ? 1 + depth(c[0]) : 0);
  const d = depth(coordinates);
  return (
    d === 1 ? { type: 'Point', coordinates } : d === 2 ? { type: 'LineString', coordinates } : { type: 'Polygon', coordinates }
  ) as Geometry;
}

/** Generates the data set into `out` and returns its meta (also written as out/bench-meta.json). */
export function generate(opts: GenerateOptions): GenerateMeta {
  const t0 = performance.now();
  const seed = opts.seed ?? 1;
  const bbox = opts.bbox ?? HOKKAIDO_BBOX;
  const slim = opts.slim ?? false;
  const rand = new Rand(prng(seed));
  // Everything only the full records have comes from a second stream, so `--slim` output is
  // the same features (ids, geometry, category, names …) as the full output, just fewer fields.
  const detail = new Rand(prng(seed ^ 0x5bd1e995));
  const mask = loadMask(bbox);
  const { projects, municipalities } = loadTables();
  const shapes = shapesByCode(
    JSON.parse(readFileSync(join(ROOT, 'data', 'basemap', 'municipalities.geojson'), 'utf8')) as FeatureCollection,
  );
  const towns = TOWNS.filter(([x, y]) => x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3]).map(
    ([x, y, w]) => [[x, y], w] as const,
  );
  const clampX = (x: number) => Math.min(bbox[2], Math.max(bbox[0], x));
  const clampY = (y: number) => Math.min(bbox[3], Math.max(bbox[1], y));

  const infraDir = join(opts.out, 'infrastructure');
  mkdirSync(infraDir, { recursive: true });
  const writers = new Map<LocatedCategory, { fd: number; buf: string[]; size: number; count: number; bytes: number }>();
  for (const c of LOCATED_CATEGORIES) {
    const fd = openSync(join(opts.out, INFRASTRUCTURE_FILES[c]), 'w');
    const head = '{"type":"FeatureCollection","features":[\n';
    writeSync(fd, head);
    writers.set(c, { fd, buf: [], size: 0, count: 0, bytes: Buffer.byteLength(head) });
  }
  const flush = (w: { fd: number; buf: string[]; size: number; bytes: number }) => {
    const s = w.buf.join('');
    writeSync(w.fd, s);
    w.bytes += Buffer.byteLength(s);
    w.buf = [];
    w.size = 0;
  };

  const counts = { points: 0, lines: 0, polygons: 0, vertices: 0, byCategory: {} as Record<string, number> };
  const targets: ClickTarget[] = [];
  const [tw, ts, te, tn] = INITIAL_BOUNDS;
  // Click targets sit in the left-middle of the first view (the panel covers the right).
  const inTargetArea = (x: number, y: number) =>
    x > tw + 0.25 * (te - tw) && x < tw + 0.55 * (te - tw) && y > ts + 0.25 * (tn - ts) && y < ts + 0.75 * (tn - ts);

  for (let i = 0; i < opts.n; i++) {
    const kind = rand.weighted([
      ['Point', 0.6],
      ['LineString', 0.3],
      ['Polygon', 0.1],
    ] as const);
    const category = rand.weighted(kind === 'Point' ? POINT_CATS : kind === 'LineString' ? LINE_CATS : POLY_CATS);
    const v = VOCAB[category];

    // anchor on land: clustered around a town, or uniform
    let anchor: [number, number] | null = null;
    if (towns.length && rand.chance(0.55)) {
      const [tx, ty] = rand.weighted(towns);
      for (let k = 0; k < 12 && !anchor; k++) {
        const x = tx + rand.normal() * 0.16;
        const y = ty + rand.normal() * 0.12;
        if (mask.isLand(x, y)) anchor = [x, y];
      }
    }
    anchor ??= mask.uniform(rand);
    // A cell of the land mask, or a town's cluster, can reach past the bbox: every position stays
    // inside it, or the app (which checks positions against the manifest's bbox) refuses the item.
    const [ax, ay] = [clampX(anchor[0]), clampY(anchor[1])];
    const kx = 1 / Math.cos((ay * Math.PI) / 180);

    let coordinates: unknown;
    if (kind === 'Point') {
      coordinates = [round6(ax), round6(ay)];
      counts.points++;
      counts.vertices++;
    } else if (kind === 'LineString') {
      const nv = rand.int(5, 40);
      let heading = rand.range(0, 2 * Math.PI);
      let x = ax;
      let y = ay;
      const line: [number, number][] = [];
      for (let k = 0; k < nv; k++) {
        line.push([round6(clampX(x)), round6(clampY(y))]);
        const step = rand.range(0.002, 0.008);
        heading += rand.normal() * 0.35;
        x += Math.cos(heading) * step * kx;
        y += Math.sin(heading) * step;
      }
      coordinates = line;
      counts.lines++;
      counts.vertices += nv;
    } else {
      const nv = rand.int(6, 30);
      const radius = rand.range(0.004, 0.03);
      const angles = Array.from({ length: nv }, () => rand.range(0, 2 * Math.PI)).sort((a, b) => a - b);
      const ring: [number, number][] = angles.map((a) => {
        const r = radius * rand.range(0.6, 1);
        return [round6(clampX(ax + Math.cos(a) * r * kx)), round6(clampY(ay + Math.sin(a) * r))];
      });
      ring.push([ring[0]![0], ring[0]![1]]);
      coordinates = [ring];
      counts.polygons++;
      counts.vertices += nv + 1;
    }

    // names
    const place = rand.pick(PLACES);
    const [suffix, suffixEn] = rand.pick(v.suffixes);
    let name = place[0] + suffix;
    let nameEn = `${place[1]} ${suffixEn}`;
    if (rand.chance(0.35) || name.length < 6) {
      const other = rand.pick(PLACES);
      name = `${place[0]}${other[0]}${suffix}`;
      nameEn = `${place[1]}-${other[1]} ${suffixEn}`;
    }
    while (name.length < 6) name += `第${rand.int(1, 9)}工区`;
    if (rand.chance(0.25) && name.length <= 14) name += `（${rand.pick(PLACES)[0]}地区）`;
    if (name.length > 20) name = name.slice(0, 20);

    const id = `b-${v.abbr}-${i.toString(36)}`;
    const nProjects = rand.weighted([
      [1, 0.45],
      [2, 0.3],
      [3, 0.15],
      [4, 0.1],
    ] as const);
    const projectIds = new Set<string>();
    while (projectIds.size < nProjects) projectIds.add(rand.pick(projects).id);
    const nearest = municipalities
      .map((m) => ({ m, d: Math.hypot((m.office![0] - ax) / kx, m.office![1] - ay) }))
      .sort((a, b) => a.d - b.d);
    const near = nearest[0]!.d < 0.6 ? [nearest[0]!.m.id, ...(rand.chance(0.15) ? [nearest[1]!.m.id] : [])] : [];
    // The app checks an item against the official polygons of the towns it names (placement.ts):
    // the nearest office may be a neighbour's. Slim output (tiles, never validated) skips it.
    const munis = slim || near.length === 0 ? near : placedIn(coordinates, near, shapes);
    const accuracy =
      kind === 'Point'
        ? rand.weighted([
            ['exact', 0.6],
            ['representative-point', 0.4],
          ] as const)
        : rand.weighted([
            ['approximate', 0.85],
            ['exact', 0.15],
          ] as const);
    const body = rand.chance(0.55) ? 'kuni' : 'do';

    let properties: Record<string, unknown>;
    if (slim) {
      properties = { id, name_ja: name, category, accuracy, projects: [...projectIds], municipalities: munis, body };
    } else {
      const basisTarget = Math.min(700, Math.max(60, Math.round(Math.exp(detail.normal() * 0.6 + Math.log(280)))));
      let basis = '';
      while (basis.length < basisTarget) basis += detail.pick(BASIS_SENTENCES)(detail, detail.pick(PLACES)[0], name);
      const sources: Source[] = [...projectIds].slice(0, detail.int(1, Math.max(1, projectIds.size))).map((pid) => {
        const p = projects.find((x) => x.id === pid)!;
        const num = p.numbers.map((s) => s.replace('-', '－')).join('、');
        const src: Source = {
          file: detail.pick(SEED_FILES),
          section: `Ⅲ 地域重点プロジェクト ${num} ${p.name_ja}（２/２） 【主な基盤整備】 ○ ${v.label}`,
        };
        if (detail.chance(0.5)) src.note = `・${name}の${detail.pick(v.work)}`;
        return src;
      });
      const props: ItemProperties = {
        id,
        name_ja: name,
        ...(detail.chance(0.4) ? { name_en: nameEn } : {}),
        category,
        work_ja: detail.pick(v.work),
        body,
        body_basis: detail.chance(0.6) ? 'project-promoter' : 'printed',
        ...(detail.chance(0.4) ? { program_ja: detail.pick(v.programs) } : {}),
        projects: [...projectIds],
        municipalities: munis,
        accuracy,
        represents_ja:
          kind === 'Point'
            ? `${v.label}施設の位置（${place[0]}付近の代表点）`
            : kind === 'LineString'
              ? `事業区間（${place[0]}〜${detail.pick(PLACES)[0]}、延長${detail.range(0.5, 30).toFixed(1)}km）の概略線`
              : `${place[0]}地区の事業区域（概略）`,
        geometry_basis: basis,
        sources,
      };
      properties = props as unknown as Record<string, unknown>;
    }

    if (kind === 'Point' && targets.length < 400 && inTargetArea(ax, ay))
      targets.push({ id, lon: round6(ax), lat: round6(ay), name_ja: name });
    counts.byCategory[category] = (counts.byCategory[category] ?? 0) + 1;

    const w = writers.get(category)!;
    const json = JSON.stringify({ type: 'Feature', geometry: { type: kind, coordinates }, properties });
    w.buf.push(w.count === 0 ? json : `,\n${json}`);
    w.count++;
    w.size += json.length;
    if (w.size > 4_000_000) flush(w);
  }

  const files: Record<string, number> = {};
  let totalBytes = 0;
  for (const [c, w] of writers) {
    w.buf.push('\n]}\n');
    flush(w);
    closeSync(w.fd);
    files[INFRASTRUCTURE_FILES[c]] = w.bytes;
    totalBytes += w.bytes;
  }
  // The unlocated items are kept as they are (they are never drawn); the app expects the file.
  copyFileSync(join(ROOT, 'data', 'infrastructure', 'unlocated.geojson'), join(infraDir, 'unlocated.geojson'));
  writeFileSync(join(opts.out, 'manifest.json'), `${JSON.stringify({ bbox })}\n`);
  const meta: GenerateMeta = {
    version: GENERATOR_VERSION,
    n: opts.n,
    seed,
    bbox,
    slim,
    counts,
    files,
    totalBytes,
    targets,
    ms: Math.round(performance.now() - t0),
  };
  writeFileSync(join(opts.out, 'bench-meta.json'), `${JSON.stringify(meta, null, 1)}\n`);
  return meta;
}

/** `hokkaido` | `region` | `w,s,e,n` */
export function parseBBox(s: string | undefined): BBox {
  if (!s || s === 'hokkaido') return HOKKAIDO_BBOX;
  if (s === 'region') return REGION_BBOX;
  const v = s.split(',').map(Number);
  if (v.length !== 4 || v.some((x) => !Number.isFinite(x))) throw new Error(`--bbox: expected hokkaido, region or w,s,e,n (got ${s})`);
  return v as BBox;
}

/** Reads out/bench-meta.json if it describes the same data set (so callers can skip regenerating). */
export function cachedMeta(out: string, o: { n: number; seed: number; bbox: BBox; slim: boolean }): GenerateMeta | null {
  try {
    const m = JSON.parse(readFileSync(join(out, 'bench-meta.json'), 'utf8')) as GenerateMeta;
    return m.version === GENERATOR_VERSION && m.n === o.n && m.seed === o.seed && m.slim === o.slim && m.bbox.join() === o.bbox.join()
      ? m
      : null;
  } catch {
    return null;
  }
}

if (process.argv[1] && basename(process.argv[1]).startsWith('generate')) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      bbox: { type: 'string' },
      slim: { type: 'boolean', default: false },
    },
  });
  const n = Number(values.n);
  const out = resolve(values.out ?? join(import.meta.dirname, '.work', `data-${n}`));
  const meta = generate({ n, out, seed: Number(values.seed), bbox: parseBBox(values.bbox), slim: values.slim });
  console.log(
    `${out}: ${meta.n} features (${meta.counts.points} points, ${meta.counts.lines} lines, ${meta.counts.polygons} polygons, ${meta.counts.vertices} vertices), ${(meta.totalBytes / 1e6).toFixed(1)} MB in ${meta.ms} ms`,
  );
}
