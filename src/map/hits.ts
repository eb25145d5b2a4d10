import { ICON_REACH, ICON_SIZE } from './icons.ts';

/** What a click or tap on the map found, and where: the ids it reports up (map-controller's `pick`). */
export interface MapPick {
  /** Item ids, the topmost first; two or more (one is selected straight away). */
  ids: string[];
  /** Where the pointer was, in CSS pixels within the map. */
  x: number;
  y: number;
}

/**
 * A feature under the pointer: its item id, whether it is an area's fill (drawn beneath points
 * and lines), and for a point's icon the pointer's offset from the point (CSS px).
 */
export interface Hit {
  id: string;
  fill: boolean;
  offset?: [number, number];
}

/** Half the side of the box searched around a click that hit nothing exactly (CSS px): a finger needs more. */
export const HIT_TOLERANCE = { mouse: 4, touch: 10 } as const;

/**
 * The items a click means, topmost first, each once (an item is drawn by several layers and
 * sources). What lies exactly under the pointer counts first; only when nothing does, the box
 * around it, so a click squarely on one symbol opens it even with a neighbour a few pixels off.
 * An area's fill lies under every point and line inside it: it counts only when nothing else was hit.
 */
export function hitIds(exact: readonly Hit[], near: () => readonly Hit[]): string[] {
  const at = meaning(exact.filter((h) => !h.offset || !inCorner(h.offset)));
  return at.length > 0 ? at : meaning(near());
}

/**
 * MapLibre hits an icon anywhere in its square; the shape drawn in it is smaller. A pointer in
 * the square's empty corners is not on the item (two icons side by side would otherwise both be
 * under a click on either); beyond the square it is on the item's label.
 */
export function inCorner([dx, dy]: [number, number]): boolean {
  const half = ICON_SIZE / 2;
  return Math.abs(dx) <= half && Math.abs(dy) <= half && Math.hypot(dx, dy) > ICON_REACH;
}

function meaning(hits: readonly Hit[]): string[] {
  const solid = hits.filter((h) => !h.fill);
  return [...new Set((solid.length > 0 ? solid : hits).map((h) => h.id))];
}

/** The box `r` CSS pixels around a point, as MapLibre's queryRenderedFeatures takes it. */
export function box(p: { x: number; y: number }, r: number): [[number, number], [number, number]] {
  return [
    [p.x - r, p.y - r],
    [p.x + r, p.y + r],
  ];
}
