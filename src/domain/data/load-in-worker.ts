import { type LoadCallbacks, httpFetcher, loadDataset } from './load.ts';
import type { LoadMessage } from './load.worker.ts';
import type { BuildResult } from './validate.ts';

/**
 * Loads the data in a Worker, reporting progress (and, for tiled data, the small files first);
 * where a module Worker cannot start, loads on the main thread instead (same result, only less
 * responsive).
 */
export function loadInWorker(base: string, on: LoadCallbacks): Promise<BuildResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return loadDataset(httpFetcher(base), on);
  }
  return new Promise((resolve) => {
    let sentBase = false;
    const fallback = () => {
      worker.terminate();
      resolve(loadDataset(httpFetcher(base), sentBase ? { onProgress: on.onProgress } : on));
    };
    worker.onerror = fallback;
    worker.onmessage = (e: MessageEvent<LoadMessage>) => {
      const m = e.data;
      if (m.type === 'progress') return on.onProgress?.(m.progress);
      if (m.type === 'base') {
        sentBase = true;
        return on.onBase?.(m.result);
      }
      worker.terminate();
      if (m.type === 'done') resolve(m.result);
      else fallback();
    };
    worker.postMessage({ base });
  });
}
