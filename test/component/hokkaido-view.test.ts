// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RegionPickEvent } from '../../src/components/hokkaido-map.ts';
import '../../src/components/hokkaido-view.ts';
import type { RegionalData } from '../../src/domain/regional.ts';
import type { Lang } from '../../src/domain/types.ts';
import { DATA_DIR } from '../load-data.ts';

const read = <T>(f: string): T => JSON.parse(readFileSync(join(DATA_DIR, f), 'utf8')) as T;
const data: RegionalData = {
  areas: read('areas.json'),
  policies: read('regional-policies.json'),
  projects: read('regional-projects.json'),
};
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(props: { area?: string | null; measure?: unknown; lang?: Lang } = {}) {
  const el = Object.assign(document.createElement('hokkaido-view'), {
    data,
    lang: 'ja',
    fetchText: () => Promise.reject(new Error('HTTP 404')),
    ...props,
  });
  document.body.append(el);
  await el.updateComplete;
  const actions: unknown[] = [];
  el.addEventListener('atlas-action', (e) => actions.push(e.detail));
  return { el, root: el.shadowRoot!, actions };
}

afterEach(() => document.body.replaceChildren());

describe('<hokkaido-view>', () => {
  it('lists the 6 連携地域 with their 14 振興局 and each one’s value, and says which facts are per region only', async () => {
    const { root } = await mount();
    expect(root.querySelectorAll('ul.regions > li')).toHaveLength(6);
    expect(root.querySelectorAll('ul.regions ul button[data-area]')).toHaveLength(14);
    expect(text(root.querySelector('[data-note="per-region"]'))).toContain('資料に基盤整備の箇所があるのは釧路・根室だけ');
    // Default measure: R3 printed projects naming the 振興局 (十勝: its 4 + 道内ジオパーク).
    expect(text(root.querySelector('button[data-area="sk-tokachi"]')!.parentElement!.querySelector('.value'))).toBe('5');
  });

  it('offers the measures of both plans, shared KPIs among them, and sends the choice up', async () => {
    const { root, actions } = await mount();
    const select = root.querySelector('select')!;
    const values = [...select.options].map((o) => o.value);
    expect(values).toEqual(
      expect.arrayContaining([
        'projects-h28',
        'projects-r3',
        'total-h28',
        'total-r3',
        'kpi-r3-観光入込客数',
        'kpi-r3-ゼロカーボンシティ表明市町村数',
      ]),
    );
    select.value = 'kpi-r3-ゼロカーボンシティ表明市町村数';
    select.dispatchEvent(new Event('change'));
    expect(actions).toEqual([{ type: 'set-region-measure', measure: 'kpi-r3-ゼロカーボンシティ表明市町村数' }]);
  });

  it('colours by a chosen KPI: 十勝 +19, 渡島 +6 (its own split), no value where the KPI is not printed', async () => {
    const { root } = await mount({ measure: { kind: 'kpi', generation: 'r3-policy', name_ja: 'ゼロカーボンシティ表明市町村数' } });
    const value = (id: string) => text(root.querySelector(`button[data-area="${id}"]`)!.parentElement!.querySelector('.value'));
    expect(value('sk-tokachi')).toBe('19');
    expect(value('sk-oshima')).toBe('6');
    expect(value('sk-kushiro')).toBe('–');
    expect(text(root.querySelector('section'))).toContain('計画上の伸び');
  });

  it('a click on the map chooses the 連携地域, a second click inside it the 振興局; the list chooses either', async () => {
    const { el, root, actions } = await mount({ area: null });
    el.dispatchEvent(new RegionPickEvent('sk-ishikari'));
    el.area = 'renkei-doo';
    await el.updateComplete;
    el.dispatchEvent(new RegionPickEvent('sk-ishikari'));
    (root.querySelector('button[data-area="renkei-tokachi"]') as HTMLButtonElement).click();
    expect(actions).toEqual([
      { type: 'select', selection: { kind: 'area', id: 'renkei-doo' } },
      { type: 'select', selection: { kind: 'area', id: 'sk-ishikari' } },
      { type: 'select', selection: { kind: 'area', id: 'renkei-tokachi' } },
    ]);
    expect(root.querySelector('region-panel')).not.toBeNull();
  });

  it('reports boundaries it cannot load by file, keeping the list and the panel usable', async () => {
    const { root } = await mount({ area: 'renkei-tokachi' });
    await new Promise((r) => setTimeout(r, 0));
    await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(root.querySelector('[role="alert"]'))).toContain('regions/shinkokyoku.geojson: 読み込めませんでした（HTTP 404）');
    expect(root.querySelectorAll('ul.regions button')).toHaveLength(20);
    expect(root.querySelector('region-panel')).not.toBeNull();
  });

  it('says the boundary failure in English in the English UI', async () => {
    const { root } = await mount({ area: 'renkei-tokachi', lang: 'en' });
    await new Promise((r) => setTimeout(r, 0));
    await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(root.querySelector('[role="alert"]'))).toContain(
      'regions/shinkokyoku.geojson: could not be loaded: HTTP 404 / regions/renkei.geojson: could not be loaded: HTTP 404',
    );
  });
});
