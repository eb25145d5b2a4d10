import type { MapView } from '../domain/state.ts';

export type BBox = [number, number, number, number];

/**
 * What the rest of the app may ask of the map: the camera and the picture. The map controller
 * implements it; `<atlas-map>` hands it to the app through the map context (components/map-context.ts).
 */
export interface MapApi {
  /** Frames a box (the whole region for null), keeping it clear of the panel on the right. */
  fit(bounds: BBox | null): void;
  fly(center: [number, number], zoom: number): void;
  /** Moves the camera to a view from elsewhere (a link, the back button) unless it is there already. */
  jump(view: MapView): void;
  /** Resolves once the map has drawn everything it has been asked to (its 'idle' event). */
  whenIdle(): Promise<void>;
  /** The map as drawn now, at `ratio` device pixels per CSS pixel, on a detached canvas. */
  snapshot(ratio: number): Promise<HTMLCanvasElement | null>;
  view(): MapView | null;
  /** The credits of what the map draws, as plain text. */
  attributions(): string[];
}

/** Two views the eye cannot tell apart (the camera need not move from one to the other). */
export function sameView(a: MapView, b: MapView): boolean {
  return (
    Math.abs(a.center[0] - b.center[0]) < 1e-4 &&
    Math.abs(a.center[1] - b.center[1]) < 1e-4 &&
    Math.abs(a.zoom - b.zoom) < 0.01 &&
    Math.abs(a.bearing - b.bearing) < 0.1 &&
    Math.abs(a.pitch - b.pitch) < 0.1
  );
}
