import { describe, expect, it } from 'vitest';
import { box, hitIds, inCorner } from './hits.ts';

const point = (id: string) => ({ id, fill: false });
const fill = (id: string) => ({ id, fill: true });
const never = () => {
  throw new Error('the box was searched although something lay under the pointer');
};

describe('what a click on the map means', () => {
  it('lists every item under the pointer once, topmost first', () => {
    expect(hitIds([point('fp-chiyonoura'), point('hb-kushiro'), point('fp-chiyonoura')], never)).toEqual(['fp-chiyonoura', 'hb-kushiro']);
  });

  it('one item squarely under the pointer is that item, whatever lies a few pixels off', () => {
    expect(hitIds([point('fp-shibetsu')], never)).toEqual(['fp-shibetsu']);
  });

  it('searches the box around the pointer only when nothing lies exactly under it', () => {
    expect(hitIds([], () => [point('fp-rausu')])).toEqual(['fp-rausu']);
    expect(hitIds([], () => [point('a'), point('b')])).toEqual(['a', 'b']);
    expect(hitIds([], () => [])).toEqual([]);
  });

  it('an area under a point or line does not count; areas alone do', () => {
    expect(hitIds([point('fp-akkeshi'), fill('ag-akkeshi')], never)).toEqual(['fp-akkeshi']);
    expect(hitIds([fill('ag-a'), fill('pk-b')], never)).toEqual(['ag-a', 'pk-b']);
    expect(hitIds([], () => [fill('ag-a'), point('rd-x')])).toEqual(['rd-x']);
  });

  it("an icon's empty corner is not on the item: a click there beside a neighbour opens the neighbour only", () => {
    // 羅臼漁港's circle with 羅臼温泉園地's hexagon drawn 10 px to its left, clicked on the circle's centre.
    const onCircle = { id: 'fp-rausu', fill: false, offset: [0, 0] as [number, number] };
    const hexCorner = { id: 'pk-rausu-onsen', fill: false, offset: [10, 2] as [number, number] };
    expect(hitIds([hexCorner, onCircle], never)).toEqual(['fp-rausu']);
    // Squarely on both shapes: both.
    expect(hitIds([{ ...hexCorner, offset: [5, 1] }, onCircle], never)).toEqual(['pk-rausu-onsen', 'fp-rausu']);
    // Only a corner under the pointer: the box decides.
    expect(hitIds([hexCorner], () => [point('pk-rausu-onsen')])).toEqual(['pk-rausu-onsen']);
  });

  it('tells the corners of the icon square from its shape and from the label below it', () => {
    expect(inCorner([0, 0])).toBe(false);
    expect(inCorner([6, 6])).toBe(false);
    expect(inCorner([10, 10])).toBe(true);
    expect(inCorner([10.4, 0])).toBe(true);
    // Beyond the square: the label, which is the item's.
    expect(inCorner([0, 20])).toBe(false);
  });

  it('the tolerance box is centred on the pointer', () => {
    expect(box({ x: 100, y: 50 }, 4)).toEqual([
      [96, 46],
      [104, 54],
    ]);
  });
});
