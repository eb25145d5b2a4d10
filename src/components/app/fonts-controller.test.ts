import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../domain/atlas.ts';
import { FontsController, type FontLoading } from './fonts-controller.ts';

/** A promise and its resolver. */
function later(): { promise: Promise<void>; done: () => void } {
  let done!: () => void;
  const promise = new Promise<void>((ok) => (done = ok));
  return { promise, done };
}
const settle = () => new Promise((ok) => setTimeout(ok, 0));
const shipped = {} as Atlas;
const edited = {} as Atlas;

function setUp() {
  const names = later();
  const own = later();
  const updates: boolean[] = [];
  const fonts: FontLoading = {
    shippedNames: () => names.promise,
    namesLoaded: (atlas) => atlas === shipped,
    load: () => own.promise,
  };
  const controller: FontsController = new FontsController({ requestUpdate: () => updates.push(controller.ready) } as never, fonts);
  return { controller, names, own, updates };
}

describe('FontsController', () => {
  it('is ready once the shipped names’ faces are in, before any data: the map names its places while the data loads', async () => {
    const { controller, names, updates } = setUp();
    expect(controller.ready).toBe(false);
    names.done();
    await settle();
    expect(controller.ready).toBe(true);
    // The shipped data's names need nothing more: no second update, no names taken off the map.
    controller.load(shipped);
    expect(controller.ready).toBe(true);
    expect(updates).toEqual([true]);
  });

  it('takes the names off the map while a first dataset’s own faces load, then puts them back', async () => {
    const { controller, names, own, updates } = setUp();
    names.done();
    await settle();
    controller.load(edited);
    expect(controller.ready).toBe(false);
    own.done();
    await settle();
    expect(controller.ready).toBe(true);
    expect(updates).toEqual([true, false, true]);
  });

  it('does not wait for the shipped names when the data is first and needs nothing more', async () => {
    const { controller, names, updates } = setUp();
    controller.load(shipped);
    expect(controller.ready).toBe(true);
    names.done();
    await settle();
    expect(updates).toEqual([true]);
  });

  it('keeps the names on the map while a later dataset’s (imported files’) faces load', async () => {
    const { controller, names, own, updates } = setUp();
    names.done();
    await settle();
    controller.load(shipped);
    controller.load(edited);
    expect(controller.ready).toBe(true);
    own.done();
    await settle();
    expect(updates).toEqual([true]);
  });
});
