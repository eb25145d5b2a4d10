import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { t } from '../../domain/i18n.ts';
import type { LoadedLine } from '../../domain/import/summary.ts';
import type { Lang } from '../../domain/types.ts';
import { loadedLineTpl } from '../message-text.ts';

/**
 * The app's one quiet notice over the map: the files imported (and the import's progress), the
 * online basemap that could not load, what a link named that does not exist. A new notice
 * replaces the last; ✕ closes it.
 */
export class NoticeController implements ReactiveController {
  /** A sentence, or the files imported (a line each, said in the UI language when shown). */
  text: string | readonly LoadedLine[] | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Shows `text` in place of the notice there was (null: none). */
  show(text: string | readonly LoadedLine[] | null): void {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  render(lang: Lang) {
    if (!this.text) return nothing;
    return html`<p class="notice" role="status">
      <span class="lines">${typeof this.text === 'string' ? this.text : this.text.map((line, i) => [i ? '\n' : '', loadedLineTpl(lang, line)])}</span>
      <button aria-label=${t(lang, 'close')} @click=${() => this.show(null)}>✕</button>
    </p>`;
  }
}
