import { LitElement, css, html, nothing, svg } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Atlas } from '../domain/atlas.ts';
import type { Item } from '../domain/data/validate.ts';
import { nameOf, promoterLabel, t, unitText } from '../domain/i18n.ts';
import { type Tour, type TourCommand, type TourScene, defaultSceneItems, sceneCaption, sceneTitle, tourStep } from '../domain/tour.ts';
import type { Lang, Project } from '../domain/types.ts';
import { projectNumbers } from './format.ts';
import { nameText } from './ja-only.ts';
import { baseStyles } from './styles.ts';
import { miniChart, miniKpi, type MiniKpi } from '../map/handout-parts.ts';
// The card of an item clicked during the tour comes with the player.
import './tour-item-card.ts';
export { tourKey, tourKeyOf } from './tour-keys.ts';
import { TourHandoutEvent, TourStepEvent } from './tour-events.ts';
import { tourKpiTable, tourKpiTableStyles } from './tour-kpi-table.ts';
export { TourHandoutEvent, TourStepEvent };

/** How many highlighted items the caption names; the rest are counted. More would not be read from the back of a hall. */
const MAX_KEY_ITEMS = 6;

/**
 * Projector sizes. At 1920×1080 the caption title and the body text must reach 28 px and 20 px;
 * they scale with the viewport and never drop below these from 1600 px up.
 */
export const PROJECTOR_MIN_PX = { title: 28, body: 20 } as const;

const more = (lang: Lang, n: number) => t(lang, 'tourMore', { n });
const itemCount = (lang: Lang, n: number) => t(lang, 'tourItemCount', { n });

/**
 * The caption of a guided tour at a community meeting: scene title, the 推進主体 of a chosen
 * project, the key infrastructure, a KPI chart, and the progress with large previous / next /
 * exit buttons. Every control shows its label and key: nothing depends on hover. The parent
 * moves the map and the state; this element only sends TourStepEvent.
 */
export class TourPlayer extends LitElement {
  /** Focusing the player (a tour started from the keyboard) focuses its card's first control, not the hidden header. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    baseStyles,
    tourKpiTableStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
        background: var(--panel);
        color: var(--ink);
        border: var(--border-width, 2px) solid var(--ink);
        border-radius: 8px;
        /* Readable from the back at 1280 px; grows with the projector. */
        font-size: clamp(16px, 1.1vw, 26px);
        line-height: 1.5;
        overflow: hidden;
      }
      .body {
        flex: 1;
        min-height: 0;
        overflow: auto;
        padding: 0.8em 1em 0.4em;
      }
      .tour-title {
        margin: 0 0 0.3em;
        font-size: 0.8em;
        color: var(--muted);
      }
      .eyebrow {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.3em 0.6em;
        margin: 0 0 0.2em;
        font-weight: 700;
      }
      .eyebrow .badge {
        font-size: 0.9em;
        padding: 0.05em 0.5em;
      }
      h2 {
        margin: 0 0 0.4em;
        font-size: clamp(22px, 1.6vw, 40px);
        line-height: 1.3;
      }
      .caption {
        margin: 0 0 0.8em;
        white-space: pre-line;
      }
      h3 {
        margin: 0.6em 0 0.2em;
        font-size: 1em;
      }
      h3 .count {
        font-weight: 400;
        color: var(--muted);
      }
      /* One wrapped run, not a column: the KPI chart below must stay on screen, since a clicker cannot scroll. */
      ul.items {
        display: flex;
        flex-wrap: wrap;
        gap: 0.1em 1em;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      ul.items li::before {
        content: '■ ';
        font-size: 0.6em;
        vertical-align: 0.2em;
        color: var(--accent);
      }
      .more {
        margin: 0.1em 0 0;
        color: var(--muted);
      }
      .kpi svg {
        display: block;
        width: 100%;
        max-height: 26vh;
      }
      /* Fingers step the tour with its buttons: the clicker's key hints give way. */
      @media (pointer: coarse) {
        .keys {
          display: none;
        }
      }
      /* A short screen keeps the chart: the key hints give way. */
      @media (max-height: 800px) {
        .keys,
        .tour-title {
          display: none;
        }
        .kpi svg {
          max-height: 19vh;
        }
        :host {
          line-height: 1.38;
        }
        .body {
          padding: 0.5em 0.8em 0.3em;
        }
      }
      nav {
        /* Wraps in a narrow card rather than clipping "exit". */
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.6em;
        padding: 0.6em 1em;
        border-top: var(--border-width, 2px) solid var(--border);
      }
      button {
        min-height: 2.4em;
        min-width: 3.5em;
        white-space: nowrap;
        padding: 0.3em 0.9em;
        font-size: 1em;
        font-weight: 700;
        color: var(--ink);
        background: var(--panel);
        border: var(--border-width, 2px) solid var(--ink);
        border-radius: 6px;
      }
      button.next {
        color: var(--panel);
        background: var(--accent);
        border-color: var(--accent);
      }
      button:disabled {
        cursor: default;
        color: var(--muted);
        background: var(--panel);
        border-color: var(--muted);
        border-style: dashed;
      }
      button:focus-visible {
        outline: var(--focus-width, 4px) solid var(--focus);
        outline-offset: 3px;
      }
      .progress {
        flex: 1;
        display: flex;
        flex-direction: column;
        gap: 0.2em;
        min-width: 4em;
      }
      .count {
        font-weight: 700;
        text-align: center;
        font-variant-numeric: tabular-nums;
      }
      .bar {
        height: 0.5em;
        border: 1px solid var(--ink);
        border-radius: 0.25em;
        background: var(--panel);
        overflow: hidden;
      }
      .fill {
        height: 100%;
        background: var(--accent);
      }
      .keys {
        flex-basis: 100%;
        margin: 0;
        font-size: 0.75em;
        color: var(--muted);
      }
      @media (min-width: 1600px) {
        :host {
          font-size: max(${PROJECTOR_MIN_PX.body}px, 1.1vw);
        }
        h2 {
          font-size: max(${PROJECTOR_MIN_PX.title}px, 1.6vw);
        }
      }
    `,
  ];

  static override properties = {
    atlas: { attribute: false },
    tour: { attribute: false },
    index: { type: Number },
    lang: {},
    focusRequest: { type: Number },
  };

  declare atlas: Atlas | null;
  declare tour: Tour | null;
  declare index: number;
  declare lang: Lang;
  /** Raised by whoever starts the tour: "next" takes the focus, so a clicker's Space steps on. */
  declare focusRequest: number;

  constructor() {
    super();
    this.atlas = null;
    this.tour = null;
    this.index = 0;
    this.lang = 'ja';
    this.focusRequest = 0;
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('focusRequest') && this.focusRequest > 0) this.renderRoot.querySelector<HTMLButtonElement>('button.next')?.focus();
  }

  override render() {
    const scene = this.tour?.scenes[this.index];
    if (!this.atlas || !this.tour || !scene) return nothing;
    const l = this.lang;
    // A tab stop: on a phone the caption scrolls, and the keyboard must reach all of it.
    return html`<section class="body" tabindex="0" aria-labelledby="scene-title">
        <p class="tour-title" lang=${langOf(this.tour, l)}>${sceneTitle(this.tour, l)}</p>
        ${this.eyebrow(scene)}
        <h2 id="scene-title" lang=${langOf(scene, l)}>${sceneTitle(scene, l)}</h2>
        <p class="caption" lang=${scene.caption_en || l === 'ja' ? l : 'ja'}>${sceneCaption(scene, l)}</p>
        ${scene.kpis ? nothing : this.keyItems(scene, this.atlas)} ${this.kpi(scene, this.atlas)} ${tourKpiTable(scene.kpis, this.atlas, l)}
      </section>
      ${this.controls(this.tour)}`;
  }

  // ------------------------------------------------------------ parts

  /** The 推進主体 badge and numbers of a chosen project: the plan prints 国 in red, 道 in blue. */
  private eyebrow(scene: TourScene) {
    const project = this.selectedProject(scene);
    if (!project) return nothing;
    const l = this.lang;
    return html`<p class="eyebrow" data-project=${project.id}>
      <span class="badge promoter-${project.promoter}">${t(l, 'promoter')}${l === 'ja' ? '：' : ': '}${promoterLabel(l, project.promoter)}</span>
      <span class="numbers">${projectNumbers(l, project)}</span>
    </p>`;
  }

  private keyItems(scene: TourScene, atlas: Atlas) {
    const items = keyItemsOf(atlas, defaultSceneItems(scene, atlas));
    const l = this.lang;
    // Say so rather than show an empty map: the plans name these works without a place.
    const noneLocated = !items.some((i) => i.geometry) && (items.length > 0 || scene.selection?.kind === 'project');
    const none = noneLocated ? html`<p class="none-located">${t(l, 'tourNoLocated')}</p>` : nothing;
    if (items.length === 0) return none;
    // With a KPI chart below, fewer names: the card must fit without scrolling.
    const shown = items.slice(0, scene.kpi ? MAX_KEY_ITEMS / 2 : MAX_KEY_ITEMS);
    return html`<section class="key-items" aria-labelledby="key-items-title">
      <h3 id="key-items-title">${t(l, 'tourKeyItems')} <span class="count">${itemCount(l, items.length)}</span></h3>
      <ul class="items">
        ${shown.map((i) => html`<li data-item=${i.properties.id}>${nameText(l, i.properties)}</li>`)}
      </ul>
      ${items.length > shown.length ? html`<p class="more">${more(l, items.length - shown.length)}</p>` : nothing} ${none}
    </section>`;
  }

  /**
   * The scene's KPI as a compact bar chart (base and each year of its headline figure, the target
   * dashed) that fits the card at 1280×720: a clicker cannot scroll. The full chart with its data
   * table is one click away in the KPI's panel after the tour.
   */
  private kpi(scene: TourScene, atlas: Atlas) {
    const kpi = scene.kpi ? atlas.kpiById.get(scene.kpi) : undefined;
    const l = this.lang;
    const mini = kpi ? miniKpi(kpi, l, nameOf(l, kpi)) : null;
    if (!kpi || !mini) return nothing;
    const chart = miniChart(mini, { x: 0, y: 0, w: CHART.w, h: CHART.h }, l);
    return html`<section class="kpi" data-kpi=${kpi.id} aria-label=${t(l, 'tourKpi')}>
      <h3>${mini.title} <span class="count">（${withUnitLabel(l, mini.unit)}）</span></h3>
      <svg viewBox="0 -4 ${CHART.w} ${CHART.h + 4}" role="img" aria-label=${chartLabel(mini)}>
        ${chart.bars.map(
          (b) => svg`<rect x=${b.x} y=${b.y} width=${b.w} height=${b.h} fill="var(--accent)" />
            <text x=${b.x + b.w / 2} y=${b.y - 4} text-anchor="middle" font-size="15">${b.value}</text>
            <text x=${b.x + b.w / 2} y=${chart.axis.y + 15} text-anchor="middle" font-size="14" fill="var(--muted)">${b.label}</text>`,
        )}
        <line x1=${chart.axis.x1} x2=${chart.axis.x2} y1=${chart.axis.y} y2=${chart.axis.y} stroke="var(--ink)" />
        ${
          chart.targetY !== null
            ? svg`<line x1=${chart.axis.x1} x2=${chart.axis.x2} y1=${chart.targetY} y2=${chart.targetY} stroke="var(--danger)" stroke-width="2" stroke-dasharray="6 4" />
              <text x=${chart.axis.x2} y=${chart.targetY - 4} text-anchor="end" font-size="14" fill="var(--danger)">${chart.targetLabel}</text>`
            : nothing
        }
      </svg>
    </section>`;
  }

  private controls(tour: Tour) {
    const l = this.lang;
    const count = tour.scenes.length;
    const at = Math.min(Math.max(this.index, 0), count - 1);
    const share = `${((at + 1) / count) * 100}%`;
    return html`<nav aria-label=${t(l, 'tourControls')}>
      <button class="prev" ?disabled=${at === 0} @click=${() => this.step('prev')}><span aria-hidden="true">←</span> ${t(l, 'tourPrev')}</button>
      <div class="progress" role="status" aria-live="polite">
        <span class="visually-hidden">${t(l, 'tourScene')}</span>
        <span class="count">${at + 1} / ${count}</span>
        <div class="bar" aria-hidden="true"><div class="fill" style=${styleMap({ width: share })}></div></div>
      </div>
      <button class="next" ?disabled=${at === count - 1} @click=${() => this.step('next')}>${t(l, 'tourNext')} <span aria-hidden="true">→</span></button>
      <button class="handout" @click=${() => this.dispatchEvent(new TourHandoutEvent())}>${t(l, 'handoutPng')}</button>
      <button class="exit" @click=${() => this.step('exit')}>${t(l, 'tourExit')} <span class="muted">Esc</span></button>
      <p class="keys">${t(l, 'tourKeys')}</p>
    </nav>`;
  }

  private selectedProject(scene: TourScene): Project | undefined {
    const sel = scene.selection;
    return sel?.kind === 'project' ? this.atlas?.projectById.get(sel.id) : undefined;
  }

  // ------------------------------------------------------------ handlers

  private step(command: TourCommand): void {
    const detail = tourStep(this.index, this.tour?.scenes.length ?? 0, command);
    if (detail) this.dispatchEvent(new TourStepEvent(detail));
  }
}

/** The chart's drawing box (SVG units; it scales to the card's width). */
const CHART = { w: 400, h: 170 } as const;

const withUnitLabel = (lang: Lang, unit: string): string => unitText(lang, unit) ?? unit;

/** What the chart shows, for a screen reader: each bar's year and value, and the target. */
function chartLabel(mini: MiniKpi): string {
  return [...mini.bars.map((b) => `${b.label} ${b.value}`), ...(mini.target !== null ? [`→ ${mini.target}`] : [])].join(', ');
}

/** The highlighted items, those on the map first (the audience can find them), each group in data order. */
function keyItemsOf(atlas: Atlas, ids: readonly string[]): Item[] {
  const items = ids.flatMap((id) => atlas.itemById.get(id) ?? []);
  return [...items.filter((i) => i.geometry), ...items.filter((i) => !i.geometry)];
}

/** The language a title is actually in: Japanese when the English is missing, so screen readers and fonts pick the right one. */
function langOf(r: { title_en?: string }, lang: Lang): Lang {
  return lang === 'en' && !r.title_en ? 'ja' : lang;
}

customElements.define('tour-player', TourPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'tour-player': TourPlayer;
  }
  interface HTMLElementEventMap {
    'tour-step': TourStepEvent;
    'tour-handout': TourHandoutEvent;
  }
}
