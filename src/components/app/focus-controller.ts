import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Action, AppState } from '../../domain/state.ts';
import { afterPaint } from '../after-paint.ts';

/** What opens over the map and takes the focus while it is open. */
export type Layer = 'drawer' | 'overview' | 'panel' | 'tour';

export interface FocusHost extends ReactiveControllerHost, HTMLElement {
  readonly state: AppState;
  dispatch(action: Action): void;
}

export interface FocusTargets {
  /** The element to focus when a layer opens (null: not rendered). */
  target(layer: Layer): HTMLElement | null;
  drawerOpen(): boolean;
  closeDrawer(): void;
  /** Where focus goes back when what opened a layer is gone or hidden (the drawer's menu button). */
  fallback(): HTMLElement | null;
}

/**
 * The layers open in a state, innermost first: what Esc closes first. The tour covers the rest
 * (its own keys end it); it is a layer so that focus goes into its card and back to what started it.
 */
export function openLayers(state: Pick<AppState, 'tour' | 'overlay' | 'selection'>, drawerOpen: boolean): Layer[] {
  if (state.tour) return ['tour'];
  const open: Layer[] = [];
  if (drawerOpen) open.push('drawer');
  if (state.overlay) open.push('overview');
  if (state.selection) open.push('panel');
  return open;
}

/** The focused element, looking into shadow roots. */
export function deepActive(root: Document | ShadowRoot = document): HTMLElement | null {
  let el = root.activeElement as HTMLElement | null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  return el;
}

/** Whether `node` is inside `ancestor`, across shadow roots. */
export function within(node: Node | null, ancestor: Node): boolean {
  for (let n = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) if (n === ancestor) return true;
  return false;
}

/**
 * The keyboard's way through what opens over the map (outside the tour, which has its own keys):
 * Esc closes the drawer, the overview or the panel, innermost first; focus moves into each when
 * it opens and goes back to what opened it when it closes.
 */
export class FocusController implements ReactiveController {
  private open: Layer[] = [];
  private readonly openers = new Map<Layer, HTMLElement>();

  constructor(
    private readonly host: FocusHost,
    private readonly targets: FocusTargets,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey);
  }

  /** Before render: what opens now was opened from where the focus still is. */
  hostUpdate(): void {
    const now = openLayers(this.host.state, this.targets.drawerOpen());
    for (const layer of now) {
      if (this.open.includes(layer)) continue;
      const from = deepActive();
      if (from && from !== document.body) this.openers.set(layer, from);
    }
  }

  hostUpdated(): void {
    const was = this.open;
    const now = openLayers(this.host.state, this.targets.drawerOpen());
    this.open = now;
    const opened = now.filter((l) => !was.includes(l));
    const closed = was.filter((l) => !now.includes(l));
    // The innermost new layer takes the focus (a panel opened from the drawer's list closes the drawer).
    const into = opened.at(-1);
    if (into) {
      // Only what the user opened takes the focus: a link that opens on a panel leaves the page's focus alone.
      if (this.openers.has(into)) void this.focusInto(into);
      for (const layer of closed) this.openers.delete(layer);
    } else for (const layer of closed) this.giveBack(layer);
  }

  /**
   * The layer's code may still be loading (the panel's chunk) and its content waits for the
   * app's context: tried each frame, for about two seconds, while the layer stays open. The
   * first try waits until the layer has been painted: focusing lays the page out at once, which
   * in the task of the click held the panel's first frame back by 60–90 ms (profile, issue 22).
   */
  private async focusInto(layer: Layer): Promise<void> {
    await afterPaint();
    for (let frame = 0; frame < 120 && this.open.includes(layer); frame++) {
      await this.host.updateComplete;
      const target = this.targets.target(layer);
      if (target) {
        // Already there (a skip link took the focus to the list in the drawer).
        if (within(deepActive(), target)) return;
        await (target as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
        target.focus();
        if (within(deepActive(), target)) return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  /** Back to the opener when the focus was in what closed (or is lost with it); a click elsewhere keeps its own focus. */
  private giveBack(layer: Layer): void {
    const opener = this.openers.get(layer);
    this.openers.delete(layer);
    const active = deepActive();
    const target = this.targets.target(layer);
    // A focused element removed with what closed leaves the focus on the page, or on the app itself.
    const lost = !active || active === document.body || active === this.host || !active.isConnected;
    if (!lost && !(target && within(active, target))) return;
    const drawer = this.targets.target('drawer');
    const hidden = (el: HTMLElement) => !el.isConnected || (!!drawer && !this.targets.drawerOpen() && within(el, drawer));
    (opener && !hidden(opener) ? opener : this.targets.fallback())?.focus();
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const innermost = openLayers(this.host.state, this.targets.drawerOpen())[0];
    // The tour's controller handles its own Esc (before this listener: it captures).
    if (!innermost || innermost === 'tour') return;
    e.preventDefault();
    if (innermost === 'drawer') this.targets.closeDrawer();
    else if (innermost === 'overview') this.host.dispatch({ type: 'set-overlay', overlay: null });
    else this.host.dispatch({ type: 'select', selection: null });
  };
}
