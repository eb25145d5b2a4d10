import { type Message, english, msg } from '../message.ts';

/**
 * Browser fetch of a data file relative to `base`; HTTP errors become exceptions naming the
 * status. Many static hosts (Vite's preview among them) answer a missing file with the app's
 * index.html and status 200: a web page where a data file was asked for is "not found" too.
 */
export function httpFetcher(base: string): (path: string) => Promise<string> {
  return async (path) => {
    const res = await fetch(new URL(path, base));
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
    if ((res.headers.get('content-type') ?? '').includes('text/html')) throw new WebPageError();
    return res.text();
  };
}

/** A web page where a data file was asked for: the file is not there. */
export class WebPageError extends Error {
  constructor() {
    super(english(msg('loadNotFound')));
  }
}

/** Why a file could not be fetched, as a message ("HTTP 404 Not Found" and the network's words stay as given). */
export function loadFailure(e: unknown): Message {
  return msg('loadFailed', { detail: e instanceof WebPageError ? msg('loadNotFound') : e instanceof Error ? e.message : String(e) });
}
