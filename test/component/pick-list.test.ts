// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ActionEvent } from '../../src/components/events.ts';
import { type PickCloseEvent, type PickList } from '../../src/components/pick-list.ts';
import '../../src/components/pick-list.ts';
import type { Action } from '../../src/domain/state.ts';
import type { Lang } from '../../src/domain/types.ts';
import { loadRealData } from '../load-data.ts';

const { atlas } = loadRealData();
const IDS = ['fp-chiyonoura', 'hb-kushiro', 'fp-rausu'];

async function mount(lang: Lang = 'ja') {
  const el = document.createElement('pick-list');
  Object.assign(el, { atlas, ids: IDS, lang });
  const actions: Action[] = [];
  const closes: boolean[] = [];
  el.addEventListener(ActionEvent.type, (e) => actions.push(e.detail));
  el.addEventListener('pick-close', (e: PickCloseEvent) => closes.push(e.refocus));
  document.body.append(el);
  await el.updateComplete;
  return { el, actions, closes };
}

const rows = (el: PickList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const focusedRow = (el: PickList) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'];
const key = (el: PickList, k: string) => {
  const ev = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true });
  el.shadowRoot!.activeElement!.dispatchEvent(ev);
  return ev;
};

afterEach(() => document.body.replaceChildren());

describe('<pick-list>', () => {
  it('lists each item hit with its name and category, in the order given, as text', async () => {
    const { el } = await mount();
    expect(rows(el).map((r) => r.dataset['id'])).toEqual(IDS);
    expect(rows(el).map((r) => r.querySelector('.name')!.textContent)).toEqual(['千代ノ浦漁港', '釧路港', '羅臼漁港']);
    expect(rows(el).map((r) => r.querySelector('.meta')!.textContent)).toEqual(['漁港', '港湾', '漁港']);
    expect(el.shadowRoot!.textContent).toContain('ここには3件あります');
  });

  it('speaks English in English', async () => {
    const { el } = await mount('en');
    expect(rows(el)[1]!.textContent).toContain('Port of Kushiro');
    expect(rows(el)[1]!.textContent).toContain('Harbours');
    expect(el.shadowRoot!.textContent).toContain('3 items here');
    expect(el.shadowRoot!.querySelector('button.close')!.getAttribute('aria-label')).toBe('Close');
  });

  it('takes the focus on its first row; arrows, Home and End move it, wrapping round', async () => {
    const { el } = await mount();
    expect(focusedRow(el)).toBe('fp-chiyonoura');
    key(el, 'ArrowDown');
    await el.updateComplete;
    expect(focusedRow(el)).toBe('hb-kushiro');
    expect(rows(el)[1]!.getAttribute('aria-selected')).toBe('true');
    expect(rows(el)[1]!.tabIndex).toBe(0);
    expect(rows(el)[0]!.tabIndex).toBe(-1);
    key(el, 'End');
    await el.updateComplete;
    expect(focusedRow(el)).toBe('fp-rausu');
    key(el, 'ArrowDown');
    await el.updateComplete;
    expect(focusedRow(el)).toBe('fp-chiyonoura');
    key(el, 'ArrowUp');
    key(el, 'Home');
    await el.updateComplete;
    expect(focusedRow(el)).toBe('fp-chiyonoura');
  });

  it('Enter chooses the focused row: the list closes, the selection goes up as an action', async () => {
    const { el, actions, closes } = await mount();
    key(el, 'ArrowDown');
    await el.updateComplete;
    key(el, 'Enter');
    expect(closes).toEqual([true]);
    expect(actions).toEqual([{ type: 'select', selection: { kind: 'item', id: 'hb-kushiro' } }]);
  });

  it('a click chooses its row', async () => {
    const { el, actions } = await mount();
    rows(el)[2]!.click();
    expect(actions).toEqual([{ type: 'select', selection: { kind: 'item', id: 'fp-rausu' } }]);
  });

  it('Esc and the close button close it without choosing; Esc is not left for the app (it would close the panel behind)', async () => {
    const { el, actions, closes } = await mount();
    const esc = key(el, 'Escape');
    expect(esc.defaultPrevented).toBe(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(closes).toEqual([true, true]);
    expect(actions).toEqual([]);
  });

  it('closes when the focus leaves it, leaving the focus where it went', async () => {
    const { closes } = await mount();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    expect(closes).toEqual([false]);
  });
});
