import { LitElement, html, nothing, svg } from 'lit';
import { shortEra, yearLabel } from '../domain/era.ts';
import { label, t, withUnit } from '../domain/i18n.ts';
import type { Discrepancy } from '../domain/kpi.ts';
import {
  type ChartFrame,
  type ChartSeries,
  type SplitStatus,
  type TableCell,
  type TableRow,
  STATUS_ICON,
  chartFrame,
  chartSeries,
  slipNote,
  splitStatuses,
  tableRows,
} from '../domain/kpi-view.ts';
import { formatPercent, formatValue } from '../domain/numbers.ts';
import type { Kpi, Lang, PlanDocument } from '../domain/types.ts';
import { KPI_CHART, KPI_SPLIT_STYLE, type MarkerShape } from '../theme.ts';
import { send } from './events.ts';
import { kpiChartStyles } from './kpi-chart.css.ts';
import { sourceList } from './format.ts';
import { jaText, nameText, unitTpl } from './ja-only.ts';
import { baseStyles, kpiStatusStyles, panelPart } from './styles.ts';

/** The drawing's own coordinate system; the SVG scales to its box (a 400 px panel or a projector). */
const W = 400;
const H = 220;
const PAD = { left: 50, right: 14, top: 18, bottom: 34 };
/** "(2015)" at the axis font size is about 32 units wide. */
const MIN_LABEL_GAP = 36;

/**
 * One KPI at a glance: an SVG chart of base, yearly values and target per split (釧路 / 根室 /
 * 計), the data table as its text alternative, with computed beside printed progress and a ⚠
 * note wherever the two disagree, and the status with its rule.
 */
export class KpiChart extends LitElement {
  static override styles = [baseStyles, panelPart, kpiStatusStyles, kpiChartStyles];

  static override properties = {
    kpi: { attribute: false },
    lang: {},
    documents: { attribute: false },
    compact: { type: Boolean },
  };

  declare kpi: Kpi | null;
  declare lang: Lang;
  /** The seed documents' titles, for the sources in words. */
  declare documents: readonly PlanDocument[];
  /** The chart alone, for a printed report that gives the values and sources in its own tables. */
  declare compact: boolean;

  constructor() {
    super();
    this.kpi = null;
    this.lang = 'ja';
    this.documents = [];
    this.compact = false;
  }

  override render() {
    const kpi = this.kpi;
    if (!kpi) return nothing;
    const l = this.lang;
    const series = chartSeries(kpi);
    const frame = chartFrame(kpi, series);
    return html`<figure data-kpi=${kpi.id} class=${this.compact ? 'compact' : ''}>
      <figcaption id="caption">
        <button class="kpi-name link" title=${t(l, 'kpiSelect')} @click=${this.select}>${nameText(l, kpi)}</button>
        <span class="meta muted">${unitTpl(l, kpi.unit_ja)}${l === 'ja' ? '・' : ' · '}${label(l, 'generation', kpi.generation)}</span>
      </figcaption>
      ${this.legend(kpi, series)}
      <svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="caption chart-desc" font-family="inherit">
        <desc id="chart-desc">${t(l, 'chartDesc')}</desc>
        ${this.band(kpi, frame)} ${this.axes(kpi, frame)} ${this.targets(kpi, series, frame)} ${series.map((s) => this.line(kpi, s, frame))}
      </svg>
      ${this.compact ? nothing : this.details(kpi)}
    </figure>`;
  }

  private details(kpi: Kpi) {
    const l = this.lang;
    return html`${this.table(kpi)} ${this.status(kpi)}
      ${kpi.note_ja ? html`<p class="note">${t(l, 'chartNote')}${l === 'ja' ? '：' : ': '}${jaText(l, kpi.note_ja)}</p>` : nothing} ${sourceList(kpi.sources, l, this.documents)}`;
  }

  // ------------------------------------------------------------ chart

  private legend(kpi: Kpi, series: ChartSeries[]) {
    const l = this.lang;
    const cumulative = kpi.target.span !== undefined;
    const slipped = series.some((s) => s.points.some((p) => p.slip));
    return html`<ul class="legend">
      ${series.map(
        (s) => html`<li>
          <svg viewBox="0 0 28 12" aria-hidden="true">
            <line x1="1" y1="6" x2="27" y2="6" stroke=${KPI_SPLIT_STYLE[s.split].color} stroke-width="2" />
            ${marker(KPI_SPLIT_STYLE[s.split].marker, 14, 6, 4, KPI_SPLIT_STYLE[s.split].color, true)}
          </svg>
          ${label(l, 'split', s.split)}
        </li>`,
      )}
      <li>
        <svg viewBox="0 0 28 12" aria-hidden="true">
          <line x1="1" y1="6" x2="27" y2="6" stroke=${KPI_CHART.axis} stroke-width="1.5" stroke-dasharray="4 3" />
        </svg>
        ${t(l, 'target')}
      </li>
      <li>
        <svg viewBox="0 0 28 12" aria-hidden="true">${marker('circle', 14, 6, 4, KPI_CHART.axis, false)}</svg>
        ${t(l, 'chartHollow')}
      </li>
      ${
        cumulative
          ? html`<li>
            <svg viewBox="0 0 28 12" aria-hidden="true"><rect x="1" y="1" width="26" height="10" fill=${KPI_CHART.targetBand} /></svg>
            ${t(l, 'chartTargetSpan')}
          </li>`
          : nothing
      }
      ${slipped ? html`<li><span class="warn" aria-hidden="true">⚠</span> ${t(l, 'chartSlip')}</li>` : nothing}
    </ul>`;
  }

  private axes(kpi: Kpi, frame: ChartFrame) {
    const [x, y] = scales(frame);
    const [first, last] = frame.years;
    const left = PAD.left;
    const right = W - PAD.right;
    return svg`<g class="axes" font-size="10" fill=${KPI_CHART.axis}>
      ${frame.yTicks.map(
        (v) => svg`<line x1=${left} x2=${right} y1=${y(v)} y2=${y(v)} stroke=${KPI_CHART.grid} />
          <text x=${left - 4} y=${y(v) + 3.5} text-anchor="end">${formatValue(v, this.lang)}</text>`,
      )}
      <text x=${left - 4} y=${PAD.top - 7} text-anchor="end">${unitTpl(this.lang, kpi.unit_ja)}</text>
      <line x1=${left} x2=${right} y1=${y(0)} y2=${y(0)} stroke=${KPI_CHART.axis} />
      ${Array.from({ length: last - first + 1 }, (_, i) => first + i).map((yr) => svg`<line x1=${x(yr)} x2=${x(yr)} y1=${y(0)} y2=${y(0) + 3} stroke=${KPI_CHART.axis} />`)}
      ${spaced(frame.labelledYears, x).map(
        (yr) =>
          svg`<text x=${x(yr)} y=${H - PAD.bottom + 14} text-anchor="middle">${shortEra(yr)} <tspan x=${x(yr)} dy="11">(${yr})</tspan></text>`,
      )}
    </g>`;
  }

  /** A cumulative target's span (H28〜R2累計) as a band; drawn first, so the grid and the lines stay visible over it. */
  private band(kpi: Kpi, frame: ChartFrame) {
    const span = kpi.target.span;
    if (!span) return nothing;
    const [x] = scales(frame);
    return svg`<g class="band">
      <rect x=${x(span[0]) - 4} y=${PAD.top} width=${x(span[1]) - x(span[0]) + 8} height=${H - PAD.top - PAD.bottom} fill=${KPI_CHART.targetBand} />
      <text x=${x(span[0])} y=${PAD.top - 7} font-size="10" fill=${KPI_CHART.axis}>${shortEra(span[0])}〜${shortEra(span[1])}${t(this.lang, 'chartCumulative')}</text>
    </g>`;
  }

  /** Targets as dashed lines at the target level, over the period (base year → target year, or the span), ending in a hollow marker. */
  private targets(kpi: Kpi, series: ChartSeries[], frame: ChartFrame) {
    const [x, y] = scales(frame);
    return series.flatMap((s) => {
      if (!s.target) return [];
      const { color, marker: shape } = KPI_SPLIT_STYLE[s.split];
      const target = s.target;
      const title = `${t(this.lang, 'target')} ${label(this.lang, 'split', s.split)} ${withUnit(this.lang, formatValue(target.value, this.lang), kpi.unit_ja)}`;
      return [
        svg`<g class="target" data-split=${s.split}>
          <title>${title}</title>
          <line x1=${x(target.from)} x2=${x(target.to)} y1=${y(target.value)} y2=${y(target.value)} stroke=${color} stroke-width="1.5" stroke-dasharray="5 3" />
          ${marker(shape, x(target.to), y(target.value), 4.5, color, false)}
        </g>`,
      ];
    });
  }

  private line(kpi: Kpi, s: ChartSeries, frame: ChartFrame) {
    const [x, y] = scales(frame);
    const { color, marker: shape } = KPI_SPLIT_STYLE[s.split];
    const l = this.lang;
    const path = s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
    return svg`<g class="series" data-split=${s.split}>
      <path d=${path} fill="none" stroke=${color} stroke-width="2" stroke-linejoin="round" />
      ${s.points.map(
        (p) => svg`<g class="point" data-year=${p.year}>
          <title>${yearLabel(p.year, l)} ${label(l, 'split', s.split)} ${withUnit(l, formatValue(p.value, l), kpi.unit_ja)}${p.slip ? ' ⚠' : ''}</title>
          ${marker(shape, x(p.year), y(p.value), 4, color, p.kind === 'observation')}
          ${p.slip ? svg`<text class="slip" x=${x(p.year)} y=${y(p.value) - 8} text-anchor="middle" font-size="11" fill=${KPI_CHART.slip}>⚠</text>` : nothing}
        </g>`,
      )}
    </g>`;
  }

  // ------------------------------------------------------------ table

  private table(kpi: Kpi) {
    const l = this.lang;
    const rows = tableRows(kpi);
    return html`<table>
      <caption>
        ${t(l, 'chartTable')}${l === 'ja' ? `（${kpi.unit_ja}）` : html` (${unitTpl(l, kpi.unit_ja)})`}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t(l, 'chartSplit')}</th>
          <th scope="col" class="num">${t(l, 'chartValue')}</th>
          <th scope="col" class="num">${t(l, 'chartComputed')}</th>
          <th scope="col" class="num">${t(l, 'chartPrinted')}</th>
        </tr>
      </thead>
      ${rows.map((row, i) => this.rowGroup(kpi, row, i))}
    </table>`;
  }

  private rowGroup(kpi: Kpi, row: TableRow, index: number) {
    const l = this.lang;
    const noteId = (cell: TableCell, n: number) => `slip-${index}-${cell.split}-${n}`;
    const notes = row.cells.flatMap((cell) => [...cell.valueSlips, ...cell.printedSlips].map((d, n) => ({ id: noteId(cell, n), d })));
    return html`<tbody class="kind-${row.kind}" data-kind=${row.kind} data-year=${row.year}>
      <tr class="year-row">
        <th scope="rowgroup" colspan="4">
          ${row.label[l]}${row.printedLabel ? html` <span class="printed-label muted">《${row.printedLabel}》</span>` : nothing}
        </th>
      </tr>
      ${row.cells.map(
        (cell) => html`<tr data-split=${cell.split}>
          <th scope="row">${label(l, 'split', cell.split)}</th>
          ${this.slipCell(formatValue(cell.value, l), cell.valueSlips, 'sum', (n) => noteId(cell, n))}
          <td class="num">${formatPercent(cell.computed, l)}</td>
          ${this.slipCell(cell.printed === null ? '—' : `${cell.printed}%`, cell.printedSlips, 'progress', (n) => noteId(cell, cell.valueSlips.length + n))}
        </tr>`,
      )}
      ${notes.map(({ id, d }) => html`<tr class="slip-note"><td colspan="4" id=${id}>⚠ ${slipNote(kpi, d, l)}</td></tr>`)}
    </tbody>`;
  }

  /** A value or printed progress; with ⚠, a tint and a link to its note when the document disagrees with itself. */
  private slipCell(text: string, slips: Discrepancy[], kind: Discrepancy['kind'], id: (n: number) => string) {
    if (slips.length === 0) return html`<td class="num">${text}</td>`;
    return html`<td class="num" data-slip=${kind} aria-describedby=${slips.map((_, n) => id(n)).join(' ')}>${text} <span class="warn">⚠</span></td>`;
  }

  // ------------------------------------------------------------ status

  private status(kpi: Kpi) {
    const l = this.lang;
    return html`<section aria-label=${t(l, 'chartStatus')}>
      <ul class="status">
        ${splitStatuses(kpi).map((s) => this.statusItem(s))}
      </ul>
      <p class="rule muted">${t(l, 'statusRule')}</p>
    </section>`;
  }

  private statusItem(s: SplitStatus) {
    const l = this.lang;
    return html`<li data-split=${s.split} data-status=${s.status}>
      <span class="status-label status-${s.status}">${STATUS_ICON[s.status]} ${label(l, 'split', s.split)} ${label(l, 'status', s.status)}</span>
      <span class="muted">— ${s.rule[l]}</span>
    </li>`;
  }

  // ------------------------------------------------------------ handlers

  private select(): void {
    if (this.kpi) send(this, { type: 'select', selection: { kind: 'kpi', id: this.kpi.id } });
  }
}

/** Year → x and value → y in the drawing's coordinates. */
function scales(frame: ChartFrame): [(year: number) => number, (value: number) => number] {
  const [first, last] = frame.years;
  const lo = frame.yTicks[0] ?? 0;
  const hi = frame.yTicks.at(-1) ?? 1;
  // Half a year of room at each end, so the first and last markers and labels are not clipped.
  const x = (year: number) => PAD.left + ((year - first + 0.5) / (last - first + 1)) * (W - PAD.left - PAD.right);
  const y = (value: number) => H - PAD.bottom - ((value - lo) / (hi - lo || 1)) * (H - PAD.top - PAD.bottom);
  return [x, y];
}

/** Year labels at least a label's width apart: on a long axis some are left out (the table has every year); the last, the target's, stays. */
function spaced(years: readonly number[], x: (year: number) => number): number[] {
  const out: number[] = [];
  for (const [i, yr] of years.entries()) {
    const last = i === years.length - 1;
    if (last) while (out.length > 0 && x(yr) - x(out.at(-1)!) < MIN_LABEL_GAP) out.pop();
    if (last || out.length === 0 || x(yr) - x(out.at(-1)!) >= MIN_LABEL_GAP) out.push(yr);
  }
  return out;
}

/** A split's marker: the shape tells the splits apart without colour; hollow for base and target, filled for results. */
function marker(shape: MarkerShape, cx: number, cy: number, r: number, color: string, filled: boolean) {
  const fill = filled ? color : KPI_CHART.background;
  switch (shape) {
    case 'circle':
      return svg`<circle cx=${cx} cy=${cy} r=${r} fill=${fill} stroke=${color} stroke-width="1.5" />`;
    case 'square':
      return svg`<rect x=${cx - r} y=${cy - r} width=${2 * r} height=${2 * r} fill=${fill} stroke=${color} stroke-width="1.5" />`;
    case 'triangle':
      return svg`<polygon points="${cx},${cy - r * 1.2} ${cx + r * 1.1},${cy + r * 0.8} ${cx - r * 1.1},${cy + r * 0.8}" fill=${fill} stroke=${color} stroke-width="1.5" />`;
  }
}

customElements.define('kpi-chart', KpiChart);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-chart': KpiChart;
  }
}
