import { LitElement, css, html } from 'lit';
import { t } from '../domain/i18n.ts';
import type { Lang } from '../domain/types.ts';
import type { SheetState } from './app/layout-controller.ts';
import { SHEET_HALF } from './app/layout-controller.ts';
import { type ContentGesture, TAP_SLOP, contentGesture, dragOffset, sheetAfterDrag } from './app/sheet-gesture.ts';
import { baseStyles } from './styles.ts';

/** The sheet moved (half ↔ full) or was swiped away. */
export class SheetEvent extends CustomEvent<SheetState | 'dismissed'> {
  static readonly type = 'sheet-change';
  constructor(detail: SheetState | 'dismissed') {
    super(SheetEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'sheet-change': SheetEvent;
  }
}

/**
 * The phone's panel: a sheet from the bottom of the map, half or fully open. Its grip is a button
 * (a tap or Enter toggles half ↔ full) and a swipe handle (pointer events: up opens fully, down
 * shrinks, then dismisses). A swipe down on the content moves the sheet too once the content is
 * scrolled to its top (touch events: the browser would take a pointer for its own scrolling).
 * What it holds is slotted; the parent keeps the state.
 */
export class BottomSheet extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        position: absolute;
        left: 0;
        right: 0;
        bottom: 0;
        z-index: 5;
        display: flex;
        flex-direction: column;
        height: ${SHEET_HALF * 100}%;
        background: var(--panel);
        border-top: 1px solid var(--border);
        border-radius: 12px 12px 0 0;
        box-shadow: 0 -2px 12px var(--shadow);
        transition:
          height 0.2s ease,
          transform 0.2s ease;
      }
      :host([state='full']) {
        height: 100%;
        border-radius: 0;
      }
      :host([dragging]) {
        transition: none;
      }
      .grip {
        flex: none;
        display: grid;
        place-items: center;
        width: 100%;
        min-height: 44px;
        border: none;
        background: none;
        touch-action: none;
      }
      .grip::before {
        content: '';
        width: 44px;
        height: 5px;
        border-radius: 3px;
        background: var(--border);
      }
      .content {
        flex: 1;
        min-height: 0;
        overflow: auto;
        overscroll-behavior: contain;
      }
    `,
  ];

  static override properties = {
    state: { reflect: true },
    lang: {},
  };

  declare state: SheetState;
  declare lang: Lang;
  private drag: { id: number; y: number; t: number; moved: boolean } | null = null;
  /** A finger on the content: where it came down, when, the content's scroll then, and what it does. */
  private touch: { y: number; t: number; top: number; gesture: ContentGesture } | null = null;

  constructor() {
    super();
    this.state = 'half';
    this.lang = 'ja';
  }

  override render() {
    const full = this.state === 'full';
    return html`<button
        class="grip"
        aria-expanded=${full ? 'true' : 'false'}
        aria-label=${t(this.lang, full ? 'sheetCollapse' : 'sheetExpand')}
        @click=${this.onClick}
        @pointerdown=${this.onDown}
        @pointermove=${this.onMove}
        @pointerup=${this.onUp}
        @pointercancel=${this.onCancel}
      ></button>
      <div
        class="content"
        @touchstart=${this.onTouchStart}
        @touchmove=${{ handleEvent: this.onTouchMove, passive: false }}
        @touchend=${this.onTouchEnd}
        @touchcancel=${this.onCancel}
      >
        <slot></slot>
      </div>`;
  }

  private readonly onClick = (): void => {
    // A swipe ends in a click on the grip too: it has already moved the sheet.
    if (this.drag?.moved) {
      this.drag = null;
      return;
    }
    this.drag = null;
    this.dispatchEvent(new SheetEvent(this.state === 'full' ? 'half' : 'full'));
  };

  private readonly onDown = (e: PointerEvent): void => {
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    this.drag = { id: e.pointerId, y: e.clientY, t: e.timeStamp, moved: false };
  };

  private readonly onMove = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || d.id !== e.pointerId) return;
    const dy = e.clientY - d.y;
    if (!d.moved && Math.abs(dy) < TAP_SLOP) return;
    d.moved = true;
    this.follow(dy);
  };

  private readonly onUp = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || d.id !== e.pointerId) return;
    this.release();
    if (!d.moved) return;
    this.settle(e.clientY - d.y, e.timeStamp - d.t);
    // No click follows a swipe that left the grip; one that ends on it is ignored by onClick.
    setTimeout(() => (this.drag = null));
  };

  private readonly onCancel = (): void => {
    this.release();
    this.drag = null;
    this.touch = null;
  };

  private readonly onTouchStart = (e: TouchEvent): void => {
    const finger = e.touches.length === 1 ? e.touches[0] : undefined;
    const content = e.currentTarget as HTMLElement;
    this.touch = finger ? { y: finger.clientY, t: e.timeStamp, top: content.scrollTop, gesture: 'undecided' } : null;
  };

  private readonly onTouchMove = (e: TouchEvent): void => {
    const d = this.touch;
    const finger = e.touches[0];
    if (!d || !finger || e.touches.length !== 1) return this.onCancel();
    const dy = finger.clientY - d.y;
    if (d.gesture === 'undecided') d.gesture = contentGesture(d.top, dy);
    if (d.gesture === 'scroll') {
      this.touch = null;
      return;
    }
    // Down from the top: the browser has nothing to scroll there, and must not start to while the sheet follows.
    if (dy > 0 && e.cancelable) e.preventDefault();
    if (d.gesture === 'sheet') this.follow(dy);
  };

  private readonly onTouchEnd = (e: TouchEvent): void => {
    const d = this.touch;
    this.touch = null;
    if (!d || d.gesture !== 'sheet') return;
    this.release();
    const finger = e.changedTouches[0];
    if (finger) this.settle(finger.clientY - d.y, e.timeStamp - d.t);
  };

  /** The sheet follows a finger `dy` px down (negative: up) from where it came down. */
  private follow(dy: number): void {
    this.toggleAttribute('dragging', true);
    this.style.transform = `translateY(${dragOffset(dy, this.state, this.offsetHeight)}px)`;
  }

  /** A swipe of `dy` px over `ms` ms ended: the sheet opens, shrinks, is dismissed, or stays. */
  private settle(dy: number, ms: number): void {
    const next = sheetAfterDrag(this.state, dy, this.offsetHeight, dy / Math.max(1, ms));
    if (next !== this.state) this.dispatchEvent(new SheetEvent(next));
  }

  private release(): void {
    this.removeAttribute('dragging');
    this.style.transform = '';
  }
}

customElements.define('bottom-sheet', BottomSheet);

declare global {
  interface HTMLElementTagNameMap {
    'bottom-sheet': BottomSheet;
  }
}
