import { LitElement, css, html, nothing } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import { accuracyLabel, categoryLabel, nameOf, t } from '../domain/i18n.ts';
import { type Report, type ReportTarget, buildReport, isoDate } from '../domain/report.ts';
import type { Lang, Project } from '../domain/types.ts';
import { send } from './events.ts';
import { documentTitle } from '../domain/documents.ts';
import { municipalityNames, projectNumbers, promoterBadge } from './format.ts';
import { jaQuote, nameText } from './ja-only.ts';
import { baseStyles, themeVars } from './styles.ts';
import './kpi-chart.ts';
import './kpi-summary.ts';

/**
 * The A4 report of a municipality (or another area) or a project: a map of where its items lie,
 * counts by category and body, the projects with their KPIs (table and charts), the items, the
 * sources and the date. Shown over the page and printed alone, A4 portrait (print.css).
 */
export class AreaReport extends LitElement {
  // Shown under <body>, outside the app: the theme's custom properties are its own.
  static override styles = [
    themeVars,
    baseStyles,
    css`
      :host {
        display: block;
        background: var(--panel);
        color: var(--ink);
        font-size: 9.5pt;
      }
      .sheet {
        max-width: 186mm;
        margin: 0 auto;
        padding: 8mm 0;
      }
      .tools {
        display: flex;
        gap: 0.5rem;
        justify-content: flex-end;
      }
      .tools button {
        border: 1px solid var(--accent);
        border-radius: 4px;
        background: var(--panel);
        color: var(--accent);
        padding: 0.3rem 0.8rem;
      }
      .tools .print {
        background: var(--accent);
        color: var(--onDark);
      }
      header {
        border-bottom: 2px solid var(--ink);
        margin-bottom: 4mm;
      }
      h1 {
        font-size: 16pt;
        margin: 0;
      }
      header p {
        margin: 1mm 0;
        color: var(--muted);
        font-size: 9pt;
      }
      h2 {
        font-size: 12pt;
        margin: 5mm 0 2mm;
        border-left: 4px solid var(--accent);
        padding-left: 2mm;
      }
      h3 {
        font-size: 10.5pt;
        margin: 3mm 0 1mm;
      }
      figure {
        margin: 0;
        break-inside: avoid;
      }
      /* The map beside the counts: together they take a third of the first page, not half of it. */
      .overview {
        display: grid;
        grid-template-columns: 3fr 2fr;
        gap: 5mm;
        align-items: start;
      }
      figure img {
        width: 100%;
        max-height: 56mm;
        object-fit: contain;
        border: 1px solid var(--border);
      }
      figcaption,
      .note {
        font-size: 8pt;
        color: var(--muted);
      }
      .counts {
        display: grid;
        gap: 3mm;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 9pt;
      }
      th,
      td {
        border-bottom: 1px solid var(--border);
        padding: 0.6mm 1.5mm;
        text-align: left;
        vertical-align: top;
      }
      td.n {
        text-align: right;
      }
      /* A project's section runs on across a page break (kept whole it left half a page blank); its charts and table rows do not split. */
      .project h3 {
        break-after: avoid;
      }
      .charts {
        display: grid;
        grid-template-columns: repeat(4, 1fr);
        gap: 3mm 5mm;
        margin-top: 2mm;
      }
      kpi-chart {
        font-size: 8pt;
        break-inside: avoid;
      }
      ul.plain {
        margin: 0;
        padding-left: 4mm;
        font-size: 9pt;
      }
      .sources {
        font-size: 7pt;
        padding-left: 4mm;
        margin: 0;
      }
      .sources li {
        margin-bottom: 0.6mm;
      }
      @media print {
        .tools {
          display: none;
        }
        .sheet {
          padding: 0;
        }
      }
    `,
  ];

  static override properties = {
    atlas: { attribute: false },
    target: { attribute: false },
    lang: {},
    mapImage: { attribute: false },
    attribution: {},
    date: { attribute: false },
  };

  declare atlas: Atlas | null;
  declare target: ReportTarget | null;
  declare lang: Lang;
  /** A PNG data URL of the map framed on the items, or null when the map could not be drawn. */
  declare mapImage: string | null;
  /** The credits of what the map shows, printed under it. */
  declare attribution: string;
  declare date: Date;

  constructor() {
    super();
    this.atlas = null;
    this.target = null;
    this.lang = 'ja';
    this.mapImage = null;
    this.attribution = '';
    this.date = new Date();
  }

  override render() {
    const report = this.atlas && this.target ? buildReport(this.atlas, this.target) : null;
    if (!report || !this.atlas) return nothing;
    const lang = this.lang;
    const name = `${report.numbers.length ? `${report.numbers.join(' ')} ` : ''}${nameOf(lang, report)}`;
    return html`<article class="sheet" data-report=${`${report.target.kind}:${report.target.id}`}>
      <div class="tools">
        <button class="print" @click=${() => window.print()}>${t(lang, 'reportPrint')}</button>
        <button class="close" @click=${() => send(this, { type: 'set-overlay', overlay: null })}>${t(lang, 'close')}</button>
      </div>
      <header>
        <h1>${name}</h1>
        <p>${t(lang, 'appTitle')} — ${t(lang, 'report')} ・ ${t(lang, 'reportDate')}: <time>${isoDate(this.date)}</time></p>
      </header>
      <div class="overview">${this.map(lang)}<div>${this.counts(report, lang)}</div></div>
      ${this.projects(report, lang)} ${this.items(report, lang)} ${this.sources(report, lang)}
    </article>`;
  }

  private map(lang: Lang) {
    return html`<div>
      <h2>${t(lang, 'reportMap')}</h2>
      ${
        this.mapImage
          ? html`<figure>
            <img src=${this.mapImage} alt=${t(lang, 'reportMap')} />
            <figcaption>${t(lang, 'reportMapNote')} ${this.attribution}</figcaption>
          </figure>`
          : html`<p class="note">${t(lang, 'reportNoMap')}</p>`
      }
    </div>`;
  }

  private counts(r: Report, lang: Lang) {
    const atlas = this.atlas!;
    const row = (label: string, n: number) => html`<tr><td>${label}</td><td class="n">${n}</td></tr>`;
    return html`<h2>${t(lang, 'areaSummary')} (${r.items.length})</h2>
      <div class="counts">
        <table data-counts="category">
          <thead><tr><th>${t(lang, 'byCategory')}</th><th></th></tr></thead>
          <tbody>${r.byCategory.map(([c, n]) => row(categoryLabel(lang, c), n))}</tbody>
        </table>
        <table data-counts="body">
          <thead><tr><th>${t(lang, 'byBody')}</th><th></th></tr></thead>
          <tbody>${r.byBody.map(([b, n]) => row(nameOf(lang, atlas.bodyById.get(b) ?? { name_ja: b }), n))}</tbody>
        </table>
      </div>`;
  }

  /**
   * The projects with KPIs, each with its table (headline figures) and charts; those without KPIs
   * in one list, so five empty sections do not take half a page.
   */
  private projects(r: Report, lang: Lang) {
    const heading = (project: Project) =>
      html`${promoterBadge(lang, project.promoter)} ${projectNumbers(lang, project)} ${nameText(lang, project)}`;
    const withKpis = r.projects.filter((p) => p.kpis.length);
    const without = r.projects.filter((p) => !p.kpis.length);
    return html`<h2>${t(lang, 'projects')} (${r.projects.length})</h2>
      ${withKpis.map(
        ({ project, kpis }) => html`<section class="project" data-project=${project.id}>
          <h3>${heading(project)}</h3>
          <kpi-summary .entries=${kpis} .lang=${lang} .headline=${true}></kpi-summary>
          <div class="charts">${kpis.map(({ kpi }) => html`<kpi-chart .compact=${true} .kpi=${kpi} .lang=${lang} .documents=${this.atlas!.data.documents}></kpi-chart>`)}</div>
        </section>`,
      )}
      ${withKpis.length ? html`<p class="note">${t(lang, 'reportHeadline')}</p>` : nothing}
      ${
        without.length
          ? html`<h3>${t(lang, 'reportNoKpiProjects')}</h3>
            <ul class="plain">
              ${without.map(({ project }) => html`<li data-project=${project.id}>${heading(project)}</li>`)}
            </ul>`
          : nothing
      }`;
  }

  private items(r: Report, lang: Lang) {
    const atlas = this.atlas!;
    return html`<h2>${t(lang, 'reportItems')} (${r.items.length})</h2>
      <table data-items>
        <thead>
          <tr><th>${t(lang, 'name')}</th><th>${t(lang, 'category')}</th><th>${t(lang, 'municipality')}</th><th>${t(lang, 'body')}</th><th>${t(lang, 'accuracy')}</th></tr>
        </thead>
        <tbody>
          ${r.items.map((i) => {
            const p = i.properties;
            return html`<tr data-item=${p.id}>
              <td>${nameText(lang, p)}</td>
              <td>${categoryLabel(lang, p.category)}</td>
              <td>${p.municipalities.length ? municipalityNames(atlas, lang, p.municipalities) : t(lang, 'regionWide')}</td>
              <td>${nameOf(lang, atlas.bodyById.get(p.body) ?? { name_ja: p.body })}</td>
              <td>${i.geometry ? accuracyLabel(lang, p.accuracy) : t(lang, 'unlocated')}</td>
            </tr>`;
          })}
        </tbody>
      </table>`;
  }

  /** Each document once, with the sections cited from it (a list per source took a page). */
  private sources(r: Report, lang: Lang) {
    const documents = this.atlas!.data.documents;
    const byFile = new Map<string, string[]>();
    for (const s of r.sources) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s.section]);
    return html`<h2>${t(lang, 'sources')}</h2>
      <ul class="sources">
        ${[...byFile].map(
          ([file, sections]) =>
            html`<li data-file=${file}>${documentTitle(documents, file, lang)}: ${jaQuote(lang, sections.join(lang === 'ja' ? '／' : ' / '))}</li>`,
        )}
      </ul>
      <p class="note">${t(lang, 'attributionData')}</p>`;
  }
}

customElements.define('area-report', AreaReport);

declare global {
  interface HTMLElementTagNameMap {
    'area-report': AreaReport;
  }
}
