import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Bilingual } from '../src/domain/catalogue/entry.ts';
import { LABELS } from '../src/domain/catalogue/labels.ts';
import { UI } from '../src/domain/catalogue/ui.ts';
import { UNITS } from '../src/domain/catalogue/units.ts';

/**
 * The page's build fetches the Japanese half of the string catalogue with its first screen and
 * the English half only when the page turns English (about a third of the catalogue's bytes).
 *
 * The tables the main thread imports (catalogue/ui.ts, labels.ts, units.ts) are replaced by
 * generated ones whose entries are `{ ja, get en() }`, so every reader (t(), label(),
 * message-text.ts) stays as it is; src/domain/english.ts is replaced by the switch that loads the
 * English chunk. Until it is loaded `en` reads the Japanese: the app never shows English before
 * (store.ts awaits loadEnglish()), so this reaches only the English log text (`english()` in
 * message.ts, a data issue's `message`) of something the main thread reports before then.
 *
 * Build only: web workers are bundled with `worker.plugins`, not these, so they keep the whole
 * catalogue (their messages are logged in English); in dev everything keeps the whole catalogue.
 * The source stays authored as it is, both languages side by side.
 */

const ENGLISH_ID = 'virtual:senkon-catalogue/en';

/** A catalogue file, the table it exports and how deep its entries are (LABELS: table › value › entry). */
interface TableFile {
  file: string;
  name: string;
  value: object;
  depth: 1 | 2;
}

const TABLES: readonly TableFile[] = [
  { file: 'ui.ts', name: 'UI', value: UI, depth: 1 },
  { file: 'labels.ts', name: 'LABELS', value: LABELS, depth: 2 },
  { file: 'units.ts', name: 'UNITS', value: UNITS, depth: 1 },
];

/** The generated modules: one per table file (by file name), the switch, and the English. */
export interface SplitCatalogue {
  tables: Readonly<Record<string, string>>;
  state: string;
  english: string;
}

/**
 * The modules of the split catalogue. The tables import `table` from `stateSpec`; the switch
 * imports the English (a default export: every English string, by the entries' order) from
 * `englishSpec`. Throws (failing the build) on an entry that is not a pair of strings.
 */
export function splitCatalogue(stateSpec: string, englishSpec: string): SplitCatalogue {
  const english: string[] = [];
  const entryCode = (where: string, v: unknown): string => {
    const e = v as Partial<Bilingual> | null;
    if (typeof e?.ja !== 'string' || typeof e.en !== 'string') throw new Error(`vite-catalogue: ${where} is not { ja, en }`);
    english.push(e.en);
    return `e(${JSON.stringify(e.ja)})`;
  };
  const objectCode = (where: string, table: object, depth: number): string => {
    const fields = Object.entries(table).map(
      ([key, v]) =>
        `${JSON.stringify(key)}:${depth === 1 ? entryCode(`${where}.${key}`, v) : objectCode(`${where}.${key}`, v as object, depth - 1)}`,
    );
    return `{${fields.join(',')}}`;
  };
  const tables: Record<string, string> = {};
  for (const t of TABLES) {
    // The entries are numbered by the order the literal's values are evaluated in, its source order.
    const first = english.length;
    tables[t.file] = [
      `import { table } from ${JSON.stringify(stateSpec)};`,
      `const e = table(${first});`,
      `export const ${t.name} = ${objectCode(t.name, t.value, t.depth)};`,
    ].join('\n');
  }
  const state = `let english = null;
let loading = null;
function entry(i, ja) {
  return { ja, get en() { return english === null ? ja : english[i]; } };
}
export function table(first) {
  let i = first;
  return (ja) => entry(i++, ja);
}
export function englishLoaded() {
  return english !== null;
}
export function loadEnglish() {
  loading ??= import(${JSON.stringify(englishSpec)}).then(
    (m) => { english = m.default; },
    (err) => { loading = null; throw err; },
  );
  return loading;
}`;
  return { tables, state, english: `export default ${JSON.stringify(english)};` };
}

/** The plugin: replaces the catalogue's table files and src/domain/english.ts in the page's build. */
export function catalogueSplit(root: string): Plugin {
  const dir = resolve(root, 'src', 'domain', 'catalogue');
  const switchFile = resolve(root, 'src', 'domain', 'english.ts');
  const split = splitCatalogue(switchFile, ENGLISH_ID);
  const byFile = new Map(TABLES.map((t) => [resolve(dir, t.file), split.tables[t.file]!]));
  return {
    name: 'senkon-catalogue-split',
    apply: 'build',
    resolveId(id) {
      return id === ENGLISH_ID ? `\0${ENGLISH_ID}` : undefined;
    },
    load(id) {
      if (id === `\0${ENGLISH_ID}`) return split.english;
      if (id === switchFile) return split.state;
      return byFile.get(id);
    },
  };
}
