import { ContextConsumer } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { type StringKey, categoryLabel, t } from '../domain/i18n.ts';
import { type BasemapId, isCategoryShown } from '../domain/state.ts';
import { CATEGORIES, CONTEXT_LAYERS, type ContextLayerId, LOCATED_CATEGORIES, type Lang, type LocatedCategory } from '../domain/types.ts';
import { appContext } from './context.ts';
import { send } from './events.ts';
import { countText } from './format.ts';
import { baseStyles } from './styles.ts';
import { swatch } from './swatch.ts';

const BASEMAP_LABEL: Record<BasemapId, StringKey> = {
  offline: 'basemapOffline',
  'gsi-pale': 'basemapGsiPale',
  'gsi-std': 'basemapGsiStd',
  'gsi-photo': 'basemapGsiPhoto',
  osm: 'basemapOsm',
};
const CONTEXT_LABEL: Record<ContextLayerId, StringKey> = {
  parks: 'ctxParks',
  byways: 'ctxByways',
  expressway: 'ctxExpressway',
  islands: 'ctxIslands',
};

/**
 * Legend and layer toggles in one: each entry shows and hides its category (the category facet).
 * Below it, the basemap choice and the context layers (off by default).
 */
export class LayerLegend extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        padding: 0.6rem 0.8rem;
        border-bottom: 1px solid var(--border);
      }
      h2 {
        font-size: 0.95rem;
        margin: 0 0 0.4rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      button {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        width: 100%;
        border: none;
        background: none;
        padding: 0.2rem 0.2rem;
        text-align: left;
        border-radius: 3px;
      }
      button:hover {
        background: var(--hover);
      }
      button[aria-pressed='false'] {
        opacity: 0.45;
      }
      button[aria-pressed='false'] .label {
        text-decoration: line-through;
      }
      .label {
        flex: 1;
      }
      .count {
        font-variant-numeric: tabular-nums;
      }
      h3 {
        font-size: 0.85rem;
        margin: 0.7rem 0 0.2rem;
      }
      select {
        font: inherit;
        width: 100%;
      }
      .note {
        font-size: 0.72rem;
      }
      label {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        font-size: 0.88rem;
        padding: 0.1rem 0.2rem;
      }
    `,
  ];

  private readonly ctx = new ContextConsumer(this, { context: appContext, subscribe: true });

  override render() {
    const v = this.ctx.value;
    if (!v?.atlas) return html``;
    const { state, atlas } = v;
    const counts = atlas.counts(state.filters, 'categories', 'located');
    return html`<h2 id="legend-title">${t(state.lang, 'legendLayers')}</h2>
      <ul aria-labelledby="legend-title">
        ${[...LOCATED_CATEGORIES, ...(atlas.hasImported ? (['imported'] as const) : [])].map(
          (c) => html`<li>
            <button aria-pressed=${isCategoryShown(state.filters.categories, c) ? 'true' : 'false'} data-category=${c} @click=${() => this.toggle(c)}>
              ${swatch(c)}<span class="label">${categoryLabel(state.lang, c)}</span><span class="count muted">${countText(counts.get(c) ?? 0, v.itemsLoading)}</span>
            </button>
          </li>`,
        )}
      </ul>
      ${this.basemaps(state.basemap, state.lang)} ${this.contextToggles(state.context, state.lang)}`;
  }

  private basemaps(current: BasemapId, lang: Lang) {
    return html`<h3><label for="basemap">${t(lang, 'basemap')}</label></h3>
      <select id="basemap" @change=${(e: Event) => send(this, { type: 'set-basemap', basemap: (e.target as HTMLSelectElement).value as BasemapId })}>
        ${(Object.keys(BASEMAP_LABEL) as BasemapId[]).map((id) => html`<option value=${id} ?selected=${id === current}>${t(lang, BASEMAP_LABEL[id])}</option>`)}
      </select>
      <p class="note muted">${t(lang, 'basemapOnlineNote')}</p>`;
  }

  private contextToggles(on: readonly ContextLayerId[], lang: Lang) {
    return html`<h3 id="ctx-title">${t(lang, 'contextLayers')}</h3>
      <div role="group" aria-labelledby="ctx-title">
        ${CONTEXT_LAYERS.map(
          (id) => html`<label
            ><input type="checkbox" data-context=${id} .checked=${on.includes(id)} @change=${() => send(this, { type: 'toggle-context', layer: id })} />${t(lang, CONTEXT_LABEL[id])}</label
          >`,
        )}
      </div>`;
  }

  private toggle(category: LocatedCategory | 'imported'): void {
    send(this, { type: 'toggle-category', category, all: CATEGORIES });
  }
}

customElements.define('layer-legend', LayerLegend);

declare global {
  interface HTMLElementTagNameMap {
    'layer-legend': LayerLegend;
  }
}
