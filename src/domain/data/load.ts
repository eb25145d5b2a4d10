import { BASEMAP_FILES, CONTEXT_FILES, INFRASTRUCTURE_FILES, MANIFEST_FILE, TABLE_FILES, UNLOCATED_FILE } from './files.ts';
import { type BuildResult, type FileText, buildDataset } from './validate.ts';

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

/** Reads every data file with `fetchText` (all at once), then validates them together. */
export async function loadDataset(fetchText: (path: string) => Promise<string>, onProgress?: (p: LoadProgress) => void): Promise<BuildResult> {
  const texts = new Map<string, FileText>();
  let done = 0;
  await Promise.all(
    ALL_FILES.map(async (path) => {
      try {
        texts.set(path, { ok: true, text: await fetchText(path) });
      } catch (e) {
        texts.set(path, { ok: false, reason: `could not be loaded: ${(e as Error).message}` });
      }
      onProgress?.({ done: ++done, total: ALL_FILES.length, file: path });
    }),
  );
  // The manifest is optional, so it is fetched beside the rest and not counted in the progress.
  try {
    texts.set(MANIFEST_FILE, { ok: true, text: await fetchText(MANIFEST_FILE) });
  } catch {
    // No manifest: the region's own box applies.
  }
  return buildDataset((path) => texts.get(path) ?? { ok: false, reason: 'was not requested' });
}

/**
 * Browser fetch of a data file relative to `base`; HTTP errors become exceptions naming the
 * status. Many static hosts (Vite's preview among them) answer a missing file with the app's
 * index.html and status 200: a web page where a data file was asked for is "not found" too.
 */
export function httpFetcher(base: string): (path: string) => Promise<string> {
  return async (path) => {
    const res = await fetch(new URL(path, base));
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
    if ((res.headers.get('content-type') ?? '').includes('text/html')) throw new Error('not found (the server answered with a web page)');
    return res.text();
  };
}
