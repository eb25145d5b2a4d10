import { ContextConsumer } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import type { Item } from '../domain/data/validate.ts';
import { facetValues, matches } from '../domain/filters.ts';
import { categoryLabel, nameOf, t } from '../domain/i18n.ts';
import type { Lang } from '../domain/types.ts';
import { appContext } from './context.ts';
import { send } from './events.ts';
import { municipalityNames } from './format.ts';
import { baseStyles } from './styles.ts';

/**
 * Every item that passes the filters, as keyboard listboxes (located, then unlocated): the
 * accessible way to everything on the map. ↑/↓/Home/End move, Enter or Space selects.
 */
export class ItemList extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        padding: 0.6rem 0.8rem;
        overflow: auto;
        flex: 1;
      }
      h2 {
        font-size: 0.95rem;
        margin: 0.6rem 0 0.3rem;
      }
      [role='listbox'] {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      [role='option'] {
        padding: 0.3rem 0.4rem;
        border-radius: 4px;
        cursor: pointer;
        font-size: 0.88rem;
        border-bottom: 1px solid #eee;
      }
      [role='option']:hover {
        background: #f0ede6;
      }
      [role='option'][aria-selected='true'] {
        background: #fff3b0;
      }
      .meta {
        display: block;
        font-size: 0.75rem;
        color: var(--muted);
      }
    `,
  ];

  private readonly ctx = new ContextConsumer(this, { context: appContext, subscribe: true });

  override render() {
    const v = this.ctx.value;
    if (!v?.atlas) return nothing;
    const { atlas, state } = v;
    const shown = atlas.data.items.filter((i) => matches(facetValues(atlas, i), state.filters));
    const located = shown.filter((i) => i.geometry);
    const unlocated = shown.filter((i) => !i.geometry);
    const selected = state.selection?.kind === 'item' ? state.selection.id : null;
    const lang = state.lang;
    return html`<p class="muted" id="hint">${t(lang, 'listHint')}</p>
      ${this.group('located', `${t(lang, 'located')} (${located.length})`, located, atlas, lang, selected)}
      ${this.group('unlocated', `${t(lang, 'unlocated')} (${unlocated.length})`, unlocated, atlas, lang, selected)}`;
  }

  override updated(): void {
    const sel = this.ctx.value?.state.selection;
    if (sel?.kind === 'item') this.renderRoot.querySelector(`[data-id="${CSS.escape(sel.id)}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  private group(id: string, title: string, items: Item[], atlas: Atlas, lang: Lang, selected: string | null) {
    const active = Math.max(0, items.findIndex((i) => i.properties.id === selected));
    return html`<h2 id="${id}-title">${title}</h2>
      <ul role="listbox" aria-labelledby="${id}-title" aria-describedby="hint" data-group=${id} @keydown=${this.onKey}>
        ${items.map((item, i) => {
          const p = item.properties;
          const isSel = p.id === selected;
          return html`<li role="option" data-id=${p.id} tabindex=${i === active ? 0 : -1} aria-selected=${isSel ? 'true' : 'false'} @click=${() => this.choose(p.id)}>
            ${nameOf(lang, p)}
            <span class="meta">${categoryLabel(lang, p.category)} · ${p.municipalities.length ? municipalityNames(atlas, lang, p.municipalities) : t(lang, 'regionWide')} · ${p.projects
                .map((id) => atlas.projectById.get(id)?.numbers[0])
                .filter(Boolean)
                .join(' ')}</span>
          </li>`;
        })}
      </ul>`;
  }

  private onKey(e: KeyboardEvent): void {
    const options = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="option"]')];
    const at = options.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    const go = (i: number) => {
      const next = options[Math.max(0, Math.min(options.length - 1, i))];
      options.forEach((o) => (o.tabIndex = o === next ? 0 : -1));
      next?.focus();
    };
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(at + 1),
      ArrowUp: () => go(at - 1),
      Home: () => go(0),
      End: () => go(options.length - 1),
      Enter: () => this.choose(options[at]!.dataset['id']!),
      ' ': () => this.choose(options[at]!.dataset['id']!),
    };
    const fn = keys[e.key];
    if (fn) {
      e.preventDefault();
      fn();
    }
  }

  private choose(id: string): void {
    send(this, { type: 'select', selection: { kind: 'item', id } });
  }
}

customElements.define('item-list', ItemList);

declare global {
  interface HTMLElementTagNameMap {
    'item-list': ItemList;
  }
}
