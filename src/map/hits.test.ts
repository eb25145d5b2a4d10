import { describe, expect, it } from 'vitest';
import { box, hitIds } from './hits.ts';

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

  it('the tolerance box is centred on the pointer', () => {
    expect(box({ x: 100, y: 50 }, 4)).toEqual([
      [96, 46],
      [104, 54],
    ]);
  });
});
