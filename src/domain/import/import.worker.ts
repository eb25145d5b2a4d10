/// <reference lib="webworker" />
/**
 * Reads the user's files off the main thread: decoding and parsing 200 000 CSV rows takes seconds,
 * which on the page would freeze it with no progress shown. Posts each file's progress, then the
 * items in chunks (one structured clone of them all would block the page as long as the parse),
 * then the rest of the result.
 */
import type { Item } from '../data/validate.ts';
import { type ReadFiles, readFiles } from './read-files.ts';

export type ImportMessage =
  | { type: 'file'; file: string; done: number; total: number }
  | { type: 'items'; file: string; items: Item[] }
  | { type: 'done'; result: Omit<ReadFiles, 'layers'> & { files: string[] } }
  | { type: 'failed'; message: string };

export interface ImportRequest {
  files: readonly File[];
  maxBytes: number;
}

export const IMPORT_CHUNK = 2000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: ImportMessage): void => scope.postMessage(m);

scope.onmessage = async (e: MessageEvent<ImportRequest>) => {
  try {
    const { files, maxBytes } = e.data;
    const result = await readFiles(files, maxBytes, (o, done) => post({ type: 'file', file: o.file, done, total: files.length }));
    for (const [file, items] of result.layers) {
      for (let i = 0; i < items.length; i += IMPORT_CHUNK) post({ type: 'items', file, items: items.slice(i, i + IMPORT_CHUNK) });
    }
    // The outcomes' own item lists are what the layers were made of: not sent twice.
    const outcomes = result.outcomes.map((o) => (o.ok ? { ...o, items: [] } : o));
    post({ type: 'done', result: { count: result.count, errors: result.errors, outcomes, files: [...result.layers.keys()] } });
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message });
  }
};
