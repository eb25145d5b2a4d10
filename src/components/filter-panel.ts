import { ContextConsumer } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Atlas } from '../domain/atlas.ts';
import { type BorderFilter, type Filters, type ListFacet, isEmpty } from '../domain/filters.ts';
import { type StringKey, accuracyLabel, categoryLabel, nameOf, promoterLabel, t } from '../domain/i18n.ts';
import { type Area, CATEGORIES, type Lang } from '../domain/types.ts';
import { appContext } from './context.ts';
import { FitEvent, send } from './events.ts';
import { countText } from './format.ts';
import { jaQuote, jaText } from './ja-only.ts';
import { baseStyles, panelPart } from './styles.ts';

interface Value {
  id: string;
  label: string;
  depth?: number;
}

const FACET_TITLE: Record<ListFacet, StringKey> = {
  projects: 'facetProjects',
  goals: 'facetGoals',
  promoters: 'facetPromoters',
  bodies: 'facetBodies',
  categories: 'facetCategories',
  areas: 'facetAreas',
  accuracy: 'facetAccuracy',
};

/**
 * Facets, combined: AND across facets, OR within one. Every value shows how many items it would
 * match given the other facets; values with none stay visible, marked empty.
 */
export class FilterPanel extends LitElement {
  static override styles = [
    baseStyles,
    panelPart,
    css`
      .bar {
        display: flex;
        gap: 0.4rem;
        flex-wrap: wrap;
        margin-bottom: 0.4rem;
      }
      .bar button,
      .clear {
        border: 1px solid var(--border);
        background: var(--panel);
        border-radius: 4px;
        padding: 0.15rem 0.5rem;
        font-size: 0.8rem;
      }
      section {
        border-top: 1px solid var(--border);
        padding: 0.35rem 0 0.3rem;
      }
      h3 {
        font-size: inherit;
        margin: 0;
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        font-weight: 700;
      }
      ul {
        list-style: none;
        margin: 0.2rem 0 0;
        padding: 0;
      }
      li button {
        display: flex;
        width: 100%;
        gap: 0.4rem;
        border: none;
        background: none;
        text-align: left;
        padding: 0.12rem 0.25rem;
        border-radius: 3px;
        align-items: baseline;
      }
      /* The box is decoration (aria-hidden): aria-pressed says it once. */
      .box {
        flex: none;
      }
      .box::before {
        content: '☐';
      }
      li button[aria-pressed='true'] {
        background: var(--chosen);
      }
      li button[aria-pressed='true'] .box::before {
        content: '☑';
      }
      li button.empty {
        color: var(--muted);
      }
      /* A long name wraps: the nested 地域 tree must not widen the sidebar (clipping the counts). */
      .label {
        flex: 1;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .count {
        flex: none;
      }
      .count {
        font-variant-numeric: tabular-nums;
        color: var(--muted);
      }
      [role='radiogroup'] {
        display: flex;
        gap: 0.3rem;
        margin-top: 0.2rem;
      }
      [role='radio'] {
        border: 1px solid var(--border);
        background: var(--panel);
        border-radius: 4px;
        padding: 0.1rem 0.45rem;
      }
      [role='radio'][aria-checked='true'] {
        background: var(--accent);
        color: var(--onDark);
      }
      /* The muted grey on the accent is 2.2:1: the chosen option's count takes its white text. */
      [role='radio'][aria-checked='true'] .count {
        color: inherit;
      }
    `,
  ];

  static override properties = {
    open: { type: Boolean },
  };

  /**
   * Whether the panel is shown. Closed, it draws nothing: its counts cost a pass over every item
   * for each facet, on every filter change, at 100k items as long as the map's work for it.
   */
  declare open: boolean;
  private readonly ctx = new ContextConsumer(this, { context: appContext, subscribe: true });

  constructor() {
    super();
    this.open = true;
  }

  override render() {
    const v = this.ctx.value;
    if (!v?.atlas || !this.open) return nothing;
    const { atlas, state } = v;
    const lang = state.lang;
    return html`<div class="bar">
        <button ?disabled=${isEmpty(state.filters)} @click=${() => send(this, { type: 'clear-filters' })}>${t(lang, 'clearAll')}</button>
        <button @click=${() => this.dispatchEvent(new FitEvent())}>${t(lang, 'fitResults')}</button>
      </div>
      ${this.border(atlas, state.filters, lang)}
      ${(['projects', 'goals', 'promoters', 'categories', 'areas', 'bodies', 'accuracy'] as const).map((f) => this.facet(atlas, state.filters, f, lang))}`;
  }

  private facet(atlas: Atlas, filters: Filters, facet: ListFacet, lang: Lang) {
    const loading = this.ctx.value?.itemsLoading;
    const counts = atlas.counts(filters, facet);
    const chosen = filters[facet] as string[];
    const id = `facet-${facet}`;
    return html`<section role="group" aria-labelledby=${id} data-facet=${facet}>
      <div class="head">
        <h3 id=${id}>${t(lang, FACET_TITLE[facet])}</h3>
        ${chosen.length ? html`<button class="clear" @click=${() => send(this, { type: 'clear-facet', facet })}>${t(lang, 'clear')}</button>` : nothing}
      </div>
      <ul>
        ${valuesOf(atlas, facet, lang).map((val) => {
          const n = counts.get(val.id) ?? 0;
          return html`<li>
            <button
              aria-pressed=${chosen.includes(val.id) ? 'true' : 'false'}
              class=${n === 0 && !loading ? 'empty' : ''}
              data-value=${val.id}
              style=${styleMap({ paddingLeft: `${(val.depth ?? 0) * 0.9 + 0.25}rem` })}
              @click=${() => send(this, { type: 'toggle-facet', facet, value: val.id })}
            >
              <span class="box" aria-hidden="true"></span><span class="label">${val.label}</span><span class="count">${countText(n, loading)}</span>
            </button>
          </li>`;
        })}
      </ul>
      ${facet === 'goals' ? this.goalHelp(atlas, lang) : nothing}
    </section>`;
  }

  /** What the goals are: 002's めざす姿 statements, the horizon and the slogan. */
  private goalHelp(atlas: Atlas, lang: Lang) {
    const vision = atlas.data.vision;
    const horizon = vision.find((v) => v.kind === 'horizon');
    return html`<details class="help" data-help="goals">
      <summary>${t(lang, 'visionTitle')}</summary>
      ${horizon ? html`<p class="muted">${jaQuote(lang, horizon.text_ja)}</p>` : nothing}
      <dl>
        ${atlas.data.goals.map(
          (g) => html`<dt>${g.number} ${lang === 'en' && g.theme_en ? g.theme_en : g.theme_ja}</dt>
            ${vision.filter((v) => v.kind === 'statement' && v.goals.includes(g.id)).map((v) => html`<dd>${jaText(lang, v.text_ja)}</dd>`)}`,
        )}
      </dl>
      ${vision.filter((v) => v.kind === 'statement' && v.goals.length === 0).map((v) => html`<p>${jaText(lang, v.text_ja)}</p>`)}
    </details>`;
  }

  private border(atlas: Atlas, filters: Filters, lang: Lang) {
    const counts = atlas.borderCounts(filters);
    const options: [BorderFilter, StringKey, number][] = [
      ['all', 'borderAll', counts.inside + counts.outside],
      ['inside', 'borderInside', counts.inside],
      ['outside', 'borderOutside', counts.outside],
    ];
    return html`<section data-facet="border">
      <div class="head"><h3 id="facet-border">${t(lang, 'facetBorder')}</h3></div>
      <div role="radiogroup" aria-labelledby="facet-border">
        ${options.map(
          ([value, key, n]) => html`<button
            role="radio"
            aria-checked=${filters.border === value ? 'true' : 'false'}
            data-value=${value}
            @click=${() => send(this, { type: 'set-filters', filters: { ...filters, border: value } })}
          >
            ${t(lang, key)} <span class="count">${countText(n, this.ctx.value?.itemsLoading)}</span>
          </button>`,
        )}
      </div>
    </section>`;
  }
}

/** The values a facet offers, in the documents' order. */
function valuesOf(atlas: Atlas, facet: ListFacet, lang: Lang): Value[] {
  switch (facet) {
    case 'projects':
      return atlas.data.projects.map((p) => ({ id: p.id, label: `${p.numbers.join(' ')} ${nameOf(lang, p)}` }));
    case 'goals':
      return atlas.data.goals.map((g) => ({ id: g.id, label: `${g.number} ${lang === 'en' && g.theme_en ? g.theme_en : g.theme_ja}` }));
    case 'promoters':
      return (['kuni', 'do'] as const).map((p) => ({ id: p, label: promoterLabel(lang, p) }));
    case 'bodies': {
      const used = atlas.usedBodies;
      return atlas.data.bodies.filter((b) => used.has(b.id)).map((b) => ({ id: b.id, label: nameOf(lang, b) }));
    }
    case 'categories':
      return CATEGORIES.map((c) => ({ id: c, label: categoryLabel(lang, c) }));
    case 'areas':
      return areaTree(atlas, lang);
    case 'accuracy':
      return (['exact', 'representative-point', 'approximate'] as const).map((a) => ({ id: a, label: accuracyLabel(lang, a) }));
  }
}

/** 連携地域 → 振興局 → 市町村, depth-first, as an indented list. */
function areaTree(atlas: Atlas, lang: Lang): Value[] {
  const children = (parent: string): Area[] => atlas.data.areas.filter((a) => a.parent === parent);
  const walk = (a: Area, depth: number): Value[] => [
    { id: a.id, label: nameOf(lang, a), depth },
    ...children(a.id).flatMap((c) => walk(c, depth + 1)),
  ];
  return children('hokkaido').flatMap((r) => walk(r, 0));
}

customElements.define('filter-panel', FilterPanel);

declare global {
  interface HTMLElementTagNameMap {
    'filter-panel': FilterPanel;
  }
}
