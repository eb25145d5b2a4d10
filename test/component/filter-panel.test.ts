// @vitest-environment happy-dom
import { ContextProvider } from '@lit/context';
import { afterEach, describe, expect, it } from 'vitest';
import { appContext } from '../../src/components/context.ts';
import '../../src/components/filter-panel.ts';
import { INITIAL_STATE } from '../../src/domain/state.ts';
import { loadRealData } from '../load-data.ts';

const { atlas } = loadRealData();

async function mount(open?: boolean) {
  const host = document.createElement('div');
  new ContextProvider(host, { context: appContext, initialValue: { atlas, state: INITIAL_STATE } });
  const panel = document.createElement('filter-panel');
  if (open !== undefined) panel.open = open;
  host.append(panel);
  document.body.append(host);
  await panel.updateComplete;
  return panel;
}

const facets = (panel: HTMLElement) => [...panel.shadowRoot!.querySelectorAll('[data-facet]')].map((s) => s.getAttribute('data-facet'));

afterEach(() => document.body.replaceChildren());

describe('<filter-panel>', () => {
  it('shows the border choice and every list facet with counts when open (the default)', async () => {
    const panel = await mount();
    expect(facets(panel)).toEqual(['border', 'projects', 'goals', 'promoters', 'categories', 'areas', 'bodies', 'accuracy']);
    const roads = panel.shadowRoot!.querySelector('[data-facet="categories"] button[data-value="road"] .count');
    expect(roads?.textContent).toBe(String(atlas.counts(INITIAL_STATE.filters, 'categories').get('road')));
  });

  it('explains the goal facet with 002’s めざす姿: the horizon and each goal’s statement', async () => {
    const panel = await mount();
    const help = panel.shadowRoot!.querySelector('[data-facet="goals"] details[data-help="goals"]')!;
    const text = (help.textContent ?? '').replace(/\s+/g, '');
    expect(text).toContain('概ね２０３４年度');
    for (const v of atlas.data.vision.filter((x) => x.kind === 'statement')) expect(text).toContain(v.text_ja.replace(/\s+/g, ''));
    expect(help.querySelectorAll('dd')).toHaveLength(5);
  });

  it('draws nothing while closed, and everything once opened', async () => {
    const panel = await mount(false);
    expect(facets(panel)).toEqual([]);
    panel.open = true;
    await panel.updateComplete;
    expect(facets(panel)).toHaveLength(8);
  });
});
