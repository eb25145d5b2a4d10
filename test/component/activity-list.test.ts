// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/activity-list.ts';
import { loadRealData } from '../load-data.ts';

const { atlas } = loadRealData();

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount<K extends 'activity-list'>(tag: K, props: Partial<HTMLElementTagNameMap[K]>) {
  const el = Object.assign(document.createElement(tag), { atlas, ...props });
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

afterEach(() => document.body.replaceChildren());

describe('<activity-list>', () => {
  it('lists the 施策展開 of a project per year with their marks', async () => {
    const { root } = await mount('activity-list', { lang: 'ja', project: 'lp-unit-3' });
    expect([...root.querySelectorAll('section[data-project]')].map((s) => s.getAttribute('data-project'))).toEqual(['lp-unit-3']);
    expect([...root.querySelectorAll('h4[data-year]')].map((h) => text(h).replace(/ ?（\d+\/\d+）$/, ''))).toEqual([
      'R1（2019） 実績',
      'R2（2020） 取組',
      'R3（2021） 予定',
    ]);
    const mine = atlas.data.activities.filter((a) => a.project === 'lp-unit-3');
    expect(root.querySelectorAll('li[data-activity]')).toHaveLength(mine.length);
    const first = root.querySelector(`li[data-activity="${mine[0]!.id}"]`)!;
    expect(text(first)).toBe(`${{ region: '◎ 地域全体：', kushiro: '○ 釧路：', nemuro: '● 根室：' }[mine[0]!.scope]}${mine[0]!.text_ja}`);
    expect(
      [...root.querySelectorAll('dl.legend > div')].map((d) => `${text(d.querySelector('dt'))} ${text(d.querySelector('dd'))}`),
    ).toEqual(['◎ 地域全体', '○ 釧路', '● 根室']);
  });

  it('shows the project’s 課題 (000) beside its 施策展開, under the same area filter', async () => {
    const { el, root } = await mount('activity-list', { lang: 'ja', project: 'p-dairy-fishery-tech' });
    const mine = atlas.data.challenges.filter((c) => c.project === 'lp-unit-1');
    expect(mine).toHaveLength(25);
    expect(root.querySelectorAll('li[data-challenge]')).toHaveLength(25);
    expect(text(root.querySelector('h4[data-challenges="lp-unit-1"]'))).toContain('今後の取組を進める上での主な課題');
    expect(text(root.querySelector('li[data-challenge="chl-unit-1-07"]'))).toBe(
      '● 根室：沿岸に来遊するサケの安定生産 （■ 基幹産業の持続的発展による安全安心な農水産物の供給）',
    );
    (root.querySelector('button[data-scope="kushiro"]') as HTMLButtonElement).click();
    await el.updateComplete;
    const shown = [...root.querySelectorAll('li[data-challenge]')].map((li) => li.getAttribute('data-scope'));
    expect(shown.length).toBe(mine.filter((c) => c.scope !== 'nemuro').length);
    expect(shown).not.toContain('nemuro');
  });

  it('filters by area with pressed buttons, keeping whole-region activities under 釧路', async () => {
    const { el, root } = await mount('activity-list', { lang: 'ja' });
    const got: string[] = [];
    el.addEventListener('scope-change', (e) => got.push(e.detail));
    (root.querySelector('button[data-scope="kushiro"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(got).toEqual(['kushiro']);
    expect([...root.querySelectorAll('.filters button')].map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'false',
      'false',
      'true',
      'false',
    ]);
    const scopes = new Set([...root.querySelectorAll('li[data-activity]')].map((li) => li.getAttribute('data-scope')));
    expect([...scopes].sort()).toEqual(['kushiro', 'region']);
    const expected = atlas.data.activities.filter((a) => a.scope !== 'nemuro').length;
    expect(root.querySelectorAll('li[data-activity]')).toHaveLength(expected);
    expect(text(root.querySelector('.count'))).toBe(`表示 ${expected} / ${atlas.data.activities.length}件`);
  });

  it('shows the predecessors’ activities for a current project, and says so when there are none', async () => {
    const { root } = await mount('activity-list', { lang: 'en', project: 'p-border-return-do' });
    expect([...root.querySelectorAll('section[data-project]')].map((s) => s.getAttribute('data-project'))).toEqual(['lp-unit-5']);
    const none = await mount('activity-list', { lang: 'en', project: 'p-logistics-network' });
    expect(text(none.root.querySelector('section'))).toContain('The plans list no yearly activities for this project.');
  });
});
