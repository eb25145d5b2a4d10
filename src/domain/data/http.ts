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
