import { ContextConsumer } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import type { SearchHit, SearchIndex } from '../domain/search.ts';
import { loadEnglish } from '../domain/english.ts';
import { type StringKey, t } from '../domain/i18n.ts';
import { appContext } from './context.ts';
import { FitEvent, send } from './events.ts';
import { baseStyles } from './styles.ts';

const KIND: Record<SearchHit['kind'], StringKey> = {
  item: 'kindItem',
  project: 'kindProject',
  area: 'kindArea',
  place: 'kindPlace',
  context: 'kindContext',
  challenge: 'kindChallenge',
  regional: 'kindRegional',
};

/**
 * One box for names (ja/en, kana- and width-insensitive, romaji and kana readings, typos offered
 * as 「もしかして」), project numbers, municipalities and the map's place names.
 * A combobox: ↓/↑ move through the results, Enter jumps to the item, project, area or place.
 * The search code (with its fuzzy matcher and kana converter) loads when the box is first used.
 */
export class SearchBox extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        position: relative;
      }
      input {
        width: 100%;
        font: inherit;
        padding: 0.35rem 0.5rem;
        border: 1px solid var(--border);
        border-radius: 4px;
      }
      [role='listbox'] {
        position: absolute;
        z-index: 5;
        left: 0;
        right: 0;
        margin: 2px 0 0;
        padding: 0;
        list-style: none;
        background: var(--panel);
        border: 1px solid var(--border);
        border-radius: 4px;
        box-shadow: 0 2px 8px var(--shadow);
        max-height: 50vh;
        overflow: auto;
      }
      [role='option'] {
        padding: 0.3rem 0.5rem;
        cursor: pointer;
        font-size: 0.88rem;
      }
      [role='option'][aria-selected='true'],
      [role='option']:hover {
        background: var(--chosen);
      }
      .did-you-mean {
        padding: 0.3rem 0.5rem 0.1rem;
        font-size: 0.78rem;
        font-weight: 700;
        color: var(--muted);
      }
      .kind {
        font-size: 0.72rem;
        color: var(--muted);
        margin-right: 0.4rem;
      }
    `,
  ];

  static override properties = {
    query: { state: true },
    active: { state: true },
  };

  declare query: string;
  declare active: number;
  private readonly ctx = new ContextConsumer(this, { context: appContext, subscribe: true });
  /** The index of an atlas, while it is made (null) and once made. */
  private index: { atlas: Atlas; ready: Promise<SearchIndex>; index: SearchIndex | null } | null = null;
  private searchModule: typeof import('../domain/search.ts') | null = null;
  private loadingModule: Promise<void> | null = null;

  constructor() {
    super();
    this.query = '';
    this.active = 0;
  }

  override render() {
    const v = this.ctx.value;
    if (!v?.atlas) return nothing;
    const lang = v.state.lang;
    const hits = this.hits();
    const open = this.query.trim().length > 0;
    return html`<label class="visually-hidden" for="q">${t(lang, 'search')}</label>
      <input
        id="q"
        type="search"
        role="combobox"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="results"
        aria-autocomplete="list"
        aria-activedescendant=${open && hits.length ? `hit-${this.active}` : ''}
        placeholder=${t(lang, 'searchPlaceholder')}
        .value=${this.query}
        @focus=${() => this.loadModule()}
        @input=${(e: Event) => {
          this.query = (e.target as HTMLInputElement).value;
          this.active = 0;
          this.loadModule();
        }}
        @keydown=${(e: KeyboardEvent) => this.onKey(e, hits)}
      />
      ${
        open
          ? html`<ul id="results" role="listbox" aria-label=${t(lang, 'search')}>
            ${hits.length === 0 && this.searchModule ? html`<li role="option" aria-disabled="true" aria-selected="false">${t(lang, this.index?.index ? 'searchNone' : 'searchPreparing')}</li>` : nothing}
            ${hits[0]?.fuzzy ? html`<li role="presentation" class="did-you-mean">${t(lang, 'searchDidYouMean')}</li>` : nothing}
            ${hits.map(
              (
                h,
                i,
              ) => html`<li id="hit-${i}" role="option" aria-selected=${i === this.active ? 'true' : 'false'} data-kind=${h.kind} data-id=${h.id} @click=${() => this.choose(h)}>
                <span class="kind">${t(lang, KIND[h.kind])}</span>${h.label}
              </li>`,
            )}
          </ul>`
          : nothing
      }`;
  }

  private loadModule(): void {
    // With the catalogue's English, so the index matches the category words of both languages
    // (without it, should it fail to load, only the Japanese ones).
    this.loadingModule ??= Promise.all([import('../domain/search.ts'), loadEnglish().catch(() => undefined)]).then(([m]) => {
      this.searchModule = m;
      this.requestUpdate();
    });
  }

  private hits(): SearchHit[] {
    const v = this.ctx.value;
    if (!v?.atlas || !this.searchModule) return [];
    return this.indexOf(v.atlas).index?.search(this.query, v.state.lang) ?? [];
  }

  /** The atlas's index, made the first time it is asked for (a large one over several tasks, then drawn). */
  private indexOf(atlas: Atlas): NonNullable<SearchBox['index']> {
    if (this.index?.atlas === atlas) return this.index;
    const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    const made = this.searchModule!.SearchIndex.build(atlas, pause);
    if (made instanceof this.searchModule!.SearchIndex) return (this.index = { atlas, ready: Promise.resolve(made), index: made });
    const entry: NonNullable<SearchBox['index']> = { atlas, ready: made, index: null };
    this.index = entry;
    void made.then((index) => {
      entry.index = index;
      if (this.index === entry) this.requestUpdate();
    });
    return entry;
  }

  private onKey(e: KeyboardEvent, hits: SearchHit[]): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = Math.max(0, Math.min(hits.length - 1, this.active + step));
    } else if (e.key === 'Enter' && !this.searchModule) {
      // Typed and entered before the search code arrived: choose once it has.
      e.preventDefault();
      this.loadModule();
      void this.loadingModule
        ?.then(() => this.ctx.value?.atlas && this.indexOf(this.ctx.value.atlas).ready)
        .then(() => {
          const first = this.hits()[this.active];
          if (first) this.choose(first);
        });
    } else if (e.key === 'Enter' && hits[this.active]) {
      e.preventDefault();
      this.choose(hits[this.active]!);
    } else if (e.key === 'Escape' && this.query) {
      // The results close; the panel behind them stays (the app closes it on an Esc left alone).
      e.preventDefault();
      this.query = '';
    }
  }

  private choose(hit: SearchHit): void {
    // A basemap place is only a name on the map: the camera goes there and nothing is selected.
    if (hit.target) {
      // A 003 / 004 project opens the Hokkaido view on its region; a 課題, its current project.
      if (hit.target.overlay) send(this, { type: 'set-overlay', overlay: hit.target.overlay });
      send(this, { type: 'select', selection: hit.target.selection });
    } else if (hit.kind !== 'place')
      send(this, { type: 'select', selection: { kind: hit.kind as 'item' | 'project' | 'area' | 'context', id: hit.id } });
    if (hit.bounds) this.dispatchEvent(new FitEvent(hit.bounds));
    this.query = '';
  }
}

customElements.define('search-box', SearchBox);

declare global {
  interface HTMLElementTagNameMap {
    'search-box': SearchBox;
  }
}
