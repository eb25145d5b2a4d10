/**
 * What of the map panels cover (the desk's panel on the right, the phone's bottom sheet) and how
 * the camera keeps a selection clear of them. Pure: the map controller applies the results.
 */
export interface MapInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_MAP_INSETS: MapInsets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * fitBounds padding: `pad` all round, plus what the panels cover, plus `below` at the bottom: the
 * names hang below the items' symbols, and the lowest ones ran under the credits along the bottom.
 */
export function fitPadding(insets: MapInsets, pad: number, below = 0): MapInsets {
  return { top: pad + insets.top, right: pad + insets.right, bottom: pad + below + insets.bottom, left: pad + insets.left };
}

/** The offset of the uncovered part's centre from the map's centre (flyTo's offset). */
export function centreOffset(insets: MapInsets): [number, number] {
  return [(insets.left - insets.right) / 2, (insets.top - insets.bottom) / 2];
}

/** Whether a point (CSS px in the map) lies in the uncovered part, at least `margin` from its edges. */
export function inView(pt: { x: number; y: number }, size: { width: number; height: number }, insets: MapInsets, margin: number): boolean {
  return (
    pt.x > insets.left + margin &&
    pt.x < size.width - insets.right - margin &&
    pt.y > insets.top + margin &&
    pt.y < size.height - insets.bottom - margin
  );
}

/**
 * Where the camera's centre must go (CSS px in the map as it is) for a point to sit in the middle
 * of the uncovered part: the point shifted against the offset of that part's centre.
 */
export function revealTarget(pt: { x: number; y: number }, insets: MapInsets): { x: number; y: number } {
  const [dx, dy] = centreOffset(insets);
  return { x: pt.x - dx, y: pt.y - dy };
}
