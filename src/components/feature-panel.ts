import { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { summariseArea } from '../domain/area-summary.ts';
import type { Atlas, ProjectKpi } from '../domain/atlas.ts';
import type { Item } from '../domain/data/validate.ts';
import { accuracyLabel, categoryLabel, joinList, nameOf, promoterLabel, t } from '../domain/i18n.ts';
import { formatOneDecimal } from '../domain/numbers.ts';
import type { Selection } from '../domain/state.ts';
import type { Area, Category, Kpi, Lang, Project } from '../domain/types.ts';
import { appContext } from './context.ts';
import { send } from './events.ts';
import { formatNumber, municipalityNames, projectNumbers, promoterBadge, sourceList } from './format.ts';
import { jaOnlyMark, jaQuote, jaText, nameText } from './ja-only.ts';
import { featurePanelStyles } from './feature-panel.css.ts';
import { baseStyles } from './styles.ts';
import './kpi-summary.ts';
import './panel-actions.ts';
import { ensure, loadActivityList, loadKpiChart } from './lazy.ts';

/** The details of what is selected: an item (with its projects and their KPIs) or a project. */
export class FeaturePanel extends LitElement {
  static override styles = [baseStyles, featurePanelStyles];

  private readonly ctx = new ContextConsumer(this, { context: appContext, subscribe: true });

  override render() {
    const v = this.ctx.value;
    const sel = v?.state.selection;
    if (!v?.atlas || !sel) return nothing;
    const lang = v.state.lang;
    // Only the title is announced when what is shown changes (a whole-panel live region would read it all).
    return html`<section role="region" aria-labelledby="panel-title">
      <button class="close" aria-label=${t(lang, 'close')} @click=${this.close}>✕</button>
      ${this.body(v.atlas, sel, lang)}
      <p class="visually-hidden" role="status" id="announce"></p>
    </section>`;
  }

  private shownTitle: string | null = null;

  override updated(): void {
    const h2 = this.renderRoot.querySelector('h2');
    if (!h2) return;
    h2.id = 'panel-title';
    // Focusable by script: the panel's heading is where the focus goes when it opens.
    h2.tabIndex = -1;
    const title = h2.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    // The first title is read as the focus lands on it; later ones (a project chosen inside) are announced.
    if (this.shownTitle !== null && title !== this.shownTitle) this.renderRoot.querySelector('#announce')!.textContent = title;
    this.shownTitle = title;
  }

  /** Focus goes to the heading: a screen reader reads the title, then the panel from there. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('h2')?.focus(options);
  }

  private body(atlas: Atlas, sel: Selection, lang: Lang) {
    if (sel.kind === 'item') {
      const item = atlas.itemById.get(sel.id);
      return item ? this.item(atlas, item, lang) : nothing;
    }
    if (sel.kind === 'project') {
      const p = atlas.projectById.get(sel.id);
      return p ? this.project(atlas, p, lang) : nothing;
    }
    if (sel.kind === 'kpi') {
      const kpi = atlas.kpiById.get(sel.id);
      return kpi ? this.kpi(atlas, kpi, lang) : nothing;
    }
    if (sel.kind === 'context') return this.context(atlas, sel.id, lang);
    const area = atlas.areaById.get(sel.id);
    return area ? this.area(atlas, area, lang) : nothing;
  }

  /** A context feature: what it is, how exact, and where that comes from. */
  private context(atlas: Atlas, id: string, lang: Lang) {
    const f = Object.values(atlas.data.context)
      .flat()
      .find((x) => x.properties.id === id);
    if (!f) return nothing;
    const p = f.properties;
    return html`<h2 data-context=${p.id} title=${nameOf(lang, p)}>${nameText(lang, p)}</h2>
      <dl>
        <dt>${t(lang, 'kind')}</dt>
        <dd>${jaQuote(lang, p.kind)}</dd>
        <dt>${t(lang, 'accuracy')}</dt>
        <dd>${accuracyLabel(lang, p.accuracy)}</dd>
        <dt>${t(lang, 'represents')}</dt>
        <dd>${jaText(lang, p.represents_ja)}</dd>
      </dl>
      <h3>${t(lang, 'sources')}</h3>
      ${sourceList(p.sources, lang, atlas.data.documents)}
      <p class="sources">${t(lang, 'geometryBasis')}: ${jaText(lang, p.geometry_basis)}</p>`;
  }

  private item(atlas: Atlas, item: Item, lang: Lang) {
    const p = item.properties;
    if (p.imported) return this.importedItem(p, lang);
    const body = atlas.bodyById.get(p.body);
    const projects = atlas.projectsOfItem(item);
    return html`<h2 data-item=${p.id} title=${nameOf(lang, p)}>${nameText(lang, p)}</h2>
      <dl>
        <dt>${t(lang, 'category')}</dt>
        <dd>${categoryLabel(lang, p.category)}</dd>
        <dt>${t(lang, 'work')}</dt>
        <dd>${jaText(lang, p.work_ja)}</dd>
        ${p.program_ja ? html`<dt>${t(lang, 'program')}</dt><dd>${jaText(lang, p.program_ja)}</dd>` : nothing}
        <dt>${t(lang, 'municipality')}</dt>
        <dd>${p.municipalities.length ? municipalityNames(atlas, lang, p.municipalities) : t(lang, 'regionWide')}</dd>
        <dt>${t(lang, 'body')}</dt>
        <dd>${body ? nameText(lang, body) : p.body} ${p.body_basis === 'project-promoter' ? html`<span class="muted">${t(lang, 'bodyFromPromoter')}</span>` : nothing}</dd>
        <dt>${t(lang, 'accuracy')}</dt>
        <dd>${item.geometry ? accuracyLabel(lang, p.accuracy) : t(lang, 'unlocatedNote')}</dd>
        ${item.geometry ? html`<dt>${t(lang, 'represents')}</dt><dd>${jaText(lang, p.represents_ja)}</dd>` : nothing}
      </dl>
      <h3>${t(lang, 'projects')}</h3>
      <ul class="projects">
        ${projects.map((pr) => html`<li>${promoterBadge(lang, pr.promoter)} ${this.projectLink(pr, lang)}</li>`)}
      </ul>
      <h3>${t(lang, 'kpis')}</h3>
      ${this.kpis(kpisOf(atlas, projects), lang, atlas.data.documents)}
      <h3>${t(lang, 'sources')}</h3>
      ${sourceList(p.sources, lang, atlas.data.documents)}
      <p class="sources">${t(lang, 'geometryBasis')}: ${jaText(lang, p.geometry_basis)}</p>`;
  }

  private project(atlas: Atlas, p: Project, lang: Lang) {
    const items = atlas.itemsOfProject(p.id);
    const bodies = (ids: string[]) =>
      joinList(
        lang,
        ids.map((id) => {
          const b = atlas.bodyById.get(id);
          return b ? nameOf(lang, b) : id;
        }),
      );
    return html`<h2 data-project=${p.id} title=${nameOf(lang, p)}>${promoterBadge(lang, p.promoter)} ${projectNumbers(lang, p)} ${nameText(lang, p)}</h2>
      ${this.actions('project', p.id, lang)}
      ${
        p.reprints.length
          ? html`<p class="muted" data-reprints>${p.reprints.map((r) => t(lang, 'reprints', { n: formatNumber(lang, r.number), of: formatNumber(lang, r.of) })).join(' / ')}</p>`
          : nothing
      }
      <dl>
        <dt>${t(lang, 'promoter')}</dt>
        <dd>${promoterLabel(lang, p.promoter)}</dd>
        <dt>${t(lang, 'goals')}</dt>
        <dd>${p.goals
          .map((g) => atlas.goalById.get(g))
          .filter((g) => g)
          .map((g) => `${g!.number} ${nameOf(lang, g!)}`)
          .join(' / ')}</dd>
      </dl>
      <h3>${t(lang, 'summary')}</h3>
      <p>${jaText(lang, p.summary_ja)}</p>
      <h3>${t(lang, 'initiatives')} ${jaOnlyMark(lang)}</h3>
      ${p.initiatives.map(
        (i) => html`<section class="initiative">
          <h4>○${jaQuote(lang, i.heading_ja)}</h4>
          <ul lang=${ifDefined(lang === 'en' ? 'ja' : undefined)}>${i.items_ja.map((x) => html`<li>${x}</li>`)}</ul>
          <p class="muted">${t(lang, 'body')}: ${bodies(i.bodies)}</p>
        </section>`,
      )}
      ${
        p.cocreation.length
          ? html`<h3>${t(lang, 'cocreation')} ${jaOnlyMark(lang)}</h3>
            ${p.cocreation.map(
              (c) => html`<section class="cocreation">
                <h4>${jaQuote(lang, c.title_ja)}</h4>
                <p>${t(lang, 'content')}: ${jaQuote(lang, c.content_ja)}</p>
                <p class="muted">${t(lang, 'structure')}: ${jaQuote(lang, c.structure_ja)}</p>
              </section>`,
            )}`
          : nothing
      }
      <h3>${t(lang, 'items')} (${items.length})</h3>
      <ul>
        ${items.map((i) => html`<li><button class="link" @click=${() => this.select('item', i.properties.id)}>${nameText(lang, i.properties)}</button></li>`)}
      </ul>
      <h3>${t(lang, 'kpis')}</h3>
      ${this.kpis(atlas.kpisOfProject(p.id), lang, atlas.data.documents)}
      ${atlas.kpisOfProject(p.id).length && ensure(loadActivityList) ? html`<h3>${t(lang, 'activities')}</h3><activity-list .atlas=${atlas} .lang=${lang} .project=${p.id}></activity-list>` : nothing}
      <h3>${t(lang, 'sources')}</h3>
      ${sourceList(p.sources, lang, atlas.data.documents)}`;
  }

  /** A user's feature: its file and its own attributes, as text. */
  private importedItem(p: Item['properties'], lang: Lang) {
    return html`<h2 data-item=${p.id} title=${nameOf(lang, p)}>${nameOf(lang, p)}</h2>
      <dl>
        <dt>${t(lang, 'category')}</dt>
        <dd>${categoryLabel(lang, p.category)}</dd>
        <dt>${t(lang, 'importedFile')}</dt>
        <dd>${p.imported!.file}</dd>
      </dl>
      <h3>${t(lang, 'importedProps')}</h3>
      <dl class="props">
        ${Object.entries(p.imported!.properties).map(([k, v]) => html`<dt>${k}</dt><dd>${v === null ? '—' : String(v)}</dd>`)}
      </dl>`;
  }

  /** The KPI charts opened, by KPI id. */
  private readonly openCharts = new Set<string>();

  /**
   * The compact table, then each KPI's chart and data table on demand. A chart is made when its
   * disclosure opens: made closed, every chart's SVG, table and sources were built and laid out
   * in the click that opened the panel, unseen (issue 22).
   */
  private kpis(entries: ProjectKpi[], lang: Lang, documents: Atlas['data']['documents']) {
    if (entries.length) void loadKpiChart();
    return html`<kpi-summary .entries=${entries} .lang=${lang}></kpi-summary>
      ${entries.map(({ kpi }) => {
        const open = this.openCharts.has(kpi.id);
        return html`<details class="chart" data-kpi=${kpi.id} ?open=${open} @toggle=${this.chartToggled}>
            <summary>${t(lang, 'chartOf')}: ${nameText(lang, kpi)}</summary>
            ${open ? html`<kpi-chart .kpi=${kpi} .lang=${lang} .documents=${documents}></kpi-chart>` : nothing}
          </details>`;
      })}`;
  }

  /** Follows a chart's disclosure (its `open` is bound too: the element is reused for another item's KPI). */
  private readonly chartToggled = (e: Event): void => {
    const details = e.currentTarget as HTMLDetailsElement;
    const id = details.dataset['kpi'];
    if (!id || details.open === this.openCharts.has(id)) return;
    if (details.open) this.openCharts.add(id);
    else this.openCharts.delete(id);
    this.requestUpdate();
  };

  private kpi(atlas: Atlas, kpi: Kpi, lang: Lang) {
    void loadKpiChart();
    const via = atlas.legacyById.get(kpi.project);
    const projects = atlas
      .projectsOfKpi(kpi)
      .map((id) => atlas.projectById.get(id))
      .filter((p): p is Project => !!p);
    return html`<h2 data-kpi=${kpi.id}>${nameText(lang, kpi)}</h2>
      ${via ? html`<p class="muted">${t(lang, 'kpiVia')}: ${nameText(lang, via)}</p>` : nothing}
      <kpi-chart .kpi=${kpi} .lang=${lang} .documents=${atlas.data.documents}></kpi-chart>
      ${atlas.itemsMeasuredByKpi(kpi).length === 0 ? html`<p class="muted" data-kpi-items="none">${t(lang, 'kpiNoItems')}</p>` : nothing}
      <h3>${t(lang, via ? 'kpiSuccessors' : 'projects')}</h3>
      <ul class="projects">
        ${projects.map((pr) => html`<li>${promoterBadge(lang, pr.promoter)} ${this.projectLink(pr, lang)}</li>`)}
      </ul>`;
  }

  private area(atlas: Atlas, a: Area, lang: Lang) {
    const s = summariseArea(atlas, a.id);
    const km = (v: number) => formatOneDecimal(v, lang);
    const itemLink = (i: (typeof s.items)[number]) =>
      html`<li><button class="link" @click=${() => this.select('item', i.properties.id)}>${nameText(lang, i.properties)}</button></li>`;
    const areas = Object.entries(s.areaKm2) as [Category, number][];
    return html`<h2 data-area=${a.id}>${nameText(lang, a)}${a.border_region ? html` <span class="badge border">${t(lang, 'border')}</span>` : nothing}</h2>
      ${this.actions('area', a.id, lang)}
      <h3>${t(lang, 'areaSummary')}</h3>
      <dl>
        <dt>${t(lang, 'byCategory')}</dt>
        <dd>${joinList(
          lang,
          [...s.byCategory].map(([c, n]) => `${categoryLabel(lang, c)} ${n}`),
        )}</dd>
        <dt>${t(lang, 'byBody')}</dt>
        <dd>${joinList(
          lang,
          [...s.byBody].map(([b, n]) => `${nameOf(lang, atlas.bodyById.get(b) ?? { name_ja: b })} ${n}`),
        )}</dd>
        <dt>${t(lang, 'roadKm')}</dt>
        <dd data-measure="road-km">${km(s.lengthKm.road)} km</dd>
        <dt>${t(lang, 'riverKm')}</dt>
        <dd data-measure="river-km">${km(s.lengthKm.river)} km</dd>
        ${areas.map(([c, v]) => html`<dt>${t(lang, 'districtKm2', { category: categoryLabel(lang, c) })}</dt><dd data-measure="${c}-km2">${km(v)} km²</dd>`)}
      </dl>
      <p class="muted" data-clipped=${s.clipped}>${t(lang, s.clipped ? 'drawnNote' : 'drawnNoteWhole')}</p>
      <h3>${t(lang, 'projects')} (${s.projects.length})</h3>
      <ul class="projects">
        ${s.projects
          .map((id) => atlas.projectById.get(id))
          .filter((p): p is Project => !!p)
          .map((p) => html`<li>${promoterBadge(lang, p.promoter)} ${this.projectLink(p, lang)}</li>`)}
      </ul>
      <h3>${t(lang, 'located')} (${s.items.length})</h3>
      <ul>${s.items.map(itemLink)}</ul>
      ${s.unlocated.length ? html`<h3>${t(lang, 'unlocated')} (${s.unlocated.length})</h3><ul>${s.unlocated.map(itemLink)}</ul>` : nothing}`;
  }

  private actions(kind: 'area' | 'project', id: string, lang: Lang) {
    const filters = this.ctx.value?.state.filters;
    return filters ? html`<panel-actions .kind=${kind} .targetId=${id} .filters=${filters} lang=${lang}></panel-actions>` : nothing;
  }

  private projectLink(p: Project, lang: Lang) {
    return html`<button class="link" @click=${() => this.select('project', p.id)}>${projectNumbers(lang, p)} ${nameText(lang, p)}</button>`;
  }

  private select(kind: Selection['kind'], id: string): void {
    send(this, { type: 'select', selection: { kind, id } });
  }

  private close(): void {
    send(this, { type: 'select', selection: null });
  }
}

/** The KPIs of several projects, each KPI once. */
function kpisOf(atlas: Atlas, projects: Project[]): ProjectKpi[] {
  const seen = new Set<string>();
  return projects.flatMap((p) => atlas.kpisOfProject(p.id)).filter(({ kpi }) => !seen.has(kpi.id) && seen.add(kpi.id));
}

customElements.define('feature-panel', FeaturePanel);

declare global {
  interface HTMLElementTagNameMap {
    'feature-panel': FeaturePanel;
  }
}
