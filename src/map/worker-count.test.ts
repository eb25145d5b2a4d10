import { describe, expect, it } from 'vitest';
import { workerCountFor } from './worker-count.ts';

describe('workerCountFor', () => {
  it('gives one worker per two cores, from one to two', () => {
    expect([1, 2, 3, 4, 8, 16].map(workerCountFor)).toEqual([1, 1, 1, 2, 2, 2]);
  });

  it('gives one where the browser does not say how many cores it has', () => {
    expect(workerCountFor(undefined)).toBe(1);
    expect(workerCountFor(0)).toBe(1);
  });
});
