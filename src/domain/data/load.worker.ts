/// <reference lib="webworker" />
/**
 * Loads and validates the data off the main thread, so the page stays responsive and can show
 * progress however large the files are. Posts progress per file, the small files' result first
 * when the data is tiled, then the whole result.
 */
import { Atlas } from '../atlas.ts';
import type { FacetIndexData } from '../filters.ts';
import { type LoadProgress, httpFetcher, loadDataset } from './load.ts';
import type { BuildResult, Item } from './validate.ts';

/**
 * The items travel in chunks, each its own message, so that no single structured-clone of the
 * whole dataset blocks the page (100k items: one 0.9 s task otherwise); 'done' then carries the
 * rest of the result with no items, and the facet indexes as transferred typed arrays.
 */
export type LoadMessage =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'base'; result: BuildResult }
  | { type: 'items'; items: Item[] }
  | { type: 'done'; result: BuildResult; index: { all: FacetIndexData; located: FacetIndexData } }
  | { type: 'failed'; message: string };

export const ITEM_CHUNK = 2000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: LoadMessage): void => scope.postMessage(m);

scope.onmessage = async (e: MessageEvent<{ base: string }>) => {
  try {
    const result = await loadDataset(httpFetcher(e.data.base), {
      onProgress: (progress) => post({ type: 'progress', progress }),
      onBase: (base) => post({ type: 'base', result: base }),
    });
    // Indexed here, where it blocks nothing: the page gets the facet indexes ready-made.
    const { all, located } = new Atlas(result.dataset).index;
    const items = result.dataset.items;
    for (let i = 0; i < items.length; i += ITEM_CHUNK) post({ type: 'items', items: items.slice(i, i + ITEM_CHUNK) });
    const done: LoadMessage = { type: 'done', result: { ...result, dataset: { ...result.dataset, items: [] } }, index: { all: all.data(), located: located.data() } };
    scope.postMessage(done, [...all.buffers(), ...located.buffers()]);
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message });
  }
};
