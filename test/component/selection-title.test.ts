// @vitest-environment happy-dom
import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { appContext } from '../../src/components/context.ts';
import '../../src/components/feature-panel.ts';
import { t } from '../../src/domain/i18n.ts';
import { INITIAL_STATE, type Selection } from '../../src/domain/state.ts';
import { selectionTitle } from '../../src/domain/titles.ts';
import { loadRealData } from '../load-data.ts';

const { atlas } = loadRealData();

class TitleHost extends LitElement {
  readonly provider = new ContextProvider(this, { context: appContext });
  override render() {
    return html`<feature-panel></feature-panel>`;
  }
}
customElements.define('title-host', TitleHost);

/** The panel's heading as a reader sees it: what the handout used to copy from the panel. */
async function panelHeading(selection: Selection, lang: 'ja' | 'en'): Promise<string | null> {
  const host = document.createElement('title-host') as TitleHost;
  host.provider.setValue({ state: { ...INITIAL_STATE, lang, selection }, atlas });
  document.body.append(host);
  await host.updateComplete;
  const panel = host.shadowRoot!.querySelector('feature-panel') as LitElement;
  await panel.updateComplete;
  return panel.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? null;
}

afterEach(() => document.body.replaceChildren());

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

describe('selectionTitle', () => {
  for (const lang of ['ja', 'en'] as const) {
    for (const sel of cases) {
      it(`is the detail panel's heading (${sel.kind} ${sel.id}, ${lang})`, async () => {
        const title = selectionTitle(atlas, sel, lang);
        expect(title).toBeTruthy();
        expect(title).toBe(await panelHeading(sel, lang));
      });
    }
  }

  it('is null for nothing or an id the data does not hold', () => {
    expect(selectionTitle(atlas, null, 'ja')).toBeNull();
    expect(selectionTitle(atlas, { kind: 'project', id: 'nope' }, 'ja')).toBeNull();
  });
});

describe('handoutTitle', async () => {
  const { handoutTitle } = await import('../../src/components/app/handout.ts');
  const project = { kind: 'project' as const, id: atlas.data.projects[0]!.id };
  const scene = { id: 's', title_ja: '場面', title_en: 'Scene' } as Parameters<typeof handoutTitle>[0]['scene'];

  it("the tour scene's title in the UI language, whatever is selected", () => {
    expect(handoutTitle({ atlas, lang: 'en', selection: project, scene })).toBe('Scene');
    expect(handoutTitle({ atlas, lang: 'ja', selection: project, scene })).toBe('場面');
  });

  it("else the selection's heading, else the app's name", () => {
    expect(handoutTitle({ atlas, lang: 'ja', selection: project, scene: null })).toBe(selectionTitle(atlas, project, 'ja'));
    expect(handoutTitle({ atlas, lang: 'ja', selection: null, scene: null })).toBe(t('ja', 'appTitle'));
    expect(handoutTitle({ atlas, lang: 'en', selection: { kind: 'item', id: 'nope' }, scene: null })).toBe(t('en', 'appTitle'));
  });
});
