import type { TourCommand } from '../domain/tour.ts';

/** Clicker and keyboard keys to tour commands. Presentation clickers send PageDown/PageUp or the arrows. */
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
    default:
      return null;
  }
}

/**
 * tourKey for a window-level keydown: null while the user types in a field, with a modifier
 * (browser shortcuts stay theirs), or when Enter/Space would press a focused button or link,
 * which then does its own thing instead of stepping twice.
 */
export function tourKeyOf(e: KeyboardEvent): TourCommand | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return null;
  const target = (e.composedPath()[0] ?? e.target) as Element | null;
  if (target instanceof Element && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return null;
  if ((e.key === 'Enter' || e.key === ' ') && target instanceof Element && target.closest('button, a[href], summary, [role="button"]')) return null;
  return tourKey(e.key);
}
