/// <reference lib="webworker" />
/**
 * Loads and validates the data off the main thread, so the page stays responsive and can show
 * progress however large the files are. Posts progress per file, then the result.
 */
import { type LoadProgress, httpFetcher, loadDataset } from './load.ts';
import type { BuildResult } from './validate.ts';

export type LoadMessage = { type: 'progress'; progress: LoadProgress } | { type: 'done'; result: BuildResult } | { type: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<{ base: string }>) => {
  try {
    const result = await loadDataset(httpFetcher(e.data.base), (progress) => scope.postMessage({ type: 'progress', progress } satisfies LoadMessage));
    scope.postMessage({ type: 'done', result } satisfies LoadMessage);
  } catch (err) {
    scope.postMessage({ type: 'failed', message: (err as Error).message } satisfies LoadMessage);
  }
};
