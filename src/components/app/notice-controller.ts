import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { t } from '../../domain/i18n.ts';
import type { Lang } from '../../domain/types.ts';

/**
 * The app's one quiet notice over the map: the files imported (and the import's progress), the
 * online basemap that could not load, what a link named that does not exist. A new notice
 * replaces the last; ✕ closes it.
 */
export class NoticeController implements ReactiveController {
  text: string | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Shows `text` in place of the notice there was (null: none). */
  show(text: string | null): void {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  render(lang: Lang) {
    if (!this.text) return nothing;
    return html`<p class="notice" role="status">
      <span class="lines">${this.text}</span>
      <button aria-label=${t(lang, 'close')} @click=${() => this.show(null)}>✕</button>
    </p>`;
  }
}
