import { describe, expect, it } from 'vitest';
import { contentGesture, dragOffset, sheetAfterDrag } from './sheet-gesture.ts';

describe('bottom sheet swipe', () => {
  it('up opens the sheet fully; down shrinks a full sheet, then dismisses a half one', () => {
    expect(sheetAfterDrag('half', -120, 400)).toBe('full');
    expect(sheetAfterDrag('full', 120, 800)).toBe('half');
    expect(sheetAfterDrag('half', 120, 400)).toBe('dismissed');
  });

  it('a short drag leaves it where it is, unless it was a flick', () => {
    expect(sheetAfterDrag('half', -20, 400)).toBe('half');
    expect(sheetAfterDrag('full', 30, 800)).toBe('full');
    expect(sheetAfterDrag('half', 30, 400, 1.2)).toBe('dismissed');
    expect(sheetAfterDrag('half', 4, 400, 2)).toBe('half');
  });

  it('a small sheet (phone landscape) needs a sixth of its height', () => {
    expect(sheetAfterDrag('half', 30, 170)).toBe('dismissed');
    expect(sheetAfterDrag('half', 20, 170)).toBe('half');
  });

  it('the sheet follows the finger within its range', () => {
    expect(dragOffset(-500, 'full', 800)).toBe(0);
    expect(dragOffset(-500, 'half', 400)).toBe(-400);
    expect(dragOffset(900, 'half', 400)).toBe(400);
  });

  it('on the content, a move down from its top moves the sheet; any move in the middle, or up, scrolls it', () => {
    expect(contentGesture(0, 40)).toBe('sheet');
    expect(contentGesture(0, -40)).toBe('scroll');
    expect(contentGesture(120, 40)).toBe('scroll');
    expect(contentGesture(1, 200)).toBe('scroll');
    expect(contentGesture(0, 3)).toBe('undecided');
    expect(contentGesture(0, -3)).toBe('undecided');
  });
});
