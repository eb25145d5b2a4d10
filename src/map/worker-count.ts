/**
 * How many workers MapLibre lays tiles out in: one per two cores, at least one and at most two.
 * A filter change re-lays out every tile in view, and two workers share that on four cores or
 * more. On two cores a second worker only competed with the page and the data's worker while the
 * app starts: the first full render took 0.2–0.3 s longer at 1k and 10k items (bench data, cold
 * loads alternated) and filter changes were no faster (124 vs 127 ms, 179 vs 187 ms).
 */
export function workerCountFor(cores: number | undefined): number {
  return Math.min(2, Math.max(1, Math.floor((cores ?? 2) / 2)));
}
