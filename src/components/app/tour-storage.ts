import type { DataIssue } from '../../domain/data/issues.ts';
import type { Tour, TourKnownIds } from '../../domain/tour.ts';
import { STORAGE_KEY, readStored, writeStored } from '../../domain/user-tour.ts';

/**
 * Where the tours a presenter makes are kept: the browser's localStorage (a Map-backed stand-in
 * in tests). The domain (user-tour.ts) turns tours into text and back; this module only meets
 * the storage and names what went wrong, so the editor can say it in the UI language.
 */
export type TourStore = Pick<Storage, 'getItem' | 'setItem'>;

export type StorageProblem =
  /** The browser's quota is full: the change was not saved. */
  | { kind: 'quota' }
  /** No storage (disabled, private mode, a sandboxed frame), or it refused for another reason. */
  | { kind: 'unavailable'; message: string }
  /** The kept text could not be read, or a kept tour no longer checks against the data. */
  | { kind: 'unreadable'; issues: DataIssue[] };

/**
 * A copy of kept text that could not be read in full: the next save writes only the tours that
 * could be read, so what was left out is kept here rather than lost.
 */
export const UNREADABLE_KEY = `${STORAGE_KEY}:unreadable`;

/** localStorage, or null where the browser refuses it (reading the property itself can throw). */
export function browserStore(): TourStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readTours(store: TourStore | null, known: TourKnownIds): { tours: Tour[]; problem: StorageProblem | null } {
  if (!store) return { tours: [], problem: { kind: 'unavailable', message: 'localStorage' } };
  let text: string | null;
  try {
    text = store.getItem(STORAGE_KEY);
  } catch (e) {
    return { tours: [], problem: { kind: 'unavailable', message: messageOf(e) } };
  }
  const { tours, issues } = readStored(text, known);
  if (!issues.length) return { tours, problem: null };
  try {
    if (text) store.setItem(UNREADABLE_KEY, text);
  } catch {
    // No room for the copy either: the problem is still reported below.
  }
  return { tours, problem: { kind: 'unreadable', issues } };
}

/** Saves every kept tour; null when saved, else what stopped it (the tours in memory stay as they are). */
export function writeTours(store: TourStore | null, tours: readonly Tour[]): StorageProblem | null {
  if (!store) return { kind: 'unavailable', message: 'localStorage' };
  try {
    store.setItem(STORAGE_KEY, writeStored(tours));
    return null;
  } catch (e) {
    return isQuota(e) ? { kind: 'quota' } : { kind: 'unavailable', message: messageOf(e) };
  }
}

/** Browsers name a full quota differently (Firefox's NS_ERROR_DOM_QUOTA_REACHED; old WebKit's code 22). */
function isQuota(e: unknown): boolean {
  const err = e as { name?: unknown; code?: unknown } | null;
  return !!err && (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22);
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
