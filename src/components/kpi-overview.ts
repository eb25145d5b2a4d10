import { LitElement, css, html, nothing } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import { yearLabel } from '../domain/era.ts';
import { nameOf } from '../domain/i18n.ts';
import {
  type GoalGroup,
  type OverviewProject,
  type OverviewRow,
  type SplitStatus,
  GENERATION_LABEL,
  LEGACY_GENERATIONS,
  SPLIT_LABEL,
  STATUS_ICON,
  STATUS_LABEL,
  STATUS_RULE,
  goalOverview,
  hasEarlier,
  splitStatuses,
  targetWhen,
} from '../domain/kpi-view.ts';
import { formatPercent, formatValue } from '../domain/numbers.ts';
import type { Goal, Kpi, Lang, Project } from '../domain/types.ts';
import { send } from './events.ts';
import { projectNumbers, promoterBadge } from './format.ts';
import { baseStyles, kpiStatusStyles } from './styles.ts';

const TEXT = {
  title: { ja: 'めざす姿ごとの指標（計画の世代をまたいで）', en: 'KPIs by goal, across the plan generations' },
  intro: {
    ja: '各行は現行ビジョンの地域重点プロジェクトと、それが引き継いだ以前の計画のプロジェクトです（古い順に 003 H28方針 → 000 推進管理表 → 004 R3方針 → 001 現行ビジョン）。指標名を選ぶと、その指標が測るプロジェクトの施設を地図で強調します。',
    en: 'Each row is a priority project of the current vision with the projects of the earlier plans it continues (oldest first: 003 H28 policy → 000 management tables → 004 R3 policy → 001 current vision). Choose a KPI to highlight on the map the items of the projects it measures.',
  },
  goal: { ja: 'めざす姿', en: 'Goal' },
  continuedBy: { ja: '継承先', en: 'Continued by' },
  basis: { ja: '継承の根拠', en: 'Why it continues' },
  none: { ja: 'この世代には対応するプロジェクトがありません', en: 'No project in this generation' },
  others: { ja: '現行ビジョンで新たに設けられ、以前の計画に対応するプロジェクトも指標もないもの：', en: 'New in the vision, with no project or KPI in the earlier plans:' },
  noKpi: { ja: '指標の記載なし', en: 'No KPI printed' },
  visionNoKpi: { ja: '現行ビジョンは指標を掲げていません（前身の計画の指標を参照）。', en: 'The vision prints no KPI of its own (see those of its predecessors).' },
  base: { ja: '基準', en: 'base' },
  target: { ja: '目標', en: 'target' },
  lineage: { ja: 'の系譜', en: ': lineage' },
  select: { ja: 'この指標の対象を地図で強調', en: 'Highlight what this KPI measures on the map' },
} as const satisfies Record<string, Record<Lang, string>>;

/**
 * The KPIs of the plans by goal (めざす姿): per current vision project, the projects it
 * continues in the H28 policy (003), the policy-unit tables (000) and the R3 policy (004), their
 * KPIs side by side with latest value and status.
 */
export class KpiOverview extends LitElement {
  static override styles = [
    baseStyles,
    kpiStatusStyles,
    css`
      :host {
        display: block;
        font-size: 0.85rem;
      }
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
      .link {
        border: none;
        background: none;
        padding: 0;
        text-align: left;
        color: var(--accent);
        text-decoration: underline;
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
      <h2 id="overview-title">${TEXT.title[l]}</h2>
      <p class="intro muted">${TEXT.intro[l]}</p>
      <p class="rule muted">${STATUS_RULE[l]}</p>
      ${goalOverview(this.atlas.data).map((g) => this.goal(g))}
    </section>`;
  }

  /** Lineages with earlier projects first; the projects new in the vision (no earlier project, no KPI) listed briefly after. */
  private goal({ goal, rows }: GoalGroup) {
    const l = this.lang;
    const others = rows.filter((r) => !hasEarlier(r) && r.kpis.length === 0);
    return html`<section class="goal" data-goal=${goal.id} aria-labelledby="goal-${goal.id}">
      <h3 id="goal-${goal.id}">${this.goalTitle(goal)}</h3>
      ${rows.filter((r) => !others.includes(r)).map((row) => this.row(row, goal))}
      ${others.length
        ? html`<p class="muted">${TEXT.others[l]}</p>
            <ul class="others">
              ${others.map((r) => html`<li data-project=${r.project.id}>${this.projectTitle(r.project)}</li>`)}
            </ul>`
        : nothing}
    </section>`;
  }

  private goalTitle(goal: Goal) {
    const l = this.lang;
    const theme = l === 'en' && goal.theme_en ? goal.theme_en : goal.theme_ja;
    return html`<span class="theme">${TEXT.goal[l]} ${goal.number}・${theme}</span>${nameOf(l, goal)}`;
  }

  /** One lineage: the earlier generations' cards, then the current project's. */
  private row(row: OverviewRow, goal: Goal) {
    const l = this.lang;
    const name = nameOf(l, row.project);
    return html`<ol class="chain" data-project=${row.project.id} data-goal=${goal.id} aria-label="${name}${TEXT.lineage[l]}">
      ${LEGACY_GENERATIONS.map((g) => this.legacyCell(g, row.earlier[g], row.project))}
      <li class="vision">${this.visionCard(row)}</li>
    </ol>`;
  }

  private legacyCell(generation: (typeof LEGACY_GENERATIONS)[number], projects: OverviewProject[], successor: Project) {
    const l = this.lang;
    if (projects.length === 0) return html`<li class="empty"><span class="gen">${GENERATION_LABEL[generation][l]}</span>${TEXT.none[l]}</li>`;
    return projects.map(
      ({ project, kpis }) => html`<li data-legacy=${project.id} data-generation=${generation}>
        <span class="gen">${GENERATION_LABEL[generation][l]}</span>
        <span class="project-name">${nameOf(l, project)}</span>
        <span class="visually-hidden">${TEXT.continuedBy[l]}: ${nameOf(l, successor)}</span>
        ${kpis.length ? html`<ul class="kpis">${kpis.map((k) => this.kpi(k))}</ul>` : html`<p class="muted">${TEXT.noKpi[l]}</p>`}
        <details>
          <summary>${TEXT.basis[l]}</summary>
          ${project.continuation_basis_ja}
        </details>
      </li>`,
    );
  }

  private visionCard(row: OverviewRow) {
    const l = this.lang;
    return html`<span class="gen">${GENERATION_LABEL.vision[l]}</span>
      ${this.projectTitle(row.project)}
      ${row.kpis.length ? html`<ul class="kpis">${row.kpis.map((k) => this.kpi(k))}</ul>` : html`<p class="muted">${TEXT.visionNoKpi[l]}</p>`}`;
  }

  private projectTitle(p: Project) {
    const l = this.lang;
    return html`${promoterBadge(l, p.promoter)} ${projectNumbers(l, p)}
      <button class="link project-name" @click=${() => this.selectProject(p.id)}>${nameOf(l, p)}</button>`;
  }

  /** A KPI: its name (selects it), and per split the latest value with progress and status, or base → target where no result is printed. */
  private kpi(kpi: Kpi) {
    const l = this.lang;
    const statuses = splitStatuses(kpi);
    return html`<li data-kpi=${kpi.id}>
      <button class="link" title=${TEXT.select[l]} @click=${() => this.selectKpi(kpi.id)}>${nameOf(l, kpi)}</button>
      ${statuses.some((s) => s.year !== null) ? statuses.map((s) => this.latest(kpi, s)) : statuses.map((s) => this.plan(kpi, s))}
    </li>`;
  }

  private latest(kpi: Kpi, s: SplitStatus) {
    const l = this.lang;
    const when = s.year !== null ? yearLabel(s.year, l) : '';
    return html`<span class="figures" data-split=${s.split} data-status=${s.status}>
      ${SPLIT_LABEL[s.split][l]} ${formatValue(s.value, l)}${kpi.unit_ja} <span class="muted">${when}</span> ${formatPercent(s.progress, l)}
      <span class="status-label status-${s.status}" title=${s.rule[l]}>${STATUS_ICON[s.status]} ${STATUS_LABEL[s.status][l]}</span>
    </span>`;
  }

  /** A KPI of a plan that prints no results yet (003, 004): base → target. */
  private plan(kpi: Kpi, s: SplitStatus) {
    const l = this.lang;
    const base = kpi.base[s.split];
    const target = kpi.target[s.split];
    return html`<span class="figures" data-split=${s.split} data-status=${s.status}>
      ${SPLIT_LABEL[s.split][l]} ${TEXT.base[l]} ${formatValue(base, l)}${kpi.unit_ja} <span class="muted">${yearLabel(kpi.base.year, l)}</span> →
      ${TEXT.target[l]} ${formatValue(target, l)}${kpi.unit_ja} <span class="muted">${targetWhen(kpi, l)}</span>
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
