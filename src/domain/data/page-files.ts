import { type PageFile, pageFileText } from './http.ts';

/**
 * The loading worker's side of the files the page fetches for it. The page starts those fetches
 * as soon as it makes the worker, so they run while the worker's own code downloads and starts
 * (0.4–0.7 s on a loaded two-core machine, when the worker used to ask for them itself); the
 * worker asks for each through `fetcher`, which waits for the page's copy of the files it was
 * told about and fetches any other itself.
 */
export class PageFiles {
  private readonly files = new Map<string, Promise<PageFile>>();
  private readonly arrive = new Map<string, (file: PageFile) => void>();

  constructor(paths: readonly string[]) {
    for (const path of paths) this.files.set(path, new Promise((resolve) => this.arrive.set(path, resolve)));
  }

  /** A file from the page (one it was not told about is ignored). */
  receive(file: PageFile): void {
    this.arrive.get(file.path)?.(file);
    this.arrive.delete(file.path);
  }

  /** Reads the page's files from the page, any other with `fetchText`. */
  fetcher(fetchText: (path: string) => Promise<string>): (path: string) => Promise<string> {
    return async (path) => {
      const file = this.files.get(path);
      return file ? pageFileText(await file) : fetchText(path);
    };
  }
}
