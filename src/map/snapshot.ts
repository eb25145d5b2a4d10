import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The map as drawn now, re-rendered at `ratio` device pixels per CSS pixel (sharp on paper),
 * copied to a detached canvas; the screen goes back to its own pixel ratio afterwards.
 */
export async function snapshot(map: MapLibreMap, ratio: number, whenIdle: () => Promise<void>): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  map.setPixelRatio(ratio);
  await whenIdle();
  const src = map.getCanvas();
  const copy = document.createElement('canvas');
  copy.width = src.width;
  copy.height = src.height;
  copy.getContext('2d')?.drawImage(src, 0, 0);
  map.setPixelRatio(before);
  return copy;
}
