import { LitElement, css, html, nothing } from 'lit';
import type { ProjectKpi } from '../domain/atlas.ts';
import { yearLabel } from '../domain/era.ts';
import { label, t } from '../domain/i18n.ts';
import { type Split, discrepancies, latest, progress, splitsOf, valueOf } from '../domain/kpi.ts';
import { spanLabel } from '../domain/kpi-view.ts';
import { formatValue } from '../domain/numbers.ts';
import type { Kpi, Lang } from '../domain/types.ts';
import { send } from './events.ts';
import { nameText, unitTpl } from './ja-only.ts';
import { baseStyles } from './styles.ts';

/** KPIs with latest value, target and progress (computed, and as the document prints it). */
export class KpiSummary extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.82rem;
      }
      th,
      td {
        text-align: left;
        padding: 0.2rem 0.3rem;
        border-bottom: 1px solid var(--border);
        vertical-align: top;
      }
      td.num {
        text-align: right;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .via {
        font-size: 0.75rem;
      }
      /* A narrow panel (a tablet's 40 %, a phone's sheet): figures wrap rather than push the table wider. */
      @container (max-width: 420px) {
        table {
          font-size: 0.75rem;
        }
        th,
        td {
          overflow-wrap: anywhere;
          padding: 0.2rem 0.15rem;
        }
        /* Figures break at their spaces only: 1,385 / 千トン, never inside R1（2019）. */
        td.num {
          white-space: normal;
          overflow-wrap: normal;
        }
      }
      .warn {
        color: var(--danger);
      }
    `,
  ];

  static override properties = {
    entries: { attribute: false },
    lang: {},
    headline: { type: Boolean },
  };

  declare entries: ProjectKpi[];
  declare lang: Lang;
  /** One row per KPI, its headline split only: the printed report, which must fit two pages. */
  declare headline: boolean;

  constructor() {
    super();
    this.entries = [];
    this.lang = 'ja';
    this.headline = false;
  }

  override render() {
    if (this.entries.length === 0) return html`<p class="muted">${t(this.lang, 'noKpis')}</p>`;
    const l = this.lang;
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${t(l, 'kpis')}</th>
          <th scope="col">${t(l, 'latest')}</th>
          <th scope="col">${t(l, 'target')}</th>
          <th scope="col">${t(l, 'progress')}</th>
        </tr>
      </thead>
      <tbody>
        ${this.entries.flatMap(({ kpi, via }) =>
          splitsOf(kpi)
            .slice(0, this.headline ? 1 : undefined)
            .map((split, i) => this.row(kpi, split, i === 0 ? via : undefined)),
        )}
      </tbody>
    </table>`;
  }

  private row(kpi: Kpi, split: Split, via: ProjectKpi['via'] | undefined) {
    const l = this.lang;
    const obs = latest(kpi, split);
    const value = obs ? valueOf(obs, split) : null;
    const computed = progress(kpi, value, split);
    const printed = obs ? valueOf(obs.printed_progress, split) : null;
    const slip = obs && discrepancies(kpi).some((d) => d.year === obs.year && d.split === split);
    const target = kpi.target.span
      ? l === 'ja' && kpi.target.label_ja
        ? kpi.target.label_ja
        : spanLabel(kpi.target.span, l)
      : kpi.target.year
        ? yearLabel(kpi.target.year, l)
        : '';
    // The printed report keeps each KPI on one line: the year beside its value.
    const br = this.headline ? ' ' : html`<br />`;
    return html`<tr data-kpi=${kpi.id} data-split=${split}>
      <th scope="row">
        ${
          via !== undefined
            ? html`<button class="kpi-name link" @click=${() => send(this, { type: 'select', selection: { kind: 'kpi', id: kpi.id } })}>${nameText(l, kpi)}</button>
              ${via && !this.headline ? html`<div class="via muted">${t(l, 'kpiVia')}: ${nameText(l, via)}</div>` : nothing}`
            : nothing
        }
        ${this.headline ? nothing : html`<span class="muted">${label(l, 'split', split)}</span>`}
      </th>
      <td class="num">${formatValue(value, l)} ${unitTpl(l, kpi.unit_ja)}${br}<span class="muted">${obs ? yearLabel(obs.year, l) : ''}</span></td>
      <td class="num">${formatValue(valueOf(kpi.target, split), l)} ${unitTpl(l, kpi.unit_ja)}${br}<span class="muted">${target}</span></td>
      <td class="num">
        ${computed === null ? '—' : `${computed.toFixed(1)}%`}
        ${printed !== null ? html`${br}<span class="muted ${slip ? 'warn' : ''}">${t(l, 'printedProgress')} ${printed}%${slip ? ' ⚠' : ''}</span>` : nothing}
      </td>
    </tr>`;
  }
}

customElements.define('kpi-summary', KpiSummary);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-summary': KpiSummary;
  }
}
