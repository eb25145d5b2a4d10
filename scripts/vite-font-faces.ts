import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { TOURS_UI } from '../src/domain/catalogue/tours.ts';
import { allUiText } from '../src/domain/i18n.ts';
import { encodeRanges, rangesCover } from '../src/font-faces.ts';

const PREFIX = 'virtual:font-faces/';
const SPLIT = 'virtual:font-faces-split/';
const REST = 'virtual:font-faces-rest/';
const FACES_MODULE = resolve(import.meta.dirname, '..', 'src', 'font-faces.ts');

/**
 * `import { register } from 'virtual:font-faces/@fontsource/noto-sans-jp/400'` gives a module that
 * registers the faces of @fontsource/noto-sans-jp/400.css from script (see src/font-faces.ts): the woff2 files are
 * bundled as assets, the unicode ranges compacted. Nothing generated is committed.
 *
 * `virtual:font-faces-split/…` holds only the faces of the text the app ships (shippedText: its
 * strings, its data); `registerRest()` imports and registers the others, which only a user's file
 * or edited data can need. Their ranges are about half of the table's bytes, not fetched before
 * the first render.
 */
export function fontFaces(root: string): Plugin {
  let split: Map<string, SplitModules> | null = null;
  const splitOf = (spec: string): SplitModules => {
    split ??= new Map();
    let modules = split.get(spec);
    if (!modules) {
      const { css, dir, where } = cssOf(root, spec);
      split.set(spec, (modules = splitFaceModules(parseFaces(css, dir, where), shippedText(root), `${REST}${spec}`, shippedNames(root))));
    }
    return modules;
  };
  return {
    name: 'senkon-font-faces',
    resolveId(id) {
      return [PREFIX, SPLIT, REST].some((p) => id.startsWith(p)) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id.startsWith(`\0${PREFIX}`)) {
        const { css, dir, where } = cssOf(root, id.slice(PREFIX.length + 1));
        return faceModule(css, dir, where);
      }
      if (id.startsWith(`\0${SPLIT}`)) return splitOf(id.slice(SPLIT.length + 1)).start;
      if (id.startsWith(`\0${REST}`)) return splitOf(id.slice(REST.length + 1)).rest;
      return undefined;
    },
  };
}

/** The fontsource CSS a module id names. The id has no .css ending, or Vite would treat the module as a style sheet. */
function cssOf(root: string, spec: string): { css: string; dir: string; where: string } {
  const file = resolve(root, 'node_modules', `${spec}.css`);
  return { css: readFileSync(file, 'utf8'), dir: dirname(file), where: `${spec}.css in ${file}` };
}

interface Descriptors {
  family: string;
  style: string;
  weight: string;
  display: string;
}

/** A fontsource CSS file's faces: the descriptors they share, and each face's woff2 file and compacted ranges. */
export interface ParsedFaces {
  descriptors: Descriptors;
  faces: { file: string; ranges: string }[];
}

/** Reads a fontsource CSS file. Throws (failing the build) if the CSS is not as expected. */
export function parseFaces(css: string, dir: string, where: string): ParsedFaces {
  const blocks = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!);
  if (blocks.length === 0) throw new Error(`font-faces: no @font-face in ${where}`);
  const prop = (b: string, name: string): string => {
    const m = new RegExp(`${name}:\\s*([^;]+?)\\s*(;|$)`).exec(b);
    if (!m) throw new Error(`font-faces: an @font-face in ${where} has no ${name}`);
    return m[1]!.replace(/^'(.*)'$/, '$1');
  };
  const first = blocks[0]!;
  const descriptors = {
    family: prop(first, 'font-family'),
    style: prop(first, 'font-style'),
    weight: prop(first, 'font-weight'),
    display: prop(first, 'font-display'),
  };
  const faces = blocks.map((b) => {
    const woff2 = /url\(([^)]+\.woff2)\)/.exec(b)?.[1];
    if (!woff2) throw new Error(`font-faces: an @font-face in ${where} has no woff2 source`);
    return { file: join(dir, woff2), ranges: encodeRanges(prop(b, 'unicode-range')) };
  });
  return { descriptors, faces };
}

/** The module for one fontsource CSS file. Throws (failing the build) if the CSS is not as expected. */
export function faceModule(css: string, dir: string, where: string): string {
  const parsed = parseFaces(css, dir, where);
  return tableModule(parsed.descriptors, parsed.faces, []);
}

/** A module holding faces, with `register(text)` (src/font-faces.ts registerFaces) and whatever `extra` adds. */
function tableModule(descriptors: Descriptors, faces: ParsedFaces['faces'], extra: string[]): string {
  return [
    ...faces.map((f, i) => `import u${i} from ${JSON.stringify(`${f.file}?url`)};`),
    `import { registerFaces } from ${JSON.stringify(FACES_MODULE)};`,
    `const faces = [${faces.map((f, i) => `[u${i}, ${JSON.stringify(f.ranges)}]`).join(',')}];`,
    `export function register(text) { return registerFaces(faces, ${JSON.stringify(descriptors)}, text); }`,
    ...extra,
  ].join('\n');
}

export interface SplitModules {
  /** register(text), registerRest() and covers(text) over the faces of the shipped text. */
  start: string;
  /** register() for the other faces. */
  rest: string;
}

/** Which faces hold a character of `text` (the start-up faces) and which none (the rest). */
export function splitFaces(faces: ParsedFaces['faces'], text: string): { start: ParsedFaces['faces']; rest: ParsedFaces['faces'] } {
  const codePoints = [...new Set(text)].map((ch) => ch.codePointAt(0)!).sort((a, b) => a - b);
  const start = faces.filter((f) => rangesCover(f.ranges, codePoints));
  return { start, rest: faces.filter((f) => !start.includes(f)) };
}

/**
 * One character of `text` for each face that holds some of it: loading the faces this sample
 * needs (document.fonts.load) loads those of the whole text, and the sample is a few dozen
 * characters where the text is hundreds.
 */
export function faceSample(faces: ParsedFaces['faces'], text: string): string {
  const codePoints = [...new Set(text)].map((ch) => ch.codePointAt(0)!).sort((a, b) => a - b);
  return faces
    .map((f) => codePoints.find((cp) => rangesCover(f.ranges, [cp])))
    .filter((cp) => cp !== undefined)
    .map((cp) => String.fromCodePoint(cp))
    .join('');
}

/**
 * The start-up module (faces of `text`) and the rest's, which the start-up one imports from `restId`
 * when asked. The start-up one also exports `namesSample`, the faceSample of `names`.
 */
export function splitFaceModules(parsed: ParsedFaces, text: string, restId: string, names = ''): SplitModules {
  const { start, rest } = splitFaces(parsed.faces, text);
  return {
    start: tableModule(parsed.descriptors, start, [
      `import { coverageOf } from ${JSON.stringify(FACES_MODULE)};`,
      `let rest = null;`,
      `export function registerRest() {`,
      `  rest ??= import(${JSON.stringify(restId)}).then((m) => m.register(), (e) => { rest = null; throw e; });`,
      `  return rest;`,
      `}`,
      `export const covers = coverageOf(faces);`,
      `export const namesSample = ${JSON.stringify(faceSample(start, names))};`,
    ]),
    rest: tableModule(parsed.descriptors, rest, []),
  };
}

/**
 * The text the app ships, which the start-up faces must cover: the string catalogues in both
 * languages, every string of the data (data/**\/*.json, *.geojson: names, plan text, the basemap's
 * labels, the tours), and the source's own characters (text written outside the catalogue, such
 * as kpi-view.ts's rules in Japanese). Read once per build.
 */
export function shippedText(root: string): string {
  const parts = [allUiText(), ...Object.values(TOURS_UI).map((e) => e.ja + e.en)];
  const strings = (v: unknown): void => {
    if (typeof v === 'string') parts.push(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x);
  };
  for (const file of filesUnder(join(root, 'data'), /\.(geo)?json$/)) strings(JSON.parse(readFileSync(file, 'utf8')));
  for (const file of filesUnder(join(root, 'src'), /(?<!\.test)\.ts$/)) parts.push(readFileSync(file, 'utf8'));
  return [...new Set(parts.join(''))].join('');
}

/**
 * The names the map draws from the data the app ships (items, basemap labels and places, context
 * layers), in both languages: what the map's first names need of the font, known at build time.
 */
export function shippedNames(root: string): string {
  const names: string[] = [];
  for (const dir of ['infrastructure', 'basemap', 'context'])
    for (const file of filesUnder(join(root, 'data', dir), /\.geojson$/)) {
      const fc = JSON.parse(readFileSync(file, 'utf8')) as {
        features?: { properties?: { name_ja?: unknown; name_en?: unknown } | null }[];
      };
      for (const f of fc.features ?? [])
        for (const v of [f.properties?.name_ja, f.properties?.name_en]) if (typeof v === 'string') names.push(v);
    }
  return [...new Set(names.join(''))].join('');
}

function filesUnder(dir: string, match: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => match.test(f))
    .map((f) => join(dir, f));
}
