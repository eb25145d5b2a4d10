// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/components/tour-editor.ts';
import type { TourEditorDetail } from '../../src/components/tour-editor.ts';
import { EMPTY_FILTERS } from '../../src/domain/filters.ts';
import type { AppState } from '../../src/domain/state.ts';
import type { Tour } from '../../src/domain/tour.ts';
import { addScene, exportTour, newTour, sceneFromState } from '../../src/domain/user-tour.ts';
import { fileIssue } from '../../src/domain/data/issues.ts';
import { msg, say } from '../../src/domain/message.ts';
import { loadRealData } from '../load-data.ts';

const { atlas } = loadRealData();

const STATE: AppState = {
  lang: 'ja',
  filters: EMPTY_FILTERS,
  selection: null,
  view: null,
  basemap: 'offline',
  context: [],
  overlay: null,
  regionMeasure: null,
  tour: null,
};
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

function threeScenes(): Tour {
  let tour = { ...newTour('説明会', Date.UTC(2026, 0, 1)), id: 'meeting' };
  for (const [i, state] of [
    { ...STATE, filters: { ...EMPTY_FILTERS, promoters: ['kuni' as const] } },
    { ...STATE, selection: { kind: 'project' as const, id: 'p-food-industry' } },
    { ...STATE, view: { center: [145.5, 43.3] as [number, number], zoom: 10, bearing: 0, pitch: 0 } },
  ].entries())
    tour = addScene(
      tour,
      sceneFromState(
        { title: `題 ${i + 1}`, caption: `説明 ${i + 1}` },
        state,
        [],
        tour.scenes.map((s) => s.id),
      ),
    );
  return tour;
}

/** What the editor sent up, heard at the document: it must bubble out of the shadow root. */
const sent: TourEditorDetail[] = [];
document.addEventListener('tour-editor', (e) => sent.push((e as CustomEvent<TourEditorDetail>).detail));
beforeEach(() => (sent.length = 0));
afterEach(() => document.body.replaceChildren());

async function mount(props: Partial<HTMLElementTagNameMap['tour-editor']> = {}) {
  const tour = threeScenes();
  const el = Object.assign(document.createElement('tour-editor'), { atlas, state: STATE, tours: [tour], current: tour.id, ...props });
  document.body.append(el);
  await el.updateComplete;
  const root = el.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T & Element>(sel)!;
  return { el, root, $, tour };
}

const lastChange = () => {
  const d = sent.at(-1);
  if (d?.kind !== 'change') throw new Error(`expected a change, got ${JSON.stringify(d)}`);
  return d;
};

/** Picks a file in the editor's file input, as the browser would. */
async function pick(input: HTMLInputElement, name: string, body: string) {
  Object.defineProperty(input, 'files', { value: [new File([body], name, { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change'));
  // The file is read asynchronously.
  await new Promise((r) => setTimeout(r, 20));
}

describe('<tour-editor>', () => {
  it('lists the scenes with what each took from the screen', async () => {
    const { root } = await mount();
    const items = [...root.querySelectorAll('ol.scenes > li')];
    expect(items.map((li) => (li.querySelector('input.title') as HTMLInputElement).value)).toEqual(['題 1', '題 2', '題 3']);
    expect(text(items[0]!.querySelector('.captured'))).toBe('絞り込み 1 件 ・ 地域全体');
    expect(text(items[1]!.querySelector('.captured'))).toContain(`選択：${atlas.projectById.get('p-food-industry')!.name_ja}`);
    expect(text(items[2]!.querySelector('.captured'))).toBe('地図 145.50, 43.30（ズーム 10.0）');
    expect(items[0]!.querySelector('button.up')!.hasAttribute('disabled')).toBe(true);
    expect(items[2]!.querySelector('button.down')!.hasAttribute('disabled')).toBe(true);
  });

  it('adds the screen as it is as a scene: filters, selection, view and highlighted items', async () => {
    const state: AppState = {
      ...STATE,
      filters: { ...EMPTY_FILTERS, categories: ['road'] },
      selection: { kind: 'area', id: '01691' },
      view: { center: [145.1, 43.4], zoom: 9.5, bearing: 0, pitch: 0 },
    };
    const { $ } = await mount({ state, highlight: ['hb-nemuro'] });
    $<HTMLInputElement>('form.add input[name="title"]').value = '別海町の道路';
    $('form.add').dispatchEvent(new Event('submit', { cancelable: true }));
    const scene = lastChange().tours[0]!.scenes[3]!;
    expect(scene).toMatchObject({
      id: 'scene-4',
      title_ja: '別海町の道路',
      filters: { categories: ['road'] },
      selection: { kind: 'area', id: '01691' },
      items: ['hb-nemuro'],
      view: { center: [145.1, 43.4], zoom: 9.5 },
    });
    // No caption typed: the name of the selection stands in (a tour file needs one).
    expect(scene.caption_ja).toBe(atlas.areaById.get('01691')!.name_ja);
  });

  it('moves a scene down and up, and keeps the focus on the moved scene', async () => {
    const { el, root, tour } = await mount();
    (root.querySelector('ol.scenes > li button.down') as HTMLButtonElement).click();
    const moved = lastChange().tours[0]!;
    expect(moved.scenes.map((s) => s.id)).toEqual(['scene-2', 'scene-1', 'scene-3']);
    el.tours = [moved];
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect(root.activeElement).toBe(root.querySelectorAll('ol.scenes > li')[1]!.querySelector('button.down'));
    (root.querySelectorAll('ol.scenes > li')[1]!.querySelector('button.up') as HTMLButtonElement).click();
    expect(lastChange().tours[0]!.scenes.map((s) => s.id)).toEqual(tour.scenes.map((s) => s.id));
  });

  it('edits a title, refuses an emptied caption, deletes a scene', async () => {
    const { root } = await mount();
    const li = root.querySelectorAll('ol.scenes > li')[1]!;
    const title = li.querySelector('input.title') as HTMLInputElement;
    title.value = ' 新しい題 ';
    title.dispatchEvent(new Event('change'));
    expect(lastChange().tours[0]!.scenes[1]!.title_ja).toBe('新しい題');
    const count = sent.length;
    const caption = li.querySelector('textarea.caption') as HTMLTextAreaElement;
    caption.value = '  ';
    caption.dispatchEvent(new Event('change'));
    expect(sent).toHaveLength(count);
    (li.querySelector('button.remove') as HTMLButtonElement).click();
    expect(lastChange().tours[0]!.scenes.map((s) => s.id)).toEqual(['scene-1', 'scene-3']);
  });

  it('previews from a scene and plays the whole tour', async () => {
    const { root, $ } = await mount();
    (root.querySelectorAll('ol.scenes > li')[2]!.querySelector('button.preview') as HTMLButtonElement).click();
    $('button.play').click();
    expect(sent).toEqual([
      { kind: 'play', id: 'meeting', index: 2, whole: false },
      { kind: 'play', id: 'meeting', index: 0, whole: true },
    ]);
  });

  it('makes, renames and deletes tours', async () => {
    const { el, $, tour } = await mount();
    $('button.new-tour').click();
    const made = lastChange();
    expect(made.tours).toHaveLength(2);
    expect(made.current).toBe(made.tours[1]!.id);
    expect(made.tours[1]).toMatchObject({ title_ja: '新しいツアー', scenes: [] });
    el.tours = made.tours;
    el.current = made.current;
    await el.updateComplete;
    const name = $<HTMLInputElement>('input.tour-name');
    name.value = '第二回';
    name.dispatchEvent(new Event('change'));
    expect(lastChange().tours[1]!.title_ja).toBe('第二回');
    $('button.delete-tour').click();
    expect(lastChange()).toEqual({ kind: 'change', tours: [tour], current: tour.id });
  });

  it('imports a good file next to the kept tours, under a new id when its own is kept', async () => {
    const { $, tour } = await mount();
    await pick($<HTMLInputElement>('input.import'), 'meeting.json', exportTour(tour, atlas));
    const d = lastChange();
    expect(d.tours).toHaveLength(2);
    expect(d.tours[0]).toBe(tour);
    expect(d.tours[1]!.id).not.toBe(tour.id);
    expect(d.current).toBe(d.tours[1]!.id);
    expect(text($('.import-result'))).toBe('「説明会」を読み込みました（3 場面）');
  });

  it('refuses a bad file, naming file, scene and field in the UI language, and changes nothing', async () => {
    const { el, $, tour } = await mount();
    const bad = JSON.parse(exportTour(tour, atlas)) as { scenes: { selection: { id: string } }[] };
    bad.scenes[1]!.selection.id = 'p-nope';
    await pick($<HTMLInputElement>('input.import'), 'bad.json', JSON.stringify(bad));
    expect(sent).toEqual([]);
    expect($('.import-result').getAttribute('role')).toBe('alert');
    expect(text($('.import-result'))).toContain('bad.json を読み込めませんでした。保存済みのツアーはそのままです。');
    expect(text($('.import-result li'))).toMatch(/^bad\.json › 場面 scene-2 › 項目 selection\.id: .*p-nope/);
    expect(text($('.import-result li'))).not.toContain('refers to');
    el.state = { ...STATE, lang: 'en' };
    await el.updateComplete;
    expect(text($('.import-result'))).toContain('bad.json could not be imported; the kept tours are unchanged.');
    expect(text($('.import-result li'))).toContain('bad.json › scene scene-2 › field selection.id');
  });

  it('says when the browser could not keep the tours', async () => {
    const { $ } = await mount({ problem: { kind: 'quota' } });
    expect(text($('.message.storage'))).toContain('保存容量が足りず');
    const other = await mount({
      problem: { kind: 'unreadable', issues: [fileIssue('senkon-atlas:user-tours', msg('tourStoredUnreadable'))] },
    });
    expect(text(other.$('.message.storage'))).toBe(
      `保存されたツアーの一部を読めませんでした：senkon-atlas:user-tours: ${say('ja', msg('tourStoredUnreadable'))}`,
    );
  });

  it('has no tour to show at first, in either language', async () => {
    const { $ } = await mount({ tours: [], current: null, state: { ...STATE, lang: 'en' } });
    expect(text($('h2'))).toBe('Make a tour');
    expect(text($('p.muted'))).toBe('No tours yet: make a new one, or import a file.');
  });
});
