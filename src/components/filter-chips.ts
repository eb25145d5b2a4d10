import { ContextConsumer } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { type FilterChip, filterChips, withoutChip } from '../domain/chips.ts';
import { t } from '../domain/i18n.ts';
import { appContext } from './context.ts';
import { send } from './events.ts';
import { baseStyles } from './styles.ts';

/**
 * The active filters as chips above the list, each removable, so a filter is seen even with the
 * 絞り込み section closed (a scope chosen from an area or project panel shows here too).
 */
export class FilterChips extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        list-style: none;
        margin: 0.4rem 0.8rem;
        padding: 0;
      }
      li {
        display: inline-flex;
        align-items: center;
        gap: 0.2rem;
        max-width: 100%;
        padding: 0.1rem 0.2rem 0.1rem 0.55rem;
        border-radius: 999px;
        background: var(--chosen);
        border: 1px solid var(--accent);
        font-size: 0.8rem;
      }
      li.excluded {
        background: var(--panel);
        border-style: dashed;
      }
      .label {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      button {
        border: none;
        background: none;
        padding: 0 0.3rem;
        font-size: 0.9rem;
        line-height: 1;
      }
    `,
  ];

  private readonly ctx = new ContextConsumer(this, { context: appContext, subscribe: true });

  override render() {
    const v = this.ctx.value;
    if (!v?.atlas) return nothing;
    const lang = v.state.lang;
    const chips = filterChips(v.state.filters, v.atlas, lang);
    if (!chips.length) return nothing;
    return html`<ul aria-label=${t(lang, 'activeFilters')}>
      ${chips.map((c) => {
        const label = c.excluded ? t(lang, 'excludedCategory', { name: c.label }) : c.label;
        return html`<li class=${c.excluded ? 'excluded' : ''} data-facet=${c.facet} data-value=${c.value}>
          <span class="label" title=${label}>${label}</span>
          <button aria-label=${t(lang, 'removeFilter', { name: label })} @click=${() => this.removeChip(c)}>✕</button>
        </li>`;
      })}
    </ul>`;
  }

  private removeChip(chip: FilterChip): void {
    const filters = this.ctx.value?.state.filters;
    if (filters) send(this, { type: 'set-filters', filters: withoutChip(filters, chip) });
  }
}

customElements.define('filter-chips', FilterChips);

declare global {
  interface HTMLElementTagNameMap {
    'filter-chips': FilterChips;
  }
}
