// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/tour-player.ts';
import { DEFAULT_TOUR_FILE, checkTour, knownTourIds } from '../../src/domain/tour.ts';
import { DATA_DIR, loadRealData } from '../load-data.ts';

const { atlas } = loadRealData();
const TOUR = checkTour(DEFAULT_TOUR_FILE, JSON.parse(readFileSync(join(DATA_DIR, DEFAULT_TOUR_FILE), 'utf8')), knownTourIds(atlas)).tour!;

async function mount(focusRequest: number) {
  const el = document.createElement('tour-player');
  Object.assign(el, { atlas, tour: TOUR, index: 0, lang: 'ja', focusRequest });
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('<tour-player> focus', () => {
  it('a tour opened from a link leaves the focus where it was', async () => {
    const el = await mount(0);
    expect(el.shadowRoot!.activeElement).toBeNull();
  });

  it('a tour started by the user puts the focus on "next" (a clicker\'s Space then steps on), and again on each start', async () => {
    const el = await mount(1);
    expect(el.shadowRoot!.activeElement?.classList.contains('next')).toBe(true);
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    el.focusRequest = 2;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.classList.contains('next')).toBe(true);
  });
});
