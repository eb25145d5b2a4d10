import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../../test/load-data.ts';
import { EMPTY_FILTERS } from '../../domain/filters.ts';
import type { AppState } from '../../domain/state.ts';
import { knownTourIds } from '../../domain/tour.ts';
import { STORAGE_KEY, addScene, newTour, sceneFromState } from '../../domain/user-tour.ts';
import { type TourStore, UNREADABLE_KEY, readTours, writeTours } from './tour-storage.ts';

const { atlas } = loadRealData();
const known = knownTourIds(atlas);

/** localStorage's contract over a Map; `quota` bytes at most, as a browser refuses a bigger write. */
function memoryStore(quota = Infinity): TourStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      const size = [...data].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0) + k.length + v.length;
      if (size > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, v);
    },
  };
}

const state: AppState = {
  lang: 'ja',
  filters: { ...EMPTY_FILTERS, categories: ['road'] },
  selection: null,
  view: null,
  basemap: 'offline',
  context: [],
  overlay: null,
  regionMeasure: null,
  tour: null,
};
const oneScene = (title: string) =>
  addScene(newTour(title, 1_700_000_000_000), sceneFromState({ title: '道路', caption: '道路の整備' }, state, [], []));

describe('tour storage', () => {
  it('writes the tours and reads them back', () => {
    const store = memoryStore();
    const tours = [oneScene('説明会 A'), newTour('空のツアー', 1_700_000_000_001)];
    expect(writeTours(store, tours)).toBeNull();
    const back = readTours(store, known);
    expect(back.problem).toBeNull();
    expect(back.tours.map((t) => t.title_ja)).toEqual(['説明会 A', '空のツアー']);
    expect(back.tours[0]!.scenes[0]!.filters).toEqual({ categories: ['road'] });
  });

  it('reads nothing from an empty store, without a problem', () => {
    expect(readTours(memoryStore(), known)).toEqual({ tours: [], problem: null });
  });

  it('says the quota is full and leaves the kept text as it was', () => {
    const store = memoryStore(2_000);
    expect(writeTours(store, [oneScene('小さい')])).toBeNull();
    const before = store.data.get(STORAGE_KEY);
    const big = { ...oneScene('大きい'), scenes: [{ ...oneScene('x').scenes[0]!, caption_ja: 'あ'.repeat(5_000) }] };
    expect(writeTours(store, [oneScene('小さい'), big])).toEqual({ kind: 'quota' });
    expect(store.data.get(STORAGE_KEY)).toBe(before);
  });

  it('names a store that refuses for another reason, and a missing one', () => {
    const refusing: TourStore = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    expect(readTours(refusing, known)).toEqual({ tours: [], problem: { kind: 'unavailable', message: 'The operation is insecure.' } });
    expect(writeTours(refusing, [])).toEqual({ kind: 'unavailable', message: 'The operation is insecure.' });
    expect(writeTours(null, [])?.kind).toBe('unavailable');
  });

  it('reports unreadable text and keeps a copy, so the next save does not lose it', () => {
    const store = memoryStore();
    store.data.set(STORAGE_KEY, '[{"id": broken');
    const got = readTours(store, known);
    expect(got.tours).toEqual([]);
    expect(got.problem?.kind).toBe('unreadable');
    expect(store.data.get(UNREADABLE_KEY)).toBe('[{"id": broken');
  });

  it('keeps the tours that still check and names the one that no longer does', () => {
    const store = memoryStore();
    const good = oneScene('良い');
    const stale = {
      ...oneScene('古い'),
      id: 'stale',
      scenes: [{ ...good.scenes[0]!, selection: { kind: 'project' as const, id: 'p-gone' } }],
    };
    writeTours(store, [good, stale]);
    const got = readTours(store, known);
    expect(got.tours.map((t) => t.id)).toEqual([good.id]);
    expect(got.problem?.kind).toBe('unreadable');
    expect(got.problem?.kind === 'unreadable' && got.problem.issues[0]).toMatchObject({
      file: `${STORAGE_KEY}/stale`,
      record: 'scene-1',
      field: 'selection.id',
    });
    expect(store.data.get(UNREADABLE_KEY)).toContain('p-gone');
  });
});
