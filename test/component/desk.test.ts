// @vitest-environment happy-dom
import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/area-report.ts';
import { appContext } from '../../src/components/context.ts';
import type { ActionEvent } from '../../src/components/events.ts';
import '../../src/components/filter-chips.ts';
import '../../src/components/panel-actions.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/domain/filters.ts';
import { type Action, INITIAL_STATE } from '../../src/domain/state.ts';
import { CATEGORIES } from '../../src/domain/types.ts';
import { loadRealData } from '../load-data.ts';

const { atlas } = loadRealData();

/** Stands in for <senkon-app>: provides the context the chips consume. */
class ChipsHost extends LitElement {
  readonly provider = new ContextProvider(this, { context: appContext });
  override render() {
    return html`<filter-chips></filter-chips>`;
  }
}
customElements.define('chips-host', ChipsHost);

function actions(target: EventTarget): Action[] {
  const out: Action[] = [];
  target.addEventListener('atlas-action', (e) => out.push((e as ActionEvent).detail));
  return out;
}

async function chips(filters: Filters, lang: 'ja' | 'en' = 'ja') {
  const host = document.createElement('chips-host') as ChipsHost;
  host.provider.setValue({ state: { ...INITIAL_STATE, lang, filters }, atlas });
  document.body.append(host);
  await host.updateComplete;
  const el = host.shadowRoot!.querySelector('filter-chips') as LitElement;
  await el.updateComplete;
  return { host, root: el.shadowRoot! };
}

afterEach(() => document.body.replaceChildren());

describe('<filter-chips>', () => {
  it('shows nothing without filters', async () => {
    const { root } = await chips(EMPTY_FILTERS);
    expect(root.querySelector('li')).toBeNull();
  });
  it('shows each active filter by name; ✕ sends the filters without it', async () => {
    const { host, root } = await chips({ ...EMPTY_FILTERS, areas: ['01691'], categories: CATEGORIES.filter((c) => c !== 'road') });
    expect([...root.querySelectorAll('li .label')].map((l) => l.textContent)).toEqual(['道路を除く', '別海町']);
    const sent = actions(host);
    (root.querySelector('li[data-value="01691"] button') as HTMLButtonElement).click();
    expect(sent).toEqual([
      { type: 'set-filters', filters: { ...EMPTY_FILTERS, areas: [], categories: CATEGORIES.filter((c) => c !== 'road') } },
    ]);
    expect(root.querySelector('li[data-value="01691"] button')!.getAttribute('aria-label')).toBe('別海町の絞り込みを解除');
  });
});

describe('<panel-actions>', () => {
  async function mount(filters: Filters) {
    const el = document.createElement('panel-actions');
    Object.assign(el, { kind: 'area', targetId: '01691', filters, lang: 'ja' });
    document.body.append(el);
    await el.updateComplete;
    return el;
  }
  it('offers to make the area the filter, and the report', async () => {
    const el = await mount(EMPTY_FILTERS);
    const sent = actions(el);
    (el.shadowRoot!.querySelector('.scope') as HTMLButtonElement).click();
    (el.shadowRoot!.querySelector('.report') as HTMLButtonElement).click();
    expect(sent).toEqual([
      { type: 'scope', facet: 'areas', id: '01691' },
      { type: 'set-overlay', overlay: 'report' },
    ]);
  });
  it('says the filter is on once it is', async () => {
    const el = await mount({ ...EMPTY_FILTERS, areas: ['01691'] });
    expect(el.shadowRoot!.querySelector('.scope')).toBeNull();
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('絞り込み中');
  });
});

describe('<area-report>', () => {
  async function mount(kind: 'area' | 'project', id: string, mapImage: string | null = null) {
    const el = document.createElement('area-report');
    Object.assign(el, { atlas, target: { kind, id }, lang: 'ja', mapImage, attribution: '© test', date: new Date(2026, 11, 4) });
    document.body.append(el);
    await el.updateComplete;
    return el.shadowRoot!;
  }
  it('reports a municipality: title, date, counts, projects with KPI charts, items, sources', async () => {
    const root = await mount('area', '01691', 'data:image/png;base64,AAAA');
    expect(root.querySelector('h1')!.textContent).toBe('別海町');
    expect(root.querySelector('time')!.textContent).toBe('2026-12-04');
    expect(root.querySelector('figure img')!.getAttribute('src')).toBe('data:image/png;base64,AAAA');
    const inArea = atlas.data.items.filter((i) => atlas.areasOfItem(i).includes('01691'));
    expect(root.querySelectorAll('table[data-items] tbody tr')).toHaveLength(inArea.length);
    const counted = [...root.querySelectorAll('table[data-counts="category"] td.n')].reduce((n, td) => n + Number(td.textContent), 0);
    expect(counted).toBe(inArea.length);
    const projects = new Set(inArea.flatMap((i) => i.properties.projects));
    // Projects with KPIs get a section (table and charts); the others are listed once.
    const withKpis = [...projects].filter((p) => atlas.kpisOfProject(p).length > 0);
    expect(root.querySelectorAll('section.project')).toHaveLength(withKpis.length);
    expect(root.querySelectorAll('ul.plain li[data-project]')).toHaveLength(projects.size - withKpis.length);
    const kpis = [...projects].reduce((n, p) => n + atlas.kpisOfProject(p).length, 0);
    expect(root.querySelectorAll('kpi-chart')).toHaveLength(kpis);
    // One row per KPI in the printed table: its headline split.
    const table = root.querySelectorAll('kpi-summary');
    await Promise.all([...table].map((t) => (t as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const rows = [...table].reduce((n, t) => n + t.shadowRoot!.querySelectorAll('tbody tr').length, 0);
    expect(rows).toBe(kpis);
    // Each source document once, with its sections.
    const files = [...root.querySelectorAll('.sources li')].map((li) => li.getAttribute('data-file'));
    expect(files.length).toBeGreaterThan(0);
    expect(new Set(files).size).toBe(files.length);
  });
  it('says there is no map when none could be drawn, and reports a project too', async () => {
    const root = await mount('project', 'p-resilient-land');
    expect(root.querySelector('figure')).toBeNull();
    expect(root.textContent).toContain('地図を表示できないため');
    expect(root.querySelector('h1')!.textContent).toContain('4-(3)');
  });
});
