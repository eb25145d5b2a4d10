/**
 * Several maps read as one, later ones first (a key in two answers as the later map has it, as one
 * Map built from all the entries in order would). The atlas joins its items' lookup this way: the
 * data's own and each imported file's, each made once, so adding 200 000 items re-enters none.
 */
export class JoinedMap<K, V> implements ReadonlyMap<K, V> {
  private readonly parts: readonly ReadonlyMap<K, V>[];

  constructor(parts: readonly ReadonlyMap<K, V>[]) {
    this.parts = [...parts].reverse();
  }

  get size(): number {
    return [...this.keys()].length;
  }

  get(key: K): V | undefined {
    for (const m of this.parts) {
      const v = m.get(key);
      if (v !== undefined || m.has(key)) return v;
    }
    return undefined;
  }

  has(key: K): boolean {
    return this.parts.some((m) => m.has(key));
  }

  *entries(): MapIterator<[K, V]> {
    // In the order a Map built from the parts in order would give: a key where it first came.
    const keys = new Set<K>();
    for (const m of [...this.parts].reverse()) for (const k of m.keys()) keys.add(k);
    for (const k of keys) yield [k, this.get(k) as V];
  }

  *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
