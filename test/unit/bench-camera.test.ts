import { describe, expect, it } from 'vitest';
import { flyToMs } from '../../scripts/bench/camera.ts';

const region = { center: [145.2714, 43.5807] as [number, number], zoom: 7.621 };
const food = { center: [145.3588, 43.4998] as [number, number], zoom: 8.278 };
const childcare = { center: [144.7386, 43.3364] as [number, number], zoom: 9.126 };

describe("flyToMs (MapLibre's flyTo duration without a given duration)", () => {
  it('a zoom by one level on the spot: S = ln 2 / ρ screenfuls at 1.2 per second', () => {
    expect(flyToMs({ center: [145, 43.5], zoom: 8 }, { center: [145, 43.5], zoom: 9 }, 1280)).toBeCloseTo(
      (1000 * Math.log(2)) / 1.42 / 1.2,
      6,
    );
  });

  it('no move at all: the 500 ms ease MapLibre falls back to', () => {
    expect(flyToMs(food, food, 1280)).toBe(500);
  });

  it('takes as long back as forward, and longer for a longer move', () => {
    for (const [a, b] of [
      [region, food],
      [food, childcare],
      [region, childcare],
    ] as const)
      expect(flyToMs(a, b, 1280)).toBeCloseTo(flyToMs(b, a, 1280), 6);
    expect(flyToMs(region, childcare, 1280)).toBeGreaterThan(flyToMs(region, food, 1280));
  });
});
