import { describe, expect, it } from 'vitest';
import { scaleBar } from './scale-bar.ts';

describe('scaleBar', () => {
  it('measures the picture, not the screen: a map shown 1000 px wide drawn 500 px wide doubles the metres per pixel', () => {
    // 100 m per CSS px on screen; the picture draws the map at half size: 200 m per picture px.
    const bar = scaleBar(100, 1000, 500, 180);
    expect(bar).toEqual({ metres: 20_000, px: 100, label: '20 km' });
    expect(bar.px * 200).toBe(bar.metres);
  });

  it('does not depend on the device pixels of a snapshot: only the shown width and the drawn width count', () => {
    const shown = scaleBar(37.5, 1280, 880, 180);
    // The bug: the snapshot canvas's width (2 × 1280 device pixels) taken as the shown width.
    const wrong = scaleBar(37.5, 2560, 880, 180);
    expect(shown.px * ((37.5 * 1280) / 880)).toBeCloseTo(shown.metres, 6);
    expect(wrong.px * ((37.5 * 1280) / 880)).toBeCloseTo(wrong.metres / 2, 6);
  });

  it('picks the longest 1, 2 or 5 × 10ⁿ that fits', () => {
    expect(scaleBar(1, 100, 100, 180)).toMatchObject({ metres: 100, label: '100 m' });
    expect(scaleBar(3, 100, 100, 180)).toMatchObject({ metres: 500, label: '500 m' });
    expect(scaleBar(12, 100, 100, 180)).toMatchObject({ metres: 2000, label: '2 km' });
    for (const mpp of [0.7, 3.3, 47, 260, 1234]) {
      const b = scaleBar(mpp, 800, 600, 180);
      expect(b.px).toBeLessThanOrEqual(180);
      expect(b.px).toBeGreaterThan(180 / 2.5);
    }
  });

  it('refuses a scale or size that is not positive', () => {
    expect(() => scaleBar(0, 100, 100, 180)).toThrow();
    expect(() => scaleBar(10, 0, 100, 180)).toThrow();
  });
});
