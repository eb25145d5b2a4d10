import { type Message, english, msg } from '../message.ts';

/**
 * Browser fetch of a data file relative to `base`; HTTP errors become exceptions naming the
 * status. Many static hosts (Vite's preview among them) answer a missing file with the app's
 * index.html and status 200: a web page where a data file was asked for is "not found" too.
 */
export function httpFetcher(base: string): (path: string) => Promise<string> {
  return async (path) => (await fetchChecked(base, path)).text();
}

async function fetchChecked(base: string, path: string): Promise<Response> {
  const res = await fetch(new URL(path, base));
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
  if ((res.headers.get('content-type') ?? '').includes('text/html')) throw new WebPageError();
  return res;
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

/**
 * A data file the page fetched for the loading worker: its bytes (transferred, not copied), or
 * why it could not be fetched, in a form that crosses to the worker (an Error's class does not).
 */
export type PageFile =
  | { path: string; ok: true; bytes: ArrayBuffer }
  | { path: string; ok: false; error: string; webPage: boolean };

/** Fetches a data file as httpFetcher does, for the worker: never fails, the failure is in the result. */
export async function fetchForWorker(base: string, path: string): Promise<PageFile> {
  try {
    return { path, ok: true, bytes: await (await fetchChecked(base, path)).arrayBuffer() };
  } catch (e) {
    return { path, ok: false, error: e instanceof Error ? e.message : String(e), webPage: e instanceof WebPageError };
  }
}

/** The text of a file the page fetched, or the error httpFetcher would have thrown for it. */
export function pageFileText(file: PageFile): string {
  if (file.ok) return new TextDecoder().decode(file.bytes);
  throw file.webPage ? new WebPageError() : new Error(file.error);
}
