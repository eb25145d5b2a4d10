// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/tour-player.ts';
// The app loads charts on demand; here they are loaded up front.
import '../../src/components/kpi-chart.ts';
import { PROJECTOR_MIN_PX, TourPlayer, type TourStepEvent, tourKey, tourKeyOf } from '../../src/components/tour-player.ts';
import { DEFAULT_TOUR_FILE, type Tour, checkTour, knownTourIds } from '../../src/domain/tour.ts';
import type { Lang } from '../../src/domain/types.ts';
import { DATA_DIR, loadRealData } from '../load-data.ts';

const { atlas } = loadRealData();
const TOUR = checkTour(DEFAULT_TOUR_FILE, JSON.parse(readFileSync(join(DATA_DIR, DEFAULT_TOUR_FILE), 'utf8')), knownTourIds(atlas)).tour!;
const N = TOUR.scenes.length;
const at = (id: string) => TOUR.scenes.findIndex((s) => s.id === id);

async function mount(index: number, lang: Lang = 'ja', tour: Tour = TOUR) {
  const el = document.createElement('tour-player');
  el.atlas = atlas;
  el.tour = tour;
  el.index = index;
  el.lang = lang;
  document.body.append(el);
  await el.updateComplete;
  steps.length = 0;
  return { el, root: el.shadowRoot!, steps };
}

/** Steps heard at the document: the event must bubble out of the shadow root to reach the app. */
const steps: TourStepEvent['detail'][] = [];
let escaped = true;
document.addEventListener('tour-step', (e) => {
  escaped &&= e.bubbles && e.composed;
  steps.push((e as TourStepEvent).detail);
});

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => document.body.replaceChildren());

describe('<tour-player>', () => {
  it('shows a project scene: title, 推進主体, key infrastructure and progress', async () => {
    const { root } = await mount(1);
    const project = atlas.projectById.get('p-food-industry')!;
    expect(text(root.querySelector('h2'))).toBe(project.name_ja);
    expect(text(root.querySelector('.eyebrow .badge'))).toBe('推進主体：国');
    expect(root.querySelector('.eyebrow .badge')!.classList.contains('promoter-kuni')).toBe(true);
    expect(text(root.querySelector('.eyebrow .numbers'))).toBe('１－（１）、４－（２）');
    expect(text(root.querySelector('.caption'))).toBe(TOUR.scenes[1]!.caption_ja);

    const items = [...root.querySelectorAll('.key-items li')];
    expect(items).toHaveLength(6);
    const all = atlas.itemsOfProject('p-food-industry');
    for (const li of items) expect(all.map((i) => i.properties.name_ja)).toContain(text(li));
    expect(text(root.querySelector('.key-items h3'))).toContain(`（全 ${all.length} 件）`);
    expect(text(root.querySelector('.more'))).toBe(`ほか ${all.length - 6} 件`);

    const progress = root.querySelector('.progress')!;
    expect(progress.getAttribute('aria-live')).toBe('polite');
    expect(text(progress.querySelector('.count'))).toBe(`2 / ${N}`);
    expect((progress.querySelector('.fill') as HTMLElement).style.width).toBe(`${(2 / N) * 100}%`);
    expect(root.querySelector('section.kpi')).toBeNull();
  });

  it('sends the next, previous and exit steps from its buttons', async () => {
    const { root, steps } = await mount(1);
    const button = (cls: string) => root.querySelector(`button.${cls}`) as HTMLButtonElement;
    button('next').click();
    button('prev').click();
    button('exit').click();
    expect(steps).toEqual([{ index: 2 }, { index: 0 }, { exit: true }]);
    expect(escaped).toBe(true);
  });

  it('has nothing before the first scene and nothing after the last', async () => {
    const first = await mount(0);
    expect((first.root.querySelector('button.prev') as HTMLButtonElement).disabled).toBe(true);
    expect(text(first.root.querySelector('.count'))).toBe(`1 / ${N}`);
    expect(first.root.querySelector('.eyebrow')).toBeNull();
    document.body.replaceChildren();
    const last = await mount(N - 1);
    expect((last.root.querySelector('button.next') as HTMLButtonElement).disabled).toBe(true);
    (last.root.querySelector('button.next') as HTMLButtonElement).click();
    expect(last.steps).toEqual([]);
  });

  it('charts the scene’s KPI', async () => {
    const index = at('dairy-fishery-tech');
    const scene = TOUR.scenes[index]!;
    expect(scene.kpi).toBeTruthy();
    const { root } = await mount(index);
    // A compact chart that fits the card (issue 18.1): one bar per figure of the KPI.
    const chart = root.querySelector('section.kpi')!;
    expect(chart.getAttribute('data-kpi')).toBe(scene.kpi);
    expect(chart.querySelectorAll('svg rect').length).toBeGreaterThan(1);
    expect(text(root.querySelector('.eyebrow .badge'))).toBe('推進主体：道');
  });

  it('speaks English where the tour has it', async () => {
    const { root } = await mount(1, 'en');
    expect(text(root.querySelector('h2'))).toBe(atlas.projectById.get('p-food-industry')!.name_en);
    expect(text(root.querySelector('.eyebrow .badge'))).toBe('Promoter: National');
    expect(text(root.querySelector('button.next'))).toBe('Next →');
    expect(text(root.querySelector('button.prev'))).toBe('← Previous');
    expect(text(root.querySelector('.key-items h3'))).toContain('Key infrastructure');
  });

  it('falls back to Japanese, marked as such, where the English is missing', async () => {
    const scene = { ...TOUR.scenes[0]!, title_en: undefined, caption_en: undefined };
    const { root } = await mount(0, 'en', { ...TOUR, scenes: [scene] });
    expect(text(root.querySelector('h2'))).toBe(scene.title_ja);
    expect(root.querySelector('h2')!.getAttribute('lang')).toBe('ja');
    expect(root.querySelector('.caption')!.getAttribute('lang')).toBe('ja');
  });

  it('lists what the border-region scene highlights, the items on the map first', async () => {
    const { root } = await mount(at('border-region'));
    const ids = [...root.querySelectorAll('.key-items li')].map((li) => li.getAttribute('data-item')!);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const item = atlas.itemById.get(id)!;
      expect(atlas.inBorderRegion(item)).toBe(true);
      expect(item.geometry).not.toBeNull();
    }
  });

  it('renders tour text as text, never as markup', async () => {
    const scene = { ...TOUR.scenes[0]!, title_ja: '<img src=x onerror=alert(1)>', caption_ja: '<b>太字</b>' };
    const { root } = await mount(0, 'ja', { ...TOUR, scenes: [scene] });
    expect(text(root.querySelector('h2'))).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img, b')).toBeNull();
  });

  it('sizes its text for a projector from 1600 px up', () => {
    expect(PROJECTOR_MIN_PX.title).toBeGreaterThanOrEqual(28);
    expect(PROJECTOR_MIN_PX.body).toBeGreaterThanOrEqual(20);
    const css = TourPlayer.elementStyles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
    expect(css).toContain('@media (min-width: 1600px)');
    expect(css).toContain(`max(${PROJECTOR_MIN_PX.title}px`);
    expect(css).toContain(`max(${PROJECTOR_MIN_PX.body}px`);
    expect(css).not.toMatch(/:hover/);
  });
});

describe('tour keys', () => {
  it('maps clicker and keyboard keys to commands', () => {
    for (const k of ['ArrowRight', ' ', 'PageDown', 'Enter']) expect(tourKey(k), k).toBe('next');
    for (const k of ['ArrowLeft', 'PageUp', 'Backspace']) expect(tourKey(k), k).toBe('prev');
    expect(tourKey('Escape')).toBe('exit');
    for (const k of ['b', 'B', '.']) expect(tourKey(k), k).toBe('blank');
    for (const k of ['a', 'ArrowUp', 'Tab', 'F5']) expect(tourKey(k), k).toBeNull();
  });

  it('leaves keys alone while typing or with a modifier; Enter and Space step even on a focused button (clicker-safe)', () => {
    const got: (string | null)[] = [];
    const listen = (e: Event) => got.push(tourKeyOf(e as KeyboardEvent));
    window.addEventListener('keydown', listen);
    const input = document.createElement('input');
    const button = document.createElement('button');
    const div = document.createElement('div');
    document.body.append(input, button, div);
    const press = (target: Element, key: string, init: KeyboardEventInit = {}) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }));
    press(div, 'PageDown');
    press(div, 'Enter');
    press(input, 'ArrowRight');
    press(input, 'Backspace');
    press(div, 'ArrowLeft', { altKey: true });
    press(button, 'Enter');
    press(button, ' ');
    press(button, 'PageUp');
    press(div, 'Escape');
    window.removeEventListener('keydown', listen);
    expect(got).toEqual(['next', 'next', null, null, null, 'next', 'next', 'prev', 'exit']);
  });
});
