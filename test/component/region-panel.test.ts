// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/region-panel.ts';
import type { RegionalData } from '../../src/domain/regional.ts';
import type { Lang, PlanDocument } from '../../src/domain/types.ts';
import { DATA_DIR } from '../load-data.ts';

const read = <T>(f: string): T => JSON.parse(readFileSync(join(DATA_DIR, f), 'utf8')) as T;
const data: RegionalData = {
  areas: read('areas.json'),
  policies: read('regional-policies.json'),
  projects: read('regional-projects.json'),
};
const documents = read<PlanDocument[]>('documents.json');
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(area: string, lang: Lang = 'ja') {
  const el = Object.assign(document.createElement('region-panel'), { data, documents, area, lang });
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

afterEach(() => document.body.replaceChildren());

describe('<region-panel>', () => {
  it('puts 003 (H28) beside 004 (R3) for 十勝: めざす姿, totals, projects, 施策 and KPIs with base → target', async () => {
    const { root } = await mount('renkei-tokachi');
    const [h28, r3] = [...root.querySelectorAll('section[data-generation]')];
    expect(h28!.getAttribute('data-generation')).toBe('h28-policy');
    expect(text(h28!.querySelector('.vision'))).toBe(
      '「食」を中心とした関連産業の展開により、多様な主体が輝く、魅力あふれる道東の拠点「十勝」',
    );
    expect(text(r3!.querySelector('.vision'))).toContain('魅力ある道東の拠点「十勝」');
    expect(text(h28!.querySelector('[data-total]'))).toBe('全4プロジェクト');
    const own = [...h28!.querySelectorAll('li[data-project]')].map((li) => li.getAttribute('data-project'));
    // Its own page's projects first, in printed order; the one printed for 道央 after.
    expect(own).toEqual(['rj-h28-tokachi-1', 'rj-h28-tokachi-2', 'rj-h28-tokachi-3', 'rj-h28-tokachi-4', 'rj-h28-doo-3']);
    const east = h28!.querySelector('li[data-project="rj-h28-tokachi-2"]')!;
    expect(text(east)).toContain('「ひがし北海道」広域観光プロジェクト 【十勝、オホーツク、釧路、根室】');
    expect(text(east.querySelector('li[data-kpi]'))).toBe('道東地域への観光入込客数 2,620万人（H25）→ 2,987万人（R2）');
    expect(text(r3!.querySelector('li[data-project="rj-r3-tokachi-3"] li[data-kpi]'))).toBe(
      'ゼロカーボンシティ表明市町村数 0市町村（R2）→ 19市町村（R7）',
    );
    // ジオパーク is printed on 道央's page and names 十勝.
    expect(text(h28!.querySelector('li[data-project="rj-h28-doo-3"] .elsewhere'))).toBe('（道央広域連携地域の計画に掲載）');
    expect(root.querySelector('.open-detail')).toBeNull();
    expect(text(root.querySelector('.note'))).toContain('基盤整備の箇所は資料にありません');
  });

  it('says when a page prints only the main projects, and shows provenance as document title and section', async () => {
    const { root } = await mount('renkei-doo');
    expect(text(root.querySelector('section[data-generation="h28-policy"] [data-total]'))).toBe('全20プロジェクト（主なもの8件を掲載）');
    const src = root.querySelector('section[data-generation="r3-policy"] ul.sources li')!;
    expect(text(src)).toContain('『次期「連携地域別政策展開方針（原案）」』');
    expect(text(src)).not.toContain('.txt');
    expect(text(root.querySelector('section[data-generation="r3-policy"] details.source-raw'))).toContain('004_b3f16f4d68dca463.txt');
  });

  it('shows a 振興局 with its 連携地域’s めざす姿 and only the projects naming it', async () => {
    const { root } = await mount('sk-hiyama');
    expect(text(root.querySelector('h2'))).toBe('檜山振興局 （道南連携地域）');
    const names = [...root.querySelectorAll('section[data-generation="h28-policy"] li[data-project] > strong')].map(text);
    expect(names).toContain('振興局と町の協働による連携推進プロジェクト');
    expect(names).toHaveLength(6);
  });

  it('leads from 釧路・根室 into the detailed map', async () => {
    const { el, root } = await mount('renkei-kushiro-nemuro', 'en');
    const actions: unknown[] = [];
    el.addEventListener('atlas-action', (e) => actions.push(e.detail));
    (root.querySelector('.open-detail') as HTMLButtonElement).click();
    expect(actions).toEqual([
      { type: 'set-overlay', overlay: null },
      { type: 'select', selection: { kind: 'area', id: 'renkei-kushiro-nemuro' } },
    ]);
  });
});
