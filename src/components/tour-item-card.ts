import { LitElement, css, html, nothing } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import { joinList, label, nameOf, t } from '../domain/i18n.ts';
import type { Lang } from '../domain/types.ts';
import { baseStyles } from './styles.ts';

/** Asks to close the card (the tour goes on). */
export class TourItemCloseEvent extends Event {
  static readonly type = 'tour-item-close';
  constructor() {
    super(TourItemCloseEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * What the presenter clicked on the map during the tour: its name, category and projects, in a
 * small card that leaves the tour, its caption and the map where they are.
 */
export class TourItemCard extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        background: var(--panel);
        border: var(--border-width, 2px) solid var(--ink);
        border-radius: 8px;
        padding: 0.6em 0.9em;
        font-size: clamp(16px, 1.2vw, 26px);
      }
      h2 {
        margin: 0 2em 0.2em 0;
        font-size: 1.15em;
      }
      p {
        margin: 0.1em 0;
      }
      button {
        position: absolute;
        top: 0.4em;
        right: 0.5em;
        border: none;
        background: none;
        font-size: 1.1em;
      }
    `,
  ];

  static override properties = { atlas: { attribute: false }, itemId: {}, lang: {} };
  declare atlas: Atlas | null;
  declare itemId: string;
  declare lang: Lang;

  constructor() {
    super();
    this.atlas = null;
    this.itemId = '';
    this.lang = 'ja';
  }

  override render() {
    const item = this.atlas?.itemById.get(this.itemId);
    if (!item || !this.atlas) return nothing;
    const l = this.lang;
    const p = item.properties;
    const projects = p.projects.flatMap((id) => this.atlas!.projectById.get(id) ?? []).map((x) => nameOf(l, x));
    return html`<section role="dialog" aria-labelledby="name">
      <button aria-label=${t(l, 'close')} @click=${() => this.dispatchEvent(new TourItemCloseEvent())}>✕</button>
      <h2 id="name">${nameOf(l, p)}</h2>
      <p class="category">${label(l, 'category', p.category)}</p>
      ${projects.length ? html`<p class="projects">${t(l, 'projects')}: ${joinList(l, projects)}</p>` : nothing}
    </section>`;
  }
}

customElements.define('tour-item-card', TourItemCard);

declare global {
  interface HTMLElementTagNameMap {
    'tour-item-card': TourItemCard;
  }
}
