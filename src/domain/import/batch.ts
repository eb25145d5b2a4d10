import type { Encoding } from './decode.ts';
import { DEFAULT_MAX_BYTES, crashed, importAnyFile, tooLarge } from './import-file.ts';
import type { ImportError, ImportNote, ImportedItem } from './result.ts';

/** What a read needs of a File (a dropped or picked one; a stand-in in tests). */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What became of one file: loaded with its count and notes, or refused with its errors. */
export type FileOutcome =
  | { file: string; ok: true; items: ImportedItem[]; count: number; notes: ImportNote[]; encoding?: Encoding }
  | { file: string; ok: false; errors: ImportError[] };

/**
 * Reads every file of a pick or drop, one after the other, each on its own: whatever one file
 * does (too big, undecodable, a reader that throws), the next is still read, and each gets its
 * own outcome in the order given. `onFile` hears of each as it is done (progress).
 */
export async function importBatch(
  files: readonly FileLike[],
  maxBytes = DEFAULT_MAX_BYTES,
  onFile?: (o: FileOutcome, done: number) => void,
): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (const file of files) {
    const outcome = await importOne(file, maxBytes);
    out.push(outcome);
    onFile?.(outcome, out.length);
  }
  return out;
}

async function importOne(file: FileLike, maxBytes: number): Promise<FileOutcome> {
  // Checked before reading, so a huge file is never pulled into memory.
  if (file.size > maxBytes) {
    const r = tooLarge(file.name, file.size, maxBytes);
    return { file: file.name, ok: false, errors: r.ok ? [] : r.errors };
  }
  let result;
  try {
    result = await importAnyFile(file.name, new Uint8Array(await file.arrayBuffer()), { maxBytes });
  } catch (e) {
    result = crashed(file.name, e);
  }
  if (!result.ok) return { file: file.name, ok: false, errors: result.errors };
  return {
    file: file.name,
    ok: true,
    items: result.items,
    count: result.items.length,
    notes: result.warnings,
    ...(result.encoding ? { encoding: result.encoding } : {}),
  };
}
