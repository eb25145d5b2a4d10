import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LoadProgress, loadDataset } from './load.ts';
import type { BuildResult } from './validate.ts';

const DATA = join(import.meta.dirname, '..', '..', '..', 'data');
const TILES = { url: 'tiles/{z}/{x}/{y}.pbf', layer: 'items', minzoom: 4, maxzoom: 14, complete_from: 4, features: 45, points: 22 };

/** The project's data files, with the manifest given here (none on disk). */
function fetcher(manifest: unknown, requested: string[] = []) {
  return async (path: string): Promise<string> => {
    requested.push(path);
    if (path === 'manifest.json') {
      if (manifest === null) throw new Error('HTTP 404');
      return JSON.stringify(manifest);
    }
    return readFileSync(join(DATA, path), 'utf8');
  };
}

describe('loadDataset', () => {
  it('asks for every file at once: the manifest does not hold back the rest by a round trip', async () => {
    const requested: string[] = [];
    const read = fetcher(null, requested);
    // The manifest answers only once everything else has been asked for (loading waited for it first before).
    let others!: () => void;
    const allAsked = new Promise<void>((ok) => (others = ok));
    const r = await loadDataset(async (path) => {
      const text = read(path);
      if (requested.length > 10) others();
      if (path === 'manifest.json') await allAsked;
      return text;
    });
    expect(requested.length).toBeGreaterThan(10);
    expect(r.dataset.items.length).toBeGreaterThan(100);
  });

  it('without tiles: one result, the manifest asked for first', async () => {
    const requested: string[] = [];
    const bases: BuildResult[] = [];
    const progress: LoadProgress[] = [];
    const r = await loadDataset(fetcher(null, requested), { onBase: (b) => bases.push(b), onProgress: (p) => progress.push(p) });
    expect(bases).toEqual([]);
    expect(requested[0]).toBe('manifest.json');
    expect(r.dataset.tiles).toBeNull();
    expect(r.dataset.items.length).toBeGreaterThan(100);
    expect(progress.at(-1)).toMatchObject({ done: progress.length, total: progress.length });
  });
  it('with tiles: the small files first (no items), then everything', async () => {
    const bases: BuildResult[] = [];
    const r = await loadDataset(fetcher({ tiles: TILES }), { onBase: (b) => bases.push(b) });
    expect(bases).toHaveLength(1);
    const base = bases[0]!.dataset;
    expect(base.tiles).toEqual(TILES);
    expect(base.items).toEqual([]);
    expect(base.areas.length).toBe(r.dataset.areas.length);
    expect(base.projects.length).toBe(r.dataset.projects.length);
    expect(bases[0]!.issues).toEqual([]);
    expect(r.dataset.tiles).toEqual(TILES);
    expect(r.dataset.items.length).toBeGreaterThan(100);
  });
  it('asks for every small file before any item file (the item files must not hold the connections)', async () => {
    const requested: string[] = [];
    await loadDataset(fetcher({ tiles: TILES }, requested));
    const isItems = (p: string) => p.startsWith('infrastructure/');
    const firstItems = requested.findIndex(isItems);
    expect(firstItems).toBeGreaterThan(1);
    expect(requested.slice(firstItems).every(isItems)).toBe(true);
  });
});

describe('loadDataset with one bad record in the real data (issue 21.3)', () => {
  const withProjects = (edit: (projects: Record<string, unknown>[]) => unknown) => async (path: string): Promise<string> => {
    if (path === 'manifest.json') throw new Error('HTTP 404');
    const text = readFileSync(join(DATA, path), 'utf8');
    return path === 'projects.json' ? JSON.stringify(edit(JSON.parse(text) as Record<string, unknown>[])) : text;
  };
  const all = async () => (await loadDataset(withProjects((p) => p))).dataset;

  it('a project without summary_ja is set aside alone: every item still loads', async () => {
    const full = await all();
    const r = await loadDataset(
      withProjects((ps) => ps.map((p) => (p['id'] === 'p-resilient-land' ? { ...p, summary_ja: undefined } : p))),
    );
    expect(r.issues.filter((i) => i.file === 'projects.json').map((i) => [i.record, i.field])).toEqual([['p-resilient-land', 'summary_ja']]);
    expect(r.dataset.projects.map((p) => p.id)).toEqual(full.projects.map((p) => p.id).filter((id) => id !== 'p-resilient-land'));
    expect(r.dataset.items.map((i) => i.properties.id)).toEqual(full.items.map((i) => i.properties.id));
    expect(r.issues.filter((i) => i.field === 'projects').length).toBe(full.items.filter((i) => i.properties.projects.includes('p-resilient-land')).length);
  });

  it('a projects.json of the wrong shape keeps all items', async () => {
    const full = await all();
    const r = await loadDataset(withProjects((ps) => ({ projects: ps })));
    expect(r.failedFiles).toEqual(['projects.json']);
    expect(r.dataset.items).toHaveLength(full.items.length);
  });
});
