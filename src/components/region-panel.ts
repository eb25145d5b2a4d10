import { LitElement, css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { label, t } from '../domain/i18n.ts';
import { PLAN_GENERATIONS, type RegionalData, policyOf, projectsOfArea, renkeiOf } from '../domain/regional.ts';
import type { Lang, PlanDocument, PlanGeneration, RegionalKpi, RegionalProject } from '../domain/types.ts';
import { send } from './events.ts';
import { sourceList } from './format.ts';
import { jaOnlyMark } from './ja-only.ts';
import { baseStyles, panelPart } from './styles.ts';

/** The region whose infrastructure the detailed map draws: the only one with items in the seeds. */
export const DETAILED_REGION = 'renkei-kushiro-nemuro';

/**
 * A 連携地域 or 振興局 of the Hokkaido view: its めざす姿 and the projects and KPIs both plan
 * generations print for it, 003 (H28) beside 004 (R3). 釧路・根室 leads into the detailed map.
 */
export class RegionPanel extends LitElement {
  static override styles = [
    baseStyles,
    panelPart,
    css`
      :host {
        container-type: inline-size;
      }
      h2 {
        font-size: 1.1rem;
        margin: 0 0 0.3rem;
      }
      h3 {
        font-size: 0.95rem;
        margin: 0 0 0.4rem;
        padding-bottom: 0.2rem;
        border-bottom: 2px solid var(--border);
      }
      .generations {
        display: grid;
        grid-template-columns: 1fr;
        gap: 1rem;
      }
      @container (min-width: 40rem) {
        .generations {
          grid-template-columns: 1fr 1fr;
        }
      }
      .vision {
        font-weight: 700;
        margin: 0.2rem 0 0.5rem;
      }
      ol.projects {
        padding-left: 1.2rem;
        margin: 0.4rem 0;
      }
      ol.projects > li {
        margin-bottom: 0.6rem;
      }
      .scope,
      .elsewhere {
        color: var(--muted);
        font-size: 0.78rem;
      }
      ul.measures,
      ul.kpis {
        list-style: none;
        padding-left: 0.3rem;
        margin: 0.15rem 0;
      }
      ul.measures li::before {
        content: '■ ';
      }
      ul.kpis li::before {
        content: '○ ';
      }
      .figures {
        font-variant-numeric: tabular-nums;
      }
      .open-detail {
        margin: 0.6rem 0;
        padding: 0.4rem 0.8rem;
        border: 2px solid var(--accent);
        border-radius: 4px;
        background: var(--panel);
        color: var(--accent);
        font-weight: 700;
      }
      .note {
        font-size: 0.78rem;
      }
      ul.sources,
      details {
        font-size: 0.72rem;
        color: var(--muted);
      }
    `,
  ];

  static override properties = {
    data: { attribute: false },
    documents: { attribute: false },
    area: {},
    lang: {},
  };

  declare data: RegionalData | null;
  declare documents: readonly PlanDocument[];
  /** A 連携地域 or 振興局 id (areas.json). */
  declare area: string | null;
  declare lang: Lang;

  constructor() {
    super();
    this.data = null;
    this.documents = [];
    this.area = null;
    this.lang = 'ja';
  }

  override render() {
    const data = this.data;
    const areaId = this.area;
    const area = data?.areas.find((a) => a.id === areaId);
    const renkei = data && areaId ? renkeiOf(data.areas, areaId) : null;
    if (!data || !area || !renkei) return nothing;
    const l = this.lang;
    const parent = area.level === 'shinkokyoku' ? data.areas.find((a) => a.id === renkei) : undefined;
    return html`<section aria-labelledby="region-title" data-area=${area.id} lang=${ifDefined(l === 'en' ? 'ja' : undefined)}>
      ${jaOnlyMark(l)}
      <h2 id="region-title">${area.name_ja}${parent ? html` <span class="muted">（${parent.name_ja}）</span>` : nothing}</h2>
      ${
        renkei === DETAILED_REGION
          ? html`<button class="open-detail" @click=${this.openDetail}>${t(l, 'regionOpenDetail')}</button>`
          : html`<p class="note muted">${t(l, 'regionNoItems')}</p>`
      }
      <div class="generations">${PLAN_GENERATIONS.map((g) => this.generation(data, area.id, renkei, g))}</div>
    </section>`;
  }

  private generation(data: RegionalData, areaId: string, renkei: string, g: PlanGeneration) {
    const l = this.lang;
    const policy = policyOf(data, renkei, g);
    const projects = projectsOfArea(data, areaId, g);
    return html`<section data-generation=${g}>
      <h3>${label(l, 'generation', g)}</h3>
      ${
        policy
          ? html`<p class="muted">${t(l, 'regionVision')}</p>
            <p class="vision">${policy.vision_ja}</p>
            <details>
              <summary>${t(l, 'regionDirections', { n: policy.directions_ja.length })}</summary>
              <ul>
                ${policy.directions_ja.map((d) => html`<li>${d}</li>`)}
              </ul>
            </details>
            <p data-total=${policy.projects_total}>
              ${t(l, policy.printed === 'main' ? 'regionTotalMain' : 'regionTotal', { n: policy.projects_total, shown: policy.projects.length })}
              ${policy.total_note_ja ? html`<span class="muted">${policy.total_note_ja}</span>` : nothing}
            </p>`
          : nothing
      }
      <ol class="projects">
        ${projects.map(({ project, elsewhere }) => this.project(data, project, elsewhere))}
      </ol>
      ${policy ? sourceList(policy.sources, l, this.documents) : nothing}
    </section>`;
  }

  private project(data: RegionalData, p: RegionalProject, elsewhere: boolean) {
    const l = this.lang;
    const home = data.areas.find((a) => a.id === p.region);
    return html`<li data-project=${p.id}>
      <strong>${p.name_ja}</strong> <span class="scope">【${p.scope_ja}】</span>
      ${elsewhere && home ? html`<span class="elsewhere">${t(l, 'regionPrintedFor', { region: home.name_ja })}</span>` : nothing}
      <ul class="measures" aria-label=${p.measures_label_ja}>
        ${p.measures_ja.map((m) => html`<li>${m}</li>`)}
      </ul>
      <ul class="kpis" aria-label=${p.kpi_label_ja}>
        ${p.kpis.map((k) => this.kpi(k))}
      </ul>
    </li>`;
  }

  private kpi(k: RegionalKpi) {
    return html`<li data-kpi=${k.name_ja}>
      ${k.name_ja}
      ${k.series.map(
        (s) => html`<span class="figures">
          ${s.label_ja ? html`${s.label_ja} ` : nothing}${s.base ? html`${s.base.printed_ja}（${s.base.period_ja}）→ ` : nothing}${s.target.printed_ja}（${s.target.period_ja}）
        </span>`,
      )}
    </li>`;
  }

  /** Into the detailed map of 釧路・根室, with the region chosen there. */
  private openDetail(): void {
    send(this, { type: 'set-overlay', overlay: null });
    send(this, { type: 'select', selection: { kind: 'area', id: DETAILED_REGION } });
  }
}

customElements.define('region-panel', RegionPanel);

declare global {
  interface HTMLElementTagNameMap {
    'region-panel': RegionPanel;
  }
}
