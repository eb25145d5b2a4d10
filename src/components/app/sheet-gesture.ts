import type { SheetState } from './layout-controller.ts';

/** A drag shorter than this (CSS px) is a tap on the grip, not a swipe. */
export const TAP_SLOP = 8;

/**
 * Where a swipe on the bottom sheet's grip leaves it: up opens it fully, down shrinks a full
 * sheet to half and dismisses a half one. `dy` is the drag (positive: down), `height` the sheet's
 * height; a swipe must cover 60 px or a sixth of the sheet, whichever is less, or a fast flick
 * (`velocity` in px/ms, positive: down) will do.
 */
export function sheetAfterDrag(state: SheetState, dy: number, height: number, velocity = 0): SheetState | 'dismissed' {
  const far = Math.abs(dy) >= Math.min(60, height / 6);
  const flick = Math.abs(velocity) > 0.5 && Math.abs(dy) > TAP_SLOP;
  if (!far && !flick) return state;
  if (dy < 0) return 'full';
  return state === 'full' ? 'half' : 'dismissed';
}

/** How far the sheet follows the finger: not above its open height, not below its bottom. */
export function dragOffset(dy: number, state: SheetState, height: number): number {
  return Math.max(state === 'full' ? 0 : -height, Math.min(height, dy));
}

/** What a finger on the sheet's content is doing: moving the sheet, scrolling the content, or not yet known. */
export type ContentGesture = 'sheet' | 'scroll' | 'undecided';

/**
 * A finger on the sheet's content moves the sheet only when it goes down from content scrolled to
 * its top (as it would on the grip); anything else scrolls the content. `scrollTop` is where the
 * content was when the finger came down, `dy` the move so far (positive: down); within the tap
 * slop it is not yet known.
 */
export function contentGesture(scrollTop: number, dy: number): ContentGesture {
  if (scrollTop > 0) return 'scroll';
  if (Math.abs(dy) < TAP_SLOP) return 'undecided';
  return dy > 0 ? 'sheet' : 'scroll';
}
