import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueSplit, splitCatalogue } from '../../scripts/vite-catalogue.ts';
import { LABELS } from '../../src/domain/catalogue/labels.ts';
import { UI } from '../../src/domain/catalogue/ui.ts';
import { UNITS } from '../../src/domain/catalogue/units.ts';

/** The generated modules, written out as files and imported as the page's build would run them. */
function writeSplit(englishFile = 'en.mjs') {
  const dir = mkdtempSync(join(tmpdir(), 'senkon-catalogue-'));
  const url = (file: string) => pathToFileURL(join(dir, file)).href;
  const split = splitCatalogue(url('state.mjs'), url(englishFile));
  writeFileSync(join(dir, 'state.mjs'), split.state);
  for (const [file, code] of Object.entries(split.tables)) writeFileSync(join(dir, file.replace(/\.ts$/, '.mjs')), code);
  return { dir, url, split };
}

interface State {
  loadEnglish(): Promise<void>;
  englishLoaded(): boolean;
}
type Table = Record<string, unknown>;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every entry of a table, however deep, as [path, entry]. */
function entriesOf(table: object, path = ''): [string, { ja: string; en: string }][] {
  return Object.entries(table).flatMap(([k, v]: [string, unknown]) => {
    const e = v as { ja?: unknown };
    return typeof e.ja === 'string' ? [[`${path}${k}`, v as { ja: string; en: string }]] : entriesOf(v as object, `${path}${k}.`);
  });
}

describe('the split catalogue (scripts/vite-catalogue.ts)', () => {
  it('reads Japanese in `en` until the English is loaded, then every entry of UI, LABELS and UNITS in both languages', async () => {
    const { dir, url, split } = writeSplit();
    dirs.push(dir);
    writeFileSync(join(dir, 'en.mjs'), split.english);
    const state = (await import(url('state.mjs'))) as State;
    const made = {
      UI: ((await import(url('ui.mjs'))) as { UI: Table }).UI,
      LABELS: ((await import(url('labels.mjs'))) as { LABELS: Table }).LABELS,
      UNITS: ((await import(url('units.mjs'))) as { UNITS: Table }).UNITS,
    };
    const real = { UI, LABELS, UNITS };

    expect(state.englishLoaded()).toBe(false);
    for (const [name, table] of Object.entries(made)) {
      const entries = entriesOf(table);
      expect(
        entries.map(([k]) => k),
        name,
      ).toEqual(entriesOf(real[name as keyof typeof real]).map(([k]) => k));
      for (const [, e] of entries) expect(e.en).toBe(e.ja);
    }
    // The Japanese is inline; none of the English but what equals its Japanese (e.g. "ha").
    const inline = Object.values(split.tables).join('\n');
    expect(inline).toContain(JSON.stringify(UI.appTitle.ja));
    expect(inline).not.toContain(JSON.stringify(UI.appTitle.en));

    await state.loadEnglish();
    expect(state.englishLoaded()).toBe(true);
    // Both languages of every entry, the same as the source's (JSON reads the `en` getters).
    expect(JSON.parse(JSON.stringify(made))).toEqual(real);
  });

  it('an English chunk that fails to load rejects, and a later call tries again', async () => {
    const { dir, url, split } = writeSplit('missing.mjs');
    dirs.push(dir);
    const state = (await import(url('state.mjs'))) as State;
    const { UI: made } = (await import(url('ui.mjs'))) as { UI: Record<string, { ja: string; en: string }> };
    await expect(state.loadEnglish()).rejects.toThrow();
    expect(state.englishLoaded()).toBe(false);
    expect(made.appTitle!.en).toBe(UI.appTitle.ja);
    writeFileSync(join(dir, 'missing.mjs'), split.english);
    await state.loadEnglish();
    expect(made.appTitle!.en).toBe(UI.appTitle.en);
  });

  it('replaces the three tables and english.ts in the page build only (workers and dev keep the whole catalogue)', () => {
    const root = join(import.meta.dirname, '..', '..');
    const plugin = catalogueSplit(root);
    expect(plugin.apply).toBe('build');
    const load = plugin.load as (id: string) => string | undefined;
    const at = (...p: string[]) => join(root, 'src', 'domain', ...p);
    for (const file of ['ui.ts', 'labels.ts', 'units.ts']) expect(load(at('catalogue', file))).toMatch(/^import \{ table \}/);
    expect(load(at('english.ts'))).toContain('export function loadEnglish()');
    expect(load(at('catalogue', 'io.ts'))).toBeUndefined();
    expect(load(at('i18n.ts'))).toBeUndefined();
  });
});
