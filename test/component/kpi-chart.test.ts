// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/kpi-chart.ts';
import { splitsOf, valueOf } from '../../src/domain/kpi.ts';
import { t } from '../../src/domain/i18n.ts';
import type { Kpi, Lang } from '../../src/domain/types.ts';
import { loadRealData } from '../load-data.ts';

const { atlas } = loadRealData();
const FISHERS = atlas.kpiById.get('kpi-unit-1-new-fishers')!;
const MILK = atlas.kpiById.get('kpi-unit-1-milk-production')!;

async function mount(kpi: Kpi, lang: Lang = 'ja') {
  const el = document.createElement('kpi-chart');
  el.kpi = kpi;
  el.lang = lang;
  document.body.append(el);
  await el.updateComplete;
  return { el, root: el.shadowRoot! };
}

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The cells of one split's row in one row group: [area, value, computed, printed]. */
function cells(root: ShadowRoot, kind: string, year: number, split: string): string[] {
  const row = root.querySelector(`tbody[data-kind="${kind}"][data-year="${year}"] tr[data-split="${split}"]`);
  expect(row, `${kind} ${year} ${split}`).not.toBeNull();
  return [...row!.children].map(text);
}

afterEach(() => document.body.replaceChildren());

describe('<kpi-chart>', () => {
  it('draws a named figure with one series per split, a marker per figure, and the target', async () => {
    const { root } = await mount(FISHERS);
    const figure = root.querySelector('figure')!;
    expect(text(figure.querySelector('figcaption'))).toContain('新規漁業就業者数');
    const svg = figure.querySelector('svg.chart')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('caption chart-desc');
    expect(svg.getAttribute('viewBox')).toBe('0 0 400 220');
    const series = [...svg.querySelectorAll('g.series')].map((g) => g.getAttribute('data-split'));
    expect(series).toEqual(['total', 'kushiro', 'nemuro']);
    for (const split of splitsOf(FISHERS)) {
      const years = [...svg.querySelectorAll(`g.series[data-split="${split}"] g.point`)].map((g) => Number(g.getAttribute('data-year')));
      expect(years).toEqual([2014, 2015, 2016, 2017, 2018, 2019]);
    }
    expect(svg.querySelectorAll('g.target')).toHaveLength(3);
    // A cumulative target is drawn as a band labelled with its span.
    expect(text(svg)).toContain('H28〜R2累計');
    // Year labels carry 和暦 and 西暦.
    expect(text(svg)).toContain('H27 (2015)');
  });

  it('gives a data table that matches the data exactly', async () => {
    const { root } = await mount(FISHERS);
    const groups = [...root.querySelectorAll('tbody')].map((b) => `${b.getAttribute('data-kind')} ${b.getAttribute('data-year')}`);
    expect(groups).toEqual(['base 2014', ...FISHERS.observations.map((o) => `observation ${o.year}`), 'target 2020']);
    for (const split of splitsOf(FISHERS)) {
      expect(cells(root, 'base', 2014, split).slice(1, 2)).toEqual([String(valueOf(FISHERS.base, split))]);
      expect(cells(root, 'target', 2020, split).slice(1, 2)).toEqual([String(valueOf(FISHERS.target, split))]);
      for (const o of FISHERS.observations) {
        const [, value, computed, printed] = cells(root, 'observation', o.year, split);
        const v = valueOf(o, split)!;
        const t = valueOf(FISHERS.target, split)!;
        expect(value).toBe(String(v));
        expect(computed).toBe(`${((v / t) * 100).toFixed(1)}%`);
        expect(printed!.replace(' ⚠', '')).toBe(`${valueOf(o.printed_progress, split)}%`);
      }
    }
    expect(text(root.querySelector('tbody[data-kind="target"] th'))).toContain('目標 H28〜R2累計（2016–2020）');
    expect(text(root.querySelector('tbody[data-kind="target"] th'))).toContain('H28～R2累計');
  });

  it('puts ⚠ on exactly the slipped cells, each with its explanation', async () => {
    const { root } = await mount(FISHERS);
    const slipped = [...root.querySelectorAll('td[data-slip]')].map((td) => {
      const tr = td.closest('tr')!;
      return `${tr.closest('tbody')!.getAttribute('data-year')} ${tr.getAttribute('data-split')} ${td.getAttribute('data-slip')}`;
    });
    expect(slipped).toEqual(['2016 total progress', '2019 nemuro progress']);
    const warned = [...root.querySelectorAll('td:not([colspan])')].filter((td) => td.textContent.includes('⚠'));
    expect(warned).toEqual([...root.querySelectorAll('td[data-slip]')]);
    for (const td of root.querySelectorAll('td[data-slip]')) {
      const note = root.getElementById(td.getAttribute('aria-describedby')!);
      expect(note, 'the note the cell points to').not.toBeNull();
    }
    const notes = [...root.querySelectorAll('tr.slip-note')].map(text);
    expect(notes).toEqual([
      '⚠ H28（2016） 計：資料記載の達成率 23% は、計算値 20 ÷ 90 ＝ 22.2% の四捨五入・切り捨てと一致しません。',
      '⚠ R1（2019） 根室：資料記載の達成率 38% は、計算値 38 ÷ 65 ＝ 58.5% の四捨五入・切り捨てと一致しません。',
    ]);
    // The chart marks the same two figures.
    expect(
      [...root.querySelectorAll('g.point')]
        .filter((g) => g.querySelector('text.slip'))
        .map((g) => `${g.closest('g.series')!.getAttribute('data-split')} ${g.getAttribute('data-year')}`),
    ).toEqual(['total 2016', 'nemuro 2019']);
  });

  it('states the status per split and the rule', async () => {
    const { root } = await mount(FISHERS);
    const statuses = [...root.querySelectorAll('.status li')].map((li) => [
      li.getAttribute('data-split'),
      li.getAttribute('data-status'),
      text(li.querySelector('.status-label')),
    ]);
    expect(statuses).toEqual([
      ['total', 'achieved', '✓ 計 達成'],
      ['kushiro', 'achieved', '✓ 釧路 達成'],
      ['nemuro', 'behind', '▼ 根室 遅れ'],
    ]);
    expect(text(root.querySelector('.status li[data-split="nemuro"]'))).toContain('経過割合 80.0%未満なので「遅れ」');
    expect(text(root.querySelector('.rule'))).toBe(t('ja', 'statusRule'));
  });

  it('flags a total that is not 釧路 + 根室 on the value itself, and shows the printed figure', async () => {
    const { root } = await mount(MILK, 'en');
    const [, value, , printed] = cells(root, 'observation', 2018, 'total');
    expect(value).toBe('1.356 ⚠');
    expect(printed).toBe('100% ⚠');
    expect(root.querySelectorAll('td[data-slip]')).toHaveLength(2);
    expect(text(root.querySelector('thead'))).toBe('Area Value Progress computed Progress as printed');
    expect(text(root.querySelector('tr.slip-note'))).toContain('the total 1.356 is not Kushiro 536 + Nemuro 820 = 1,356');
  });

  it('sends the KPI selection when its name is chosen', async () => {
    const { el, root } = await mount(FISHERS);
    const got: unknown[] = [];
    el.addEventListener('atlas-action', (e) => got.push(e.detail));
    (root.querySelector('figcaption button') as HTMLButtonElement).click();
    expect(got).toEqual([{ type: 'select', selection: { kind: 'kpi', id: 'kpi-unit-1-new-fishers' } }]);
  });

  it('renders data text as text, never as markup', async () => {
    const { root } = await mount({ ...FISHERS, name_ja: '<img src=x onerror=alert(1)>', note_ja: '<b>x</b>' });
    expect(text(root.querySelector('figcaption button'))).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img, b')).toBeNull();
  });

  it('draws a KPI of a plan without results (003) as base and target only', async () => {
    const { root } = await mount(atlas.kpiById.get('kpi-h28-1-milk-production')!);
    expect(root.querySelectorAll('g.point')).toHaveLength(1);
    expect(root.querySelectorAll('tbody[data-kind="observation"]')).toHaveLength(0);
    expect(root.querySelector('.status li')!.getAttribute('data-status')).toBe('unknown');
  });
});
