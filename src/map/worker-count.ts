/**
 * How many workers MapLibre lays tiles out in: one per two cores, at least one and at most two.
 * A filter change re-lays out every tile in view, and two workers share that on four cores or
 * more. On two cores a second worker only competed with the page and the data's worker while the
 * app starts: with two, the first full render took 0.2 s longer at 1k items (2 595 vs 2 384 ms,
 * 8 cold loads each, alternated; at 10k and on the real data the difference was within the noise)
 * and filter changes were no faster (125 vs 124 ms, 174 vs 182 ms).
 */
export function workerCountFor(cores: number | undefined): number {
  return Math.min(2, Math.max(1, Math.floor((cores ?? 2) / 2)));
}
