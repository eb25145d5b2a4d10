import { describe, expect, it } from 'vitest';
import { JoinedMap } from './joined-map.ts';

describe('JoinedMap', () => {
  it('reads as one Map built from every entry in order: later parts win, keys keep their first place', () => {
    const parts: [string, number][][] = [
      [
        ['a', 1],
        ['b', 2],
      ],
      [
        ['c', 3],
        ['a', 4],
      ],
      [],
      [['d', 5]],
    ];
    const joined = new JoinedMap(parts.map((p) => new Map(p)));
    const one = new Map(parts.flat());
    expect([...joined]).toEqual([...one]);
    expect([...joined.keys()]).toEqual([...one.keys()]);
    expect([...joined.values()]).toEqual([...one.values()]);
    expect(joined.size).toBe(one.size);
    for (const k of ['a', 'b', 'c', 'd', 'e']) {
      expect(joined.get(k)).toBe(one.get(k));
      expect(joined.has(k)).toBe(one.has(k));
    }
    const seen: string[] = [];
    joined.forEach((v, k) => seen.push(`${k}${v}`));
    expect(seen).toEqual(['a4', 'b2', 'c3', 'd5']);
  });
});
