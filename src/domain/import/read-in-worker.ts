import type { Item } from '../data/validate.ts';
import { DEFAULT_MAX_BYTES } from './result.ts';
import type { ImportMessage, ImportRequest } from './import.worker.ts';
import type { FileLike, ReadFiles } from './read-files.ts';

/** Progress of a read: `done` of `total` files read, the last one `file`. */
export type ReadProgress = (p: { file: string; done: number; total: number }) => void;

/**
 * Reads the user's files in a Worker (the page stays responsive and shows progress); where a
 * module Worker cannot start or fails, reads them here instead (same result, only less responsive).
 */
export function readFilesInWorker(files: readonly FileLike[], onProgress?: ReadProgress, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadFiles> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readHere(files, onProgress, maxBytes);
  }
  return new Promise((resolve) => {
    const layers = new Map<string, Item[]>();
    const fallback = () => {
      worker.terminate();
      resolve(readHere(files, onProgress, maxBytes));
    };
    worker.onerror = fallback;
    worker.onmessage = (e: MessageEvent<ImportMessage>) => {
      const m = e.data;
      if (m.type === 'file') return onProgress?.(m);
      if (m.type === 'items') {
        const layer = layers.get(m.file) ?? [];
        for (const item of m.items) layer.push(item);
        layers.set(m.file, layer);
        return;
      }
      worker.terminate();
      if (m.type === 'failed') return fallback();
      const { files: names, ...rest } = m.result;
      // A good file with no items sends no chunk: it is still a layer (empty).
      resolve({ ...rest, layers: new Map(names.map((f) => [f, layers.get(f) ?? []])) });
    };
    const request: ImportRequest = { files: files as File[], maxBytes };
    try {
      worker.postMessage(request);
    } catch {
      // Not File objects (a stand-in) cannot be cloned to a worker.
      fallback();
    }
  });
}

async function readHere(files: readonly FileLike[], onProgress: ReadProgress | undefined, maxBytes: number): Promise<ReadFiles> {
  const { readFiles } = await import('./read-files.ts');
  return readFiles(files, maxBytes, (o, done) => onProgress?.({ file: o.file, done, total: files.length }));
}
