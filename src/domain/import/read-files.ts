import type { Item } from '../data/validate.ts';
import { type FileLike, type FileOutcome, importBatch } from './batch.ts';
import { DEFAULT_MAX_BYTES, type ImportError } from './import-file.ts';
import { toItems } from './to-items.ts';

export type { FileLike, FileOutcome } from './batch.ts';

export interface ReadFiles {
  /** The good files' items by file name, in the order given. */
  layers: Map<string, Item[]>;
  /** How many items the good files hold. */
  count: number;
  /** Every problem, as file › where: message; a file with any is left out whole. */
  errors: ImportError[];
  /** Each file's outcome, in the order given (what loaded, what was set aside and why). */
  outcomes: FileOutcome[];
}

/** Reads the user's files into item layers. A file that fails is reported and adds nothing. */
export async function readFiles(
  files: readonly FileLike[],
  maxBytes = DEFAULT_MAX_BYTES,
  onFile?: (o: FileOutcome, done: number) => void,
): Promise<ReadFiles> {
  const outcomes = await importBatch(files, maxBytes, onFile);
  const layers = new Map<string, Item[]>();
  const errors: ImportError[] = [];
  let count = 0;
  for (const o of outcomes) {
    if (!o.ok) {
      errors.push(...o.errors);
      continue;
    }
    layers.set(o.file, toItems(o.items));
    count += o.count;
  }
  return { layers, count, errors, outcomes };
}
