// @vitest-environment happy-dom
import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { appContext } from '../../src/components/context.ts';
import '../../src/components/feature-panel.ts';
// The app loads charts on demand; here they are loaded up front.
import '../../src/components/kpi-chart.ts';
import type { FeaturePanel } from '../../src/components/feature-panel.ts';
import { accuracyLabel } from '../../src/domain/i18n.ts';
import { INITIAL_STATE, type Selection } from '../../src/domain/state.ts';
import { selectionTitle } from '../../src/domain/titles.ts';
import { loadRealData } from '../load-data.ts';

const { atlas } = loadRealData();

/** Stands in for <senkon-app>: provides the context the panel consumes. */
class TestHost extends LitElement {
  readonly provider = new ContextProvider(this, { context: appContext });
  override render() {
    return html`<feature-panel></feature-panel>`;
  }
}
customElements.define('test-host', TestHost);

async function mount(selection: Selection, lang: 'ja' | 'en' = 'ja') {
  const host = document.createElement('test-host') as TestHost;
  host.provider.setValue({ state: { ...INITIAL_STATE, lang, selection }, atlas });
  document.body.append(host);
  await host.updateComplete;
  const panel = host.shadowRoot!.querySelector('feature-panel') as FeaturePanel;
  await panel.updateComplete;
  const kpi = panel.shadowRoot!.querySelector('kpi-summary');
  await (kpi as LitElement | null)?.updateComplete;
  return { host, panel, root: panel.shadowRoot!, kpiRoot: kpi?.shadowRoot ?? null };
}

afterEach(() => document.body.replaceChildren());

describe('<feature-panel>', () => {
  it('shows a project’s 【再掲】 numbers and its sources as document title and section, file names behind a disclosure', async () => {
    const { root } = await mount({ kind: 'project', id: 'p-logistics-network' });
    const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(text(root.querySelector('[data-reprints]'))).toBe('２－（３） 【再掲】１－（２） / ４－（１） 【再掲】１－（２）');
    const first = root.querySelector('ul.sources li')!;
    expect(text(first)).toContain('『釧路・根室連携地域「地域づくり推進ビジョン」』Ⅲ 地域重点プロジェクト');
    expect(text(first)).not.toContain('.txt');
    expect(text(root.querySelector('details.source-raw'))).toContain('001_7bf47494a3ec3789.txt');
  });

  it('shows a chosen KPI as a chart with the projects it measures', async () => {
    const { root } = await mount({ kind: 'kpi', id: 'kpi-unit-1-new-fishers' });
    const chart = root.querySelector('kpi-chart') as LitElement;
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('svg')).not.toBeNull();
    expect([...root.querySelectorAll('.projects li')].map((li) => li.textContent)).toEqual([
      expect.stringContaining('新技術や強みを活かした酪農・漁業'),
    ]);
  });

  it('shows an item with its work, body, accuracy, projects and KPIs', async () => {
    const { root, kpiRoot } = await mount({ kind: 'item', id: 'fp-shibetsu' });
    expect(root.querySelector('h2')!.textContent).toBe('標津漁港');
    const text = root.textContent.replace(/\s+/g, ' ');
    expect(text).toContain('係留施設等');
    expect(text).toContain('標津町');
    expect(text).toContain(`位置の精度 ${accuracyLabel('ja', atlas.itemById.get('fp-shibetsu')!.properties.accuracy)}`);
    const projects = [...root.querySelectorAll('.projects li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(projects).toEqual(['道 １－（３）、４－（４） 新技術や強みを活かした酪農・漁業など地域産業の振興プロジェクト']);
    const rows = kpiRoot!.querySelectorAll('tbody tr');
    expect(rows.length).toBeGreaterThan(3);
    expect(kpiRoot!.textContent).toContain('生乳生産量');
  });

  it("makes a KPI's chart only when its disclosure opens, and not for another item's KPI in the reused element", async () => {
    const { host, panel, root } = await mount({ kind: 'item', id: 'fp-shibetsu' });
    const details = [...root.querySelectorAll<HTMLDetailsElement>('details.chart')];
    expect(details.length).toBeGreaterThan(1);
    expect(root.querySelectorAll('kpi-chart')).toHaveLength(0);
    details[0]!.open = true;
    details[0]!.dispatchEvent(new Event('toggle'));
    await panel.updateComplete;
    const charts = root.querySelectorAll('kpi-chart');
    expect(charts).toHaveLength(1);
    expect(charts[0]!.closest('details')).toBe(details[0]);
    // Another item: the first disclosure is another KPI's, so it is closed and holds no chart.
    const firstKpi = (i: (typeof atlas.data.items)[number]) => atlas.projectsOfItem(i).flatMap((p) => atlas.kpisOfProject(p.id))[0]?.kpi.id;
    const other = [...atlas.itemById.values()].find((i) => firstKpi(i) !== undefined && firstKpi(i) !== details[0]!.dataset['kpi'])!;
    host.provider.setValue({ state: { ...INITIAL_STATE, selection: { kind: 'item', id: other.properties.id } }, atlas });
    await host.updateComplete;
    await panel.updateComplete;
    expect(root.querySelector<HTMLDetailsElement>('details.chart')!.open).toBe(false);
    expect(root.querySelectorAll('kpi-chart')).toHaveLength(0);
  });

  it('flags a printed progress that value ÷ target does not give', async () => {
    const { kpiRoot } = await mount({ kind: 'item', id: 'fp-shibetsu' });
    const nemuro = kpiRoot!.querySelector('tr[data-kpi="kpi-unit-1-new-fishers"][data-split="nemuro"]')!;
    expect(nemuro.textContent).toContain('⚠');
    const total = kpiRoot!.querySelector('tr[data-kpi="kpi-unit-1-new-fishers"][data-split="total"]')!;
    expect(total.textContent).not.toContain('⚠');
  });

  it('sends a selection up when a project is chosen', async () => {
    const { host, root } = await mount({ kind: 'item', id: 'fp-rausu' });
    const got: unknown[] = [];
    host.addEventListener('atlas-action', (e) => got.push(e.detail));
    (root.querySelector('.projects button') as HTMLButtonElement).click();
    expect(got).toEqual([{ type: 'select', selection: { kind: 'project', id: 'p-food-industry' } }]);
  });

  it('shows a project with its summary, items and the note that it has no KPI', async () => {
    const { root, kpiRoot } = await mount({ kind: 'project', id: 'p-logistics-network' }, 'en');
    expect(root.querySelector('h2')!.textContent).toContain('1-(2), 2-(3), 4-(1)');
    const items = atlas.itemsOfProject('p-logistics-network');
    expect(items.length).toBeGreaterThan(5);
    expect(root.querySelectorAll('ul:not(.projects) button.link')).toHaveLength(items.length);
    const road = atlas.itemById.get('rd-oboro-itoizawa')!.properties;
    expect(root.textContent).toContain(road.name_en ?? road.name_ja);
    expect(kpiRoot!.textContent).toContain('The plans give no KPI for these projects.');
  });

  it('renders data text as text, never as markup', async () => {
    const item = atlas.itemById.get('fp-rausu')!;
    const original = item.properties.name_ja;
    item.properties.name_ja = '<img src=x onerror=alert(1)>';
    try {
      const { root } = await mount({ kind: 'item', id: 'fp-rausu' });
      expect(root.querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)>');
      expect(root.querySelector('img')).toBeNull();
    } finally {
      item.properties.name_ja = original;
    }
  });
});

describe('selectionTitle (the handout title, once read from this panel’s shadow h2)', () => {
  const context = Object.values(atlas.data.context).flat()[0];
  const cases: Selection[] = [
    { kind: 'item', id: atlas.data.items[0]!.properties.id },
    { kind: 'project', id: atlas.data.projects[0]!.id },
    { kind: 'project', id: atlas.data.projects.find((p) => p.numbers.length > 1)?.id ?? atlas.data.projects[1]!.id },
    { kind: 'kpi', id: atlas.data.kpis[0]!.id },
    { kind: 'area', id: atlas.municipalities.find((a) => a.border_region)!.id },
    { kind: 'area', id: atlas.municipalities.find((a) => !a.border_region)!.id },
    ...(context ? [{ kind: 'context' as const, id: context.properties.id }] : []),
  ];
  for (const lang of ['ja', 'en'] as const) {
    for (const sel of cases) {
      it(`is the panel's heading as text (${sel.kind} ${sel.id}, ${lang})`, async () => {
        const { root } = await mount(sel, lang);
        const title = selectionTitle(atlas, sel, lang);
        expect(title).toBeTruthy();
        expect(title).toBe(root.querySelector('h2')?.textContent?.trim());
      });
    }
  }

  it('is null for nothing or an id the data does not hold', () => {
    expect(selectionTitle(atlas, null, 'ja')).toBeNull();
    expect(selectionTitle(atlas, { kind: 'project', id: 'nope' }, 'ja')).toBeNull();
  });
});
