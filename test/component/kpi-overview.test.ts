// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/kpi-overview.ts';
import { loadRealData } from '../load-data.ts';

const { atlas } = loadRealData();

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount<K extends 'kpi-overview'>(tag: K, props: Partial<HTMLElementTagNameMap[K]>) {
  const el = Object.assign(document.createElement(tag), { atlas, ...props });
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

afterEach(() => document.body.replaceChildren());

describe('<kpi-overview>', () => {
  it('shows 002’s slogan, horizon (概ね2034年度) and each goal’s めざす姿 statement', async () => {
    const { root } = await mount('kpi-overview', { lang: 'ja' });
    expect(text(root.querySelector('.slogan'))).toContain('輝く「釧路・根室連携地域」');
    expect(text(root.querySelector('[data-vision="vision-horizon"]'))).toContain('概ね２０３４年度');
    expect(text(root.querySelector('section.goal[data-goal="goal-5"] p.vision'))).toBe(
      '我が国固有の領土である北方領土の早期返還に向けた取組を推進するとともに、北方領土隣接地域の振興を図ります。',
    );
    expect(root.querySelectorAll('p.vision')).toHaveLength(6);
  });

  it('says the national projects have no predecessor in the documents (no earlier 国 plan there), and shows 2-(2)/5-(1)’s overlap with unit 5', async () => {
    const { root } = await mount('kpi-overview', { lang: 'ja' });
    const others = [...root.querySelectorAll('ul.others li[data-project]')].map((li) => li.getAttribute('data-project'));
    expect(new Set(others)).toEqual(new Set(atlas.data.projects.filter((p) => p.promoter === 'kuni').map((p) => p.id)));
    const note = text(root.querySelector('ul.others')!.previousElementSibling);
    expect(note).toContain('国の以前の計画は資料にありません');
    expect(note).not.toContain('新たに設けられ');
    expect(text(root.querySelector('li[data-project="p-border-region-kuni"] details.overlap'))).toContain('ユニット5');
  });

  it('groups by goal, each lineage oldest first: 003 → 000 → 004 → the vision project', async () => {
    const { root } = await mount('kpi-overview', { lang: 'ja' });
    expect([...root.querySelectorAll('section.goal')].map((s) => s.getAttribute('data-goal'))).toEqual([
      'goal-1',
      'goal-2',
      'goal-3',
      'goal-4',
      'goal-5',
    ]);
    const chain = root.querySelector('section.goal[data-goal="goal-1"] ol.chain[data-project="p-dairy-fishery-tech"]')!;
    expect([...chain.children].map((li) => li.getAttribute('data-legacy') ?? 'vision')).toEqual([
      'lp-h28-1',
      'lp-unit-1',
      'lp-r3-1',
      'vision',
    ]);
    expect(text(chain.querySelector('li[data-legacy="lp-unit-1"]'))).toContain(
      '継承先: 新技術や強みを活かした酪農・漁業など地域産業の振興プロジェクト',
    );
  });

  it('puts the same KPI of two generations side by side, with latest value and status where results exist', async () => {
    const { root } = await mount('kpi-overview', { lang: 'ja' });
    const chain = root.querySelector('ol.chain[data-project="p-dairy-fishery-tech"]')!;
    expect(text(chain.querySelector('li[data-kpi="kpi-h28-1-milk-production"]'))).toBe(
      '生乳生産量 計 基準 1,294千トン H26（2014） → 目標 1,359千トン R1（2019）',
    );
    expect(text(chain.querySelector('li[data-kpi="kpi-unit-1-milk-production"] [data-split="total"]'))).toBe(
      '計 1,385千トン R1（2019） 101.9% ✓ 達成',
    );
    expect(text(chain.querySelector('li[data-kpi="kpi-unit-1-new-fishers"] [data-split="nemuro"]'))).toBe(
      '根室 38人 R1（2019） 58.5% ▼ 遅れ',
    );
  });

  it('shows every KPI once per goal its projects serve, and lists the projects new in the vision', async () => {
    const { root } = await mount('kpi-overview', { lang: 'en' });
    const shown = new Set([...root.querySelectorAll('li[data-kpi]')].map((li) => li.getAttribute('data-kpi')));
    expect([...shown].sort()).toEqual(atlas.data.kpis.map((k) => k.id).sort());
    expect(root.querySelector('section.goal[data-goal="goal-1"] ul.others li[data-project="p-food-industry"]')).not.toBeNull();
  });

  it('sends the KPI selection when a KPI is chosen', async () => {
    const { el, root } = await mount('kpi-overview', { lang: 'ja' });
    const got: unknown[] = [];
    el.addEventListener('atlas-action', (e) => got.push(e.detail));
    (root.querySelector('li[data-kpi="kpi-r3-3-new-energy-capacity"] button') as HTMLButtonElement).click();
    expect(got).toEqual([{ type: 'select', selection: { kind: 'kpi', id: 'kpi-r3-3-new-energy-capacity' } }]);
  });
});
