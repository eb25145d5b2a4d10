import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { encodeRanges } from '../src/font-faces.ts';

const PREFIX = 'virtual:font-faces/';

/**
 * `import { register } from 'virtual:font-faces/@fontsource/noto-sans-jp/400'` gives a module that
 * registers the faces of @fontsource/noto-sans-jp/400.css from script (see src/font-faces.ts): the woff2 files are
 * bundled as assets, the unicode ranges compacted. Nothing generated is committed.
 */
export function fontFaces(root: string): Plugin {
  return {
    name: 'senkon-font-faces',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      // The id has no .css ending, or Vite would treat the module as a style sheet.
      const spec = `${id.slice(PREFIX.length + 1)}.css`;
      const file = resolve(root, 'node_modules', spec);
      return faceModule(readFileSync(file, 'utf8'), dirname(file), `${spec} in ${file}`);
    },
  };
}

/** The module for one fontsource CSS file. Throws (failing the build) if the CSS is not as expected. */
export function faceModule(css: string, dir: string, where: string): string {
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
  const imports: string[] = [];
  const faces: string[] = [];
  blocks.forEach((b, i) => {
    const woff2 = /url\(([^)]+\.woff2)\)/.exec(b)?.[1];
    if (!woff2) throw new Error(`font-faces: an @font-face in ${where} has no woff2 source`);
    imports.push(`import u${i} from ${JSON.stringify(`${join(dir, woff2)}?url`)};`);
    faces.push(`[u${i}, ${JSON.stringify(encodeRanges(prop(b, 'unicode-range')))}]`);
  });
  return [
    ...imports,
    `import { registerFaces } from ${JSON.stringify(resolve(import.meta.dirname, '..', 'src', 'font-faces.ts'))};`,
    `const faces = [${faces.join(',')}];`,
    `export function register(text) { return registerFaces(faces, ${JSON.stringify(descriptors)}, text); }`,
  ].join('\n');
}
