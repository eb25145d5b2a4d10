import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Action, AppState } from '../../domain/state.ts';
import { type MapInsets, NO_MAP_INSETS } from '../../map/insets.ts';

/**
 * The app's layouts: the desk (sidebar beside the map), the tablet (the sidebar is a drawer, the
 * panel a card beside the map), the phone (the map takes the screen, the panel is a bottom sheet)
 * and the presenter (a tour running). The app reflects the mode as its `layout` attribute and the
 * screen class as its `screen` attribute, so each layout is CSS on `:host([layout=…])`, and asks
 * here how much of the map a panel covers.
 */
export type LayoutMode = 'desk' | 'tablet' | 'phone' | 'presenter';
export type Screen = 'desk' | 'tablet' | 'phone';
export type SheetState = 'half' | 'full';

/** A phone held either way: too narrow for a sidebar, or too short for a header above the map. */
export const PHONE_QUERY = '(max-width: 700px), (max-height: 500px)';
/** Too narrow for a sidebar and a readable map beside it: the sidebar becomes a drawer. */
export const TABLET_QUERY = '(max-width: 900px)';
/** The detail panel's widest (CSS px) and its share of the map's width at most (tablet, small laptop). */
export const PANEL_MAX = 420;
export const PANEL_SHARE = 0.4;
/** The panel's right offset (room for the map's zoom buttons) plus a gap beside it. */
const PANEL_MARGIN = 60;
/**
 * The map's right edge that its zoom buttons take (10 px margin, 44 px buttons for fingers, a
 * gap): the tour's side caption keeps off it, so the buttons stay in reach during a tour.
 */
export const CONTROLS_COLUMN = 60;
/** A half-open sheet, and the phone's tour caption, cover at most this share of the map's height. */
export const SHEET_HALF = 0.5;
export const PHONE_CAPTION = 0.45;

/** Pixels of each side of the map a panel covers: the map keeps what is selected clear of them. */
export type Insets = MapInsets;
const NO_INSETS = NO_MAP_INSETS;

export function screenOf(phone: boolean, tablet: boolean): Screen {
  return phone ? 'phone' : tablet ? 'tablet' : 'desk';
}

export function layoutMode(screen: Screen, state: Pick<AppState, 'tour'>): LayoutMode {
  return state.tour ? 'presenter' : screen;
}

/** The detail panel's width beside a map `mapWidth` wide (its CSS: `min(420px, 40%)`). */
export function panelWidth(mapWidth: number): number {
  return Math.min(PANEL_MAX, Math.round(mapWidth * PANEL_SHARE));
}

/**
 * Pixels of the map's right side a panel covers on a wide screen: the tour's caption, the detail
 * panel, or nothing. `viewportWidth` sizes the caption, `mapWidth` the panel.
 */
export function insetRight(
  mode: LayoutMode,
  state: Pick<AppState, 'tour' | 'selection'>,
  viewportWidth: number,
  mapWidth = viewportWidth,
): number {
  if (mode === 'presenter') return viewportWidth > 700 ? Math.min(viewportWidth * 0.3, 640) + CONTROLS_COLUMN + 20 : 20;
  if (mode === 'phone') return 0;
  return state.selection ? panelWidth(mapWidth) + PANEL_MARGIN : 0;
}

/** What covers the map, side by side: the panel or caption on the right, or the sheet or caption at the bottom of a phone. */
export function mapInsets(
  mode: LayoutMode,
  screen: Screen,
  state: Pick<AppState, 'tour' | 'selection'>,
  viewport: { width: number },
  map: { width: number; height: number },
): Insets {
  if (screen === 'phone') {
    const share = state.tour ? PHONE_CAPTION : state.selection ? SHEET_HALF : 0;
    // The phone's tour caption is a bottom card; in landscape a side card as on the desk.
    if (mode === 'presenter' && map.width > map.height) return { ...NO_INSETS, right: insetRight(mode, state, viewport.width, map.width) };
    return { ...NO_INSETS, bottom: Math.round(map.height * share) };
  }
  return { ...NO_INSETS, right: insetRight(mode, state, viewport.width, map.width) };
}

/** What the user chose in the drawer that shows on the map: the drawer closes for it. */
export function closesDrawer(action: Action): boolean {
  return (
    (action.type === 'select' && !!action.selection) || (action.type === 'set-overlay' && !!action.overlay) || action.type === 'set-tour'
  );
}

export type LayoutHost = ReactiveControllerHost & HTMLElement;

/**
 * Follows the viewport (media queries) and the state, reflects the mode and the screen on the
 * host, and holds the phone's and tablet's own layout state: whether the drawer is open and how
 * far the bottom sheet is.
 */
export class LayoutController implements ReactiveController {
  private phone: MediaQueryList | null = null;
  private tablet: MediaQueryList | null = null;
  /** The sidebar as a drawer (phone, tablet): open or closed. */
  drawerOpen = false;
  sheet: SheetState = 'half';

  constructor(
    private readonly host: LayoutHost,
    private readonly state: () => Pick<AppState, 'tour' | 'selection'>,
    /** The map's box (the app's main area): its size is observed, not read while rendering (a forced layout). */
    private readonly mapArea: () => Element | null = () => null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.phone = matchMedia(PHONE_QUERY);
    this.tablet = matchMedia(TABLET_QUERY);
    for (const q of [this.phone, this.tablet]) q.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    for (const q of [this.phone, this.tablet]) q?.removeEventListener('change', this.onChange);
    this.phone = this.tablet = null;
    this.resize?.disconnect();
    this.observed = null;
  }

  get screen(): Screen {
    return screenOf(this.phone?.matches ?? false, this.tablet?.matches ?? false);
  }

  get mode(): LayoutMode {
    return layoutMode(this.screen, this.state());
  }

  /** The sidebar is a drawer over the map (phone and tablet, outside the tour). */
  get drawer(): boolean {
    return this.mode === 'phone' || this.mode === 'tablet';
  }

  private size: { width: number; height: number } | null = null;
  private observed: Element | null = null;
  private readonly resize = typeof ResizeObserver === 'function' ? new ResizeObserver((entries) => this.onResize(entries)) : null;

  private get box(): { width: number; height: number } {
    return this.size ?? { width: window.innerWidth, height: window.innerHeight };
  }

  hostUpdated(): void {
    const el = this.mapArea();
    if (el === this.observed || !this.resize) return;
    if (this.observed) this.resize.unobserve(this.observed);
    this.observed = el;
    if (el) this.resize.observe(el);
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    const box = entries.at(-1)?.contentRect;
    if (!box || (box.width === this.size?.width && box.height === this.size.height)) return;
    this.size = { width: Math.round(box.width), height: Math.round(box.height) };
    this.host.requestUpdate();
  }

  /** Pixels of the map's right side a panel covers now. */
  get insetRight(): number {
    return this.insets.right;
  }

  private lastInsets: Insets = NO_INSETS;

  /** What of the map the panel, the sheet or the caption covers now (the same object while it does not change). */
  get insets(): Insets {
    const now = mapInsets(this.mode, this.screen, this.state(), { width: window.innerWidth }, this.box);
    const was = this.lastInsets;
    if (now.top !== was.top || now.right !== was.right || now.bottom !== was.bottom || now.left !== was.left) this.lastInsets = now;
    return this.lastInsets;
  }

  setDrawer(open: boolean): void {
    if (this.drawerOpen === open) return;
    this.drawerOpen = open;
    this.host.requestUpdate();
  }

  setSheet(sheet: SheetState): void {
    this.sheet = sheet;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const { mode, screen } = this;
    if (this.host.getAttribute('layout') !== mode) this.host.setAttribute('layout', mode);
    if (this.host.getAttribute('screen') !== screen) this.host.setAttribute('screen', screen);
    // The drawer closes with the layout that had it; a new selection starts half open.
    if (!this.drawer) this.drawerOpen = false;
    if (!this.state().selection) this.sheet = 'half';
  }

  private readonly onChange = (): void => this.host.requestUpdate();
}
