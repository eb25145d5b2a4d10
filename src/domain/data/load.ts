import { BASEMAP_FILES, CONTEXT_FILES, INFRASTRUCTURE_FILES, MANIFEST_FILE, READINGS_FILE, TABLE_FILES, UNLOCATED_FILE } from './files.ts';
import type { FileText } from './files.ts';
import { msg } from '../message.ts';
import { loadFailure } from './http.ts';
import { type BuildResult, buildDataset } from './validate.ts';

export const ALL_FILES: readonly string[] = [
  ...Object.values(TABLE_FILES),
  ...Object.values(INFRASTRUCTURE_FILES),
  UNLOCATED_FILE,
  ...Object.values(BASEMAP_FILES),
  ...Object.values(CONTEXT_FILES),
];

export interface LoadProgress {
  done: number;
  total: number;
  file: string;
}

export interface LoadCallbacks {
  onProgress?: (p: LoadProgress) => void;
  /**
   * When the manifest names vector tiles: everything but the items, as soon as the small files
   * are in, so the map (which draws from the tiles) can start while the large files load.
   */
  onBase?: (base: BuildResult) => void;
}

const ITEM_FILES = new Set<string>([...Object.values(INFRASTRUCTURE_FILES), UNLOCATED_FILE]);

/**
 * Reads every data file with `fetchText` (all at once), then validates them together; the
 * optional manifest (the box items must lie in, whether tiles exist) is read before the rest.
 */
export async function loadDataset(fetchText: (path: string) => Promise<string>, on: LoadCallbacks = {}): Promise<BuildResult> {
  const texts = new Map<string, FileText>();
  const read = (path: string): FileText => texts.get(path) ?? { ok: false, reason: msg('loadNotRequested') };
  const fetchInto = async (path: string): Promise<void> => {
    try {
      texts.set(path, { ok: true, text: await fetchText(path) });
    } catch (e) {
      texts.set(path, { ok: false, reason: loadFailure(e) });
    }
  };
  // Not counted in the progress: they are optional and tiny. Asked for with the rest: nothing is
  // read before every file is in, so waiting for the manifest first only cost a round trip.
  const manifest = fetchInto(MANIFEST_FILE);
  const readings = fetchInto(READINGS_FILE);
  let done = 0;
  const step = async (path: string): Promise<void> => {
    await fetchInto(path);
    on.onProgress?.({ done: ++done, total: ALL_FILES.length, file: path });
  };
  const small = ALL_FILES.filter((f) => !ITEM_FILES.has(f));
  const large = ALL_FILES.filter((f) => ITEM_FILES.has(f));
  // Asked for first: a browser opens few connections per host, and the item files (tens of
  // megabytes at scale) would hold them while the small files that start the map wait.
  const smallLoading = Promise.all(small.map(step));
  const largeLoading = Promise.all(large.map(step));
  await smallLoading;
  await manifest;
  await readings;
  if (on.onBase) {
    const base = buildDataset(read, { items: false });
    if (base.dataset.tiles) on.onBase(base);
  }
  await largeLoading;
  return buildDataset(read);
}

export { httpFetcher } from './http.ts';
