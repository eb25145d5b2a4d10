import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Atlas } from '../src/domain/atlas.ts';
import { type BuildResult, buildDataset } from '../src/domain/data/validate.ts';

export const DATA_DIR = join(import.meta.dirname, '..', 'data');

/** The project's real data files, validated exactly as the app does. */
export function loadRealData(): BuildResult & { atlas: Atlas } {
  const result = buildDataset((path) => {
    try {
      return { ok: true, text: readFileSync(join(DATA_DIR, path), 'utf8') };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  });
  return { ...result, atlas: new Atlas(result.dataset) };
}
