import { LitElement, css, html, nothing } from 'lit';
import type { DataIssue } from '../domain/data/issues.ts';
import type { ImportError } from '../domain/import/import-file.ts';
import { t } from '../domain/i18n.ts';
import type { Lang } from '../domain/types.ts';
import { issueTpl, messageTpl, quote } from './message-text.ts';
import { baseStyles } from './styles.ts';

/** Names every data file or record that could not be used, and a map that could not start. */
export class DataBanner extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        z-index: 2;
      }
      .banner {
        background: var(--dangerBg);
        border: 1px solid var(--danger);
        border-radius: 4px;
        padding: 0.5rem 0.8rem;
        max-height: 30vh;
        overflow: auto;
        font-size: 0.85rem;
      }
      ul {
        margin: 0.3rem 0 0;
        padding-left: 1.2rem;
      }
      /* A huge file name stays on a line of its own width, the full name in its title. */
      .file {
        display: inline-block;
        max-width: 24em;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        vertical-align: bottom;
      }
      button {
        float: right;
        border: none;
        background: none;
      }
    `,
  ];

  static override properties = {
    issues: { attribute: false },
    importErrors: { attribute: false },
    mapFailure: { attribute: false },
    lang: {},
    dismissed: { state: true },
  };

  declare issues: DataIssue[];
  declare importErrors: ImportError[];
  declare mapFailure: string | null;
  declare lang: Lang;
  declare dismissed: boolean;

  constructor() {
    super();
    this.issues = [];
    this.importErrors = [];
    this.mapFailure = null;
    this.lang = 'ja';
    this.dismissed = false;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    // New problems show again even after the banner was closed.
    if (changed.has('importErrors') || changed.has('issues')) this.dismissed = false;
  }

  override render() {
    if (this.dismissed || (this.issues.length === 0 && this.importErrors.length === 0 && !this.mapFailure)) return nothing;
    return html`<div class="banner" role="alert">
      <button aria-label=${t(this.lang, 'close')} @click=${() => (this.dismissed = true)}>✕</button>
      ${this.mapFailure ? html`<p>${t(this.lang, 'noWebgl')} <span class="muted">(${this.mapFailure})</span></p>` : nothing}
      ${
        this.importErrors.length
          ? html`<strong>${t(this.lang, 'importFailed')}</strong>
            <ul class="import-errors">
              ${this.importErrors
                .slice(0, 30)
                .map(
                  (e) =>
                    html`<li><span class="file" title=${e.file}>${quote(this.lang, e.file)}</span> › ${messageTpl(this.lang, e.at)}: ${messageTpl(this.lang, e.says)}</li>`,
                )}
            </ul>`
          : nothing
      }
      ${
        this.issues.length
          ? html`<strong>${t(this.lang, 'dataErrors')}</strong>
            <ul>
              ${this.issues.slice(0, 50).map((i) => html`<li>${issueTpl(this.lang, i)}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }
}

customElements.define('data-banner', DataBanner);

declare global {
  interface HTMLElementTagNameMap {
    'data-banner': DataBanner;
  }
}
