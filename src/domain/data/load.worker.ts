/// <reference lib="webworker" />
/**
 * Loads and validates the data off the main thread, so the page stays responsive and can show
 * progress however large the files are. Posts progress per file, the small files' result first
 * when the data is tiled, then the whole result.
 */
import { type LoadProgress, httpFetcher, loadDataset } from './load.ts';
import type { BuildResult } from './validate.ts';

export type LoadMessage =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'base'; result: BuildResult }
  | { type: 'done'; result: BuildResult }
  | { type: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: LoadMessage): void => scope.postMessage(m);

scope.onmessage = async (e: MessageEvent<{ base: string }>) => {
  try {
    const result = await loadDataset(httpFetcher(e.data.base), {
      onProgress: (progress) => post({ type: 'progress', progress }),
      onBase: (base) => post({ type: 'base', result: base }),
    });
    post({ type: 'done', result });
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message });
  }
};
