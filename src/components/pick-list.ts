import { LitElement, css, html, nothing } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import { categoryLabel, nameOf, t } from '../domain/i18n.ts';
import type { Item } from '../domain/data/validate.ts';
import type { Lang } from '../domain/types.ts';
import { CATEGORY_STYLE } from '../theme.ts';
import { send } from './events.ts';
import { baseStyles } from './styles.ts';
import { swatch } from './swatch.ts';

/**
 * The list is done with: an item was chosen (the selection goes up as an action) or it was
 * closed. `refocus`: the focus was in the list and goes back to where the list was opened from;
 * false when the focus has already gone elsewhere (a click or Tab out of the list).
 */
export class PickCloseEvent extends Event {
  static readonly type = 'pick-close';
  constructor(readonly refocus: boolean) {
    super(PickCloseEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * The items under one click or tap, for the user to choose from (the map would otherwise open
 * whichever is drawn on top): name and category per row. Keys: ↑ ↓ Home End move, Enter or
 * Space chooses, Esc closes; the list closes too when the focus leaves it. Whoever shows it
 * places it and takes the focus back when it closes.
 */
export class PickList extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        position: absolute;
        z-index: 3;
        display: flex;
        width: min(20rem, calc(100% - 16px));
        font-size: 0.88rem;
      }
      section {
        display: flex;
        flex-direction: column;
        width: 100%;
        background: var(--panel);
        border: 1px solid var(--border);
        border-radius: 6px;
        box-shadow: 0 2px 10px var(--shadow);
        outline: none;
      }
      .head {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        padding: 0.2rem 0.2rem 0.2rem 0.7rem;
        border-bottom: 1px solid var(--rule);
        color: var(--muted);
        font-size: 0.8rem;
      }
      .head p {
        flex: 1;
        margin: 0;
      }
      .close {
        border: none;
        background: none;
        min-width: 32px;
        min-height: 32px;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0.2rem;
        min-height: 0;
        overflow: auto;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        min-height: 32px;
        padding: 0.25rem 0.5rem;
        border-radius: 4px;
        cursor: pointer;
      }
      li:hover {
        background: var(--hover);
      }
      li[aria-selected='true'] {
        background: var(--chosen);
      }
      svg {
        flex: none;
      }
      .name {
        flex: 1;
        overflow-wrap: anywhere;
      }
      .meta {
        color: var(--muted);
        font-size: 0.78rem;
        white-space: nowrap;
      }
      /* Fingers: every row and the close button at least 44 px. */
      @media (pointer: coarse) {
        li,
        .close {
          min-height: 44px;
        }
        .close {
          min-width: 44px;
        }
      }
    `,
  ];

  static override properties = {
    atlas: { attribute: false },
    ids: { attribute: false },
    lang: {},
    active: { state: true },
  };

  declare atlas: Atlas | null;
  /** The items hit, topmost first. */
  declare ids: readonly string[];
  declare lang: Lang;
  /** The row with the focus. */
  declare active: number;

  constructor() {
    super();
    this.atlas = null;
    this.ids = [];
    this.lang = 'ja';
    this.active = 0;
  }

  private get items(): Item[] {
    const atlas = this.atlas;
    return atlas ? this.ids.map((id) => atlas.itemById.get(id)).filter((i): i is Item => !!i) : [];
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('ids')) this.active = 0;
  }

  override render() {
    const lang = this.lang;
    const items = this.items;
    if (items.length === 0) return nothing;
    // The section takes a click between rows (tabindex -1), so such a click does not count as leaving.
    return html`<section tabindex="-1" @keydown=${this.onKey} @focusout=${this.onFocusOut}>
      <div class="head">
        <p id="title">${t(lang, 'pickTitle', { n: items.length })}</p>
        <button class="close" aria-label=${t(lang, 'close')} @click=${() => this.close()}>✕</button>
      </div>
      <ul role="listbox" aria-labelledby="title">
        ${items.map((item, i) => {
          const p = item.properties;
          return html`<li
            role="option"
            data-id=${p.id}
            tabindex=${i === this.active ? 0 : -1}
            aria-selected=${i === this.active ? 'true' : 'false'}
            @click=${() => this.choose(p.id)}
            @focus=${() => (this.active = i)}
          >
            ${p.category in CATEGORY_STYLE ? swatch(p.category as keyof typeof CATEGORY_STYLE) : nothing}
            <span class="name">${nameOf(lang, p)}</span>
            <span class="meta">${categoryLabel(lang, p.category)}</span>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  override firstUpdated(): void {
    this.row(this.active)?.focus();
  }

  private row(i: number): HTMLElement | null {
    return this.renderRoot.querySelectorAll<HTMLElement>('[role="option"]')[i] ?? null;
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const n = this.items.length;
    const to: Record<string, number> = { ArrowDown: (this.active + 1) % n, ArrowUp: (this.active - 1 + n) % n, Home: 0, End: n - 1 };
    const onRow = (e.target as HTMLElement).getAttribute('role') === 'option';
    if (e.key in to) {
      this.active = to[e.key]!;
      this.row(this.active)?.focus();
    } else if ((e.key === 'Enter' || e.key === ' ') && onRow) {
      const id = this.items[this.active]?.properties.id;
      if (id) this.choose(id);
    } else if (e.key === 'Escape') this.close();
    else return;
    // Esc is the list's own here: the app's Esc would otherwise close the panel behind it.
    e.preventDefault();
    e.stopPropagation();
  };

  private readonly onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    if (!to || !this.renderRoot.contains(to)) this.close(false);
  };

  private choose(id: string): void {
    this.close();
    send(this, { type: 'select', selection: { kind: 'item', id } });
  }

  private close(refocus = true): void {
    this.dispatchEvent(new PickCloseEvent(refocus));
  }
}

customElements.define('pick-list', PickList);

declare global {
  interface HTMLElementTagNameMap {
    'pick-list': PickList;
  }
  interface HTMLElementEventMap {
    'pick-close': PickCloseEvent;
  }
}
