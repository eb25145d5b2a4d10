import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AppState } from '../../domain/state.ts';

/**
 * The app's layouts: the desk (sidebar beside the map), the phone (the map takes the screen) and
 * the presenter (a tour running). The app reflects the mode as its `layout` attribute, so each
 * layout is CSS on `:host([layout=…])`, and asks here how much of the map a panel covers.
 */
export type LayoutMode = 'desk' | 'phone' | 'presenter';

/** Below this width the sidebar and the map cannot sit side by side. */
export const PHONE_QUERY = '(max-width: 700px)';
/** Width the detail panel covers on the right of the map (its CSS width plus margins). */
export const PANEL_INSET = 480;

export function layoutMode(narrow: boolean, state: Pick<AppState, 'tour'>): LayoutMode {
  if (state.tour) return 'presenter';
  return narrow ? 'phone' : 'desk';
}

/**
 * Pixels of the map's right side a panel covers (the map keeps what is selected clear of it):
 * the tour's caption, the detail panel, or nothing. The phone layout shares the desk's for now.
 */
export function insetRight(mode: LayoutMode, state: Pick<AppState, 'tour' | 'selection'>, viewportWidth: number): number {
  if (mode === 'presenter') return (viewportWidth > 700 ? Math.min(viewportWidth * 0.3, 640) : 0) + 20;
  return state.selection ? PANEL_INSET : 0;
}

export type LayoutHost = ReactiveControllerHost & HTMLElement;

/** Follows the viewport (a media query) and the state, and reflects the mode on the host. */
export class LayoutController implements ReactiveController {
  private query: MediaQueryList | null = null;

  constructor(
    private readonly host: LayoutHost,
    private readonly state: () => Pick<AppState, 'tour' | 'selection'>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query = typeof matchMedia === 'function' ? matchMedia(PHONE_QUERY) : null;
    this.query?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    this.query = null;
  }

  get mode(): LayoutMode {
    return layoutMode(this.query?.matches ?? false, this.state());
  }

  /** Pixels of the map's right side a panel covers now. */
  get insetRight(): number {
    return insetRight(this.mode, this.state(), window.innerWidth);
  }

  hostUpdate(): void {
    const mode = this.mode;
    if (this.host.getAttribute('layout') !== mode) this.host.setAttribute('layout', mode);
  }

  private readonly onChange = (): void => this.host.requestUpdate();
}
