import { prewarm, setWorkerCount, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { workerCountFor } from './worker-count.ts';

/*
 * MapLibre's workers, for every map the app makes: imported for its effect by each module that
 * makes a map, so the URL is set before the first map starts its workers whichever loads first.
 * (The Hokkaido view's map, opened by a link, could start before the detailed map's code had set
 * it: its workers failed to load and its sources never did.)
 */
setWorkerUrl(workerUrl);
setWorkerCount(workerCountFor(navigator.hardwareConcurrency));

/** Starts the workers before the first map is made, so they load while the app's data does. */
export function warmWorkers(): void {
  prewarm();
}
