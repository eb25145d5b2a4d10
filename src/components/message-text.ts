import { html } from 'lit';
import { UI } from '../domain/catalogue/ui.ts';
import type { DataIssue } from '../domain/data/issues.ts';
import type { LoadedLine } from '../domain/import/summary.ts';
import { type Message, type MessageParam, lineSeparator, msg } from '../domain/message.ts';
import type { Lang } from '../domain/types.ts';

/** Kana and kanji: a value echoed from a file or the data that the reader of English cannot read. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/**
 * A message as a template: the catalogue's words in the UI language, and every value echoed
 * from a file or the data (a column name, a sheet, a place name without English) as given.
 * In English such a value in Japanese is marked lang="ja" (a quotation of the file's own words,
 * like jaQuote), so Japanese never passes for the English UI.
 */
export function messageTpl(lang: Lang, m: Message): unknown[] {
  const parts = UI[m.key][lang].split(/\{(\w+)\}/g);
  return parts.map((part, i) => (i % 2 === 0 ? part : param(lang, m.params?.[part], part)));
}

function param(lang: Lang, v: MessageParam | undefined, name: string): unknown {
  if (v === undefined) return `{${name}}`;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return quote(lang, v);
  if (Array.isArray(v))
    return v.flatMap((x: MessageParam, i) => (i ? [UI.listSeparator[lang], param(lang, x, name)] : [param(lang, x, name)]));
  const one = v as Exclude<MessageParam, readonly MessageParam[] | string | number>;
  return 'key' in one ? messageTpl(lang, one) : quote(lang, one[lang]);
}

/** Text from a file or the data, as given: marked lang="ja" in English when it is Japanese. */
export function quote(lang: Lang, text: string): unknown {
  return lang === 'en' && JAPANESE.test(text) ? html`<span lang="ja">${text}</span>` : text;
}

/** A data issue's line: "file › record id › field name: message", its words in the UI language. */
export function issueTpl(lang: Lang, i: DataIssue): unknown[] {
  const where: unknown[] = [quote(lang, i.file)];
  if (i.record) where.push(' › ', messageTpl(lang, msg('whereRecord', { id: i.record })));
  if (i.field) where.push(' › ', messageTpl(lang, msg('whereField', { name: i.field })));
  return [...where, ': ', messageTpl(lang, i.msg)];
}

/** A loaded file's line of the import notice: in English the file's name and words in Japanese are marked lang="ja". */
export function loadedLineTpl(lang: Lang, line: LoadedLine): unknown[] {
  const first = [messageTpl(lang, line.loaded), line.readAs ? messageTpl(lang, line.readAs) : ''];
  return [first, ...line.notes.map((n) => [lineSeparator(lang), messageTpl(lang, n)])];
}
