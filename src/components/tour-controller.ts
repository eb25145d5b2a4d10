import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { boundsOf } from '../domain/analysis.ts';
import type { Atlas } from '../domain/atlas.ts';
import { type DataIssue, fileIssue } from '../domain/data/issues.ts';
import { httpFetcher, loadFailure } from '../domain/data/http.ts';
import { msg } from '../domain/message.ts';
import type { Action, AppState } from '../domain/state.ts';
import {
  DEFAULT_TOUR_FILE,
  type Tour,
  type TourScene,
  checkTour,
  defaultSceneItems,
  isUserTourKey,
  knownTourIds,
  sceneFilters,
  sceneIndex,
  tourStep,
  userTourKey,
} from '../domain/tour.ts';
import { PROJECTOR_ATTRIBUTE, PROJECTOR_ROOT_FONT_SIZE } from './projector.css.ts';
import type { MapHandle } from './map-context.ts';
import { tourKeyOf } from './tour-keys.ts';

export interface TourHost extends ReactiveControllerHost, HTMLElement {
  readonly state: AppState;
  readonly atlas: Atlas | null;
  dispatch(action: Action): void;
}

/** The tours a presenter made, kept in the browser (app/user-tours-controller.ts). */
export interface UserTourSource {
  /** The kept tours once read, else null. */
  readonly list: readonly Tour[] | null;
  /** Reads them (once): a link may name one before the editor was ever opened. */
  load(atlas: Atlas): Promise<void>;
}

/**
 * Runs the guided tour: loads and checks the tour file, turns each scene into one state change
 * (filters + selection + position, so the URL names the scene), frames the map for it, listens
 * for the keys a presenter's clicker sends, and switches the projector theme on while it runs.
 * It plays the built-in tour or one the presenter made (`user:<id>` in the URL).
 */
export class TourController implements ReactiveController {
  /** The tour file's tour (data/tours/default.json). */
  builtIn: Tour | null = null;
  issues: DataIssue[] = [];
  /** Counts the starts by the user: the player moves focus to "next" on each (a clicker's Space then steps on). */
  focusRequest = 0;
  /** The tour a link named that does not exist, once the tour file is loaded. */
  notFound: string | null = null;
  /** The screen is blanked (B or .): black until the next key. */
  blank = false;
  private framed: string | null = null;

  constructor(
    private readonly host: TourHost,
    private readonly base: () => string,
    private readonly map: MapHandle,
    private readonly users: UserTourSource = { list: null, load: () => Promise.resolve(undefined) },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capture: the tour's keys are handled before a focused element sees them.
    window.addEventListener('keydown', this.onKey, { capture: true });
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey, { capture: true });
  }

  hostUpdated(): void {
    const on = this.host.state.tour !== null && this.tour !== null;
    if (this.host.hasAttribute(PROJECTOR_ATTRIBUTE) !== on) {
      this.host.toggleAttribute(PROJECTOR_ATTRIBUTE, on);
      // Components size text in rem, so the projector theme scales the root.
      document.documentElement.style.fontSize = on ? PROJECTOR_ROOT_FONT_SIZE : '';
    }
    const scene = this.scene;
    const key = scene ? `${this.host.state.tour!.id}/${scene.id}` : null;
    if (key !== this.framed) {
      this.framed = key;
      if (scene) this.frame(scene);
    }
  }

  /** Loads the tour file and checks it against the data; a bad scene is reported and skipped. */
  async load(atlas: Atlas): Promise<void> {
    try {
      const text = await httpFetcher(this.base())(DEFAULT_TOUR_FILE);
      const { tour, issues } = checkTour(DEFAULT_TOUR_FILE, JSON.parse(text), knownTourIds(atlas));
      this.builtIn = tour;
      this.issues = issues;
    } catch (e) {
      this.issues = [fileIssue(DEFAULT_TOUR_FILE, e instanceof SyntaxError ? msg('jsonInvalid', { detail: e.message }) : loadFailure(e))];
    }
    // A link that names a scene opens on it, with that scene's filters and selection; a link that
    // names another tour (or a user tour this browser does not keep) does not start the default
    // one: the host says which was not found.
    const at = this.host.state.tour;
    if (at && isUserTourKey(at.id)) await this.users.load(atlas);
    const tour = at ? this.find(at.id) : null;
    if (at && !tour) {
      this.notFound = at.id;
      this.host.dispatch({ type: 'set-tour', tour: null });
    } else if (tour && at) this.go(Math.max(0, sceneIndex(tour, at.scene)));
    this.host.requestUpdate();
  }

  /** The tour running (named by the URL), else the built-in one (what "start" and "print" use). */
  get tour(): Tour | null {
    const at = this.host.state.tour;
    return at ? this.find(at.id) : this.builtIn;
  }

  /** A tour by its URL key: the built-in id, or `user:<id>` for a kept one. */
  find(key: string): Tour | null {
    if (isUserTourKey(key)) return this.users.list?.find((t) => userTourKey(t.id) === key) ?? null;
    return key === this.builtIn?.id ? this.builtIn : null;
  }

  /** The tour keys a link may name (for the back button's URL), once the tour file is loaded. */
  knownKeys(): string[] | undefined {
    return this.builtIn ? [this.builtIn.id, ...(this.users.list ?? []).map((t) => userTourKey(t.id))] : undefined;
  }

  get index(): number {
    const at = this.host.state.tour;
    return this.tour && at ? Math.max(0, sceneIndex(this.tour, at.scene)) : 0;
  }

  get scene(): TourScene | null {
    return this.tour && this.host.state.tour ? (this.tour.scenes[this.index] ?? null) : null;
  }

  /** Items the current scene highlights. */
  highlight(atlas: Atlas): string[] {
    const scene = this.scene;
    return scene ? defaultSceneItems(scene, atlas) : [];
  }

  start(): void {
    if (!this.tour) return;
    this.go(0);
    this.focusRequest++;
    // Full screen needs the user's gesture: this runs inside the click that starts the tour.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  /** Plays the tour named by `key` from scene `index` (the editor's "play" and "preview"). */
  play(key: string, index: number, fullscreen: boolean): void {
    if (!this.find(key)) return;
    this.goTo(key, index);
    this.focusRequest++;
    if (fullscreen) void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  go(index: number): void {
    const key = this.host.state.tour?.id ?? this.builtIn?.id;
    if (key) this.goTo(key, index);
  }

  private goTo(key: string, index: number): void {
    const scene = this.find(key)?.scenes[index];
    if (!scene) return;
    this.host.dispatch({
      type: 'set-tour',
      tour: { id: key, scene: scene.id },
      filters: sceneFilters(scene),
      selection: scene.selection ?? null,
    });
  }

  exit(): void {
    this.host.dispatch({ type: 'set-tour', tour: null });
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }

  step(detail: { index: number } | { exit: true }): void {
    if ('exit' in detail) this.exit();
    else this.go(detail.index);
  }

  /**
   * Clicker keys, whatever has focus: the default is prevented (a focused button is not pressed
   * as well). A blanked screen comes back on any command but Esc, without stepping, as in
   * presentation software.
   */
  private readonly onKey = (e: KeyboardEvent): void => {
    if (!this.host.state.tour || !this.tour) return;
    const command = tourKeyOf(e);
    if (!command) return;
    e.preventDefault();
    e.stopPropagation();
    if (command === 'blank' || (this.blank && command !== 'exit')) {
      this.blank = command === 'blank' ? !this.blank : false;
      this.host.requestUpdate();
      return;
    }
    this.blank = false;
    const next = tourStep(this.index, this.tour.scenes.length, command);
    if (next) this.step(next);
  };

  private frame(scene: TourScene): void {
    const atlas = this.host.atlas;
    const view = scene.view ?? 'items';
    if (view === 'region' || !atlas) return this.map.fit(null);
    if (view === 'items') {
      const ids = new Set(this.highlight(atlas));
      return this.map.fit(boundsOf(atlas.data.items.filter((i) => ids.has(i.properties.id))));
    }
    if ('bounds' in view) return this.map.fit(view.bounds);
    this.map.fly(view.center, view.zoom);
  }
}
