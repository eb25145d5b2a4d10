import { describe, expect, it } from 'vitest';
import type { Item } from './data/validate.ts';
import { kept, listOrder } from './list-order.ts';

const item = (id: string, name: string, located = true): Item =>
  ({
    type: 'Feature',
    geometry: located ? { type: 'Point', coordinates: [144, 43] } : null,
    properties: { id, name_ja: name },
  }) as unknown as Item;

const items = [item('a', 'ねむろ'), item('b', 'くしろ', false), item('c', 'あっけし'), item('d', 'くしろ'), item('e', 'しべつ', false)];
const byName = (i: Item) => i.properties.name_ja;

describe('listOrder', () => {
  it('sorts in Japanese collation, located and unlocated apart, ties in data order', () => {
    const o = listOrder(items, byName, false);
    expect([...o.located].map((i) => items[i]!.properties.id)).toEqual(['c', 'd', 'a']);
    expect([...o.unlocated].map((i) => items[i]!.properties.id)).toEqual(['b', 'e']);
  });
  it('reverses for descending order, ties still in data order', () => {
    const o = listOrder([...items, item('f', 'くしろ')], byName, true);
    expect([...o.located].map((i) => i)).toEqual([0, 3, 5, 2]);
  });
  it('sorts numbers as numbers', () => {
    const o = listOrder(items, (i) => ({ a: 10, b: 2, c: 9, d: 100, e: 1 })[i.properties.id]!, false);
    expect([...o.located]).toEqual([2, 0, 3]);
    expect([...o.unlocated]).toEqual([4, 1]);
  });
  it('orders small whole numbers (counted, not compared) as the comparison sort does, ties in data order', () => {
    const keys = Array.from({ length: 500 }, (_, i) => (i * 7919) % 13);
    const many = keys.map((_, i) => item(`i${i}`, 'x', i % 5 !== 0));
    for (const descending of [false, true]) {
      for (const withLarge of [false, true]) {
        // A key beyond the buckets sends the whole list to the comparison sort: both must agree.
        const at = (x: Item) => (withLarge && x.properties.id === 'i3' ? 5000 : keys[Number(x.properties.id.slice(1))]!);
        const want = many
          .map((x, i) => ({ k: at(x), i }))
          .sort((a, b) => (descending ? b.k - a.k : a.k - b.k) || a.i - b.i)
          .map((x) => x.i);
        const o = listOrder(many, at, descending);
        expect([...o.located]).toEqual(want.filter((i) => i % 5 !== 0));
        expect([...o.unlocated]).toEqual(want.filter((i) => i % 5 === 0));
      }
    }
  });
  it('agrees with sorting by localeCompare on the same keys', () => {
    const names = ['釧路', 'くしろ', 'クシロ', '根室', 'ねむろ', 'Akkeshi', 'akkeshi', '１', '2', '標津'];
    const many = names.map((n, i) => item(`i${i}`, n));
    const o = listOrder(many, byName, false);
    const want = many
      .map((x, i) => ({ x, i }))
      .sort((a, b) => a.x.properties.name_ja.localeCompare(b.x.properties.name_ja, 'ja') || a.i - b.i)
      .map((x) => x.i);
    expect([...o.located]).toEqual(want);
  });
});

describe('kept', () => {
  it('keeps the masked positions in the order given', () => {
    const mask = Uint8Array.from([1, 0, 1, 0, 1]);
    expect([...kept(Uint32Array.from([4, 3, 2, 1, 0]), mask)]).toEqual([4, 2, 0]);
    expect([...kept(Uint32Array.from([1, 3]), mask)]).toEqual([]);
  });
});
