import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { UNUSED_CONTROLS, dropUnusedMaplibreControls } from '../../scripts/maplibre-css.ts';

const ROOT = join(import.meta.dirname, '../..');
const SHEET = join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl.css');

async function run(css: string, from: string): Promise<string> {
  return (await postcss([dropUnusedMaplibreControls()]).process(css, { from })).css;
}

describe('dropUnusedMaplibreControls', () => {
  it('keeps the rules of what the map uses and drops the unused controls', async () => {
    const before = readFileSync(SHEET, 'utf8');
    const after = await run(before, SHEET);
    for (const used of [
      'ctrl-zoom-in',
      'ctrl-zoom-out',
      'ctrl-compass',
      'ctrl-attrib-button',
      'ctrl-scale',
      'popup-tip',
      'canvas',
      'cooperative-gesture-screen',
    ])
      expect(after, used).toContain(`.maplibregl-${used}`);
    for (const unused of UNUSED_CONTROLS) expect(after, unused).not.toContain(`.${unused}`);
    expect(after).not.toMatch(/@media[^{]*\{\s*\}/);
    expect(after.length).toBeLessThan(before.length / 2);
  });

  it('leaves other style sheets alone', async () => {
    const css = '.maplibregl-ctrl-logo { display: none }';
    expect(await run(css, join(ROOT, 'src/print.css'))).toBe(css);
  });

  it('drops no control the map code adds', () => {
    const dir = join(ROOT, 'src/map');
    const code = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const added = [...code.matchAll(/new (\w+)Control\(/g)].map((m) => m[1]!.toLowerCase());
    expect(added.length).toBeGreaterThan(0);
    for (const control of added) expect(UNUSED_CONTROLS.some((u) => u.endsWith(`-${control}`))).toBe(false);
    expect(/new Marker\(/.test(code)).toBe(false);
  });
});
