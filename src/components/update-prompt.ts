import { LitElement, css, html, nothing } from 'lit';
import { t } from '../domain/i18n.ts';
import type { Lang } from '../domain/types.ts';
import { baseStyles, themeVars } from './styles.ts';

/**
 * Tells that the app now works offline, or that a new version (app or data) is deployed and
 * offers to switch to it. Sits outside the app element: it concerns the page, not the app state.
 */
export class UpdatePrompt extends LitElement {
  static override styles = [
    themeVars,
    baseStyles,
    css`
      :host {
        position: fixed;
        left: 50%;
        bottom: 1rem;
        transform: translateX(-50%);
        z-index: 20;
      }
      div {
        display: flex;
        gap: 0.8rem;
        align-items: center;
        background: var(--ink);
        color: var(--onDark);
        padding: 0.5rem 0.9rem;
        border-radius: 6px;
        box-shadow: 0 2px 10px var(--shadow);
        font-size: 0.9rem;
      }
      button {
        border: 1px solid var(--onDark);
        background: none;
        color: var(--onDark);
        border-radius: 4px;
        padding: 0.2rem 0.7rem;
        min-height: 2rem;
      }
      button.primary {
        background: var(--panel);
        color: var(--ink);
      }
    `,
  ];

  static override properties = { kind: { state: true } };
  declare kind: 'update' | 'offline' | null;
  private onUpdate: (() => void) | null = null;
  private timer = 0;

  constructor() {
    super();
    this.kind = null;
  }

  /** 'offline' is a notice that goes away by itself; 'update' stays until answered. */
  show(kind: 'update' | 'offline', onUpdate?: () => void): void {
    this.kind = kind;
    this.onUpdate = onUpdate ?? null;
    clearTimeout(this.timer);
    if (kind === 'offline') this.timer = window.setTimeout(() => (this.kind = null), 6000);
  }

  override render() {
    if (!this.kind) return nothing;
    // The app writes its language on <html lang>.
    const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
    if (this.kind === 'offline') return html`<div role="status">${t(lang, 'offlineReady')}</div>`;
    return html`<div role="alert">
      <span>${t(lang, 'updateReady')}</span>
      <button class="primary" @click=${() => this.onUpdate?.()}>${t(lang, 'updateNow')}</button>
      <button @click=${() => (this.kind = null)}>${t(lang, 'updateLater')}</button>
    </div>`;
  }
}

customElements.define('update-prompt', UpdatePrompt);

declare global {
  interface HTMLElementTagNameMap {
    'update-prompt': UpdatePrompt;
  }
}
