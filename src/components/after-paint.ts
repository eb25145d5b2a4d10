/**
 * Resolves once the next frame has been painted: a requestAnimationFrame callback runs just
 * before the frame's style, layout and paint, and a task queued from it runs after them. Work
 * that lays the page out (focus, scrolling) or is slow but unseen (a history entry) waits for
 * it, so the frame that shows what the user asked for is not held back.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
