import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Atlas } from '../domain/atlas.ts';
import { documentTitle } from '../domain/documents.ts';
import { joinList, nameOf, promoterLabel, t } from '../domain/i18n.ts';
import type { Lang, PlanDocument, Project, Source } from '../domain/types.ts';
import { jaQuote } from './ja-only.ts';

/** Small shared templates: a project's numbers with its 推進主体 badge, municipality names, sources. */

/** 国 / 道 as the plans print them; in English the word itself (a badge a reader cannot read says nothing). */
export function promoterBadge(lang: Lang, promoter: Project['promoter']) {
  return html`<span class="badge promoter-${promoter}">${promoterLabel(lang, promoter)}</span>`;
}

/** Re-exported for the panels: the numbers are plain text, made in the domain. */
export { formatNumber, projectNumbers } from '../domain/titles.ts';

export function municipalityNames(atlas: Atlas, lang: Lang, codes: readonly string[]): string {
  return joinList(
    lang,
    codes.map((c) => {
      const a = atlas.areaById.get(c);
      return a ? nameOf(lang, a) : c;
    }),
  );
}

/**
 * Where facts come from, in words a planner reads: the document's title and part, then the
 * section. The seed file names stay one click away, behind a "source" disclosure.
 */
export function sourceList(sources: readonly Source[], lang: Lang = 'ja', documents: readonly PlanDocument[] = []) {
  if (sources.length === 0) return nothing;
  return html`<ul class="sources">
      ${sources.map((s) => html`<li data-file=${s.file}>${documentTitle(documents, s.file, lang)} ${jaQuote(lang, s.section)}${s.note ? html` <span class="muted" lang=${ifDefined(lang === 'en' ? 'ja' : undefined)}>（${s.note}）</span>` : nothing}</li>`)}
    </ul>
    <details class="source-raw">
      <summary>${t(lang, 'sourceDetail')}</summary>
      <ul lang=${ifDefined(lang === 'en' ? 'ja' : undefined)}>
        ${sources.map((s) => html`<li><code lang="en">${s.file}</code> ${s.section}${s.note ? html` （${s.note}）` : nothing}</li>`)}
      </ul>
    </details>`;
}

/** A count, or an ellipsis while the items it counts are still loading. */
export function countText(n: number, loading = false): string {
  return loading ? '…' : String(n);
}
