import { describe, expect, it } from 'vitest';
import { NO_MAP_INSETS, centreOffset, fitPadding, inView, revealTarget } from './insets.ts';
import { ITEM_LABEL, itemLabelDrop } from './layers/infrastructure.ts';

const size = { width: 400, height: 800 };
const sheet = { ...NO_MAP_INSETS, bottom: 400 };
const panel = { ...NO_MAP_INSETS, right: 480 };

describe('map insets', () => {
  it('pads a fit by what the panels cover', () => {
    expect(fitPadding(sheet, 60)).toEqual({ top: 60, right: 60, bottom: 460, left: 60 });
    expect(fitPadding(panel, 60)).toEqual({ top: 60, right: 540, bottom: 60, left: 60 });
  });

  it('leaves room at the bottom for the names below the lowest items', () => {
    expect(fitPadding(panel, 60, itemLabelDrop(18))).toEqual({ top: 60, right: 540, bottom: 60 + 45, left: 60 });
    // At the desk's 12 px: 1.3 em of offset and a 1.2 em line.
    expect(itemLabelDrop(ITEM_LABEL.size)).toBe(30);
  });

  it('offsets the camera towards the uncovered part', () => {
    expect(centreOffset(panel)).toEqual([-240, 0]);
    expect(centreOffset(sheet)).toEqual([0, -200]);
  });

  it('a point under the bottom sheet is not in view; above it, it is', () => {
    expect(inView({ x: 200, y: 600 }, size, sheet, 40)).toBe(false);
    expect(inView({ x: 200, y: 300 }, size, sheet, 40)).toBe(true);
    expect(inView({ x: 200, y: 600 }, size, NO_MAP_INSETS, 40)).toBe(true);
  });

  it('moves the camera so that the point lands in the middle of the uncovered part', () => {
    // Camera centre at the point's shifted position puts the point at the centre of the part above the sheet.
    const target = revealTarget({ x: 200, y: 600 }, sheet);
    expect(target).toEqual({ x: 200, y: 800 });
    const centre = { x: size.width / 2, y: size.height / 2 };
    // After moving, the point is (centre − (target − point)) on screen: 200 from the top = middle of 0..400.
    expect(centre.y - (target.y - 600)).toBe(200);
    expect(revealTarget({ x: 100, y: 100 }, panel)).toEqual({ x: 340, y: 100 });
  });
});
