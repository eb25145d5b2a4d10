import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BasemapWatch, FIRST_TILE_MS } from './basemap-watch.ts';

describe('BasemapWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives up when no tile arrives in time', () => {
    const giveUp = vi.fn();
    const watch = new BasemapWatch(giveUp);
    watch.start('gsi-pale');
    vi.advanceTimersByTime(FIRST_TILE_MS - 1);
    expect(giveUp).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(giveUp).toHaveBeenCalledExactlyOnceWith('gsi-pale', 'no tile arrived within 8 s');
  });

  it('keeps a basemap whose first tile arrived, even if later tiles fail', () => {
    const giveUp = vi.fn();
    const watch = new BasemapWatch(giveUp);
    watch.start('osm');
    watch.tileLoaded();
    for (let i = 0; i < 5; i++) watch.tileFailed('404');
    vi.advanceTimersByTime(FIRST_TILE_MS * 2);
    expect(giveUp).not.toHaveBeenCalled();
  });

  it('gives up after three failures before any tile, once', () => {
    const giveUp = vi.fn();
    const watch = new BasemapWatch(giveUp);
    watch.start('gsi-std');
    watch.tileFailed('a');
    watch.tileFailed('b');
    expect(giveUp).not.toHaveBeenCalled();
    watch.tileFailed('c');
    watch.tileFailed('d');
    vi.advanceTimersByTime(FIRST_TILE_MS * 2);
    expect(giveUp).toHaveBeenCalledExactlyOnceWith('gsi-std', 'c');
  });

  it('a new choice or stop ends the watch of the old one', () => {
    const giveUp = vi.fn();
    const watch = new BasemapWatch(giveUp);
    watch.start('osm');
    watch.start('gsi-photo');
    vi.advanceTimersByTime(FIRST_TILE_MS);
    expect(giveUp).toHaveBeenCalledExactlyOnceWith('gsi-photo', expect.any(String));
    watch.start('osm');
    watch.stop();
    vi.advanceTimersByTime(FIRST_TILE_MS * 2);
    watch.tileFailed('x');
    expect(giveUp).toHaveBeenCalledTimes(1);
  });
});
