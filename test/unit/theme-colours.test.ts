import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const COLOUR = /#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b|\brgba?\(|\bhsla?\(/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('colours come only from the theme module', () => {
  it('no element writes a colour of its own (CSS uses the theme’s custom properties, SVG the theme’s constants)', () => {
    const found = sources(join(ROOT, 'src', 'components')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.match(COLOUR) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('the check finds a colour where there is one', () => {
    expect('background: #fff3b0;'.match(COLOUR)).not.toBeNull();
    expect('box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);'.match(COLOUR)).not.toBeNull();
    expect('color: var(--accent);'.match(COLOUR)).toBeNull();
  });
});
