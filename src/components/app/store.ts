import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Action, type AppState, reduce } from '../../domain/state.ts';
import { type Dropped, type KnownIds, isNothingDropped, parse, parseWithReport, serialise } from '../../domain/url.ts';
import { type AppContext, appContext } from '../context.ts';
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
 */
export class AppStore implements ReactiveController {
  state: AppState;
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
    this.state = reduce(this.state, action);
    this.host.requestUpdate();
    for (const l of this.listeners) l(action, this.state);
    // After the update: a history entry costs up to 10 ms (seen at 100k items), which would hold
    // back the map's re-filtering; the map is updated first in the same task.
    const state = this.state;
    void this.host.updateComplete.then(() => this.mirror(state, action.type === 'set-view'));
  }

  /** What the last restore dropped from the URL (values, selection or tour that do not exist). */
  dropped: Dropped | null = null;

  /**
   * Reads the state from the URL again; with `known`, ids the data does not hold are dropped,
   * kept in `dropped` for the app to say, and left out of the URL from now on.
   */
  restore(known?: KnownIds): AppState {
    const { state, dropped } = parseWithReport(this.url.search(), known);
    this.state = state;
    this.dropped = isNothingDropped(dropped) ? null : dropped;
    if (this.dropped) this.url.replace(`${this.url.path()}${serialise(state)}${this.url.hash()}`);
    this.host.requestUpdate();
    return this.state;
  }

  /** Sends the state and the data to the elements below; after render, so the map updates first. */
  publish(rest: Omit<AppContext, 'state'>): void {
    this.provider.setValue({ state: this.state, ...rest });
  }

  private mirror(state: AppState, replace: boolean): void {
    const url = `${this.url.path()}${serialise(state)}${this.url.hash()}`;
    if (url === `${this.url.path()}${this.url.search()}${this.url.hash()}`) return;
    if (replace) this.url.replace(url);
    else this.url.push(url);
  }

  /** What the back button's URL is checked against (the loaded data's ids). */
  setKnownIds(known: () => KnownIds | undefined): void {
    this.known = known;
  }

  private readonly onPopState = (): void => this.onRestore(this.restore(this.known?.()));
}
