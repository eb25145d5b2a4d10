import { css, html, nothing } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import { nameOf, t } from '../domain/i18n.ts';
import { formatValue } from '../domain/numbers.ts';
import type { Lang } from '../domain/types.ts';
import { miniKpi } from '../map/handout-parts.ts';
import { unitTpl } from './ja-only.ts';

/**
 * The KPIs of a summary scene as one compact table — name, base, latest result and target, each
 * with its year — so the audience sees the figures themselves, not only their count, without a
 * chart per KPI (five charts would not fit the card at 1280×720, and a clicker cannot scroll).
 */
export function tourKpiTable(ids: readonly string[] | undefined, atlas: Atlas, lang: Lang) {
  const rows = (ids ?? []).flatMap((id) => {
    const kpi = atlas.kpiById.get(id);
    const mini = kpi ? miniKpi(kpi, lang, nameOf(lang, kpi)) : null;
    return kpi && mini ? [{ id, mini }] : [];
  });
  if (!rows.length) return nothing;
  const figure = (value: number | null, label?: string) =>
    html`${formatValue(value, lang)}${label ? html`<span class="when">（${label}）</span>` : nothing}`;
  return html`<table class="kpi-table" aria-label=${t(lang, 'tourKpi')}>
    <thead>
      <tr>
        <th scope="col">${t(lang, 'tourKpi')}</th>
        <th scope="col">${t(lang, 'tourKpiBase')}</th>
        <th scope="col">${t(lang, 'tourKpiLatest')}</th>
        <th scope="col">${t(lang, 'tourKpiTarget')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(({ id, mini }) => {
        const base = mini.bars[0]!;
        const latest = mini.bars.length > 1 ? mini.bars[mini.bars.length - 1] : undefined;
        return html`<tr data-kpi=${id}>
          <th scope="row">${mini.title}<span class="unit">（${unitTpl(lang, mini.unit)}）</span></th>
          <td>${figure(base.value, base.label)}</td>
          <td>${figure(latest?.value ?? null, latest?.label)}</td>
          <td>${figure(mini.target)}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** The table's look inside the tour card (whose styles include it). */
export const tourKpiTableStyles = css`
  table.kpi-table {
    width: 100%;
    margin-top: 0.5em;
    border-collapse: collapse;
    font-size: 0.82em;
    line-height: 1.3;
  }
  .kpi-table th,
  .kpi-table td {
    padding: 0.2em 0.3em;
    border-bottom: 1px solid var(--border);
    text-align: right;
    vertical-align: top;
  }
  .kpi-table th[scope='row'],
  .kpi-table thead th:first-child {
    text-align: left;
    font-weight: normal;
  }
  .kpi-table .when,
  .kpi-table .unit {
    color: var(--muted);
    font-size: 0.85em;
  }
`;
