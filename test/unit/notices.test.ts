import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_SOURCES, noticesText, packageDir, packagesOf } from '../../scripts/notices.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const nm = (name: string) => join(ROOT, 'node_modules', name);

describe('third-party notices', () => {
  it('finds the package of a bundled module, scoped or not, under the last node_modules', () => {
    expect(packageDir('/a/node_modules/lit-html/lit-html.js')).toBe('/a/node_modules/lit-html');
    expect(packageDir('\0/a/node_modules/@turf/area/dist/esm/index.js?commonjs-es-import')).toBe('/a/node_modules/@turf/area');
    expect(packageDir('/a/node_modules/x/node_modules/y/i.js')).toBe('/a/node_modules/x/node_modules/y');
    expect(packageDir('/a/src/main.ts')).toBeNull();
  });

  it('lists each package with its version, licence and licence text, and every data source with its credit', () => {
    const packages = packagesOf([nm('maplibre-gl'), nm('lit'), nm('@fontsource/noto-sans-jp'), nm('lit')]);
    expect(packages.map((p) => p.name)).toEqual(['@fontsource/noto-sans-jp', 'lit', 'maplibre-gl']);
    const version = (JSON.parse(readFileSync(join(nm('maplibre-gl'), 'package.json'), 'utf8')) as { version: string }).version;
    const text = noticesText({ name: 'senkon-atlas', version: '0.1.0', license: 'MIT' }, packages);
    expect(text).toContain(`maplibre-gl ${version} — BSD-3-Clause`);
    expect(text).toContain('SIL OPEN FONT LICENSE');
    expect(text).toContain('「国土数値情報（行政区域データ）」（国土交通省）を加工して作成');
    expect(text).toContain('Geolonia 住所データ');
    expect(text).toContain('CC BY 4.0');
    for (const s of DATA_SOURCES) expect(text).toContain(s.credit);
  });

  it('carries the credits the data READMEs ask for', () => {
    const credits = DATA_SOURCES.map((s) => s.credit).join('\n');
    for (const readme of ['data/basemap/README.md', 'data/regions/README.md']) {
      const text = readFileSync(join(ROOT, readme), 'utf8');
      expect(text, readme).toContain('「国土数値情報（行政区域データ）」（国土交通省）を加工して作成');
    }
    expect(credits).toContain('「国土数値情報（行政区域データ）」（国土交通省）を加工して作成');
    expect(readFileSync(join(ROOT, 'data/context/README.md'), 'utf8')).toContain('"Geolonia 住所データ"');
    expect(credits).toContain('Geolonia 住所データ');
  });
});
