import { LitElement, css, html } from 'lit';
import type { Filters } from '../domain/filters.ts';
import { t } from '../domain/i18n.ts';
import type { Lang } from '../domain/types.ts';
import { send } from './events.ts';
import { baseStyles } from './styles.ts';

/**
 * What an area or project panel offers: make it the filter (わがまち: list, map, counts and export
 * follow; the browser's Back undoes it) and open its A4 report.
 */
export class PanelActions extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin: 0.2rem 0 0.6rem;
      }
      button {
        border: 1px solid var(--accent);
        border-radius: 4px;
        padding: 0.25rem 0.7rem;
        font-size: 0.85rem;
        background: var(--panel);
        color: var(--accent);
      }
      .scope {
        background: var(--accent);
        color: var(--onDark);
      }
      .scoped {
        font-size: 0.82rem;
        color: var(--muted);
        align-self: center;
      }
    `,
  ];

  static override properties = {
    kind: {},
    targetId: { attribute: false },
    filters: { attribute: false },
    lang: {},
  };

  declare kind: 'area' | 'project';
  declare targetId: string;
  declare filters: Filters;
  declare lang: Lang;

  override render() {
    const facet = this.kind === 'area' ? 'areas' : 'projects';
    const scoped = this.filters[facet].length === 1 && this.filters[facet][0] === this.targetId;
    const lang = this.lang;
    return html`${
      scoped
        ? html`<span class="scoped" role="status">${t(lang, 'scopeActive')}</span>`
        : html`<button class="scope" @click=${() => send(this, { type: 'scope', facet, id: this.targetId })}>${t(lang, this.kind === 'area' ? 'scopeArea' : 'scopeProject')}</button>`
    }
      <button class="report" @click=${() => send(this, { type: 'set-overlay', overlay: 'report' })}>${t(lang, 'report')}</button>`;
  }
}

customElements.define('panel-actions', PanelActions);

declare global {
  interface HTMLElementTagNameMap {
    'panel-actions': PanelActions;
  }
}
