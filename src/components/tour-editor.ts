import { LitElement, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Atlas } from '../domain/atlas.ts';
import { TOURS_UI, type ToursUiKey } from '../domain/catalogue/tours.ts';
import type { DataIssue } from '../domain/data/issues.ts';
import { say } from '../domain/message.ts';
import { fill, t } from '../domain/i18n.ts';
import type { AppState } from '../domain/state.ts';
import { type Tour, type TourScene, knownTourIds } from '../domain/tour.ts';
import type { Lang } from '../domain/types.ts';
import {
  addScene,
  editScene,
  exportTour,
  importTour,
  keepImported,
  moveScene,
  newTour,
  removeScene,
  sceneFromState,
  selectionName,
} from '../domain/user-tour.ts';
import type { StorageProblem } from './app/tour-storage.ts';
import { baseStyles } from './styles.ts';
import { tourEditorStyles } from './tour-editor.css.ts';

export type TourEditorDetail =
  /** The kept tours after an edit, and the one shown: the app saves them. */
  | { kind: 'change'; tours: Tour[]; current: string | null }
  /** Play tour `id` from scene `index`; `whole` is the "play the tour" button (full screen), else a preview. */
  | { kind: 'play'; id: string; index: number; whole: boolean }
  | { kind: 'close' };

/** Everything the editor asks of the app. */
export class TourEditorEvent extends CustomEvent<TourEditorDetail> {
  static readonly type = 'tour-editor';
  constructor(detail: TourEditorDetail) {
    super(TourEditorEvent.type, { detail, bubbles: true, composed: true });
  }
}

type ImportResult = { ok: string } | { file: string; issues: DataIssue[] };

const tt = (lang: Lang, key: ToursUiKey, params?: Readonly<Record<string, string | number>>): string => fill(TOURS_UI[key][lang], params);

/**
 * The presenter's tour editor: scenes taken from the screen as it is (filters, selection, map
 * view, highlighted items), put in order, retitled, previewed with the tour player; several
 * named tours, exported as tour files and imported back. It owns no tours: it gets the kept ones
 * and sends each edit up as the new list (TourEditorEvent), which the app saves.
 */
export class TourEditor extends LitElement {
  static override styles = [baseStyles, tourEditorStyles];

  static override properties = {
    atlas: { attribute: false },
    state: { attribute: false },
    highlight: { attribute: false },
    tours: { attribute: false },
    current: {},
    problem: { attribute: false },
    imported: { state: true },
  };

  declare atlas: Atlas | null;
  /** The app state the next scene is taken from. */
  declare state: AppState | null;
  /** The items the screen highlights now (the app's own). */
  declare highlight: readonly string[];
  declare tours: readonly Tour[];
  declare current: string | null;
  declare problem: StorageProblem | null;
  declare imported: ImportResult | null;

  constructor() {
    super();
    this.atlas = null;
    this.state = null;
    this.highlight = [];
    this.tours = [];
    this.current = null;
    this.problem = null;
    this.imported = null;
  }

  private get uiLang(): Lang {
    return this.state?.lang ?? 'ja';
  }

  private get tour(): Tour | null {
    return this.tours.find((t) => t.id === this.current) ?? null;
  }

  override render() {
    const lang = this.uiLang;
    const tour = this.tour;
    return html`
      <div class="head">
        <h2>${tt(lang, 'heading')}</h2>
        <button class="close" aria-label=${t(lang, 'close')} @click=${() => this.send({ kind: 'close' })}>✕</button>
      </div>
      <div class="row">
        ${
          this.tours.length
            ? html`<label class="grow"
              >${tt(lang, 'tourPick')}
              <select class="pick" @change=${(e: Event) => this.change([...this.tours], (e.target as HTMLSelectElement).value)}>
                ${this.tours.map((t) => html`<option value=${t.id} ?selected=${t.id === this.current}>${t.title_ja}（${tt(lang, 'sceneCount', { n: t.scenes.length })}）</option>`)}
              </select></label
            >`
            : nothing
        }
        <button class="new-tour" @click=${this.newTour}>${tt(lang, 'newTour')}</button>
        <label class="file">${tt(lang, 'importFile')}<input class="import" type="file" accept=".json,application/json" @change=${this.onImport} /></label>
      </div>
      ${this.renderProblem()} ${this.renderImported()} ${tour ? this.renderTour(tour) : html`<p class="muted">${tt(lang, 'noTours')}</p>`}
    `;
  }

  private renderTour(tour: Tour) {
    const lang = this.uiLang;
    const empty = tour.scenes.length === 0;
    return html`
      <div class="row">
        <label class="grow">${tt(lang, 'tourName')}<input class="tour-name" .value=${live(tour.title_ja)} @change=${this.rename} /></label>
      </div>
      <div class="row">
        <button class="play primary" ?disabled=${empty} @click=${() => this.send({ kind: 'play', id: tour.id, index: 0, whole: true })}>${tt(lang, 'playAll')}</button>
        <button class="export" ?disabled=${empty || !this.atlas} @click=${() => this.export(tour)}>${tt(lang, 'exportFile')}</button>
        <button class="delete-tour" @click=${this.deleteTour}>${tt(lang, 'deleteTour')}</button>
      </div>
      <form class="add" @submit=${this.addScene}>
        <label>${tt(lang, 'sceneTitle')}<input name="title" placeholder=${tt(lang, 'sceneDefaultTitle', { n: tour.scenes.length + 1 })} /></label>
        <label>${tt(lang, 'sceneCaption')}<textarea name="caption" rows="2"></textarea></label>
        <button class="add-scene primary" type="submit" ?disabled=${!this.state}>${tt(lang, 'addScene')}</button>
        <p class="hint muted">${tt(lang, 'addSceneHint')}</p>
      </form>
      ${
        empty
          ? html`<p class="muted">${tt(lang, 'noScenes')}</p>`
          : html`<ol class="scenes">
            ${tour.scenes.map((s, i) => this.renderScene(tour, s, i))}
          </ol>`
      }
    `;
  }

  private renderScene(tour: Tour, s: TourScene, i: number) {
    const lang = this.uiLang;
    const n = i + 1;
    const last = i === tour.scenes.length - 1;
    return html`<li data-scene=${s.id}>
      <span class="n" aria-hidden="true">${n}</span>
      <input class="title" aria-label=${`${tt(lang, 'sceneTitle')} ${n}`} .value=${live(s.title_ja)} @change=${(e: Event) => this.edit(i, { title: (e.target as HTMLInputElement).value })} />
      <textarea class="caption" rows="2" aria-label=${`${tt(lang, 'sceneCaption')} ${n}`} .value=${live(s.caption_ja)} @change=${(e: Event) => this.edit(i, { caption: (e.target as HTMLTextAreaElement).value })}></textarea>
      <p class="captured muted">${this.captured(s)}</p>
      <div class="scene-actions">
        <button class="up" aria-label=${tt(lang, 'moveUp', { n })} title=${tt(lang, 'moveUp', { n })} ?disabled=${i === 0} @click=${() => this.move(i, i - 1, 'up')}>↑</button>
        <button class="down" aria-label=${tt(lang, 'moveDown', { n })} title=${tt(lang, 'moveDown', { n })} ?disabled=${last} @click=${() => this.move(i, i + 1, 'down')}>↓</button>
        <button class="preview" @click=${() => this.send({ kind: 'play', id: tour.id, index: i, whole: false })}>${tt(lang, 'preview')}</button>
        <button class="remove" aria-label=${tt(lang, 'removeScene', { n })} @click=${() => this.change(this.replace(removeScene(tour, i)), tour.id)}>${tt(lang, 'remove')}</button>
      </div>
    </li>`;
  }

  /** What the scene took from the screen, in a line: the presenter sees what each scene will show. */
  private captured(s: TourScene): string {
    const lang = this.uiLang;
    const parts: string[] = [];
    const sel = s.selection;
    const name = sel && this.atlas ? selectionName(this.atlas, sel, lang) : null;
    if (name) parts.push(tt(lang, 'capturedSelection', { name }));
    const filters = Object.values(s.filters ?? {}).reduce((n, v) => n + (Array.isArray(v) ? v.length : 1), 0);
    if (filters) parts.push(tt(lang, 'capturedFilters', { n: filters }));
    const view = s.view;
    if (view && typeof view === 'object' && 'center' in view)
      parts.push(tt(lang, 'capturedView', { lon: view.center[0].toFixed(2), lat: view.center[1].toFixed(2), zoom: view.zoom.toFixed(1) }));
    else parts.push(tt(lang, 'capturedRegion'));
    return parts.join(' ・ ');
  }

  private renderProblem() {
    const p = this.problem;
    if (!p) return nothing;
    const lang = this.uiLang;
    if (p.kind === 'quota') return html`<p class="message storage" role="alert">${tt(lang, 'storageQuota')}</p>`;
    if (p.kind === 'unavailable')
      return html`<p class="message storage" role="alert">${tt(lang, 'storageUnavailable', { message: p.message })}</p>`;
    return html`<p class="message storage" role="alert">${tt(lang, 'storageUnreadable', {
      detail: p.issues
        .slice(0, 5)
        .map((i) => this.issueText(i))
        .join(' / '),
    })}</p>`;
  }

  private renderImported() {
    const r = this.imported;
    if (!r) return nothing;
    if ('ok' in r) return html`<p class="message ok import-result" role="status">${r.ok}</p>`;
    return html`<div class="message import-result" role="alert">
      ${tt(this.uiLang, 'importFailed', { file: r.file })}
      <ul>
        ${r.issues.slice(0, 20).map((i) => html`<li>${this.issueText(i)}</li>`)}
      </ul>
    </div>`;
  }

  /** file › scene › field: message, all in the UI language (`npm run validate` prints the English). */
  private issueText(i: DataIssue): string {
    const lang = this.uiLang;
    const where = [
      i.file,
      i.record && tt(lang, 'issueScene', { scene: i.record }),
      i.field && tt(lang, 'issueField', { field: i.field }),
    ].filter(Boolean);
    return `${where.join(' › ')}: ${say(lang, i.msg)}`;
  }

  private send(detail: TourEditorDetail): void {
    this.dispatchEvent(new TourEditorEvent(detail));
  }

  private change(tours: Tour[], current: string | null): void {
    this.send({ kind: 'change', tours, current });
  }

  /** The kept tours with the current one replaced by `tour`. */
  private replace(tour: Tour): Tour[] {
    return this.tours.map((t) => (t.id === tour.id ? tour : t));
  }

  private readonly newTour = (): void => {
    const tour = newTour(tt(this.uiLang, 'newTour'), Date.now());
    this.imported = null;
    this.change([...this.tours, tour], tour.id);
  };

  private readonly rename = (e: Event): void => {
    const tour = this.tour;
    const title = (e.target as HTMLInputElement).value.trim();
    // A tour file needs a title: an emptied field goes back to the old one.
    if (tour && title) this.change(this.replace({ ...tour, title_ja: title }), tour.id);
    else this.requestUpdate();
  };

  private readonly deleteTour = (): void => {
    const rest = this.tours.filter((t) => t.id !== this.current);
    this.change(rest, rest[0]?.id ?? null);
  };

  private readonly addScene = (e: SubmitEvent): void => {
    e.preventDefault();
    const tour = this.tour;
    const state = this.state;
    if (!tour || !state) return;
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const title = formText(data, 'title').trim() || tt(this.uiLang, 'sceneDefaultTitle', { n: tour.scenes.length + 1 });
    // A tour file needs a caption: without one, the name of what is chosen (or the title) stands in.
    const sel = state.selection;
    const named = sel && this.atlas ? selectionName(this.atlas, sel, this.uiLang) : null;
    const caption = formText(data, 'caption').trim() || named || title;
    const scene = sceneFromState(
      { title, caption },
      state,
      this.highlight,
      tour.scenes.map((s) => s.id),
    );
    form.reset();
    this.change(this.replace(addScene(tour, scene)), tour.id);
  };

  private edit(index: number, text: { title?: string; caption?: string }): void {
    const tour = this.tour;
    const scene = tour?.scenes[index];
    if (!tour || !scene) return;
    const title = text.title?.trim() || scene.title_ja;
    const caption = text.caption?.trim() || scene.caption_ja;
    // An emptied field is put back (a scene needs both), so the field shows the kept text again.
    if (title === scene.title_ja && caption === scene.caption_ja) return this.requestUpdate();
    this.change(this.replace(editScene(tour, index, { title, caption })), tour.id);
  }

  /** Moves a scene and keeps the focus on the same button of the moved scene, so ↑ or ↓ can be pressed again. */
  private async move(from: number, to: number, button: 'up' | 'down'): Promise<void> {
    const tour = this.tour;
    if (!tour) return;
    this.change(this.replace(moveScene(tour, from, to)), tour.id);
    await this.updateComplete;
    const li = this.renderRoot.querySelectorAll('ol.scenes > li')[to];
    const target =
      li?.querySelector<HTMLButtonElement>(`button.${button}:not(:disabled)`) ?? li?.querySelector<HTMLButtonElement>('button.preview');
    target?.focus();
  }

  private export(tour: Tour): void {
    if (!this.atlas) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([exportTour(tour, this.atlas)], { type: 'application/json' }));
    a.download = `${tour.id}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  private readonly onImport = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so the same file picked again (after fixing it) is read again.
    input.value = '';
    if (!file || !this.atlas) return;
    const { tour, issues } = importTour(file.name, await file.text(), knownTourIds(this.atlas));
    if (!tour) {
      this.imported = { file: file.name, issues };
      return;
    }
    const tours = keepImported(this.tours, tour, Date.now());
    this.imported = { ok: tt(this.uiLang, 'imported', { title: tour.title_ja, n: tour.scenes.length }) };
    this.change(tours, tours[tours.length - 1]!.id);
  };
}

/** A text field of the form (a file input would give a File: none is in this form). */
function formText(data: FormData, name: string): string {
  const v = data.get(name);
  return typeof v === 'string' ? v : '';
}

customElements.define('tour-editor', TourEditor);

declare global {
  interface HTMLElementTagNameMap {
    'tour-editor': TourEditor;
  }
  interface HTMLElementEventMap {
    'tour-editor': TourEditorEvent;
  }
}
