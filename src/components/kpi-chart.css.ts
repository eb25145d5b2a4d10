import { css } from 'lit';

/** The KPI chart's own layout: the SVG drawing, its legend, the data table and the status list. */
export const kpiChartStyles = css`
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 700;
    margin-bottom: 0.3rem;
  }
  .kpi-name {
    font-weight: 700;
  }
  .meta {
    display: block;
    font-weight: 400;
    font-size: 0.78rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.8rem;
    list-style: none;
    margin: 0 0 0.2rem;
    padding: 0;
    font-size: 0.78rem;
  }
  /* The printed report: four charts a row, their legends in the report's small print. */
  .compact .legend {
    font-size: 0.8em;
    gap: 0 0.5em;
  }
  .compact figcaption {
    margin-bottom: 0.1rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.3rem;
  }
  .legend svg {
    width: 28px;
    height: 12px;
  }
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
    max-height: 70vh;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.78rem;
    margin-top: 0.4rem;
  }
  caption {
    text-align: left;
    font-weight: 700;
    padding: 0.2rem 0;
  }
  th,
  td {
    text-align: left;
    padding: 0.15rem 0.3rem;
    border-bottom: 1px solid var(--border);
    vertical-align: top;
  }
  thead th {
    font-weight: 400;
    color: var(--muted);
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  tr.year-row th {
    padding-top: 0.35rem;
    border-bottom-color: transparent;
    font-weight: 700;
  }
  tbody.kind-base tr.year-row th,
  tbody.kind-target tr.year-row th {
    font-style: italic;
  }
  tbody th[scope='row'] {
    font-weight: 400;
    padding-left: 0.8rem;
    white-space: nowrap;
  }
  .printed-label {
    font-size: 0.72rem;
    font-weight: 400;
  }
  .warn {
    color: var(--danger);
    font-weight: 700;
  }
  td[data-slip] {
    background: var(--dangerBg);
  }
  tr.slip-note td {
    color: var(--danger);
    font-size: 0.74rem;
    border-bottom-style: dashed;
  }
  .status {
    list-style: none;
    margin: 0.4rem 0 0;
    padding: 0;
  }
  .status li {
    margin: 0.15rem 0;
  }
  .status-label {
    font-weight: 700;
    white-space: nowrap;
  }
  .rule,
  .note {
    font-size: 0.74rem;
    margin: 0.3rem 0 0;
  }
  .sources {
    font-size: 0.72rem;
    color: var(--muted);
    margin: 0.3rem 0 0;
    padding-left: 1rem;
  }
`;
