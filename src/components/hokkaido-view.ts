import { LitElement, css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BoundaryError, loadRegionBoundaries, type RegionBoundaries } from '../domain/data/regions.ts';
import { type DataIssue, fileIssue, issueText } from '../domain/data/issues.ts';
import { httpFetcher, loadFailure } from '../domain/data/http.ts';
import { regionalCsv } from '../domain/export-regional.ts';
import { nameOf, t } from '../domain/i18n.ts';
import { formatOneDecimal } from '../domain/numbers.ts';
import {
  DEFAULT_MEASURE,
  PLAN_GENERATIONS,
  type RegionMeasure,
  type RegionalData,
  measureKey,
  measureLabel,
  measureRange,
  measureValues,
  projectsOfArea,
  renkeiOf,
  sharedKpis,
  subprefecturesOf,
} from '../domain/regional.ts';
import type { Lang, PlanDocument } from '../domain/types.ts';
import { REGIONS } from '../theme.ts';
import { send } from './events.ts';
import { RegionPickEvent } from './hokkaido-map.ts';
import './hokkaido-map.ts';
import './region-panel.ts';
import { baseStyles, panelPart } from './styles.ts';

/**
 * All of Hokkaido: the 14 振興局 coloured by a chosen measure, the 6 連携地域 outlined, a list of
 * both for the keyboard, and the chosen region's panel (003 → 004). Loaded only when opened.
 */
export class HokkaidoView extends LitElement {
  static override styles = [
    baseStyles,
    panelPart,
    css`
      h2 {
        font-size: 1.1rem;
        margin: 0 0 0.3rem;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(12rem, 1fr);
        gap: 0.8rem;
        align-items: start;
      }
      /* One column: the chosen region's panel comes right under the map, the list of regions after it. */
      @media (max-width: 48rem) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
        .layout nav {
          order: 1;
        }
      }
      .layout > .chosen {
        grid-column: 1 / -1;
      }
      /* Hokkaido is wider than tall: a narrow screen gets a map no taller than it needs. */
      hokkaido-map {
        height: min(70vh, 36rem, 90vw);
        border: 1px solid var(--border);
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin: 0.4rem 0;
      }
      .export {
        font: inherit;
        border: 1px solid var(--border);
        background: var(--panel);
        border-radius: 4px;
      }
      /* The measures' long names must not widen the view past a phone's screen. */
      .controls label {
        min-width: 0;
        max-width: 100%;
      }
      select {
        font: inherit;
        max-width: 100%;
      }
      .legend {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font-size: 0.78rem;
      }
      .ramp {
        width: 9rem;
        height: 0.8rem;
        border: 1px solid var(--border);
      }
      .swatch {
        display: inline-block;
        width: 0.9rem;
        height: 0.8rem;
        border: 1px solid var(--border);
      }
      ul.regions {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      ul.regions ul {
        list-style: none;
        padding-left: 1rem;
        margin: 0 0 0.3rem;
      }
      ul.regions button {
        border: none;
        background: none;
        padding: 0.1rem 0;
        color: var(--accent);
        text-decoration: underline;
        text-align: left;
      }
      ul.regions button[aria-pressed='true'] {
        font-weight: 700;
        color: var(--ink);
      }
      .value {
        color: var(--muted);
        font-variant-numeric: tabular-nums;
      }
      .note,
      .credit {
        font-size: 0.75rem;
      }
      region-panel.chosen {
        margin-top: 0.2rem;
        scroll-margin-top: 0.5rem;
      }
      .error {
        color: var(--danger);
      }
    `,
  ];

  static override properties = {
    data: { attribute: false },
    documents: { attribute: false },
    area: {},
    measure: { attribute: false },
    lang: {},
    compact: { type: Boolean },
    fetchText: { attribute: false },
    boundaries: { state: true },
    failure: { state: true },
  };

  declare data: RegionalData | null;
  declare documents: readonly PlanDocument[];
  /** The chosen 連携地域 or 振興局, or null. */
  declare area: string | null;
  declare measure: RegionMeasure | null;
  declare lang: Lang;
  /**
   * A phone or tablet: the map moves with two fingers (one scrolls the view), and a region chosen
   * is brought into view (its panel is under the map, out of sight on a small screen).
   */
  declare compact: boolean;
  /** How data files are read: over HTTP from data/ (tests give their own). */
  declare fetchText: (path: string) => Promise<string>;
  declare boundaries: RegionBoundaries | null;
  declare failure: DataIssue[] | null;
  private requested = false;

  constructor() {
    super();
    this.data = null;
    this.documents = [];
    this.area = null;
    this.measure = null;
    this.lang = 'ja';
    this.compact = false;
    this.fetchText = (path) => httpFetcher(new URL('data/', document.baseURI).href)(path);
    this.boundaries = null;
    this.failure = null;
    this.addEventListener(RegionPickEvent.type, (e) => this.pick(e.detail));
  }

  override willUpdate(): void {
    if (this.data && !this.requested) {
      this.requested = true;
      void this.loadBoundaries(this.data);
    }
  }

  private async loadBoundaries(data: RegionalData): Promise<void> {
    const ids = (level: string) => new Set(data.areas.filter((a) => a.level === level).map((a) => a.id));
    try {
      this.boundaries = await loadRegionBoundaries(this.fetchText, { subprefectures: ids('shinkokyoku'), renkei: ids('renkei') });
    } catch (e) {
      this.failure = e instanceof BoundaryError ? e.issues : [fileIssue('', loadFailure(e))];
    }
  }

  override render() {
    const data = this.data;
    if (!data) return nothing;
    const l = this.lang;
    const measure = this.measure ?? DEFAULT_MEASURE;
    const result = measureValues(data, measure);
    const range = measureRange(result);
    const values = new Map([...result.values].map(([k, v]) => [k, v.value]));
    const selected = this.area ? subprefecturesOf(data.areas, this.area) : [];
    return html`<section aria-labelledby="hokkaido-title">
      <h2 id="hokkaido-title">${t(l, 'hokkaidoTitle')}</h2>
      <p class="note muted" data-note="per-region">${t(l, 'hokkaidoPerRegion')}</p>
      <div class="controls">
        <label>${t(l, 'hokkaidoMeasure')}
          <select @change=${(e: Event) => this.setMeasure((e.target as HTMLSelectElement).value)}>
            ${this.measures(data).map((m) => html`<option value=${measureKey(m)} lang=${ifDefined(l === 'en' && m.kind === 'kpi' ? 'ja' : undefined)} ?selected=${measureKey(m) === measureKey(measure)}>${this.optionLabel(m)}</option>`)}
          </select>
        </label>
        <button class="export" data-export="regional-csv" @click=${() => this.exportCsv(data)}>${t(l, this.area ? 'hokkaidoExportArea' : 'hokkaidoExportAll')}</button>
        <span class="legend" aria-hidden="true">
          ${this.format(range[0], result.scale)}
          <span class="ramp" style="background: linear-gradient(to right, ${REGIONS.ramp.join(', ')})"></span>
          ${this.format(range[1], result.scale)}${result.unit_ja}
          <span class="swatch" style="background: ${REGIONS.noValue}"></span>${t(l, 'hokkaidoLegendNone')}
        </span>
      </div>
      ${measure.kind === 'kpi' ? html`<p class="note muted">${t(l, 'hokkaidoKpiNote')}</p>` : nothing}
      ${result.conflicts.length ? html`<p class="note muted">${t(l, 'hokkaidoConflict', { names: result.conflicts.map((id) => data.areas.find((a) => a.id === id)?.name_ja ?? id).join('、') })}</p>` : nothing}
      ${this.failure ? html`<p class="error" role="alert">${t(l, 'hokkaidoLoadFailed')}: ${this.failure.map((i) => issueText(i, l)).join(' / ')}</p>` : nothing}
      <div class="layout">
        <div>
          <hokkaido-map
            .subprefectures=${this.boundaries?.subprefectures ?? null}
            .renkei=${this.boundaries?.renkei ?? null}
            .values=${values}
            .range=${range}
            .selected=${selected}
            .credit=${this.boundaries ? t(l, 'creditN03') : ''}
            .lang=${l}
            .cooperative=${this.compact}
          ></hokkaido-map>
          <p class="credit muted" lang="ja">${this.boundaries?.credit ?? ''}</p>
        </div>
        <nav aria-label=${t(l, 'hokkaidoRegions')}>
          <ul class="regions">
            ${data.areas
              .filter((a) => a.level === 'renkei')
              .map(
                (r) => html`<li>
                  ${this.areaButton(r.id, nameOf(l, r))}
                  <ul>
                    ${data.areas.filter((a) => a.level === 'shinkokyoku' && a.parent === r.id).map((s) => html`<li>${this.areaButton(s.id, nameOf(l, s))} <span class="value">${this.valueText(values.get(s.id), result.scale, result.unit_ja)}</span></li>`)}
                  </ul>
                </li>`,
              )}
          </ul>
        </nav>
        ${
          this.area
            ? html`<region-panel class="chosen" .data=${data} .documents=${this.documents} .area=${this.area} .lang=${l}></region-panel>`
            : html`<p class="chosen muted">${t(l, 'hokkaidoChoose')}</p>`
        }
      </div>
    </section>`;
  }

  protected override updated(changed: Map<string, unknown>): void {
    // A region chosen here (not the one a link opened with) on a phone or tablet: its panel, under the map, is scrolled to.
    if (this.compact && this.area && changed.has('area') && changed.get('area') !== undefined) void this.revealPanel();
  }

  private async revealPanel(): Promise<void> {
    const panel = this.renderRoot.querySelector('region-panel');
    // Drawn first: an empty panel at the end of the view could not be scrolled to the top.
    await panel?.updateComplete;
    if (!panel?.isConnected || panel.getBoundingClientRect().top < innerHeight * 0.5) return;
    panel.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  private measures(data: RegionalData): RegionMeasure[] {
    return PLAN_GENERATIONS.flatMap((generation) => [
      { kind: 'projects', generation } as const,
      { kind: 'total', generation } as const,
      ...sharedKpis(data, generation).map((name_ja) => ({ kind: 'kpi', generation, name_ja }) as const),
    ]);
  }

  private optionLabel(m: RegionMeasure): string {
    const gen = m.generation === 'h28-policy' ? '003 H28' : '004 R3';
    return `${gen}: ${measureLabel(m, this.lang)}`;
  }

  private format(v: number, scale: 'count' | 'percent' | 'absolute'): string {
    return scale === 'count' ? String(Math.round(v)) : formatOneDecimal(v, this.lang);
  }

  private valueText(v: number | undefined, scale: 'count' | 'percent' | 'absolute', unit: string): string {
    if (v === undefined) return '–';
    return `${scale === 'percent' && v > 0 ? '+' : ''}${this.format(v, scale)}${unit}`;
  }

  private areaButton(id: string, name: string) {
    return html`<button aria-pressed=${this.area === id ? 'true' : 'false'} data-area=${id} @click=${() => this.choose(id)}>${name}</button>`;
  }

  /** A click on the map: the 連携地域 first; a 振興局 of the chosen 連携地域 on a second click. */
  private pick(subprefecture: string | null): void {
    if (!this.data || !subprefecture) return this.choose(null);
    const renkei = renkeiOf(this.data.areas, subprefecture);
    if (!renkei) return;
    const within = this.area === renkei && subprefecturesOf(this.data.areas, renkei).length > 1;
    this.choose(within ? subprefecture : renkei);
  }

  private choose(id: string | null): void {
    send(this, { type: 'select', selection: id ? { kind: 'area', id } : null });
  }

  /** The chosen area's projects (all of Hokkaido without one) with their KPIs, as CSV. */
  private exportCsv(data: RegionalData): void {
    const projects = this.area ? PLAN_GENERATIONS.flatMap((g) => projectsOfArea(data, this.area!, g).map((p) => p.project)) : data.projects;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([regionalCsv(projects, data.areas, this.lang)], { type: 'text/csv;charset=utf-8' }));
    a.download = `senkon-atlas-hokkaido${this.area ? `-${this.area}` : ''}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  }

  private setMeasure(key: string): void {
    send(this, { type: 'set-region-measure', measure: key });
  }
}

customElements.define('hokkaido-view', HokkaidoView);

declare global {
  interface HTMLElementTagNameMap {
    'hokkaido-view': HokkaidoView;
  }
}
