import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { english } from '../message.ts';
import { ALL_FILES, LOAD_ORDER, MANIFEST_FILE, READINGS_FILE } from './files.ts';
import { type PageFile, fetchForWorker, httpFetcher, loadFailure } from './http.ts';
import { loadDataset } from './load.ts';
import { PageFiles } from './page-files.ts';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const bytes = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer;
const ok = (path: string, text: string): PageFile => ({ path, ok: true, bytes: bytes(text) });
const notFetched = () => Promise.reject(new Error('fetched by the worker'));

/** What the loader reports for a file whose fetch failed with `e`, in English. */
const reported = (e: unknown): string => english(loadFailure(e));
const thrown = async (p: Promise<unknown>): Promise<unknown> => p.then(() => null, (e: unknown) => e);

describe('PageFiles (the worker reads the files the page fetched)', () => {
  it('gives a file the page sent before or after the worker asked for it, in its text', async () => {
    const files = new PageFiles(['a.json', 'b.json']);
    const read = files.fetcher(notFetched);
    files.receive(ok('a.json', '{"名前":"釧路"}'));
    const b = read('b.json');
    files.receive(ok('b.json', '[1]'));
    expect(await read('a.json')).toBe('{"名前":"釧路"}');
    expect(await b).toBe('[1]');
  });

  it('fetches any other file itself', async () => {
    const read = new PageFiles(['a.json']).fetcher(async (path) => `own ${path}`);
    expect(await read('c.json')).toBe('own c.json');
  });

  it('reports a file the page could not fetch as the worker’s own fetch would have', async () => {
    const files = new PageFiles(['gone.json', 'page.json', 'net.json']);
    const read = files.fetcher(notFetched);
    files.receive({ path: 'gone.json', ok: false, error: 'HTTP 404 Not Found', webPage: false });
    files.receive({ path: 'page.json', ok: false, error: 'whatever', webPage: true });
    files.receive({ path: 'net.json', ok: false, error: 'Failed to fetch', webPage: false });
    expect(reported(await thrown(read('gone.json')))).toBe(reported(new Error('HTTP 404 Not Found')));
    expect(reported(await thrown(read('page.json')))).toMatch(/not found/i);
    expect(reported(await thrown(read('net.json')))).toContain('Failed to fetch');
  });

  it('loads the project’s data the same way from the page’s files', async () => {
    const files = new PageFiles(LOAD_ORDER);
    const disk = async (path: string) => readFileSync(join(DATA, path), 'utf8');
    for (const path of LOAD_ORDER)
      files.receive(
        path === MANIFEST_FILE ? { path, ok: false, error: 'HTTP 404 Not Found', webPage: false } : ok(path, await disk(path)),
      );
    const viaPage = await loadDataset(files.fetcher(notFetched));
    const direct = await loadDataset(async (path) => (path === MANIFEST_FILE ? Promise.reject(new Error('HTTP 404 Not Found')) : disk(path)));
    expect(viaPage.dataset.items.length).toBeGreaterThan(100);
    expect(JSON.stringify(viaPage)).toBe(JSON.stringify(direct));
  });

  it('is told of every file the loader asks for, small files before the item files', () => {
    expect(new Set(LOAD_ORDER)).toEqual(new Set([MANIFEST_FILE, READINGS_FILE, ...ALL_FILES]));
    const firstItemFile = LOAD_ORDER.findIndex((f) => f.startsWith('infrastructure/'));
    expect(LOAD_ORDER.slice(firstItemFile).every((f) => f.startsWith('infrastructure/'))).toBe(true);
  });
});

describe('fetchForWorker', () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (body: string, init: ResponseInit) => vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)));

  it('gives the bytes of a file, relative to the base', async () => {
    answer('{"a":1}', { status: 200, headers: { 'content-type': 'application/json' } });
    const file = await fetchForWorker('http://127.0.0.1/app/data/', 'areas.json');
    expect(vi.mocked(fetch).mock.calls[0]![0]).toEqual(new URL('http://127.0.0.1/app/data/areas.json'));
    expect(file.ok && new TextDecoder().decode(file.bytes)).toBe('{"a":1}');
  });

  it('names the failure as httpFetcher does: an HTTP status, a web page instead of the file, the network’s words', async () => {
    answer('', { status: 404, statusText: 'Not Found' });
    const missing = await fetchForWorker('http://127.0.0.1/', 'areas.json');
    expect(reported(await thrown(httpFetcher('http://127.0.0.1/')('areas.json')))).toContain('HTTP 404 Not Found');
    expect(missing).toEqual({ path: 'areas.json', ok: false, error: 'HTTP 404 Not Found', webPage: false });
    answer('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } });
    expect(await fetchForWorker('http://127.0.0.1/', 'areas.json')).toMatchObject({ ok: false, webPage: true });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await fetchForWorker('http://127.0.0.1/', 'areas.json')).toMatchObject({ ok: false, error: 'Failed to fetch', webPage: false });
  });
});
