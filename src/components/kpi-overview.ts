import { LitElement, css, html, nothing } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import { yearLabel } from '../domain/era.ts';
import { label, nameOf, t, withUnit } from '../domain/i18n.ts';
import {
  type GoalGroup,
  type OverviewProject,
  type OverviewRow,
  type SplitStatus,
  LEGACY_GENERATIONS,
  STATUS_ICON,
  goalOverview,
  hasEarlier,
  splitStatuses,
  targetWhen,
} from '../domain/kpi-view.ts';
import { formatPercent, formatValue } from '../domain/numbers.ts';
import type { Goal, Kpi, Lang, Project } from '../domain/types.ts';
import { send } from './events.ts';
import { projectNumbers, promoterBadge } from './format.ts';
import { jaQuote, jaText, nameText } from './ja-only.ts';
import { baseStyles, kpiStatusStyles, panelPart } from './styles.ts';

/**
 * The KPIs of the plans by goal (めざす姿): per current vision project, the projects it
 * continues in the H28 policy (003), the policy-unit tables (000) and the R3 policy (004), their
 * KPIs side by side with latest value and status.
 */
export class KpiOverview extends LitElement {
  static override styles = [
    baseStyles,
    panelPart,
    kpiStatusStyles,
    css`
      h2 {
        font-size: 1.1rem;
        margin: 0 0 0.3rem;
      }
      h3 {
        font-size: 1rem;
        margin: 1.2rem 0 0.4rem;
        padding-bottom: 0.2rem;
        border-bottom: 2px solid var(--border);
      }
      .intro,
      .rule {
        font-size: 0.78rem;
        margin: 0 0 0.5rem;
      }
      .theme {
        color: var(--muted);
        font-weight: 400;
        margin-right: 0.4rem;
      }
      :host {
        container-type: inline-size;
      }
      /* Narrow (a panel): the generations stack, oldest first, with ↓ between them. */
      ol.chain {
        list-style: none;
        margin: 0 0 0.8rem;
        padding: 0;
        display: grid;
        grid-template-columns: 1fr;
        gap: 1.1rem;
      }
      ol.chain > li {
        position: relative;
        border: 1px solid var(--border);
        border-radius: 4px;
        padding: 0.35rem 0.5rem;
        background: var(--panel);
      }
      /* The arrow shows continuation; the list order and the "continued by" text say it for screen readers. */
      ol.chain > li:not(:last-child)::after {
        content: '↓';
        position: absolute;
        left: 50%;
        bottom: -1.15rem;
        color: var(--muted);
      }
      /* Wide (a page or a projector): the generations side by side, with → between them. */
      @container (min-width: 50rem) {
        ol.chain {
          grid-template-columns: repeat(4, 1fr);
          gap: 0.4rem 1.2rem;
        }
        ol.chain > li:not(:last-child)::after {
          content: '→';
          left: auto;
          bottom: auto;
          right: -1.05rem;
          top: 0.3rem;
        }
      }
      .slogan {
        font-weight: 700;
        margin: 0.4rem 0 0.2rem;
      }
      p.vision {
        margin: 0 0 0.5rem;
        padding-left: 0.5rem;
        border-left: 3px solid var(--border);
      }
      ul.others {
        margin: 0 0 0.8rem;
        padding-left: 1.1rem;
      }
      ol.chain > li.empty {
        border-style: dashed;
        color: var(--muted);
      }
      ol.chain > li.vision {
        border-width: 2px;
      }
      .gen {
        display: block;
        font-size: 0.72rem;
        color: var(--muted);
      }
      .project-name {
        font-weight: 700;
      }
      ul.kpis {
        list-style: none;
        margin: 0.3rem 0 0;
        padding: 0;
      }
      ul.kpis > li {
        margin: 0.3rem 0 0;
        padding-top: 0.25rem;
        border-top: 1px dotted var(--border);
      }
      .figures {
        display: block;
        font-size: 0.76rem;
        font-variant-numeric: tabular-nums;
      }
      .status-label {
        font-weight: 700;
        white-space: nowrap;
      }
      details {
        font-size: 0.72rem;
        color: var(--muted);
        margin-top: 0.25rem;
      }
    `,
  ];

  static override properties = {
    atlas: { attribute: false },
    lang: {},
  };

  declare atlas: Atlas | null;
  declare lang: Lang;

  constructor() {
    super();
    this.atlas = null;
    this.lang = 'ja';
  }

  override render() {
    if (!this.atlas) return nothing;
    const l = this.lang;
    return html`<section aria-labelledby="overview-title">
      <h2 id="overview-title">${t(l, 'overviewTitle')}</h2>
      <p class="intro muted">${t(l, 'overviewIntro')}</p>
      <p class="rule muted">${t(l, 'statusRule')}</p>
      ${this.vision()} ${goalOverview(this.atlas.data).map((g) => this.goal(g))}
      ${this.atlas.data.vision.filter((v) => v.kind === 'statement' && v.goals.length === 0).map((v) => html`<p class="vision" data-vision=${v.id}>${jaText(this.lang, v.text_ja)}</p>`)}
    </section>`;
  }

  /** 002: the slogan and the horizon the goals are set for. */
  private vision() {
    const vision = this.atlas?.data.vision ?? [];
    const slogan = vision.find((v) => v.kind === 'slogan');
    const horizon = vision.find((v) => v.kind === 'horizon');
    return html`${slogan ? html`<p class="slogan" data-vision=${slogan.id}>${jaText(this.lang, slogan.text_ja)}</p>` : nothing}
    ${horizon ? html`<p class="muted" data-vision=${horizon.id}>${t(this.lang, 'visionHorizon')}: ${jaQuote(this.lang, horizon.text_ja)}</p>` : nothing}`;
  }

  /** Lineages with earlier projects first; the projects new in the vision (no earlier project, no KPI) listed briefly after. */
  private goal({ goal, rows }: GoalGroup) {
    const l = this.lang;
    const others = rows.filter((r) => !hasEarlier(r) && r.kpis.length === 0);
    return html`<section class="goal" data-goal=${goal.id} aria-labelledby="goal-${goal.id}">
      <h3 id="goal-${goal.id}">${this.goalTitle(goal)}</h3>
      ${(this.atlas?.data.vision ?? []).filter((v) => v.kind === 'statement' && v.goals.includes(goal.id)).map((v) => html`<p class="vision" data-vision=${v.id}>${jaText(this.lang, v.text_ja)}</p>`)}
      ${rows.filter((r) => !others.includes(r)).map((row) => this.row(row, goal))}
      ${
        others.length
          ? html`<p class="muted">${t(l, 'overviewOthers')}</p>
            <ul class="others">
              ${others.map(
                (r) => html`<li data-project=${r.project.id}>
                  ${this.projectTitle(r.project)}
                  ${
                    r.project.lineage_note_ja
                      ? html`<details class="overlap" open>
                        <summary>${t(l, 'overviewOverlap')}</summary>
                        ${l === 'en' && r.project.lineage_note_en ? r.project.lineage_note_en : r.project.lineage_note_ja}
                      </details>`
                      : nothing
                  }
                </li>`,
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }

  private goalTitle(goal: Goal) {
    const l = this.lang;
    const theme = l === 'en' && goal.theme_en ? goal.theme_en : goal.theme_ja;
    return html`<span class="theme">${t(l, 'overviewGoal')} ${goal.number}${l === 'ja' ? '・' : ': '}${theme}</span>${nameText(l, goal)}`;
  }

  /** One lineage: the earlier generations' cards, then the current project's. */
  private row(row: OverviewRow, goal: Goal) {
    const l = this.lang;
    const name = nameOf(l, row.project);
    return html`<ol class="chain" data-project=${row.project.id} data-goal=${goal.id} aria-label=${t(l, 'overviewLineage', { name })}>
      ${LEGACY_GENERATIONS.map((g) => this.legacyCell(g, row.earlier[g], row.project))}
      <li class="vision">${this.visionCard(row)}</li>
    </ol>`;
  }

  private legacyCell(generation: (typeof LEGACY_GENERATIONS)[number], projects: OverviewProject[], successor: Project) {
    const l = this.lang;
    if (projects.length === 0)
      return html`<li class="empty"><span class="gen">${label(l, 'generation', generation)}</span>${t(l, 'overviewNone')}</li>`;
    return projects.map(
      ({ project, kpis }) => html`<li data-legacy=${project.id} data-generation=${generation}>
        <span class="gen">${label(l, 'generation', generation)}</span>
        <span class="project-name">${nameText(l, project)}</span>
        <span class="visually-hidden">${t(l, 'overviewContinuedBy')}: ${nameOf(l, successor)}</span>
        ${kpis.length ? html`<ul class="kpis">${kpis.map((k) => this.kpi(k))}</ul>` : html`<p class="muted">${t(l, 'overviewNoKpi')}</p>`}
        <details>
          <summary>${t(l, 'overviewBasis')}</summary>
          ${jaText(l, project.continuation_basis_ja)}
        </details>
      </li>`,
    );
  }

  private visionCard(row: OverviewRow) {
    const l = this.lang;
    return html`<span class="gen">${label(l, 'generation', 'vision')}</span>
      ${this.projectTitle(row.project)}
      ${row.kpis.length ? html`<ul class="kpis">${row.kpis.map((k) => this.kpi(k))}</ul>` : html`<p class="muted">${t(l, 'overviewVisionNoKpi')}</p>`}`;
  }

  private projectTitle(p: Project) {
    const l = this.lang;
    return html`${promoterBadge(l, p.promoter)} ${projectNumbers(l, p)}
      <button class="link project-name" @click=${() => this.selectProject(p.id)}>${nameText(l, p)}</button>`;
  }

  /** A KPI: its name (selects it), and per split the latest value with progress and status, or base → target where no result is printed. */
  private kpi(kpi: Kpi) {
    const l = this.lang;
    const statuses = splitStatuses(kpi);
    return html`<li data-kpi=${kpi.id}>
      <button class="link" title=${t(l, 'kpiSelect')} @click=${() => this.selectKpi(kpi.id)}>${nameText(l, kpi)}</button>
      ${statuses.some((s) => s.year !== null) ? statuses.map((s) => this.latest(kpi, s)) : statuses.map((s) => this.plan(kpi, s))}
    </li>`;
  }

  private latest(kpi: Kpi, s: SplitStatus) {
    const l = this.lang;
    const when = s.year !== null ? yearLabel(s.year, l) : '';
    return html`<span class="figures" data-split=${s.split} data-status=${s.status}>
      ${label(l, 'split', s.split)} ${withUnit(l, formatValue(s.value, l), kpi.unit_ja)} <span class="muted">${when}</span> ${formatPercent(s.progress, l)}
      <span class="status-label status-${s.status}" title=${s.rule[l]}>${STATUS_ICON[s.status]} ${label(l, 'status', s.status)}</span>
    </span>`;
  }

  /** A KPI of a plan that prints no results yet (003, 004): base → target. */
  private plan(kpi: Kpi, s: SplitStatus) {
    const l = this.lang;
    const base = kpi.base[s.split];
    const target = kpi.target[s.split];
    return html`<span class="figures" data-split=${s.split} data-status=${s.status}>
      ${label(l, 'split', s.split)} ${t(l, 'overviewBase')} ${withUnit(l, formatValue(base, l), kpi.unit_ja)} <span class="muted">${yearLabel(kpi.base.year, l)}</span> →
      ${t(l, 'overviewTarget')} ${withUnit(l, formatValue(target, l), kpi.unit_ja)} <span class="muted">${targetWhen(kpi, l)}</span>
    </span>`;
  }

  // ------------------------------------------------------------ handlers

  private selectKpi(id: string): void {
    send(this, { type: 'select', selection: { kind: 'kpi', id } });
  }

  private selectProject(id: string): void {
    send(this, { type: 'select', selection: { kind: 'project', id } });
  }
}

customElements.define('kpi-overview', KpiOverview);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-overview': KpiOverview;
  }
}
