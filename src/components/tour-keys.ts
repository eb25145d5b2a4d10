import type { TourCommand } from '../domain/tour.ts';

/**
 * Clicker and keyboard keys to tour commands. Presentation clickers send PageDown/PageUp or the
 * arrows (some Space/Enter); B and the full stop blank the screen, as presentation software does.
 */
export function tourKey(key: string): TourCommand | null {
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
    case 'Enter':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
    case 'Backspace':
      return 'prev';
    case 'Escape':
    case 'Esc':
      return 'exit';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    default:
      return null;
  }
}

/**
 * tourKey for a window-level keydown while the tour runs: null while the user types in a field or
 * with a modifier (browser shortcuts stay theirs). Space and Enter step the tour whatever has focus:
 * after a mouse click on "English" a clicker's Space must advance, not press that button again
 * (the listener prevents the button's own activation).
 */
export function tourKeyOf(e: KeyboardEvent): TourCommand | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return null;
  const target = (e.composedPath()[0] ?? e.target) as Element | null;
  if (target instanceof Element && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return null;
  return tourKey(e.key);
}
