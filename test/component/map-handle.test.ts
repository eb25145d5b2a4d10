import { describe, expect, it, vi } from 'vitest';
import { MapHandle } from '../../src/components/map-context.ts';
import type { MapApi } from '../../src/map/api.ts';

function fakeMap(): MapApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fit: (b) => void calls.push(`fit ${JSON.stringify(b)}`),
    fly: (c, z) => void calls.push(`fly ${c.join(',')} ${z}`),
    jump: (v) => void calls.push(`jump ${v.zoom}`),
    whenIdle: vi.fn(() => Promise.resolve()),
    snapshot: vi.fn(() => Promise.resolve(null)),
    view: () => null,
    attributions: () => [],
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('MapHandle', () => {
  it('holds camera moves asked before the map is there, and applies them in order when it attaches', async () => {
    const handle = new MapHandle();
    handle.fit([1, 2, 3, 4]);
    handle.fly([144, 43], 9);
    const map = fakeMap();
    await tick();
    expect(map.calls).toEqual([]);
    handle.attach(map);
    await tick();
    expect(map.calls).toEqual(['fit [1,2,3,4]', 'fly 144,43 9']);
    expect(handle.current).toBe(map);
  });

  it('whenIdle waits for the map, then for its idle', async () => {
    const handle = new MapHandle();
    const idle = handle.whenIdle();
    const map = fakeMap();
    handle.attach(map);
    await idle;
    expect(map.whenIdle).toHaveBeenCalledTimes(1);
  });

  it('a map that cannot run rejects whoever waits, and drops camera moves quietly', async () => {
    const handle = new MapHandle();
    const idle = handle.whenIdle();
    handle.fit(null);
    handle.fail('WebGL2 is not available');
    await expect(idle).rejects.toThrow('WebGL2 is not available');
    await expect(handle.whenMap()).rejects.toThrow('WebGL2');
    expect(handle.current).toBeNull();
  });

  it('a detached map is no longer current; another map can attach', async () => {
    const handle = new MapHandle();
    const a = fakeMap();
    const b = fakeMap();
    handle.attach(a);
    handle.detach(b);
    expect(handle.current).toBe(a);
    handle.detach(a);
    expect(handle.current).toBeNull();
    handle.attach(b);
    handle.jump({ center: [144, 43], zoom: 7, bearing: 0, pitch: 0 });
    await tick();
    expect(b.calls).toEqual(['jump 7']);
    expect(a.calls).toEqual([]);
  });

  it("the report's picture: the map once idle, as a PNG with its credits; none without a map", async () => {
    const handle = new MapHandle();
    expect(await handle.picture()).toEqual({ image: null, attribution: '' });
    const map = fakeMap();
    const order: string[] = [];
    map.whenIdle = vi.fn(() => (order.push('idle'), Promise.resolve()));
    map.snapshot = vi.fn((ratio: number) => {
      order.push(`snapshot ${ratio}`);
      return Promise.resolve({ toDataURL: (type: string) => `data:${type};base64,AAAA` } as HTMLCanvasElement);
    });
    map.attributions = () => ['© OpenStreetMap', '国土地理院'];
    handle.attach(map);
    expect(await handle.picture()).toEqual({ image: 'data:image/png;base64,AAAA', attribution: '© OpenStreetMap ・ 国土地理院' });
    expect(order).toEqual(['idle', 'snapshot 1.5']);
    handle.fail('context lost');
    expect(await handle.picture()).toEqual({ image: null, attribution: '' });
  });
});
