import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  faceModule,
  faceSample,
  parseFaces,
  shippedNames,
  shippedText,
  splitFaceModules,
  splitFaces,
} from '../../scripts/vite-font-faces.ts';
import { allUiText } from '../../src/domain/i18n.ts';
import { type CompactFace, coverageOf, decodeRanges, encodeRanges, rangesCover } from '../../src/font-faces.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const cssOf = (weight: string) => join(ROOT, 'node_modules', '@fontsource', 'noto-sans-jp', `${weight}.css`);
/** A unicode-range as number pairs, so that U+0301 and U+301 compare equal. */
const pairs = (r: string) =>
  r.split(',').map((p) =>
    p
      .trim()
      .replace(/^U\+/i, '')
      .split('-')
      .map((h) => parseInt(h, 16)),
  );
const rangesOf = (css: string) => [...css.matchAll(/unicode-range:\s*([^;}]+?)\s*[;}]/g)].map((m) => m[1]!);

describe('compact font faces', () => {
  it.each(['400', '700'])('round-trips every unicode-range of weight %s exactly', (weight) => {
    const ranges = rangesOf(readFileSync(cssOf(weight), 'utf8'));
    expect(ranges.length).toBeGreaterThan(100);
    for (const r of ranges) expect(pairs(decodeRanges(encodeRanges(r)))).toEqual(pairs(r));
  });

  it('keeps every face with its woff2 file and descriptors, and is much smaller than the CSS', () => {
    const css = readFileSync(cssOf('400'), 'utf8');
    const module = faceModule(css, dirname(cssOf('400')), '400.css');
    const faces = rangesOf(css).length;
    expect(module.match(/^import u\d+ from ".*\.woff2\?url";$/gm)).toHaveLength(faces);
    expect(module).toContain('"family":"Noto Sans JP"');
    expect(module).toContain('"weight":"400"');
    expect(module).not.toContain('.woff?');
    const encoded = module
      .split('\n')
      .filter((l) => !l.startsWith('import'))
      .join('\n').length;
    expect(encoded).toBeLessThan(css.length / 2);
  });

  it('fails the build, naming the file, when the CSS is not what it expects', () => {
    expect(() => faceModule('body { color: red }', '/x', 'broken.css')).toThrow(/no @font-face in broken\.css/);
    expect(() =>
      faceModule(
        "@font-face { font-family: 'A'; font-style: normal; font-weight: 400; font-display: swap; src: url(a.woff); unicode-range: U+41 }",
        '/x',
        'nowoff2.css',
      ),
    ).toThrow(/nowoff2\.css has no woff2/);
  });

  it('tells which faces hold which characters, at the edges of their ranges', () => {
    const encoded = encodeRanges('U+41-5a,U+3042,U+4e00-4e10');
    const cp = (s: string) => [...s].map((c) => c.codePointAt(0)!);
    expect(rangesCover(encoded, cp('A'))).toBe(true);
    expect(rangesCover(encoded, cp('Z'))).toBe(true);
    expect(rangesCover(encoded, cp('a'))).toBe(false);
    expect(rangesCover(encoded, cp('あ'))).toBe(true);
    expect(rangesCover(encoded, cp('い'))).toBe(false);
    expect(rangesCover(encoded, [0x4e10, 0x4e11])).toBe(true);
    expect(rangesCover(encoded, [0x4e11])).toBe(false);
    expect(rangesCover(encoded, [])).toBe(false);
  });

  it('finds a bold face for every character of the app title', () => {
    const ranges = rangesOf(readFileSync(cssOf('700'), 'utf8')).map(encodeRanges);
    for (const ch of '釧根アトラス・Senkon Atlas')
      expect(
        ranges.some((r) => rangesCover(r, [ch.codePointAt(0)!])),
        ch,
      ).toBe(true);
  });
});

describe('the regular weight split by the text the app ships', () => {
  const parsed = parseFaces(readFileSync(cssOf('400'), 'utf8'), dirname(cssOf('400')), '400.css');
  const text = shippedText(ROOT);
  const { start, rest } = splitFaces(parsed.faces, text);
  const compact = (faces: typeof start): CompactFace[] => faces.map((f) => [f.file, f.ranges]);
  const filesIn = (module: string) => [...module.matchAll(/^import u\d+ from "(.*)\?url";$/gm)].map((m) => m[1]!);

  it('puts every face in exactly one of the two modules', () => {
    const modules = splitFaceModules(parsed, text, 'virtual:font-faces-rest/x');
    const [a, b] = [filesIn(modules.start), filesIn(modules.rest)];
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(a.filter((f) => b.includes(f))).toEqual([]);
    expect([...a, ...b].sort()).toEqual(parsed.faces.map((f) => f.file).sort());
    expect(a).toEqual(start.map((f) => f.file));
    // The start-up module imports the rest only when asked, and tells what its faces cover.
    expect(modules.start).toContain('import("virtual:font-faces-rest/x")');
    expect(modules.start).toContain('export const covers = coverageOf(faces);');
    expect(modules.rest).not.toContain('registerRest');
  });

  it('covers every character of the catalogue and the data with the start-up faces', () => {
    const covers = coverageOf(compact(start));
    expect(covers(allUiText())).toBe(true);
    expect(covers(readFileSync(join(ROOT, 'data', 'basemap', 'labels.geojson'), 'utf8'))).toBe(true);
    // The source's few symbols the font has no glyph for (✕, ☰, Ⅲ…) are no face's.
    const inFont = coverageOf(compact(parsed.faces));
    const held = [...text].filter((ch) => inFont(ch));
    expect(held.length).toBeGreaterThan(text.length - 20);
    expect(covers(held.join(''))).toBe(true);
    // Not the whole font: a character only a rest face holds is not covered.
    const restOnly = decodeRanges(rest[0]!.ranges).split(',')[0]!.replace(/^U\+/, '').split('-')[0]!;
    expect(covers(String.fromCodePoint(parseInt(restOnly, 16)))).toBe(false);
  });

  it("samples one character per face of the shipped map names: loading the sample's faces loads the names' faces", () => {
    const names = shippedNames(ROOT);
    expect(names).toContain('釧');
    const sample = faceSample(start, names);
    const codePoints = (text: string) => [...new Set(text)].map((ch) => ch.codePointAt(0)!).sort((a, b) => a - b);
    const facesOf = (text: string) => start.filter((f) => rangesCover(f.ranges, codePoints(text))).map((f) => f.file);
    expect(facesOf(sample)).toEqual(facesOf(names));
    expect([...sample]).toHaveLength(facesOf(names).length);
    for (const ch of sample) expect(names).toContain(ch);
    // Far fewer characters than the names: what the start-up module carries.
    expect(sample.length * 4).toBeLessThan(names.length);
    expect(splitFaceModules(parsed, text, 'virtual:font-faces-rest/x', names).start).toContain(
      `export const namesSample = ${JSON.stringify(sample)};`,
    );
  });

  it('tests coverage at the edges of merged ranges', () => {
    const covers = coverageOf([
      ['a', encodeRanges('U+41-5a,U+3042')],
      ['b', encodeRanges('U+50-60,U+3044')],
    ]);
    expect(covers('AZ`')).toBe(true);
    expect(covers('あい')).toBe(true);
    expect(covers('a')).toBe(false);
    expect(covers('う')).toBe(false);
    expect(covers('')).toBe(true);
  });
});
