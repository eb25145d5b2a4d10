import { type LoadProgress, httpFetcher, loadDataset } from './load.ts';
import type { LoadMessage } from './load.worker.ts';
import type { BuildResult } from './validate.ts';

/**
 * Loads the data in a Worker, reporting progress; where a module Worker cannot start, loads on
 * the main thread instead (same result, only less responsive).
 */
export function loadInWorker(base: string, onProgress: (p: LoadProgress) => void): Promise<BuildResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return loadDataset(httpFetcher(base), onProgress);
  }
  return new Promise((resolve) => {
    const fallback = () => {
      worker.terminate();
      resolve(loadDataset(httpFetcher(base), onProgress));
    };
    worker.onerror = fallback;
    worker.onmessage = (e: MessageEvent<LoadMessage>) => {
      const m = e.data;
      if (m.type === 'progress') return onProgress(m.progress);
      worker.terminate();
      if (m.type === 'done') resolve(m.result);
      else fallback();
    };
    worker.postMessage({ base });
  });
}
