import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { englishLoaded, loadEnglish } from '../../domain/english.ts';
import { type Action, type AppState, reduce } from '../../domain/state.ts';
import { type Dropped, type KnownIds, isNothingDropped, parse, parseWithReport, serialise } from '../../domain/url.ts';
import type { Lang } from '../../domain/vocabulary.ts';
import { type AppContext, appContext } from '../context.ts';
import { afterPaint } from '../after-paint.ts';
import { ActionEvent } from '../events.ts';

export type StoreHost = ReactiveControllerHost & HTMLElement;

/** Where the store reads and writes the URL: the page's own location and history by default. */
export interface UrlPort {
  search(): string;
  /** The path and hash around the query, as they stand. */
  path(): string;
  hash(): string;
  push(url: string): void;
  replace(url: string): void;
}

const pageUrl: UrlPort = {
  search: () => location.search,
  path: () => location.pathname,
  hash: () => location.hash,
  push: (url) => history.pushState(null, '', url),
  replace: (url) => history.replaceState(null, '', url),
};

/**
 * The one app state: reduces the actions elements send up (ActionEvent), mirrors the state in
 * the URL (a history entry per change; camera moves replace theirs), follows the back button,
 * and provides the state with the loaded data to every element below (appContext).
 *
 * The state turns English only once the catalogue's English is loaded (domain/english.ts: in the
 * page's build it is a chunk of its own): a switch, or a back button to an English URL, waits
 * for it; an English URL at start-up holds the first render until it is in (`starting`).
 */
export class AppStore implements ReactiveController {
  state: AppState;
  /** What an English page's first render waits for: its English strings on their way (else null). */
  starting: Promise<void> | null;
  private readonly provider: ContextProvider<typeof appContext>;
  private readonly listeners = new Set<(action: Action, state: AppState) => void>();
  private known: (() => KnownIds | undefined) | null = null;

  constructor(
    private readonly host: StoreHost,
    private readonly url: UrlPort = pageUrl,
    /** The back or forward button brought another state (the camera follows its view). */
    private readonly onRestore: (state: AppState) => void = () => undefined,
  ) {
    this.state = parse(url.search());
    this.starting = this.startStrings();
    this.provider = new ContextProvider(host, { context: appContext });
    host.addController(this);
    host.addEventListener(ActionEvent.type, (e) => this.dispatch(e.detail));
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Called for every action after it is reduced (e.g. to frame what was chosen). */
  onAction(listener: (action: Action, state: AppState) => void): void {
    this.listeners.add(listener);
  }

  dispatch(action: Action): void {
    if (action.type === 'set-lang') return this.withStrings(action.lang, () => this.apply(action));
    this.apply(action);
  }

  private apply(action: Action): void {
    this.state = reduce(this.state, action);
    this.host.requestUpdate();
    for (const l of this.listeners) l(action, this.state);
    this.queueMirror(this.state, action.type === 'set-view');
  }

  private queued: { state: AppState; replace: boolean }[] = [];
  private flushed: Promise<void> = Promise.resolve();

  /**
   * The URL follows once the frame that shows the change is painted: a history entry costs
   * 10–50 ms (profiled on a click that opens the panel, issue 22) and nothing on screen waits for
   * it. The entries are written in order, one per action as before.
   */
  private queueMirror(state: AppState, replace: boolean): void {
    this.queued.push({ state, replace });
    if (this.queued.length > 1) return;
    this.flushed = afterPaint().then(() => {
      const queued = this.queued;
      this.queued = [];
      for (const q of queued) this.mirror(q.state, q.replace);
    });
  }

  /** Resolves when the URL holds every action dispatched so far. */
  get mirrored(): Promise<void> {
    return this.flushed;
  }

  /** What the last restore dropped from the URL (values, selection or tour that do not exist). */
  dropped: Dropped | null = null;

  /**
   * Reads the state from the URL again; with `known`, ids the data does not hold are dropped,
   * kept in `dropped` for the app to say, and left out of the URL from now on.
   */
  restore(known?: KnownIds): AppState {
    // The URL is read as it is now: writes still queued belong to the state it replaces.
    this.queued = [];
    const { state, dropped } = parseWithReport(this.url.search(), known);
    // English only with its strings: while they are on their way (or failed to load) the language stays.
    this.state = state.lang === 'en' && !englishLoaded() ? { ...state, lang: this.state.lang } : state;
    this.dropped = isNothingDropped(dropped) ? null : dropped;
    if (this.dropped) this.url.replace(this.urlOf(state));
    this.host.requestUpdate();
    return this.state;
  }

  /** Sends the state and the data to the elements below; after render, so the map updates first. */
  publish(rest: Omit<AppContext, 'state'>): void {
    this.provider.setValue({ state: this.state, ...rest });
  }

  /** The URL of the state as it is now (the page's may not have caught up yet). */
  href(): string {
    return this.urlOf(this.state);
  }

  private urlOf(state: AppState): string {
    return `${this.url.path()}${serialise(state)}${this.url.hash()}`;
  }

  private mirror(state: AppState, replace: boolean): void {
    const url = this.urlOf(state);
    if (url === `${this.url.path()}${this.url.search()}${this.url.hash()}`) return;
    if (replace) this.url.replace(url);
    else this.url.push(url);
  }

  /** What the back button's URL is checked against (the loaded data's ids). */
  setKnownIds(known: () => KnownIds | undefined): void {
    this.known = known;
  }

  private readonly onPopState = (): void =>
    this.withStrings(parse(this.url.search()).lang, () => this.onRestore(this.restore(this.known?.())));

  /** Runs `then` once the strings of `lang` are in: at once when they are (always in dev and tests). */
  private withStrings(lang: Lang, then: () => void): void {
    if (lang === 'ja' || englishLoaded()) return then();
    // Unreachable English (offline before the service worker has it): the page stays as it is.
    loadEnglish().then(then, englishFailed);
  }

  /** An English URL's strings; should they not load, the page starts in Japanese rather than not at all. */
  private startStrings(): Promise<void> | null {
    if (this.state.lang === 'ja' || englishLoaded()) return null;
    return loadEnglish()
      .catch((e: unknown) => {
        englishFailed(e);
        this.state = { ...this.state, lang: 'ja' };
      })
      .finally(() => (this.starting = null));
  }
}

const englishFailed = (e: unknown): void => console.error('The English strings could not be loaded', e);
