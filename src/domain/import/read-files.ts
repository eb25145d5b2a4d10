import type { Item } from '../data/validate.ts';
import { DEFAULT_MAX_BYTES, type ImportError, formatSize, importFile } from './import-file.ts';
import { toItems } from './to-items.ts';

/** What a read needs of a File (a dropped or picked one; a stand-in in tests). */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ReadFiles {
  /** The good files' items by file name, in the order given. */
  layers: Map<string, Item[]>;
  /** How many items the good files hold. */
  count: number;
  /** Every problem, as file › where: message; a file with any is left out whole. */
  errors: ImportError[];
}

/** Reads the user's files into item layers. A file that fails is reported and adds nothing. */
export async function readFiles(files: readonly FileLike[], maxBytes = DEFAULT_MAX_BYTES): Promise<ReadFiles> {
  const layers = new Map<string, Item[]>();
  const errors: ImportError[] = [];
  let count = 0;
  for (const file of files) {
    // Checked before reading, so a huge file is never pulled into memory.
    if (file.size > maxBytes) {
      errors.push({ file: file.name, where: 'whole file', message: `is ${formatSize(file.size)}; the limit is ${formatSize(maxBytes)}` });
      continue;
    }
    const result = importFile(file.name, new Uint8Array(await file.arrayBuffer()), { maxBytes });
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    layers.set(file.name, toItems(result.items));
    count += result.items.length;
  }
  return { layers, count, errors };
}
