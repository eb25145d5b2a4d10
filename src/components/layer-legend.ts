import { ContextConsumer } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { facetCounts, facetValues } from '../domain/filters.ts';
import { categoryLabel, t } from '../domain/i18n.ts';
import { isCategoryShown } from '../domain/state.ts';
import { CATEGORIES, LOCATED_CATEGORIES, type LocatedCategory } from '../domain/types.ts';
import { appContext } from './context.ts';
import { send } from './events.ts';
import { baseStyles } from './styles.ts';
import { swatch } from './swatch.ts';

/** Legend and layer toggles in one: each entry shows and hides its category (the category facet). */
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
        background: #f0ede6;
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
    `,
  ];

  private readonly ctx = new ContextConsumer(this, { context: appContext, subscribe: true });

  override render() {
    const v = this.ctx.value;
    if (!v?.atlas) return html``;
    const { state, atlas } = v;
    const values = atlas.located.map((i) => facetValues(atlas, i));
    const counts = facetCounts(values, state.filters, 'categories');
    return html`<h2 id="legend-title">${t(state.lang, 'legend')}・${t(state.lang, 'layers')}</h2>
      <ul aria-labelledby="legend-title">
        ${LOCATED_CATEGORIES.map(
          (c) => html`<li>
            <button aria-pressed=${isCategoryShown(state.filters.categories, c) ? 'true' : 'false'} data-category=${c} @click=${() => this.toggle(c)}>
              ${swatch(c)}<span class="label">${categoryLabel(state.lang, c)}</span><span class="count muted">${counts.get(c) ?? 0}</span>
            </button>
          </li>`,
        )}
      </ul>`;
  }

  private toggle(category: LocatedCategory): void {
    send(this, { type: 'toggle-category', category, all: CATEGORIES });
  }
}

customElements.define('layer-legend', LayerLegend);

declare global {
  interface HTMLElementTagNameMap {
    'layer-legend': LayerLegend;
  }
}
