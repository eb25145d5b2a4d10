import { ContextConsumer } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import type { Item } from '../domain/data/validate.ts';
import { type StringKey, categoryLabel, nameOf, t } from '../domain/i18n.ts';
import { type ListOrder, type SortValue, kept, listOrder } from '../domain/list-order.ts';
import { CATEGORIES, type Lang } from '../domain/types.ts';
import { afterPaint } from './after-paint.ts';
import { appContext } from './context.ts';
import { HoverEvent, send } from './events.ts';
import { municipalityNames } from './format.ts';
import { nameText } from './ja-only.ts';
import { type ExportKind, downloadExport } from './list-export.ts';
import { baseStyles } from './styles.ts';

type SortKey = 'name' | 'category' | 'municipality' | 'body' | 'projects';
/** Rows drawn at a time: a list of tens of thousands of items stays responsive. */
const PAGE = 200;
const SORT_LABEL: Record<SortKey, StringKey> = {
  name: 'name',
  category: 'category',
  municipality: 'municipality',
  body: 'body',
  projects: 'facetProjects',
};

/**
 * Every item that passes the filters, as keyboard listboxes (located, then unlocated): the
 * accessible way to everything on the map. ↑/↓/Home/End move, Enter or Space selects; hovering
 * or focusing a row highlights it on the map. Sortable; exportable as CSV or GeoJSON.
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
        border-bottom: 1px solid var(--rule);
        /* Rows out of view are not laid out or painted when the filters change the page. */
        content-visibility: auto;
        contain-intrinsic-size: auto 1.9rem;
      }
      @media (pointer: coarse) {
        [role='option'] {
          min-height: 44px;
        }
      }
      [role='option']:hover {
        background: var(--hover);
      }
      [role='option'][aria-selected='true'] {
        background: var(--chosen);
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        align-items: center;
        font-size: 0.78rem;
      }
      .tools button {
        border: 1px solid var(--border);
        background: var(--panel);
        border-radius: 4px;
        padding: 0.05rem 0.4rem;
      }
      .tools button[aria-pressed='true'] {
        background: var(--accent);
        color: var(--onDark);
      }
      .more {
        margin: 0.4rem 0;
        border: 1px solid var(--border);
        background: var(--panel);
        border-radius: 4px;
        padding: 0.2rem 0.6rem;
      }
      .meta {
        display: block;
        font-size: 0.75rem;
        color: var(--muted);
      }
    `,
  ];

  static override properties = {
    sortKey: { state: true },
    descending: { state: true },
    limit: { state: true },
  };

  declare sortKey: SortKey;
  declare descending: boolean;
  declare limit: number;
  /** Every item sorted, per dataset, key, direction and language. */
  private order: { atlas: Atlas; key: string; order: ListOrder } | null = null;
  /** The positions the filters keep, in the list's order: reused while order and filters stay. */
  private shownMemo: { order: ListOrder; pass: Uint8Array; shown: ListOrder } | null = null;
  /** The selected item the list last scrolled to. */
  private scrolledTo: string | null = null;
  private readonly ctx = new ContextConsumer(this, { context: appContext, subscribe: true });

  constructor() {
    super();
    this.sortKey = 'category';
    this.descending = false;
    this.limit = PAGE;
  }

  override render() {
    const v = this.ctx.value;
    if (!v?.atlas) return nothing;
    const { atlas, state } = v;
    const lang = state.lang;
    if (v.itemsLoading) return html`<p class="muted">${t(lang, 'itemsLoading')}</p>`;
    const shown = this.shown(atlas, atlas.passing(state.filters), lang);
    const selected = state.selection?.kind === 'item' ? atlas.positionOf(state.selection.id) : -1;
    return html`<div class="tools" role="group" aria-label=${t(lang, 'sortBy')}>
        <span>${t(lang, 'sortBy')}:</span>
        ${(Object.keys(SORT_LABEL) as SortKey[]).map(
          (k) => html`<button aria-pressed=${this.sortKey === k ? 'true' : 'false'} data-sort=${k} @click=${() => this.sortBy(k)}>
            ${t(lang, SORT_LABEL[k])}${this.sortKey === k ? (this.descending ? ' ↓' : ' ↑') : ''}
          </button>`,
        )}
      </div>
      <div class="tools">
        <button data-export="csv" @click=${() => this.download(atlas, shown, 'csv')}>${t(lang, 'exportCsv')}</button>
        <button data-export="xlsx" @click=${() => this.download(atlas, shown, 'xlsx')}>${t(lang, 'exportXlsx')}</button>
        <button data-export="geojson" @click=${() => this.download(atlas, shown, 'geojson')}>${t(lang, 'exportGeojson')}</button>
      </div>
      <p class="muted" id="hint">${t(lang, 'listHint')}</p>
      ${this.group('located', `${t(lang, 'located')} (${shown.located.length})`, shown.located, atlas, lang, selected)}
      ${this.group('unlocated', `${t(lang, 'unlocated')} (${shown.unlocated.length})`, shown.unlocated, atlas, lang, selected)}`;
  }

  override updated(): void {
    const sel = this.ctx.value?.state.selection;
    const id = sel?.kind === 'item' ? sel.id : null;
    if (id === this.scrolledTo) return;
    this.scrolledTo = id;
    // Scrolling lays the page out at once: it waits until the frame that shows the panel is out.
    if (id) void afterPaint().then(() => this.revealRow(id));
  }

  /** Brings the row into view; a row not drawn yet (items still loading) is tried again at the next update. */
  private revealRow(id: string): void {
    const row = this.renderRoot.querySelector(`[data-id="${CSS.escape(id)}"]`);
    if (row) row.scrollIntoView({ block: 'nearest' });
    else if (this.scrolledTo === id) this.scrolledTo = null;
  }

  /** One listbox: the first page of `positions` (and the selected row wherever it is). */
  private group(id: string, title: string, positions: Uint32Array, atlas: Atlas, lang: Lang, selected: number) {
    const at = selected < 0 ? -1 : positions.indexOf(selected);
    const active = Math.max(0, at);
    // The selected row is always drawn, even beyond the page, so the map can scroll to it.
    const page = [...positions.subarray(0, this.limit)];
    const rows = at >= this.limit ? [...page, selected] : page;
    const more = positions.length - rows.length;
    return html`<h2 id="${id}-title">${title}</h2>
      <ul role="listbox" aria-labelledby="${id}-title" aria-describedby="hint" data-group=${id} @keydown=${this.onKey}>
        ${rows.map((n, i) => {
          const item = atlas.data.items[n]!;
          const p = item.properties;
          const isSel = n === selected;
          return html`<li
            role="option"
            data-id=${p.id}
            tabindex=${i === active ? 0 : -1}
            aria-selected=${isSel ? 'true' : 'false'}
            @click=${() => this.choose(p.id)}
            @mouseenter=${() => this.hover(item)}
            @mouseleave=${() => this.hover(null)}
            @focus=${() => this.hover(item)}
            @blur=${() => this.hover(null)}
          >
            ${nameText(lang, p)}
            <span class="meta">${categoryLabel(lang, p.category)} · ${p.municipalities.length ? municipalityNames(atlas, lang, p.municipalities) : t(lang, 'regionWide')} · ${p.projects
              .map((id) => atlas.projectById.get(id)?.numbers[0])
              .filter(Boolean)
              .join(' ')}</span>
          </li>`;
        })}
      </ul>
      ${more > 0 ? html`<button class="more" data-more=${id} @click=${() => (this.limit += PAGE)}>${t(lang, 'showMore')} (${more})</button>` : nothing}`;
  }

  /** The positions the filters keep, in the list's order (sorted once per order, picked per filter change). */
  private shown(atlas: Atlas, pass: Uint8Array, lang: Lang): ListOrder {
    const key = `${this.sortKey}|${this.descending}|${lang}`;
    if (this.order?.atlas !== atlas || this.order.key !== key)
      this.order = { atlas, key, order: listOrder(atlas.data.items, this.sortValue(atlas, lang), this.descending) };
    const { order } = this.order;
    if (this.shownMemo?.order !== order || this.shownMemo.pass !== pass)
      this.shownMemo = { order, pass, shown: { located: kept(order.located, pass), unlocated: kept(order.unlocated, pass) } };
    return this.shownMemo.shown;
  }

  /** The skip link's target: the list's current row (one tab stop per listbox). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus(options);
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

  private sortBy(key: SortKey): void {
    this.descending = this.sortKey === key ? !this.descending : false;
    this.sortKey = key;
  }

  /** What the list sorts by, per item. */
  private sortValue(atlas: Atlas, lang: Lang): (i: Item) => SortValue {
    const key = this.sortKey;
    return (i) => {
      const p = i.properties;
      switch (key) {
        case 'name':
          return nameOf(lang, p);
        case 'category':
          return CATEGORIES.indexOf(p.category);
        case 'municipality':
          return p.municipalities.length ? municipalityNames(atlas, lang, p.municipalities) : '\uffff';
        case 'body':
          return p.body;
        case 'projects':
          return p.projects.map((id) => atlas.projectById.get(id)?.numbers[0] ?? '').sort()[0] ?? '';
      }
    };
  }

  private hover(item: Item | null): void {
    this.dispatchEvent(new HoverEvent(item?.geometry ? item.properties.id : null));
  }

  /** Saves the list as shown (filtered and sorted, located items first). */
  private download(atlas: Atlas, shown: ListOrder, kind: ExportKind): void {
    const { state } = this.ctx.value!;
    const items = [...shown.located, ...shown.unlocated].map((n) => atlas.data.items[n]!);
    void downloadExport(kind, atlas, items, state.filters, state.lang);
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
