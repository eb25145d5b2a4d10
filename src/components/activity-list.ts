import { LitElement, css, html, nothing } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import { yearLabel } from '../domain/era.ts';
import { label, t } from '../domain/i18n.ts';
import {
  type ActivityGroup,
  type ActivityYear,
  type Scope,
  type ScopeFilter,
  SCOPE_FILTERS,
  SCOPE_MARK,
  activityGroups,
  activityProjects,
  scopeMatches,
} from '../domain/activities.ts';
import type { Activity, Lang } from '../domain/types.ts';
import { jaOnlyMark, jaQuote, nameText } from './ja-only.ts';
import { baseStyles, panelPart } from './styles.ts';

/** The marks of 000 with what they mean, in the legend's order. */
const SCOPES: readonly Scope[] = ['region', 'kushiro', 'nemuro'];

/** The scope filter changed: detail is the new filter. Sent for a parent that keeps it (e.g. in the URL). */
export class ScopeChangeEvent extends CustomEvent<ScopeFilter> {
  static readonly type = 'scope-change';
  constructor(scope: ScopeFilter) {
    super(ScopeChangeEvent.type, { detail: scope, bubbles: true, composed: true });
  }
}

/**
 * 施策展開 of the policy-unit projects (000): per project and year, R1 実績, R2 取組 and R3 予定,
 * each activity with its scope mark (◎ whole region, ○ 釧路, ● 根室), filterable by area.
 */
export class ActivityList extends LitElement {
  static override styles = [
    baseStyles,
    panelPart,
    css`
      h2 {
        font-size: 1.05rem;
        margin: 0 0 0.4rem;
      }
      h3 {
        font-size: 0.95rem;
        margin: 0.9rem 0 0.2rem;
      }
      h4 {
        font-size: 0.85rem;
        margin: 0.5rem 0 0.15rem;
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        margin-bottom: 0.3rem;
      }
      .filters button {
        border: 1px solid var(--border);
        background: var(--panel);
        border-radius: 999px;
        padding: 0.1rem 0.7rem;
      }
      .filters button[aria-pressed='true'] {
        background: var(--accent);
        border-color: var(--accent);
        color: var(--panel);
        font-weight: 700;
      }
      dl.legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.1rem 0.9rem;
        margin: 0 0 0.2rem;
        font-size: 0.78rem;
      }
      dl.legend div {
        display: flex;
        gap: 0.25rem;
      }
      dt,
      dd {
        margin: 0;
      }
      .legend-note,
      .count {
        font-size: 0.74rem;
        margin: 0 0 0.3rem;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        gap: 0.35rem;
        padding: 0.1rem 0;
        line-height: 1.5;
      }
      .mark {
        flex: none;
        width: 1.2em;
        text-align: center;
      }
      .n {
        font-weight: 400;
        color: var(--muted);
      }
    `,
  ];

  static override properties = {
    atlas: { attribute: false },
    lang: {},
    project: {},
    scope: {},
  };

  declare atlas: Atlas | null;
  declare lang: Lang;
  /** A legacy project id, or a current project id (its predecessors' activities); all projects when absent. */
  declare project: string | undefined;
  declare scope: ScopeFilter;

  constructor() {
    super();
    this.atlas = null;
    this.lang = 'ja';
    this.project = undefined;
    this.scope = 'all';
  }

  override render() {
    if (!this.atlas) return nothing;
    const l = this.lang;
    const { activities, legacyProjects } = this.atlas.data;
    const groups = activityGroups(activities, activityProjects(this.project, activities, legacyProjects), this.scope);
    return html`<section aria-labelledby="activities-title">
      <h2 id="activities-title">${t(l, 'activityTitle')} ${jaOnlyMark(l)}</h2>
      ${this.filters()} ${this.legend()} ${this.count(groups)}
      ${groups.length === 0 ? html`<p class="muted">${t(l, 'activityNoProject')}</p>` : groups.map((g) => this.group(g))}
    </section>`;
  }

  private filters() {
    const l = this.lang;
    return html`<div class="filters" role="group" aria-label=${t(l, 'activityFilter')}>
      ${SCOPE_FILTERS.map(
        (
          f,
        ) => html`<button type="button" data-scope=${f} aria-pressed=${this.scope === f ? 'true' : 'false'} @click=${() => this.choose(f)}>
          ${f === 'all' ? '' : html`<span aria-hidden="true">${SCOPE_MARK[f]}</span> `}${label(l, 'scope', f)}
        </button>`,
      )}
    </div>`;
  }

  private legend() {
    const l = this.lang;
    return html`<dl class="legend" aria-label=${t(l, 'activityLegend')}>
        ${SCOPES.map((s) => html`<div><dt>${SCOPE_MARK[s]}</dt><dd>${label(l, 'scope', s)}</dd></div>`)}
      </dl>
      <p class="legend-note muted">${t(l, 'activityLegendNote')}</p>`;
  }

  /** How many the filter keeps, announced when it changes. */
  private count(groups: ActivityGroup[]) {
    const l = this.lang;
    const years = groups.flatMap((g) => g.years);
    const shown = years.reduce((n, y) => n + y.activities.length, 0);
    const total = years.reduce((n, y) => n + y.total, 0);
    return html`<p class="count muted" role="status">
      ${t(l, 'activityShown', { shown, total })}
    </p>`;
  }

  private group(g: ActivityGroup) {
    const l = this.lang;
    const project = this.atlas?.legacyById.get(g.project);
    return html`<section data-project=${g.project}>
      <h3>${project ? nameText(l, project) : g.project}</h3>
      ${g.years.map((y) => this.year(y))} ${this.challenges(g.project)}
    </section>`;
  }

  /** 000's 課題 of the project beside its 施策展開, under the same area filter. */
  private challenges(project: string) {
    const l = this.lang;
    const all = (this.atlas?.data.challenges ?? []).filter((c) => c.project === project);
    if (all.length === 0) return nothing;
    const shown = all.filter((c) => scopeMatches(c.scope, this.scope));
    return html`<h4 data-challenges=${project}>
        ${t(l, 'challengesTitle')} <span class="n">${t(l, 'activityYearCount', { shown: shown.length, total: all.length })}</span>
      </h4>
      ${
        shown.length === 0
          ? html`<p class="muted">${t(l, 'activityNone')}</p>`
          : html`<ul class="challenges">
            ${shown.map(
              (c) => html`<li data-challenge=${c.id} data-scope=${c.scope}>
                <span class="mark" aria-hidden="true" title=${label(l, 'scope', c.scope)}>${SCOPE_MARK[c.scope]}</span>
                <span><span class="visually-hidden">${label(l, 'scope', c.scope)}${l === 'ja' ? '：' : ': '}</span>${jaQuote(l, c.text_ja)} <span class="n">${l === 'ja' ? '（' : '('}■ ${jaQuote(l, c.heading_ja)}${l === 'ja' ? '）' : ')'}</span></span>
              </li>`,
            )}
          </ul>`
      }`;
  }

  private year(y: ActivityYear) {
    const l = this.lang;
    return html`<h4 data-year=${y.year}>
        ${yearLabel(y.year, l)} ${label(l, 'stage', y.stage)} <span class="n">${t(l, 'activityYearCount', { shown: y.activities.length, total: y.total })}</span>
      </h4>
      ${y.activities.length === 0 ? html`<p class="muted">${t(l, 'activityNone')}</p>` : html`<ul data-year=${y.year}>${y.activities.map((a) => this.activity(a))}</ul>`}`;
  }

  private activity(a: Activity) {
    const l = this.lang;
    return html`<li data-activity=${a.id} data-scope=${a.scope}>
      <span class="mark" aria-hidden="true" title=${label(l, 'scope', a.scope)}>${SCOPE_MARK[a.scope]}</span>
      <span><span class="visually-hidden">${label(l, 'scope', a.scope)}${l === 'ja' ? '：' : ': '}</span>${jaQuote(l, a.text_ja)}</span>
    </li>`;
  }

  // ------------------------------------------------------------ handlers

  private choose(scope: ScopeFilter): void {
    this.scope = scope;
    this.dispatchEvent(new ScopeChangeEvent(scope));
  }
}

customElements.define('activity-list', ActivityList);

declare global {
  interface HTMLElementTagNameMap {
    'activity-list': ActivityList;
  }
  interface HTMLElementEventMap {
    'scope-change': ScopeChangeEvent;
  }
}
