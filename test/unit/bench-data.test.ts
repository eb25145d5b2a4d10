import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.ts';
import { HOKKAIDO_BBOX, REGION_BBOX } from '../../bench/shared.ts';
import { MANIFEST_FILE } from '../../src/domain/data/files.ts';
import { buildDataset } from '../../src/domain/data/validate.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The generated items with its manifest, and the project's own small files, as the app reads them. */
function load(out: string) {
  return buildDataset((path) => {
    const file = path === MANIFEST_FILE || path.startsWith('infrastructure/') ? join(out, path) : join(DATA, path);
    try {
      return { ok: true, text: readFileSync(file, 'utf8') };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  });
}

describe('the bench data', () => {
  it.each([
    ['Hokkaido', HOKKAIDO_BBOX],
    ['the region', REGION_BBOX],
  ] as const)(
    "spread over %s passes the app's own validation, every position inside its manifest's bbox",
    (_, bbox) => {
      const out = mkdtempSync(join(tmpdir(), 'bench-data-'));
      dirs.push(out);
      const meta = generate({ n: 20_000, out, seed: 1, bbox: [...bbox] });
      const { dataset, issues } = load(out);
      expect(issues).toEqual([]);
      expect(dataset.items.filter((i) => i.geometry).length).toBe(meta.n);
      // 20k items generated and validated, each against the official polygons of its towns: 8–15 s
      // on a shared two-core machine.
    },
    60_000,
  );
});
