import { html, nothing } from 'lit';
import { t, unitText } from '../domain/i18n.ts';
import type { Lang } from '../domain/types.ts';

/**
 * Data text the plans give only in Japanese. In English it is still shown (hiding it would hide
 * facts), but marked: lang="ja" for screen readers and fonts, and "(Japanese only)" for readers,
 * so that untranslated text is never passed off as the English UI.
 */

/** A record's name: its English name, or in English mode the Japanese one marked lang="ja". */
export function nameText(lang: Lang, r: { name_ja: string; name_en?: string | undefined }) {
  if (lang === 'ja') return r.name_ja;
  return r.name_en ? r.name_en : html`<span lang="ja">${r.name_ja}</span>`;
}

/** Plan text with no English: in English mode marked lang="ja" and followed by "(Japanese only)". */
export function jaText(lang: Lang, text: string) {
  return lang === 'ja' ? text : html`<span lang="ja">${text}</span> ${jaOnlyMark(lang)}`;
}

/** Text in Japanese that needs no "(Japanese only)" mark (a citation, a file's own words): marked lang="ja". */
export function jaQuote(lang: Lang, text: string) {
  return lang === 'ja' ? text : html`<span lang="ja">${text}</span>`;
}

/** The "(Japanese only)" mark, for a block whose parts are marked lang="ja" one by one. */
export function jaOnlyMark(lang: Lang) {
  return lang === 'ja' ? nothing : html`<span class="ja-only">${t(lang, 'japaneseOnly')}</span>`;
}

/** A printed unit in the language; one the catalogue does not know stays Japanese, marked. */
export function unitTpl(lang: Lang, unit: string) {
  const u = unitText(lang, unit);
  return u === null ? html`<span lang="ja">${unit}</span>` : u;
}
