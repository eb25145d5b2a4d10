import type { AtlasIndex } from '../atlas.ts';
import { FacetIndex } from '../filters.ts';
import type { LoadCallbacks } from './load.ts';
import type { LoadMessage } from './load.worker.ts';
import type { BuildResult, Item } from './validate.ts';

/** The loaded data, with the facet indexes when the worker built them. */
export type LoadResult = BuildResult & { index?: AtlasIndex };

/**
 * Loads the data in a Worker, reporting progress (and, for tiled data, the small files first);
 * where a module Worker cannot start, loads on the main thread instead (same result, only less
 * responsive).
 */
export function loadInWorker(base: string, on: LoadCallbacks): Promise<LoadResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return loadHere(base, on);
  }
  return new Promise((resolve) => {
    let sentBase = false;
    const items: Item[] = [];
    const fallback = () => {
      worker.terminate();
      resolve(loadHere(base, sentBase ? { onProgress: on.onProgress } : on));
    };
    worker.onerror = fallback;
    worker.onmessage = (e: MessageEvent<LoadMessage>) => {
      const m = e.data;
      if (m.type === 'progress') return on.onProgress?.(m.progress);
      if (m.type === 'base') {
        sentBase = true;
        return on.onBase?.(m.result);
      }
      if (m.type === 'items') {
        for (const item of m.items) items.push(item);
        return;
      }
      worker.terminate();
      if (m.type === 'done') {
        const index = { all: new FacetIndex(m.index.all), located: new FacetIndex(m.index.located) };
        resolve({ ...m.result, dataset: { ...m.result.dataset, items }, index });
      } else fallback();
    };
    worker.postMessage({ base });
  });
}

/** The fallback on the main thread; the validator is fetched only then (the worker has its own copy). */
async function loadHere(base: string, on: LoadCallbacks): Promise<LoadResult> {
  const { httpFetcher, loadDataset } = await import('./load.ts');
  return loadDataset(httpFetcher(base), on);
}
